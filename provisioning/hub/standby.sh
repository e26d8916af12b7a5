#!/bin/bash
# Makes this server's PostgreSQL a hot standby of the hub's database server:
# PostgreSQL's own streaming replication, set up by pg_basebackup -R, nothing
# home-made. The primary must allow it first (install-hub.sh --allow-standby
# THIS-ADDRESS there). Safe to run again: a standby of the same primary is
# left as it is. See ../README.md, "Hub server".
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib/common.sh
. "$HERE/../lib/common.sh"

usage() {
    cat <<'EOF'
Usage: sudo ./standby.sh --primary HOST --password-file FILE [options]

Turns this server's PostgreSQL cluster into a hot standby of the hub's
database on HOST: stops it, moves its data aside (DATA.before-standby-TIME),
copies the primary's with pg_basebackup -R -X stream -S SLOT into the cluster's
data folder and starts it again. It then follows the primary by streaming
replication and answers read-only queries. Needs PostgreSQL of the primary's
major version installed here (apt-get install postgresql). On the primary,
run install-hub.sh --allow-standby THIS-SERVER'S-ADDRESS first. A second run
with the same primary changes nothing.

Options:
  --primary HOST        the primary's address (its name or IP address)
  --password-file FILE  the replication password: a copy of the primary's
                        /etc/palvelupiste-hub/replication.password (root's only)
  --port PORT           the primary's PostgreSQL port [5432]
  --cluster VER/NAME    the cluster here to turn into the standby, e.g. 15/main
                        [the only one in /etc/postgresql]
  --slot NAME           the primary's replication slot [palvelupiste_hub_standby]
  --root DIR            for tests: the server's files are in the directory tree
                        DIR; pg_ctlcluster, pg_basebackup and psql (run as
                        postgres with runuser) are still run: give fakes on PATH
  -h, --help            show this text

Promoting the standby when the primary is lost: see README.md, "Hub server".
EOF
}

PRIMARY=""
PASSWORD_FILE=""
PORT=5432
CLUSTER=""
SLOT=palvelupiste_hub_standby
while (($#)); do
    case "$1" in
        --primary) PRIMARY="${2:?--primary needs an address}"; shift 2 ;;
        --password-file) PASSWORD_FILE="${2:?--password-file needs a file}"; shift 2 ;;
        --port) PORT="${2:?--port needs a number}"; shift 2 ;;
        --cluster) CLUSTER="${2:?--cluster needs VERSION/NAME}"; shift 2 ;;
        --slot) SLOT="${2:?--slot needs a name}"; shift 2 ;;
        --root) ROOT="${2:?--root needs a directory}"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) printf 'Unknown option: %s\n\n' "$1" >&2; usage >&2; exit 2 ;;
    esac
done

[[ -n "$PRIMARY" && -n "$PASSWORD_FILE" ]] || { usage >&2; exit 2; }
[[ "$PRIMARY" =~ ^[A-Za-z0-9][A-Za-z0-9.:-]*$ ]] || die "--primary must be a host name or IP address (not '$PRIMARY')"
[[ "$PORT" =~ ^[0-9]{1,5}$ ]] || die "--port must be a number (not '$PORT')"
[[ "$SLOT" =~ ^[a-z0-9_]+$ ]] || die "--slot must be a replication slot's name: lower-case letters, digits, _ (not '$SLOT')"
[[ -z "$CLUSTER" || "$CLUSTER" =~ ^[0-9]+/[A-Za-z0-9_.-]+$ ]] || die "--cluster must be VERSION/NAME, e.g. 15/main (not '$CLUSTER')"
[[ -r "$PASSWORD_FILE" ]] || die "Cannot read the password file $PASSWORD_FILE"
PASSWORD="$(head -n 1 "$PASSWORD_FILE")"
[[ -n "$PASSWORD" ]] || die "$PASSWORD_FILE is empty: copy the primary's /etc/palvelupiste-hub/replication.password"

if root_mode; then
    ROOT="$(cd "$ROOT" 2>/dev/null && pwd)" || die "No directory tree at $ROOT"
else
    [[ $EUID -eq 0 ]] || die "Please run as root: sudo $0 $*"
fi

REPLICATION_USER=palvelupiste_hub_replication
# Where the standby reads the password whenever it connects to the primary again;
# named in primary_conninfo, so it is postgres's own and stays.
PASSFILE=/var/lib/postgresql/palvelupiste-hub-replication.pgpass

