"""EXPERIMENTAL: TuPay's Reconciliation ("Merchants") API — the whole account, not just this machine.

A second API on its own host (spec §10): log in with the merchant panel user's ``accessKey``/
``secretKey``, then read the account's cashouts (every one, whichever machine or the web panel
made it), the balance report and the total available balance. No money moves here; no Qt, no
storage.

* **Hosts**: :data:`STAGING_MERCHANTS_URL`, :data:`PRODUCTION_MERCHANTS_URL` (editable per
  environment in the settings); the built-in sandbox serves the same paths on its own port.
* **Paths**: every one is in :data:`PATHS` (and the ``*_PATH`` names below). TuPay's page with the
  paths was cut off (spec §13.18); these are D24's, a best guess, so that staging can correct
  them in this one place.
* **Session**: ``POST /v1/auth/login`` answers with a ``BEARER_TOKEN`` cookie; the token is sent
  back as ``Authorization: Bearer …``. It is kept in memory only (never in a file, a log, an
  exchange or a ``repr``), renewed after :data:`TOKEN_IDLE_RENEW_S` idle or when a call answers
  401, and dropped with ``POST /v1/auth/logout`` by :meth:`MerchantsClient.close`.
* **Lists**: ``GET /v1/cashouts?from=<unix>&to=<unix>&page=<n>[&status=…]``, pages of at most
  :data:`PAGE_SIZE` from page 0, ``from``/``to`` at most :data:`MAX_RANGE_DAYS` apart — so
  :meth:`MerchantsClient.cashouts` splits a longer range and walks the pages, with progress and
  cancel. Rows are parsed tolerantly (:func:`parse_account_cashout`): a field of an unexpected
  type becomes ``None``, unknown fields are kept in :attr:`AccountCashout.extra`.
* **Transport**: the conventions of :mod:`tupay_desktop.api.client` — the OS trust store
  (``truststore``), certificates always verified, plain ``http://`` only to this machine, the
  office's HTTPS proxy from the environment, no redirects followed, nothing else taken from the
  environment. Exchanges are redacted where everything is (:func:`models.redact_body`,
  :func:`models.redact_headers`), and the credentials and the token are scrubbed from whatever
  the server answers.

Results are values, never exceptions: data, or a :class:`MerchantsFailure` whose
:class:`FailureKind` says what went wrong (a 403 with ``code`` 83 is :attr:`FailureKind.NOT_WHITELISTED`:
this machine's IP is not on the Merchants API's whitelist, which is separate from the cashout
API's).
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import tupay_desktop
from tupay_desktop.api.client import (
    _FROM_ENVIRONMENT,
    MAX_EXCHANGE_BODY_CHARS,
    InsecureURLError,
    InvalidURLError,
    NetworkErrorKind,
    Timeouts,
    _connect_kind,
    _exc_text,
    _http_words,
    _message,
    check_base_url,
)
from tupay_desktop.api.models import (
    REDACTED,
    CashoutStatusCode,
    Exchange,
    encode_body,
    redact_body,
    redact_headers,
)
from tupay_desktop.i18n import QT_TRANSLATE_NOOP, Translator, identity
from tupay_desktop.lazy import lazy_module

if TYPE_CHECKING:
    import ssl

    import httpx
else:  # imported when a client is built (on a worker), not by the Desk's first window
    httpx = lazy_module("httpx")

__all__ = [
    "BALANCE_REPORT_PATH",
    "CASHOUTS_PATH",
    "LOGIN_PATH",
    "LOGOUT_PATH",
    "MAX_RANGE_DAYS",
    "NOT_WHITELISTED_CODE",
    "PAGE_SIZE",
    "PATHS",
    "PRODUCTION_MERCHANTS_URL",
    "STAGING_MERCHANTS_URL",
    "TOKEN_COOKIE",
    "TOTAL_BALANCE_PATH",
    "AccountBalance",
    "AccountCashout",
    "AccountCashouts",
    "BalanceDay",
    "FailureKind",
    "FetchProgress",
    "MerchantsClient",
    "MerchantsCredentials",
    "MerchantsFailure",
    "describe_failure",
    "parse_account_cashout",
    "parse_cashout_page",
    "parse_total_balance",
    "split_range",
    "status_code_of",
    "validate_merchants_credentials",
]

_log = logging.getLogger(__name__)

STAGING_MERCHANTS_URL = "https://merchants-api-stg.tupayonline.com"
PRODUCTION_MERCHANTS_URL = "https://merchants-api.tupayonline.com"

# -- every path of the Merchants API, in one place (D24's paths: a best guess, spec §13.18) -------
LOGIN_PATH = "/v1/auth/login"
LOGOUT_PATH = "/v1/auth/logout"
CASHOUTS_PATH = "/v1/cashouts"
BALANCE_REPORT_PATH = "/v1/balance/report"
#: "Total available balance": listed by TuPay, path not readable anywhere — our guess.
TOTAL_BALANCE_PATH = "/v1/balance/total"
PATHS: Mapping[str, str] = {
    "login": LOGIN_PATH,
    "logout": LOGOUT_PATH,
    "cashouts": CASHOUTS_PATH,
    "balance_report": BALANCE_REPORT_PATH,
    "total_balance": TOTAL_BALANCE_PATH,
}
#: Every path starts with this (the sandbox routes on it).
PATH_PREFIX = "/v1/"

#: The cookie the login answer carries the session token in.
TOKEN_COOKIE = "BEARER_TOKEN"  # noqa: S105 - a cookie name, not a secret
#: At most this many rows per page; pages count from 0.
PAGE_SIZE = 50
#: ``from`` and ``to`` of one list request at most this many days apart.
MAX_RANGE_DAYS = 60
#: The token expires 15 minutes after the last request: renew it a little before that.
TOKEN_IDLE_RENEW_S = 14 * 60.0
#: The ``code`` of a 403 whose meaning is "not permitted to log in from this location".
NOT_WHITELISTED_CODE = 83
#: A list never walks more pages than this per range (a peer that always answers a full page).
MAX_PAGES = 10_000
#: Longest accepted credential value (an e-mail address and a password).
MAX_CREDENTIAL_LENGTH = 256

_CONTEXT = "MerchantsApi"


class FailureKind(StrEnum):
    """Why a Merchants API call gave no data."""

    NOT_CONFIGURED = "not_configured"
    NOT_WHITELISTED = "not_whitelisted"
    BAD_CREDENTIALS = "bad_credentials"
    SESSION = "session"
    RANGE = "range"
    REFUSED = "refused"
    UNREADABLE = "unreadable"
    NETWORK = "network"
    CANCELLED = "cancelled"


#: What each kind means for the operator (the GUI translates them; the CLI prints them).
FAILURE_TEXTS: dict[FailureKind, str] = {
    FailureKind.NOT_CONFIGURED: QT_TRANSLATE_NOOP(
        _CONTEXT, "The Merchants API is not set up for this environment: add its access key and "
        "secret key in Settings."
    ),
    FailureKind.NOT_WHITELISTED: QT_TRANSLATE_NOOP(
        _CONTEXT, "This machine's IP is not whitelisted for the Merchants API (its whitelist is "
        "separate from the cashout API's): ask TuPay to add this office's IP for the Merchants API user."
    ),
    FailureKind.BAD_CREDENTIALS: QT_TRANSLATE_NOOP(
        _CONTEXT, "The Merchants API refused the access key or secret key: check them in Settings "
        "(the API user can no longer log in to the web panel once it is enabled for the API)."
    ),
    FailureKind.SESSION: QT_TRANSLATE_NOOP(
        _CONTEXT, "The Merchants API session was refused even after logging in again."
    ),
    FailureKind.RANGE: QT_TRANSLATE_NOOP(
        _CONTEXT, "The Merchants API refused the date range."
    ),
    FailureKind.REFUSED: QT_TRANSLATE_NOOP(_CONTEXT, "The Merchants API refused the request."),
    FailureKind.UNREADABLE: QT_TRANSLATE_NOOP(
        _CONTEXT, "The Merchants API's answer could not be read (check the Merchants API URL)."
    ),
    FailureKind.NETWORK: QT_TRANSLATE_NOOP(_CONTEXT, "The Merchants API could not be reached."),
    FailureKind.CANCELLED: QT_TRANSLATE_NOOP(_CONTEXT, "Cancelled."),
}


# --------------------------------------------------------------------------------------------
# Credentials
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MerchantsCredentials:
    """The Merchants API user: ``access_key`` (its e-mail) and ``secret_key`` (its password).
    ``repr`` shows neither."""

    access_key: str
    secret_key: str

    def __repr__(self) -> str:
        at = self.access_key.find("@")
        hint = self.access_key[at:] if at > 0 else ""
        return f"MerchantsCredentials(access_key='…{hint}', secret_key=<hidden>)"

    __str__ = __repr__

    def secrets(self) -> tuple[str, str]:
        return (self.access_key, self.secret_key)


def validate_merchants_credentials(credentials: MerchantsCredentials) -> list[tuple[str, str]]:
    """``(field, problem)`` pairs — never the value — for an empty, too long, space-padded or
    control-character value; empty when both are usable."""
    problems: list[tuple[str, str]] = []
    for name, value in (("access_key", credentials.access_key), ("secret_key", credentials.secret_key)):
        if not isinstance(value, str) or not value:
            problems.append((name, "is empty"))
        elif len(value) > MAX_CREDENTIAL_LENGTH:
            problems.append((name, f"is longer than {MAX_CREDENTIAL_LENGTH} characters"))
        elif value != value.strip():
            problems.append((name, "starts or ends with a space"))
        elif any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
            problems.append((name, "contains a control character"))
    return problems


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MerchantsFailure:
    """A Merchants API call that gave no data. ``message`` is English detail (never a secret);
    :func:`describe_failure` gives the operator's sentence."""

    kind: FailureKind
    message: str = ""
    http_status: int | None = None
    code: int | None = None
    exchange: Exchange | None = None


