# shellcheck shell=bash
# Shared helpers for install.sh. Sourced, never run on its own.
#
# Every helper compares what is there with what should be there and only then
# writes, so a second run of the installer changes nothing and can say so.
# In --root mode (ROOT != "") all paths are inside the tree, nothing is chown'ed
# (the kiosk user does not exist there); wanted owners are recorded instead.

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
