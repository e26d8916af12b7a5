#!/usr/bin/env bats
# install.sh --root: files, users, permissions, idempotency, printer, boot files.

load helpers
bats_require_minimum_version 1.5.0

setup() {
    TREE="$BATS_TEST_TMPDIR/tree"
    JAR="$BATS_TEST_TMPDIR/app.jar"
    make_jar "$JAR" "version-1"
}

@test "--help explains the options" {
    run bash "$PROV/install.sh" --help
    [ "$status" -eq 0 ]
    [[ "$output" == *"--jar PATH"* ]]
    [[ "$output" == *"--root DIR"* ]]
    [[ "$output" == *"--printer TYPE"* ]]
}

@test "an unknown option is refused with the usage text" {
    run bash "$PROV/install.sh" --bogus
    [ "$status" -eq 2 ]
    [[ "$output" == *"Unknown option: --bogus"* ]]
}

@test "a first install without --jar says what is missing" {
    run_install
    [ "$status" -ne 0 ]
    [[ "$output" == *"give it with --jar"* ]]
}

@test "installs application, scripts, units and settings into the tree" {
    run_install --jar "$JAR"
    [ "$status" -eq 0 ]
    cmp "$JAR" "$TREE/opt/palvelupiste/palvelupiste.jar"
    [ -L "$TREE/opt/palvelupiste/jre" ]
    for f in palvelupiste-session palvelupiste-browser palvelupiste-watchdog palvelupiste-display palvelupiste-update; do
        [ -x "$TREE/opt/palvelupiste/bin/$f" ]
    done
    for u in palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service \
        palvelupiste-watchdog.service palvelupiste-display.service palvelupiste-display.timer; do
        [ -f "$TREE/etc/systemd/system/$u" ]
    done
    cmp "$PROV/files/etc/watchdog.conf" "$TREE/etc/palvelupiste/watchdog.conf"
    [ -f "$TREE/etc/chromium/policies/managed/palvelupiste.json" ]
    [ -f "$TREE/etc/palvelupiste/palvelupiste.properties" ]
    grep -qx 'DISPLAY_ON=07:30' "$TREE/etc/palvelupiste/display.conf"
    grep -qx 'DISPLAY_OFF=21:00' "$TREE/etc/palvelupiste/display.conf"
    grep -qx 'ROTATION=0' "$TREE/etc/palvelupiste/display.conf"
    grep -qx 'Storage=volatile' "$TREE/etc/systemd/journald.conf.d/palvelupiste.conf"
    grep -qx 'RuntimeMaxUse=32M' "$TREE/etc/systemd/journald.conf.d/palvelupiste.conf"
    grep -q pam_systemd.so "$TREE/etc/pam.d/palvelupiste-kiosk"
    [ ! -e "$TREE/etc/udev/rules.d/60-palvelupiste-printer.rules" ]
}

@test "the app service runs the jar as asked" {
    run_install --jar "$JAR"
    unit="$TREE/etc/systemd/system/palvelupiste.service"
    grep -q -- '--spring.config.additional-location=file:/etc/palvelupiste/palvelupiste.properties' "$unit"
    grep -q -- '--enable-native-access=ALL-UNNAMED' "$unit"
    grep -q -- '-Xmx256m' "$unit"
    grep -q -- '-Djava.io.tmpdir=/var/lib/palvelupiste/tmp' "$unit"
    for line in Restart=on-failure NoNewPrivileges=yes ProtectSystem=strict \
        ReadWritePaths=/var/lib/palvelupiste ProtectHome=yes PrivateTmp=yes User=kiosk; do
        grep -qx "$line" "$unit"
    done
    grep -q '^MemoryMax=' "$unit"
    grep -qx 'Restart=always' "$TREE/etc/systemd/system/palvelupiste-browser.service"
}