def describe_failure(failure: MerchantsFailure, translate: Translator = identity) -> str:
    """The operator's sentence for ``failure``, translated by ``translate``, with the detail."""
    text = translate(_CONTEXT, FAILURE_TEXTS[failure.kind])
    if failure.message and failure.kind not in (FailureKind.NOT_CONFIGURED, FailureKind.CANCELLED):
        return f"{text} ({failure.message})"
    return text


@dataclass(frozen=True)
class AccountCashout:
    """One row of the account's cashout list (spec §10). Any field may be missing (``None``/"")
    in a peer's answer; unknown fields are kept in ``extra``."""

    id_cashout: int | None
    external_id: str
    creation_date: datetime | None
    amount: Decimal | None
    currency: str
    status: str
    client_document: str
    reason: str | None = None
    country: str = ""
    last_change_date: datetime | None = None
    merchant_amount: Decimal | None = None
    merchant_currency: str = ""
    fee: Decimal | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def status_code(self) -> int | None:
        """The status as the cashout API's code (spec §6.4), or ``None`` if not recognised."""
        return status_code_of(self.status)

    @property
    def key(self) -> str:
        """What identifies the row across pages and ranges: its id, else its external_id."""
        return f"id:{self.id_cashout}" if self.id_cashout is not None else f"ext:{self.external_id}"


