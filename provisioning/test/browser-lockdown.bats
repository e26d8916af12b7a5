#!/usr/bin/env bats
# shellcheck disable=SC2030,SC2031 # each test runs in its own subshell on purpose
# The locked-down kiosk browser: Chromium's enterprise policy file as the package installs
# it, the keys the labwc session keeps from Chromium, and (where Chromium is installed,
# always in CI) the policy in a real Chromium.

load helpers
bats_require_minimum_version 1.5.0

# One package for all tests here, unpacked: they only read it.
setup_file() {
    export TREE="$BATS_FILE_TMPDIR/tree"
    deb="$(build_test_deb 1.0 "version-1" "$BATS_FILE_TMPDIR")"
    dpkg-deb -x "$deb" "$TREE"
    dpkg-deb --contents "$deb" > "$BATS_FILE_TMPDIR/contents"
}

setup() {
    POLICY="$TREE/etc/chromium/policies/managed/palvelupiste.json"
    CHROMIUM="${PALVELUPISTE_TEST_CHROMIUM:-/usr/lib/chromium/chromium}"
    export PALVELUPISTE_LIB="$PROV/files/lib"
}

# policy_check PYTHON: runs Python code with `p` = the installed policy.
policy_check() {
    python3 -c "import json, sys
p = json.load(open(sys.argv[1]))
$1" "$POLICY"
}

@test "the package installs the policy file root-owned and readable, as valid JSON" {
    [ -f "$POLICY" ]
    grep -q '^-rw-r--r-- root/root .* ./etc/chromium/policies/managed/palvelupiste.json$' "$BATS_FILE_TMPDIR/contents"
    grep -q '^drwxr-xr-x root/root .* ./etc/chromium/policies/managed/$' "$BATS_FILE_TMPDIR/contents"
    python3 -m json.tool "$POLICY" > /dev/null
    cmp "$PROV/files/etc/chromium/policies/managed/palvelupiste.json" "$POLICY"
}

@test "the policy locks down everything the kiosk does not need" {
    policy_check '
want = {
    "DeveloperToolsAvailability": 2, "DownloadRestrictions": 3, "PrintingEnabled": False,
    "PasswordManagerEnabled": False, "AutofillAddressEnabled": False, "AutofillCreditCardEnabled": False,
    "TranslateEnabled": False, "IncognitoModeAvailability": 1, "BrowserSignin": 0, "SyncDisabled": True,
    "BrowserGuestModeEnabled": False, "BrowserAddPersonEnabled": False, "AllowFileSelectionDialogs": False,
    "DefaultPopupsSetting": 2, "DefaultSearchProviderEnabled": False, "IntensiveWakeUpThrottlingEnabled": False,
}
bad = {k: p.get(k, "(missing)") for k, v in want.items() if p.get(k, "(missing)") != v or type(p.get(k)) is not type(v)}
assert not bad, bad'
}

@test "only the kiosk's own addresses may be opened; file://, chrome:// and page source are blocked" {
    policy_check '
block, allow = p["URLBlocklist"], p["URLAllowlist"]
for entry in ["*", "file://*", "chrome://*", "chrome-untrusted://*", "devtools://*", "view-source:*", "javascript://*"]:
    assert entry in block, entry
assert sorted(allow) == sorted(["http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080"]), allow
assert all("*" not in a for a in allow), allow'
}

@test "the staff, admin and log-in pages are blocked at every kiosk address" {
    policy_check '
for origin in p["URLAllowlist"]:
    for path in ["/staff", "/admin", "/login", "/password"]:
        assert origin + path in p["URLBlocklist"], origin + path
# a blocked path must not be allowed again by a longer allowlist entry
assert not [a for a in p["URLAllowlist"] if "/" in a.split("//", 1)[1]], p["URLAllowlist"]'
}

@test "the page the launcher opens is allowed, and new tabs and the home key open it too" {
    export XDG_RUNTIME_DIR=/run/user/999
    run bash "$PROV/files/bin/palvelupiste-browser" --print-command
    kiosk_url="${lines[-1]}"
    origin="$(sed -E 's#^([a-z]+://[^/]+).*#\1#' <<< "$kiosk_url")"
    policy_check "
assert '$origin' in p['URLAllowlist'], p['URLAllowlist']
assert p['NewTabPageLocation'] == '$kiosk_url', p['NewTabPageLocation']
assert p['HomepageLocation'] == '$kiosk_url' and p['HomepageIsNewTabPage'] is False"
    # the watchdog's debugging port stays on the Pi itself
    printf '%s\n' "${lines[@]}" | grep -qx -- --remote-debugging-address=127.0.0.1
}

