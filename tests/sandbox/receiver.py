"""A real merchant notification receiver on a loopback port, for tests of the sandbox's webhooks.

It records every request (method, headers, raw body, parsed form fields) and answers with the
HTTP statuses it is told to (``answers``: one per request, the last one repeats). Tests wait on
conditions (:meth:`Receiver.wait_for`), never sleep.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def fields(self) -> list[tuple[str, str]]:
        return parse_qsl(self.body.decode("ascii"), keep_blank_values=True, strict_parsing=True)

    @property
    def form(self) -> dict[str, str]:
        return dict(self.fields)


class Receiver:
    def __init__(self, answers: tuple[int, ...] = (200,)) -> None:
        self.answers = list(answers)
        self.received: list[Received] = []
        self.condition = threading.Condition()
        #: While set, the receiver holds every request until it is cleared (a slow merchant server).
        self.hold = threading.Event()
        self.release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with receiver.condition:
                    receiver.received.append(Received("POST", self.path, dict(self.headers.items()), body))
                    index = len(receiver.received) - 1
                    status = receiver.answers[min(index, len(receiver.answers) - 1)]
                    receiver.condition.notify_all()
                if receiver.hold.is_set():
                    receiver.release.wait(10)
                answer = f"answer {index + 1}: {status}".encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/notify/tupay"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def wait_for(self, predicate: Callable[[list[Received]], bool], timeout: float = 10.0) -> list[Received]:
        with self.condition:
            assert self.condition.wait_for(lambda: predicate(self.received), timeout), self.received
            return list(self.received)

    def wait_count(self, count: int, timeout: float = 10.0) -> list[Received]:
        return self.wait_for(lambda got: len(got) >= count, timeout)


@contextmanager
def receiving(answers: tuple[int, ...] = (200,)) -> Iterator[Receiver]:
    receiver = Receiver(answers)
    receiver._thread.start()
    try:
        yield receiver
    finally:
        receiver.release.set()
        receiver._server.shutdown()
        receiver._server.server_close()


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait until ``predicate()`` holds (checked every 20 ms; fails after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        pause.wait(0.02)
