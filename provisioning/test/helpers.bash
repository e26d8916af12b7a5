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