@dataclass(frozen=True)
class CashoutPage:
    """One page of the list: its rows, and the total the peer announced (``rows``) if any."""

    page: int
    rows: tuple[AccountCashout, ...]
    page_size: int
    total: int | None
    exchange: Exchange | None = None


@dataclass(frozen=True)
class FetchProgress:
    """Where a list fetch is: ``fetched`` rows so far; ``expected`` when the peer says a total."""

    ranges_done: int
    ranges_total: int
    pages: int
    fetched: int
    expected: int | None


@dataclass(frozen=True)
class AccountCashouts:
    """The account's cashouts between ``start`` and ``end``, newest first, each once.
    ``complete`` is False when the fetch was cancelled part-way (``rows`` then holds what came)."""

    start: datetime
    end: datetime
    rows: tuple[AccountCashout, ...]
    complete: bool = True
    pages: int = 0


@dataclass(frozen=True)
class BalanceDay:
    """A day of the balance report (D24 fields; missing ones are ``None``)."""

    day: date | None
    currency: str
    deposit_total: Decimal | None
    cashout_total: Decimal | None
    net_amount: Decimal | None
    total_balance: Decimal | None
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AccountBalance:
    """The total available balance in one currency."""

    currency: str
    available: Decimal
    total: Decimal | None = None


# --------------------------------------------------------------------------------------------
# Pure parsing (never raises)
# --------------------------------------------------------------------------------------------

