#!/usr/bin/env bats
# shellcheck disable=SC2030,SC2031 # each test runs in its own subshell on purpose
# The watchdog against a fake application and a fake Chromium (test/fake-kiosk.py: a
# small HTTP server on a free port of 127.0.0.1) and a fake systemctl that records
# what would be restarted. Time is compressed: checks a tenth of a second apart.

load helpers
bats_require_minimum_version 1.5.0

setup() {
    STATE="$BATS_TEST_TMPDIR/state"
    FAKE="$BATS_TEST_TMPDIR/fake"
    FAKEBIN="$BATS_TEST_TMPDIR/bin"
    mkdir -p "$STATE" "$FAKE" "$FAKEBIN"
    python3 "$PROV/test/fake-kiosk.py" "$FAKE" &
    FAKE_PID=$!
    for _ in $(seq 50); do [[ -e "$FAKE/port" ]] && break; sleep 0.1; done
    port="$(cat "$FAKE/port")"

    # systemctl: "show" answers from $STATE/<unit>.active|.invocation; a restart
    # gives the unit a new invocation id, as systemd does. Other calls are recorded.
    cat > "$FAKEBIN/systemctl" <<FAKE
#!/bin/bash
if [[ "\$1" == show ]]; then
    unit="\${*: -1}"
    echo "ActiveState=\$(cat "$STATE/\$unit.active" 2>/dev/null || echo active)"
    echo "InvocationID=\$(cat "$STATE/\$unit.invocation" 2>/dev/null || echo first)"
    exit 0
fi
echo "systemctl \$*" >> "$STATE/calls"
[[ "\$1" == restart ]] && echo "after-restart-\$RANDOM" > "$STATE/\$2.invocation"
exit 0
FAKE
    chmod +x "$FAKEBIN/systemctl"
    export SYSTEMCTL="$FAKEBIN/systemctl"
    export PALVELUPISTE_LIB="$PROV/files/lib"
    export PALVELUPISTE_WATCHDOG_STATE="$STATE/watchdog"
    export PALVELUPISTE_URL="http://localhost:8080/"
    export PALVELUPISTE_HEALTH_URL="http://127.0.0.1:$port/actuator/health"
    export PALVELUPISTE_HEARTBEAT_URL="http://127.0.0.1:$port/kiosk/heartbeat"
    export PALVELUPISTE_DEVTOOLS_URL="http://127.0.0.1:$port"
    export PALVELUPISTE_WATCHDOG_INTERVAL=0.1
    export PALVELUPISTE_WATCHDOG_TIMEOUT=0.5
    export PALVELUPISTE_WATCHDOG_GRACE=0
    export PALVELUPISTE_WATCHDOG_APP_GRACE=0
    # A working kiosk: the app answers, Chromium shows the start page (and, as
    # real Chromium does, its address bar's popup), the page's heartbeat is fresh.
    pages "http://localhost:8080/" "chrome://omnibox-popup.top-chrome/"
    heartbeat 4
}

teardown() {
    kill "$FAKE_PID" 2>/dev/null || true
}

# pages URL...: what Chromium lists on its debugging port, in its own format.
pages() {
    local url first=yes
    {
        printf '['
        for url in "$@"; do
            [[ $first == yes ]] || printf ','
            first=no
            printf ' {\n   "description": "",\n   "id": "%s",\n   "title": "Palvelupiste",\n   "type": "page",\n   "url": "%s",\n   "webSocketDebuggerUrl": "ws://127.0.0.1:9222/devtools/page/x"\n}' "$RANDOM" "$url"
        done
        printf ' ]\n'
    } > "$FAKE/pages"
}
heartbeat() { printf '{"ageSeconds": %s}\n' "$1" > "$FAKE/heartbeat"; }
watchdog() { run bash "$PROV/files/bin/palvelupiste-watchdog" "$@"; }
restarts() { grep -c '^systemctl restart' "$STATE/calls" 2>/dev/null || true; }

@test "a healthy kiosk: nothing is restarted in several checks" {
    watchdog --checks 4
    [ "$status" -eq 0 ]
    [ ! -e "$STATE/calls" ]
    [ "$output" = "" ]
    # the loop really ran four checks, each asking the app and the page
    [ "$(grep -c '^/actuator/health$' "$FAKE/requests")" -eq 4 ]
    [ "$(grep -c '^/kiosk/heartbeat$' "$FAKE/requests")" -eq 4 ]
}

@test "a stale heartbeat restarts the browser on the second check in a row, with the reason logged" {
    heartbeat 75
    watchdog --once
    [ ! -e "$STATE/calls" ]
    [[ "$output" == *"75s old"*"check 1 of 2"* ]]
    watchdog --once
    [ "$(cat "$STATE/calls")" = "systemctl restart palvelupiste-browser.service" ]
    [ "$(grep -c '^Restarting' <<< "$output")" -eq 1 ]
    [[ "$output" == *"Restarting palvelupiste-browser.service: the kiosk page's last heartbeat is 75s old"*"(2 checks in a row)"* ]]
}

