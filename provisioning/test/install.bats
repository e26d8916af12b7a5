#!/usr/bin/env bats
# install.sh --root into a scratch root: the package installed with dpkg (its
# dependencies checked against the tree's status), then the site's part:
# settings, printer, boot files, overlay; idempotency; the older layout retired.

load helpers
bats_require_minimum_version 1.5.0

V1=0.1.0~SNAPSHOT.20261201000000
V2=0.1.0~SNAPSHOT.20261202000000

setup_file() {
    [[ $EUID -eq 0 ]] || return 0
    DEB1="$(build_test_deb "$V1" "GOOD version-1" "$BATS_FILE_TMPDIR")"
    DEB2="$(build_test_deb "$V2" "GOOD version-2" "$BATS_FILE_TMPDIR")"
    export DEB1 DEB2
}

setup() {
    needs_root
    TREE="$BATS_TEST_TMPDIR/tree"
    make_scratch_root "$TREE"
    KIOSK_UID=""
}

kiosk_ids() {
    KIOSK_UID="$(uid_of kiosk "$TREE")"
    KIOSK_GID="$(gid_of kiosk "$TREE")"
}

@test "--help explains the options" {
    run bash "$PROV/install.sh" --help
    [ "$status" -eq 0 ]
    [[ "$output" == *"--deb FILE"* ]]
    [[ "$output" == *"--root DIR"* ]]
    [[ "$output" == *"--printer TYPE"* ]]
    [[ "$output" == *"--site-name NAME"* ]]
}

@test "an unknown option is refused with the usage text" {
    run bash "$PROV/install.sh" --bogus
    [ "$status" -eq 2 ]
    [[ "$output" == *"Unknown option: --bogus"* ]]
}

@test "a first install without --deb says what is missing" {
    run_install
    [ "$status" -ne 0 ]
    [[ "$output" == *"give the package with --deb"* ]]
}

@test "a file that is not the palvelupiste package is refused" {
    echo "not a package" > "$BATS_TEST_TMPDIR/notes.deb"
    run_install --deb "$BATS_TEST_TMPDIR/notes.deb"
    [ "$status" -ne 0 ]
    [[ "$output" == *"is not a Debian package"* ]]
}

@test "installs the package into the tree: application, scripts, units and settings" {
    run_install --deb "$DEB1"
    [ "$status" -eq 0 ]
    [[ "$output" == *"package palvelupiste $V1 installed"* ]]
    [ "$(dpkg-query --admindir="$TREE/var/lib/dpkg" -W -f='${db:Status-Abbrev}${Version}' palvelupiste)" = "ii $V1" ]
    grep -q "GOOD version-1" "$TREE/usr/share/palvelupiste/palvelupiste-kiosk.jar"
    [ -f "$TREE/usr/share/palvelupiste/lib/library-1.0.jar" ]
    for f in palvelupiste-start palvelupiste-archive palvelupiste-session palvelupiste-browser palvelupiste-watchdog \
        palvelupiste-display palvelupiste-update; do
        [ -x "$TREE/usr/share/palvelupiste/bin/$f" ]
    done
    [ -x "$TREE/usr/sbin/palvelupiste-update" ]
    for u in palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service \
        palvelupiste-watchdog.service palvelupiste-display.service palvelupiste-display.timer; do
        cmp "$PROV/files/systemd/$u" "$TREE/usr/lib/systemd/system/$u"
    done
    cmp "$PROV/files/etc/watchdog.conf" "$TREE/etc/palvelupiste/watchdog.conf"
    [ -f "$TREE/etc/chromium/policies/managed/palvelupiste.json" ]
    [ -f "$TREE/etc/palvelupiste/palvelupiste.properties" ]
    grep -qx 'DISPLAY_ON=07:30' "$TREE/etc/palvelupiste/display.conf"
    grep -qx 'DISPLAY_OFF=21:00' "$TREE/etc/palvelupiste/display.conf"
    grep -qx 'ROTATION=0' "$TREE/etc/palvelupiste/display.conf"
    grep -qx 'Storage=volatile' "$TREE/usr/lib/systemd/journald.conf.d/palvelupiste.conf"
    grep -qx 'RuntimeMaxUse=32M' "$TREE/usr/lib/systemd/journald.conf.d/palvelupiste.conf"
    grep -q pam_systemd.so "$TREE/etc/pam.d/palvelupiste-kiosk"
    [ ! -e "$TREE/etc/udev/rules.d/60-palvelupiste-printer.rules" ]
    # a copy of the package to roll back to, root's only
    cmp "$DEB1" "$TREE/var/lib/palvelupiste-packages/palvelupiste_${V1}_all.deb"
    [ "$(stat -c '%u %a' "$TREE/var/lib/palvelupiste-packages")" = "0 700" ]
    # nothing was run on this system
    [ ! -e "$HOST_CALLS" ]
}