_STATUS_WORDS: dict[str, CashoutStatusCode] = {
    code.name: code for code in CashoutStatusCode
} | {"CANCELED": CashoutStatusCode.CANCELLED, "ONHOLD": CashoutStatusCode.ON_HOLD,
     "HOLD": CashoutStatusCode.ON_HOLD, "APPROVED": CashoutStatusCode.COMPLETED}


def status_code_of(status: object) -> int | None:
    """A list row's status (``"COMPLETED"``, ``"On hold"``, ``1``, ``"3"``…) as a cashout API code."""
    if isinstance(status, bool):
        return None
    if isinstance(status, int):
        return status if status in {int(c) for c in CashoutStatusCode} else None
    if isinstance(status, str):
        text = status.strip()
        if text.isdigit():
            return status_code_of(int(text))
        word = re.sub(r"[\s\-]+", "_", text.upper())
        found = _STATUS_WORDS.get(word) or _STATUS_WORDS.get(word.replace("_", ""))
        return int(found) if found is not None else None
    return None


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        # floats through their shortest repr: 0.1 -> Decimal("0.1"), never 0.1000000000000000055…
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 19:
        return int(value.strip())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _text(value: Any) -> str:
    if value is None or isinstance(value, dict | list):
        return ""
    return str(value)


def parse_time(value: Any) -> datetime | None:
    """A list's date: Unix seconds or milliseconds, ISO-8601, or ``YYYY-MM-DD HH:MM:SS`` (UTC when
    no zone is given). ``None`` for anything else."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        seconds = float(value) / 1000.0 if abs(value) > 10**11 else float(value)
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if re.fullmatch(r"-?\d+(\.\d+)?", text):
            return parse_time(float(text))
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return None


_KNOWN_ROW_FIELDS = (
    "idCashout", "externalId", "creationDate", "amount", "currency", "status", "clientDocument",
    "reason", "country", "lastChangeDate", "merchantAmount", "merchantCurrency", "fee",
)


def parse_account_cashout(raw: Any) -> AccountCashout | None:
    """One list row, tolerantly: ``None`` only for something that is not an object."""
    if not isinstance(raw, dict):
        return None
    reason = raw.get("reason")
    return AccountCashout(
        id_cashout=_int(raw.get("idCashout")),
        external_id=_text(raw.get("externalId")),
        creation_date=parse_time(raw.get("creationDate")),
        amount=_decimal(raw.get("amount")),
        currency=_text(raw.get("currency")),
        status=_text(raw.get("status")),
        client_document=_text(raw.get("clientDocument")),
        reason=_text(reason) or None,
        country=_text(raw.get("country")),
        last_change_date=parse_time(raw.get("lastChangeDate")),
        merchant_amount=_decimal(raw.get("merchantAmount")),
        merchant_currency=_text(raw.get("merchantCurrency")),
        fee=_decimal(raw.get("fee")),
        extra={k: v for k, v in raw.items() if k not in _KNOWN_ROW_FIELDS},
    )


def _load_json(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"), parse_float=Decimal)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def parse_cashout_page(page: int, body: bytes) -> CashoutPage | str:
    """A list answer ``{"page","rows","maxRows","data":[...]}`` (a bare list is accepted too), or
    why it cannot be read."""
    data = _load_json(body)
    items: Any
    total: int | None = None
    size = PAGE_SIZE
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict):
        items = data.get("data")
        if items is None:
            items = data.get("cashouts", data.get("content"))
        total = _int(data.get("rows"))
        size = _int(data.get("maxRows")) or PAGE_SIZE
    else:
        return "the answer is not JSON"
    if not isinstance(items, list):
        return "the answer has no list of cashouts"
    rows = tuple(row for row in (parse_account_cashout(item) for item in items) if row is not None)
    return CashoutPage(page=page, rows=rows, page_size=max(1, size), total=total)


def parse_balance_report(body: bytes) -> list[BalanceDay] | str:
    data = _load_json(body)
    items = data.get("data") if isinstance(data, dict) else data
    if not isinstance(items, list):
        return "the answer has no list of days"
    days: list[BalanceDay] = []
    known = ("date", "currency", "depositTotal", "cashoutTotal", "netAmount", "totalBalance")
    for item in items:
        if not isinstance(item, dict):
            continue
        moment = parse_time(item.get("date"))
        days.append(BalanceDay(
            day=moment.date() if moment is not None else None,
            currency=_text(item.get("currency")),
            deposit_total=_decimal(item.get("depositTotal")),
            cashout_total=_decimal(item.get("cashoutTotal")),
            net_amount=_decimal(item.get("netAmount")),
            total_balance=_decimal(item.get("totalBalance")),
            extra={k: v for k, v in item.items() if k not in known},
        ))
    return days


_AVAILABLE_FIELDS = ("availableBalance", "available", "totalAvailableBalance", "balance", "amount",
                     "totalBalance")


def parse_total_balance(body: bytes) -> list[AccountBalance] | str:
    """The total available balance: one object, a list of them (one per currency) or either under
    ``data``; the amount under any of the names D24-style peers use."""
    data = _load_json(body)
    if isinstance(data, dict) and isinstance(data.get("data"), list | dict):
        data = data["data"]
    items = data if isinstance(data, list) else [data]
    balances: list[AccountBalance] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        available = next((v for name in _AVAILABLE_FIELDS if (v := _decimal(item.get(name))) is not None),
                         None)
        if available is None:
            continue
        balances.append(AccountBalance(
            currency=_text(item.get("currency")) or _text(item.get("merchantCurrency")),
            available=available,
            total=_decimal(item.get("totalBalance")),
        ))
    if not balances:
        return "the answer carries no balance"
    return balances


def _error_code(body: bytes) -> int | None:
    data = _load_json(body)
    return _int(data.get("code")) if isinstance(data, dict) else None


def _error_text(body: bytes) -> str:
    data = _load_json(body)
    if isinstance(data, dict):
        for name in ("description", "message", "error"):
            text = data.get(name)
            if isinstance(text, str) and text:
                return text[:300]
    return ""


# --------------------------------------------------------------------------------------------
# Ranges
# --------------------------------------------------------------------------------------------


def unix(moment: datetime, *, up: bool = False) -> int:
    """Whole seconds since the epoch (naive means UTC), rounded down — or ``up``, for the end of a
    range, so that a cashout made within the range's last second is still in it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = moment.timestamp()
    return math.ceil(seconds) if up else math.floor(seconds)


