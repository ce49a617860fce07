"""The sandbox's HTTP face: a ThreadingHTTPServer speaking TuPay's cashout API, plus faults and admin.

Checks run in TuPay's order (README.md): client IP whitelist (402) → ``Payload-Signature`` over the
raw body bytes (302) → well-formed JSON object (502) → ``login``/``pass`` (401) → fields (300/303)
→ business rules (511, 514, 509, 510). Every answer's HTTP status comes from one table
(``ledger.HTTP_STATUS_FOR_CODE``, D24's mapping of spec §5.6), and so does the answer to a request
that is not even HTTP (a TuPay-shaped JSON error, never the standard library's HTML page).
Request bodies are never logged; the access log (logger ``tupay_desktop.sandbox``, DEBUG) holds
method, path and status only.

The signature is checked over the raw bytes, whatever the serialiser (escaped slashes, ``\\u`` escapes,
spaces). TuPay's cashout calls sign only the body; deposits (not ours) sign
``X-Date + X-Login + body`` with ``Authorization: TUPAY …`` — and a second public TuPay Peru
client uses the prefix ``D24 `` there (spec §11, §13.19).
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import os
import secrets
import socket
import ssl
import struct
import threading
import time
from collections import deque
from dataclasses import fields as dataclass_fields
from decimal import Decimal, InvalidOperation
from enum import Enum
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tupay_desktop.api.models import Credentials
from tupay_desktop.api.signing import HEADER as SIGNATURE_HEADER
from tupay_desktop.api.signing import signature_matches
from tupay_desktop.sandbox.ledger import (
    Ledger,
    SandboxCashout,
    SandboxConfig,
    SandboxError,
    SandboxNotification,
    notification_control,
)
from tupay_desktop.sandbox.merchants import MERCHANTS_PREFIX, MerchantsApi
from tupay_desktop.sandbox.notifier import Notifier

log = logging.getLogger("tupay_desktop.sandbox")

ENV_API_KEY = "TUPAY_API_KEY"
ENV_PASSPHRASE = "TUPAY_API_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
ENV_SIGNATURE = "TUPAY_API_SIGNATURE"

CREATE_PATH = "/v3/cashout"
STATUS_PATH = "/v3/cashout/status"
CANCEL_PATH = "/v3/cashout/cancel"
ADMIN_PREFIX = "/_sandbox/"
#: The cashout API: (method, path) → operation. ``PUT /v3/cashout/status`` (hold/release) and
#: ``DELETE /v3/cashout/cancel`` are D24-documented only (spec §7): experimental.
_ROUTES: dict[tuple[str, str], str] = {
    ("POST", CREATE_PATH): "create",
    ("POST", STATUS_PATH): "status",
    ("PUT", STATUS_PATH): "update_status",
    ("DELETE", CANCEL_PATH): "cancel",
}
_MAX_BODY = 1 << 20
#: At most this many faults may be queued at once (the admin API refuses more).
MAX_QUEUED_FAULTS = 1000


class Fault(Enum):
    """A failure injected into the next API request(s) (admin and unknown paths never consume one).

    ``RESET_BEFORE_COMMIT`` (alias ``CONNECTION_RESET``): the request is read, then the connection is
    reset (TCP RST) without processing it — nothing is created or cancelled.
    ``RESET_AFTER_COMMIT``: the request is processed normally (a create is committed), then the
    connection is reset instead of answering.
    ``HTTP_500`` / ``HTTP_503``: answered without processing (nothing committed); 500 carries a TuPay
    error body, 503 a load balancer's HTML page.
    ``TRUNCATED_BODY``: processed normally (committed), then the answer announces a longer
    Content-Length than it sends and the connection is closed.
    ``MALFORMED_BODY``: processed normally (committed), then answered 200 with a non-JSON body.
    """

    HTTP_500 = "HTTP_500"
    HTTP_503 = "HTTP_503"
    RESET_BEFORE_COMMIT = "RESET_BEFORE_COMMIT"
    CONNECTION_RESET = "RESET_BEFORE_COMMIT"
    RESET_AFTER_COMMIT = "RESET_AFTER_COMMIT"
    TRUNCATED_BODY = "TRUNCATED_BODY"
    MALFORMED_BODY = "MALFORMED_BODY"

    @property
    def before_processing(self) -> bool:
        return self in (Fault.HTTP_500, Fault.HTTP_503, Fault.RESET_BEFORE_COMMIT)


def credentials_from_env_or_generate() -> Credentials:
    """``TUPAY_API_KEY``/``TUPAY_API_PASSPHRASE``/``TUPAY_API_SIGNATURE`` if all set, else fresh ones."""
    values = [os.environ.get(name, "") for name in (ENV_API_KEY, ENV_PASSPHRASE, ENV_SIGNATURE)]
    if all(values):
        return Credentials(api_key=values[0], passphrase=values[1], signature_secret=values[2])
    return Credentials(
        api_key="sbx_" + secrets.token_hex(12),
        passphrase=secrets.token_urlsafe(18),
        signature_secret=secrets.token_hex(32),
    )


def _is_loopback(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def _ip_allowed(host: str, whitelist: tuple[str, ...]) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    candidates: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [address]
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        candidates.append(address.ipv4_mapped)
    for entry in whitelist:
        try:
            network = ipaddress.ip_network(entry, strict=False)
        except ValueError:
            continue
        if any(candidate.version == network.version and candidate in network for candidate in candidates):
            return True
    return False


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def parse_json_object(body: bytes) -> dict[str, Any]:
    """Strict JSON object parse (amounts as Decimal); raises ``SandboxError`` 502 otherwise."""
    try:
        parsed = json.loads(body.decode("utf-8"), parse_float=Decimal, parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SandboxError(502, "Invalid request body. JSON not well formed") from None
    if not isinstance(parsed, dict):
        raise SandboxError(502, "Invalid request body. JSON not well formed")
    return parsed


def _json_bytes(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], sandbox: Sandbox, tls: ssl.SSLContext | None) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.sandbox = sandbox
        self.tls = tls
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        conn: socket.socket = request
        if self.tls is not None:
            try:
                conn.settimeout(10)
                conn = self.tls.wrap_socket(request, server_side=True)
            except (OSError, ssl.SSLError):
                return
        with self._open_lock:
            self._open.add(conn)
        try:
            _Handler(conn, client_address, self)
        finally:
            with self._open_lock:
                self._open.discard(conn)
            if conn is not request:
                try:
                    conn.close()
                except OSError:
                    pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-answer is normal here (timeouts, faults): no traceback on stderr."""
        log.debug("connection from %s ended abruptly", client_address[0], exc_info=True)

    def close_open_connections(self) -> None:
        with self._open_lock:
            conns = list(self._open)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "TuPaySandbox/1"
    sys_version = ""
    timeout = 30
    server: _Server

    # -- plumbing ---------------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = urlsplit(self.path).path if hasattr(self, "path") else "?"
        method = getattr(self, "command", "?")
        log.debug("%s %s %s", method, path, code)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed HTTP (a bad request line or version, oversized headers, an unsupported method):
        a TuPay-shaped JSON error instead of the standard library's HTML page, then close."""
        if getattr(self, "request_version", "HTTP/0.9") == "HTTP/0.9":
            self.request_version = "HTTP/1.1"  # so the status line and headers are written at all
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "Error"
        text = message or phrase
        self.log_error("code %d, message %s", code, text)
        data = _json_bytes({"code": code, "message": text})
        self.close_connection = True
        self.send_response(code, phrase)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        if getattr(self, "command", None) != "HEAD" and code >= 200 and code not in (204, 304):
            self.wfile.write(data)

    def _read_body(self) -> bytes | None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self._error(SandboxError(411, "Length required"), close=True)
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > _MAX_BODY:
            self._error(SandboxError(502, "Invalid request body"), close=True)
            return None
        return self.rfile.read(length) if length else b""

    def _error(self, error: SandboxError, *, close: bool = False) -> None:
        self._send(error.http_status, error.body(), close=close)

    def _send(self, status: int, body: Any, *, close: bool = False,
              content_type: str = "application/json; charset=utf-8") -> None:
        data = body if isinstance(body, bytes) else _json_bytes(body)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(data)

    def _reset(self) -> None:
        """Drop the connection with a TCP RST and no answer."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        try:
            self.connection.close()
        except OSError:
            pass

    def _send_truncated(self, status: int, body: Any) -> None:
        data = _json_bytes(body)
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data) + 64))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data[: max(1, len(data) // 2)])
        self.close_connection = True

    # -- dispatch ---------------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        body = self._read_body()
        if body is None:
            return
        path = urlsplit(self.path).path
        if path.startswith(ADMIN_PREFIX):
            self._admin(path, body)
            return
        if path.startswith(MERCHANTS_PREFIX):  # the Merchants (reconciliation) API: merchants.py
            self.server.sandbox.merchants.handle(self, body)
            return
        operation = _ROUTES.get((self.command, path))
        if operation is None:
            if any(route_path == path for _method, route_path in _ROUTES):
                self._error(SandboxError(405, f"Method {self.command} not allowed on {path}"))
            else:
                self._error(SandboxError(404, f"Not found: {path}"))
            return
        sandbox = self.server.sandbox
        latency = sandbox.config.latency_s
        if latency > 0:
            time.sleep(latency)
        fault = sandbox._take_fault()
        if fault is Fault.HTTP_500:
            self._error(SandboxError(500, "Internal server error"))
            return
        if fault is Fault.HTTP_503:
            page = b"<html><body><h1>503 Service Unavailable</h1></body></html>"
            self._send(503, page, content_type="text/html; charset=utf-8")
            return
        if fault is Fault.RESET_BEFORE_COMMIT:
            self._reset()
            return
        status, answer, reset = self._process(operation, body)
        if fault is Fault.RESET_AFTER_COMMIT or reset:
            self._reset()
        elif fault is Fault.TRUNCATED_BODY:
            self._send_truncated(status, answer)
        elif fault is Fault.MALFORMED_BODY:
            self._send(200, b"<html>Bad gateway{", content_type="application/json")
        else:
            self._send(status, answer)

    def _process(self, operation: str, body: bytes) -> tuple[int, Any, bool]:
        """Run the TuPay checks and the operation; return (HTTP status, JSON body, reset?)."""
        sandbox = self.server.sandbox
        try:
            whitelist = sandbox.config.whitelist
            networks = (whitelist,) if isinstance(whitelist, str) else tuple(whitelist)
            if not _ip_allowed(self.client_address[0], networks):
                raise SandboxError(402, "Unregistered IP address")
            presented = self.headers.get(SIGNATURE_HEADER)
            if not presented:
                raise SandboxError(302, "Invalid control string: missing Payload-Signature")
            if not signature_matches(sandbox.credentials.signature_secret, body, presented):
                raise SandboxError(302, "Invalid control string")
            payload = parse_json_object(body)
            login, password = payload.get("login"), payload.get("pass")
            if not (isinstance(login, str) and isinstance(password, str)
                    and hmac.compare_digest(login.encode(), sandbox.credentials.api_key.encode())
                    and hmac.compare_digest(password.encode(), sandbox.credentials.passphrase.encode())):
                raise SandboxError(401, "Invalid credentials.")
            if operation == "create":
                result = sandbox.ledger.create(payload)
                delay = sandbox.config.response_delay_s
                if delay > 0:
                    time.sleep(delay)
                return 200, {"cashout_id": str(result.cashout.cashout_id)}, result.reset_connection
            if operation == "status":
                return 200, sandbox.ledger.status(payload), False
            if operation == "update_status":
                return 200, sandbox.ledger.update_status(payload), False
            return 200, sandbox.ledger.cancel(payload), False
        except SandboxError as error:
            return error.http_status, error.body(), False

    # -- admin API (loopback clients only) ---------------------------------------------------------

    def _admin(self, path: str, body: bytes) -> None:
        if not _is_loopback(self.client_address[0]):
            self._error(SandboxError(403, "The sandbox admin API answers loopback clients only"))
            return
        sandbox = self.server.sandbox
        parts = [p for p in path[len(ADMIN_PREFIX):].split("/") if p]
        try:
            payload = parse_json_object(body) if body else {}
        except SandboxError:
            self._send(400, {"code": 400, "message": "Admin body must be a JSON object"})
            return
        try:
            if parts == ["cashouts"] and self.command == "GET":
                self._send(200, {"cashouts": [c.to_json() for c in sandbox.cashouts()]})
            elif len(parts) == 3 and parts[0] == "cashouts" and parts[2] == "status" \
                    and self.command == "POST":
                cashout = sandbox.force_status(
                    int(parts[1]), int(payload["status"]),
                    rejection_code=_optional_int(payload.get("rejection_code")),
                    rejection_reason=_optional_str(payload.get("rejection_reason")),
                )
                self._send(200, cashout.to_json())
            elif parts == ["faults"] and self.command == "POST":
                fault = Fault[str(payload["fault"])]
                count = payload.get("count", 1)
                if isinstance(count, bool) or not isinstance(count, int):
                    raise ValueError("count must be a whole number")
                sandbox.inject(fault, count)
                self._send(200, {"queued": sandbox.pending_faults()})
            elif parts == ["notifications"] and self.command == "GET":
                query = parse_qs(urlsplit(self.path).query)
                wanted = query.get("cashout_id", [None])[0]
                found = sandbox.notifications(int(wanted) if wanted is not None else None)
                self._send(200, {"notifications": [n.to_json() for n in found]})
            elif len(parts) == 3 and parts[0] == "notifications" and parts[2] == "resend" \
                    and self.command == "POST":
                self._send(200, sandbox.resend_notification(int(parts[1])).to_json())
            elif parts == ["config"] and self.command in ("GET", "POST"):
                if self.command == "POST":
                    sandbox.update_config(payload)
                self._send(200, sandbox.config_json())
            elif parts[:1] == ["merchants"]:
                self._send(*sandbox.merchants.admin(self.command, parts[1:], payload))
            else:
                self._error(SandboxError(404, f"Not found: {path}"))
        except KeyError as error:
            self._send(400, {"code": 400, "message": f"Bad admin request: missing or unknown {error}"})
        except LookupError as error:
            self._send(404, {"code": 404, "message": f"Not found: {error}"})
        except (ValueError, TypeError, InvalidOperation) as error:
            self._send(400, {"code": 400, "message": f"Bad admin request: {error}"})


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


class Sandbox:
    """A local TuPay Cashout API on a background thread. Use as a context manager or start()/stop()."""

    def __init__(self, *, config: SandboxConfig | None = None, credentials: Credentials | None = None,
                 host: str = "127.0.0.1", port: int = 0, tls: tuple[Path, Path] | None = None,
                 state_file: Path | None = None) -> None:
        self.config = config if config is not None else SandboxConfig()
        self.credentials = credentials if credentials is not None else credentials_from_env_or_generate()
        self.host = host
        self.port = port
        self.tls = tls
        self.state_file = Path(state_file) if state_file is not None else None
        self.ledger = Ledger(lambda: self.config, self.state_file)
        self.ledger.notification_control = lambda external_id: notification_control(
            self.credentials.signature_secret, external_id)
        self.notifier = Notifier(self.ledger, lambda: self.config)
        self.ledger.on_notification = self.notifier.wake
        #: The Merchants (reconciliation) API on the same port (``sandbox/merchants.py``).
        self.merchants = MerchantsApi(self)
        self._faults: deque[Fault] = deque()
        self._faults_lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"Sandbox(url={self.url!r})"

    # -- lifecycle --------------------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Bind (a random free port if ``port`` is 0) and serve on a daemon thread."""
        if self._server is not None:
            return self
        context: ssl.SSLContext | None = None
        if self.tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(self.tls[0]), str(self.tls[1]))
        server = _Server((self.host, self.port), self, context)
        self.port = int(server.server_address[1])
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                                        name=f"tupay-sandbox-{self.port}", daemon=True)
        self._thread.start()
        self.notifier.start(name=f"tupay-sandbox-notifier-{self.port}")
        log.info("TuPay sandbox listening on %s", self.url)
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket and any open connections."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self.notifier.stop()
        server.shutdown()
        server.server_close()
        server.close_open_connections()
        if thread is not None:
            thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        scheme = "https" if self.tls is not None else "http"
        host = self.host
        if host in ("", "0.0.0.0"):  # noqa: S104 - displaying, not binding
            host = "127.0.0.1"
        elif host == "::":
            host = "::1"
        if ":" in host:
            host = f"[{host}]"
        return f"{scheme}://{host}:{self.port}"

    # -- faults -----------------------------------------------------------------------------------

    def inject(self, fault: Fault, count: int = 1) -> None:
        """Give the next ``count`` API requests ``fault`` (queued after any faults already pending)."""
        if count < 0:
            raise ValueError("count must be >= 0")
        with self._faults_lock:
            if len(self._faults) + count > MAX_QUEUED_FAULTS:
                raise ValueError(f"at most {MAX_QUEUED_FAULTS} faults may be queued "
                                 f"({len(self._faults)} already are)")
            self._faults.extend([fault] * count)

    def pending_faults(self) -> list[str]:
        with self._faults_lock:
            return [f.name for f in self._faults]

    def _take_fault(self) -> Fault | None:
        with self._faults_lock:
            return self._faults.popleft() if self._faults else None

    # -- state ------------------------------------------------------------------------------------

    def force_status(self, cashout_id: int, status: int, rejection_code: int | None = None,
                     rejection_reason: str | None = None) -> SandboxCashout:
        """Move a cashout to ``status`` now (REJECTED takes an optional code/reason; the reason
        defaults to the code's §6.5 name). Raises ``LookupError`` for an unknown id."""
        return self.ledger.force_status(cashout_id, status, rejection_code, rejection_reason)

    def cashouts(self) -> list[SandboxCashout]:
        return self.ledger.cashouts()

    def find(self, *, cashout_id: int | None = None, external_id: str | None = None) -> SandboxCashout | None:
        return self.ledger.find(cashout_id=cashout_id, external_id=external_id)

    def notifications(self, cashout_id: int | None = None) -> list[SandboxNotification]:
        """The notifications sent or queued (for one cashout), oldest first, with every attempt."""
        return self.ledger.notifications(cashout_id)

    def resend_notification(self, notification_id: int) -> SandboxNotification:
        """Send a notification again now (the panel's "resend"). ``LookupError`` if unknown."""
        return self.ledger.resend_notification(notification_id)

    def update_config(self, changes: dict[str, Any]) -> None:
        """Apply admin-API config changes (known fields only; balance as Decimal)."""
        known = {f.name for f in dataclass_fields(SandboxConfig)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unknown config field(s): {', '.join(sorted(unknown))}")
        for name, value in changes.items():
            current = getattr(self.config, name)
            if isinstance(current, bool):
                if not isinstance(value, bool):
                    raise ValueError(f"{name} must be true or false")
                setattr(self.config, name, value)
            elif isinstance(current, str):
                if not isinstance(value, str):
                    raise ValueError(f"{name} must be a string")
                setattr(self.config, name, value.strip())
            elif name == "notify_retry_unit_s" and float(value) <= 0:
                raise ValueError(f"{name} must be > 0")
            elif name == "balance":
                setattr(self.config, name, Decimal(str(value)))
            elif name == "whitelist":
                if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                    raise ValueError("whitelist must be a list of networks")
                setattr(self.config, name, tuple(value))
            else:
                number = float(value)
                if number < 0:
                    raise ValueError(f"{name} must be >= 0")
                setattr(self.config, name, number)

    def config_json(self) -> dict[str, Any]:
        c = self.config
        return {
            "pending_to_delivered_s": c.pending_to_delivered_s,
            "delivered_to_completed_s": c.delivered_to_completed_s,
            "balance": format(c.balance, "f"),
            "remaining_balance": format(self.ledger.remaining_balance(), "f"),
            "whitelist": list(c.whitelist),
            "latency_s": c.latency_s,
            "response_delay_s": c.response_delay_s,
            "enforce_cci_check_digits": c.enforce_cci_check_digits,
            "strict_id_match": c.strict_id_match,
            "notification_url": c.notification_url,
            "notify_retry_unit_s": c.notify_retry_unit_s,
            "notify_timeout_s": c.notify_timeout_s,
        }
