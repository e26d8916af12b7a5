#!/bin/bash
# Palvelupiste kiosk installer: turns a fresh Raspberry Pi OS into the kiosk.
# Safe to run again: it only changes what differs, and says so. See README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
. "$HERE/lib/common.sh"
FILES="$HERE/files"

usage() {
    cat <<'EOF'
Usage: sudo ./install.sh --jar PATH [options]

Sets up this Raspberry Pi as a Palvelupiste kiosk: Java, Chromium, the labwc
display session, the "kiosk" user, the application under /opt/palvelupiste,
settings under /etc/palvelupiste, data under /var/lib/palvelupiste, and the
services that start it all at power-on. Running it again changes only what
differs (a second run with the same options changes nothing).

Options:
  --jar PATH            the application (palvelupiste.jar). Needed the first time;
                        later, use update.sh to change versions safely.
  --printer TYPE        none: no printer (slips are saved as files; the default)
                        usb:  USB thermal printer, also give --usb-vendor/--usb-product
                        gpio: printer wired to the GPIO pins (TX/RX), /dev/serial0;
                              turns the serial console off (reboot needed)
  --usb-vendor ID       USB vendor id of the printer, 4 hex digits (see "lsusb")
  --usb-product ID      USB product id of the printer, 4 hex digits
  --overlay             make the SD card read-only (overlay file system); needs
                        /var/lib/palvelupiste on its own writable partition.
                        See README.md before using it. Reboot needed.
  --root DIR            install into the directory tree DIR instead of this
                        system (for tests and image building): no apt-get,
                        useradd or systemctl; writes what they would have done
                        into DIR/palvelupiste-root-mode/
  -h, --help            show this text

Settings are in /etc/palvelupiste/palvelupiste.properties (application),
/etc/palvelupiste/display.conf (screen on/off times, rotation) and
/etc/palvelupiste/watchdog.conf (when a stuck kiosk restarts itself).
EOF
}

JAR=""
PRINTER=""
USB_VENDOR=""
USB_PRODUCT=""
OVERLAY=no
while (($#)); do
    case "$1" in
        --jar) JAR="${2:?--jar needs a file}"; shift 2 ;;
        --printer) PRINTER="${2:?--printer needs none, usb or gpio}"; shift 2 ;;
        --usb-vendor) USB_VENDOR="${2:?--usb-vendor needs an id}"; shift 2 ;;
        --usb-product) USB_PRODUCT="${2:?--usb-product needs an id}"; shift 2 ;;
        --overlay) OVERLAY=yes; shift ;;
        --root) ROOT="${2:?--root needs a directory}"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) printf 'Unknown option: %s\n\n' "$1" >&2; usage >&2; exit 2 ;;
    esac
done

case "$PRINTER" in
    ""|none|gpio) ;;
    usb)
        [[ "$USB_VENDOR" =~ ^[0-9A-Fa-f]{4}$ && "$USB_PRODUCT" =~ ^[0-9A-Fa-f]{4}$ ]] ||
            die "--printer usb needs --usb-vendor and --usb-product, each 4 hex digits like 0416 and 5011.
       Plug the printer in and run: lsusb   (the printer's line shows ID vendor:product)"
        USB_VENDOR="${USB_VENDOR,,}"
        USB_PRODUCT="${USB_PRODUCT,,}"
        ;;
    *) die "--printer must be none, usb or gpio (not '$PRINTER')" ;;
esac

if root_mode; then
    mkdir -p "$ROOT"
    ROOT="$(cd "$ROOT" && pwd)"
else
    [[ $EUID -eq 0 ]] || die "Please run the installer as root: sudo $0 $*"
fi
[[ -z "$JAR" || -f "$JAR" ]] || die "The application file '$JAR' does not exist."

APP_DIR=/opt/palvelupiste
CONF_DIR=/etc/palvelupiste
DATA_DIR=/var/lib/palvelupiste
KIOSK_USER=kiosk
RECORD_DIR=/palvelupiste-root-mode
SKIPPED=()
REBOOT_NEEDED=no

# ---------------------------------------------------------------- packages
java_major() { # JAVA_HOME -> major version, from its "release" file or its name
    local v
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)"
    if [[ -z "$v" && "${1##*/}" =~ ^(java|temurin|jdk|jre)-([0-9]+)[.-] ]]; then
        v="${BASH_REMATCH[2]}"
    fi
    printf '%s' "$v"
}

