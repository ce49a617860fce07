"""Typed models of the TuPay Cashout API (spec §5–§7) and the one place bodies become bytes.

Money is ``Decimal`` end to end. A request body is built as an ordered mapping and turned into
UTF-8 bytes exactly once by :func:`encode_body`; those bytes are what the client signs and sends.
Redaction of ``login``/``pass`` (and the Merchants API's ``accessKey``/``secretKey``) for anything
shown or stored happens in :func:`redact_body`; of the Merchants API's bearer token in headers, in
:func:`redact_headers`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import IntEnum, StrEnum
from typing import Any

#: What replaces ``login`` and ``pass`` wherever a request is shown or stored.
REDACTED = "***"
#: Body fields whose values never reach a screen, a log or the journal: the cashout API's
#: ``login``/``pass`` and the Merchants (reconciliation) API's ``accessKey``/``secretKey``.
SECRET_BODY_FIELDS = ("login", "pass", "accessKey", "secretKey")
#: Headers that carry the Merchants API's session token (``Authorization: Bearer …``, the
#: ``BEARER_TOKEN`` cookie): their values are replaced by :func:`redact_headers`.
SECRET_HEADERS = ("authorization", "cookie", "set-cookie", "proxy-authorization")


class DocumentType(StrEnum):
    DNI = "DNI"
    CE = "CE"
    RUC = "RUC"
    PASS = "PASS"  # noqa: S105 - the passport document type, not a password


class AccountType(StrEnum):
    CHECKING = "C"
    SAVINGS = "S"


class Currency(StrEnum):
    PEN = "PEN"
    USD = "USD"


class CashoutStatusCode(IntEnum):
    """Status codes of spec §6.4."""

    PENDING = 0
    COMPLETED = 1
    CANCELLED = 2
    REJECTED = 3
    DELIVERED = 4
    ON_HOLD = 5

    @property
    def is_final(self) -> bool:
        """Final for polling purposes. COMPLETED is only provisionally final (it can flip to REJECTED)."""
        return self in (CashoutStatusCode.COMPLETED, CashoutStatusCode.CANCELLED, CashoutStatusCode.REJECTED)


@dataclass(frozen=True)
class Credentials:
    """One environment's cashout credentials. ``repr`` never shows a secret."""

    api_key: str
    passphrase: str
    signature_secret: str

    def __repr__(self) -> str:
        tail = self.api_key[-4:] if len(self.api_key) >= 8 else ""
        return f"Credentials(api_key='…{tail}', passphrase=<hidden>, signature_secret=<hidden>)"

    __str__ = __repr__

    def secrets(self) -> tuple[str, str, str]:
        return (self.api_key, self.passphrase, self.signature_secret)


@dataclass(frozen=True)
class CashoutRequest:
    """A cashout to create (spec §5.2). Fields are plain strings so that any form input can be
    validated and explained (``api.validation``); ``amount`` is a ``Decimal``."""

    external_id: str
    amount: Decimal
    currency: str
    document_type: str
    document_id: str
    beneficiary_name: str
    beneficiary_lastname: str
    bank_account: str
    account_type: str
    notification_url: str = ""
    comments: str = ""
    country: str = "PE"

    def body_fields(self, credentials: Credentials) -> dict[str, Any]:
        """The creation body as an ordered mapping, credentials first (as TuPay's examples)."""
        fields: dict[str, Any] = {
            "login": credentials.api_key,
            "pass": credentials.passphrase,
            "external_id": self.external_id,
            "country": self.country,
            "amount": self.amount,
            "currency": self.currency,
            "document_type": self.document_type,
            "document_id": self.document_id,
            "beneficiary_name": self.beneficiary_name,
            "beneficiary_lastname": self.beneficiary_lastname,
            "bank_account": self.bank_account,
            "account_type": self.account_type,
        }
        if self.notification_url:
            fields["notification_url"] = self.notification_url
        if self.comments:
            fields["comments"] = self.comments
        return fields


#: The largest cashout_id the Desk takes (typed, passed to the CLI): what its journal's SQLite
#: INTEGER holds. TuPay's ids are 7 digits today; a longer one is a paste gone wrong.
MAX_CASHOUT_ID = 2**63 - 1


