"""The sandbox's TuPay rules and state: validation, cashouts, balance, lifecycle, persistence.

No HTTP here (see ``server.py``). Every public method takes the ledger lock, so the ledger is safe
to share between the server's request threads and the in-process admin calls. The lifecycle is
evaluated lazily: whenever the ledger is read, each cashout is moved along by the time that has
passed since it entered its current status (wall-clock times, so a restarted sandbox with a state
file continues where it left off).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

from tupay_desktop.api.banks import PERU_BANKS  # the bank table of spec §5.4, shared with the Desk
from tupay_desktop.api.errors import REJECTIONS
from tupay_desktop.api.models import CashoutStatusCode
from tupay_desktop.api.validation import DOCUMENT_DIGITS  # spec §5.3, one table (open question §13.8)

FIRST_CASHOUT_ID = 8405147
STATE_VERSION = 1

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

#: The HTTP status each error ``code`` is answered with (D24 mapping, spec §5.6).
HTTP_STATUS_FOR_CODE: dict[int, int] = {
    300: 400,
    502: 400,
    504: 400,
    302: 401,
    401: 401,
    402: 401,
    303: 412,
    509: 412,
    510: 412,
    511: 412,
    514: 412,
    500: 500,
}

_CENT = Decimal("0.01")
_AMOUNT_TEXT = re.compile(r"[0-9]+(?:\.[0-9]{1,2})?")
_DIGITS = re.compile(r"[0-9]+")


class SandboxError(Exception):
    """A TuPay error answer: ``{"code", "message"[, "reason", "reason_code"]}`` with an HTTP status."""

    def __init__(self, code: int, message: str, *, reason: str | None = None,
                 reason_code: int | None = None) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message
        self.reason = reason
        self.reason_code = reason_code

    @property
    def http_status(self) -> int:
        return HTTP_STATUS_FOR_CODE.get(self.code, 400)

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.reason is not None:
            body["reason"] = self.reason
        if self.reason_code is not None:
            body["reason_code"] = self.reason_code
        return body


def invalid_param(name: str, reason: str) -> SandboxError:
    return SandboxError(300, f"Invalid params: {name}: {reason}")


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
        )


@dataclass(frozen=True)
class CreateResult:
    """A committed creation, and whether its magic amount asks the server to drop the answer."""

    cashout: SandboxCashout
    reset_connection: bool = False


def rejection_reason_for(code: int) -> str:
    return REJECTION_NAMES.get(code, UNNAMED_REJECTION_REASON)


def status_body(cashout: SandboxCashout) -> dict[str, Any]:
    """The status endpoint's answer for ``cashout`` (spec §6.3)."""
    body: dict[str, Any] = {
        "cashout_status": int(cashout.status),
        "cashout_status_description": cashout.status_description,
    }
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