find_java_home() { # newest Java >= 21 under /usr/lib/jvm, printed without ROOT
    local dir best="" best_major=0 major
    for dir in "$(tp /usr/lib/jvm)"/*/; do
        dir="${dir%/}"
        [[ -L "$dir" || ! -x "$dir/bin/java" ]] && continue
        major="$(java_major "$dir")"
        if [[ -z "$major" ]] || ((major < 21 || major <= best_major)); then continue; fi
        best="${dir#"$ROOT"}"
        best_major="$major"
    done
    printf '%s' "$best"
}

has_candidate() { # package name -> true if apt can install it
    local c
    c="$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p')"
    [[ -n "$c" && "$c" != "(none)" ]]
}

is_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}

install_packages() {
    local wanted=() missing=() pkg java_pkg="" browser_pkg=""
    say "Checking packages ..."
    if root_mode; then
        SKIPPED+=("apt-get install openjdk-21-jre-headless chromium labwc wlr-randr curl")
        return 0
    fi
    apt-get update -qq || warn "apt-get update failed; using the package lists already on this Pi."
    if [[ -z "$(find_java_home)" ]]; then
        for pkg in openjdk-21-jre-headless openjdk-25-jre-headless; do
            if has_candidate "$pkg"; then java_pkg="$pkg"; break; fi
        done
        if [[ -z "$java_pkg" ]]; then
            die "No Java 21 or newer is available from this system's package sources.
       This happens on Raspberry Pi OS / Debian 12 \"bookworm\": Debian bookworm and
       bookworm-backports do not have openjdk-21 (checked with apt-cache policy).
       Choose one, then run this installer again:
         1. Recommended: start from a Raspberry Pi OS image based on Debian 13 \"trixie\"
            (it has openjdk-21-jre-headless).
         2. Add Eclipse Temurin's apt repository (adoptium.net, \"Linux (DEB)\" instructions)
            and run: sudo apt-get install temurin-21-jre
       The installer uses any Java 21+ found under /usr/lib/jvm."
        fi
        wanted+=("$java_pkg")
    fi
    if has_candidate chromium || is_installed chromium; then browser_pkg=chromium
    elif has_candidate chromium-browser || is_installed chromium-browser; then browser_pkg=chromium-browser
    else die "Chromium is not available from this system's package sources."
    fi
    wanted+=("$browser_pkg")
    has_candidate labwc || is_installed labwc ||
        die "The labwc package is not available. Use Raspberry Pi OS (bookworm from late 2024, or trixie):
       plain Debian 12 has no labwc."
    wanted+=(labwc wlr-randr curl)
    for pkg in "${wanted[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        say "  installing: ${missing[*]} (this can take a while)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
        changed "packages installed: ${missing[*]}"
    fi
}

# ---------------------------------------------------------------- user
group_exists() {
    if root_mode; then
        # In a tree without /etc/group assume Debian's standard groups; gpio only
        # exists on Raspberry Pi OS, so it must be seen.
        if [[ -f "$(tp /etc/group)" ]]; then
            grep -q "^$1:" "$(tp /etc/group)"
        else
            [[ "$1" != gpio ]]
        fi
    else
        getent group "$1" >/dev/null
    fi
}

setup_user() {
    local groups=() g missing=()
    say "Checking the kiosk user ..."
    for g in dialout gpio video render input; do
        group_exists "$g" && groups+=("$g")
    done
    if root_mode; then
        ensure_dir "$RECORD_DIR" root root 0755
        install_content "$RECORD_DIR/passwd.fragment" root root 0644 < <(
            printf '%s:x:SYSTEM:SYSTEM:Palvelupiste kiosk:%s:/usr/sbin/nologin\n' "$KIOSK_USER" "$DATA_DIR")
        install_content "$RECORD_DIR/group.fragment" root root 0644 < <(
            printf '%s:x:SYSTEM:\n' "$KIOSK_USER"
            for g in "${groups[@]}"; do printf '%s:x::%s\n' "$g" "$KIOSK_USER"; done)
        return 0
    fi
    if ! id "$KIOSK_USER" >/dev/null 2>&1; then
        useradd --system --user-group --home-dir "$DATA_DIR" --no-create-home \
            --shell /usr/sbin/nologin --comment "Palvelupiste kiosk" "$KIOSK_USER"
        changed "user $KIOSK_USER created"
    fi
    for g in "${groups[@]}"; do
        id -nG "$KIOSK_USER" | tr ' ' '\n' | grep -qx "$g" || missing+=("$g")
    done
    if ((${#missing[@]})); then
        usermod -a -G "$(IFS=,; echo "${missing[*]}")" "$KIOSK_USER"
        changed "user $KIOSK_USER added to groups: ${missing[*]}"
    fi
}

# ---------------------------------------------------------------- files
install_app_files() {
    local f java_home
    say "Checking files ..."
    ensure_dir "$APP_DIR" root root 0755
    ensure_dir "$APP_DIR/bin" root root 0755
    ensure_dir "$APP_DIR/lib" root root 0755
    if [[ -n "$JAR" ]]; then
        install_file "$JAR" "$APP_DIR/palvelupiste.jar" root root 0644
    elif [[ ! -f "$(tp "$APP_DIR/palvelupiste.jar")" ]]; then
        die "The application is not installed yet: give it with --jar /path/to/palvelupiste.jar"
    fi
    java_home="$(find_java_home)"
    if [[ -z "$java_home" ]]; then
        root_mode || die "Java 21 or newer was not found under /usr/lib/jvm."
        java_home=/usr/lib/jvm/java-21-openjdk-arm64
    fi
    ensure_symlink "$java_home" "$APP_DIR/jre"

    for f in "$FILES"/bin/*; do
        install_file "$f" "$APP_DIR/bin/${f##*/}" root root 0755
    done
    install_file "$FILES/lib/kiosk-common.sh" "$APP_DIR/lib/kiosk-common.sh" root root 0644
    install_file "$HERE/update.sh" "$APP_DIR/bin/palvelupiste-update" root root 0755
    install_file "$HERE/README.md" "$APP_DIR/README.md" root root 0644

    ensure_dir "$CONF_DIR" root "$KIOSK_USER" 0750
    if [[ ! -e "$(tp "$CONF_DIR/palvelupiste.properties")" ]]; then
        install_content "$CONF_DIR/palvelupiste.properties" root "$KIOSK_USER" 0640 < <(config_template)
    else
        set_owner_mode "$CONF_DIR/palvelupiste.properties" root "$KIOSK_USER" 0640
        check_printer_setting
    fi
    install_if_missing "$FILES/etc/display.conf" "$CONF_DIR/display.conf" root root 0644
    install_if_missing "$FILES/etc/watchdog.conf" "$CONF_DIR/watchdog.conf" root root 0644

    ensure_dir /var/lib root root 0755
    ensure_dir "$DATA_DIR" "$KIOSK_USER" "$KIOSK_USER" 0750
    ensure_dir "$DATA_DIR/tmp" "$KIOSK_USER" "$KIOSK_USER" 0700
    ensure_dir "$DATA_DIR/backup" "$KIOSK_USER" "$KIOSK_USER" 0750
}

