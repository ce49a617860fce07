"""The sandbox's TuPay rules and state: validation, cashouts, balance, lifecycle, persistence.

No HTTP here (see ``server.py``). Every public method takes the ledger lock, so the ledger is safe
to share between the server's request threads and the in-process admin calls. The lifecycle is
evaluated lazily: whenever the ledger is read, each cashout is moved along by the time that has
passed since it entered its current status (wall-clock times, so a restarted sandbox with a state
file continues where it left off).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import ipaddress
import json
import os
import re
import secrets
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from tupay_desktop.api.banks import (
    PERU_BANKS,  # the bank table of spec §5.4, shared with the Desk
    cci_is_valid,  # the Desk's own CCI check (spec §5.4, §13.9)
)
from tupay_desktop.api.errors import REJECTIONS
from tupay_desktop.api.models import CashoutStatusCode
from tupay_desktop.api.validation import DOCUMENT_DIGITS  # spec §5.3, one table (open question §13.8)

FIRST_CASHOUT_ID = 8405147
STATE_VERSION = 1
FIRST_NOTIFICATION_ID = 1
#: At most this many notifications are kept (the oldest finished ones are dropped first).
MAX_NOTIFICATIONS = 2000
#: Retry delays after a failed notification, in schedule "minutes" (``notify_retry_unit_s`` seconds
#: each). TuPay's deposit docs and D24 give 5, 25, 125 and 625 minutes for "up to 5 more" attempts
#: (spec §9, §13.13); the fifth continues the progression (5**5) — a guess, in this one place.
NOTIFY_RETRY_MINUTES: tuple[int, ...] = (5, 25, 125, 625, 3125)
#: A claimed delivery that was never recorded (its process died) is retried after this many seconds.
NOTIFY_LEASE_S = 120.0

#: Rejection codes of spec §6.5 and their names (sent as ``rejection_reason``): the catalogue's.
REJECTION_NAMES: dict[int, str] = {code: name for code, (name, _text) in REJECTIONS.items()}

#: ``rejection_reason`` for the codes 823/825, which have no documented name.
UNNAMED_REJECTION_REASON = "Test"

STATUS_DESCRIPTIONS: dict[CashoutStatusCode, str] = {
    CashoutStatusCode.PENDING: "Pending",
    CashoutStatusCode.COMPLETED: "Completed",
    CashoutStatusCode.CANCELLED: "Canceled",
    CashoutStatusCode.REJECTED: "Rejected",
    CashoutStatusCode.DELIVERED: "Delivered",
    CashoutStatusCode.ON_HOLD: "On hold",
}


# Magic amounts (documented in README.md).
MAGIC_HOLD = Decimal("555.55")
MAGIC_BOUNCE = Decimal("777.77")
MAGIC_DECLINE_504 = Decimal("504.00")
MAGIC_RESET_AFTER_COMMIT = Decimal("666.66")
MAGIC_REJECT_RANGE = (800, 826)
BOUNCE_REJECTION_CODE = 826

#: The HTTP status each error ``code`` is answered with: the one table, used for every answer.
#: D24's mapping (spec §5.6; TuPay documents only 401, §13.15): 400 request error, 401
#: authentication error (credentials, IP whitelist, signature), 412 data validation / not found /
#: invalid status transition, 500 server error. A public client's comment says so ("D24 returns
#: 412…") and only handles declines on the 412 path: invalid params (300) are 412, malformed JSON
#: (502) stays 400. The sandbox's own HTTP-level errors (404 unknown path, 405 wrong method, the
#: malformed-request answers, …) carry the HTTP status as their ``code``.
HTTP_STATUS_FOR_CODE: dict[int, int] = {
    300: 412,
    303: 412,
    509: 412,
    510: 412,
    511: 412,
    514: 412,
    502: 400,
    504: 400,
    302: 401,
    401: 401,
    402: 401,
    500: 500,
    # HTTP-level answers of the sandbox itself (code = HTTP status).
    400: 400,
    403: 403,
    404: 404,
    405: 405,
    408: 408,
    411: 411,
    413: 413,
    414: 414,
    431: 431,
    501: 501,
    505: 505,
}


def http_status_for(code: int) -> int:
    """The HTTP status of an answer with this error ``code`` (:data:`HTTP_STATUS_FOR_CODE`; 400 else)."""
    return HTTP_STATUS_FOR_CODE.get(code, 400)


_CENT = Decimal("0.01")
_AMOUNT_TEXT = re.compile(r"[0-9]+(?:\.[0-9]{1,2})?")
_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Problem:
    """One invalid parameter: ``field`` and TuPay's sentence for it."""

    field: str
    text: str

    def __str__(self) -> str:
        return f"{self.field}: {self.text}"


class SandboxError(Exception):
    """A TuPay error answer: ``{"code", "message"[, "reason", "reason_code"]}`` with an HTTP status."""

    def __init__(self, code: int, message: str, *, reason: str | None = None,
                 reason_code: int | None = None, problems: Sequence[Problem] = ()) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message
        self.reason = reason
        self.reason_code = reason_code
        #: The invalid parameters behind a 300/303 (empty for other errors).
        self.problems = tuple(problems)

    @property
    def http_status(self) -> int:
        return http_status_for(self.code)

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.reason is not None:
            body["reason"] = self.reason
        if self.reason_code is not None:
            body["reason_code"] = self.reason_code
        return body


#: The 303 reason, also the last part of its message (a recorded D24 decline:
#: ``{"code":303,"message":"bankAccount: Invalid or missing Bank account;Invalid bank code",
#: "reason":"Invalid bank code"}`` — D24 spells the field ``bankAccount``, the sandbox names it
#: as the request does).
INVALID_BANK_CODE = "Invalid bank code"
_BANK_ACCOUNT_TEXT = "Invalid or missing Bank account"