@test "README explains every policy in the file" {
    for name in $(python3 -c 'import json, sys; print(" ".join(json.load(open(sys.argv[1]))))' "$POLICY"); do
        grep -q -- "^| \`$name\`" "$PROV/README.md" || { echo "README lacks $name"; return 1; }
    done
}

@test "every policy name is one this Chromium knows" {
    [[ -x "$CHROMIUM" ]] || needs "Chromium at $CHROMIUM (Debian: apt-get install chromium)"
    names="$(python3 -c 'import json, sys; print("\n".join(json.load(open(sys.argv[1]))))' "$POLICY")"
    known="$(LC_ALL=C grep -a -o -w -F -f <(printf '%s\n' "$names") "$CHROMIUM" | sort -u)"
    run comm -23 <(sort -u <<< "$names") <(printf '%s\n' "$known")
    [ "$status" -eq 0 ]
    [ "$output" = "" ] || { echo "unknown to $CHROMIUM: $output"; return 1; }
}

@test "real Chromium with the policy: kiosk pages open, staff pages and everything else are blocked, the debugging port answers" {
    [[ -x "$CHROMIUM" ]] || needs "Chromium at $CHROMIUM (Debian: apt-get install chromium)"
    if unshare --mount --net true 2> /dev/null; then
        ns=(unshare --mount --net)
    elif unshare --map-root-user --mount --net true 2> /dev/null; then
        ns=(unshare --map-root-user --mount --net)
    else
        needs "a private mount and network namespace (unshare), to give Chromium the policy without touching /etc"
    fi
    work="$BATS_TEST_TMPDIR/chromium"
    mkdir -p "$work"
    printf '<html><head><title>FILE</title></head></html>' > "$work/page.html"
    allowed=(/display /ticket/123 /signup /signup/change /ride /forms /forms/abc /queue/q1/priority)
    blocked=(/staff /staff/printer /admin /admin/users /login "/login?error" /password)
    urls=()
    for path in "${allowed[@]}" "${blocked[@]}"; do urls+=("http://localhost:8080$path"); done
    urls+=(http://127.0.0.1:8080/display "http://[::1]:8080/forms" http://127.0.0.1:8080/staff "http://[::1]:8080/admin/users"
        http://localhost:8081/ https://localhost:8080/ "file://$work/page.html" chrome://version/ chrome://settings/
        "view-source:http://localhost:8080/" "data:text/html,<title>DATA</title>" chrome://newtab/)
    run timeout 60 "${ns[@]}" bash "$PROV/test/policy-in-chromium.sh" "$POLICY" "$work" "${urls[@]}"
    [ "$status" -eq 0 ] || { echo "$output"; cat "$work/chromium.log"; return 1; }
    shown="$output"
    echo "$shown" # shown if the test fails
    title_of() { # URL -> the title of the page Chromium shows for it
        awk -F '\t' -v u="$1" '$2 == u { print $1; exit }' <<< "$shown"
    }
    # the start page, with the debugging port answering despite DeveloperToolsAvailability
    [ "$(title_of http://localhost:8080/)" = "APP:/" ]
    for path in "${allowed[@]}"; do
        [ "$(title_of "http://localhost:8080$path")" = "APP:$path" ] || { echo "not opened: $path"; return 1; }
    done
    [ "$(title_of http://127.0.0.1:8080/display)" = "APP:/display" ]
    [ "$(title_of "http://[::1]:8080/forms")" = "APP:/forms" ]
    for path in "${blocked[@]}"; do
        [[ "$(title_of "http://localhost:8080$path")" != APP:* ]] || { echo "not blocked: $path"; return 1; }
        if grep -qF " ${path%%\?*}" "$work/requests"; then echo "the app was asked for $path"; return 1; fi
    done
    for url in http://127.0.0.1:8080/staff "http://[::1]:8080/admin/users" http://localhost:8081/ https://localhost:8080/; do
        t="$(title_of "$url")"
        [[ -n "$t" && "$t" != APP:* ]] || { echo "not blocked: $url ($t)"; return 1; }
    done
    if grep -v '^8081 /ready$' "$work/requests" | grep -q '^8081 '; then echo "port 8081 was reached"; return 1; fi
    [ "$(title_of "file://$work/page.html")" != FILE ]
    [ "$(title_of chrome://version/)" != "About Version" ]
    [ "$(title_of chrome://settings/)" != Settings ]
    [ "$(title_of "view-source:http://localhost:8080/")" = localhost ]
    [ "$(title_of "data:text/html,<title>DATA</title>")" != DATA ]
    # a new tab opens the kiosk start page
    [ "$(title_of chrome://newtab/)" = "APP:/" ]
}

# ---- the keyboard: shortcuts a visitor's USB keyboard must not reach Chromium with

session() {
    export XDG_RUNTIME_DIR="$BATS_TEST_TMPDIR/run"
    export PALVELUPISTE_LIB="$PROV/files/lib"
    export PALVELUPISTE_DISPLAY_CONF="$BATS_TEST_TMPDIR/display.conf"
    mkdir -p "$BATS_TEST_TMPDIR/bin"
    cat > "$BATS_TEST_TMPDIR/bin/labwc" <<'FAKE'
#!/bin/bash
echo "XKB_DEFAULT_OPTIONS=$XKB_DEFAULT_OPTIONS"
FAKE
    chmod +x "$BATS_TEST_TMPDIR/bin/labwc"
    PATH="$BATS_TEST_TMPDIR/bin:$PATH" run bash "$PROV/files/bin/palvelupiste-session"
    [ "$status" -eq 0 ]
    RC_XML="$XDG_RUNTIME_DIR/palvelupiste-labwc/rc.xml"
}

@test "keyboard: the session binds the browser's shortcuts in labwc, so they never reach Chromium" {
    session
    run python3 - "$RC_XML" <<'PY'
import sys, xml.etree.ElementTree as ET
binds = ET.parse(sys.argv[1]).getroot().findall("./keyboard/keybind")
keys = {b.get("key") for b in binds}
# in labwc a binding whose only action is None removes the binding: the key would pass
passing = [b.get("key") for b in binds if [a.get("name") for a in b.findall("action")] in ([], ["None"])]
assert not passing, passing
wanted = ["C-n", "C-S-n", "C-t", "C-w", "A-F4", "F12", "C-S-i", "C-u", "C-l", "A-d", "F6",
          "C-o", "C-s", "C-p", "C-h", "C-j", "S-Escape", "Menu", "S-F10", "A-Left", "A-Home", "C-plus"]
missing = [k for k in wanted if k not in keys]
assert not missing, missing
PY
    [ "$status" -eq 0 ] || { echo "$output"; return 1; }
}

@test "keyboard: every bound key is one labwc understands (else it shows an error on the kiosk screen)" {
    session
    python3 -c 'import ctypes.util, sys; sys.exit(0 if ctypes.util.find_library("xkbcommon") else 1)' ||
        needs "libxkbcommon (Debian: libxkbcommon0, which chromium depends on)"
    run python3 - "$RC_XML" <<'PY'
import ctypes, ctypes.util, sys, xml.etree.ElementTree as ET
xkb = ctypes.CDLL(ctypes.util.find_library("xkbcommon"))
xkb.xkb_keysym_from_name.restype = ctypes.c_uint32
modifiers = {"S", "C", "A", "W", "M", "H", "Mod1", "Mod3", "Mod4", "Mod5"}
bad = []
for bind in ET.parse(sys.argv[1]).getroot().findall("./keyboard/keybind"):
    *mods, key = bind.get("key").split("-")
    if any(m not in modifiers for m in mods) or xkb.xkb_keysym_from_name(key.encode(), 0) == 0:
        bad.append(bind.get("key"))
assert not bad, bad
PY
    [ "$status" -eq 0 ] || { echo "$output"; return 1; }
}

@test "keyboard: Ctrl+Alt+F1..F12 do not switch to a text console, other keyboard options are kept" {
    session
    [ "$output" = "XKB_DEFAULT_OPTIONS=srvrkeys:none" ]
    XKB_DEFAULT_OPTIONS=grp:alt_shift_toggle session
    [ "$output" = "XKB_DEFAULT_OPTIONS=grp:alt_shift_toggle,srvrkeys:none" ]
}
