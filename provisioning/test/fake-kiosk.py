"""A stand-in for the kiosk application and Chromium's debugging port, for the watchdog tests.

    python3 fake-kiosk.py DIR

Listens on 127.0.0.1 on a free port and writes the port number to DIR/port. What it answers
is read from files in DIR at each request, so a test can change it between checks:
  /actuator/health  DIR/health: "up" (default, 200), "down" (503), "hang" (accepts, never answers)
  /kiosk/heartbeat  DIR/heartbeat: the JSON body to send; no file = 404 (an app without it)
  /json/list        DIR/pages: the JSON body to send; no file = 404
Every request's path is appended to DIR/requests. Stops by itself after 120 s.
"""
import http.server
import sys
import threading
import time
from pathlib import Path

LIFETIME_SECONDS = 120
DIR = Path(sys.argv[1])


def setting(name, default=None):
    try:
        return (DIR / name).read_text().strip()
    except FileNotFoundError:
        return default


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(DIR / "requests", "a") as log:
            log.write(self.path + "\n")
        if self.path == "/actuator/health":
            state = setting("health", "up")
            if state == "hang":
                time.sleep(LIFETIME_SECONDS)
                return
            if state == "down":
                self.answer(503, '{"status":"DOWN"}')
            else:
                self.answer(200, '{"status":"UP"}')
        elif self.path in ("/kiosk/heartbeat", "/json/list"):
            body = setting("heartbeat" if self.path == "/kiosk/heartbeat" else "pages")
            if body is None:
                self.answer(404, '{"error":"not found"}')
            else:
                self.answer(200, body)
        else:
            self.answer(404, '{"error":"not found"}')

    def answer(self, status, body):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
(DIR / "port.tmp").write_text(str(server.server_address[1]))
(DIR / "port.tmp").rename(DIR / "port")
time.sleep(LIFETIME_SECONDS)
server.shutdown()
