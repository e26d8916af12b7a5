# shellcheck shell=bash
# Shared by the fake server commands in this folder (hub.bats puts the folder
# first on PATH). Each fake writes its command line into $FAKE_LOG, one call a
# line, and keeps what it stands for (units, PostgreSQL's roles ...) as files
# under $FAKE_STATE, so that a second run of a script sees what the first did.
: "${FAKE_LOG:?the fakes need FAKE_LOG}"
: "${FAKE_STATE:?the fakes need FAKE_STATE}"
mkdir -p "$FAKE_STATE"

fake_log() { printf '%s\n' "${0##*/}${*:+ $*}" >> "$FAKE_LOG"; }

# A test makes a command fail by naming it (e.g. "pg_dump", "nginx -t") in $FAKE_STATE/failing.
fake_fails() { grep -qxF -- "$1" "$FAKE_STATE/failing" 2>/dev/null; }
