#!/usr/bin/env bats
# shellcheck disable=SC2030,SC2031 # each test runs in its own subshell on purpose
# Runtime scripts: screen schedule and rotation, the labwc session, Chromium flags.
# (The watchdog has its own file, watchdog.bats.)

load helpers
bats_require_minimum_version 1.5.0

setup() {
    STATE="$BATS_TEST_TMPDIR/state"
    FAKEBIN="$BATS_TEST_TMPDIR/bin"
    mkdir -p "$STATE" "$FAKEBIN"
    export PALVELUPISTE_LIB="$PROV/files/lib"
    export PATH="$FAKEBIN:$PATH"
}

@test "display: schedule in the day, over midnight, and always on" {
    # shellcheck source=../files/bin/palvelupiste-display
    source "$PROV/files/bin/palvelupiste-display"
    should_be_on 07:30 07:30 21:00
    should_be_on 12:00 07:30 21:00
    run ! should_be_on 21:00 07:30 21:00
    run ! should_be_on 06:59 07:30 21:00
    should_be_on 23:00 18:00 02:00
    should_be_on 01:59 18:00 02:00
    run ! should_be_on 02:00 18:00 02:00
    should_be_on 03:00 "" ""
}

@test "display: rotation gives the wlr-randr transform and the touch matrix" {
    source "$PROV/files/lib/kiosk-common.sh"
    [ "$(rotation_transform 0)" = normal ]
    [ "$(rotation_transform 90)" = 90 ]
    [ "$(rotation_touch_matrix 0)" = "1 0 0 0 1 0" ]
    [ "$(rotation_touch_matrix 90)" = "0 -1 1 1 0 0" ]
    [ "$(rotation_touch_matrix 180)" = "-1 0 1 0 -1 1" ]
    [ "$(rotation_touch_matrix 270)" = "0 1 0 -1 0 1" ]
    run ! rotation_touch_matrix 45
}

@test "display: apply switches outputs with wlr-randr only when needed" {
    export XDG_RUNTIME_DIR="$BATS_TEST_TMPDIR/run"
    mkdir -p "$XDG_RUNTIME_DIR"
    python3 -c "import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])" "$XDG_RUNTIME_DIR/wayland-0"
    cat > "$FAKEBIN/wlr-randr" <<FAKE
#!/bin/bash
if (( \$# )); then echo "wlr-randr \$*" >> "$STATE/randr"; exit 0; fi
printf 'HDMI-A-1 "Some Monitor"\n  Enabled: yes\n  Modes:\n    1920x1080 px\n  Position: 0,0\n  Transform: normal\n'
FAKE
    chmod +x "$FAKEBIN/wlr-randr"
    conf="$BATS_TEST_TMPDIR/display.conf"
    export PALVELUPISTE_DISPLAY_CONF="$conf"
    printf 'DISPLAY_ON=""\nDISPLAY_OFF=""\nROTATION=0\n' > "$conf"
    run bash "$PROV/files/bin/palvelupiste-display" apply
    [ "$status" -eq 0 ]
    [ ! -e "$STATE/randr" ]
    printf 'DISPLAY_ON=""\nDISPLAY_OFF=""\nROTATION=90\n' > "$conf"
    run bash "$PROV/files/bin/palvelupiste-display" apply
    [ "$(cat "$STATE/randr")" = "wlr-randr --output HDMI-A-1 --on --transform 90" ]
    rm "$STATE/randr"
    run bash "$PROV/files/bin/palvelupiste-display" off
    [ "$(cat "$STATE/randr")" = "wlr-randr --output HDMI-A-1 --off" ]
}

@test "display: without a display session it does nothing, quietly" {
    export XDG_RUNTIME_DIR="$BATS_TEST_TMPDIR/empty-run"
    mkdir -p "$XDG_RUNTIME_DIR"
    run bash "$PROV/files/bin/palvelupiste-display" apply
    [ "$status" -eq 0 ]
    [[ "$output" == *"not running"* ]]
}

@test "browser: the Chromium command line has the kiosk flags" {
    export XDG_RUNTIME_DIR=/run/user/999
    run bash "$PROV/files/bin/palvelupiste-browser" --print-command
    [ "$status" -eq 0 ]
    for flag in --kiosk --noerrdialogs --disable-infobars --no-first-run --disable-session-crashed-bubble \
        --disable-translate --disable-background-networking --disable-component-update \
        --autoplay-policy=no-user-gesture-required --check-for-update-interval=31536000 \
        --overscroll-history-navigation=0 --disable-pinch --remote-debugging-port=9222 \
        --remote-debugging-address=127.0.0.1 --disk-cache-dir=/run/user/999/palvelupiste-chromium/cache; do
        printf '%s\n' "$output" | grep -qx -- "$flag"
    done
    [ "${lines[-1]}" = "http://localhost:8080/" ]
}

@test "browser: README explains every Chromium flag that is used" {
    run bash "$PROV/files/bin/palvelupiste-browser" --print-command
    for flag in "${lines[@]:1:${#lines[@]}-2}"; do
        name="${flag%%=*}"
        grep -q -- "^| \`$name" "$PROV/README.md" || { echo "README lacks $name"; return 1; }
    done
}

@test "session: labwc config gets the touch matrix for the rotation" {
    export XDG_RUNTIME_DIR="$BATS_TEST_TMPDIR/run"
    export PALVELUPISTE_DISPLAY_CONF="$BATS_TEST_TMPDIR/display.conf"
    printf 'ROTATION=270\n' > "$PALVELUPISTE_DISPLAY_CONF"
    printf '#!/bin/bash\necho "labwc $*"\n' > "$FAKEBIN/labwc"
    chmod +x "$FAKEBIN/labwc"
    run bash "$PROV/files/bin/palvelupiste-session"
    [ "$status" -eq 0 ]
    [ "$output" = "labwc -C $XDG_RUNTIME_DIR/palvelupiste-labwc" ]
    grep -q '<calibrationMatrix>0 1 0 -1 0 1</calibrationMatrix>' "$XDG_RUNTIME_DIR/palvelupiste-labwc/rc.xml"
    python3 -c "import sys, xml.dom.minidom as m; m.parse(sys.argv[1])" "$XDG_RUNTIME_DIR/palvelupiste-labwc/rc.xml"
}
