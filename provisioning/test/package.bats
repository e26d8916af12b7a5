#!/usr/bin/env bats
# The Debian packages that ./mvnw package built (provisioning/target/palvelupiste_*_all.deb
# and palvelupiste-hub_*_all.deb): their control fields, contents and maintainer
# scripts, lintian, and their life in a scratch root (install, upgrade, remove,
# purge, the kiosk's Java trigger). Packages with a stand-in application, made by
# the same build-deb.sh, where a test needs a second version or a changed file.

load helpers
bats_require_minimum_version 1.5.0

setup_file() {
    DEB="$(built_deb || true)"
    HUB_DEB="$(built_hub_deb || true)"
    export DEB HUB_DEB
    if [[ -n "$DEB" ]]; then
        mkdir -p "$BATS_FILE_TMPDIR/contents"
        dpkg-deb -x "$DEB" "$BATS_FILE_TMPDIR/contents"
    fi
    if [[ -n "$HUB_DEB" ]]; then
        mkdir -p "$BATS_FILE_TMPDIR/hub-contents"
        dpkg-deb -x "$HUB_DEB" "$BATS_FILE_TMPDIR/hub-contents"
    fi
}

setup() {
    CONTENTS="$BATS_FILE_TMPDIR/contents"
    HUB_CONTENTS="$BATS_FILE_TMPDIR/hub-contents"
}

# The first line of a test on the package ./mvnw package built.
uses_built_deb() {
    [[ -n "$DEB" ]] || needs "the package: build it with ./mvnw -DskipTests package (provisioning/target/palvelupiste_*_all.deb)"
}
uses_built_hub_deb() {
    [[ -n "$HUB_DEB" ]] || needs "the hub's package: build it with ./mvnw -DskipTests package (provisioning/target/palvelupiste-hub_*_all.deb)"
}

maven_version() {
    sed -n '/<parent>/,/<\/parent>/s#.*<version>\(.*\)</version>.*#\1#p' "$PROV/pom.xml" | head -n 1
}

@test "dpkg-deb --info: the package, its version from Maven's, for all architectures, with Debian's Java, Chromium and labwc" {
    uses_built_deb
    run dpkg-deb --info "$DEB"
    [ "$status" -eq 0 ]
    echo "$output"
    [ "$(dpkg-deb --field "$DEB" Package)" = palvelupiste ]
    [ "$(dpkg-deb --field "$DEB" Architecture)" = all ]
    version="$(dpkg-deb --field "$DEB" Version)"
    maven="$(maven_version)"
    if [[ "$maven" == *-SNAPSHOT ]]; then
        [[ "$version" =~ ^${maven%-SNAPSHOT}~SNAPSHOT\.[0-9]{14}$ ]]
    else
        [ "$version" = "${maven//-/\~}" ]
    fi
    [ "$(basename "$DEB")" = "palvelupiste_${version}_all.deb" ]
    depends="$(dpkg-deb --field "$DEB" Depends)"
    for dep in "openjdk-21-jre-headless | openjdk-25-jre-headless | java21-runtime-headless" \
        "chromium | chromium-browser" labwc wlr-randr curl passwd systemd libpam-systemd \
        "fonts-dejavu-core | fonts-noto-core"; do
        [[ ", $depends," == *", $dep,"* ]] || { echo "missing dependency: $dep"; return 1; }
    done
    [ -n "$(dpkg-deb --field "$DEB" Installed-Size)" ]
    [[ "$(dpkg-deb --field "$DEB" Maintainer)" == *"<"*"@"*">" ]]
}

@test "dpkg-deb --contents: everything root's, in the places the README names, with the right modes" {
    uses_built_deb
    run dpkg-deb --contents "$DEB"
    [ "$status" -eq 0 ]
    contents="$output"
    # owner/group of every entry
    run ! grep -v ' root/root ' <<< "$contents"
    mode_of() { awk -v p="./$1" '$6 == p { print $1 }' <<< "$contents"; }
    for f in palvelupiste-start palvelupiste-archive palvelupiste-update palvelupiste-session palvelupiste-browser \
        palvelupiste-watchdog palvelupiste-display; do
        [ "$(mode_of "usr/share/palvelupiste/bin/$f")" = -rwxr-xr-x ] || { echo "$f"; return 1; }
    done
    for f in usr/share/palvelupiste/palvelupiste-kiosk.jar usr/share/palvelupiste/lib/kiosk-common.sh \
        usr/share/palvelupiste/udev/60-palvelupiste-printer.rules.in \
        usr/lib/systemd/system/palvelupiste.service usr/lib/systemd/system/palvelupiste-display.timer \
        usr/lib/systemd/journald.conf.d/palvelupiste.conf \
        etc/palvelupiste/palvelupiste.properties etc/palvelupiste/display.conf etc/palvelupiste/watchdog.conf \
        etc/chromium/policies/managed/palvelupiste.json etc/pam.d/palvelupiste-kiosk \
        usr/share/doc/palvelupiste/copyright usr/share/doc/palvelupiste/changelog.gz usr/share/doc/palvelupiste/README.md.gz \
        usr/share/man/man8/palvelupiste-update.8.gz usr/share/man/man8/palvelupiste-archive.8.gz; do
        [ "$(mode_of "$f")" = -rw-r--r-- ] || { echo "$f: $(mode_of "$f")"; return 1; }
    done
    grep -q ' ./usr/sbin/palvelupiste-update -> ../share/palvelupiste/bin/palvelupiste-update$' <<< "$contents"
    grep -q ' ./usr/sbin/palvelupiste-archive -> ../share/palvelupiste/bin/palvelupiste-archive$' <<< "$contents"
    # the application's libraries, and nothing in /opt or under /var (the package's set-up makes those)
    [ "$(grep -c ' ./usr/share/palvelupiste/lib/.*\.jar$' <<< "$contents")" -gt 50 ]
    run ! grep -e ' ./opt/' -e ' ./var/' <<< "$contents"
}

