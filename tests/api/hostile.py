"""Small raw-socket HTTP peers that misbehave on purpose, on real loopback sockets.

A :class:`HostilePeer` accepts connections, reads each request (head and ``Content-Length`` body)
and hands the socket to a behaviour, which writes whatever bytes it likes. ``stop`` is set when the
test is done; a behaviour that drips bytes paces itself on it and ends when the client hangs up.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

Behaviour = Callable[[socket.socket, bytes, threading.Event], None]


class HostilePeer:
    def __init__(self, behave: Behaviour) -> None:
        self._behave = behave
        self.stop = threading.Event()
        self.requests: list[bytes] = []
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(8)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._threads: list[threading.Thread] = []
        accept = threading.Thread(target=self._accept, daemon=True)
        accept.start()
        self._threads.append(accept)

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            worker = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            worker.start()
            self._threads.append(worker)

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            request = _read_request(conn)
            if request is None:
                return
            self.requests.append(request)
            with suppress(OSError):
                self._behave(conn, request, self.stop)

    def close(self) -> None:
        self.stop.set()
        with suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=5):
            pass  # wakes the accept loop, which then sees ``stop``
        with suppress(OSError):
            self._listener.close()
        for thread in self._threads:
            thread.join(timeout=5)


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


@contextmanager
def hostile_peer(behave: Behaviour) -> Iterator[HostilePeer]:
    peer = HostilePeer(behave)
    try:
        yield peer
    finally:
        peer.close()


def answer(status: str, body: bytes, *headers: str) -> bytes:
    """A complete HTTP/1.1 answer with ``Content-Length``."""
    lines = [f"HTTP/1.1 {status}", *headers, f"Content-Length: {len(body)}", "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def drip(conn: socket.socket, data: bytes, stop: threading.Event, every: float = 0.05) -> None:
    """Send ``data`` one byte at a time, one byte per ``every`` seconds, until ``stop`` is set."""
    for i in range(len(data)):
        if stop.wait(every):
            return
        conn.sendall(data[i : i + 1])