@test "the app service runs the jar as asked" {
    run_install --deb "$DEB1"
    unit="$TREE/usr/lib/systemd/system/palvelupiste.service"
    grep -q '^ExecStart=/usr/share/palvelupiste/bin/palvelupiste-start ' "$unit"
    grep -q -- '-jar /usr/share/palvelupiste/palvelupiste-kiosk.jar' "$unit"
    grep -q -- '--spring.config.additional-location=file:/etc/palvelupiste/palvelupiste.properties' "$unit"
    grep -q -- '--enable-native-access=ALL-UNNAMED' "$unit"
    grep -q -- '-Xmx256m' "$unit"
    grep -q -- '-XX:+UseSerialGC' "$unit"
    grep -q -- '-Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30' "$unit"
    grep -q -- '-XX:TrimNativeHeapInterval=5000' "$unit"
    grep -q -- '-Djava.io.tmpdir=/var/lib/palvelupiste/tmp' "$unit"
    for line in Restart=on-failure NoNewPrivileges=yes ProtectSystem=strict \
        ReadWritePaths=/var/lib/palvelupiste ProtectHome=yes PrivateTmp=yes User=kiosk; do
        grep -qx "$line" "$unit"
    done
    grep -q '^MemoryMax=' "$unit"
    grep -qx 'Restart=always' "$TREE/usr/lib/systemd/system/palvelupiste-browser.service"
}

@test "the kiosk user: a system user without a login, in the device groups; the units enabled" {
    run_install --deb "$DEB1"
    kiosk_ids
    grep -qx "kiosk:x:$KIOSK_UID:$KIOSK_GID:Palvelupiste kiosk:/var/lib/palvelupiste:/usr/sbin/nologin" "$TREE/etc/passwd"
    ((KIOSK_UID < 1000))
    for g in dialout video render input; do grep -q "^$g:[^:]*:[0-9]*:\(.*,\)\?kiosk\(,.*\)\?$" "$TREE/etc/group"; done
    run ! grep -q '^gpio:' "$TREE/etc/group"
    for u in palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service palvelupiste-watchdog.service; do
        [ "$(readlink "$TREE/etc/systemd/system/multi-user.target.wants/$u")" = "/usr/lib/systemd/system/$u" ]
    done
    [ -L "$TREE/etc/systemd/system/timers.target.wants/palvelupiste-display.timer" ]
    log="$TREE/palvelupiste-root-mode/maintainer-scripts.log"
    grep -qx 'deb-systemd-invoke start palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service palvelupiste-watchdog.service palvelupiste-display.timer' "$log"
    grep -qx '/usr/share/palvelupiste/bin/palvelupiste-archive --user kiosk' "$log"
    rec="$TREE/palvelupiste-root-mode/skipped-commands.list"
    grep -q '^apt-get install' "$rec"
    grep -qx 'systemctl enable --now palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service palvelupiste-watchdog.service palvelupiste-display.timer' "$rec"
}

@test "the gpio group is used where the tree has one" {
    echo 'gpio:x:997:' >> "$TREE/etc/group"
    run_install --deb "$DEB1"
    grep -qx 'gpio:x:997:kiosk' "$TREE/etc/group"
    grep -q '^dialout:[^:]*:20:kiosk$' "$TREE/etc/group"
}

@test "settings are 0640 root:kiosk, the data directory 0750 kiosk's" {
    run_install --deb "$DEB1"
    kiosk_ids
    [ "$(stat -c '%u:%g %a' "$TREE/etc/palvelupiste/palvelupiste.properties")" = "0:$KIOSK_GID 640" ]
    [ "$(stat -c '%u:%g %a' "$TREE/etc/palvelupiste")" = "0:$KIOSK_GID 750" ]
    [ "$(stat -c '%u:%g %a' "$TREE/var/lib/palvelupiste")" = "$KIOSK_UID:$KIOSK_GID 750" ]
    [ "$(stat -c '%u:%g %a' "$TREE/var/lib/palvelupiste/tmp")" = "$KIOSK_UID:$KIOSK_GID 700" ]
    [ "$(stat -c '%u:%g %a' "$TREE/var/lib/palvelupiste/backup")" = "$KIOSK_UID:$KIOSK_GID 750" ]
    # on a real system dpkg keeps them so for every later version of the file
    grep -qx 'dpkg-statoverride --update --add root kiosk 0640 /etc/palvelupiste/palvelupiste.properties' \
        "$TREE/palvelupiste-root-mode/maintainer-scripts.log"
}