@test "conffiles: every file under /etc, so an upgrade never overwrites the site's edits" {
    uses_built_deb
    ctrl="$BATS_TEST_TMPDIR/control"
    mkdir -p "$ctrl"
    dpkg-deb --control "$DEB" "$ctrl"
    [ "$(cat "$ctrl/conffiles")" = "$(printf '%s\n' /etc/chromium/policies/managed/palvelupiste.json \
        /etc/palvelupiste/display.conf /etc/palvelupiste/palvelupiste.properties /etc/palvelupiste/watchdog.conf \
        /etc/pam.d/palvelupiste-kiosk)" ]
    [ "$(cd "$CONTENTS" && find etc -type f | sort | sed 's#^#/#')" = "$(cat "$ctrl/conffiles")" ]
    for s in postinst prerm postrm; do
        [ -x "$ctrl/$s" ]
        cmp "$PROV/deb/$s" "$ctrl/$s"
    done
    [ "$(cat "$ctrl/triggers")" = "interest-noawait /usr/lib/jvm" ]
    (cd "$CONTENTS" && md5sum --quiet -c "$ctrl/md5sums")
}

@test "the package holds the repository's scripts, units and settings, and kiosk-app's jar extracted" {
    uses_built_deb
    share="$CONTENTS/usr/share/palvelupiste"
    for f in "$PROV"/files/bin/*; do cmp "$f" "$share/bin/${f##*/}"; done
    cmp "$PROV/update.sh" "$share/bin/palvelupiste-update"
    cmp "$PROV/files/lib/kiosk-common.sh" "$share/lib/kiosk-common.sh"
    for u in "$PROV"/files/systemd/*; do cmp "$u" "$CONTENTS/usr/lib/systemd/system/${u##*/}"; done
    cmp "$PROV/files/etc/palvelupiste.properties" "$CONTENTS/etc/palvelupiste/palvelupiste.properties"
    cmp "$PROV/files/etc/chromium/policies/managed/palvelupiste.json" "$CONTENTS/etc/chromium/policies/managed/palvelupiste.json"
    # the extracted jar starts the kiosk with every library its manifest names
    manifest="$(python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("META-INF/MANIFEST.MF").decode().replace("\r\n ", "").replace("\n ", ""))' "$share/palvelupiste-kiosk.jar" | tr -d '\r')"
    grep -qx 'Main-Class: fi.palvelupiste.kiosk.KioskApplication' <<< "$manifest"
    classpath="$(sed -n 's/^Class-Path: //p' <<< "$manifest")"
    [ -n "$classpath" ]
    for jar in $classpath; do [ -f "$share/$jar" ] || { echo "missing $jar"; return 1; }; done
}

@test "lintian: nothing left but the overridden tags, each with its reason" {
    uses_built_deb
    command -v lintian >/dev/null || needs "lintian (Debian: apt-get install lintian)"
    run lintian --fail-on error,warning --tag-display-limit 0 -EIL +pedantic "$DEB"
    echo "$output"
    [ "$status" -eq 0 ]
    run ! grep -v 'running with root privileges' <<< "$output"
    # every override has a comment above it saying why
    run awk '/^palvelupiste:/ { if (prev !~ /^#/) { print "no reason given: " $0; bad = 1 } } { prev = $0 } END { exit bad }' \
        "$PROV/deb/lintian-overrides"
    [ "$status" -eq 0 ]
    cmp "$PROV/deb/lintian-overrides" "$CONTENTS/usr/share/lintian/overrides/palvelupiste"
}

