#!/bin/bash
# Palvelupiste update with automatic rollback: installs a newer palvelupiste
# package and goes back to the previous one when the new version does not
# answer its health check. See README.md, "Updating the application".
#   sudo palvelupiste-update --deb palvelupiste_NEW_all.deb [--timeout SECONDS] [--root DIR]
# Installed on the kiosk as /usr/sbin/palvelupiste-update.
#
# Environment (for tests; defaults in brackets):
#   SYSTEMCTL                      command used for systemctl [systemctl]
#   PALVELUPISTE_HEALTH_URL        health check URL [http://localhost:8080/actuator/health]
#   PALVELUPISTE_HEALTH_TIMEOUT    seconds to wait for it [300, or --timeout]
#   PALVELUPISTE_HEALTH_INTERVAL   seconds between tries [3]
set -euo pipefail

usage() {
    cat <<'TXT'
Usage: sudo palvelupiste-update --deb NEW.deb [--timeout SECONDS] [--root DIR]

Installs a new version of the Palvelupiste package:
  1. stops the application and copies the database aside (<data-dir>/pre-update/),
  2. installs the new package with dpkg; your own settings stay as they are
     (a changed template is put beside them as .dpkg-dist). The package of the
     version running now is kept in /var/lib/palvelupiste-packages/ (install.sh
     and palvelupiste-update keep a copy of every version they install),
  3. starts the application and waits until it answers its health check
     (database changes are made automatically by the new version at start),
  4. if it does not answer in time: installs the previous package again, puts
     the database copy back, starts the old version, and exits with code 1.
Exit codes: 0 updated, 1 update failed and old version restored,
            2 update failed and the old version did not come back either,
            3 nothing done (bad arguments or files).
--root DIR works on the directory tree DIR (tests): dpkg --root DIR.
TXT
}

say() { printf '%s\n' "$*"; }
fail() { printf 'ERROR: %s\n' "$*" >&2; exit 3; }

PACKAGE=palvelupiste
NEW_DEB=""
ROOT=""
TIMEOUT="${PALVELUPISTE_HEALTH_TIMEOUT:-300}"
INTERVAL="${PALVELUPISTE_HEALTH_INTERVAL:-3}"
HEALTH_URL="${PALVELUPISTE_HEALTH_URL:-http://localhost:8080/actuator/health}"
read -r -a SYSTEMCTL_CMD <<< "${SYSTEMCTL:-systemctl}"
KEEP_PACKAGES=3
while (($#)); do
    case "$1" in
        --deb) NEW_DEB="${2:?--deb needs a file}"; shift 2 ;;
        --jar) fail "--jar is gone: the application comes as a package now. Give the package: --deb palvelupiste_VERSION_all.deb" ;;
        --timeout) TIMEOUT="${2:?--timeout needs seconds}"; shift 2 ;;
        --root) ROOT="${2:?--root needs a directory}"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) printf 'Unknown option: %s\n\n' "$1" >&2; usage >&2; exit 3 ;;
    esac
done

[[ -n "$NEW_DEB" ]] || { usage >&2; exit 3; }
[[ -f "$NEW_DEB" ]] || fail "The file '$NEW_DEB' does not exist."
name="$(dpkg-deb --field "$NEW_DEB" Package 2>/dev/null)" ||
    fail "'$NEW_DEB' is not a Debian package (it should be the palvelupiste_VERSION_all.deb you were given)."
[[ "$name" == "$PACKAGE" ]] || fail "'$NEW_DEB' is the package '$name', not $PACKAGE."
NEW_VERSION="$(dpkg-deb --field "$NEW_DEB" Version)"
[[ "$TIMEOUT" =~ ^[0-9]+$ ]] || fail "--timeout must be a number of seconds."
[[ -n "$ROOT" || $EUID -eq 0 ]] || fail "Please run as root: sudo $0 --deb $NEW_DEB"
if [[ -n "$ROOT" ]]; then
    ROOT="$(cd "$ROOT" 2>/dev/null && pwd)" || fail "No directory tree at $ROOT."
    DPKG=(dpkg "--root=$ROOT" --force-script-chrootless)
else
    DPKG=(dpkg)
fi

installed="$(dpkg-query ${ROOT:+"--root=$ROOT"} -W -f='${db:Status-Abbrev} ${Version}' "$PACKAGE" 2>/dev/null || true)"
[[ "$installed" == "ii "* ]] || fail "$PACKAGE is not installed (properly) here: run install.sh first."
OLD_VERSION="${installed##* }"
if [[ "$OLD_VERSION" == "$NEW_VERSION" ]]; then
    say "This version ($NEW_VERSION) is already installed; nothing to do."
    exit 0
fi

