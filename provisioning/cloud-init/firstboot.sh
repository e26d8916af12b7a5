#!/bin/bash
# First-boot helper for cloud-init (see user-data): runs install.sh from the
# copy on the boot partition and writes its output next to it, so the result
# can be read from a PC by putting the SD card in.
#   firstboot.sh [install.sh options, e.g. --printer usb --usb-vendor 0416 --usb-product 5011]
set -euo pipefail

BOOT_DIR="${PALVELUPISTE_BOOT_DIR:-/boot/firmware/palvelupiste}"
LOG="$BOOT_DIR/install.log"

debs=("$BOOT_DIR"/palvelupiste_*_all.deb)
if [[ ! -f "${debs[0]}" ]]; then
    echo "No palvelupiste_*_all.deb in $BOOT_DIR: copy the package there and run this again." | tee "$LOG" >&2
    exit 1
fi
# the newest by dpkg's version order, if there are several
deb="${debs[0]}"
for d in "${debs[@]}"; do
    v_new="${d##*/palvelupiste_}"
    v_old="${deb##*/palvelupiste_}"
    if dpkg --compare-versions "${v_new%_all.deb}" gt "${v_old%_all.deb}"; then deb="$d"; fi
done
echo "Palvelupiste first boot: installing $deb ($(date))" | tee "$LOG"
bash "$BOOT_DIR/provisioning/install.sh" --deb "$deb" "$@" 2>&1 | tee -a "$LOG"