@test "the Debian version follows Maven's, and a later build sorts higher" {
    v() { SOURCE_DATE_EPOCH="$2" bash "$PROV/deb/build-deb.sh" --print-version --maven-version "$1"; }
    [ "$(v 0.1.0-SNAPSHOT 1796229000)" = 0.1.0~SNAPSHOT.20261202163000 ]
    [ "$(v 0.2.0 1796229000)" = 0.2.0 ]
    [ "$(v 0.2.0-RC1 1796229000)" = 0.2.0~RC1 ]
    dpkg --compare-versions "$(v 0.1.0-SNAPSHOT 1796229000)" lt "$(v 0.1.0-SNAPSHOT 1796229001)"
    dpkg --compare-versions "$(v 0.1.0-SNAPSHOT 1796229000)" lt 0.1.0
    dpkg --compare-versions 0.2.0~RC1 lt 0.2.0
    dpkg --compare-versions 0.1.0 lt "$(v 0.2.0-SNAPSHOT 1796229000)"
    [ "$(PALVELUPISTE_DEB_VERSION=1.2.3 bash "$PROV/deb/build-deb.sh" --print-version)" = 1.2.3 ]
    run env PALVELUPISTE_DEB_VERSION=-bad bash "$PROV/deb/build-deb.sh" --print-version
    [ "$status" -ne 0 ]
}

@test "installed into a scratch root: the user, its folders, the units enabled; nothing started, trained or run here" {
    uses_built_deb
    needs_root
    tree="$BATS_TEST_TMPDIR/tree"
    make_scratch_root "$tree"
    run in_root "$tree" -i "$DEB"
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "$output" == *"created the system user kiosk"* ]]
    uid="$(uid_of kiosk "$tree")"
    gid="$(gid_of kiosk "$tree")"
    grep -qx "kiosk:x:$uid:$gid:Palvelupiste kiosk:/var/lib/palvelupiste:/usr/sbin/nologin" "$tree/etc/passwd"
    for g in dialout video render input; do grep -q "^$g:.*[:,]kiosk\(,\|$\)" "$tree/etc/group"; done
    [ "$(stat -c '%u:%g %a' "$tree/var/lib/palvelupiste")" = "$uid:$gid 750" ]
    [ "$(stat -c '%u:%g %a' "$tree/var/lib/palvelupiste-packages")" = "0:0 700" ]
    [ "$(stat -c '%u:%g %a' "$tree/var/cache/palvelupiste")" = "0:0 755" ]
    [ "$(stat -c '%u:%g %a' "$tree/etc/palvelupiste/palvelupiste.properties")" = "0:$gid 640" ]
    for u in palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service palvelupiste-watchdog.service; do
        [ "$(readlink "$tree/etc/systemd/system/multi-user.target.wants/$u")" = "/usr/lib/systemd/system/$u" ]
    done
    [ "$(readlink "$tree/etc/systemd/system/timers.target.wants/palvelupiste-display.timer")" = /usr/lib/systemd/system/palvelupiste-display.timer ]
    log="$tree/palvelupiste-root-mode/maintainer-scripts.log"
    cat "$log"
    grep -qx '/usr/share/palvelupiste/bin/palvelupiste-archive --user kiosk' "$log"
    grep -qx 'systemctl daemon-reload' "$log"
    grep -qx 'deb-systemd-invoke start palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service palvelupiste-watchdog.service palvelupiste-display.timer' "$log"
    [ ! -e "$tree/var/cache/palvelupiste/palvelupiste.aot" ]
    [ ! -e "$HOST_CALLS" ]
}

@test "Depends are checked: without labwc in the tree the package does not configure" {
    uses_built_deb
    needs_root
    tree="$BATS_TEST_TMPDIR/tree"
    make_scratch_root "$tree"
    sed -i '/^Package: labwc$/,/^$/d' "$tree/var/lib/dpkg/status"
    run in_root "$tree" -i "$DEB"
    [ "$status" -ne 0 ]
    [[ "$output" == *"depends on labwc; however"* ]]
}

