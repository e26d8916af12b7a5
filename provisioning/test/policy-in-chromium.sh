#!/bin/bash
# Opens URLs in a real (headless) Chromium that has the kiosk's policy file, and
# prints "title<TAB>url" of every page it then shows. Used by browser-lockdown.bats.
#   unshare --mount --net [--map-root-user] bash policy-in-chromium.sh POLICY.json WORKDIR URL...
# Chromium on Linux reads managed policies only from /etc/chromium/policies/managed.
# So this script must run in its own mount and network namespace (unshare): there
# a copy of /etc/chromium with the policy is mounted over /etc/chromium, and a fake
# kiosk application listens on localhost:8080 and :8081. Nothing outside changes;
# everything vanishes with the namespace when the script ends. The fake application
# answers every path with a page titled "APP:<path>" and logs it to WORKDIR/requests.
set -euo pipefail

policy="$1" work="$2"
shift 2
chromium="${PALVELUPISTE_TEST_CHROMIUM:-/usr/lib/chromium/chromium}"
[[ -d /etc/chromium ]] || { echo "no /etc/chromium to mount over (is Debian's chromium installed?)" >&2; exit 1; }
mkdir -p "$work"

# Never let the mount below reach the real system, even if unshare did not say so.
mount --make-rprivate /
# The new network namespace has only a loopback interface, and it is down.
python3 -c '
import fcntl, socket, struct
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
flags = struct.unpack("16sH", fcntl.ioctl(s, SIOCGIFFLAGS, struct.pack("16sH", b"lo", 0)))[1]
fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH", b"lo", flags | IFF_UP))'

mkdir -p "$work/etc-chromium"
cp -a /etc/chromium/. "$work/etc-chromium/"
rm -rf "$work/etc-chromium/policies"
mkdir -p "$work/etc-chromium/policies/managed"
cp "$policy" "$work/etc-chromium/policies/managed/palvelupiste.json"
mount --bind "$work/etc-chromium" /etc/chromium

: > "$work/requests"
python3 - "$work/requests" <<'PY' &
import http.server, socket, sys, threading, time
class Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(sys.argv[1], "a") as log:
            log.write(f"{self.server.server_address[1]} {self.path}\n")
        body = f"<html><head><title>APP:{self.path}</title></head><body>kiosk</body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
class DualStack(http.server.ThreadingHTTPServer):
    address_family = socket.AF_INET6
    daemon_threads = True
    def server_bind(self):
        self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        super().server_bind()
for port in (8080, 8081):
    threading.Thread(target=DualStack(("::", port), Page).serve_forever, daemon=True).start()
time.sleep(60)
PY
app=$!
for _ in $(seq 50); do
    curl -fsS --max-time 1 -o /dev/null http://127.0.0.1:8081/ready 2> /dev/null && break
    sleep 0.1
done
"$chromium" --headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check \
    --user-data-dir="$work/profile" --remote-debugging-address=127.0.0.1 --remote-debugging-port=9222 \
    http://localhost:8080/ > "$work/chromium.log" 2>&1 &
browser=$!
trap 'kill "$browser" "$app" 2>/dev/null || true; wait 2>/dev/null || true' EXIT

devtools=http://127.0.0.1:9222
for _ in $(seq 100); do
    curl -fsS --max-time 1 "$devtools/json/version" > /dev/null 2>&1 && break
    sleep 0.2
done
# One new tab per address, all at once (one after the other takes half a second each).
openers=()
while read -r quoted; do
    curl -fsS --max-time 10 -X PUT "$devtools/json/new?$quoted" > /dev/null &
    openers+=($!)
done < <(python3 -c 'import sys, urllib.parse; [print(urllib.parse.quote(u, safe="")) for u in sys.argv[1:]]' "$@")
wait "${openers[@]}"

# Wait (at most 10 s) until every page is open, then give them time to load.
list() { curl -fsS --max-time 5 "$devtools/json/list"; }
for _ in $(seq 20); do
    sleep 0.5
    list | python3 -c '
import json, sys
sys.exit(0 if sum(t["type"] == "page" for t in json.load(sys.stdin)) > int(sys.argv[1]) else 1)' "$#" && break
done
sleep 2
list | python3 -c '
import json, sys
for t in json.load(sys.stdin):
    if t["type"] == "page":
        print(t["title"] + "\t" + t["url"])'