# ---------------------------------------------------------------- the cluster
VER=""
NAME=""
DATA=""
find_cluster() {
    local confs=() c
    if [[ -n "$CLUSTER" ]]; then
        confs=("$(tp "/etc/postgresql/$CLUSTER/postgresql.conf")")
        [[ -f "${confs[0]}" ]] || die "No PostgreSQL cluster $CLUSTER here (/etc/postgresql/$CLUSTER)."
    else
        for c in "$(tp /etc/postgresql)"/*/*/postgresql.conf; do
            [[ -f "$c" ]] && confs+=("$c")
        done
        ((${#confs[@]} > 0)) || die "No PostgreSQL cluster here. Install PostgreSQL of the primary's major version: sudo apt-get install postgresql"
        ((${#confs[@]} == 1)) || die "More than one PostgreSQL cluster here; say which with --cluster VERSION/NAME: $(
            for c in "${confs[@]}"; do c="${c%/postgresql.conf}"; printf '%s ' "${c#"$(tp /etc/postgresql)/"}"; done)"
    fi
    c="${confs[0]%/postgresql.conf}"
    NAME="${c##*/}"
    c="${c%/*}"
    VER="${c##*/}"
    DATA="$(sed -n "s/^[[:space:]]*data_directory[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" "${confs[0]}" | tail -n 1)"
    [[ "$DATA" == /* ]] || die "${confs[0]#"$ROOT"} names no data_directory."
}

running() { pg_ctlcluster "$VER" "$NAME" status >/dev/null 2>&1; }

# A standby of this primary already, with this slot: its data folder says so.
standby_of_primary() {
    [[ -f "$(tp "$DATA/standby.signal")" ]] &&
        grep -Fqs "host=$PRIMARY " "$(tp "$DATA/postgresql.auto.conf")" &&
        grep -Fqxs "primary_slot_name = '$SLOT'" "$(tp "$DATA/postgresql.auto.conf")"
}

take_copy() {
    local aside="" was_running=no conninfo
    aside="$DATA.before-standby-$(date -u +%Y%m%dT%H%M%SZ)"
    say "  PostgreSQL $VER/$NAME gets a copy of $PRIMARY's databases; its data now is kept as $aside"
    if running; then
        was_running=yes
        pg_ctlcluster "$VER" "$NAME" stop
    fi
    if [[ -e "$(tp "$DATA")" ]]; then mv "$(tp "$DATA")" "$(tp "$aside")"; fi
    ensure_dir "$DATA" postgres postgres 0700
    conninfo="host=$PRIMARY port=$PORT user=$REPLICATION_USER passfile=$PASSFILE sslmode=require"
    say "  copying (pg_basebackup; as long as the database is big) ..."
    # -R: standby.signal and primary_conninfo (naming the password file, not the
    # password); -X stream: the WAL of the copy's own time comes along; -S: the
    # primary keeps the WAL this standby still needs in that slot.
    local copied=yes version
    runuser -u postgres -- pg_basebackup -D "$(tp "$DATA")" -R -X stream -S "$SLOT" -c fast -d "$conninfo" || copied=no
    version="$(cat "$(tp "$DATA/PG_VERSION")" 2>/dev/null || true)"
    if [[ $copied == no || "$version" != "$VER" ]]; then
        # Back as it was: the old data, running if it ran.
        rm -rf "$(tp "$DATA")"
        if [[ -e "$(tp "$aside")" ]]; then mv "$(tp "$aside")" "$(tp "$DATA")"; fi
        if [[ $was_running == yes ]]; then pg_ctlcluster "$VER" "$NAME" start; fi
        if [[ $copied == yes ]]; then
            die "The primary runs PostgreSQL $version, this cluster is $VER: a standby needs the same major version. PostgreSQL $VER/$NAME is as it was."
        fi
        die "pg_basebackup could not copy the primary's databases (above); PostgreSQL $VER/$NAME is as it was.
       Does the primary allow this server (install-hub.sh --allow-standby THIS-ADDRESS there),
       is its port $PORT open to it, and is $PASSWORD_FILE a copy of its replication.password?"
    fi
    changed "PostgreSQL $VER/$NAME's data copied from $PRIMARY (slot $SLOT)"
}

# ---------------------------------------------------------------- main
if root_mode; then
    say "Working on the directory tree $ROOT (pg_ctlcluster, pg_basebackup and psql are run from PATH: fakes, in tests)."
fi
find_cluster
say "Checking PostgreSQL $VER/$NAME as a standby of $PRIMARY ..."
ensure_dir "${PASSFILE%/*}" postgres postgres 0755
install_content "$PASSFILE" postgres postgres 0600 <<< "$(pgpass_field "$PRIMARY"):$PORT:replication:$REPLICATION_USER:$(pgpass_field "$PASSWORD")"
if standby_of_primary; then
    say "  it is a standby of $PRIMARY already"
else
    take_copy
fi
set_owner_mode "$DATA" postgres postgres 0700
if ! running; then
    pg_ctlcluster "$VER" "$NAME" start
    changed "PostgreSQL $VER/$NAME started"
fi
[[ "$(pg_query 'SELECT pg_is_in_recovery()')" == t ]] ||
    die "PostgreSQL $VER/$NAME runs, but not as a standby (pg_is_in_recovery() is not true); see /var/log/postgresql/postgresql-$VER-$NAME.log"
receiver="$(pg_query 'SELECT status FROM pg_stat_wal_receiver')"
if [[ "$receiver" == streaming ]]; then
    say "  a hot standby, streaming from $PRIMARY"
else
    warn "PostgreSQL $VER/$NAME is a standby but not streaming from $PRIMARY yet (${receiver:-no WAL receiver}); see /var/log/postgresql/postgresql-$VER-$NAME.log"
fi

if root_mode; then
    ensure_dir /palvelupiste-hub-root-mode root root 0755
    install_content /palvelupiste-hub-root-mode/standby-ownership.list root root 0644 < <(
        for p in "${!OWNERSHIP[@]}"; do printf '%s %s\n' "$p" "${OWNERSHIP[$p]}"; done | sort)
fi

if ((CHANGES == 0)); then
    say "Nothing to do: this server is already a standby of $PRIMARY (0 changes)."
else
    say "Done: $CHANGES change(s) made."
fi