@test "an upgrade keeps the edited settings and the data; a changed template comes beside them" {
    needs_root
    tree="$BATS_TEST_TMPDIR/tree"
    make_scratch_root "$tree"
    in_root "$tree" -i "$(build_test_deb 1.0 "GOOD version-1" "$BATS_TEST_TMPDIR")"
    props="$tree/etc/palvelupiste/palvelupiste.properties"
    echo 'kiosk.site-name=Kirjasto' >> "$props"
    echo 'DISPLAY_OFF=20:00' >> "$tree/etc/palvelupiste/display.conf"
    mkdir -p "$tree/var/lib/palvelupiste/db"
    echo tickets > "$tree/var/lib/palvelupiste/db/kiosk.mv.db"
    copy_provisioning "$BATS_TEST_TMPDIR/prov"
    echo '# A setting added in version 2.' >> "$BATS_TEST_TMPDIR/prov/files/etc/palvelupiste.properties"
    run in_root "$tree" -i "$(build_test_deb 2.0 "GOOD version-2" "$BATS_TEST_TMPDIR" "$BATS_TEST_TMPDIR/prov")"
    echo "$output"
    [ "$status" -eq 0 ]
    grep -q "GOOD version-2" "$tree/usr/share/palvelupiste/palvelupiste-kiosk.jar"
    grep -qx 'kiosk.site-name=Kirjasto' "$props"
    grep -qx '# A setting added in version 2.' "$props.dpkg-dist"
    grep -qx 'DISPLAY_OFF=20:00' "$tree/etc/palvelupiste/display.conf"
    [ "$(cat "$tree/var/lib/palvelupiste/db/kiosk.mv.db")" = tickets ]
    [ "$(stat -c '%g %a' "$props")" = "$(gid_of kiosk "$tree") 640" ]
    grep -qx 'deb-systemd-invoke restart palvelupiste.service palvelupiste-browser.service palvelupiste-watchdog.service' \
        "$tree/palvelupiste-root-mode/maintainer-scripts.log"
    # the same user, made once
    [ "$(grep -c '^kiosk:' "$tree/etc/passwd")" -eq 1 ]
}

@test "remove keeps the data and the settings; purge deletes them, the printer rule and the enabled state" {
    uses_built_deb
    needs_root
    tree="$BATS_TEST_TMPDIR/tree"
    make_scratch_root "$tree"
    in_root "$tree" -i "$DEB"
    mkdir -p "$tree/var/lib/palvelupiste/db" "$tree/etc/udev/rules.d"
    echo tickets > "$tree/var/lib/palvelupiste/db/kiosk.mv.db"
    echo 'SUBSYSTEM=="tty"' > "$tree/etc/udev/rules.d/60-palvelupiste-printer.rules"
    echo archive > "$tree/var/cache/palvelupiste/palvelupiste.aot"
    echo 'kiosk.site-name=Kirjasto' >> "$tree/etc/palvelupiste/palvelupiste.properties"

    run in_root "$tree" --remove palvelupiste
    echo "$output"
    [ "$status" -eq 0 ]
    [ ! -e "$tree/usr/share/palvelupiste" ]
    [ ! -e "$tree/usr/lib/systemd/system/palvelupiste.service" ]
    [ "$(cat "$tree/var/lib/palvelupiste/db/kiosk.mv.db")" = tickets ]
    [ -d "$tree/var/lib/palvelupiste-packages" ]
    grep -qx 'kiosk.site-name=Kirjasto' "$tree/etc/palvelupiste/palvelupiste.properties"
    [ -f "$tree/etc/palvelupiste/watchdog.conf" ]
    [ -e "$tree/etc/udev/rules.d/60-palvelupiste-printer.rules" ]
    # the archive fits only the removed version
    [ ! -e "$tree/var/cache/palvelupiste" ]
    grep -qx 'deb-systemd-invoke stop palvelupiste-display.timer palvelupiste-display.service palvelupiste-watchdog.service palvelupiste-browser.service palvelupiste-kiosk.service palvelupiste.service' \
        "$tree/palvelupiste-root-mode/maintainer-scripts.log"

    run in_root "$tree" --purge palvelupiste
    echo "$output"
    [ "$status" -eq 0 ]
    [ ! -e "$tree/var/lib/palvelupiste" ]
    [ ! -e "$tree/var/lib/palvelupiste-packages" ]
    [ ! -e "$tree/etc/palvelupiste" ]
    [ ! -e "$tree/etc/chromium/policies/managed/palvelupiste.json" ]
    [ ! -e "$tree/etc/udev/rules.d/60-palvelupiste-printer.rules" ]
    [ -z "$(find "$tree/etc/systemd" -name 'palvelupiste*' 2>/dev/null)" ]
    [ -z "$(find "$tree/var/lib/systemd/deb-systemd-helper-enabled" -name 'palvelupiste*' 2>/dev/null)" ]
    # the system user stays, as Debian's packages leave theirs
    grep -q '^kiosk:' "$tree/etc/passwd"
    [ ! -e "$HOST_CALLS" ]
}

@test "a Java package installed or upgraded under /usr/lib/jvm makes the archive again" {
    needs_root
    tree="$BATS_TEST_TMPDIR/tree"
    make_scratch_root "$tree"
    in_root "$tree" -i "$(build_test_deb 1.0 GOOD "$BATS_TEST_TMPDIR")"
    log="$tree/palvelupiste-root-mode/maintainer-scripts.log"
    [ "$(grep -c 'palvelupiste-archive' "$log")" -eq 1 ]
    jre="$BATS_TEST_TMPDIR/jre"
    mkdir -p "$jre/DEBIAN" "$jre/usr/lib/jvm/java-25-openjdk-arm64"
    printf 'JAVA_VERSION="25.0.1"\n' > "$jre/usr/lib/jvm/java-25-openjdk-arm64/release"
    printf 'Package: fake-openjdk-25\nVersion: 25.0.1\nArchitecture: all\nMaintainer: Tests <tests@palvelupiste.invalid>\nProvides: java21-runtime-headless\nDescription: a Java stand-in (test)\n' > "$jre/DEBIAN/control"
    dpkg-deb --root-owner-group --build "$jre" "$BATS_TEST_TMPDIR/jre.deb" >/dev/null
    run in_root "$tree" -i "$BATS_TEST_TMPDIR/jre.deb"
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "$output" == *"Processing triggers for palvelupiste"* ]]
    [ "$(grep -c 'palvelupiste-archive --user kiosk' "$log")" -eq 2 ]
}

