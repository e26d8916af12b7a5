#!/usr/bin/env bats
# update.sh (palvelupiste-update): a newer package installed with dpkg into a
# scratch root, the health wait, and the rollback to the kept previous package
# and the database copy, with a fake systemctl and a fake curl on PATH. The
# fake application is "healthy" when it is started and the installed jar
# contains the word GOOD; a version-2 jar "migrates" the database when started.

load helpers
bats_require_minimum_version 1.5.0

V1=0.1.0~SNAPSHOT.20261201000000
V2=0.1.0~SNAPSHOT.20261202000000

setup_file() {
    [[ $EUID -eq 0 ]] || return 0
    DEB1="$(build_test_deb "$V1" "GOOD version-1" "$BATS_FILE_TMPDIR")"
    DEB2="$(build_test_deb "$V2" "GOOD version-2" "$BATS_FILE_TMPDIR")"
    BAD2="$(build_test_deb "$V2" "BROKEN version-2" "$BATS_FILE_TMPDIR")"
    # version 1 installed by install.sh, copied for each test
    INSTALLED="$BATS_FILE_TMPDIR/installed"
    make_scratch_root "$INSTALLED"
    bash "$PROV/install.sh" --root "$INSTALLED" --deb "$DEB1" >/dev/null
    export DEB1 DEB2 BAD2 INSTALLED
}

setup() {
    needs_root
    TREE="$BATS_TEST_TMPDIR/tree"
    STATE="$BATS_TEST_TMPDIR/state"
    FAKEBIN="$BATS_TEST_TMPDIR/bin"
    PACKAGES="$TREE/var/lib/palvelupiste-packages"
    JAR="$TREE/usr/share/palvelupiste/palvelupiste-kiosk.jar"
    mkdir -p "$STATE" "$FAKEBIN"
    if [[ -n "${FIRST_DEB:-}" ]]; then
        rm -rf "$TREE"
        make_scratch_root "$TREE"
        bash "$PROV/install.sh" --root "$TREE" --deb "$FIRST_DEB" >/dev/null
    else
        fake_host_commands
        cp -a "$INSTALLED" "$TREE"
    fi
    DB="$TREE/var/lib/palvelupiste/db"
    mkdir -p "$DB"
    echo "database-v1" > "$DB/kiosk.mv.db"
    chown -R --reference="$TREE/var/lib/palvelupiste" "$DB"

    cat > "$FAKEBIN/systemctl" <<FAKE
#!/bin/bash
echo "systemctl \$*" >> "$STATE/calls"
case "\$1 \$2" in
    "start palvelupiste.service") touch "$STATE/running"
        # a new version migrates the database when it starts
        grep -q version-2 "$JAR" && echo "database-v2" > "$DB/kiosk.mv.db"
        ;;
    "stop palvelupiste.service") rm -f "$STATE/running" ;;
esac
exit 0
FAKE
    cat > "$FAKEBIN/curl" <<FAKE
#!/bin/bash
echo "curl \$*" >> "$STATE/curl-calls"
[[ -e "$STATE/running" ]] && grep -q GOOD "$JAR"
FAKE
    chmod +x "$FAKEBIN/systemctl" "$FAKEBIN/curl"
    export PATH="$FAKEBIN:$PATH"
    export PALVELUPISTE_HEALTH_INTERVAL=0.1
    export PALVELUPISTE_HEALTH_URL="http://127.0.0.1:1/actuator/health"
}

update() {
    run bash "$PROV/update.sh" --root "$TREE" "$@"
}

installed() {
    dpkg-query --admindir="$TREE/var/lib/dpkg" -W -f='${db:Status-Abbrev}${Version}' palvelupiste
}

@test "--help describes the rollback" {
    run bash "$PROV/update.sh" --help
    [ "$status" -eq 0 ]
    [[ "$output" == *"installs the previous package again"* ]]
    [[ "$output" == *"/var/lib/palvelupiste-packages"* ]]
}