#: The longest external_id TuPay takes (spec §5.2), in a create and in a lookup alike.
MAX_EXTERNAL_ID = 100


def invalid_params(problems: Sequence[Problem]) -> SandboxError:
    """A 300 listing every invalid parameter, joined with ``;`` (the first one first), with the
    first one's sentence as ``reason``."""
    return SandboxError(300, "Invalid params: " + ";".join(str(p) for p in problems),
                        reason=problems[0].text, problems=problems)


def invalid_param(name: str, reason: str) -> SandboxError:
    return invalid_params([Problem(name, reason)])


def invalid_bank_code() -> SandboxError:
    """The 303 of an unknown bank code, shaped as D24's recorded decline."""
    problem = Problem("bank_account", _BANK_ACCOUNT_TEXT)
    return SandboxError(303, f"{problem};{INVALID_BANK_CODE}", reason=INVALID_BANK_CODE,
                        problems=(problem,))


class Plan(StrEnum):
    """Where a cashout's automatic lifecycle ends (chosen from the amount at creation)."""

    COMPLETE = "complete"
    REJECT = "reject"
    HOLD = "hold"
    BOUNCE = "bounce"


@dataclass
class SandboxConfig:
    """Behaviour knobs; mutable at runtime (the ledger reads it on every request)."""

    pending_to_delivered_s: float = 5.0
    delivered_to_completed_s: float = 10.0
    balance: Decimal = Decimal("1000000.00")
    whitelist: tuple[str, ...] = ("127.0.0.0/8", "::1/128")
    latency_s: float = 0.0
    response_delay_s: float = 0.0
    #: Refuse a ``bank_account`` whose CCI check digits are wrong (300), with the Desk's own
    #: check (``api/banks.py``). The algorithm is inferred (spec §5.4, §13.9): turn this off should
    #: TuPay's real rule prove different.
    enforce_cci_check_digits: bool = True
    #: Status lookups with both ids: ``False`` (default) matches on ``cashout_id`` alone, so an
    #: ``external_id`` spelled differently (``uuid.hex`` at creation, ``str(uuid)`` at lookup) still
    #: finds the cashout; ``True`` answers 509 unless both ids name the same cashout. Cancel and
    #: hold/release always cross-check both ids when both are given.
    strict_id_match: bool = False
    #: Where notifications go for cashouts created without a ``notification_url`` (the panel's
    #: default Withdrawals URL, spec §9); "" sends none for them.
    notification_url: str = ""
    #: Seconds in one "minute" of the notification retry schedule (5, 25, 125, 625, … minutes).
    notify_retry_unit_s: float = 60.0
    #: Seconds a receiver gets to answer one notification.
    notify_timeout_s: float = 10.0


@dataclass(frozen=True)
class SandboxCashout:
    """A snapshot of one sandbox cashout (never carries login/pass)."""

    cashout_id: int
    external_id: str
    amount: Decimal
    currency: str
    status: CashoutStatusCode
    created_at: datetime
    status_changed_at: datetime
    country: str
    document_type: str
    document_id: str
    beneficiary_name: str
    beneficiary_lastname: str
    bank_account: str
    account_type: str
    notification_url: str = ""
    comments: str = ""
    rejection_code: int | None = None
    rejection_reason: str | None = None
    bank_reference_id: str = ""

    @property
    def status_description(self) -> str:
        return STATUS_DESCRIPTIONS[self.status]

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form (amount as a string, times as ISO-8601 UTC) for the admin API."""
        return {
            "cashout_id": self.cashout_id,
            "external_id": self.external_id,
            "amount": format(self.amount, "f"),
            "currency": self.currency,
            "status": int(self.status),
            "status_description": self.status_description,
            "rejection_code": self.rejection_code,
            "rejection_reason": self.rejection_reason,
            "created_at": self.created_at.isoformat(),
            "status_changed_at": self.status_changed_at.isoformat(),
            "country": self.country,
            "document_type": self.document_type,
            "document_id": self.document_id,
            "beneficiary_name": self.beneficiary_name,
            "beneficiary_lastname": self.beneficiary_lastname,
            "bank_account": self.bank_account,
            "account_type": self.account_type,
            "notification_url": self.notification_url,
            "comments": self.comments,
            "bank_reference_id": self.bank_reference_id,
        }


@dataclass
class _Record:
    cashout_id: int
    external_id: str
    amount: Decimal
    currency: str
    country: str
    document_type: str
    document_id: str
    beneficiary_name: str
    beneficiary_lastname: str
    bank_account: str
    account_type: str
    notification_url: str
    comments: str
    created_at: float
    status: CashoutStatusCode = CashoutStatusCode.PENDING
    status_since: float = 0.0
    plan: Plan = Plan.COMPLETE
    planned_rejection_code: int | None = None
    rejection_code: int | None = None
    rejection_reason: str | None = None
    bank_reference_id: str = ""

    def snapshot(self) -> SandboxCashout:
        return SandboxCashout(
            cashout_id=self.cashout_id,
            external_id=self.external_id,
            amount=self.amount,
            currency=self.currency,
            status=self.status,
            created_at=datetime.fromtimestamp(self.created_at, UTC),
            status_changed_at=datetime.fromtimestamp(self.status_since, UTC),
            country=self.country,
            document_type=self.document_type,
            document_id=self.document_id,
            beneficiary_name=self.beneficiary_name,
            beneficiary_lastname=self.beneficiary_lastname,
            bank_account=self.bank_account,
            account_type=self.account_type,
            notification_url=self.notification_url,
            comments=self.comments,
            rejection_code=self.rejection_code,
            rejection_reason=self.rejection_reason,
            bank_reference_id=self.bank_reference_id,
        )

    def to_state(self) -> dict[str, Any]:
        return {
            "cashout_id": self.cashout_id,
            "external_id": self.external_id,
            "amount": format(self.amount, "f"),
            "currency": self.currency,
            "country": self.country,
            "document_type": self.document_type,
            "document_id": self.document_id,
            "beneficiary_name": self.beneficiary_name,
            "beneficiary_lastname": self.beneficiary_lastname,
            "bank_account": self.bank_account,
            "account_type": self.account_type,
            "notification_url": self.notification_url,
            "comments": self.comments,
            "created_at": self.created_at,
            "status": int(self.status),
            "status_since": self.status_since,
            "plan": self.plan.value,
            "planned_rejection_code": self.planned_rejection_code,
            "rejection_code": self.rejection_code,
            "rejection_reason": self.rejection_reason,
            "bank_reference_id": self.bank_reference_id,
        }

    @classmethod
    def from_state(cls, data: Mapping[str, Any]) -> _Record:
        return cls(
            cashout_id=int(data["cashout_id"]),
            external_id=str(data["external_id"]),
            amount=Decimal(str(data["amount"])),
            currency=str(data["currency"]),
            country=str(data.get("country", "PE")),
            document_type=str(data.get("document_type", "")),
            document_id=str(data.get("document_id", "")),
            beneficiary_name=str(data.get("beneficiary_name", "")),
            beneficiary_lastname=str(data.get("beneficiary_lastname", "")),
            bank_account=str(data.get("bank_account", "")),
            account_type=str(data.get("account_type", "")),
            notification_url=str(data.get("notification_url", "")),
            comments=str(data.get("comments", "")),
            created_at=float(data["created_at"]),
            status=CashoutStatusCode(int(data["status"])),
            status_since=float(data["status_since"]),
            plan=Plan(data.get("plan", Plan.COMPLETE.value)),
            planned_rejection_code=data.get("planned_rejection_code"),
            rejection_code=data.get("rejection_code"),
            rejection_reason=data.get("rejection_reason"),
            bank_reference_id=str(data.get("bank_reference_id") or ""),
        )


@dataclass(frozen=True)
class CreateResult:
    """A committed creation, and whether its magic amount asks the server to drop the answer."""

    cashout: SandboxCashout
    reset_connection: bool = False


def rejection_reason_for(code: int) -> str:
    return REJECTION_NAMES.get(code, UNNAMED_REJECTION_REASON)


#: Statuses whose answers and notifications carry the bank's reference (the bank has the transfer).
BANK_REFERENCE_STATUSES = (CashoutStatusCode.DELIVERED, CashoutStatusCode.COMPLETED)


def bank_reference_for(cashout_id: int) -> str:
    """The simulated bank's reference for a transfer (≤ 50 characters, spec §9)."""
    return f"SBX{cashout_id:012d}"


