# shellcheck shell=bash
# Shared helpers for install.sh and hub/install-hub.sh. Sourced, never run on its own.
#
# Every helper compares what is there with what should be there and only then
# writes, so a second run of the installer changes nothing and can say so.
# In --root mode (ROOT != "") all paths are inside the tree, nothing is chown'ed
# (the package's user does not exist there); wanted owners are recorded instead.

ROOT="${ROOT:-}"
CHANGES=0
# Wanted owner and mode of every path handled, written out in --root mode.
# shellcheck disable=SC2034 # read by install.sh
declare -A OWNERSHIP=()

say()  { printf '%s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# Path inside the target tree.
tp() { printf '%s%s' "$ROOT" "$1"; }

changed() {
    CHANGES=$((CHANGES + 1))
    say "  changed: $*"
}

root_mode() { [[ -n "$ROOT" ]]; }

# set_owner_mode PATH OWNER GROUP MODE  (PATH without ROOT prefix)
set_owner_mode() {
    local path="$1" owner="$2" group="$3" mode="$4" real
    real="$(tp "$path")"
    # shellcheck disable=SC2034 # read by install.sh
    OWNERSHIP["$path"]="$owner:$group $mode"
    if [[ ! -L "$real" && "$(stat -c '%a' "$real")" != "${mode#0}" ]]; then
        chmod "$mode" "$real"
        changed "$path mode $mode"
    fi
    if ! root_mode && [[ "$(stat -c '%U:%G' "$real")" != "$owner:$group" ]]; then
        chown "$owner:$group" "$real"
        changed "$path owner $owner:$group"
    fi
}

# ensure_dir PATH OWNER GROUP MODE
ensure_dir() {
    local path="$1" real
    real="$(tp "$path")"
    if [[ ! -d "$real" ]]; then
        mkdir -p "$real"
        changed "$path created"
    fi
    set_owner_mode "$@"
}

# install_content DEST OWNER GROUP MODE   (content on stdin)
install_content() {
    local dest="$1" real tmp
    real="$(tp "$dest")"
    tmp="$(mktemp "$(dirname "$real")/.palvelupiste.XXXXXX")"
    cat > "$tmp"
    if [[ -f "$real" ]] && cmp -s "$tmp" "$real"; then
        rm -f "$tmp"
    else
        chmod "$4" "$tmp"
        mv -f "$tmp" "$real"
        changed "$dest written"
    fi
    set_owner_mode "$@"
}

# write_root_records: in a --root run, what ownership the tree's files would have had and which commands were not
# run, written into the tree's $RECORD_DIR (each installer names its own) for the tests to read.
write_root_records() {
    local p
    ensure_dir "$RECORD_DIR" root root 0755
    install_content "$RECORD_DIR/ownership.list" root root 0644 < <(
        for p in "${!OWNERSHIP[@]}"; do printf '%s %s\n' "$p" "${OWNERSHIP[$p]}"; done | sort)
    install_content "$RECORD_DIR/skipped-commands.list" root root 0644 < <(printf '%s\n' "${SKIPPED[@]}")
}

# install_file SRC DEST OWNER GROUP MODE
install_file() {
    local src="$1"
    shift
    install_content "$@" < "$src"
}

# install_if_missing SRC DEST OWNER GROUP MODE: never overwrite the site's own edits.
install_if_missing() {
    local src="$1" dest="$2"
    if [[ -e "$(tp "$dest")" ]]; then
        set_owner_mode "${@:2}"
    else
        install_file "$@"
    fi
}

# ensure_symlink TARGET LINK
ensure_symlink() {
    local target="$1" link="$2" real
    real="$(tp "$link")"
    if [[ -L "$real" && "$(readlink "$real")" == "$target" ]]; then
        return 0
    fi
    ln -sfn "$target" "$real"
    changed "$link -> $target"
}

# Reads one key from a Java properties file (last uncommented occurrence wins).
prop_get() {
    local file="$1" key="$2"
    [[ -r "$file" ]] || return 0
    sed -n "s/^[[:space:]]*${key//./\\.}[[:space:]]*[=:][[:space:]]*//p" "$file" | tail -n 1
}

# set_property PATH KEY VALUE [SHOWN]: KEY=VALUE in the properties file PATH,
# but only where no value is set yet: the line that sets KEY to nothing, else
# the template's "#KEY=..." line, becomes "KEY=VALUE" (else it is added at the
# end). A value that is set already (by the site's admin, or an earlier run
# with other options) is never changed; the installer says so instead. Owner
# and mode stay. SHOWN: what is said instead of VALUE; given for a password,
# which is then never printed, nor the value already there.
set_property() {
    local path="$1" key="$2" value="$3" shown="${4:-$3}" file current tmp
    file="$(tp "$path")"
    current="$(prop_get "$file" "$key")"
    if [[ "$current" == "$value" ]]; then
        return 0
    elif [[ -n "$current" && $# -ge 4 ]]; then
        warn "$path has $key set already; this installation would set $shown. It is left as it is (the installer never changes a value that is set)."
        return 0
    elif [[ -n "$current" ]]; then
        warn "$path has $key=$current; this installation would set $value. It is left as it is (the installer never changes a value that is set): change it there yourself if you want."
        return 0
    fi
    tmp="$(mktemp "$file.XXXXXX")"
    # ENVIRON, not awk -v: -v would read backslashes in the value as escapes.
    KEY="$key" VALUE="$value" awk '
        function sets(line, prefix) { return index(line, prefix ENVIRON["KEY"] "=") == 1 }
        NR == FNR { if (sets($0, "")) empty = FNR; next }
        !done && ((empty && FNR == empty) || (!empty && sets($0, "#"))) { print ENVIRON["KEY"] "=" ENVIRON["VALUE"]; done = 1; next }
        { print }
        END { if (!done) print ENVIRON["KEY"] "=" ENVIRON["VALUE"] }' "$file" "$file" > "$tmp"
    chmod --reference="$file" "$tmp"
    chown --reference="$file" "$tmp"
    mv -f "$tmp" "$file"
    changed "$path: $key=$shown"
}

# ---- Java and Debian's packages, for the checks before apt-get

java_major() { # JAVA_HOME -> major version, from its "release" file
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1
}

has_java_21() { # a Java 21 or newer under /usr/lib/jvm already
    local dir major
    for dir in /usr/lib/jvm/*/; do
        [[ -x "$dir/bin/java" ]] || continue
        major="$(java_major "$dir")"
        if [[ -n "$major" ]] && ((major >= 21)); then return 0; fi
    done
    return 1
}

has_candidate() { # package name -> true if apt can install it
    local c
    c="$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p')"
    [[ -n "$c" && "$c" != "(none)" ]]
}

is_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}

# ---- PostgreSQL on this server (hub/install-hub.sh, hub/standby.sh)

# psql as PostgreSQL's superuser (peer authentication). SQL goes on stdin, never
# on the command line, where every user could read a password.
pg() {
    runuser -u postgres -- psql -X -q -A -t -v ON_ERROR_STOP=1 --dbname=postgres
}
pg_query() { pg <<< "$1"; }
pg_has() { [[ "$(pg_query "$1")" == 1 ]]; }

# A new password: 48 hex digits (192 random bits), nothing a properties file,
# a connection string or SQL would need to escape.
new_password() {
    od -An -tx1 -N24 /dev/urandom | tr -d ' \n'
}

sql_literal() { printf "'%s'" "${1//\'/\'\'}"; }

# A field of a PostgreSQL password file, with ":" and "\" escaped.
pgpass_field() {
    local v="${1//\\/\\\\}"
    printf '%s' "${v//:/\\:}"
}
