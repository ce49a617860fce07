"""The sandbox's Merchants (reconciliation) API: the whole account, served on the sandbox's own port.

Paths are the Desk's (:data:`tupay_desktop.api.merchants.PATHS`, all under ``/v1/``):

* ``POST /v1/auth/login`` with ``{"accessKey","secretKey"}`` → ``{"idUser","username","idMerchant"}``
  and ``Set-Cookie: BEARER_TOKEN=…``; wrong credentials → 401.
* Every other call needs the token, as ``Authorization: Bearer …`` or the ``BEARER_TOKEN`` cookie;
  it expires :attr:`MerchantsConfig.token_ttl_s` after its last use (measured on the ledger's clock,
  so tests drive it) → 401. ``POST /v1/auth/logout`` invalidates it.
* A client outside :attr:`MerchantsConfig.whitelist` (separate from the cashout API's) gets
  403 ``{"code":83,…}`` on every call.
* ``GET /v1/cashouts?from&to&page[&status][&clientDocument]``: the ledger's cashouts — whoever made
  them: the cashout API, or the admin API's "panel-made" ones — created in ``[from, to]``, oldest
  first, :data:`~tupay_desktop.api.merchants.PAGE_SIZE` a page from page 0, ``rows`` = how many
  match. ``to - from`` over 60 days → 400.
* ``GET /v1/balance/report?from&to&page``: one row per day with activity; ``GET /v1/balance/total``:
  the balance left, which follows creates, cancels and rejections (the ledger's reservation rule).

Admin (loopback, under ``/_sandbox/merchants/``): ``POST cashouts`` adds a cashout as the merchant
panel would (never through ``/v3/cashout``; fields default to a valid Peru cashout),
``GET|POST config`` reads or changes ``token_ttl_s`` and ``whitelist``. No Qt.
"""

from __future__ import annotations

import hmac
import json
import os
import re
import secrets
import threading
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from tupay_desktop.api.merchants import (
    BALANCE_REPORT_PATH,
    CASHOUTS_PATH,
    LOGIN_PATH,
    LOGOUT_PATH,
    MAX_RANGE_DAYS,
    NOT_WHITELISTED_CODE,
    PAGE_SIZE,
    PATH_PREFIX,
    TOKEN_COOKIE,
    TOTAL_BALANCE_PATH,
    MerchantsCredentials,
    status_code_of,
)
from tupay_desktop.api.models import CashoutStatusCode
from tupay_desktop.sandbox.ledger import SandboxCashout, SandboxError

if TYPE_CHECKING:
    from tupay_desktop.sandbox.server import Sandbox

__all__ = [
    "ENV_ACCESS_KEY",
    "ENV_SECRET_KEY",
    "MERCHANTS_PREFIX",
    "MerchantsApi",
    "MerchantsConfig",
    "merchants_credentials_from_env_or_generate",
]

ENV_ACCESS_KEY = "TUPAY_MERCHANTS_ACCESS_KEY"
ENV_SECRET_KEY = "TUPAY_MERCHANTS_SECRET_KEY"  # noqa: S105 - a variable name, not a secret
MERCHANTS_PREFIX = PATH_PREFIX

ID_USER = 123
ID_MERCHANT = 456
MERCHANT_NAME = "Sandbox Merchant"

#: What a "panel-made" cashout is unless the admin request says otherwise (a valid Peru cashout).
PANEL_DEFAULTS: dict[str, Any] = {
    "country": "PE",
    "amount": "100.00",
    "currency": "PEN",
    "document_type": "DNI",
    "document_id": "45872211",
    "beneficiary_name": "Panel",
    "beneficiary_lastname": "Cashout",
    "bank_account": "00219300153895206813",
    "account_type": "S",
}


def merchants_credentials_from_env_or_generate() -> MerchantsCredentials:
    """``TUPAY_MERCHANTS_ACCESS_KEY``/``TUPAY_MERCHANTS_SECRET_KEY`` if both set, else fresh ones."""
    access, secret = os.environ.get(ENV_ACCESS_KEY, ""), os.environ.get(ENV_SECRET_KEY, "")
    if access and secret:
        return MerchantsCredentials(access, secret)
    return MerchantsCredentials(f"api-{secrets.token_hex(6)}@sandbox.invalid", secrets.token_urlsafe(18))