def status_body(cashout: SandboxCashout) -> dict[str, Any]:
    """The status endpoint's answer for ``cashout`` (spec §6.3), with ``bank_reference_id`` once the
    bank has the transfer (DELIVERED, COMPLETED) — a public client reads it there."""
    body: dict[str, Any] = {
        "cashout_status": int(cashout.status),
        "cashout_status_description": cashout.status_description,
    }
    if cashout.status in BANK_REFERENCE_STATUSES and cashout.bank_reference_id:
        body["bank_reference_id"] = cashout.bank_reference_id
    if cashout.status == CashoutStatusCode.REJECTED:
        if cashout.rejection_code is not None:
            body["rejection_code"] = cashout.rejection_code
        if cashout.rejection_reason is not None:
            body["rejection_reason"] = cashout.rejection_reason
    return body


# ------------------------------------------------------------------------------------------------
# Field validation (spec §5.2–§5.4)
# ------------------------------------------------------------------------------------------------


def _text(payload: Mapping[str, Any], name: str, label: str, *, max_len: int, required: bool = True,
          pattern: re.Pattern[str] | None = None) -> str:
    value = payload.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > max_len:
        raise invalid_param(name, f"Invalid or missing {label}")
    if pattern is not None and not pattern.fullmatch(value):
        raise invalid_param(name, f"Invalid or missing {label}")
    return value


def parse_amount(value: Any) -> Decimal:
    """A JSON number (parsed as Decimal/int) or numeric string, > 0, at most 2 decimals."""
    amount: Decimal
    if isinstance(value, bool):
        raise invalid_param("amount", "Invalid or missing Amount")
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str) and _AMOUNT_TEXT.fullmatch(value.strip()):
        amount = Decimal(value.strip())
    else:
        raise invalid_param("amount", "Invalid or missing Amount")
    if not amount.is_finite() or amount <= 0:
        raise invalid_param("amount", "Invalid or missing Amount (must be greater than 0)")
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise invalid_param("amount", "Invalid Amount (at most 2 decimals)")
    try:
        return amount.quantize(_CENT)
    except InvalidOperation:
        raise invalid_param("amount", "Invalid Amount (too large)") from None


def parse_cashout_id(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str) and _DIGITS.fullmatch(value) and len(value) <= 18:
        return int(value)
    raise invalid_param("cashout_id", "Invalid Cashout ID")


def _document_id(payload: Mapping[str, Any], document_type: Any) -> str:
    document_id = payload.get("document_id")
    digits = DOCUMENT_DIGITS.get(document_type) if isinstance(document_type, str) else None
    if digits is None:  # the type is wrong already: check what can be checked ("max 12", digits)
        if not isinstance(document_id, str) or not re.fullmatch(r"[0-9]{1,12}", document_id):
            raise invalid_param("document_id", "Invalid or missing Document ID")
        return document_id
    if not isinstance(document_id, str) or not re.fullmatch(rf"[0-9]{{{digits}}}", document_id):
        raise invalid_param("document_id",
                            f"Invalid or missing Document ID ({document_type}: {digits} digits)")
    return document_id