@test "a heartbeat stale once and then fresh again restarts nothing" {
    heartbeat 61
    watchdog --once
    heartbeat 3
    watchdog --once
    heartbeat 61
    watchdog --once
    [ ! -e "$STATE/calls" ]
}

@test "the heartbeat limit can be set" {
    heartbeat 75
    PALVELUPISTE_WATCHDOG_HEARTBEAT_LIMIT=90 watchdog --checks 3
    [ ! -e "$STATE/calls" ]
    heartbeat 91
    PALVELUPISTE_WATCHDOG_HEARTBEAT_LIMIT=90 watchdog --checks 2
    [ "$(restarts)" -eq 1 ]
}

@test "no heartbeat since the app started (-1) is waited for during the grace period, stale after it" {
    heartbeat -1
    PALVELUPISTE_WATCHDOG_GRACE=30 watchdog --checks 3
    [ ! -e "$STATE/calls" ]
    [ "$output" = "" ]
    # the same browser, now that its grace period (measured from its start) is over
    sleep 0.3
    PALVELUPISTE_WATCHDOG_GRACE=0.2 watchdog --checks 2
    [ "$(cat "$STATE/calls")" = "systemctl restart palvelupiste-browser.service" ]
    [[ "$output" == *"no heartbeat since the application started"* ]]
}

@test "a browser restarted by systemd gets a new grace period" {
    heartbeat 200
    PALVELUPISTE_WATCHDOG_GRACE=0.2 watchdog --once
    [ "$output" = "" ]
    sleep 0.3
    PALVELUPISTE_WATCHDOG_GRACE=0.2 watchdog --once
    [[ "$output" == *"check 1 of 2"* ]]
    echo second-start > "$STATE/palvelupiste-browser.service.invocation"
    PALVELUPISTE_WATCHDOG_GRACE=0.2 watchdog --once
    [ ! -e "$STATE/calls" ]
    [ "$output" = "" ]
}

@test "after the watchdog restarts the browser, the new browser is not checked during its grace period" {
    heartbeat 75
    PALVELUPISTE_WATCHDOG_GRACE=1 watchdog --once
    sleep 1.1
    # check 1 counts, check 2 restarts, checks 3-5 fall in the new browser's second of grace
    PALVELUPISTE_WATCHDOG_GRACE=1 watchdog --checks 5
    [ "$(restarts)" -eq 1 ]
    [ "$(grep -c 'check 1 of 2' <<< "$output")" -eq 1 ]
}

@test "an application without the heartbeat address restarts nothing and says so once" {
    rm "$FAKE/heartbeat"
    watchdog --checks 3
    [ ! -e "$STATE/calls" ]
    [ "$(grep -c 'No heartbeat from' <<< "$output")" -eq 1 ]
}

@test "a hung application (accepts, never answers) is restarted after N checks, the browser left alone" {
    echo hang > "$FAKE/health"
    PALVELUPISTE_WATCHDOG_APP_FAILS=3 PALVELUPISTE_WATCHDOG_TIMEOUT=0.3 watchdog --checks 2
    [ ! -e "$STATE/calls" ]
    [[ "$output" == *"check 2 of 3"* ]]
    PALVELUPISTE_WATCHDOG_APP_FAILS=3 PALVELUPISTE_WATCHDOG_TIMEOUT=0.3 watchdog --once
    [ "$(cat "$STATE/calls")" = "systemctl restart palvelupiste.service" ]
    [[ "$output" == *"Restarting palvelupiste.service: it has not answered http://127.0.0.1:$port/actuator/health for 3 checks in a row (hung)"* ]]
}

@test "an application that refuses connections while its service runs is restarted after N checks" {
    export PALVELUPISTE_HEALTH_URL="http://127.0.0.1:1/actuator/health"
    PALVELUPISTE_WATCHDOG_APP_FAILS=2 watchdog --checks 2
    [ "$(cat "$STATE/calls")" = "systemctl restart palvelupiste.service" ]
}

@test "a hung application is not restarted while it is starting (grace period)" {
    echo hang > "$FAKE/health"
    PALVELUPISTE_WATCHDOG_APP_FAILS=2 PALVELUPISTE_WATCHDOG_APP_GRACE=30 PALVELUPISTE_WATCHDOG_TIMEOUT=0.2 watchdog --checks 3
    [ ! -e "$STATE/calls" ]
    [[ "$output" == *"started less than 30s ago"* ]]
}

@test "a stopped application (e.g. during an update) is left to systemd and update.sh" {
    echo inactive > "$STATE/palvelupiste.service.active"
    export PALVELUPISTE_HEALTH_URL="http://127.0.0.1:1/actuator/health"
    PALVELUPISTE_WATCHDOG_APP_FAILS=1 watchdog --checks 3
    [ ! -e "$STATE/calls" ]
    [ "$(grep -c 'is inactive, leaving it to systemd' <<< "$output")" -eq 1 ]
}

