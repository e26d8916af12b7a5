#!/bin/bash
# Palvelupiste application update with automatic rollback. See README.md.
#   sudo ./update.sh --jar palvelupiste-NEW.jar [--timeout SECONDS] [--root DIR]
# Installed on the kiosk as /opt/palvelupiste/bin/palvelupiste-update.
#
# Environment (for tests; defaults in brackets):
#   SYSTEMCTL                      command used for systemctl [systemctl]
#   PALVELUPISTE_HEALTH_URL        health check URL [http://localhost:8080/actuator/health]
#   PALVELUPISTE_HEALTH_TIMEOUT    seconds to wait for it [300, or --timeout]
#   PALVELUPISTE_HEALTH_INTERVAL   seconds between tries [3]
set -euo pipefail

usage() {
    cat <<'TXT'
Usage: sudo palvelupiste-update --jar NEW.jar [--timeout SECONDS] [--root DIR]

Installs a new version of the Palvelupiste application:
  1. stops the application and copies the database aside (<data-dir>/pre-update/),
  2. puts the new jar in place (the old one is kept as palvelupiste.jar.previous),
  3. starts the application and waits until it answers its health check
     (database changes are made automatically by the new version at start),
  4. if it does not answer in time: puts the old jar and the database copy back,
     starts the old version again, and exits with code 1.
Exit codes: 0 updated, 1 update failed and old version restored,
            2 update failed and the old version did not come back either,
            3 nothing done (bad arguments or files).
TXT
}

say() { printf '%s\n' "$*"; }
fail() { printf 'ERROR: %s\n' "$*" >&2; exit 3; }

NEW_JAR=""
ROOT=""
TIMEOUT="${PALVELUPISTE_HEALTH_TIMEOUT:-300}"
INTERVAL="${PALVELUPISTE_HEALTH_INTERVAL:-3}"
HEALTH_URL="${PALVELUPISTE_HEALTH_URL:-http://localhost:8080/actuator/health}"
read -r -a SYSTEMCTL_CMD <<< "${SYSTEMCTL:-systemctl}"
while (($#)); do
    case "$1" in
        --jar) NEW_JAR="${2:?--jar needs a file}"; shift 2 ;;
        --timeout) TIMEOUT="${2:?--timeout needs seconds}"; shift 2 ;;
        --root) ROOT="${2:?--root needs a directory}"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) printf 'Unknown option: %s\n\n' "$1" >&2; usage >&2; exit 3 ;;
    esac
done

[[ -n "$NEW_JAR" ]] || { usage >&2; exit 3; }
[[ -f "$NEW_JAR" ]] || fail "The file '$NEW_JAR' does not exist."
[[ "$(head -c 4 "$NEW_JAR" | od -An -tx1 | tr -d ' \n')" == 504b0304 ]] ||
    fail "'$NEW_JAR' is not a jar file (it should be the palvelupiste .jar you were given)."
[[ "$TIMEOUT" =~ ^[0-9]+$ ]] || fail "--timeout must be a number of seconds."
[[ -n "$ROOT" || $EUID -eq 0 ]] || fail "Please run as root: sudo $0 --jar $NEW_JAR"

APP_DIR="$ROOT/opt/palvelupiste"
JAR="$APP_DIR/palvelupiste.jar"
PREVIOUS="$JAR.previous"
CONF="$ROOT/etc/palvelupiste/palvelupiste.properties"
[[ -f "$JAR" ]] || fail "No installed application at $JAR: run install.sh first."

if cmp -s "$NEW_JAR" "$JAR"; then
    say "This version is already installed; nothing to do."
    exit 0
fi

data_dir="$(sed -n 's/^[[:space:]]*kiosk\.data-dir[[:space:]]*[=:][[:space:]]*//p' "$CONF" 2>/dev/null | tail -n 1)"
DATA_DIR="$ROOT${data_dir:-/var/lib/palvelupiste}"
STAMP="$(date +%Y%m%d-%H%M%S)"
SNAPSHOT="$DATA_DIR/pre-update/$STAMP"

healthy_within() { # seconds
    local deadline=$((SECONDS + $1))
    while :; do
        if curl -fsS --max-time 5 -o /dev/null "$HEALTH_URL" 2>/dev/null; then
            return 0
        fi
        ((SECONDS < deadline)) || return 1
        sleep "$INTERVAL"
    done
}

# replace SRC DEST: copy to a temporary file next to DEST, then rename (atomic).
replace() {
    local tmp
    tmp="$(mktemp "$(dirname "$2")/.palvelupiste-update.XXXXXX")"
    cp "$1" "$tmp"
    chmod 0644 "$tmp"
    sync "$tmp" 2>/dev/null || sync
    mv -f "$tmp" "$2"
}

say "Updating the Palvelupiste application ..."
staged="$(mktemp "$APP_DIR/.palvelupiste.jar.new.XXXXXX")"
trap 'rm -f "$staged"' EXIT
cp "$NEW_JAR" "$staged"
chmod 0644 "$staged"
sync "$staged" 2>/dev/null || sync

say "  stopping the application"
"${SYSTEMCTL_CMD[@]}" stop palvelupiste.service

if [[ -d "$DATA_DIR/db" ]]; then
    say "  copying the database to $SNAPSHOT"
    mkdir -p "$SNAPSHOT"
    cp -a "$DATA_DIR/db" "$SNAPSHOT/db"
    # keep the three newest copies
    find "$DATA_DIR/pre-update" -mindepth 1 -maxdepth 1 -type d | sort | head -n -3 | xargs -r rm -rf
fi

replace "$JAR" "$PREVIOUS"
mv -f "$staged" "$JAR"
say "  new version in place (old one kept as ${PREVIOUS##*/})"

"${SYSTEMCTL_CMD[@]}" start palvelupiste.service
say "  waiting up to ${TIMEOUT}s for $HEALTH_URL"
if healthy_within "$TIMEOUT"; then
    "${SYSTEMCTL_CMD[@]}" try-restart palvelupiste-browser.service || true
    say "Update done: the new version is running."
    exit 0
fi

say "The new version did not answer within ${TIMEOUT}s. Putting the old version back."
say "  (see what went wrong: journalctl -u palvelupiste -n 100)"
"${SYSTEMCTL_CMD[@]}" stop palvelupiste.service
replace "$JAR" "$JAR.failed"
replace "$PREVIOUS" "$JAR"
if [[ -d "$SNAPSHOT/db" ]]; then
    rm -rf "$DATA_DIR/db"
    cp -a "$SNAPSHOT/db" "$DATA_DIR/db"
    say "  database restored from $SNAPSHOT"
fi
"${SYSTEMCTL_CMD[@]}" start palvelupiste.service
if healthy_within "$TIMEOUT"; then
    "${SYSTEMCTL_CMD[@]}" try-restart palvelupiste-browser.service || true
    say "Rolled back: the previous version is running again. The failed jar is kept as ${JAR##*/}.failed."
    exit 1
fi
say "ERROR: the previous version does not answer either. Call for help; see README.md, Troubleshooting."
exit 2