def _choice(payload: Mapping[str, Any], name: str, allowed: Sequence[str], text: str) -> str:
    value = payload.get(name)
    if not isinstance(value, str) or value not in allowed:
        raise invalid_param(name, text)
    return value


def _on_hold(payload: Mapping[str, Any]) -> bool:
    """[D24] ``on_hold: true`` creates the cashout ON_HOLD (spec §5.2, §6.4); a JSON boolean."""
    value = payload.get("on_hold")
    if value is None:
        return False
    if not isinstance(value, bool):
        raise invalid_param("on_hold", "Invalid on_hold (true or false)")
    return value


def validate_creation(payload: Mapping[str, Any], *, check_cci: bool = True) -> dict[str, Any]:
    """Check a creation body's fields in documented order; return the normalised fields.

    Raises ``SandboxError`` 300 listing every bad parameter (joined with ``;``, the first one
    first), or — when the bank code is the only problem — 303 shaped as D24's recorded decline.
    With ``check_cci`` the CCI check digits are verified with the Desk's own function
    (``api/banks.cci_is_valid``), so a client that skips the local pre-check sees what TuPay's
    validator would say.

    Amounts: a JSON number or a numeric string. A production TuPay integration sends ``amount``
    as a string (``"20"``, ``"20.5"``) and never a User-Agent; the Desk sends a number with at most
    two decimals. Both are accepted.
    """
    fields: dict[str, Any] = {}
    problems: list[Problem] = []

    def take(name: str, check: Callable[[], Any]) -> None:
        try:
            fields[name] = check()
        except SandboxError as error:
            problems.extend(error.problems)

    take("external_id", lambda: _text(payload, "external_id", "External ID", max_len=MAX_EXTERNAL_ID))
    take("country", lambda: _choice(payload, "country", ("PE",), "Invalid or missing Country (only PE)"))
    take("amount", lambda: parse_amount(payload.get("amount")))
    take("currency", lambda: _choice(payload, "currency", ("PEN", "USD"),
                                     "Invalid or missing Currency (PEN or USD)"))
    take("document_type", lambda: _choice(payload, "document_type", tuple(DOCUMENT_DIGITS),
                                          "Invalid or missing Document type (DNI, CE, RUC or PASS)"))
    take("document_id", lambda: _document_id(payload, payload.get("document_type")))
    take("beneficiary_name", lambda: _text(payload, "beneficiary_name", "Beneficiary name", max_len=100))
    take("beneficiary_lastname", lambda: _text(payload, "beneficiary_lastname", "Beneficiary last name",
                                               max_len=100))
    take("bank_account", lambda: _text(payload, "bank_account", "Bank account", max_len=20,
                                       pattern=re.compile(r"[0-9]{20}")))
    account = fields.get("bank_account")
    bank_code = Problem("bank_account", INVALID_BANK_CODE)
    if isinstance(account, str):
        if account[:3] not in PERU_BANKS:
            problems.append(bank_code)
            fields.pop("bank_account")
        elif check_cci and not cci_is_valid(account):
            problems.append(Problem("bank_account", f"{_BANK_ACCOUNT_TEXT} (wrong CCI check digits)"))
            fields.pop("bank_account")
    take("account_type", lambda: _choice(payload, "account_type", ("C", "S"),
                                         "Invalid or missing Account type (C or S)"))
    take("notification_url", lambda: _text(payload, "notification_url", "Notification URL", max_len=300,
                                           required=False))
    take("comments", lambda: _text(payload, "comments", "Comments", max_len=200, required=False))
    take("on_hold", lambda: _on_hold(payload))
    if problems == [bank_code]:
        raise invalid_bank_code()
    if problems:
        raise invalid_params(problems)
    return fields


# ------------------------------------------------------------------------------------------------
# Notifications (spec §9)
# ------------------------------------------------------------------------------------------------


class NotificationState(StrEnum):
    """Where one notification stands."""

    PENDING = "pending"  # an attempt is due now or later
    DELIVERED = "delivered"  # a 2xx answer arrived
    FAILED = "failed"  # 1 + 5 attempts, none answered 2xx
    REFUSED = "refused"  # the URL is not one TuPay would call: nothing sent


def notification_url_problem(url: str) -> str | None:
    """Why the sandbox will not call ``url`` (``None`` when it will).

    TuPay reaches merchants on ports 80/443 only (spec §9): anything that is not this machine must
    be ``https://`` on the default port. ``http://`` (any port) is allowed to loopback hosts, for a
    receiver on this computer.
    """
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
        port = parts.port
    except ValueError:
        return "not a valid URL"
    if parts.scheme not in ("http", "https") or not host:
        return "not an http(s) URL with a host"
    if host == "localhost" or _is_loopback_ip(host):
        return None
    if parts.scheme != "https":
        return "only https:// is called outside this machine (http:// only to localhost)"
    if port not in (None, 443):
        return "TuPay only calls ports 80 and 443"
    return None