# That every key is one the application knows is checked by kiosk-app's ConfigurationTemplateTest.
@test "the settings template is installed with its keys, each explained" {
    run_install --deb "$DEB1"
    props="$TREE/etc/palvelupiste/palvelupiste.properties"
    cmp "$PROV/files/etc/palvelupiste.properties" "$props"
    grep -qx 'kiosk.security.kiosk-addresses=127.0.0.1,::1' "$props"
    grep -qx 'kiosk.data-dir=/var/lib/palvelupiste' "$props"
    grep -qx '#server.port=8080' "$props"
    grep -qx '#kiosk.backup.cron=0 30 2 \* \* \*' "$props"
    grep -qx '#kiosk.backup.keep=7' "$props"
    grep -qx '#kiosk.idle.timeout=60s' "$props"
    # every key line follows a comment line that explains it
    run awk '/^#?[a-z][a-z.-]*=/ { if (prev !~ /^# [A-Z]/ && prev !~ /^# <data-dir>|^# USB/) { print "unexplained: " $0; bad=1 } } { prev=$0 } END { exit bad }' "$props"
    [ "$status" -eq 0 ]
}

@test "a second run changes nothing and says so" {
    make_boot "$TREE"
    run_install --deb "$DEB1" --printer usb --usb-vendor 0416 --usb-product 5011 --site-name Kirjasto --language sv
    [ "$status" -eq 0 ]
    [[ "$output" == *"change(s) made"* ]]
    before="$(tree_sum "$TREE")"
    run_install --deb "$DEB1" --printer usb --usb-vendor 0416 --usb-product 5011 --site-name Kirjasto --language sv
    [ "$status" -eq 0 ]
    [[ "$output" == *"Nothing to do"*"(0 changes)"* ]]
    [[ "$output" != *"changed:"* ]]
    [ "$(tree_sum "$TREE")" = "$before" ]
}

@test "the site's name and language go into the template's lines, once" {
    run_install --deb "$DEB1" --site-name "Kylätalo Ylä-Savo" --language sv
    [ "$status" -eq 0 ]
    props="$TREE/etc/palvelupiste/palvelupiste.properties"
    grep -qx 'kiosk.site-name=Kylätalo Ylä-Savo' "$props"
    grep -qx 'kiosk.default-language=sv' "$props"
    run ! grep -q '^#kiosk.site-name=' "$props"
    # in place of the commented line: the explanation stays above it
    [ "$(grep -B1 '^kiosk.site-name=' "$props" | head -n 1)" = "$(grep -B1 '^#kiosk.site-name=' "$PROV/files/etc/palvelupiste.properties" | head -n 1)" ]
    [ "$(wc -l < "$props")" -eq "$(wc -l < "$PROV/files/etc/palvelupiste.properties")" ]
    kiosk_ids
    [ "$(stat -c '%u:%g %a' "$props")" = "0:$KIOSK_GID 640" ]
    run_install --language "fi"
    [[ "$output" == *"has kiosk.default-language=sv"*"left as it is"* ]]
    grep -qx 'kiosk.default-language=sv' "$props"
    run bash "$PROV/install.sh" --language de
    [ "$status" -ne 0 ]
}

@test "own edits of the settings are kept on a re-run" {
    run_install --deb "$DEB1"
    echo 'kiosk.site-name=Kylätalo' >> "$TREE/etc/palvelupiste/palvelupiste.properties"
    echo 'PALVELUPISTE_WATCHDOG_INTERVAL=20' >> "$TREE/etc/palvelupiste/watchdog.conf"
    run_install --deb "$DEB1" --site-name Kirjasto
    [ "$status" -eq 0 ]
    [[ "$output" == *"has kiosk.site-name=Kylätalo"* ]]
    grep -qx 'kiosk.site-name=Kylätalo' "$TREE/etc/palvelupiste/palvelupiste.properties"
    run ! grep -qx 'kiosk.site-name=Kirjasto' "$TREE/etc/palvelupiste/palvelupiste.properties"
    grep -qx 'PALVELUPISTE_WATCHDOG_INTERVAL=20' "$TREE/etc/palvelupiste/watchdog.conf"
}