@test "passwd and group fragments describe the kiosk user" {
    run_install --jar "$JAR"
    rec="$TREE/palvelupiste-root-mode"
    grep -qx 'kiosk:x:SYSTEM:SYSTEM:Palvelupiste kiosk:/var/lib/palvelupiste:/usr/sbin/nologin' "$rec/passwd.fragment"
    for g in dialout video render input; do grep -qx "$g:x::kiosk" "$rec/group.fragment"; done
    run ! grep -q '^gpio:' "$rec/group.fragment"
    grep -q 'apt-get install' "$rec/skipped-commands.list"
    grep -qx 'systemctl enable --now palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service palvelupiste-watchdog.service palvelupiste-display.timer' "$rec/skipped-commands.list"
}

@test "the gpio group is used where the tree has one" {
    mkdir -p "$TREE/etc"
    printf 'root:x:0:\ndialout:x:20:\nvideo:x:44:\ngpio:x:997:\n' > "$TREE/etc/group"
    run_install --jar "$JAR"
    grep -qx 'gpio:x::kiosk' "$TREE/palvelupiste-root-mode/group.fragment"
    grep -qx 'dialout:x::kiosk' "$TREE/palvelupiste-root-mode/group.fragment"
    run ! grep -q '^render:' "$TREE/palvelupiste-root-mode/group.fragment"
}

@test "settings are 0640 root:kiosk and the data directory 0750 kiosk" {
    run_install --jar "$JAR"
    [ "$(stat -c %a "$TREE/etc/palvelupiste/palvelupiste.properties")" = 640 ]
    [ "$(stat -c %a "$TREE/etc/palvelupiste")" = 750 ]
    [ "$(stat -c %a "$TREE/var/lib/palvelupiste")" = 750 ]
    [ "$(stat -c %a "$TREE/var/lib/palvelupiste/tmp")" = 700 ]
    own="$TREE/palvelupiste-root-mode/ownership.list"
    grep -qx '/etc/palvelupiste/palvelupiste.properties root:kiosk 0640' "$own"
    grep -qx '/etc/palvelupiste root:kiosk 0750' "$own"
    grep -qx '/var/lib/palvelupiste kiosk:kiosk 0750' "$own"
    grep -qx '/opt/palvelupiste/palvelupiste.jar root:root 0644' "$own"
}

# That every key is one the application knows is checked by kiosk-app's ConfigurationTemplateTest.
@test "the settings template is installed with its keys, each explained" {
    run_install --jar "$JAR"
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
    run_install --jar "$JAR" --printer usb --usb-vendor 0416 --usb-product 5011
    [ "$status" -eq 0 ]
    [[ "$output" == *"change(s) made"* ]]
    before="$(tree_sum "$TREE")"
    run_install --jar "$JAR" --printer usb --usb-vendor 0416 --usb-product 5011
    [ "$status" -eq 0 ]
    [[ "$output" == *"Nothing to do"*"(0 changes)"* ]]
    [[ "$output" != *"changed:"* ]]
    [ "$(tree_sum "$TREE")" = "$before" ]
}

@test "own edits of the settings are kept on a re-run" {
    run_install --jar "$JAR"
    echo 'kiosk.site-name=Kylätalo' >> "$TREE/etc/palvelupiste/palvelupiste.properties"
    echo 'PALVELUPISTE_WATCHDOG_INTERVAL=20' >> "$TREE/etc/palvelupiste/watchdog.conf"
    run_install --jar "$JAR"
    [ "$status" -eq 0 ]
    grep -qx 'kiosk.site-name=Kylätalo' "$TREE/etc/palvelupiste/palvelupiste.properties"
    grep -qx 'PALVELUPISTE_WATCHDOG_INTERVAL=20' "$TREE/etc/palvelupiste/watchdog.conf"
}

@test "an update from the timer-driven watchdog removes the old timer, then changes nothing" {
    run_install --jar "$JAR"
    printf '[Timer]\nOnUnitActiveSec=30s\n' > "$TREE/etc/systemd/system/palvelupiste-watchdog.timer"
    run_install --jar "$JAR"
    [ "$status" -eq 0 ]
    [[ "$output" == *"palvelupiste-watchdog.timer removed"* ]]
    [ ! -e "$TREE/etc/systemd/system/palvelupiste-watchdog.timer" ]
    run_install --jar "$JAR"
    [[ "$output" == *"(0 changes)"* ]]
}

