"""An office HTTPS proxy: the client tunnels through it (CONNECT) with TLS verified end to end."""

from __future__ import annotations

import select
import socket
import socketserver
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import trustme

from tupay_desktop.api.client import CashoutClient, proxy_for
from tupay_desktop.api.models import Created

from .test_client import make_request
from .test_client_tls import _trusting_context


class _ConnectProxy(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Tunnel)
        self.connects: list[str] = []


class _Tunnel(socketserver.BaseRequestHandler):
    server: _ConnectProxy

    def handle(self) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            head += chunk
        method, target, _ = head.split(b"\r\n", 1)[0].decode().split(" ", 2)
        if method != "CONNECT":
            self.request.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            return
        self.server.connects.append(target)
        host, port = target.rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=10) as upstream:
            self.request.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            peers = {self.request: upstream, upstream: self.request}
            while True:
                readable, _, _ = select.select(list(peers), [], [], 10)
                if not readable:
                    return
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)


@pytest.fixture
def connect_proxy() -> Iterator[_ConnectProxy]:
    proxy = _ConnectProxy()
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    yield proxy
    proxy.shutdown()
    proxy.server_close()


def test_create_goes_through_the_proxy_tunnel(
    tls_sandbox: Any, ca: trustme.CA, connect_proxy: _ConnectProxy
) -> None:
    proxy_url = f"http://127.0.0.1:{connect_proxy.server_address[1]}"
    with CashoutClient(
        tls_sandbox.url, tls_sandbox.credentials, ssl_context=_trusting_context(ca), proxy=proxy_url
    ) as client:
        outcome = client.create(make_request())
    assert isinstance(outcome, Created), outcome
    host_port = tls_sandbox.url.removeprefix("https://")
    assert connect_proxy.connects == [host_port]
    assert tls_sandbox.find(external_id=outcome.external_id) is not None


def test_the_proxy_comes_from_the_environment_for_remote_https_only(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert proxy_for("https://api-stg.tupayonline.com") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.office.example:3128")
    assert proxy_for("https://api-stg.tupayonline.com") == "http://proxy.office.example:3128"
    assert proxy_for("http://127.0.0.1:8765") is None  # the local sandbox is never proxied
    assert proxy_for("https://localhost:8443") is None
    monkeypatch.setenv("NO_PROXY", "tupayonline.com")
    assert proxy_for("https://api.tupayonline.com") is None