@test "a kiosk set up before the package: its units, journald file and /opt go, then nothing changes" {
    mkdir -p "$TREE/opt/palvelupiste/bin" "$TREE/etc/systemd/system/multi-user.target.wants" "$TREE/etc/systemd/journald.conf.d"
    make_jar "$TREE/opt/palvelupiste/palvelupiste.jar" "old"
    for u in palvelupiste.service palvelupiste-browser.service; do
        sed 's/^# Part of the palvelupiste package.*/# Installed by provisioning\/install.sh./' "$PROV/files/systemd/$u" > "$TREE/etc/systemd/system/$u"
        ln -s "/etc/systemd/system/$u" "$TREE/etc/systemd/system/multi-user.target.wants/$u"
    done
    printf '[Timer]\nOnUnitActiveSec=30s\n' > "$TREE/etc/systemd/system/palvelupiste-watchdog.timer"
    printf '# Palvelupiste: keep the system log in RAM\n[Journal]\nStorage=volatile\n' > "$TREE/etc/systemd/journald.conf.d/palvelupiste.conf"
    # a unit of the admin's own is left alone
    printf '[Service]\nExecStart=/bin/true\n' > "$TREE/etc/systemd/system/palvelupiste-kiosk.service"
    run_install --deb "$DEB1"
    [ "$status" -eq 0 ]
    [[ "$output" == *"/etc/systemd/system/palvelupiste.service removed"* ]]
    [[ "$output" == *"palvelupiste-watchdog.timer removed"* ]]
    [[ "$output" == *"palvelupiste-kiosk.service was not written by the installer"* ]]
    [ ! -e "$TREE/etc/systemd/system/palvelupiste.service" ]
    [ ! -e "$TREE/etc/systemd/system/palvelupiste-browser.service" ]
    [ ! -e "$TREE/etc/systemd/system/palvelupiste-watchdog.timer" ]
    [ ! -e "$TREE/etc/systemd/journald.conf.d/palvelupiste.conf" ]
    [ ! -e "$TREE/opt/palvelupiste" ]
    [ -e "$TREE/etc/systemd/system/palvelupiste-kiosk.service" ]
    [ "$(readlink "$TREE/etc/systemd/system/multi-user.target.wants/palvelupiste.service")" = /usr/lib/systemd/system/palvelupiste.service ]
    run_install --deb "$DEB1"
    [[ "$output" == *"(0 changes)"* ]]
}

@test "a newer package given to install.sh is installed over the old one, an older one is not" {
    run_install --deb "$DEB1"
    run_install --deb "$DEB2"
    [ "$status" -eq 0 ]
    [[ "$output" == *"package palvelupiste $V2 installed"* ]]
    grep -q "GOOD version-2" "$TREE/usr/share/palvelupiste/palvelupiste-kiosk.jar"
    [ -f "$TREE/var/lib/palvelupiste-packages/palvelupiste_${V1}_all.deb" ]
    [ -f "$TREE/var/lib/palvelupiste-packages/palvelupiste_${V2}_all.deb" ]
    run_install --deb "$DEB1"
    [ "$status" -eq 0 ]
    [[ "$output" == *"A newer version ($V2) is installed"* ]]
    grep -q "GOOD version-2" "$TREE/usr/share/palvelupiste/palvelupiste-kiosk.jar"
}

@test "the newest three packages are kept for rollbacks" {
    run_install --deb "$DEB1"
    run_install --deb "$DEB2"
    for v in 0.1.0~SNAPSHOT.20261203000000 0.1.0; do
        run_install --deb "$(build_test_deb "$v" "GOOD $v" "$BATS_TEST_TMPDIR")"
        [ "$status" -eq 0 ]
    done
    [[ "$output" == *"palvelupiste_${V1}_all.deb removed"* ]]
    run ls "$TREE/var/lib/palvelupiste-packages"
    [ "$output" = "$(printf 'palvelupiste_0.1.0_all.deb\npalvelupiste_0.1.0~SNAPSHOT.20261202000000_all.deb\npalvelupiste_0.1.0~SNAPSHOT.20261203000000_all.deb')" ]
}

