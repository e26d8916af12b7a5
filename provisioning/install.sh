#!/bin/bash
# Palvelupiste kiosk installer: installs the palvelupiste package and does what
# a package cannot: this site's settings, the printer, boot files, overlay.
# Safe to run again: it only changes what differs, and says so. See README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
. "$HERE/lib/common.sh"

usage() {
    cat <<'EOF'
Usage: sudo ./install.sh --deb palvelupiste_VERSION_all.deb [options]

Sets up this Raspberry Pi as a Palvelupiste kiosk. The package brings the
application, the "kiosk" user, the services and the settings; this installs
it with apt-get (which also installs Java, Chromium and labwc from Debian),
then does what a package cannot: this site's settings, the printer, the boot
files and the read-only SD card. Running it again changes only what differs
(a second run with the same options changes nothing).

Options:
  --deb FILE            the package. Needed the first time; a newer one is
                        installed too, but palvelupiste-update does that more
                        safely (it rolls back when the new version does not start).
  --printer TYPE        none: no printer (slips are saved as files; the default)
                        usb:  USB thermal printer, also give --usb-vendor/--usb-product
                        gpio: printer wired to the GPIO pins (TX/RX), /dev/serial0;
                              turns the serial console off (reboot needed)
  --usb-vendor ID       USB vendor id of the printer, 4 hex digits (see "lsusb")
  --usb-product ID      USB product id of the printer, 4 hex digits
  --site-name NAME      this service point's name on the screens and tickets,
                        e.g. "Kirjasto" (kiosk.site-name)
  --language LANG       fi, sv or en: the language a fresh screen starts in
                        (kiosk.default-language)
  --overlay             make the SD card read-only (overlay file system); needs
                        /var/lib/palvelupiste on its own writable partition.
                        See README.md before using it. Reboot needed.
  --root DIR            install into the directory tree DIR instead of this
                        system (for tests and image building): dpkg --root DIR
                        instead of apt-get (DIR needs a dpkg database), no
                        systemctl or udevadm; writes what they would have done
                        into DIR/palvelupiste-root-mode/
  -h, --help            show this text

Settings are in /etc/palvelupiste/palvelupiste.properties (application),
/etc/palvelupiste/display.conf (screen on/off times, rotation) and
/etc/palvelupiste/watchdog.conf (when a stuck kiosk restarts itself). The
options above go into the settings only where no value is set yet.
EOF
}

DEB=""
PRINTER=""
USB_VENDOR=""
USB_PRODUCT=""
SITE_NAME=""
LANGUAGE=""
OVERLAY=no
while (($#)); do
    case "$1" in
        --deb) DEB="${2:?--deb needs a file}"; shift 2 ;;
        --printer) PRINTER="${2:?--printer needs none, usb or gpio}"; shift 2 ;;
        --usb-vendor) USB_VENDOR="${2:?--usb-vendor needs an id}"; shift 2 ;;
        --usb-product) USB_PRODUCT="${2:?--usb-product needs an id}"; shift 2 ;;
        --site-name) SITE_NAME="${2:?--site-name needs a name}"; shift 2 ;;
        --language) LANGUAGE="${2:?--language needs fi, sv or en}"; shift 2 ;;
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
case "$LANGUAGE" in
    ""|fi|sv|en) ;;
    *) die "--language must be fi, sv or en (not '$LANGUAGE')" ;;
esac
[[ "$SITE_NAME" != *$'\n'* && "$SITE_NAME" != *\\* ]] || die "--site-name must be one line, without backslashes"

if root_mode; then
    mkdir -p "$ROOT"
    ROOT="$(cd "$ROOT" && pwd)"
else
    [[ $EUID -eq 0 ]] || die "Please run the installer as root: sudo $0 $*"
fi
[[ -z "$DEB" || -f "$DEB" ]] || die "The package file '$DEB' does not exist."

PACKAGE=palvelupiste
SHARE=/usr/share/palvelupiste
SETTINGS=/etc/palvelupiste/palvelupiste.properties
# Copies of the installed packages, which palvelupiste-update rolls back to: root's
# only, outside the data folder that the kiosk's user may write in.
PACKAGES_DIR=/var/lib/palvelupiste-packages
KEEP_PACKAGES=3
RECORD_DIR=/palvelupiste-root-mode
SKIPPED=()
REBOOT_NEEDED=no
SETTINGS_CHANGED=0
UNITS_CHANGED=0
UDEV_CHANGED=0

