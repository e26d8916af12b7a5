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
