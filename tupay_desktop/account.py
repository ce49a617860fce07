"""Use cases of the whole account — TuPay's Reconciliation (Merchants) API joined with this journal.

Same layer as :mod:`tupay_desktop.service` (blocking, thread-safe, no Qt), shared by the Desk and
``tupay-cli``. An :class:`AccountService` exists for an environment only when its Merchants API
user is set up; without one everything else works as before.

* :meth:`AccountService.balance` — the total available balance.
* :meth:`AccountService.cashouts` and :func:`compare` — the account's cashouts in a range, each
  marked as this journal knows it (:class:`Presence`: same status / differs / not sent from here),
  plus the journal's cashouts that the account does not list (*missing at TuPay*).
* What reconciliation asks of the account (:class:`~tupay_desktop.service.CashoutService` calls
  these when it has an ``account``): :meth:`AccountService.recover_cashout_ids` gives adopted rows
  their ``cashout_id`` (``idCashout``), :meth:`AccountService.judge_conflict` tells whether the
  cashout behind a 511 is ours (same amount and document) or someone else's, and
  :meth:`AccountService.duplicates` finds the account's cashouts of the last 24 h to the same
  document for the same amount.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TextIO

from tupay_desktop.api.errors import describe_status
from tupay_desktop.api.merchants import (
    MAX_RANGE_DAYS,
    AccountBalance,
    AccountCashout,
    AccountCashouts,
    FetchProgress,
    MerchantsClient,
    MerchantsFailure,
)
from tupay_desktop.api.models import CashoutRequest
from tupay_desktop.i18n import QT_TRANSLATE_NOOP
from tupay_desktop.store.journal import Journal, JournalEntry, format_time

__all__ = [
    "AccountRow",
    "AccountService",
    "ConflictJudgement",
    "ConflictVerdict",
    "Presence",
    "compare",
    "export_comparison_csv",
]

_log = logging.getLogger(__name__)

_CONTEXT = "AccountService"

#: How far around a journal row's creation its cashout is looked for in the account's list.
SEARCH_BEFORE = timedelta(days=1)
SEARCH_AFTER = timedelta(days=2)
#: How far back the account is searched for the cashout that owns an external_id (a 511).
CONFLICT_LOOKBACK = timedelta(days=MAX_RANGE_DAYS)
#: Journal states whose cashout exists, or may exist, at TuPay.
_MAY_EXIST = ("created", "sending", "unknown")


class Presence(StrEnum):
    """How a cashout of the account stands in this machine's journal."""

    SAME = "same"
    DIFFERS = "differs"
    NOT_SENT_HERE = "not_sent_here"
    MISSING_AT_TUPAY = "missing_at_tupay"


PRESENCE_LABELS = {
    Presence.SAME: QT_TRANSLATE_NOOP(_CONTEXT, "same status"),
    Presence.DIFFERS: QT_TRANSLATE_NOOP(_CONTEXT, "differs"),
    Presence.NOT_SENT_HERE: QT_TRANSLATE_NOOP(_CONTEXT, "not sent from here"),
    Presence.MISSING_AT_TUPAY: QT_TRANSLATE_NOOP(_CONTEXT, "missing at TuPay"),
}


@dataclass(frozen=True)
class AccountRow:
    """One line of the comparison: the account's cashout, the journal's, or both."""

    presence: Presence
    account: AccountCashout | None
    entry: JournalEntry | None

    @property
    def external_id(self) -> str:
        if self.account is not None and self.account.external_id:
            return self.account.external_id
        return self.entry.external_id if self.entry is not None else ""

    @property
    def tupay_status(self) -> str:
        """The account's status as a word (``COMPLETED``), ``""`` for a missing one."""
        if self.account is None:
            return ""
        code = self.account.status_code
        return describe_status(code).name if code is not None else self.account.status

    @property
    def journal_status(self) -> str:
        """The journal's status as a word (``PENDING``), else its state (``UNKNOWN``); ``""``
        when the journal does not have it."""
        return journal_status(self.entry) if self.entry is not None else ""

    @property
    def is_difference(self) -> bool:
        return self.presence is not Presence.SAME


def journal_status(entry: JournalEntry) -> str:
    if entry.state == "created" and entry.last_status is not None:
        info = describe_status(entry.last_status)
        return info.name if info.known else str(entry.last_status)
    return entry.state.upper()


def _same(entry: JournalEntry, row: AccountCashout) -> bool:
    return entry.state == "created" and entry.last_status is not None and entry.last_status == row.status_code