# ---- both packages from one build

@test "one build-deb.sh run makes both packages around the same application; building again gives the same bytes" {
    make_app_dir "$BATS_TEST_TMPDIR/app" "GOOD"
    for run in 1 2; do
        run env PALVELUPISTE_DEB_VERSION=1.0 SOURCE_DATE_EPOCH=1796200000 \
            bash "$PROV/deb/build-deb.sh" --app-dir "$BATS_TEST_TMPDIR/app" --output-dir "$BATS_TEST_TMPDIR/out$run"
        echo "$output"
        [ "$status" -eq 0 ]
        [ "$output" = "$(printf '%s\n' "$BATS_TEST_TMPDIR/out$run/palvelupiste_1.0_all.deb" "$BATS_TEST_TMPDIR/out$run/palvelupiste-hub_1.0_all.deb")" ]
        # only the packages are left behind
        [ "$(ls "$BATS_TEST_TMPDIR/out$run")" = "$(printf 'palvelupiste-hub_1.0_all.deb\npalvelupiste_1.0_all.deb')" ]
    done
    cmp "$BATS_TEST_TMPDIR/out1/palvelupiste_1.0_all.deb" "$BATS_TEST_TMPDIR/out2/palvelupiste_1.0_all.deb"
    cmp "$BATS_TEST_TMPDIR/out1/palvelupiste-hub_1.0_all.deb" "$BATS_TEST_TMPDIR/out2/palvelupiste-hub_1.0_all.deb"
    # --package builds one of them, the same bytes again
    run env PALVELUPISTE_DEB_VERSION=1.0 SOURCE_DATE_EPOCH=1796200000 bash "$PROV/deb/build-deb.sh" --package palvelupiste-hub \
        --app-dir "$BATS_TEST_TMPDIR/app" --output-dir "$BATS_TEST_TMPDIR/out3"
    [ "$output" = "$BATS_TEST_TMPDIR/out3/palvelupiste-hub_1.0_all.deb" ]
    cmp "$BATS_TEST_TMPDIR/out1/palvelupiste-hub_1.0_all.deb" "$BATS_TEST_TMPDIR/out3/palvelupiste-hub_1.0_all.deb"
    run bash "$PROV/deb/build-deb.sh" --package palvelupiste-bogus --app-dir "$BATS_TEST_TMPDIR/app" --output-dir "$BATS_TEST_TMPDIR/out4"
    [ "$status" -ne 0 ]
    # the same application in both
    for d in out1/kiosk out1/hub; do mkdir -p "$BATS_TEST_TMPDIR/$d"; done
    dpkg-deb -x "$BATS_TEST_TMPDIR/out1/palvelupiste_1.0_all.deb" "$BATS_TEST_TMPDIR/out1/kiosk"
    dpkg-deb -x "$BATS_TEST_TMPDIR/out1/palvelupiste-hub_1.0_all.deb" "$BATS_TEST_TMPDIR/out1/hub"
    for f in palvelupiste-kiosk.jar lib/library-1.0.jar lib/kiosk-common.sh; do
        cmp "$BATS_TEST_TMPDIR/out1/kiosk/usr/share/palvelupiste/$f" "$BATS_TEST_TMPDIR/out1/hub/usr/share/palvelupiste-hub/$f"
    done
}

# ---- the hub's package

@test "hub: dpkg-deb --info: palvelupiste-hub of the same version, with Java, curl, useradd and systemd; PostgreSQL 15+ and nginx recommended" {
    uses_built_hub_deb
    uses_built_deb
    run dpkg-deb --info "$HUB_DEB"
    [ "$status" -eq 0 ]
    echo "$output"
    [ "$(dpkg-deb --field "$HUB_DEB" Package)" = palvelupiste-hub ]
    [ "$(dpkg-deb --field "$HUB_DEB" Architecture)" = all ]
    version="$(dpkg-deb --field "$HUB_DEB" Version)"
    [ "$version" = "$(dpkg-deb --field "$DEB" Version)" ]
    [ "$(basename "$HUB_DEB")" = "palvelupiste-hub_${version}_all.deb" ]
    [ "$(dpkg-deb --field "$HUB_DEB" Depends)" = "openjdk-21-jre-headless | openjdk-25-jre-headless | java21-runtime-headless, curl, passwd, systemd" ]
    [ "$(dpkg-deb --field "$HUB_DEB" Recommends)" = "postgresql (>= 15), nginx" ]
    # the kiosk's package recommends the voices of "Read aloud"
    [ "$(dpkg-deb --field "$DEB" Recommends)" = "speech-dispatcher, espeak-ng" ]
}

