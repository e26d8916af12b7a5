#!/usr/bin/env bats
# update.sh: atomic replace, health wait, rollback — with a fake systemctl and a
# fake curl on PATH. The fake application is "healthy" when it is started and
# its jar contains the word GOOD.

load helpers

setup() {
    TREE="$BATS_TEST_TMPDIR/tree"
    STATE="$BATS_TEST_TMPDIR/state"
    FAKEBIN="$BATS_TEST_TMPDIR/bin"
    mkdir -p "$STATE" "$FAKEBIN"
    make_jar "$BATS_TEST_TMPDIR/v1.jar" "GOOD version-1"
    bash "$PROV/install.sh" --root "$TREE" --jar "$BATS_TEST_TMPDIR/v1.jar" >/dev/null
    mkdir -p "$TREE/var/lib/palvelupiste/db"
    echo "database-v1" > "$TREE/var/lib/palvelupiste/db/kiosk.mv.db"

    cat > "$FAKEBIN/systemctl" <<FAKE
#!/bin/bash
echo "systemctl \$*" >> "$STATE/calls"
case "\$1 \$2" in
    "start palvelupiste.service") touch "$STATE/running"
        # a new version migrates the database when it starts
        grep -q version-2 "$TREE/opt/palvelupiste/palvelupiste.jar" && echo "database-v2" > "$TREE/var/lib/palvelupiste/db/kiosk.mv.db"
        ;;
    "stop palvelupiste.service") rm -f "$STATE/running" ;;
esac
exit 0
FAKE
    cat > "$FAKEBIN/curl" <<FAKE
#!/bin/bash
echo "curl \$*" >> "$STATE/curl-calls"
[[ -e "$STATE/running" ]] && grep -q GOOD "$TREE/opt/palvelupiste/palvelupiste.jar"
FAKE
    chmod +x "$FAKEBIN/systemctl" "$FAKEBIN/curl"
    export PATH="$FAKEBIN:$PATH"
    export PALVELUPISTE_HEALTH_INTERVAL=0.1
    export PALVELUPISTE_HEALTH_URL="http://127.0.0.1:1/actuator/health"
}

@test "--help describes the rollback" {
    run bash "$PROV/update.sh" --help
    [ "$status" -eq 0 ]
    [[ "$output" == *"palvelupiste.jar.previous"* ]]
}

@test "a healthy new version is installed, the old one kept" {
    make_jar "$BATS_TEST_TMPDIR/v2.jar" "GOOD version-2"
    run bash "$PROV/update.sh" --root "$TREE" --jar "$BATS_TEST_TMPDIR/v2.jar" --timeout 2
    [ "$status" -eq 0 ]
    [[ "$output" == *"Update done"* ]]
    cmp "$BATS_TEST_TMPDIR/v2.jar" "$TREE/opt/palvelupiste/palvelupiste.jar"
    cmp "$BATS_TEST_TMPDIR/v1.jar" "$TREE/opt/palvelupiste/palvelupiste.jar.previous"
    [ "$(stat -c %a "$TREE/opt/palvelupiste/palvelupiste.jar")" = 644 ]
    [ "$(sed -n 1p "$STATE/calls")" = "systemctl stop palvelupiste.service" ]
    [ "$(sed -n 2p "$STATE/calls")" = "systemctl start palvelupiste.service" ]
    grep -qx "systemctl try-restart palvelupiste-browser.service" "$STATE/calls"
    grep -q -- "http://127.0.0.1:1/actuator/health" "$STATE/curl-calls"
    # the database was kept (migrated by the new version), and a copy made before
    [ "$(cat "$TREE/var/lib/palvelupiste/db/kiosk.mv.db")" = "database-v2" ]
    [ "$(cat "$TREE"/var/lib/palvelupiste/pre-update/*/db/kiosk.mv.db)" = "database-v1" ]
    # no temporary files left behind
    [ -z "$(find "$TREE/opt/palvelupiste" -maxdepth 1 -name '.*')" ]
}

@test "an unhealthy new version is rolled back, jar and database" {
    make_jar "$BATS_TEST_TMPDIR/bad.jar" "BROKEN version-2"
    run bash "$PROV/update.sh" --root "$TREE" --jar "$BATS_TEST_TMPDIR/bad.jar" --timeout 1
    [ "$status" -eq 1 ]
    [[ "$output" == *"did not answer within 1s"* ]]
    [[ "$output" == *"Rolled back"* ]]
    cmp "$BATS_TEST_TMPDIR/v1.jar" "$TREE/opt/palvelupiste/palvelupiste.jar"
    cmp "$BATS_TEST_TMPDIR/bad.jar" "$TREE/opt/palvelupiste/palvelupiste.jar.failed"
    [ "$(cat "$TREE/var/lib/palvelupiste/db/kiosk.mv.db")" = "database-v1" ]
    [ "$(grep -c 'start palvelupiste.service' "$STATE/calls")" -eq 2 ]
    [ -e "$STATE/running" ]
}

@test "exit code 2 when the old version does not come back either" {
    make_jar "$BATS_TEST_TMPDIR/bad.jar" "BROKEN version-2"
    make_jar "$TREE/opt/palvelupiste/palvelupiste.jar" "ALSO-BROKEN version-1"
    run bash "$PROV/update.sh" --root "$TREE" --jar "$BATS_TEST_TMPDIR/bad.jar" --timeout 1
    [ "$status" -eq 2 ]
    [[ "$output" == *"does not answer either"* ]]
}

@test "the health timeout can be set by environment" {
    make_jar "$BATS_TEST_TMPDIR/bad.jar" "BROKEN"
    start=$SECONDS
    PALVELUPISTE_HEALTH_TIMEOUT=0 run bash "$PROV/update.sh" --root "$TREE" --jar "$BATS_TEST_TMPDIR/bad.jar"
    [ "$status" -eq 1 ]
    [[ "$output" == *"within 0s"* ]]
    [ $((SECONDS - start)) -lt 5 ]
}

@test "the same version again changes nothing" {
    run bash "$PROV/update.sh" --root "$TREE" --jar "$BATS_TEST_TMPDIR/v1.jar"
    [ "$status" -eq 0 ]
    [[ "$output" == *"already installed"* ]]
    [ ! -e "$STATE/calls" ]
}

@test "a file that is not a jar is refused before anything is stopped" {
    echo "not a jar" > "$BATS_TEST_TMPDIR/notes.txt"
    run bash "$PROV/update.sh" --root "$TREE" --jar "$BATS_TEST_TMPDIR/notes.txt"
    [ "$status" -eq 3 ]
    [[ "$output" == *"is not a jar file"* ]]
    [ ! -e "$STATE/calls" ]
}

@test "without an installation it says to run install.sh first" {
    make_jar "$BATS_TEST_TMPDIR/v2.jar" "GOOD version-2"
    run bash "$PROV/update.sh" --root "$BATS_TEST_TMPDIR/empty" --jar "$BATS_TEST_TMPDIR/v2.jar"
    [ "$status" -eq 3 ]
    [[ "$output" == *"run install.sh first"* ]]
}