def parse_cashout_id(text: str) -> int:
    """A cashout_id as typed: ASCII digits, from 1 to :data:`MAX_CASHOUT_ID`; ``ValueError``
    otherwise (before anything is sent: a lookup of an id the journal cannot hold would fail only
    after TuPay had answered it)."""
    value = text.strip()
    if not (value.isascii() and value.isdigit()):
        raise ValueError("a cashout_id is made of digits")
    number = int(value)
    if not 0 < number <= MAX_CASHOUT_ID:
        raise ValueError(f"a cashout_id is from 1 to {MAX_CASHOUT_ID}")
    return number


def status_body_fields(
    credentials: Credentials, *, cashout_id: int | None = None, external_id: str | None = None
) -> dict[str, Any]:
    """Body of a status or cancel request: by ``cashout_id``, ``external_id`` or both (spec §6.2)."""
    if cashout_id is None and not external_id:
        raise ValueError("a status lookup needs a cashout_id or an external_id")
    fields: dict[str, Any] = {"login": credentials.api_key, "pass": credentials.passphrase}
    if cashout_id is not None:
        fields["cashout_id"] = cashout_id
    if external_id:
        fields["external_id"] = external_id
    return fields


def amount_to_json(amount: Decimal) -> str:
    """Render an amount as a JSON number with exactly 2 decimals (``320.50``, ``20.00``): no
    exponent, no float artefacts — the cents as operators read them, on the wire and on screen.

    The Desk's choice (spec §8): a number, as documented, with at most 2 significant decimals. A
    production TuPay integration sends ``amount`` as a JSON string (``"20"``, ``"20.5"``) — and
    never a User-Agent — and the sandbox accepts both forms; the Desk keeps the number (and its
    User-Agent). Trailing zeros do not change the number: ``320.50`` is ``320.5``.

    Raises ``ValueError`` for NaN/infinite values or more than 2 significant decimals.
    """
    if not amount.is_finite():
        raise ValueError("amount must be a finite number")
    # Exact whatever the thread's decimal context: format() without a precision never rounds
    # (Decimal.quantize()/normalize() round to, or fail at, the context's precision).
    whole, _, fraction = format(amount, "f").partition(".")
    fraction = fraction.rstrip("0")
    if len(fraction) > 2:
        raise ValueError("amount has more than 2 decimals")
    if whole == "-0" and not fraction:
        whole = "0"
    return f"{whole}.{fraction.ljust(2, '0')}"


def parse_amount(text: str) -> Decimal | None:
    """Parse operator input (``1234.5``, ``1,234.50``) into a Decimal; ``None`` if it is not a number."""
    cleaned = text.strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def encode_body(fields: Mapping[str, Any]) -> bytes:
    """Serialise a flat body once, to compact UTF-8 JSON bytes. ``Decimal`` becomes a JSON number."""
    parts: list[str] = []
    for key, value in fields.items():
        if isinstance(value, Decimal):
            rendered = amount_to_json(value)
        elif isinstance(value, bool) or value is None or isinstance(value, int | str):
            rendered = json.dumps(value, ensure_ascii=False)
        else:
            raise TypeError(f"unsupported body value type for {key!r}: {type(value).__name__}")
        parts.append(f"{json.dumps(key, ensure_ascii=False)}:{rendered}")
    return ("{" + ",".join(parts) + "}").encode("utf-8")


def redact_body(body: bytes | str) -> str:
    """Return a body's text with the values of ``login``/``pass`` replaced by ``***``. Never raises.

    The text keeps its exact formatting (so a preview shows the bytes that are sent, less the
    secrets). If the textual pass leaves a secret field behind (unusual escapes), the JSON object is
    re-serialised with the fields masked instead.
    """
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    masked = _SECRET_FIELD_RE.sub(rf'\1"{REDACTED}"', text)
    try:
        parsed = json.loads(masked)
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to parse: the text pass stands
        return masked
    if isinstance(parsed, dict) and any(
        k in parsed and parsed[k] != REDACTED for k in SECRET_BODY_FIELDS
    ):
        return json.dumps(
            {k: (REDACTED if k in SECRET_BODY_FIELDS else v) for k, v in parsed.items()},
            ensure_ascii=False,
        )
    return masked


_SECRET_FIELD_RE = re.compile(
    r'("(?:' + "|".join(SECRET_BODY_FIELDS) + r')"\s*:\s*)"(?:[^"\\]|\\.)*"'
)