# ---------------------------------------------------------------- the package
# apt-get brings the package's dependencies from this system's apt sources.
# Say clearly what is missing there before apt-get says it in its own words.
check_sources() {
    local pkg found=no
    apt-get update -qq || warn "apt-get update failed; using the package lists already on this Pi."
    if ! has_java_21; then
        for pkg in openjdk-21-jre-headless openjdk-25-jre-headless temurin-21-jre temurin-25-jre; do
            if has_candidate "$pkg"; then found=yes; break; fi
        done
        [[ $found == yes ]] || die "No Java 21 or newer is available from this system's package sources.
       This happens on Raspberry Pi OS / Debian 12 \"bookworm\": Debian bookworm and
       bookworm-backports do not have openjdk-21 (checked with apt-cache policy).
       Choose one, then run this installer again:
         1. Recommended: start from a Raspberry Pi OS image based on Debian 13 \"trixie\"
            (it has openjdk-21-jre-headless).
         2. Add Eclipse Temurin's apt repository (adoptium.net, \"Linux (DEB)\" instructions)
            and run: sudo apt-get install temurin-21-jre
       The package takes any Java that provides java21-runtime-headless, as Temurin's does."
    fi
    has_candidate chromium || is_installed chromium || has_candidate chromium-browser || is_installed chromium-browser ||
        die "Chromium is not available from this system's package sources."
    has_candidate labwc || is_installed labwc ||
        die "The labwc package is not available. Use Raspberry Pi OS (bookworm from late 2024, or trixie):
       plain Debian 12 has no labwc."
}

installed_version() { # the installed version of the package, or nothing
    local status
    status="$(dpkg-query ${ROOT:+"--root=$ROOT"} -W -f='${db:Status-Abbrev} ${Version}' "$PACKAGE" 2>/dev/null || true)"
    if [[ "$status" == "ii "* ]]; then printf '%s' "${status##* }"; fi
}

install_package() {
    local name version current
    say "Checking the package ..."
    if root_mode; then
        SKIPPED+=("apt-get update" "apt-get install: dpkg --root installed the package and checked its dependencies in the tree")
    fi
    current="$(installed_version)"
    if [[ -z "$DEB" ]]; then
        [[ -n "$current" ]] || die "Palvelupiste is not installed yet: give the package with --deb palvelupiste_VERSION_all.deb"
        return 0
    fi
    name="$(dpkg-deb --field "$DEB" Package 2>/dev/null)" || die "'$DEB' is not a Debian package."
    [[ "$name" == "$PACKAGE" ]] || die "'$DEB' is the package '$name', not $PACKAGE."
    version="$(dpkg-deb --field "$DEB" Version)"
    if [[ -n "$current" ]] && dpkg --compare-versions "$current" gt "$version"; then
        warn "A newer version ($current) is installed than $DEB ($version); the installer does not go back. (palvelupiste-update rolls back by itself when an update fails.)"
        return 0
    fi
    if [[ "$current" != "$version" ]]; then
        say "  installing $PACKAGE $version${current:+ over $current}"
        if root_mode; then
            dpkg --root="$ROOT" --force-script-chrootless --force-confdef --force-confold -i "$DEB"
        else
            # The site's own settings are kept; a changed template comes beside them as .dpkg-dist.
            DEBIAN_FRONTEND=noninteractive apt-get install -y \
                -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$(realpath "$DEB")"
        fi
        [[ "$(installed_version)" == "$version" ]] || die "$PACKAGE $version did not install; see the messages above."
        changed "package $PACKAGE $version installed"
    fi
    keep_package "$DEB" "$version"
}

# keep_package FILE VERSION: a copy of the installed package, so that
# palvelupiste-update always has the version to roll back to. The newest
# KEEP_PACKAGES copies are kept.
keep_package() {
    local deb="$1" version="$2" f v
    local -a versions=()
    [[ -d "$(tp "$PACKAGES_DIR")" ]] || die "$PACKAGES_DIR is missing: the package's set-up (its postinst) did not finish."
    install_file "$deb" "$PACKAGES_DIR/${PACKAGE}_${version}_all.deb" root root 0600
    for f in "$(tp "$PACKAGES_DIR")/${PACKAGE}"_*_all.deb; do
        v="${f##*/"${PACKAGE}"_}"
        versions+=("${v%_all.deb}")
    done
    while ((${#versions[@]} > KEEP_PACKAGES)); do
        v="$(oldest "${versions[@]}")"
        rm -f "$(tp "$PACKAGES_DIR/${PACKAGE}_${v}_all.deb")"
        changed "$PACKAGES_DIR/${PACKAGE}_${v}_all.deb removed (the newest $KEEP_PACKAGES are kept)"
        mapfile -t versions < <(printf '%s\n' "${versions[@]}" | grep -vxF -- "$v")
    done
}

oldest() { # VERSION... -> the lowest by dpkg's rules
    local low="$1" v
    for v in "$@"; do
        if dpkg --compare-versions "$v" lt "$low"; then low="$v"; fi
    done
    printf '%s' "$low"
}

# Before the package, this installer itself wrote the application to
# /opt/palvelupiste and the units to /etc/systemd/system, where they would hide
# the package's. Its units are known by the line it wrote into them.
OLD_UNITS=(palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service
    palvelupiste-watchdog.service palvelupiste-display.service palvelupiste-display.timer
    palvelupiste-watchdog.timer)
retire_old_layout() {
    local u f
    for u in "${OLD_UNITS[@]}"; do
        f="/etc/systemd/system/$u"
        [[ -f "$(tp "$f")" ]] || continue
        # (the watchdog's timer, from when the watchdog ran every 30 s, carried no such line)
        if [[ "$u" != palvelupiste-watchdog.timer ]] && ! grep -q 'Installed by provisioning/install.sh' "$(tp "$f")"; then
            warn "$f was not written by the installer; it is left as it is (it hides the package's $u)."
            continue
        fi
        if root_mode; then
            find "$(tp /etc/systemd/system)" -path "*.wants/$u" -type l -delete
        else
            systemctl disable --now "$u" >/dev/null 2>&1 || warn "could not disable $u"
        fi
        rm -f "$(tp "$f")"
        changed "$f removed (no longer used: the package's units are in /usr/lib/systemd/system)"
        UNITS_CHANGED=1
    done
    f=/etc/systemd/journald.conf.d/palvelupiste.conf
    if grep -qs 'Palvelupiste' "$(tp "$f")"; then
        rm -f "$(tp "$f")"
        changed "$f removed (the package's is in /usr/lib/systemd/journald.conf.d)"
    fi
    if [[ -d "$(tp /opt/palvelupiste)" ]]; then
        rm -rf "$(tp /opt/palvelupiste)"
        changed "/opt/palvelupiste removed (the application is in $SHARE now)"
    fi
}

# ---------------------------------------------------------------- settings
# set_setting KEY VALUE: KEY=VALUE in the settings where no value is set yet
# (set_property, lib/common.sh). The file stays a conffile edited by the site:
# upgrades keep it.
set_setting() {
    local before=$CHANGES
    set_property "$SETTINGS" "$1" "$2"
    if ((CHANGES != before)); then SETTINGS_CHANGED=1; fi
}

printer_port() {
    case "$PRINTER" in
        usb) echo /dev/kiosk-printer ;;
        gpio) echo /dev/serial0 ;;
        *) echo "" ;;
    esac
}