@test "an application that answers but is not up (503) is not restarted" {
    echo down > "$FAKE/health"
    PALVELUPISTE_WATCHDOG_APP_FAILS=1 watchdog --checks 3
    [ ! -e "$STATE/calls" ]
    [[ "$output" == *"with 503, not up"* ]]
}

@test "when the application answers again the browser is restarted, once" {
    echo hang > "$FAKE/health"
    PALVELUPISTE_WATCHDOG_APP_GRACE=30 PALVELUPISTE_WATCHDOG_TIMEOUT=0.2 watchdog --once
    [ ! -e "$STATE/calls" ]
    echo up > "$FAKE/health"
    watchdog --checks 3
    [ "$(cat "$STATE/calls")" = "systemctl restart palvelupiste-browser.service" ]
    [[ "$output" == *"the application is answering again"* ]]
}

@test "an error page instead of the kiosk restarts the browser on the second check" {
    pages "chrome-error://chromewebdata/"
    watchdog --once
    [ ! -e "$STATE/calls" ]
    [[ "$output" == *"shows no page of http://localhost:8080"*"check 1 of 2"* ]]
    watchdog --once
    [ "$(cat "$STATE/calls")" = "systemctl restart palvelupiste-browser.service" ]
}

@test "a second window or tab (e.g. a visitor's Ctrl+N) restarts the browser" {
    pages "http://localhost:8080/" "chrome://newtab/"
    watchdog --checks 2
    [ "$(cat "$STATE/calls")" = "systemctl restart palvelupiste-browser.service" ]
    [[ "$output" == *"a page outside the kiosk: chrome://newtab/"* ]]
}

@test "Chromium not answering on its debugging port restarts it" {
    rm "$FAKE/pages"
    PALVELUPISTE_WATCHDOG_FAILS=1 watchdog --once
    [[ "$output" == *"does not answer on http://127.0.0.1:$port"* ]]
    [ "$(cat "$STATE/calls")" = "systemctl restart palvelupiste-browser.service" ]
}

@test "settings that are not numbers are refused with the setting's name" {
    PALVELUPISTE_WATCHDOG_INTERVAL=soon watchdog --once
    [ "$status" -eq 1 ]
    [[ "$output" == *"PALVELUPISTE_WATCHDOG_INTERVAL must be a number of seconds"* ]]
    PALVELUPISTE_WATCHDOG_APP_FAILS=0 watchdog --once
    [ "$status" -eq 1 ]
    [[ "$output" == *"PALVELUPISTE_WATCHDOG_APP_FAILS must be a whole number"* ]]
    PALVELUPISTE_WATCHDOG_FAILS=two watchdog --once
    [ "$status" -eq 1 ]
    [[ "$output" == *"PALVELUPISTE_WATCHDOG_FAILS must be a whole number"* ]]
    # 0 would check without a pause, or wait for an answer for ever
    PALVELUPISTE_WATCHDOG_INTERVAL=0 watchdog --once
    [ "$status" -eq 1 ]
    PALVELUPISTE_WATCHDOG_TIMEOUT=0.0 watchdog --once
    [ "$status" -eq 1 ]
    watchdog --checks many
    [ "$status" -ne 0 ]
    [ ! -e "$STATE/calls" ]
}

@test "watchdog.conf names every setting the watchdog reads, each explained, all off by default" {
    conf="$PROV/files/etc/watchdog.conf"
    script="$PROV/files/bin/palvelupiste-watchdog"
    while read -r name; do
        [[ "$name" == PALVELUPISTE_WATCHDOG_STATE ]] && continue
        grep -q "^#$name=" "$conf" || { echo "watchdog.conf lacks $name"; return 1; }
        grep -q "$name" "$PROV/README.md" || { echo "README lacks $name"; return 1; }
    done < <(grep -o 'PALVELUPISTE_WATCHDOG_[A-Z][A-Z_]*' "$script" | sort -u)
    run grep -c '^PALVELUPISTE' "$conf"
    [ "$output" -eq 0 ]
    run awk '/^#PALVELUPISTE_/ { if (prev !~ /^# /) { print "unexplained: " $0; bad=1 } } { prev=$0 } END { exit bad }' "$conf"
    [ "$status" -eq 0 ]
    # the defaults written in the file are the script's defaults
    while IFS='=' read -r name value; do
        grep -q "\"\${$name:-$value}\"" "$script" || { echo "default of $name differs"; return 1; }
    done < <(sed -n 's/^#\(PALVELUPISTE_WATCHDOG_[A-Z_]*=.*\)/\1/p' "$conf")
}

@test "the watchdog service runs for ever with its settings file and is restarted if it stops" {
    unit="$PROV/files/systemd/palvelupiste-watchdog.service"
    grep -qx 'Type=simple' "$unit"
    grep -qx 'Restart=always' "$unit"
    grep -qx 'EnvironmentFile=-/etc/palvelupiste/watchdog.conf' "$unit"
    grep -qx 'ExecStart=/usr/share/palvelupiste/bin/palvelupiste-watchdog' "$unit"
    grep -qx 'WantedBy=multi-user.target' "$unit"
}
