#!/bin/bash
# Provisioning tests: shellcheck, systemd-analyze verify (where it works), bats
# (which also inspect, lint and install the package that ./mvnw package built).
# Run from anywhere: bash provisioning/test/run-tests.sh  (also run by ./mvnw verify,
# after the package is built)
# Ends with bats' summary; exits non-zero if anything failed.
set -euo pipefail

PROV="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$PROV"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failed=()

for tool in shellcheck bats; do
    command -v "$tool" >/dev/null || { echo "ERROR: $tool is not installed (Debian: apt-get install $tool)" >&2; exit 1; }
done

# ---- shellcheck: every script (the package's maintainer scripts too), the bats files,
# and the bash blocks of README.md
scripts=(install.sh update.sh lib/common.sh files/lib/kiosk-common.sh files/bin/* cloud-init/firstboot.sh
    deb/build-deb.sh deb/postinst deb/prerm deb/postrm test/*.sh test/helpers.bash test/*.bats
    hub/*.sh hub/files/bin/* deb/hub/postinst deb/hub/prerm deb/hub/postrm test/hub-fakes/*)
mkdir -p "$WORK/snippets"
awk -v dir="$WORK/snippets" '
    /^```bash[[:space:]]*$/ { n++; f = sprintf("%s/README-block-%02d.sh", dir, n); print "#!/bin/bash" > f; inblock = 1; next }
    /^```/ && inblock { inblock = 0; close(f); next }
    inblock { sub(/^   /, ""); print >> f }' README.md
snippets=("$WORK"/snippets/*.sh)
echo "== shellcheck: ${#scripts[@]} scripts, ${#snippets[@]} bash blocks from README.md"
if shellcheck -x "${scripts[@]}" && shellcheck -e SC2034 "${snippets[@]}"; then
    echo "shellcheck: clean"
else
    failed+=(shellcheck)
fi

# ---- systemd-analyze verify on the units, where systemd-analyze works here
echo "== systemd-analyze verify"
probe="$WORK/probe/palvelupiste-probe.service"
mkdir -p "${probe%/*}"
printf '[Unit]\nDescription=probe\n[Service]\nExecStart=/bin/true\n' > "$probe"
if ! command -v systemd-analyze >/dev/null; then
    echo "NOTE: systemd-analyze is not installed here; unit files not verified (they are on a real Pi)."
elif ! systemd-analyze verify "$probe" >"$WORK/probe.log" 2>&1; then
    echo "NOTE: systemd-analyze does not work in this environment ($(head -n 1 "$WORK/probe.log")); unit files not verified."
else
    # The units (the kiosk's and the hub's), pointed at the scripts here (ExecStart must exist).
    mkdir -p "$WORK/units"
    for u in files/systemd/* hub/files/systemd/*; do
        sed -e "s#/usr/share/palvelupiste/bin#$PROV/files/bin#g" -e "s#/usr/share/palvelupiste-hub/bin#$PROV/hub/files/bin#g" \
            "$u" > "$WORK/units/${u##*/}"
    done
    verify_rc=0
    (cd "$WORK/units" && systemd-analyze verify --man=no ./*.service ./*.timer) >"$WORK/verify.log" 2>&1 || verify_rc=$?
    # Notes about units that only exist on a real system are not our problem.
    grep -v -e 'getty@tty1.service' -e 'plymouth-quit-wait.service' "$WORK/verify.log" >"$WORK/verify.notes" || true
    cat "$WORK/verify.notes"
    if ((verify_rc != 0)) || grep -qi 'error\|fail\|unknown\|invalid\|not executable\|ignoring' "$WORK/verify.notes"; then
        failed+=(systemd-analyze)
    else
        echo "systemd-analyze: all unit files clean"
    fi
fi

# ---- bats (last, so its summary ends the output)
if ((${#failed[@]})); then
    echo "FAILED before bats: ${failed[*]}"
fi
echo "== bats"
# The pretty formatter gives the summary line; keep only each line's final text
# (it redraws lines with terminal escapes, which would clutter a build log).
status=0
bats --formatter pretty test/ | sed -E 's/.*\x1B\[1G//; s/\x1B\[[0-9;]*[A-Za-z]//g' || status=$?
if ((${#failed[@]})) && ((status == 0)); then
    status=1
fi
exit "$status"