# root's only: not in the data folder, where the kiosk's user could put a package for root to install
PACKAGES="$ROOT/var/lib/palvelupiste-packages"
PREVIOUS="$PACKAGES/${PACKAGE}_${OLD_VERSION}_all.deb"
STAGED="$PACKAGES/${PACKAGE}_${NEW_VERSION}_all.deb"

[[ -f "$PREVIOUS" ]] ||
    fail "There is no copy of the installed version $OLD_VERSION to roll back to ($PREVIOUS).
       Put the package of that version there first:
         sudo install -m 0600 ${PACKAGE}_${OLD_VERSION}_all.deb $PACKAGES/"

CONF="$ROOT/etc/palvelupiste/palvelupiste.properties"
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

# install_deb FILE: dpkg -i, keeping local changes to conffiles without asking.
install_deb() {
    DEBIAN_FRONTEND=noninteractive "${DPKG[@]}" --force-confdef --force-confold --force-downgrade -i "$1"
}

# restore_database: the copy made before the update, owned as the data is.
restore_database() {
    if [[ -d "$SNAPSHOT/db" ]]; then
        rm -rf "$DATA_DIR/db"
        cp -a "$SNAPSHOT/db" "$DATA_DIR/db"
        say "  database restored from $SNAPSHOT"
    fi
}

# The newest KEEP_PACKAGES copies stay (by dpkg's version order).
prune_packages() {
    local f v low
    local -a versions=()
    for f in "$PACKAGES/${PACKAGE}"_*_all.deb; do
        v="${f##*/"${PACKAGE}"_}"
        versions+=("${v%_all.deb}")
    done
    while ((${#versions[@]} > KEEP_PACKAGES)); do
        low="${versions[0]}"
        for v in "${versions[@]}"; do
            if dpkg --compare-versions "$v" lt "$low"; then low="$v"; fi
        done
        rm -f "$PACKAGES/${PACKAGE}_${low}_all.deb"
        mapfile -t versions < <(printf '%s\n' "${versions[@]}" | grep -vxF -- "$low")
    done
}

say "Updating Palvelupiste from $OLD_VERSION to $NEW_VERSION ..."
# The package is installed from root's own copy: the file given may be changed
# by whoever owns it while this runs.
tmp="$(mktemp "$PACKAGES/.${PACKAGE}-update.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
cp "$NEW_DEB" "$tmp"
chmod 0600 "$tmp"
sync "$tmp" 2>/dev/null || sync
mv -f "$tmp" "$STAGED"

say "  stopping the application"
"${SYSTEMCTL_CMD[@]}" stop palvelupiste.service

if [[ -d "$DATA_DIR/db" ]]; then
    say "  copying the database to $SNAPSHOT"
    mkdir -p "$SNAPSHOT"
    cp -a "$DATA_DIR/db" "$SNAPSHOT/db"
    # the kiosk's own, like the rest of its data (its retention deletes old copies)
    chown --reference="$DATA_DIR" "$DATA_DIR/pre-update"
    chown -R --reference="$DATA_DIR" "$SNAPSHOT"
    # keep the three newest copies
    find "$DATA_DIR/pre-update" -mindepth 1 -maxdepth 1 -type d | sort | head -n -3 | xargs -r rm -rf
fi

updated=no
say "  installing the new package"
if install_deb "$STAGED"; then
    "${SYSTEMCTL_CMD[@]}" start palvelupiste.service
    say "  waiting up to ${TIMEOUT}s for $HEALTH_URL"
    if healthy_within "$TIMEOUT"; then
        updated=yes
    else
        say "The new version did not answer within ${TIMEOUT}s. Putting the old version back."
        say "  (see what went wrong: journalctl -u palvelupiste -n 100)"
    fi
else
    say "The new package did not install (see dpkg's messages above). Putting the old version back."
fi
if [[ $updated == yes ]]; then
    "${SYSTEMCTL_CMD[@]}" try-restart palvelupiste-browser.service || true
    prune_packages
    say "Update done: $NEW_VERSION is running (the package of $OLD_VERSION is kept in $PACKAGES)."
    exit 0
fi

"${SYSTEMCTL_CMD[@]}" stop palvelupiste.service
# The database first: the old package's set-up starts the application again.
restore_database
rm -f "$PACKAGES/${PACKAGE}"_*_all.deb.failed
mv -f "$STAGED" "$STAGED.failed"
if install_deb "$PREVIOUS"; then
    "${SYSTEMCTL_CMD[@]}" start palvelupiste.service
    if healthy_within "$TIMEOUT"; then
        "${SYSTEMCTL_CMD[@]}" try-restart palvelupiste-browser.service || true
        say "Rolled back: $OLD_VERSION is running again. The package that failed is kept as $STAGED.failed."
        exit 1
    fi
fi
say "ERROR: the previous version does not answer either. Call for help; see README.md, Troubleshooting."
exit 2