printer_port() {
    case "$PRINTER" in
        usb) echo /dev/kiosk-printer ;;
        gpio) echo /dev/serial0 ;;
        *) echo "" ;;
    esac
}

# The template, with the printer port filled in when --printer was given.
config_template() {
    local port
    port="$(printer_port)"
    if [[ -n "$port" ]]; then
        sed "s|^#kiosk.printer.port=.*|kiosk.printer.port=$port|" "$FILES/etc/palvelupiste.properties"
    else
        cat "$FILES/etc/palvelupiste.properties"
    fi
}

check_printer_setting() {
    local port current
    port="$(printer_port)"
    [[ -n "$port" ]] || return 0
    current="$(prop_get "$(tp "$CONF_DIR/palvelupiste.properties")" kiosk.printer.port)"
    [[ "$current" == "$port" ]] ||
        warn "Your $CONF_DIR/palvelupiste.properties has kiosk.printer.port=${current:-(empty)}; for this printer set it to $port (the installer never edits your settings)."
}

SYSTEMD_UNITS=(palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service
    palvelupiste-watchdog.service palvelupiste-display.service palvelupiste-display.timer)
# Units of earlier versions: the watchdog was a timer every 30 s, now it is a service.
RETIRED_UNITS=(palvelupiste-watchdog.timer)
# Started at boot, in this order.
ENABLED_UNITS=(palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service
    palvelupiste-watchdog.service palvelupiste-display.timer)

