"""The one way the Desk speaks HTTP: the transport under the cashout client and the Merchants client.

httpx over truststore's TLS, with an overall deadline per request (httpx's own timeouts apply to
each socket operation only) and a cap on every answer's size, before and after decompression.
Imported by the clients when they are built (on a worker), never on the way to the first window.
"""

from __future__ import annotations

import contextlib
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx
import truststore

from tupay_desktop.api.client import _FROM_ENVIRONMENT, MAX_RESPONSE_BYTES, Timeouts, proxy_for

__all__ = ["BodyProblem", "HttpSession", "read_body"]


class _Deadline(threading.local):
    """The monotonic time by which the calling thread's request must be over (None: no request)."""

    at: float | None = None


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the current request's deadline.

    httpx's read and write timeouts apply to each socket operation, so a peer that sends one byte
    a second (or ``100 Continue`` after ``100 Continue``) would hold a request for ever. Here each
    operation's timeout is cut to what is left of the deadline, and once it has passed every
    operation fails at once with httpcore's own timeout exception — which httpx reports as usual.
    (CPython's TLS handshake and ``sendall`` treat their timeout as a total, so they end in time too.)
    """

    def __init__(self, stream: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._stream = stream
        self._deadline = deadline

    def _timeout(self, timeout: float | None, expired: type[Exception]) -> float | None:
        return _cut(self._deadline, timeout, expired)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._timeout(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._timeout(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(
            ssl_context, server_hostname, self._timeout(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(stream, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


def _cut(deadline: _Deadline, timeout: float | None, expired: type[Exception]) -> float | None:
    if deadline.at is None:
        return timeout
    left = deadline.at - time.monotonic()
    if left <= 0:
        raise expired("the request's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's blocking network backend, with streams that keep the request's deadline."""

    def __init__(self, deadline: _Deadline) -> None:
        self._backend = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, _cut(self._deadline, timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - the client never uses unix sockets
        stream = self._backend.connect_unix_socket(
            path, _cut(self._deadline, timeout, httpcore.ConnectTimeout), socket_options
        )
        return _DeadlineStream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:  # pragma: no cover - only between connect retries
        self._backend.sleep(seconds)


def _transport(context: ssl.SSLContext, proxy: str | None, deadline: _Deadline) -> httpx.HTTPTransport:
    """httpx's transport, with its connection pool on the deadline-keeping network backend."""
    transport = httpx.HTTPTransport(verify=context, trust_env=False, proxy=proxy)
    pool = getattr(transport, "_pool", None)
    if not hasattr(pool, "_network_backend"):  # pragma: no cover - guards an httpx/httpcore upgrade
        raise RuntimeError("this httpx/httpcore cannot give requests a deadline; pin httpcore 1.x")
    pool._network_backend = _DeadlineBackend(deadline)  # type: ignore[union-attr]
    return transport


class HttpSession:
    """The one way the Desk speaks HTTP, for the cashout API and the Merchants API alike.

    httpx over truststore's TLS (verification can only be strengthened, never turned off), taking
    nothing from the environment but the office's HTTPS proxy, following no redirect, and keeping
    every request within an overall deadline (:class:`Timeouts` ``deadline``) on top of httpx's
    per-operation timeouts. Bodies are read with :func:`read_body` (at most 1 MiB, before and after
    decompression).
    """

    def __init__(
        self,
        base_url: str,
        timeouts: Timeouts,
        ssl_context: ssl.SSLContext | None = None,
        proxy: str | object | None = _FROM_ENVIRONMENT,
    ) -> None:
        context = ssl_context if ssl_context is not None else truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if context.verify_mode != ssl.CERT_REQUIRED or not context.check_hostname:
            raise ValueError("the SSL context must verify certificates and host names")
        # httpx takes nothing from the environment (trust_env=False: no .netrc, no proxy variables
        # of its own, no SSL_CERT_FILE of its own); only the office's HTTPS proxy is taken from it,
        # here. The trust anchors are truststore's: the OS trust store on Windows and macOS; on
        # Linux OpenSSL's default verify paths, which honour the SSL_CERT_FILE and SSL_CERT_DIR
        # variables (else the distribution's CA bundle). TLS is end to end through a proxy's tunnel.
        chosen = proxy_for(base_url) if proxy is _FROM_ENVIRONMENT else proxy
        proxy_url = chosen if isinstance(chosen, str) and chosen else None
        self.timeouts = timeouts
        self._deadline = _Deadline()
        self.http = httpx.Client(
            transport=_transport(context, proxy_url, self._deadline),
            timeout=timeouts.to_httpx(),
            follow_redirects=False,
            trust_env=False,
        )

    @contextlib.contextmanager
    def deadline(self) -> Iterator[float]:
        """Within the block, every network operation of this thread ends by the request deadline
        (seconds, yielded)."""
        seconds = self.timeouts.deadline
        self._deadline.at = time.monotonic() + seconds
        try:
            yield seconds
        finally:
            self._deadline.at = None

    def deadline_passed(self) -> bool:
        """Whether the deadline of the request under way has passed (inside :meth:`deadline`)."""
        at = self._deadline.at
        return at is not None and time.monotonic() >= at

    @property
    def is_closed(self) -> bool:
        return self.http.is_closed

    def close(self) -> None:
        self.http.close()


class BodyProblem(Exception):
    """An answer that arrived but cannot be read safely (too large, unknown or broken encoding)."""


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):g} MiB"


def read_body(response: httpx.Response, limit: int = MAX_RESPONSE_BYTES) -> bytes:
    """The answer's body, decoded, at most ``limit`` bytes before and after decompression."""
    declared = response.headers.get("content-length", "").strip()
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise BodyProblem(
            f"the answer announces {int(declared)} bytes, more than the {_mib(limit)} accepted"
        )
    raw = bytearray()
    for chunk in response.iter_raw():
        raw += chunk
        if len(raw) > limit:
            raise BodyProblem(f"the answer is larger than the {_mib(limit)} accepted")
    return _decode_body(bytes(raw), response.headers.get_list("content-encoding", split_commas=True), limit)


def _decode_body(data: bytes, encodings: list[str], limit: int) -> bytes:
    """Undo ``Content-Encoding`` (gzip, deflate; last applied first), never inflating past ``limit``."""
    for coding in reversed([c.strip().lower() for c in encodings]):
        if coding in ("", "identity"):
            continue
        if coding in ("gzip", "x-gzip"):
            data = _inflate(data, zlib.MAX_WBITS | 16, limit)
        elif coding == "deflate":
            try:
                data = _inflate(data, zlib.MAX_WBITS, limit)
            except zlib.error:  # servers send raw deflate as often as zlib-wrapped
                data = _inflate(data, -zlib.MAX_WBITS, limit)
        else:
            raise BodyProblem(f"the answer is compressed as {coding[:40]!r}, which the Desk cannot read")
    return data


def _inflate(data: bytes, wbits: int, limit: int) -> bytes:
    decompressor = zlib.decompressobj(wbits)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error:
        if wbits == zlib.MAX_WBITS:
            raise
        raise BodyProblem("the compressed answer is damaged") from None
    if len(out) > limit or decompressor.unconsumed_tail:
        raise BodyProblem(f"the answer decompresses to more than the {_mib(limit)} accepted")
    return out


# --------------------------------------------------------------------------------------------
# The client
# --------------------------------------------------------------------------------------------