@test "a healthy new version is installed, the old package kept, the settings as the site edited them" {
    echo 'kiosk.site-name=Kylätalo' >> "$TREE/etc/palvelupiste/palvelupiste.properties"
    update --deb "$DEB2" --timeout 2
    [ "$status" -eq 0 ]
    [[ "$output" == *"Update done: $V2 is running"* ]]
    [ "$(installed)" = "ii $V2" ]
    grep -q "GOOD version-2" "$JAR"
    cmp "$DEB1" "$PACKAGES/palvelupiste_${V1}_all.deb"
    cmp "$DEB2" "$PACKAGES/palvelupiste_${V2}_all.deb"
    [ "$(stat -c %a "$PACKAGES/palvelupiste_${V2}_all.deb")" = 600 ]
    [ "$(sed -n 1p "$STATE/calls")" = "systemctl stop palvelupiste.service" ]
    [ "$(sed -n 2p "$STATE/calls")" = "systemctl start palvelupiste.service" ]
    grep -qx "systemctl try-restart palvelupiste-browser.service" "$STATE/calls"
    grep -q -- "http://127.0.0.1:1/actuator/health" "$STATE/curl-calls"
    grep -qx 'kiosk.site-name=Kylätalo' "$TREE/etc/palvelupiste/palvelupiste.properties"
    # the database was kept (migrated by the new version), and a copy made before, the kiosk's own
    [ "$(cat "$DB/kiosk.mv.db")" = "database-v2" ]
    copy=("$TREE"/var/lib/palvelupiste/pre-update/*/db/kiosk.mv.db)
    [ "$(cat "${copy[0]}")" = "database-v1" ]
    kiosk="$(uid_of kiosk "$TREE"):$(gid_of kiosk "$TREE")"
    [ "$(stat -c %u:%g "${copy[0]}")" = "$kiosk" ]
    [ "$(stat -c %u:%g "$(dirname "$(dirname "${copy[0]}")")")" = "$kiosk" ]
    [ "$(stat -c %u:%g "$TREE/var/lib/palvelupiste/pre-update")" = "$kiosk" ]
    # no temporary files left behind
    [ -z "$(find "$PACKAGES" -name '.*')" ]
}

@test "an unhealthy new version is rolled back: previous package and database" {
    update --deb "$BAD2" --timeout 1
    [ "$status" -eq 1 ]
    [[ "$output" == *"did not answer within 1s"* ]]
    [[ "$output" == *"Rolled back: $V1 is running again"* ]]
    [ "$(installed)" = "ii $V1" ]
    grep -q "GOOD version-1" "$JAR"
    cmp "$BAD2" "$PACKAGES/palvelupiste_${V2}_all.deb.failed"
    [ ! -e "$PACKAGES/palvelupiste_${V2}_all.deb" ]
    [ "$(cat "$DB/kiosk.mv.db")" = "database-v1" ]
    [ "$(stat -c %u "$DB/kiosk.mv.db")" = "$(uid_of kiosk "$TREE")" ]
    [ "$(grep -c 'start palvelupiste.service' "$STATE/calls")" -eq 2 ]
    [ -e "$STATE/running" ]
}

@test "a new package that does not install is rolled back too" {
    copy_provisioning "$BATS_TEST_TMPDIR/prov"
    sed -i 's/^set -e$/set -e\necho "cannot set up" >\&2; exit 1/' "$BATS_TEST_TMPDIR/prov/deb/postinst"
    broken="$(build_test_deb "$V2" "GOOD version-2" "$BATS_TEST_TMPDIR" "$BATS_TEST_TMPDIR/prov")"
    update --deb "$broken" --timeout 1
    [ "$status" -eq 1 ]
    [[ "$output" == *"did not install"* ]]
    [ "$(installed)" = "ii $V1" ]
    [ "$(cat "$DB/kiosk.mv.db")" = "database-v1" ]
}

@test "exit code 2 when the old version does not come back either" {
    FIRST_DEB="$(build_test_deb "$V1" "ALSO-BROKEN version-1" "$BATS_TEST_TMPDIR")" setup
    update --deb "$BAD2" --timeout 1
    [ "$status" -eq 2 ]
    [[ "$output" == *"does not answer either"* ]]
}

@test "the health timeout can be set by environment" {
    start=$SECONDS
    PALVELUPISTE_HEALTH_TIMEOUT=0 update --deb "$BAD2"
    [ "$status" -eq 1 ]
    [[ "$output" == *"within 0s"* ]]
    [ $((SECONDS - start)) -lt 10 ]
}

@test "the same version again changes nothing" {
    update --deb "$DEB1"
    [ "$status" -eq 0 ]
    [[ "$output" == *"already installed"* ]]
    [ ! -e "$STATE/calls" ]
}

@test "a file that is not the package is refused before anything is stopped" {
    echo "not a package" > "$BATS_TEST_TMPDIR/notes.deb"
    update --deb "$BATS_TEST_TMPDIR/notes.deb"
    [ "$status" -eq 3 ]
    [[ "$output" == *"is not a Debian package"* ]]
    copy_provisioning "$BATS_TEST_TMPDIR/prov"
    # shellcheck disable=SC2016 # the script's own text, not expanded here
    sed -i 's/^Package: \$PACKAGE$/Package: other/' "$BATS_TEST_TMPDIR/prov/deb/build-deb.sh"
    update --deb "$(build_test_deb 9 GOOD "$BATS_TEST_TMPDIR" "$BATS_TEST_TMPDIR/prov")"
    [ "$status" -eq 3 ]
    [[ "$output" == *"is the package 'other'"* ]]
    update --jar "$BATS_TEST_TMPDIR/notes.deb"
    [ "$status" -eq 3 ]
    [[ "$output" == *"--jar is gone"* ]]
    [ ! -e "$STATE/calls" ]
}

@test "without an installation it says to run install.sh first" {
    make_scratch_root "$BATS_TEST_TMPDIR/empty"
    run bash "$PROV/update.sh" --root "$BATS_TEST_TMPDIR/empty" --deb "$DEB2"
    [ "$status" -eq 3 ]
    [[ "$output" == *"run install.sh first"* ]]
}

@test "without a copy of the installed version nothing is stopped, and it says how to add one" {
    rm "$PACKAGES/palvelupiste_${V1}_all.deb"
    update --deb "$DEB2"
    [ "$status" -eq 3 ]
    [[ "$output" == *"no copy of the installed version $V1"*"install -m 0600 palvelupiste_${V1}_all.deb"* ]]
    [ ! -e "$STATE/calls" ]
    [ "$(installed)" = "ii $V1" ]
}

@test "the newest three packages are kept" {
    for v in 0.1.0~SNAPSHOT.20261202000000 0.1.0~SNAPSHOT.20261203000000 0.1.0; do
        update --deb "$(build_test_deb "$v" "GOOD $v" "$BATS_TEST_TMPDIR")" --timeout 2
        [ "$status" -eq 0 ]
    done
    run ls "$PACKAGES"
    [ "$output" = "$(printf 'palvelupiste_0.1.0_all.deb\npalvelupiste_0.1.0~SNAPSHOT.20261202000000_all.deb\npalvelupiste_0.1.0~SNAPSHOT.20261203000000_all.deb')" ]
}

@test "the whole life: install, upgrade, a failed upgrade rolled back, purge" {
    [ "$(installed)" = "ii $V1" ]
    update --deb "$DEB2" --timeout 2
    [ "$status" -eq 0 ]
    [ "$(installed)" = "ii $V2" ]
    [ "$(cat "$DB/kiosk.mv.db")" = "database-v2" ]
    V3=0.1.0~SNAPSHOT.20261203000000
    update --deb "$(build_test_deb "$V3" "BROKEN version-3" "$BATS_TEST_TMPDIR")" --timeout 1
    [ "$status" -eq 1 ]
    [ "$(installed)" = "ii $V2" ]
    grep -q "GOOD version-2" "$JAR"
    [ "$(cat "$DB/kiosk.mv.db")" = "database-v2" ]
    run in_root "$TREE" --purge palvelupiste
    [ "$status" -eq 0 ]
    [ -z "$(dpkg-query --admindir="$TREE/var/lib/dpkg" -W -f='${db:Status-Abbrev}' palvelupiste 2>/dev/null | tr -d ' ')" ] ||
        [ "$(dpkg-query --admindir="$TREE/var/lib/dpkg" -W -f='${db:Status-Abbrev}' palvelupiste)" = "un " ]
    [ ! -e "$TREE/var/lib/palvelupiste" ]
    [ ! -e "$TREE/var/lib/palvelupiste-packages" ]
    [ ! -e "$TREE/etc/palvelupiste" ]
    [ ! -e "$TREE/usr/share/palvelupiste" ]
}
