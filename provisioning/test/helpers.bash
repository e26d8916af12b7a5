# shellcheck shell=bash
# Shared set-up for the provisioning bats tests.

PROV="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"

make_jar() { # make_jar FILE TEXT: a tiny file that starts like a jar (zip)
    printf 'PK\003\004%s' "$2" > "$1"
}

# A Raspberry Pi OS-like boot partition inside tree $1.
make_boot() {
    mkdir -p "$1/boot/firmware"
    printf 'console=serial0,115200 console=tty1 root=PARTUUID=1234-02 rootfstype=ext4 fsck.repair=yes rootwait quiet\n' \
        > "$1/boot/firmware/cmdline.txt"
    printf '# For more options see config.txt docs\ndtparam=audio=on\n\n[cm4]\notg_mode=1\n\n[pi4]\narm_boost=1\n' \
        > "$1/boot/firmware/config.txt"
}

# Checksum of a tree: paths, types, modes, link targets, file contents and mtimes.
tree_sum() {
    (
        cd "$1" || exit 1
        find . -printf '%p %y %m %l\n' | sort
        find . -type f -printf '%p %T@\n' | sort
        find . -type f -print0 | sort -z | xargs -0 sha256sum
    ) | sha256sum
}

run_install() {
    run bash "$PROV/install.sh" --root "$TREE" "$@"
}

# Where something a check needs is missing: skipped on a developer's machine, a failure in CI.
needs() { # DESCRIPTION
    if [[ "${CI:-}" == true ]]; then
        echo "CI must be able to run this check: $1" >&2
        return 1
    fi
    skip "$1"
}

# ---- Debian package tests: scratch roots that dpkg installs into without a chroot

# The packages palvelupiste depends on, as a scratch root's status file lists them.
FAKE_DEPENDENCIES=(openjdk-21-jre-headless chromium labwc wlr-randr curl passwd systemd libpam-systemd fonts-dejavu-core)

# make_scratch_root DIR: a tree that `dpkg --root=DIR --force-script-chrootless`
# can install palvelupiste into: dpkg's database, Debian's standard users and
# groups (base-passwd's, plus input and render, which systemd makes on a real
# system), and the dependencies "installed" as status entries, so that dpkg
# checks Depends for real. A fake systemctl and udevadm on PATH record any call
# in $HOST_CALLS (none is expected).
make_scratch_root() {
    local root="$1" pkg
    mkdir -p "$root"/var/lib/dpkg/{info,updates,triggers,alternatives} "$root/etc"
    : > "$root/var/lib/dpkg/available"
    cp /usr/share/base-passwd/passwd.master "$root/etc/passwd"
    cp /usr/share/base-passwd/group.master "$root/etc/group"
    printf 'input:*:101:\nrender:*:102:\n' >> "$root/etc/group"
    cut -d: -f1 "$root/etc/passwd" | sed 's/$/:*:20000:0:99999:7:::/' > "$root/etc/shadow"
    chmod 0640 "$root/etc/shadow"
    for pkg in "${FAKE_DEPENDENCIES[@]}"; do
        : > "$root/var/lib/dpkg/info/$pkg.list"
        printf 'Package: %s\nStatus: install ok installed\nPriority: optional\nMaintainer: Tests <tests@palvelupiste.invalid>\nArchitecture: all\nVersion: 99\nDescription: stand-in for the real package (test)\n\n' "$pkg"
    done > "$root/var/lib/dpkg/status"
    fake_host_commands
}

HOST_CALLS="${BATS_TEST_TMPDIR:-${BATS_FILE_TMPDIR:-}}/host-calls"
fake_host_commands() {
    local cmd dir="${BATS_TEST_TMPDIR:-$BATS_FILE_TMPDIR}/host-bin"
    HOST_CALLS="${dir%/host-bin}/host-calls"
    mkdir -p "$dir"
    for cmd in systemctl udevadm; do
        printf '#!/bin/bash\necho "%s $*" >> "%s"\n' "$cmd" "$HOST_CALLS" > "$dir/$cmd"
        chmod +x "$dir/$cmd"
    done
    [[ ":$PATH:" == *":$dir:"* ]] || export PATH="$dir:$PATH"
}

# Installing into scratch roots needs root (dpkg gives files their owners).
needs_root() {
    [[ $EUID -eq 0 ]] || needs "root: dpkg installs packages into scratch roots"
}

# in_root DIR DPKG-ARGS...: dpkg on the tree DIR, maintainer scripts run here (DPKG_ROOT=DIR).
in_root() {
    local root="$1"
    shift
    dpkg --root="$root" --force-script-chrootless --force-confdef --force-confold "$@"
}

# make_app_dir DIR TEXT: a stand-in for the extracted application: the jar (a
# tiny zip-like file holding TEXT, which the fake health checks read) and lib/.
make_app_dir() {
    mkdir -p "$1/lib"
    make_jar "$1/palvelupiste-kiosk.jar" "$2"
    make_jar "$1/lib/library-1.0.jar" "library"
}

# build_test_deb VERSION TEXT OUTDIR [PROVISIONING]: a palvelupiste package of
# VERSION made by build-deb.sh around make_app_dir's stand-in; prints its path.
# PROVISIONING: a changed copy of this folder to build from (see copy_provisioning).
build_test_deb() {
    build_test_package palvelupiste "$@"
}

# build_test_hub_deb VERSION TEXT OUTDIR [PROVISIONING]: the same for palvelupiste-hub.
build_test_hub_deb() {
    build_test_package palvelupiste-hub "$@"
}

build_test_package() {
    local package="$1" version="$2" text="$3" out="$4" prov="${5:-$PROV}" dir
    dir="$(mktemp -d "$out/deb-$version.XXXXXX")"
    make_app_dir "$dir/app" "$text"
    PALVELUPISTE_DEB_VERSION="$version" SOURCE_DATE_EPOCH=1796200000 \
        bash "$prov/deb/build-deb.sh" --package "$package" --app-dir "$dir/app" --output-dir "$dir"
}

# copy_provisioning DIR: what build-deb.sh builds from, copied, to change for a test.
copy_provisioning() {
    mkdir -p "$1"
    cp -R "$PROV/deb" "$PROV/files" "$PROV/hub" "$PROV/update.sh" "$PROV/README.md" "$1/"
}

# The package ./mvnw package built (provisioning/target), or PALVELUPISTE_DEB.
built_deb() {
    local debs
    if [[ -n "${PALVELUPISTE_DEB:-}" ]]; then
        printf '%s' "$PALVELUPISTE_DEB"
        return 0
    fi
    debs=("$PROV"/target/palvelupiste_*_all.deb)
    [[ -f "${debs[0]}" ]] && printf '%s' "${debs[-1]}"
}

# The hub's package from the same build, or PALVELUPISTE_HUB_DEB.
built_hub_deb() {
    local debs
    if [[ -n "${PALVELUPISTE_HUB_DEB:-}" ]]; then
        printf '%s' "$PALVELUPISTE_HUB_DEB"
        return 0
    fi
    debs=("$PROV"/target/palvelupiste-hub_*_all.deb)
    [[ -f "${debs[0]}" ]] && printf '%s' "${debs[-1]}"
}

# uid_of / gid_of NAME ROOT: numbers from the tree's passwd and group files.
uid_of() { awk -F: -v n="$1" '$1 == n { print $3 }' "$2/etc/passwd"; }
gid_of() { awk -F: -v n="$1" '$1 == n { print $3 }' "$2/etc/group"; }