@dataclass
class MerchantsConfig:
    """The Merchants API's knobs; mutable at runtime (read on every request)."""

    token_ttl_s: float = 15 * 60.0
    whitelist: tuple[str, ...] = ("127.0.0.0/8", "::1/128")


class _Refusal(Exception):
    def __init__(self, status: int, code: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.body = {"code": code, "description": description}


def _number(value: Decimal) -> Decimal:
    """An amount, written as an exact JSON number (``150.00``) by :func:`_dumps`."""
    return value.quantize(Decimal("0.01"))


_DECIMAL_MARK = "\u0000decimal:"


def _dumps(answer: Any) -> bytes:
    """JSON with every ``Decimal`` as an exact number (``json`` alone would refuse them)."""
    def mark(value: Any) -> str:
        if isinstance(value, Decimal):
            return _DECIMAL_MARK + format(value, "f")
        raise TypeError(f"not JSON serialisable: {type(value).__name__}")

    text = json.dumps(answer, ensure_ascii=False, default=mark)
    return re.sub(r'"\\u0000decimal:(-?[0-9.]+)"', r"\1", text).encode("utf-8")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def row_json(cashout: SandboxCashout) -> dict[str, Any]:
    """One ``/v1/cashouts`` row (spec §10's D24 fields)."""
    reason = cashout.rejection_reason if cashout.status == CashoutStatusCode.REJECTED else None
    return {
        "idCashout": cashout.cashout_id,
        "externalId": cashout.external_id,
        "creationDate": _stamp(cashout.created_at),
        "country": cashout.country,
        "currency": cashout.currency,
        "amount": _number(cashout.amount),
        "creditedCurrency": cashout.currency,
        "creditedAmount": _number(cashout.amount),
        "merchantCurrency": cashout.currency,
        "merchantAmount": _number(cashout.amount),
        "feeCurrency": cashout.currency,
        "fee": _number(Decimal(0)),
        "tax": _number(Decimal(0)),
        "lastChangeDate": _stamp(cashout.status_changed_at),
        "status": cashout.status.name,
        "clientDocument": cashout.document_id,
        "flags": [],
        "idMerchant": ID_MERCHANT,
        "merchantName": MERCHANT_NAME,
        "reason": reason,
        "existVoucher": cashout.status == CashoutStatusCode.COMPLETED,
    }


_RELEASED = (CashoutStatusCode.CANCELLED, CashoutStatusCode.REJECTED)


class MerchantsApi:
    """The Merchants API of one :class:`~tupay_desktop.sandbox.server.Sandbox` (its ledger, its clock)."""

    def __init__(self, sandbox: Sandbox, credentials: MerchantsCredentials | None = None,
                 config: MerchantsConfig | None = None) -> None:
        self._sandbox = sandbox
        self.credentials = (credentials if credentials is not None
                            else merchants_credentials_from_env_or_generate())
        self.config = config if config is not None else MerchantsConfig()
        self._tokens: dict[str, float] = {}
        self._lock = threading.Lock()
        #: How many logins succeeded (tests count re-logins).
        self.logins = 0

    def _now(self) -> float:
        return self._sandbox.ledger.clock()

    # -- HTTP --------------------------------------------------------------------------------------

    def handle(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        """Answer one ``/v1/…`` request on ``handler`` (its body already read)."""
        parts = urlsplit(handler.path)
        extra: list[tuple[str, str]] = []
        try:
            status, answer = self._process(handler, parts.path, parse_qs(parts.query), body, extra)
        except _Refusal as refusal:
            status, answer = refusal.status, refusal.body
        except SandboxError as error:
            status, answer = error.http_status, error.body()
        data = _dumps(answer)
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json; charset=utf-8")
        handler.send_header("Content-Length", str(len(data)))
        for name, value in extra:
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)

    def _process(self, handler: BaseHTTPRequestHandler, path: str, query: dict[str, list[str]],
                 body: bytes, extra: list[tuple[str, str]]) -> tuple[int, Any]:
        from tupay_desktop.sandbox import server

        if not server._ip_allowed(handler.client_address[0], tuple(self.config.whitelist)):
            raise _Refusal(403, NOT_WHITELISTED_CODE,
                           "You are not permitted to log in from this location, please contact support")
        method = handler.command
        routes = {LOGIN_PATH: "POST", LOGOUT_PATH: "POST", CASHOUTS_PATH: "GET",
                  BALANCE_REPORT_PATH: "GET", TOTAL_BALANCE_PATH: "GET"}
        wanted = routes.get(path)
        if wanted is None:
            raise _Refusal(404, 404, f"Not found: {path}")
        if method != wanted:
            raise _Refusal(405, 405, f"Method {method} not allowed on {path}")
        if path == LOGIN_PATH:
            return self._login(body, extra, secure=self._sandbox.tls is not None)
        token = self._authenticate(handler)
        if path == LOGOUT_PATH:
            with self._lock:
                self._tokens.pop(token, None)
            extra.append(("Set-Cookie", f"{TOKEN_COOKIE}=; Path=/; Max-Age=0"))
            return 200, {}
        if path == CASHOUTS_PATH:
            return 200, self._cashouts(query)
        if path == BALANCE_REPORT_PATH:
            return 200, self._balance_report(query)
        return 200, self._total_balance()

    def _login(self, body: bytes, extra: list[tuple[str, str]], *, secure: bool) -> tuple[int, Any]:
        from tupay_desktop.sandbox import server

        try:
            payload = server.parse_json_object(body)
        except SandboxError:
            raise _Refusal(400, 400, "Invalid request body") from None
        access, secret = payload.get("accessKey"), payload.get("secretKey")
        if not (isinstance(access, str) and isinstance(secret, str)
                and hmac.compare_digest(access.encode(), self.credentials.access_key.encode())
                and hmac.compare_digest(secret.encode(), self.credentials.secret_key.encode())):
            raise _Refusal(401, 401, "Invalid username or password")
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[token] = self._now()
            self.logins += 1
        flags = "; Secure" if secure else ""
        extra.append(("Set-Cookie", f"{TOKEN_COOKIE}={token}; Path=/; HttpOnly{flags}"))
        return 200, {"idUser": ID_USER, "username": self.credentials.access_key, "idMerchant": ID_MERCHANT}

    def _authenticate(self, handler: BaseHTTPRequestHandler) -> str:
        token = ""
        authorization = handler.headers.get("Authorization", "")
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            token = value.strip()
        else:
            for pair in handler.headers.get("Cookie", "").split(";"):
                name, _, cookie = pair.strip().partition("=")
                if name == TOKEN_COOKIE and cookie:
                    token = cookie
        now = self._now()
        with self._lock:
            last = self._tokens.get(token) if token else None
            if last is None:
                raise _Refusal(401, 401, "Unauthorized: log in first")
            if now - last > self.config.token_ttl_s:
                del self._tokens[token]
                raise _Refusal(401, 401, "Unauthorized: the session expired")
            self._tokens[token] = now
        return token

    @staticmethod
    def _range(query: dict[str, list[str]]) -> tuple[datetime, datetime, int]:
        def number(name: str, default: int | None = None) -> int:
            values = query.get(name)
            if not values:
                if default is None:
                    raise _Refusal(400, 400, f"Missing parameter {name}")
                return default
            text = values[0].strip()
            if not text.lstrip("-").isdigit():
                raise _Refusal(400, 400, f"Invalid parameter {name}")
            return int(text)

        start, end, page = number("from"), number("to"), number("page", 0)
        if end < start:
            raise _Refusal(400, 400, "Invalid date range: to is before from")
        if end - start > MAX_RANGE_DAYS * 86400:
            raise _Refusal(400, 400, f"The date range cannot be greater than {MAX_RANGE_DAYS} days")
        if page < 0:
            raise _Refusal(400, 400, "Invalid parameter page")
        return datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(end, UTC), page

    def _cashouts(self, query: dict[str, list[str]]) -> dict[str, Any]:
        start, end, page = self._range(query)
        rows = [c for c in self._sandbox.ledger.cashouts() if start <= c.created_at <= end]
        status = (query.get("status") or [""])[0]
        if status:
            code = status_code_of(status)
            if code is None:
                raise _Refusal(400, 400, f"Invalid parameter status: {status}")
            rows = [c for c in rows if int(c.status) == code]
        document = (query.get("clientDocument") or [""])[0]
        if document:
            rows = [c for c in rows if c.document_id == document]
        country = (query.get("country") or [""])[0]
        if country:
            rows = [c for c in rows if c.country == country]
        chunk = rows[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        return {"page": page, "rows": len(rows), "maxRows": PAGE_SIZE, "data": [row_json(c) for c in chunk]}

    def _balance_report(self, query: dict[str, list[str]]) -> dict[str, Any]:
        start, end, page = self._range(query)
        cashouts = self._sandbox.ledger.cashouts()
        opening = self._sandbox.config.balance
        per_day: dict[str, Decimal] = defaultdict(Decimal)
        for c in cashouts:
            if c.status in _RELEASED:
                continue
            if c.created_at < start:
                opening -= c.amount
            elif c.created_at <= end:
                per_day[c.created_at.date().isoformat()] += c.amount
        days: list[dict[str, Any]] = []
        balance = opening
        for day in sorted(per_day):
            balance -= per_day[day]
            days.append({"date": day, "currency": "PEN", "depositTotal": _number(Decimal(0)),
                         "cashoutTotal": _number(per_day[day]), "netAmount": _number(-per_day[day]),
                         "totalBalance": _number(balance)})
        chunk = days[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        return {"page": page, "rows": len(days), "maxRows": PAGE_SIZE, "data": chunk}

    def _total_balance(self) -> dict[str, Any]:
        remaining = self._sandbox.ledger.remaining_balance()
        return {"data": [{"currency": "PEN", "availableBalance": _number(remaining),
                          "totalBalance": _number(remaining)}]}

    # -- admin -------------------------------------------------------------------------------------

    def admin(self, method: str, parts: list[str], payload: dict[str, Any]) -> tuple[int, Any]:
        """``/_sandbox/merchants/<parts>``: ``POST cashouts`` (a panel-made cashout),
        ``GET|POST config``. Returns (HTTP status, JSON body)."""
        if parts == ["cashouts"] and method == "POST":
            try:
                cashout = self.panel_cashout(payload)
            except SandboxError as error:
                return error.http_status, error.body()
            return 200, cashout.to_json()
        if parts == ["config"] and method in ("GET", "POST"):
            if method == "POST":
                self.update_config(payload)
            return 200, self.config_json()
        return 404, {"code": 404, "message": "Not found: /_sandbox/merchants/" + "/".join(parts)}

    def panel_cashout(self, fields: dict[str, Any] | None = None) -> SandboxCashout:
        """Create a cashout as the merchant panel does (no signature, no ``/v3/cashout``): the
        ledger's own rules apply (511 for a used external_id, 514 for the balance)."""
        payload = dict(PANEL_DEFAULTS)
        payload["external_id"] = "panel-" + secrets.token_hex(6)
        payload.update(fields or {})
        if isinstance(payload.get("amount"), int | float):
            payload["amount"] = Decimal(str(payload["amount"]))
        return self._sandbox.ledger.create(payload).cashout

    def update_config(self, changes: dict[str, Any]) -> None:
        unknown = set(changes) - {"token_ttl_s", "whitelist"}
        if unknown:
            raise ValueError(f"unknown config field(s): {', '.join(sorted(unknown))}")
        if "whitelist" in changes:
            value = changes["whitelist"]
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise ValueError("whitelist must be a list of networks")
            self.config.whitelist = tuple(value)
        if "token_ttl_s" in changes:
            ttl = float(changes["token_ttl_s"])
            if ttl < 0:
                raise ValueError("token_ttl_s must be >= 0")
            self.config.token_ttl_s = ttl

    def config_json(self) -> dict[str, Any]:
        return {"token_ttl_s": self.config.token_ttl_s, "whitelist": list(self.config.whitelist),
                "sessions": len(self._tokens)}

    def expire_sessions(self) -> None:
        """Forget every token (as if each had been idle too long)."""
        with self._lock:
            self._tokens.clear()
