"""A local HTTP server standing in for a webhook's receiver, shared by the webhook tests."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver:
    """Records the POSTs it gets and answers them with ``statuses`` in turn (the last one
    repeats), after ``delay`` seconds; with ``redirect_to`` it answers 302 to that URL."""

    def __init__(self, statuses=(200,), delay=0.0, redirect_to=None):
        self.requests = []
        self.statuses = list(statuses)
        self.delay = delay
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                time.sleep(receiver.delay)
                if redirect_to:
                    self.send_response(302)
                    self.send_header("Location", redirect_to)
                else:
                    self.send_response(receiver.next_status())
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_port
        self.url = f"http://127.0.0.1:{self.port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def next_status(self):
        return self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def receiver_factory(**defaults):
    """A fixture body: yields ``make(**kwargs)`` and closes every receiver made."""
    made = []

    def make(**kwargs):
        made.append(Receiver(**{**defaults, **kwargs}))
        return made[-1]

    yield make
    for receiver in made:
        receiver.close()