def _is_loopback_ip(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def notification_control(signature_secret: str, external_id: str) -> str:
    """A ``control`` value of the documented shape (spec §9): an upper-case HMAC-SHA256, keyed with
    the API Signature, over random characters + ``external_id`` + random characters (UTF-8).

    TuPay's exact algorithm is unknown (§13.12: the sample code was truncated), so no receiver can
    verify this value — nor TuPay's. Receivers must not rely on ``control``: re-query the signed
    status endpoint instead.
    """
    message = secrets.token_hex(8) + external_id + secrets.token_hex(8)
    return hmac.new(signature_secret.encode("utf-8"), message.encode("utf-8"),
                    hashlib.sha256).hexdigest().upper()


def _iso(moment: float | None) -> str | None:
    return None if moment is None else datetime.fromtimestamp(moment, UTC).isoformat()


@dataclass(frozen=True)
class NotificationAttempt:
    """One POST of a notification and what came of it."""

    at: float
    http_status: int | None
    answer: str
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.http_status is not None and 200 <= self.http_status < 300

    def to_json(self) -> dict[str, Any]:
        return {"at": _iso(self.at), "http_status": self.http_status, "answer": self.answer,
                "error": self.error}


@dataclass(frozen=True)
class SandboxNotification:
    """A snapshot of one notification: the exact form fields sent, where, and every attempt."""

    notification_id: int
    cashout_id: int
    external_id: str
    url: str
    fields: tuple[tuple[str, str], ...]
    #: The status it announces (the notification itself deliberately does not carry it).
    status: CashoutStatusCode
    state: NotificationState
    created_at: float
    next_attempt_at: float | None
    attempts: tuple[NotificationAttempt, ...] = ()
    problem: str | None = None
    resend_of: int | None = None

    @property
    def body(self) -> bytes:
        """The ``application/x-www-form-urlencoded`` body, fields in the documented order."""
        return urlencode(self.fields).encode("ascii")

    def to_json(self) -> dict[str, Any]:
        return {
            "notification_id": self.notification_id,
            "cashout_id": self.cashout_id,
            "external_id": self.external_id,
            "url": self.url,
            "fields": dict(self.fields),
            "body": self.body.decode("ascii"),
            "status": int(self.status),
            "status_description": STATUS_DESCRIPTIONS[self.status],
            "state": self.state.value,
            "created_at": _iso(self.created_at),
            "next_attempt_at": _iso(self.next_attempt_at),
            "attempts": [a.to_json() for a in self.attempts],
            "problem": self.problem,
            "resend_of": self.resend_of,
        }


@dataclass
class _Notification:
    notification_id: int
    cashout_id: int
    external_id: str
    url: str
    fields: list[tuple[str, str]]
    status: CashoutStatusCode
    created_at: float
    state: NotificationState = NotificationState.PENDING
    next_attempt_at: float | None = None
    attempts: list[NotificationAttempt] = field(default_factory=list)
    problem: str | None = None
    resend_of: int | None = None
    lease_until: float = 0.0

    def snapshot(self) -> SandboxNotification:
        return SandboxNotification(
            notification_id=self.notification_id, cashout_id=self.cashout_id,
            external_id=self.external_id, url=self.url, fields=tuple(self.fields), status=self.status,
            state=self.state, created_at=self.created_at, next_attempt_at=self.next_attempt_at,
            attempts=tuple(self.attempts), problem=self.problem, resend_of=self.resend_of,
        )

    def to_state(self) -> dict[str, Any]:
        return {
            "notification_id": self.notification_id, "cashout_id": self.cashout_id,
            "external_id": self.external_id, "url": self.url, "fields": [list(f) for f in self.fields],
            "status": int(self.status), "created_at": self.created_at, "state": self.state.value,
            "next_attempt_at": self.next_attempt_at,
            "attempts": [[a.at, a.http_status, a.answer, a.error] for a in self.attempts],
            "problem": self.problem, "resend_of": self.resend_of, "lease_until": self.lease_until,
        }

    @classmethod
    def from_state(cls, data: Mapping[str, Any]) -> _Notification:
        return cls(
            notification_id=int(data["notification_id"]), cashout_id=int(data["cashout_id"]),
            external_id=str(data["external_id"]), url=str(data["url"]),
            fields=[(str(k), str(v)) for k, v in data["fields"]],
            status=CashoutStatusCode(int(data["status"])), created_at=float(data["created_at"]),
            state=NotificationState(data["state"]),
            next_attempt_at=None if data.get("next_attempt_at") is None else float(data["next_attempt_at"]),
            attempts=[NotificationAttempt(float(a[0]), None if a[1] is None else int(a[1]), str(a[2]),
                                          None if a[3] is None else str(a[3]))
                      for a in data.get("attempts", [])],
            problem=data.get("problem"), resend_of=data.get("resend_of"),
            lease_until=float(data.get("lease_until", 0.0)),
        )


# ------------------------------------------------------------------------------------------------
# The ledger
# ------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _interprocess_lock(state_file: Path) -> Iterator[None]:
    """An exclusive advisory lock on ``<state file>.lock`` (POSIX flock / Windows msvcrt)."""
    state_file.parent.mkdir(parents=True, exist_ok=True)
    lock_path = state_file.with_name(state_file.name + ".lock")
    with open(lock_path, "a+b") as handle:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class Ledger:
    """All sandbox cashouts and their notifications, guarded by one lock, optionally persisted to a
    JSON state file.

    Several sandboxes may share one state file (the Desk's embedded sandbox and a ``tupay-cli``
    run, say): every operation takes an advisory file lock, reloads the file if another process
    changed it, and writes the whole state back, so ids stay unique and no cashout is lost.

    Every status change (the lifecycle, cancel, hold/release, a forced status) queues one
    notification here, in the same transaction; ``notifier.Notifier`` delivers them. A change is
    made — and so notified — by exactly one process, whichever advanced the cashout first.
    """

    def __init__(self, config: Callable[[], SandboxConfig], state_file: Path | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self._config = config
        self._state_file = state_file
        #: Wall-clock source of the lifecycle and of the notification schedule (seconds since the
        #: epoch); tests may replace it.
        self.clock = clock
        #: ``control`` for a notification of ``external_id`` (the sandbox sets it from its secret).
        self.notification_control: Callable[[str], str] = lambda external_id: ""
        #: Called (outside no lock in particular) whenever a notification becomes due now.
        self.on_notification: Callable[[], None] = lambda: None
        self._lock = threading.RLock()
        self._depth = 0
        self._records: dict[int, _Record] = {}
        self._by_external_id: dict[str, int] = {}
        self._next_id = FIRST_CASHOUT_ID
        self._notifications: dict[int, _Notification] = {}
        self._next_notification_id = FIRST_NOTIFICATION_ID
        self._queued = False
        self._seen: tuple[int, int, int] | None = None
        if state_file is not None:
            with self._transaction():
                pass

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """Hold the ledger lock and, with a state file, the inter-process file lock, after
        reloading the file if another process (say the CLI next to the Desk) changed it."""
        try:
            with self._lock:
                if self._state_file is None or self._depth:
                    self._depth += 1
                    try:
                        yield
                    finally:
                        self._depth -= 1
                    return
                self._depth += 1
                try:
                    with _interprocess_lock(self._state_file):
                        self._reload_if_changed(self._state_file)
                        yield
                finally:
                    self._depth -= 1
        finally:
            if self._queued and not self._depth:
                self._queued = False
                self.on_notification()

    # -- persistence ------------------------------------------------------------------------------

    @staticmethod
    def _identity(path: Path) -> tuple[int, int, int] | None:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _reload_if_changed(self, path: Path) -> None:
        identity = self._identity(path)
        if identity is None or identity == self._seen:
            return
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            records = [_Record.from_state(item) for item in data.get("cashouts", [])]
            next_id = int(data.get("next_id", FIRST_CASHOUT_ID))
            notifications = [_Notification.from_state(item) for item in data.get("notifications", [])]
            next_notification_id = int(data.get("next_notification_id", FIRST_NOTIFICATION_ID))
        except (ValueError, KeyError, TypeError, AttributeError, InvalidOperation, IndexError) as error:
            raise ValueError(f"unreadable sandbox state file {path}: {error!r}") from None
        self._records = {r.cashout_id: r for r in records}
        self._by_external_id = {r.external_id: r.cashout_id for r in records}
        highest = max(self._records, default=FIRST_CASHOUT_ID - 1)
        self._next_id = max(next_id, highest + 1, self._next_id)
        self._notifications = {n.notification_id: n for n in notifications}
        highest = max(self._notifications, default=FIRST_NOTIFICATION_ID - 1)
        self._next_notification_id = max(next_notification_id, highest + 1, self._next_notification_id)
        self._seen = identity

    def _save(self) -> None:
        path = self._state_file
        if path is None:
            return
        state = {
            "version": STATE_VERSION,
            "next_id": self._next_id,
            "cashouts": [r.to_state() for r in self._records.values()],
            "next_notification_id": self._next_notification_id,
            "notifications": [n.to_state() for n in self._notifications.values()],
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(state, handle, ensure_ascii=False, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._seen = self._identity(path)

    # -- status changes and their notifications ---------------------------------------------------

    def _set_status(self, record: _Record, status: CashoutStatusCode, at: float) -> None:
        """Move ``record`` to ``status`` as of ``at`` and queue its notification (spec §9)."""
        record.status = status
        record.status_since = at
        if status in BANK_REFERENCE_STATUSES and not record.bank_reference_id:
            record.bank_reference_id = bank_reference_for(record.cashout_id)
        self._queue_notification(record)

    def _queue_notification(self, record: _Record) -> None:
        url = record.notification_url or self._config().notification_url
        if not url:
            return
        status = record.status
        fields = [  # exactly the documented fields, in the documented order; never the status
            ("date", datetime.fromtimestamp(record.status_since, UTC).strftime("%Y-%m-%d %H:%M:%S")),
            ("bank_reference_id", record.bank_reference_id if status in BANK_REFERENCE_STATUSES else ""),
            ("comments", record.comments),
            ("external_id", record.external_id),
            ("control", self.notification_control(record.external_id)),
            ("cashout_id", str(record.cashout_id)),
            ("status_reason", (record.rejection_reason or "") if status == CashoutStatusCode.REJECTED
             else ""),
        ]
        self._add_notification(_Notification(
            notification_id=0, cashout_id=record.cashout_id, external_id=record.external_id, url=url,
            fields=fields, status=status, created_at=self.clock(),
        ))

    def _add_notification(self, notification: _Notification) -> _Notification:
        notification.notification_id = self._next_notification_id
        self._next_notification_id += 1
        problem = notification_url_problem(notification.url)
        if problem is not None:
            notification.state = NotificationState.REFUSED
            notification.problem = problem
            notification.next_attempt_at = None
        else:
            notification.state = NotificationState.PENDING
            notification.next_attempt_at = notification.created_at
            self._queued = True
        self._notifications[notification.notification_id] = notification
        excess = len(self._notifications) - MAX_NOTIFICATIONS
        if excess > 0:
            finished = [n for n in self._notifications.values() if n.state != NotificationState.PENDING]
            for old in sorted(finished, key=lambda n: n.notification_id)[:excess]:
                del self._notifications[old.notification_id]
        return notification

    # -- lifecycle --------------------------------------------------------------------------------

    def _advance(self, record: _Record, now: float, config: SandboxConfig) -> bool:
        changed = False
        while True:
            if record.status == CashoutStatusCode.PENDING:
                due = record.status_since + config.pending_to_delivered_s
                if now < due:
                    break
                self._set_status(record, CashoutStatusCode.ON_HOLD if record.plan == Plan.HOLD
                                 else CashoutStatusCode.DELIVERED, due)
            elif record.status == CashoutStatusCode.DELIVERED:
                due = record.status_since + config.delivered_to_completed_s
                if now < due:
                    break
                if record.plan == Plan.REJECT and record.planned_rejection_code is not None:
                    record.rejection_code = record.planned_rejection_code
                    record.rejection_reason = rejection_reason_for(record.planned_rejection_code)
                    self._set_status(record, CashoutStatusCode.REJECTED, due)
                else:
                    self._set_status(record, CashoutStatusCode.COMPLETED, due)
            elif record.status == CashoutStatusCode.COMPLETED and record.plan == Plan.BOUNCE:
                due = record.status_since + config.delivered_to_completed_s
                if now < due:
                    break
                record.rejection_code = BOUNCE_REJECTION_CODE
                record.rejection_reason = rejection_reason_for(BOUNCE_REJECTION_CODE)
                self._set_status(record, CashoutStatusCode.REJECTED, due)
            else:
                break
            changed = True
        return changed

    def _advance_all(self) -> None:
        config = self._config()
        now = self.clock()
        changed = False
        for record in self._records.values():
            changed = self._advance(record, now, config) or changed
        if changed:
            self._save()

    def tick(self) -> None:
        """Move every cashout along its lifecycle now (queueing the notifications of its changes)."""
        with self._transaction():
            self._advance_all()

    def _reserved(self) -> Decimal:
        released = (CashoutStatusCode.CANCELLED, CashoutStatusCode.REJECTED)
        return sum((r.amount for r in self._records.values() if r.status not in released), Decimal(0))

    # -- API operations ---------------------------------------------------------------------------

    def create(self, payload: Mapping[str, Any]) -> CreateResult:
        """Validate and commit a creation (credentials already checked). Raises ``SandboxError``."""
        fields = validate_creation(payload, check_cci=self._config().enforce_cci_check_digits)
        on_hold: bool = fields.pop("on_hold")
        amount: Decimal = fields["amount"]
        if amount == MAGIC_DECLINE_504:
            raise SandboxError(504, "User unauthorized due to cadastral situation.",
                               reason="Underage user detected", reason_code=105)
        with self._transaction():
            self._advance_all()
            if fields["external_id"] in self._by_external_id:
                raise SandboxError(511, "External ID already used")
            if amount > self._config().balance - self._reserved():
                raise SandboxError(514, "Insufficient funds")
            now = self.clock()
            record = _Record(cashout_id=self._next_id, created_at=now, status_since=now, **fields)
            if on_hold:  # [D24] created directly ON_HOLD; released with PUT /v3/cashout/status
                record.status = CashoutStatusCode.ON_HOLD
            low, high = MAGIC_REJECT_RANGE
            if amount == amount.to_integral_value() and low <= int(amount) <= high:
                record.plan = Plan.REJECT
                record.planned_rejection_code = int(amount)
            elif amount == MAGIC_HOLD:
                record.plan = Plan.HOLD
            elif amount == MAGIC_BOUNCE:
                record.plan = Plan.BOUNCE
            self._next_id += 1
            self._records[record.cashout_id] = record
            self._by_external_id[record.external_id] = record.cashout_id
            self._save()
            return CreateResult(record.snapshot(), reset_connection=amount == MAGIC_RESET_AFTER_COMMIT)

    def _lookup(self, payload: Mapping[str, Any], *, strict: bool) -> _Record:
        """The cashout named by ``cashout_id`` and/or ``external_id``. With both: matched on
        ``cashout_id``; ``strict`` also requires the ``external_id`` to be that cashout's (509 else)."""
        cashout_id = parse_cashout_id(payload.get("cashout_id"))
        external_id = payload.get("external_id")
        if external_id is not None and (not isinstance(external_id, str)
                                        or len(external_id) > MAX_EXTERNAL_ID):
            raise invalid_param("external_id", "Invalid External ID")
        if cashout_id is None and not external_id:
            raise invalid_param("cashout_id", "Invalid or missing Cashout ID or External ID")
        record: _Record | None = None
        if cashout_id is not None:
            record = self._records.get(cashout_id)
            if record is not None and strict and external_id and record.external_id != external_id:
                record = None
        else:
            found = self._by_external_id.get(str(external_id))
            record = self._records.get(found) if found is not None else None
        if record is None:
            raise SandboxError(509, "Cashout not found with this ID")
        return record

    def status(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """Answer a status request (by ``cashout_id``, ``external_id`` or both)."""
        with self._transaction():
            self._advance_all()
            return status_body(self._lookup(payload, strict=self._config().strict_id_match).snapshot())

    def cancel(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """Cancel a PENDING cashout; anything else is 510. Both ids are required (spec §7 [D24]:
        ``login``, ``pass``, ``cashout_id`` and ``external_id``, "all required"), and they must name
        the same cashout (509 else): a client that sends only one learns it here, not from TuPay."""
        problems: list[Problem] = []
        try:
            if parse_cashout_id(payload.get("cashout_id") or None) is None:
                problems.append(Problem("cashout_id", "Invalid or missing Cashout ID"))
        except SandboxError:
            problems.append(Problem("cashout_id", "Invalid Cashout ID"))
        external_id = payload.get("external_id")
        if not (isinstance(external_id, str) and 0 < len(external_id) <= MAX_EXTERNAL_ID):
            problems.append(Problem("external_id", "Invalid or missing External ID"))
        if problems:  # every one of them, as for a create
            raise invalid_params(problems)
        with self._transaction():
            self._advance_all()
            record = self._lookup(payload, strict=True)
            if record.status != CashoutStatusCode.PENDING:
                raise SandboxError(510, "Invalid status transition")
            self._set_status(record, CashoutStatusCode.CANCELLED, self.clock())
            self._save()
            return status_body(record.snapshot())

    def update_status(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """[D24, experimental] ``PUT /v3/cashout/status``: ``status`` ``ON_HOLD`` holds a PENDING
        cashout, ``PENDING`` releases an ON_HOLD one (its lifecycle then runs on); else 510."""
        wanted = payload.get("status")
        if wanted not in ("ON_HOLD", "PENDING"):
            raise invalid_param("status", "Invalid or missing status (ON_HOLD or PENDING)")
        with self._transaction():
            self._advance_all()
            record = self._lookup(payload, strict=True)
            if wanted == "ON_HOLD":
                if record.status != CashoutStatusCode.PENDING:
                    raise SandboxError(510, "Invalid status transition")
                self._set_status(record, CashoutStatusCode.ON_HOLD, self.clock())
            else:
                if record.status != CashoutStatusCode.ON_HOLD:
                    raise SandboxError(510, "Invalid status transition")
                if record.plan == Plan.HOLD:  # released by the merchant: it does not go back on hold
                    record.plan = Plan.COMPLETE
                self._set_status(record, CashoutStatusCode.PENDING, self.clock())
            self._save()
            return status_body(record.snapshot())

    # -- admin ------------------------------------------------------------------------------------

    def force_status(self, cashout_id: int, status: int, rejection_code: int | None = None,
                     rejection_reason: str | None = None) -> SandboxCashout:
        """Move a cashout to ``status`` now. From PENDING/DELIVERED it then completes normally.

        Any ``rejection_code`` is taken as it is, also outside 800–826 (a D24 staging fixture shows
        ``101`` with ``"Test"``); the reason defaults to the code's §6.5 name, else ``"Test"``.
        """
        code = CashoutStatusCode(status)
        with self._transaction():
            self._advance_all()
            record = self._records.get(cashout_id)
            if record is None:
                raise LookupError(f"no sandbox cashout {cashout_id}")
            record.plan = Plan.COMPLETE
            record.planned_rejection_code = None
            if code == CashoutStatusCode.REJECTED:
                record.rejection_code = rejection_code
                if rejection_reason is None and rejection_code is not None:
                    rejection_reason = rejection_reason_for(rejection_code)
                record.rejection_reason = rejection_reason
            else:
                record.rejection_code = None
                record.rejection_reason = None
            self._set_status(record, code, self.clock())
            self._save()
            return record.snapshot()

    def cashouts(self) -> list[SandboxCashout]:
        with self._transaction():
            self._advance_all()
            return [r.snapshot() for r in sorted(self._records.values(), key=lambda r: r.cashout_id)]

    def find(self, *, cashout_id: int | None = None, external_id: str | None = None) -> SandboxCashout | None:
        with self._transaction():
            self._advance_all()
            record: _Record | None = None
            if cashout_id is not None:
                record = self._records.get(cashout_id)
                if record is not None and external_id is not None and record.external_id != external_id:
                    return None
            elif external_id is not None:
                found = self._by_external_id.get(external_id)
                record = self._records.get(found) if found is not None else None
            return record.snapshot() if record is not None else None

    def remaining_balance(self) -> Decimal:
        with self._transaction():
            self._advance_all()
            return self._config().balance - self._reserved()

    # -- notifications ----------------------------------------------------------------------------

    def notifications(self, cashout_id: int | None = None) -> list[SandboxNotification]:
        """Every kept notification (of one cashout), oldest first."""
        with self._transaction():
            self._advance_all()
            return [n.snapshot() for n in sorted(self._notifications.values(),
                                                 key=lambda n: n.notification_id)
                    if cashout_id is None or n.cashout_id == cashout_id]

    def resend_notification(self, notification_id: int) -> SandboxNotification:
        """Send a notification again now, as the panel's "resend" does: a new notification with the
        same fields and URL, and its own retries. ``LookupError`` for an unknown id."""
        with self._transaction():
            original = self._notifications.get(notification_id)
            if original is None:
                raise LookupError(f"no sandbox notification {notification_id}")
            copy = self._add_notification(_Notification(
                notification_id=0, cashout_id=original.cashout_id, external_id=original.external_id,
                url=original.url, fields=list(original.fields), status=original.status,
                created_at=self.clock(), resend_of=original.notification_id,
            ))
            self._save()
            return copy.snapshot()

    def claim_due_notifications(self, limit: int = 20) -> list[SandboxNotification]:
        """Take up to ``limit`` notifications whose next attempt is due, leasing them to the caller
        (another process sharing the state file skips them until the lease ends)."""
        with self._transaction():
            self._advance_all()
            now = self.clock()
            due = sorted((n for n in self._notifications.values()
                          if n.state == NotificationState.PENDING and n.next_attempt_at is not None
                          and n.next_attempt_at <= now and n.lease_until <= now),
                         key=lambda n: (n.next_attempt_at or 0.0, n.notification_id))[:limit]
            for notification in due:
                notification.lease_until = now + NOTIFY_LEASE_S
            if due:
                self._save()
            return [n.snapshot() for n in due]

    def record_attempt(self, notification_id: int, attempt: NotificationAttempt) -> None:
        """Store one attempt's outcome: 2xx delivers; otherwise the next attempt is scheduled
        (:data:`NOTIFY_RETRY_MINUTES`) until 1 + 5 attempts have failed."""
        with self._transaction():
            notification = self._notifications.get(notification_id)
            if notification is None or notification.state != NotificationState.PENDING:
                return
            notification.attempts.append(attempt)
            notification.lease_until = 0.0
            retries = len(notification.attempts) - 1
            if attempt.ok:
                notification.state = NotificationState.DELIVERED
                notification.next_attempt_at = None
            elif retries >= len(NOTIFY_RETRY_MINUTES):
                notification.state = NotificationState.FAILED
                notification.next_attempt_at = None
            else:
                unit = self._config().notify_retry_unit_s
                notification.next_attempt_at = self.clock() + NOTIFY_RETRY_MINUTES[retries] * unit
            self._save()