install_system_files() {
    local u before
    ensure_dir /etc/systemd root root 0755
    ensure_dir /etc/systemd/system root root 0755
    before=$CHANGES
    for u in "${SYSTEMD_UNITS[@]}"; do
        install_file "$FILES/systemd/$u" "/etc/systemd/system/$u" root root 0644
    done
    for u in "${RETIRED_UNITS[@]}"; do
        [[ -e "$(tp "/etc/systemd/system/$u")" ]] || continue
        # (A tree made with --root has nothing enabled, so nothing to disable.)
        root_mode || systemctl disable --now "$u" || warn "could not disable $u"
        rm -f "$(tp "/etc/systemd/system/$u")"
        changed "/etc/systemd/system/$u removed (no longer used)"
    done
    UNITS_CHANGED=$((CHANGES - before))
    ensure_dir /etc/systemd/journald.conf.d root root 0755
    before=$CHANGES
    install_file "$FILES/etc/journald.conf.d/palvelupiste.conf" /etc/systemd/journald.conf.d/palvelupiste.conf root root 0644
    JOURNALD_CHANGED=$((CHANGES - before))
    ensure_dir /etc/pam.d root root 0755
    install_file "$FILES/etc/pam.d/palvelupiste-kiosk" /etc/pam.d/palvelupiste-kiosk root root 0644
    # Chromium (Debian and Raspberry Pi OS) reads its enterprise policies from here.
    ensure_dir /etc/chromium root root 0755
    ensure_dir /etc/chromium/policies root root 0755
    ensure_dir /etc/chromium/policies/managed root root 0755
    install_file "$FILES/etc/chromium/policies/managed/palvelupiste.json" \
        /etc/chromium/policies/managed/palvelupiste.json root root 0644

    UDEV_CHANGED=0
    if [[ "$PRINTER" == usb ]]; then
        ensure_dir /etc/udev root root 0755
        ensure_dir /etc/udev/rules.d root root 0755
        before=$CHANGES
        install_content /etc/udev/rules.d/60-palvelupiste-printer.rules root root 0644 < <(
            sed -e "s/@VENDOR@/$USB_VENDOR/g" -e "s/@PRODUCT@/$USB_PRODUCT/g" \
                "$FILES/udev/60-palvelupiste-printer.rules.in")
        UDEV_CHANGED=$((CHANGES - before))
    fi
}

# ---------------------------------------------------------------- boot files
boot_file() { # cmdline.txt|config.txt -> path without ROOT, or empty
    local p
    for p in /boot/firmware/$1 /boot/$1; do
        if [[ -f "$(tp "$p")" ]]; then printf '%s' "$p"; return 0; fi
    done
}

# write_boot_file PATH: new content on stdin. The boot partition is FAT: no
# owners or modes, so only the content is compared and replaced.
write_boot_file() {
    local path="$1" real tmp
    real="$(tp "$path")"
    tmp="$(mktemp "$real.XXXXXX")"
    cat > "$tmp"
    if cmp -s "$tmp" "$real"; then
        rm -f "$tmp"
        return 0
    fi
    [[ -e "$real.palvelupiste-orig" ]] || cp "$real" "$real.palvelupiste-orig"
    mv -f "$tmp" "$real"
    changed "$path edited (original kept as ${path##*/}.palvelupiste-orig)"
    REBOOT_NEEDED=yes
}

setup_serial_printer() {
    local cmdline config word words=() out=()
    say "Checking the serial port on the GPIO pins (printer TX/RX) ..."
    cmdline="$(boot_file cmdline.txt)"
    config="$(boot_file config.txt)"
    if [[ -z "$cmdline" || -z "$config" ]]; then
        warn "No cmdline.txt/config.txt in /boot/firmware or /boot: is this a Raspberry Pi? Serial port not set up."
        return 0
    fi
    # The kernel must not use the printer's UART as a login console.
    read -r -a words < "$(tp "$cmdline")"
    for word in "${words[@]}"; do
        case "$word" in
            console=serial0,*|console=ttyAMA0,*|console=ttyS0,*|console=serial1,*) ;;
            *) out+=("$word") ;;
        esac
    done
    if ((${#out[@]} != ${#words[@]})); then
        write_boot_file "$cmdline" < <(printf '%s\n' "${out[*]}")
    fi
    # ...but the UART itself must be on.
    if grep -Eq '^[[:space:]]*enable_uart=1[[:space:]]*$' "$(tp "$config")"; then
        return 0
    elif grep -Eq '^[[:space:]]*enable_uart=' "$(tp "$config")"; then
        write_boot_file "$config" < <(sed -E 's/^[[:space:]]*enable_uart=.*/enable_uart=1/' "$(tp "$config")")
    else
        write_boot_file "$config" < <(cat "$(tp "$config")"
            printf '\n[all]\n# Palvelupiste: thermal printer on GPIO14/15 (TX/RX)\nenable_uart=1\n')
    fi
}

setup_overlay() {
    local cmdline word words=() out=() found=no
    say "Checking the read-only SD card (overlay) ..."
    cmdline="$(boot_file cmdline.txt)"
    [[ -n "$cmdline" ]] || die "--overlay: no cmdline.txt found; only for Raspberry Pi OS."
    if ! root_mode; then
        mountpoint -q "$DATA_DIR" || die "--overlay: $DATA_DIR is not a partition of its own.
       With a read-only SD card everything else is lost at every restart, so the
       database must live on a separate writable partition mounted at $DATA_DIR.
       See README.md, \"Read-only SD card\"."
        command -v raspi-config >/dev/null || die "--overlay needs raspi-config (Raspberry Pi OS)."
    fi
    if root_mode; then
        SKIPPED+=("raspi-config nonint do_overlayfs 0")
    elif ! grep -q 'overlayroot=' "$cmdline"; then
        raspi-config nonint do_overlayfs 0
        changed "overlay file system enabled (raspi-config)"
        REBOOT_NEEDED=yes
    fi
    # raspi-config writes overlayroot=tmpfs; recurse=0 keeps the data partition writable.
    read -r -a words < "$(tp "$cmdline")"
    for word in "${words[@]}"; do
        case "$word" in
            overlayroot=*) out+=("overlayroot=tmpfs:recurse=0"); found=yes ;;
            *) out+=("$word") ;;
        esac
    done
    [[ $found == yes ]] || out+=("overlayroot=tmpfs:recurse=0")
    if [[ "${out[*]}" != "${words[*]}" ]]; then
        write_boot_file "$cmdline" < <(printf '%s\n' "${out[*]}")
    fi
}

