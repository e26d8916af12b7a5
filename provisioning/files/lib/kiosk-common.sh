# shellcheck shell=bash
# Shared by the kiosk's runtime scripts (browser, watchdog, display). Sourced.
# Every path and command can be overridden by an environment variable so the
# scripts can be tested without a Raspberry Pi.

PALVELUPISTE_CONF_DIR="${PALVELUPISTE_CONF_DIR:-/etc/palvelupiste}"
PALVELUPISTE_URL="${PALVELUPISTE_URL:-http://localhost:8080/}"
PALVELUPISTE_HEALTH_URL="${PALVELUPISTE_HEALTH_URL:-http://127.0.0.1:8080/actuator/health}"
# {"ageSeconds": N}: seconds since the kiosk page last said it is alive (-1: not since the app started).
PALVELUPISTE_HEARTBEAT_URL="${PALVELUPISTE_HEARTBEAT_URL:-http://127.0.0.1:8080/kiosk/heartbeat}"
PALVELUPISTE_DEVTOOLS_URL="${PALVELUPISTE_DEVTOOLS_URL:-http://127.0.0.1:9222}"
SYSTEMCTL="${SYSTEMCTL:-systemctl}"

log() { printf '%s\n' "$*"; }

# ---- Java and the start-up archive (palvelupiste-start, palvelupiste-archive)

PALVELUPISTE_JVM_DIR="${PALVELUPISTE_JVM_DIR:-/usr/lib/jvm}"
PALVELUPISTE_CACHE_DIR="${PALVELUPISTE_CACHE_DIR:-/var/cache/palvelupiste}"

# java_major JAVA: the major version (21, 25 ...) of the java binary JAVA, from
# its home's "release" file, else from what it says with -version.
java_major() {
    local home v
    home="$(dirname "$(dirname "$(readlink -f "$1")")")"
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null | head -n 1)"
    if [[ -z "$v" ]]; then
        v="$("$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1)"
    fi
    printf '%s' "$v"
}

# The java the kiosk runs on: PALVELUPISTE_JAVA if set, else the newest Java 21
# or newer under /usr/lib/jvm (Debian's openjdk-21/25-jre-headless, or Temurin).
# Links there (default-java, java-1.21.0-openjdk-arm64) are names of the same homes.
palvelupiste_java() {
    local dir best="" best_major=0 major
    if [[ -n "${PALVELUPISTE_JAVA:-}" ]]; then
        printf '%s' "$PALVELUPISTE_JAVA"
        return 0
    fi
    for dir in "$PALVELUPISTE_JVM_DIR"/*/; do
        dir="${dir%/}"
        [[ -L "$dir" || ! -x "$dir/bin/java" ]] && continue
        major="$(java_major "$dir/bin/java")"
        if [[ -z "$major" ]] || ((major < 21 || major <= best_major)); then continue; fi
        best="$dir/bin/java"
        best_major="$major"
    done
    [[ -n "$best" ]] || return 1
    printf '%s' "$best"
}

# archive_kind MAJOR: "aot" (JDK 25 and newer: an AOT cache, -XX:AOTCache) or
# "jsa" (JDK 21-24: a dynamic class-data archive, -XX:SharedArchiveFile).
# JDK 24 has AOT caches too, but only made in two steps; one step
# (-XX:AOTCacheOutput) came with JDK 25.
archive_kind() {
    if (($1 >= 25)); then echo aot; else echo jsa; fi
}

# The archive palvelupiste-archive makes by default for a java of MAJOR.
archive_file() {
    printf '%s/palvelupiste.%s' "$PALVELUPISTE_CACHE_DIR" "$(archive_kind "$1")"
}

# True when the application answers its health check.
app_healthy() {
    curl -fsS --max-time 5 -o /dev/null "$PALVELUPISTE_HEALTH_URL" 2>/dev/null
}

# Sets XDG_RUNTIME_DIR (the kiosk user's RAM directory, made by logind for the
# labwc session) and WAYLAND_DISPLAY (the compositor's socket). Fails if the
# display session is not running yet.
find_wayland() {
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/run/user/$(id -u)}"
    if [[ -n "${WAYLAND_DISPLAY:-}" && -S "$XDG_RUNTIME_DIR/$WAYLAND_DISPLAY" ]]; then
        return 0
    fi
    local sock
    for sock in "$XDG_RUNTIME_DIR"/wayland-*; do
        [[ -S "$sock" ]] || continue
        export WAYLAND_DISPLAY="${sock##*/}"
        return 0
    done
    return 1
}

# Loads /etc/palvelupiste/display.conf with defaults for anything missing.
# shellcheck disable=SC2034 # the variables are used by the scripts that source this
load_display_conf() {
    DISPLAY_ON="07:30"
    DISPLAY_OFF="21:00"
    ROTATION="0"
    TOUCH_MATRIX=""
    DISPLAY_OUTPUT=""
    local conf="${PALVELUPISTE_DISPLAY_CONF:-$PALVELUPISTE_CONF_DIR/display.conf}"
    if [[ -r "$conf" ]]; then
        # shellcheck source=../etc/display.conf
        . "$conf"
    fi
}

# wlr-randr transform name for ROTATION (degrees clockwise).
rotation_transform() {
    case "$1" in
        0|"") echo normal ;;
        90|180|270) echo "$1" ;;
        *) return 1 ;;
    esac
}

# libinput calibration matrix that turns touch input by the same amount
# (libinput's documented matrices for 90/180/270 degrees clockwise).
rotation_touch_matrix() {
    case "$1" in
        0|"") echo "1 0 0 0 1 0" ;;
        90) echo "0 -1 1 1 0 0" ;;
        180) echo "-1 0 1 0 -1 1" ;;
        270) echo "0 1 0 -1 0 1" ;;
        *) return 1 ;;
    esac
}