@test "hub: dpkg-deb --contents: root's, the kiosk's application, the hub's unit, settings, backup and nginx template" {
    uses_built_hub_deb
    uses_built_deb
    run dpkg-deb --contents "$HUB_DEB"
    [ "$status" -eq 0 ]
    contents="$output"
    run ! grep -v ' root/root ' <<< "$contents"
    mode_of() { awk -v p="./$1" '$6 == p { print $1 }' <<< "$contents"; }
    for f in palvelupiste-hub-start palvelupiste-hub-backup; do
        [ "$(mode_of "usr/share/palvelupiste-hub/bin/$f")" = -rwxr-xr-x ] || { echo "$f"; return 1; }
    done
    for f in usr/share/palvelupiste-hub/palvelupiste-kiosk.jar usr/share/palvelupiste-hub/lib/kiosk-common.sh \
        usr/share/palvelupiste-hub/nginx/palvelupiste-hub.conf.in \
        usr/lib/systemd/system/palvelupiste-hub.service usr/lib/systemd/system/palvelupiste-hub-backup.service \
        usr/lib/systemd/system/palvelupiste-hub-backup.timer \
        etc/palvelupiste-hub/hub.properties etc/palvelupiste-hub/backup.conf \
        usr/share/doc/palvelupiste-hub/copyright usr/share/doc/palvelupiste-hub/changelog.gz \
        usr/share/doc/palvelupiste-hub/README.md.gz usr/share/lintian/overrides/palvelupiste-hub; do
        [ "$(mode_of "$f")" = -rw-r--r-- ] || { echo "$f: $(mode_of "$f")"; return 1; }
    done
    # nothing of the kiosk's own: no browser, display, printer or watchdog, nothing on PATH
    run ! grep -e palvelupiste-browser -e palvelupiste-session -e palvelupiste-watchdog -e udev -e chromium \
        -e ' ./usr/sbin/' -e ' ./opt/' -e ' ./var/' -e 'palvelupiste/' <<< "$contents"
    # the very application of the kiosk's package, extracted once
    diff <(cd "$CONTENTS/usr/share/palvelupiste" && find palvelupiste-kiosk.jar lib -name '*.jar' | sort | xargs md5sum) \
        <(cd "$HUB_CONTENTS/usr/share/palvelupiste-hub" && find palvelupiste-kiosk.jar lib -name '*.jar' | sort | xargs md5sum)
}

@test "hub: conffiles, maintainer scripts and files as in the repository" {
    uses_built_hub_deb
    ctrl="$BATS_TEST_TMPDIR/control"
    mkdir -p "$ctrl"
    dpkg-deb --control "$HUB_DEB" "$ctrl"
    [ "$(cat "$ctrl/conffiles")" = "$(printf '%s\n' /etc/palvelupiste-hub/backup.conf /etc/palvelupiste-hub/hub.properties)" ]
    for s in postinst prerm postrm; do
        [ -x "$ctrl/$s" ]
        cmp "$PROV/deb/hub/$s" "$ctrl/$s"
    done
    [ ! -e "$ctrl/triggers" ]
    (cd "$HUB_CONTENTS" && md5sum --quiet -c "$ctrl/md5sums")
    share="$HUB_CONTENTS/usr/share/palvelupiste-hub"
    for f in "$PROV"/hub/files/bin/*; do cmp "$f" "$share/bin/${f##*/}"; done
    for u in "$PROV"/hub/files/systemd/*; do cmp "$u" "$HUB_CONTENTS/usr/lib/systemd/system/${u##*/}"; done
    cmp "$PROV/files/lib/kiosk-common.sh" "$share/lib/kiosk-common.sh"
    cmp "$PROV/hub/files/nginx/palvelupiste-hub.conf.in" "$share/nginx/palvelupiste-hub.conf.in"
    cmp "$PROV/hub/files/etc/hub.properties" "$HUB_CONTENTS/etc/palvelupiste-hub/hub.properties"
    cmp "$PROV/hub/files/etc/backup.conf" "$HUB_CONTENTS/etc/palvelupiste-hub/backup.conf"
    cmp "$PROV/deb/hub/copyright" "$HUB_CONTENTS/usr/share/doc/palvelupiste-hub/copyright"
}