configure_settings() {
    local port
    say "Checking the settings ..."
    [[ -f "$(tp "$SETTINGS")" ]] ||
        die "$SETTINGS is missing; it comes with the package: sudo apt-get install --reinstall -o Dpkg::Options::=--force-confmiss $PACKAGE"
    port="$(printer_port)"
    if [[ -n "$port" ]]; then set_setting kiosk.printer.port "$port"; fi
    if [[ -n "$SITE_NAME" ]]; then set_setting kiosk.site-name "$SITE_NAME"; fi
    if [[ -n "$LANGUAGE" ]]; then set_setting kiosk.default-language "$LANGUAGE"; fi
    return 0
}

# The USB printer gets the fixed name /dev/kiosk-printer from a udev rule with
# its ids, made from the package's template.
install_printer_rule() {
    local before
    [[ "$PRINTER" == usb ]] || return 0
    say "Checking the USB printer's name (/dev/kiosk-printer) ..."
    ensure_dir /etc/udev root root 0755
    ensure_dir /etc/udev/rules.d root root 0755
    before=$CHANGES
    install_content /etc/udev/rules.d/60-palvelupiste-printer.rules root root 0644 < <(
        sed -e "s/@VENDOR@/$USB_VENDOR/g" -e "s/@PRODUCT@/$USB_PRODUCT/g" \
            "$(tp "$SHARE/udev/60-palvelupiste-printer.rules.in")")
    UDEV_CHANGED=$((CHANGES - before))
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
# Started at boot. The package enables them when it is first installed; an
# admin may have disabled one since, and a kiosk set up by this needs them all.
ENABLED_UNITS=(palvelupiste.service palvelupiste-kiosk.service palvelupiste-browser.service
    palvelupiste-watchdog.service palvelupiste-display.timer)

enable_and_start() {
    local u dm
    if root_mode; then
        # The same list on every run, so that a re-run leaves the tree identical.
        SKIPPED+=("systemctl daemon-reload")
        [[ "$PRINTER" == usb ]] && SKIPPED+=("udevadm control --reload" "udevadm trigger --subsystem-match=tty")
        SKIPPED+=("systemctl enable --now ${ENABLED_UNITS[*]}")
        SKIPPED+=("systemctl restart palvelupiste.service palvelupiste-browser.service (when the settings changed)")
        return 0
    fi
    if ((UNITS_CHANGED)); then systemctl daemon-reload; fi
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
    if ((SETTINGS_CHANGED)) && [[ $REBOOT_NEEDED == no ]]; then
        systemctl restart palvelupiste.service palvelupiste-browser.service
        say "  restarted the application to use the new settings"
    fi
}

# ---------------------------------------------------------------- main
if root_mode; then
    say "Installing into the directory tree $ROOT (no changes to this system)."
elif [[ "$(findmnt -n -o FSTYPE / 2>/dev/null || true)" == overlay ]]; then
    warn "The SD card is read-only (overlay): changes made now are lost at the next restart.
         Turn it off first: sudo raspi-config nonint do_overlayfs 1, reboot, run this again."
fi

# What apt-get will need is checked before anything of an older installation is retired.
if [[ -n "$DEB" ]] && ! root_mode; then check_sources; fi
retire_old_layout
install_package
configure_settings
install_printer_rule
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