def validate_creation(payload: Mapping[str, Any]) -> dict[str, Any]:
    """Check a creation body's fields in documented order; return the normalised fields.

    Raises ``SandboxError`` 300 naming the first bad parameter, or 303 for an unknown bank code.
    """
    fields: dict[str, Any] = {}
    fields["external_id"] = _text(payload, "external_id", "External ID", max_len=100)
    if payload.get("country") != "PE":
        raise invalid_param("country", "Invalid or missing Country (only PE)")
    fields["country"] = "PE"
    fields["amount"] = parse_amount(payload.get("amount"))
    currency = payload.get("currency")
    if currency not in ("PEN", "USD"):
        raise invalid_param("currency", "Invalid or missing Currency (PEN or USD)")
    fields["currency"] = currency
    document_type = payload.get("document_type")
    if not isinstance(document_type, str) or document_type not in DOCUMENT_DIGITS:
        raise invalid_param("document_type", "Invalid or missing Document type (DNI, CE, RUC or PASS)")
    fields["document_type"] = document_type
    digits = DOCUMENT_DIGITS[document_type]
    document_id = payload.get("document_id")
    if not isinstance(document_id, str) or not re.fullmatch(rf"[0-9]{{{digits}}}", document_id):
        raise invalid_param("document_id",
                            f"Invalid or missing Document ID ({document_type}: {digits} digits)")
    fields["document_id"] = document_id
    fields["beneficiary_name"] = _text(payload, "beneficiary_name", "Beneficiary name", max_len=100)
    fields["beneficiary_lastname"] = _text(payload, "beneficiary_lastname", "Beneficiary last name",
                                           max_len=100)
    fields["bank_account"] = _text(payload, "bank_account", "Bank account", max_len=20,
                                   pattern=re.compile(r"[0-9]{20}"))
    account_type = payload.get("account_type")
    if account_type not in ("C", "S"):
        raise invalid_param("account_type", "Invalid or missing Account type (C or S)")
    fields["account_type"] = account_type
    fields["notification_url"] = _text(payload, "notification_url", "Notification URL", max_len=300,
                                       required=False)
    fields["comments"] = _text(payload, "comments", "Comments", max_len=200, required=False)
    if fields["bank_account"][:3] not in PERU_BANKS:
        raise SandboxError(303, "Invalid bank code")
    return fields


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
    """All sandbox cashouts, guarded by one lock, optionally persisted to a JSON state file.

    Several sandboxes may share one state file (the Desk's embedded sandbox and a ``tupay-cli``
    run, say): every operation takes an advisory file lock, reloads the file if another process
    changed it, and writes the whole state back, so ids stay unique and no cashout is lost.
    """

    def __init__(self, config: Callable[[], SandboxConfig], state_file: Path | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self._config = config
        self._state_file = state_file
        #: Wall-clock source of the lifecycle (seconds since the epoch); tests may replace it.
        self.clock = clock
        self._lock = threading.RLock()
        self._depth = 0
        self._records: dict[int, _Record] = {}
        self._by_external_id: dict[str, int] = {}
        self._next_id = FIRST_CASHOUT_ID
        self._seen: tuple[int, int, int] | None = None
        if state_file is not None:
            with self._transaction():
                pass

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """Hold the ledger lock and, with a state file, the inter-process file lock, after
        reloading the file if another process (say the CLI next to the Desk) changed it."""
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
        except (ValueError, KeyError, TypeError, AttributeError, InvalidOperation) as error:
            raise ValueError(f"unreadable sandbox state file {path}: {error!r}") from None
        self._records = {r.cashout_id: r for r in records}
        self._by_external_id = {r.external_id: r.cashout_id for r in records}
        highest = max(self._records, default=FIRST_CASHOUT_ID - 1)
        self._next_id = max(next_id, highest + 1, self._next_id)
        self._seen = identity

    def _save(self) -> None:
        path = self._state_file
        if path is None:
            return
        state = {
            "version": STATE_VERSION,
            "next_id": self._next_id,
            "cashouts": [r.to_state() for r in self._records.values()],
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

    # -- lifecycle --------------------------------------------------------------------------------

    def _advance(self, record: _Record, now: float, config: SandboxConfig) -> bool:
        changed = False
        while True:
            if record.status == CashoutStatusCode.PENDING:
                due = record.status_since + config.pending_to_delivered_s
                if now < due:
                    break
                record.status = (CashoutStatusCode.ON_HOLD if record.plan == Plan.HOLD
                                 else CashoutStatusCode.DELIVERED)
            elif record.status == CashoutStatusCode.DELIVERED:
                due = record.status_since + config.delivered_to_completed_s
                if now < due:
                    break
                if record.plan == Plan.REJECT and record.planned_rejection_code is not None:
                    record.status = CashoutStatusCode.REJECTED
                    record.rejection_code = record.planned_rejection_code
                    record.rejection_reason = rejection_reason_for(record.planned_rejection_code)
                else:
                    record.status = CashoutStatusCode.COMPLETED
            elif record.status == CashoutStatusCode.COMPLETED and record.plan == Plan.BOUNCE:
                due = record.status_since + config.delivered_to_completed_s
                if now < due:
                    break
                record.status = CashoutStatusCode.REJECTED
                record.rejection_code = BOUNCE_REJECTION_CODE
                record.rejection_reason = rejection_reason_for(BOUNCE_REJECTION_CODE)
            else:
                break
            record.status_since = due
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

    def _reserved(self) -> Decimal:
        released = (CashoutStatusCode.CANCELLED, CashoutStatusCode.REJECTED)
        return sum((r.amount for r in self._records.values() if r.status not in released), Decimal(0))

    # -- API operations ---------------------------------------------------------------------------

    def create(self, payload: Mapping[str, Any]) -> CreateResult:
        """Validate and commit a creation (credentials already checked). Raises ``SandboxError``."""
        fields = validate_creation(payload)
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

    def _lookup(self, payload: Mapping[str, Any]) -> _Record:
        cashout_id = parse_cashout_id(payload.get("cashout_id"))
        external_id = payload.get("external_id")
        if external_id is not None and (not isinstance(external_id, str) or len(external_id) > 100):
            raise invalid_param("external_id", "Invalid External ID")
        if cashout_id is None and not external_id:
            raise invalid_param("cashout_id", "Invalid or missing Cashout ID or External ID")
        record: _Record | None = None
        if cashout_id is not None:
            record = self._records.get(cashout_id)
            if record is not None and external_id and record.external_id != external_id:
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
            return status_body(self._lookup(payload).snapshot())

    def cancel(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """Cancel a PENDING cashout; anything else is 510."""
        with self._transaction():
            self._advance_all()
            record = self._lookup(payload)
            if record.status != CashoutStatusCode.PENDING:
                raise SandboxError(510, "Invalid status transition")
            record.status = CashoutStatusCode.CANCELLED
            record.status_since = self.clock()
            self._save()
            return status_body(record.snapshot())

    # -- admin ------------------------------------------------------------------------------------

    def force_status(self, cashout_id: int, status: int, rejection_code: int | None = None,
                     rejection_reason: str | None = None) -> SandboxCashout:
        """Move a cashout to ``status`` now. From PENDING/DELIVERED it then completes normally."""
        code = CashoutStatusCode(status)
        with self._transaction():
            self._advance_all()
            record = self._records.get(cashout_id)
            if record is None:
                raise LookupError(f"no sandbox cashout {cashout_id}")
            record.status = code
            record.status_since = self.clock()
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