@test "hub: lintian: nothing left but the overridden tags, each with its reason" {
    uses_built_hub_deb
    command -v lintian >/dev/null || needs "lintian (Debian: apt-get install lintian)"
    run lintian --fail-on error,warning --tag-display-limit 0 -EIL +pedantic "$HUB_DEB"
    echo "$output"
    [ "$status" -eq 0 ]
    run ! grep -v 'running with root privileges' <<< "$output"
    run awk '/^palvelupiste-hub:/ { if (prev !~ /^#/) { print "no reason given: " $0; bad = 1 } } { prev = $0 } END { exit bad }' \
        "$PROV/deb/hub/lintian-overrides"
    [ "$status" -eq 0 ]
    cmp "$PROV/deb/hub/lintian-overrides" "$HUB_CONTENTS/usr/share/lintian/overrides/palvelupiste-hub"
}

@test "hub installed into a scratch root: its user, folders and settings' group, units enabled, not started without a database password" {
    needs_root
    tree="$BATS_TEST_TMPDIR/tree"
    make_scratch_root "$tree"
    run in_root "$tree" -i "$(build_test_hub_deb 1.0 "GOOD hub-1" "$BATS_TEST_TMPDIR")"
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "$output" == *"created the system user palvelupiste-hub"* ]]
    [[ "$output" == *"not started: /etc/palvelupiste-hub/hub.properties has no database password yet"* ]]
    uid="$(uid_of palvelupiste-hub "$tree")"
    gid="$(gid_of palvelupiste-hub "$tree")"
    grep -qx "palvelupiste-hub:x:$uid:$gid:Palvelupiste hub:/var/lib/palvelupiste-hub:/usr/sbin/nologin" "$tree/etc/passwd"
    ((uid < 1000))
    # in no group but its own
    run ! grep -q '[:,]palvelupiste-hub\(,\|$\)' "$tree/etc/group"
    [ "$(stat -c '%u:%g %a' "$tree/var/lib/palvelupiste-hub")" = "$uid:$gid 750" ]
    [ "$(stat -c '%u:%g %a' "$tree/var/backups/palvelupiste-hub")" = "$uid:$gid 750" ]
    [ "$(stat -c '%u:%g %a' "$tree/etc/palvelupiste-hub")" = "0:$gid 750" ]
    [ "$(stat -c '%u:%g %a' "$tree/etc/palvelupiste-hub/hub.properties")" = "0:$gid 640" ]
    [ "$(stat -c '%u:%g %a' "$tree/etc/palvelupiste-hub/backup.conf")" = "0:0 644" ]
    [ "$(readlink "$tree/etc/systemd/system/multi-user.target.wants/palvelupiste-hub.service")" = /usr/lib/systemd/system/palvelupiste-hub.service ]
    [ "$(readlink "$tree/etc/systemd/system/timers.target.wants/palvelupiste-hub-backup.timer")" = /usr/lib/systemd/system/palvelupiste-hub-backup.timer ]
    log="$tree/palvelupiste-hub-root-mode/maintainer-scripts.log"
    cat "$log"
    grep -qx 'dpkg-statoverride --update --add root palvelupiste-hub 0640 /etc/palvelupiste-hub/hub.properties' "$log"
    grep -qx 'dpkg-statoverride --update --add root palvelupiste-hub 0750 /etc/palvelupiste-hub' "$log"
    grep -qx 'systemctl daemon-reload' "$log"
    run ! grep -q 'deb-systemd-invoke' "$log"
    # the kiosk's user and folders are not the hub's business
    run ! grep -q '^kiosk:' "$tree/etc/passwd"
    [ ! -e "$tree/var/lib/palvelupiste" ]
    [ ! -e "$HOST_CALLS" ]
}

@test "hub: Depends are checked: without curl in the tree the package does not configure" {
    needs_root
    tree="$BATS_TEST_TMPDIR/tree"
    make_scratch_root "$tree"
    sed -i '/^Package: curl$/,/^$/d' "$tree/var/lib/dpkg/status"
    run in_root "$tree" -i "$(build_test_hub_deb 1.0 "GOOD hub-1" "$BATS_TEST_TMPDIR")"
    [ "$status" -ne 0 ]
    [[ "$output" == *"depends on curl; however"* ]]
}