def compare(listing: AccountCashouts, entries: Iterable[JournalEntry], *,
            status_code: int | None = None) -> list[AccountRow]:
    """Each account cashout with what the journal has for it (by external_id, else cashout_id),
    then the journal's ``entries`` that may exist at TuPay but are not listed (*missing at TuPay*;
    only for a complete listing; with ``status_code``, only rows the journal has in that status)."""
    journal = list(entries)
    by_external = {e.external_id: e for e in journal}
    by_id = {e.cashout_id: e for e in journal if e.cashout_id is not None}
    result: list[AccountRow] = []
    matched: set[str] = set()
    for row in listing.rows:
        entry = by_external.get(row.external_id) if row.external_id else None
        if entry is None and row.id_cashout is not None:
            entry = by_id.get(row.id_cashout)
        if entry is None:
            result.append(AccountRow(Presence.NOT_SENT_HERE, row, None))
            continue
        matched.add(entry.external_id)
        result.append(AccountRow(Presence.SAME if _same(entry, row) else Presence.DIFFERS, row, entry))
    if listing.complete:
        for entry in journal:
            if entry.external_id in matched or entry.state not in _MAY_EXIST:
                continue
            if status_code is not None and entry.last_status != status_code:
                continue
            result.append(AccountRow(Presence.MISSING_AT_TUPAY, None, entry))
    return result


#: Columns of :func:`export_comparison_csv` (no secret; the journal's personal data as in its own CSV).
CSV_COLUMNS = (
    "on_this_machine", "id_cashout", "external_id", "creation_date", "amount", "currency",
    "tupay_status", "journal_state", "journal_status", "client_document", "reason",
)