@test "a new jar given to install.sh replaces the old one" {
    run_install --jar "$JAR"
    make_jar "$BATS_TEST_TMPDIR/v2.jar" "version-2"
    run_install --jar "$BATS_TEST_TMPDIR/v2.jar"
    [[ "$output" == *"palvelupiste.jar written"* ]]
    cmp "$BATS_TEST_TMPDIR/v2.jar" "$TREE/opt/palvelupiste/palvelupiste.jar"
}

@test "USB printer: udev rule for the given ids, port in the settings" {
    run_install --jar "$JAR" --printer usb --usb-vendor 1A86 --usb-product 7523
    [ "$status" -eq 0 ]
    rule="$TREE/etc/udev/rules.d/60-palvelupiste-printer.rules"
    grep -qx 'SUBSYSTEM=="tty", ATTRS{idVendor}=="1a86", ATTRS{idProduct}=="7523", SYMLINK+="kiosk-printer", GROUP="dialout", MODE="0660"' "$rule"
    [ "$(grep -vc '^#' "$rule")" -eq 1 ]
    grep -qx 'kiosk.printer.port=/dev/kiosk-printer' "$TREE/etc/palvelupiste/palvelupiste.properties"
}

@test "USB printer: missing or malformed ids are refused" {
    run_install --jar "$JAR" --printer usb --usb-vendor 0416
    [ "$status" -ne 0 ]
    [[ "$output" == *"lsusb"* ]]
    run_install --jar "$JAR" --printer usb --usb-vendor 04160 --usb-product xyz1
    [ "$status" -ne 0 ]
}

@test "GPIO printer: serial console off, UART on, originals kept, idempotent" {
    make_boot "$TREE"
    run_install --jar "$JAR" --printer gpio
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
    run_install --jar "$JAR" --printer gpio
    [[ "$output" == *"(0 changes)"* ]]
    [ "$(tree_sum "$TREE")" = "$before" ]
    [ "$(grep -c '^enable_uart=1' "$config")" -eq 1 ]
}

@test "GPIO printer: enable_uart=0 is turned to 1 in place" {
    make_boot "$TREE"
    printf 'enable_uart=0\ndtparam=audio=on\n' > "$TREE/boot/firmware/config.txt"
    run_install --jar "$JAR" --printer gpio
    [ "$(cat "$TREE/boot/firmware/config.txt")" = "$(printf 'enable_uart=1\ndtparam=audio=on')" ]
}

@test "GPIO printer on an older layout with /boot/cmdline.txt" {
    mkdir -p "$TREE/boot"
    echo 'console=ttyAMA0,115200 console=tty1 root=/dev/mmcblk0p2' > "$TREE/boot/cmdline.txt"
    echo 'dtparam=audio=on' > "$TREE/boot/config.txt"
    run_install --jar "$JAR" --printer gpio
    [ "$(cat "$TREE/boot/cmdline.txt")" = "console=tty1 root=/dev/mmcblk0p2" ]
    grep -qx 'enable_uart=1' "$TREE/boot/config.txt"
}

@test "--overlay sets overlayroot with recurse=0 and records raspi-config" {
    make_boot "$TREE"
    run_install --jar "$JAR" --overlay
    [ "$status" -eq 0 ]
    grep -q ' overlayroot=tmpfs:recurse=0$' "$TREE/boot/firmware/cmdline.txt"
    grep -qx 'raspi-config nonint do_overlayfs 0' "$TREE/palvelupiste-root-mode/skipped-commands.list"
    run_install --jar "$JAR" --overlay
    [[ "$output" == *"(0 changes)"* ]]
    [ "$(grep -o overlayroot "$TREE/boot/firmware/cmdline.txt" | wc -l)" -eq 1 ]
}
