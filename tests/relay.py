"""A loopback TCP relay in front of the sandbox that can hold requests for as long as a test needs.

Tests that need a request to be "in flight" while they look (a busy indicator, a close that waits,
a lookup to cancel) hold it here instead of asking the sandbox for a delay and racing it: a busy
machine can make any delay too short, never a held request. ``hold()`` makes every request that
arrives afterwards wait (read in full, not passed on); ``release()`` lets them all through.
"""

from __future__ import annotations

import contextlib
import socket
import threading


class GatedRelay:
    """Passes connections to ``upstream`` (``http://host:port``); requests wait while held."""

    def __init__(self, upstream: str) -> None:
        host, port = upstream.removeprefix("http://").rstrip("/").split(":")
        self._upstream = (host, int(port))
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._open = threading.Event()
        self._open.set()
        self._closed = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = [self._listener]
        self._threads: list[threading.Thread] = []
        #: Requests (their first bytes) that arrived while held and wait to be passed on.
        self.waiting = 0
        self._start(self._accept)

    def hold(self) -> None:
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self._upstream)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, upstream]
            self._start(self._forward, client, upstream)
            self._start(self._back, upstream, client)

    def _forward(self, client: socket.socket, upstream: socket.socket) -> None:
        while True:
            try:
                chunk = client.recv(65536)
            except OSError:
                chunk = b""
            if not self._open.is_set():
                with self._lock:
                    self.waiting += 1
                self._open.wait()
                with self._lock:
                    self.waiting -= 1
            try:
                if not chunk:
                    upstream.shutdown(socket.SHUT_WR)
                    return
                upstream.sendall(chunk)
            except OSError:
                return

    @staticmethod
    def _back(upstream: socket.socket, client: socket.socket) -> None:
        while True:
            try:
                chunk = upstream.recv(65536)
                if not chunk:
                    client.shutdown(socket.SHUT_WR)
                    return
                client.sendall(chunk)
            except OSError:
                return

    def close(self) -> None:
        self._open.set()
        with self._lock:
            sockets, threads = list(self._sockets), list(self._threads)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        for thread in threads:
            thread.join(timeout=5)
