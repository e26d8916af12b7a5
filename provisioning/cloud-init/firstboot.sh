#!/bin/bash
# First-boot helper for cloud-init (see user-data): runs install.sh from the
# copy on the boot partition and writes its output next to it, so the result
# can be read from a PC by putting the SD card in.
#   firstboot.sh [install.sh options, e.g. --printer usb --usb-vendor 0416 --usb-product 5011]
set -euo pipefail

BOOT_DIR="${PALVELUPISTE_BOOT_DIR:-/boot/firmware/palvelupiste}"
LOG="$BOOT_DIR/install.log"

jars=("$BOOT_DIR"/*.jar)
if [[ ! -f "${jars[0]}" ]]; then
    echo "No .jar file in $BOOT_DIR: copy palvelupiste.jar there and run this again." | tee "$LOG" >&2
    exit 1
fi
echo "Palvelupiste first boot: installing ${jars[0]} ($(date))" | tee "$LOG"
bash "$BOOT_DIR/provisioning/install.sh" --jar "${jars[0]}" "$@" 2>&1 | tee -a "$LOG"