@test "hub: an upgrade keeps the edited settings and restarts a hub that has its database password" {
    needs_root
    tree="$BATS_TEST_TMPDIR/tree"
    make_scratch_root "$tree"
    in_root "$tree" -i "$(build_test_hub_deb 1.0 "GOOD hub-1" "$BATS_TEST_TMPDIR")"
    props="$tree/etc/palvelupiste-hub/hub.properties"
    sed -i 's/^spring.datasource.password=$/spring.datasource.password=0123abcd/' "$props"
    echo 'PALVELUPISTE_HUB_BACKUP_KEEP=30' >> "$tree/etc/palvelupiste-hub/backup.conf"
    copy_provisioning "$BATS_TEST_TMPDIR/prov"
    echo '# A setting added in version 2.' >> "$BATS_TEST_TMPDIR/prov/hub/files/etc/hub.properties"
    run in_root "$tree" -i "$(build_test_hub_deb 2.0 "GOOD hub-2" "$BATS_TEST_TMPDIR" "$BATS_TEST_TMPDIR/prov")"
    echo "$output"
    [ "$status" -eq 0 ]
    grep -q "GOOD hub-2" "$tree/usr/share/palvelupiste-hub/palvelupiste-kiosk.jar"
    grep -qx 'spring.datasource.password=0123abcd' "$props"
    grep -qx '# A setting added in version 2.' "$props.dpkg-dist"
    grep -qx 'PALVELUPISTE_HUB_BACKUP_KEEP=30' "$tree/etc/palvelupiste-hub/backup.conf"
    [ "$(stat -c '%g %a' "$props")" = "$(gid_of palvelupiste-hub "$tree") 640" ]
    grep -qx 'deb-systemd-invoke restart palvelupiste-hub.service palvelupiste-hub-backup.timer' \
        "$tree/palvelupiste-hub-root-mode/maintainer-scripts.log"
    [ "$(grep -c '^palvelupiste-hub:' "$tree/etc/passwd")" -eq 1 ]
}

@test "hub: remove keeps data and settings; purge deletes them and install-hub.sh's files, keeps the backups and never touches the database" {
    needs_root
    tree="$BATS_TEST_TMPDIR/tree"
    make_scratch_root "$tree"
    in_root "$tree" -i "$(build_test_hub_deb 1.0 "GOOD hub-1" "$BATS_TEST_TMPDIR")"
    echo files > "$tree/var/lib/palvelupiste-hub/file"
    echo dump > "$tree/var/backups/palvelupiste-hub/palvelupiste_hub-20261201T023000Z.dump"
    echo secret > "$tree/etc/palvelupiste-hub/replication.password"
    mkdir -p "$tree/etc/palvelupiste-hub/tls" "$tree/etc/nginx/sites-available" "$tree/etc/nginx/sites-enabled"
    echo cert > "$tree/etc/palvelupiste-hub/tls/hub.example.fi.self-signed.crt"
    printf '# Palvelupiste hub\n# Written by provisioning/hub/install-hub.sh from ...\n' > "$tree/etc/nginx/sites-available/palvelupiste-hub"
    ln -s /etc/nginx/sites-available/palvelupiste-hub "$tree/etc/nginx/sites-enabled/palvelupiste-hub"
    echo 'server {}' > "$tree/etc/nginx/sites-available/default"

    run in_root "$tree" --remove palvelupiste-hub
    echo "$output"
    [ "$status" -eq 0 ]
    [ ! -e "$tree/usr/share/palvelupiste-hub" ]
    [ ! -e "$tree/usr/lib/systemd/system/palvelupiste-hub.service" ]
    [ "$(cat "$tree/var/lib/palvelupiste-hub/file")" = files ]
    [ -f "$tree/etc/palvelupiste-hub/hub.properties" ]
    [ -f "$tree/etc/nginx/sites-available/palvelupiste-hub" ]
    log="$tree/palvelupiste-hub-root-mode/maintainer-scripts.log"
    grep -qx 'deb-systemd-invoke stop palvelupiste-hub-backup.timer palvelupiste-hub-backup.service palvelupiste-hub.service' "$log"

    run in_root "$tree" --purge palvelupiste-hub
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "$output" == *"kept: the database palvelupiste_hub (PostgreSQL) and the backups in /var/backups/palvelupiste-hub"* ]]
    [ ! -e "$tree/var/lib/palvelupiste-hub" ]
    [ ! -e "$tree/etc/palvelupiste-hub" ]
    [ ! -e "$tree/etc/nginx/sites-available/palvelupiste-hub" ]
    [ ! -L "$tree/etc/nginx/sites-enabled/palvelupiste-hub" ]
    [ -f "$tree/etc/nginx/sites-available/default" ]
    [ "$(cat "$tree/var/backups/palvelupiste-hub/palvelupiste_hub-20261201T023000Z.dump")" = dump ]
    grep -qx 'deb-systemd-invoke try-reload-or-restart nginx.service' "$log"
    grep -qx 'dpkg-statoverride --remove /etc/palvelupiste-hub/hub.properties' "$log"
    [ -z "$(find "$tree/etc/systemd" -name 'palvelupiste-hub*' 2>/dev/null)" ]
    grep -q '^palvelupiste-hub:' "$tree/etc/passwd"
    # no maintainer script has a way to drop the database
    run ! grep -i -e dropdb -e 'drop database' -e psql -e dropuser "$PROV"/deb/hub/post* "$PROV/deb/hub/prerm"
    [ ! -e "$HOST_CALLS" ]
}