@test "USB printer: udev rule for the given ids, port in the settings" {
    run_install --deb "$DEB1" --printer usb --usb-vendor 1A86 --usb-product 7523
    [ "$status" -eq 0 ]
    rule="$TREE/etc/udev/rules.d/60-palvelupiste-printer.rules"
    grep -qx 'SUBSYSTEM=="tty", ATTRS{idVendor}=="1a86", ATTRS{idProduct}=="7523", SYMLINK+="kiosk-printer", GROUP="dialout", MODE="0660"' "$rule"
    [ "$(grep -vc '^#' "$rule")" -eq 1 ]
    grep -qx 'kiosk.printer.port=/dev/kiosk-printer' "$TREE/etc/palvelupiste/palvelupiste.properties"
    grep -qx '/etc/udev/rules.d/60-palvelupiste-printer.rules root:root 0644' "$TREE/palvelupiste-root-mode/ownership.list"
    grep -qx 'udevadm trigger --subsystem-match=tty' "$TREE/palvelupiste-root-mode/skipped-commands.list"
}

@test "USB printer: missing or malformed ids are refused" {
    run_install --deb "$DEB1" --printer usb --usb-vendor 0416
    [ "$status" -ne 0 ]
    [[ "$output" == *"lsusb"* ]]
    run_install --deb "$DEB1" --printer usb --usb-vendor 04160 --usb-product xyz1
    [ "$status" -ne 0 ]
}

@test "GPIO printer: serial console off, UART on, originals kept, idempotent" {
    make_boot "$TREE"
    run_install --deb "$DEB1" --printer gpio
    [ "$status" -eq 0 ]
    cmdline="$TREE/boot/firmware/cmdline.txt"
    [ "$(cat "$cmdline")" = "console=tty1 root=PARTUUID=1234-02 rootfstype=ext4 fsck.repair=yes rootwait quiet" ]
    [ "$(wc -l < "$cmdline")" -eq 1 ]
    config="$TREE/boot/firmware/config.txt"
    [ "$(tail -n 3 "$config" | sed -n '1p;3p' | tr '\n' ' ')" = "[all] enable_uart=1 " ]
    grep -q '^arm_boost=1' "$config"
    grep -q 'console=serial0,115200' "$TREE/boot/firmware/cmdline.txt.palvelupiste-orig"
    grep -qx 'kiosk.printer.port=/dev/serial0' "$TREE/etc/palvelupiste/palvelupiste.properties"
    before="$(tree_sum "$TREE")"
    run_install --deb "$DEB1" --printer gpio
    [[ "$output" == *"(0 changes)"* ]]
    [ "$(tree_sum "$TREE")" = "$before" ]
    [ "$(grep -c '^enable_uart=1' "$config")" -eq 1 ]
}

@test "GPIO printer: enable_uart=0 is turned to 1 in place" {
    make_boot "$TREE"
    printf 'enable_uart=0\ndtparam=audio=on\n' > "$TREE/boot/firmware/config.txt"
    run_install --deb "$DEB1" --printer gpio
    [ "$(cat "$TREE/boot/firmware/config.txt")" = "$(printf 'enable_uart=1\ndtparam=audio=on')" ]
}

@test "GPIO printer on an older layout with /boot/cmdline.txt" {
    mkdir -p "$TREE/boot"
    echo 'console=ttyAMA0,115200 console=tty1 root=/dev/mmcblk0p2' > "$TREE/boot/cmdline.txt"
    echo 'dtparam=audio=on' > "$TREE/boot/config.txt"
    run_install --deb "$DEB1" --printer gpio
    [ "$(cat "$TREE/boot/cmdline.txt")" = "console=tty1 root=/dev/mmcblk0p2" ]
    grep -qx 'enable_uart=1' "$TREE/boot/config.txt"
}

@test "--overlay sets overlayroot with recurse=0 and records raspi-config" {
    make_boot "$TREE"
    run_install --deb "$DEB1" --overlay
    [ "$status" -eq 0 ]
    grep -q ' overlayroot=tmpfs:recurse=0$' "$TREE/boot/firmware/cmdline.txt"
    grep -qx 'raspi-config nonint do_overlayfs 0' "$TREE/palvelupiste-root-mode/skipped-commands.list"
    run_install --deb "$DEB1" --overlay
    [[ "$output" == *"(0 changes)"* ]]
    [ "$(grep -o overlayroot "$TREE/boot/firmware/cmdline.txt" | wc -l)" -eq 1 ]
}