def _csv_safe(value: str) -> str:
    """Neutralise spreadsheet formulas at the start of free text (as the journal's CSV does)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_comparison_csv(rows: Iterable[AccountRow], file: TextIO) -> int:
    """Write the comparison as CSV (header first) to a text file opened with ``newline=""``."""
    writer = csv.writer(file)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for r in rows:
        a, e = r.account, r.entry
        created = (a.creation_date if a is not None else None) or (e.created_at if e is not None else None)
        amount = (a.amount if a is not None else None) or (e.amount if e is not None else None)
        currency = (a.currency if a is not None else "") or (e.currency if e is not None else "")
        document = (a.client_document if a is not None else "") or (e.document_id if e is not None else "")
        writer.writerow([
            r.presence.value,
            "" if a is None or a.id_cashout is None else a.id_cashout,
            _csv_safe(r.external_id),
            format_time(created) if created is not None else "",
            "" if amount is None else format(amount, "f"),
            currency,
            r.tupay_status,
            e.state if e is not None else "",
            r.journal_status,
            _csv_safe(document),
            _csv_safe((a.reason or "") if a is not None else ""),
        ])
        count += 1
    return count


class ConflictVerdict(StrEnum):
    """Whose cashout holds an external_id that TuPay answered 511 for."""

    OURS = "ours"  # the account's cashout has our amount and document: this create did happen
    SOMEONE_ELSES = "someone_elses"  # a different cashout: ours was not created
    UNCONFIRMED = "unconfirmed"  # the account list could not say (not listed, or not reachable)


MSG_CONFLICT_OURS = QT_TRANSLATE_NOOP(
    _CONTEXT, "TuPay's account list has this external_id with the same amount and document: it is this "
    "cashout (cashout %1)."
)
MSG_CONFLICT_FOREIGN = QT_TRANSLATE_NOOP(
    _CONTEXT, "The external_id %1 belongs to another cashout at TuPay (cashout %2: %3 %4 to document %5, "
    "created %6): this one was not created. Send it with a new external_id if it is still due."
)
MSG_CONFLICT_UNCONFIRMED = QT_TRANSLATE_NOOP(
    _CONTEXT, "TuPay's account list does not show whose cashout holds this external_id."
)


@dataclass(frozen=True)
class ConflictJudgement:
    """What the account's list says about a 511: the verdict, the cashout found, a message for the
    operator (English; its template is marked for translation, ``%1``… filled in)."""

    verdict: ConflictVerdict
    row: AccountCashout | None
    message: str


def _window(entries: Sequence[JournalEntry], now: datetime) -> tuple[datetime, datetime]:
    moments = [e.created_at for e in entries if e.created_at is not None] or [now]
    return min(moments) - SEARCH_BEFORE, min(max(moments) + SEARCH_AFTER, now + timedelta(hours=1))


class AccountService:
    """The account of one environment (one Merchants API user) next to this machine's journal.

    Every method blocks (run it off the GUI thread) and may be called from several threads.
    """

    def __init__(self, env_key: str, client: MerchantsClient, journal: Journal,
                 *, now: Callable[[], datetime] | None = None) -> None:
        self.env_key = env_key
        self.client = client
        self.journal = journal
        self._now = now if now is not None else (lambda: datetime.now(UTC))

    def __repr__(self) -> str:
        return f"AccountService(env={self.env_key!r}, client={self.client!r})"

    def close(self) -> None:
        """Log out and close the client (the journal belongs to the caller)."""
        self.client.close()

    # -- the account's own views -----------------------------------------------------------------

    def balance(self) -> list[AccountBalance] | MerchantsFailure:
        return self.client.total_balance()

    def available(self, currency: str) -> AccountBalance | MerchantsFailure | None:
        """The available balance in ``currency`` (``None`` when the account reports none in it)."""
        balances = self.balance()
        if isinstance(balances, MerchantsFailure):
            return balances
        return next((b for b in balances if b.currency == currency or not b.currency), None)

    def cashouts(self, start: datetime, end: datetime, *, status: str | None = None,
                 progress: Callable[[FetchProgress], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> AccountCashouts | MerchantsFailure:
        return self.client.cashouts(start, end, status=status, progress=progress, cancelled=cancelled)

    def journal_entries(self, start: datetime, end: datetime) -> list[JournalEntry]:
        """This environment's journal rows created in ``[start, end]``."""
        return self.journal.query(env_key=self.env_key, since=start, until=end + timedelta(microseconds=1))

    def comparison(self, listing: AccountCashouts, *, status_code: int | None = None) -> list[AccountRow]:
        """:func:`compare` of ``listing`` with the journal rows of its range."""
        return compare(listing, self.journal_entries(listing.start, listing.end), status_code=status_code)

    # -- what reconciliation asks of the account ---------------------------------------------------

    def _listed(self, entries: Sequence[JournalEntry], document: str | None = None,
                window: tuple[datetime, datetime] | None = None) -> dict[str, AccountCashout] | None:
        """The account's cashouts around ``entries``' creation (one document's, when given), by
        external_id; ``None`` when the list could not be read."""
        start, end = window if window is not None else _window(entries, self._now())
        listing = self.client.cashouts(start, end, client_document=document)
        if isinstance(listing, MerchantsFailure):
            _log.info("account list unavailable for %s: %s", self.env_key, listing.kind.value)
            return None
        return {row.external_id: row for row in listing.rows if row.external_id}

    def recover_cashout_ids(self, entries: Sequence[JournalEntry] | None = None) -> dict[str, int]:
        """Give created rows without a ``cashout_id`` (adopted by a status lookup) the
        ``idCashout`` the account lists for their external_id. Returns what was recorded."""
        rows = list(entries) if entries is not None else self.journal.without_cashout_id(self.env_key)
        rows = [e for e in rows if e.state == "created" and e.cashout_id is None]
        recovered: dict[str, int] = {}
        by_document: dict[str, list[JournalEntry]] = {}
        for entry in rows:
            by_document.setdefault(entry.document_id, []).append(entry)
        for document, group in by_document.items():
            listed = self._listed(group, document or None)
            if listed is None:
                continue
            for entry in group:
                row = listed.get(entry.external_id)
                if row is None or row.id_cashout is None:
                    continue
                if self.journal.record_cashout_id(self.env_key, entry.external_id, row.id_cashout):
                    recovered[entry.external_id] = row.id_cashout
        return recovered

    def judge_conflict(self, entry: JournalEntry) -> ConflictJudgement:
        """Whose cashout TuPay means by a 511 for ``entry``'s external_id: ours when the account
        lists it with our amount, currency and document; someone else's when it lists it with
        others; unconfirmed when it does not list it (or cannot be read)."""
        now = self._now()
        window = (now - CONFLICT_LOOKBACK, now + timedelta(hours=1))
        listed = self._listed([entry], entry.document_id or None, window)
        row = listed.get(entry.external_id) if listed is not None else None
        if row is None and listed is not None:
            everyone = self._listed([entry], None, window)  # another beneficiary's cashout?
            row = everyone.get(entry.external_id) if everyone is not None else None
        if row is None:
            return ConflictJudgement(ConflictVerdict.UNCONFIRMED, None, MSG_CONFLICT_UNCONFIRMED)
        ours = (row.amount is not None and entry.amount is not None and row.amount == entry.amount
                and row.client_document == entry.document_id
                and (not row.currency or not entry.currency or row.currency == entry.currency))
        if ours:
            return ConflictJudgement(ConflictVerdict.OURS, row,
                                     MSG_CONFLICT_OURS.replace("%1", str(row.id_cashout or "?")))
        created = row.creation_date.strftime("%Y-%m-%d %H:%M") if row.creation_date else "?"
        message = (MSG_CONFLICT_FOREIGN.replace("%1", entry.external_id)
                   .replace("%2", str(row.id_cashout or "?"))
                   .replace("%3", format(row.amount, "f") if row.amount is not None else "?")
                   .replace("%4", row.currency).replace("%5", row.client_document or "?")
                   .replace("%6", created))
        return ConflictJudgement(ConflictVerdict.SOMEONE_ELSES, row, message)

    def duplicates(self, request: CashoutRequest, within: timedelta = timedelta(hours=24),
                   exclude: Iterable[str] = ()) -> list[AccountCashout]:
        """The account's cashouts of the last ``within`` to the same document for the same amount
        (and currency), except ``request`` itself and the external_ids in ``exclude`` (those the
        journal already warns about). Empty when the list cannot be read: a warning, not a gate."""
        now = self._now()
        listed = self._listed([], request.document_id, (now - within, now + timedelta(minutes=5)))
        if listed is None:
            return []
        skip = {request.external_id, *exclude}
        return [row for row in listed.values()
                if row.external_id not in skip and row.amount == request.amount
                and row.client_document == request.document_id
                and (not row.currency or row.currency == request.currency)
                and row.status_code not in (2, 3)]  # a cancelled or rejected one paid nothing