def split_range(start: datetime, end: datetime,
                max_days: int = MAX_RANGE_DAYS) -> list[tuple[datetime, datetime]]:
    """``[start, end]`` cut into consecutive pieces at most ``max_days`` apart (oldest first);
    one piece when it already fits; none when ``end`` is before ``start``."""
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    if end.tzinfo is None:
        end = end.replace(tzinfo=UTC)
    if end < start:
        return []
    step = timedelta(days=max_days)
    pieces: list[tuple[datetime, datetime]] = []
    cursor = start
    while True:
        stop = min(cursor + step, end)
        pieces.append((cursor, stop))
        if stop >= end:
            return pieces
        cursor = stop


# --------------------------------------------------------------------------------------------
# The client
# --------------------------------------------------------------------------------------------


@dataclass
class _Answer:
    status_code: int
    body: bytes
    headers: httpx.Headers
    exchange: Exchange


class MerchantsClient:
    """A thread-safe client of one environment's Merchants API (one base URL, one API user).

    ``clock`` (monotonic seconds) decides when the token has been idle too long; tests drive it.
    Close it with :meth:`close` (which logs out) or use it as a context manager.
    """

    def __init__(
        self,
        base_url: str,
        credentials: MerchantsCredentials,
        *,
        timeouts: Timeouts | None = None,
        ssl_context: ssl.SSLContext | None = None,
        user_agent: str | None = None,
        proxy: str | object | None = _FROM_ENVIRONMENT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        check_base_url(base_url)
        self._base_url = base_url.strip().rstrip("/")
        self._credentials = credentials
        self._user_agent = user_agent if user_agent is not None else tupay_desktop.USER_AGENT
        self.clock = clock
        # The cashout client's HTTP: verified TLS, the office proxy only, no redirects, an overall
        # deadline per request and a 1 MiB cap on every answer (a list page is a few KB).
        from tupay_desktop.api.http import HttpSession

        self._session = HttpSession(self._base_url, timeouts or Timeouts(), ssl_context, proxy)
        self._http = self._session.http
        self._lock = threading.RLock()
        self._token: str | None = None
        self._last_used = 0.0
        #: How many times this client has logged in (the Desk shows nothing of it; tests count).
        self.logins = 0

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def logged_in(self) -> bool:
        return self._token is not None

    def __repr__(self) -> str:
        return f"MerchantsClient(base_url={self._base_url!r}, credentials={self._credentials!r})"

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        """Log out (if logged in) and close the connection pool. Idempotent."""
        with self._lock:
            if self._http.is_closed:
                return
            try:
                self.logout()
            finally:
                self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- session -------------------------------------------------------------------------------

    def login(self) -> MerchantsFailure | None:
        """Log in now (a fresh token); ``None`` on success."""
        with self._lock:
            self._token = None
            body = encode_body({"accessKey": self._credentials.access_key,
                                "secretKey": self._credentials.secret_key})
            answer = self._request("POST", LOGIN_PATH, body=body)
            if isinstance(answer, MerchantsFailure):
                return answer
            if answer.status_code == 200:
                token = self._token_from(answer)
                if token:
                    self._token = token
                    self._last_used = self.clock()
                    self.logins += 1
                    return None
                return MerchantsFailure(FailureKind.UNREADABLE, "the login answer carries no token",
                                        200, exchange=answer.exchange)
            return self._failure(answer, login=True)

    def logout(self) -> None:
        """Invalidate the token at TuPay (``POST /v1/auth/logout``) and forget it. Never raises."""
        with self._lock:
            token, self._token = self._token, None
            if token is None or self._http.is_closed:
                return
            try:
                self._request("POST", LOGOUT_PATH, body=b"", token=token)
            except Exception:  # pragma: no cover - leaving must never fail
                _log.debug("logout failed", exc_info=True)

    def _token_from(self, answer: _Answer) -> str | None:
        for header in answer.headers.get_list("set-cookie"):
            name, _, rest = header.partition("=")
            if name.strip() == TOKEN_COOKIE:
                value = rest.split(";", 1)[0].strip().strip('"')
                if value:
                    return value
        data = _load_json(answer.body)
        if isinstance(data, dict):
            for key in ("token", "accessToken", TOKEN_COOKIE):
                found = data.get(key)
                if isinstance(found, str) and found:
                    return found
        return None

    def _ensure_session(self) -> MerchantsFailure | None:
        if self._token is not None and self.clock() - self._last_used < TOKEN_IDLE_RENEW_S:
            return None
        return self.login()

    def _get(self, path: str, params: Mapping[str, Any]) -> _Answer | MerchantsFailure:
        """An authenticated GET: log in if needed; on a 401, log in again once and retry (GETs
        change nothing, so a retry is safe)."""
        with self._lock:
            for attempt in (1, 2):
                problem = self._ensure_session()
                if problem is not None:
                    return problem
                answer = self._request("GET", path, params=params, token=self._token)
                if isinstance(answer, MerchantsFailure):
                    return answer
                if answer.status_code == 401:
                    self._token = None
                    if attempt == 1:
                        continue
                    return MerchantsFailure(FailureKind.SESSION, _error_text(answer.body), 401,
                                            _error_code(answer.body), answer.exchange)
                self._last_used = self.clock()
                return answer
            raise AssertionError("unreachable")  # pragma: no cover

    def _failure(self, answer: _Answer, *, login: bool = False) -> MerchantsFailure:
        code = _error_code(answer.body)
        text = self._scrub(_error_text(answer.body)) or _http_words(answer.status_code)
        status = answer.status_code
        if status == 403 and code == NOT_WHITELISTED_CODE:
            kind = FailureKind.NOT_WHITELISTED
        elif login and status in (400, 401, 403):
            kind = FailureKind.BAD_CREDENTIALS
        elif status == 400:
            lowered = text.lower()
            kind = FailureKind.RANGE if "range" in lowered or "days" in lowered else FailureKind.REFUSED
        elif 300 <= status < 500:
            kind = FailureKind.REFUSED
        else:
            kind = FailureKind.UNREADABLE
        return MerchantsFailure(kind, text, status, code, answer.exchange)

    # -- data ----------------------------------------------------------------------------------

    def cashouts_page(self, start: datetime, end: datetime, page: int = 0, status: str | None = None,
                      client_document: str | None = None) -> CashoutPage | MerchantsFailure:
        """One page of the account's cashouts created between ``start`` and ``end`` (at most
        :data:`MAX_RANGE_DAYS` apart), optionally of one status or one beneficiary's document."""
        params: dict[str, Any] = {"from": unix(start), "to": unix(end, up=True), "page": page}
        if status:
            params["status"] = status
        if client_document:
            params["clientDocument"] = client_document
        answer = self._get(CASHOUTS_PATH, params)
        if isinstance(answer, MerchantsFailure):
            return answer
        if answer.status_code != 200:
            return self._failure(answer)
        parsed = parse_cashout_page(page, answer.body)
        if isinstance(parsed, str):
            return MerchantsFailure(FailureKind.UNREADABLE, parsed, 200, exchange=answer.exchange)
        return CashoutPage(parsed.page, parsed.rows, parsed.page_size, parsed.total, answer.exchange)

    def cashouts(
        self,
        start: datetime,
        end: datetime,
        *,
        status: str | None = None,
        client_document: str | None = None,
        progress: Callable[[FetchProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> AccountCashouts | MerchantsFailure:
        """Every cashout of the account created between ``start`` and ``end``: the range is split
        into pieces of at most :data:`MAX_RANGE_DAYS`, each walked page by page from page 0 until
        a page comes back short. ``cancelled()`` is asked before each page; when it says yes the
        rows so far come back with ``complete=False``. Each cashout appears once, newest first."""
        # Whole seconds first, so that rounding a piece's ends cannot stretch it past the limit.
        pieces = split_range(datetime.fromtimestamp(unix(start), UTC),
                             datetime.fromtimestamp(unix(end, up=True), UTC))
        seen: dict[str, AccountCashout] = {}
        pages = 0
        expected_total = 0
        expected_known = True
        for done, (piece_start, piece_end) in enumerate(pieces):
            piece_expected: int | None = None
            for page in range(MAX_PAGES):
                if cancelled is not None and cancelled():
                    return self._collected(start, end, seen, pages, complete=False)
                answer = self.cashouts_page(piece_start, piece_end, page, status, client_document)
                if isinstance(answer, MerchantsFailure):
                    return answer
                pages += 1
                for row in answer.rows:
                    seen.setdefault(row.key, row)
                if page == 0:
                    piece_expected = answer.total
                    if piece_expected is None:
                        expected_known = False
                    else:
                        expected_total += piece_expected
                if progress is not None:
                    ranges_total = len(pieces)
                    progress(FetchProgress(done, ranges_total, pages, len(seen),
                                           expected_total if expected_known else None))
                if len(answer.rows) < answer.page_size or not answer.rows:
                    break
                if piece_expected is not None and (page + 1) * answer.page_size >= piece_expected:
                    break
        if progress is not None:
            progress(FetchProgress(len(pieces), len(pieces), pages, len(seen), len(seen)))
        return self._collected(start, end, seen, pages, complete=True)

    @staticmethod
    def _collected(start: datetime, end: datetime, seen: Mapping[str, AccountCashout], pages: int,
                   *, complete: bool) -> AccountCashouts:
        oldest = datetime.min.replace(tzinfo=UTC)
        rows = sorted(seen.values(), key=lambda r: (r.creation_date or oldest, r.id_cashout or 0),
                      reverse=True)
        return AccountCashouts(start, end, tuple(rows), complete, pages)

    def balance_report(self, start: datetime, end: datetime,
                       page: int = 0) -> list[BalanceDay] | MerchantsFailure:
        """One page of the daily balance report between ``start`` and ``end``."""
        answer = self._get(BALANCE_REPORT_PATH, {"from": unix(start), "to": unix(end, up=True), "page": page})
        if isinstance(answer, MerchantsFailure):
            return answer
        if answer.status_code != 200:
            return self._failure(answer)
        parsed = parse_balance_report(answer.body)
        if isinstance(parsed, str):
            return MerchantsFailure(FailureKind.UNREADABLE, parsed, 200, exchange=answer.exchange)
        return parsed

    def total_balance(self) -> list[AccountBalance] | MerchantsFailure:
        """The total available balance, per currency."""
        answer = self._get(TOTAL_BALANCE_PATH, {})
        if isinstance(answer, MerchantsFailure):
            return answer
        if answer.status_code != 200:
            return self._failure(answer)
        parsed = parse_total_balance(answer.body)
        if isinstance(parsed, str):
            return MerchantsFailure(FailureKind.UNREADABLE, parsed, 200, exchange=answer.exchange)
        return parsed

    # -- transport -----------------------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        """``text`` without the credentials or the token, should a peer quote them back."""
        secrets = [*self._credentials.secrets(), self._token or ""]
        for secret in secrets:
            if len(secret) >= 4:
                for form in {secret, json.dumps(secret)[1:-1]}:
                    text = text.replace(form, REDACTED)
        return text

    def _request(self, method: str, path: str, *, body: bytes | None = None,
                 params: Mapping[str, Any] | None = None,
                 token: str | None = None) -> _Answer | MerchantsFailure:
        url = self._base_url + path
        headers = {"User-Agent": self._user_agent, "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        started_at = datetime.now(UTC)
        t0 = time.perf_counter()
        shown_body = redact_body(body) if body else ""

        def exchange(sent: Iterable[tuple[str, str]], response: httpx.Response | None = None,
                     answer: bytes | None = None, error: str | None = None) -> Exchange:
            return Exchange(
                method=method,
                url=str(request.url) if request is not None else url,
                request_headers=redact_headers(sent),
                request_body=shown_body,
                started_at=started_at,
                status_code=response.status_code if response is not None else None,
                response_headers=(redact_headers(response.headers.multi_items())
                                  if response is not None else ()),
                response_body=(self._scrub(redact_body(answer))[:MAX_EXCHANGE_BODY_CHARS]
                               if answer is not None else None),
                elapsed_ms=(time.perf_counter() - t0) * 1000.0,
                error=self._scrub(error) if error is not None else None,
            )

        request: httpx.Request | None = None
        # Cookies of an answer are never sent back by themselves: the token goes in the header.
        self._http.cookies.clear()
        try:
            check_base_url(self._base_url)
            request = self._http.build_request(method, url, content=body, headers=headers,
                                               params=dict(params) if params else None)
        except (InsecureURLError, InvalidURLError, httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
            message = _message(NetworkErrorKind.INVALID_URL, _exc_text(exc))
            return MerchantsFailure(FailureKind.NETWORK, message, exchange=exchange(headers.items(),
                                                                                   error=message))
        sent = request.headers.multi_items()
        if self._http.is_closed:
            return MerchantsFailure(FailureKind.NETWORK, "the client was closed")
        from tupay_desktop.api.http import BodyProblem, read_body

        try:
            with self._session.deadline() as deadline:
                try:
                    response = self._http.send(request, stream=True)
                    try:
                        answer = read_body(response)
                    finally:
                        response.close()
                except httpx.TimeoutException as exc:
                    if not self._session.deadline_passed():
                        raise
                    raise httpx.TimeoutException(
                        f"no complete answer within the request deadline of {deadline:g} s"
                    ) from exc
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            message = self._scrub(_message(_connect_kind(exc), f"{url} ({_exc_text(exc)})."))
            return MerchantsFailure(FailureKind.NETWORK, message, exchange=exchange(sent, error=message))
        except httpx.TimeoutException as exc:
            message = self._scrub(_message(NetworkErrorKind.TIMEOUT, f"{url} ({_exc_text(exc)})."))
            return MerchantsFailure(FailureKind.NETWORK, message, exchange=exchange(sent, error=message))
        except BodyProblem as exc:  # an answer came, but it cannot be read safely
            message = self._scrub(_message(NetworkErrorKind.BAD_RESPONSE, f"{url}: {exc}."))
            return MerchantsFailure(FailureKind.NETWORK, message, exchange=exchange(sent, error=message))
        except (httpx.TransportError, OSError) as exc:
            message = self._scrub(_message(NetworkErrorKind.CONNECTION_LOST, f"{url} ({_exc_text(exc)})."))
            return MerchantsFailure(FailureKind.NETWORK, message, exchange=exchange(sent, error=message))
        finally:
            self._http.cookies.clear()
        _log.info("%s %s -> %s", method, path, response.status_code)
        return _Answer(response.status_code, answer, response.headers, exchange(sent, response, answer))