def redact_headers(headers: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """``headers`` with the value of every header that carries a session token or credentials
    (:data:`SECRET_HEADERS`) replaced: ``Authorization: Bearer ***``, ``Cookie: BEARER_TOKEN=***``.
    The scheme of an ``Authorization`` header and the cookie names stay visible. Never raises."""
    result: list[tuple[str, str]] = []
    for name, value in headers:
        lowered = name.lower()
        if lowered not in SECRET_HEADERS:
            result.append((name, value))
        elif lowered.endswith("authorization"):
            scheme, _, rest = value.partition(" ")
            result.append((name, f"{scheme} {REDACTED}" if rest else REDACTED))
        else:
            # "A=1; B=2" (Cookie) or "A=1; Path=/; HttpOnly" (Set-Cookie): every "name=value" pair
            # keeps its name only (a Set-Cookie's attributes are harmless, but masking them is simpler).
            pairs = (pair.partition("=") for pair in value.split(";"))
            result.append((name, ";".join(f"{k}={REDACTED}" if eq else k for k, eq, _v in pairs)))
    return tuple(result)


# --------------------------------------------------------------------------------------------
# Exchanges and results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    """One HTTP exchange as the inspector and the journal see it. Already redacted."""

    method: str
    url: str
    request_headers: tuple[tuple[str, str], ...]
    request_body: str
    started_at: datetime
    status_code: int | None = None
    response_headers: tuple[tuple[str, str], ...] = ()
    response_body: str | None = None
    elapsed_ms: float | None = None
    error: str | None = None


@dataclass(frozen=True)
class ApiError:
    """A TuPay error body ``{"code", "message"[, "reason", "reason_code"]}`` (spec §5.6)."""

    code: int | None
    message: str
    http_status: int | None = None
    reason: str | None = None
    reason_code: int | None = None
    #: For an HTTP redirect (3xx) without a TuPay body: where the server pointed (never followed).
    location: str | None = None


@dataclass(frozen=True)
class CashoutStatus:
    """A status response (spec §6.3). ``bank_reference_id`` is the bank's reference of the transfer
    when the answer carries one (D24 clients read it there; DELIVERED/COMPLETED); ``cashout_id``
    is TuPay's id when the answer names it (useful after a lookup by ``external_id`` alone)."""

    code: int
    description: str = ""
    rejection_code: int | None = None
    rejection_reason: str | None = None
    bank_reference_id: str | None = None
    #: The cashout's id, when the answer carries it (D24-style peers do; TuPay's docs do not say).
    cashout_id: int | None = None

    @property
    def known(self) -> CashoutStatusCode | None:
        try:
            return CashoutStatusCode(self.code)
        except ValueError:
            return None

    @property
    def is_final(self) -> bool:
        known = self.known
        return known.is_final if known is not None else False


@dataclass(frozen=True)
class Created:
    """The cashout was created (HTTP 200 with ``cashout_id``); it is PENDING."""

    cashout_id: int
    external_id: str
    exchange: Exchange


@dataclass(frozen=True)
class StatusResult:
    """A status (or cancel) answer."""

    status: CashoutStatus
    exchange: Exchange


@dataclass(frozen=True)
class ApiFailure:
    """TuPay answered with an error: for a create, nothing was created."""

    error: ApiError
    exchange: Exchange | None


@dataclass(frozen=True)
class NetworkError:
    """The request failed before the server could have acted on it (refused URL, connect/TLS error),
    or — for lookups — any transport failure. Nothing was created."""

    message: str
    exchange: Exchange | None = None


@dataclass(frozen=True)
class OutcomeUnknown:
    """A create that may or may not have reached TuPay (timeout, dropped connection, unreadable
    answer, an HTTP 5xx server error even with a TuPay error body). Resolve by a status lookup by
    ``external_id``; never resend with a new id."""

    external_id: str
    message: str
    exchange: Exchange | None = None


CreateOutcome = Created | ApiFailure | NetworkError | OutcomeUnknown
StatusOutcome = StatusResult | ApiFailure | NetworkError


@dataclass(frozen=True)
class PreparedRequest:
    """A request ready to send: the exact bytes, their signature, and a redacted preview."""

    method: str
    path: str
    body: bytes = field(repr=False)
    signature: str
    redacted_body: str