# ---------------------------------------------------------------- services
enable_and_start() {
    local u dm
    if root_mode; then
        # The same list on every run, so that a re-run leaves the tree identical.
        SKIPPED+=("systemctl daemon-reload" "systemctl restart systemd-journald")
        [[ "$PRINTER" == usb ]] && SKIPPED+=("udevadm control --reload" "udevadm trigger --subsystem-match=tty")
        SKIPPED+=("systemctl enable --now ${ENABLED_UNITS[*]}")
        return 0
    fi
    if ((UNITS_CHANGED)); then systemctl daemon-reload; fi
    if ((JOURNALD_CHANGED)); then systemctl restart systemd-journald; fi
    if ((UDEV_CHANGED)); then
        udevadm control --reload
        udevadm trigger --subsystem-match=tty
    fi
    # A desktop login screen would fight the kiosk for the display.
    dm="$(readlink -f /etc/systemd/system/display-manager.service 2>/dev/null || true)"
    if [[ -n "$dm" && -e "$dm" ]]; then
        systemctl disable "${dm##*/}"
        changed "desktop login (${dm##*/}) disabled: the kiosk owns the screen"
    fi
    for u in "${ENABLED_UNITS[@]}"; do
        if ! systemctl is-enabled --quiet "$u"; then
            systemctl enable "$u"
            changed "$u enabled"
        fi
        if [[ $REBOOT_NEEDED == no ]] && ! systemctl is-active --quiet "$u"; then
            systemctl start "$u"
            changed "$u started"
        fi
    done
    if ((APP_CHANGED)) && [[ $REBOOT_NEEDED == no ]]; then
        systemctl restart palvelupiste.service palvelupiste-browser.service palvelupiste-watchdog.service
        say "  restarted the application to use the new files"
    fi
}

write_root_records() {
    local p
    install_content "$RECORD_DIR/ownership.list" root root 0644 < <(
        for p in "${!OWNERSHIP[@]}"; do printf '%s %s\n' "$p" "${OWNERSHIP[$p]}"; done | sort)
    install_content "$RECORD_DIR/skipped-commands.list" root root 0644 < <(printf '%s\n' "${SKIPPED[@]}")
}

# ---------------------------------------------------------------- main
if root_mode; then
    say "Installing into the directory tree $ROOT (no changes to this system)."
elif [[ "$(findmnt -n -o FSTYPE / 2>/dev/null || true)" == overlay ]]; then
    warn "The SD card is read-only (overlay): changes made now are lost at the next restart.
         Turn it off first: sudo raspi-config nonint do_overlayfs 1, reboot, run this again."
fi

install_packages
setup_user
before_app=$CHANGES
install_app_files
install_system_files
APP_CHANGED=$((CHANGES - before_app))
[[ "$PRINTER" == gpio ]] && setup_serial_printer
[[ "$OVERLAY" == yes ]] && setup_overlay
enable_and_start
if root_mode; then write_root_records; fi

if ((CHANGES == 0)); then
    say "Nothing to do: this kiosk is already set up as asked (0 changes)."
else
    say "Done: $CHANGES change(s) made."
fi
if [[ $REBOOT_NEEDED == yes ]] && ! root_mode; then
    say "Restart the Raspberry Pi now to finish:  sudo reboot"
fi
if ! root_mode && [[ $REBOOT_NEEDED == no ]]; then
    say "The kiosk starts on the screen in a minute. Staff page: http://$(hostname -I 2>/dev/null | awk '{print $1}'):8080/staff"
fi
