"""Use cases of the Desk — submit, look up, cancel, check, reconcile, resubmit, refresh — blocking and
thread-safe, shared by the GUI (on worker threads) and the CLI. No Qt.

The rule that keeps money safe: a create is journalled (state ``sending``, committed) before any
byte leaves the machine, and its outcome is journalled after. A create whose outcome is unknown
(timeout, dropped connection, crash) is resolved by a status lookup by its ``external_id``
(:meth:`CashoutService.reconcile`), never by sending it again under a new id; a create that surely
did not happen (``not_created``) may be sent again with the **same** ``external_id``
(:meth:`CashoutService.resubmit`), so TuPay itself refuses a second one (511).

A lookup's 509 ("not found") is not final at once: TuPay may still be processing a create that
began moments ago. Within the settling window (:attr:`CashoutService.settling_window`, counted from
when the send began) the row becomes ``not_found_yet`` and is looked up again by every later
reconcile; only after the window is it ``not_created`` — and a later lookup that finds it still
wins. A create another live process is sending (see ``Journal.sent_elsewhere_now``) is never
judged. A 511 on a first send from this journal is a ``conflict`` (the id is some other cashout's);
on a send again it is reconciled by lookup.

Where the environment's Merchants (reconciliation) API is set up, the service has an ``account``
(:class:`tupay_desktop.account.AccountService`) and reconciliation asks it what only the account's
own list can tell: the ``cashout_id`` of a row adopted by a status lookup, whose cashout a 511
means, and whether anyone already paid the beneficiary today. Without one, nothing changes.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from tupay_desktop.account import AccountService, ConflictVerdict
from tupay_desktop.api.client import CashoutClient, Timeouts, maybe_created_message
from tupay_desktop.api.diagnosis import Diagnosis, diagnose
from tupay_desktop.api.merchants import AccountCashout
from tupay_desktop.api.models import (
    ApiFailure,
    CashoutRequest,
    Created,
    CreateOutcome,
    Credentials,
    NetworkError,
    OutcomeUnknown,
    PreparedRequest,
    StatusOutcome,
    StatusResult,
)
from tupay_desktop.api.validation import FieldProblem, validate_cashout
from tupay_desktop.i18n import QT_TRANSLATE_NOOP
from tupay_desktop.store.journal import HEARTBEAT_INTERVAL_S, UNRESOLVED_STATES, Journal, JournalEntry
from tupay_desktop.store.settings import DEFAULT_SETTLING_WINDOW_S, EnvironmentConfig, SettingsStore

__all__ = [
    "DEFAULT_SETTLING_WINDOW",
    "CashoutService",
    "ExternalIdConflict",
    "Reconciliation",
    "open_journal",
    "request_from_entry",
]

_log = logging.getLogger(__name__)

#: TuPay's "cashout not found" error code.
NOT_FOUND = 509
#: TuPay's "external id already used" error code.
EXTERNAL_ID_USED = 511
#: The journal state of a create whose 511 the account's list showed to be someone else's cashout
#: (this one was not created).
FOREIGN_ID_STATE = "conflict"

_CONTEXT = "CashoutService"
MSG_FOUND = QT_TRANSLATE_NOOP(_CONTEXT, "TuPay has this cashout: it was created.")
MSG_NOT_FOUND = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "TuPay has no cashout with this external_id: it was not created. "
    "It can be resubmitted with the same external_id.",
)
MSG_STILL_UNKNOWN = QT_TRANSLATE_NOOP(
    _CONTEXT, "The lookup failed; the outcome is still unknown. Try again later."
)
MSG_IN_FLIGHT = QT_TRANSLATE_NOOP(_CONTEXT, "This cashout is being sent right now; not reconciled.")
MSG_NOT_FOUND_YET = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "TuPay has no cashout with this external_id yet — it may still be processing it. Reconcile "
    "looks again (also on start); only if it is still missing after the settling window is it "
    "marked not created. Do not send it again under a new id.",
)
MSG_CONFLICT = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "Conflict: TuPay already has a different cashout with this external_id (error 511), one this "
    "journal never sent. This cashout was NOT created and nothing was paid. Create it again with a "
    "new external_id.",
)

#: How long after a send began a lookup's 509 means "not found yet" rather than "not created"
#: (the setting ``SettingsStore.settling_window`` overrides it).
DEFAULT_SETTLING_WINDOW = timedelta(seconds=DEFAULT_SETTLING_WINDOW_S)


#: Creates being sent by this process right now, as (journal path, env_key, external_id): shared by
#: every service instance, so a reconcile never judges a create whose answer is still on its way.
_IN_FLIGHT: set[tuple[str, str, str | None]] = set()
_IN_FLIGHT_LOCK = threading.Lock()


def open_journal() -> Journal:
    """The Desk's journal at its default place (``paths.data_dir() / "journal.sqlite3"``)."""
    return Journal()


@dataclass(frozen=True)
class ExternalIdConflict(ApiFailure):
    """A 511 answer to a first send of this external_id from this journal: the id belongs to some
    other cashout at TuPay. This cashout was not created; the journal row is ``conflict``, with
    ``message`` (the account list's word on whose cashout it is, where the Merchants API is set up)."""

    message: str = MSG_CONFLICT


class _Heartbeat:
    """Refreshes the heartbeat of a ``sending`` row while its request is in flight."""

    def __init__(self, journal: Journal, env_key: str, external_id: str, interval_s: float) -> None:
        self._journal, self._env_key, self._external_id = journal, env_key, external_id
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="journal-heartbeat", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self._interval_s):
            try:
                if not self._journal.heartbeat(self._env_key, self._external_id):
                    return  # no longer 'sending' (or no longer this process's)
            except (sqlite3.Error, RuntimeError) as exc:  # the journal closed, a full disk...
                _log.warning("heartbeat of %s stopped: %s", self._external_id, exc)
                return

    def __enter__(self) -> _Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass(frozen=True)
class Reconciliation:
    """What reconciling one unresolved journal row found."""

    external_id: str
    before: str
    after: str
    cashout_id: int | None
    message: str
    #: When the lookup failed because TuPay answered with an error (e.g. 401): its code
    #: (``None`` for a network failure, or when the lookup succeeded).
    error_code: int | None = None


def request_from_entry(entry: JournalEntry) -> CashoutRequest:
    """Rebuild a create request from a journal row's stored, non-secret fields (same external_id)."""
    try:
        fields: Any = json.loads(entry.request_json, parse_float=Decimal, parse_int=Decimal)
    except ValueError:
        fields = {}
    if not isinstance(fields, dict):
        fields = {}

    def text(name: str, fallback: str = "") -> str:
        value = fields.get(name)
        if value is None:
            return fallback
        return format(value, "f") if isinstance(value, Decimal) else str(value)

    amount_value = fields.get("amount")
    amount = Decimal(str(amount_value)) if amount_value is not None else entry.amount
    if amount is None:
        raise ValueError(f"the journal has no amount for {entry.external_id!r}")
    return CashoutRequest(
        external_id=entry.external_id,
        amount=amount,
        currency=text("currency", entry.currency),
        document_type=text("document_type", entry.document_type),
        document_id=text("document_id", entry.document_id),
        beneficiary_name=text("beneficiary_name", entry.beneficiary_name),
        beneficiary_lastname=text("beneficiary_lastname", entry.beneficiary_lastname),
        bank_account=text("bank_account", entry.bank_account),
        account_type=text("account_type"),
        notification_url=text("notification_url"),
        comments=text("comments"),
        country=text("country", "PE"),
    )


class CashoutService:
    """The Desk's use cases for one environment (one URL, one credential set, one journal).

    Every method blocks (run it off the GUI thread) and may be called from several threads at once.
    """

    def __init__(
        self,
        environment: EnvironmentConfig,
        base_url: str,
        credentials: Credentials,
        journal: Journal | None = None,
        *,
        timeouts: Timeouts | None = None,
        ssl_context: ssl.SSLContext | None = None,
        settling_window: timedelta | None = None,
        heartbeat_interval_s: float = HEARTBEAT_INTERVAL_S,
        account: AccountService | None = None,
    ) -> None:
        self.environment = environment
        #: How long after a send began a lookup's 509 leaves the row "not found yet" (a setting:
        #: ``SettingsStore.settling_window``); time is the journal's clock.
        self.settling_window = settling_window if settling_window is not None else DEFAULT_SETTLING_WINDOW
        #: How often a create in flight refreshes its row's heartbeat.
        self.heartbeat_interval_s = heartbeat_interval_s
        if timeouts is None:  # the operator's request deadline (settings.json), else the defaults
            timeouts = SettingsStore().timeouts()
        self._client = CashoutClient(base_url, credentials, timeouts=timeouts, ssl_context=ssl_context)
        self._owns_journal = journal is None
        self.journal = journal if journal is not None else open_journal()
        #: The environment's account (Merchants API), when its user is set up; see the module doc.
        self.account = account

    def __repr__(self) -> str:
        return f"CashoutService(env={self.environment.key!r}, client={self._client!r})"

    @property
    def env_key(self) -> str:
        return self.environment.key

    @property
    def base_url(self) -> str:
        return self._client.base_url

    @property
    def timeouts(self) -> Timeouts:
        return self._client.timeouts

    def close(self) -> None:
        """Close the HTTP client (and log out of the account), and the journal when the service
        opened it."""
        self._client.close()
        if self.account is not None:
            try:
                self.account.close()
            except Exception:  # leaving must not fail on a logout
                _log.warning("closing the account's client failed", exc_info=True)
        if self._owns_journal:
            self.journal.close()

    def __enter__(self) -> CashoutService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- creating ----------------------------------------------------------------------------

    def validate(self, request: CashoutRequest) -> list[FieldProblem]:
        return validate_cashout(request)

    def prepare(self, request: CashoutRequest) -> PreparedRequest:
        """The exact bytes and signature a create would send (its preview is ``redacted_body``)."""
        return self._client.prepare_create(request)

    def possible_duplicates(
        self, request: CashoutRequest, within: timedelta = timedelta(hours=24)
    ) -> list[JournalEntry]:
        """Cashouts in this environment, journalled within ``within``, to the same document and
        account for the same amount and currency, whose money left, may have left or may yet leave
        (created, sending, unknown, not found yet, not created). The Desk warns; the CLI refuses
        unless told ``--allow-duplicate``. The one duplicate check."""
        since = self.journal.clock() - within
        return [
            e
            for e in self.journal.find_similar(
                self.env_key, request.document_id, request.bank_account, request.amount, since,
                currency=request.currency,
            )
            if e.external_id != request.external_id
        ]

    def possible_account_duplicates(
        self, request: CashoutRequest, exclude: list[str] | None = None
    ) -> list[AccountCashout]:
        """The account's cashouts of the last 24 h to the same document for the same amount, made
        anywhere (another machine, the web panel), except the journal's ``exclude`` ones; empty
        without a Merchants API user or when its list cannot be read (a warning, not a gate)."""
        if self.account is None:
            return []
        return self.account.duplicates(request, exclude=exclude or ())

    def submit(self, request: CashoutRequest) -> CreateOutcome:
        """Validate, journal ``sending`` (committed), send the journalled bytes, journal the outcome.

        Raises ``ValueError`` for an invalid request (nothing journalled, nothing sent) and
        ``journal.ExternalIdInUseError`` when the external_id is already journalled here and may
        exist. A 511 answer (the external_id exists at TuPay) to a first send from this journal is
        an :class:`ExternalIdConflict` (row ``conflict``); to a send again it is reconciled at once.
        """
        problems = self.validate(request)
        if problems:
            raise ValueError("invalid cashout: " + "; ".join(f"{p.field}: {p.message}" for p in problems))
        return self._send(request)

    def resubmit(self, external_id: str) -> CreateOutcome:
        """Send a ``not_created`` cashout again with the **same** external_id, rebuilt from the
        journal's stored fields and the current credentials. ``LookupError`` if unknown,
        ``ValueError`` if its state is not ``not_created``."""
        entry = self.journal.get(self.env_key, external_id)
        if entry is None:
            raise LookupError(f"no journalled cashout {external_id!r} in {self.env_key}")
        if entry.state != "not_created":
            raise ValueError(
                f"only a cashout that was not created can be resubmitted; {external_id!r} is {entry.state}"
            )
        return self.submit(request_from_entry(entry))

    def _send(self, request: CashoutRequest) -> CreateOutcome:
        env, external_id = self.env_key, request.external_id
        prepared = self._client.prepare_create(request)
        key = (str(self.journal.path), env, external_id)
        with _IN_FLIGHT_LOCK:
            if key in _IN_FLIGHT:
                raise ValueError(f"{external_id!r} is being sent already")
            _IN_FLIGHT.add(key)
        try:
            # Durable before sending; owned by this process, whose heartbeat tells other
            # processes sharing the journal that the create is still in flight.
            first_send = self.journal.record_sending(env, request, prepared.redacted_body)
            try:
                with _Heartbeat(self.journal, env, external_id, self.heartbeat_interval_s):
                    outcome = self._client.send_prepared_create(prepared, external_id)
            except Exception as exc:  # the client returns values; if it raises, bytes may have left
                _log.error("sending %s failed unexpectedly: %s", external_id, type(exc).__name__)
                outcome = OutcomeUnknown(
                    external_id, maybe_created_message(f"Request failed: {type(exc).__name__}.", external_id)
                )
            if first_send and isinstance(outcome, ApiFailure) and outcome.error.code == EXTERNAL_ID_USED:
                # This journal never sent the id before: it is some other cashout's at TuPay —
                # unless the account's list shows it with our amount and document (sent from
                # another of our machines, or the panel): then it is reconciled as ours below.
                outcome = self._first_send_511(request, outcome)
            try:
                self._record_create(outcome, external_id)
            except (sqlite3.Error, RuntimeError) as exc:
                # The answer matters more than its record (a full disk, the journal closed at exit):
                # the row stays 'sending' and the next reconcile finds the truth by external_id.
                _log.warning("could not journal the outcome of %s: %s", external_id, exc)
        finally:
            with _IN_FLIGHT_LOCK:
                _IN_FLIGHT.discard(key)
        if (isinstance(outcome, ApiFailure) and not isinstance(outcome, ExternalIdConflict)
                and outcome.error.code == EXTERNAL_ID_USED):
            # Sent before from this journal (a resubmit): the earlier send may have created it.
            try:
                entry = self.journal.get(env, external_id)
                if entry is not None:
                    self._after_external_id_used(entry)
            except (sqlite3.Error, RuntimeError) as exc:  # the row stays 'unknown' for reconcile
                _log.warning("could not reconcile %s after a 511: %s", external_id, exc)
        return outcome

    def _first_send_511(self, request: CashoutRequest, outcome: ApiFailure) -> ApiFailure:
        """A 511 to a first send: a conflict, except where the account's list recognises the
        cashout as ours (then the plain 511 is reconciled by lookup, like a send again)."""
        if self.account is None:
            return ExternalIdConflict(outcome.error, outcome.exchange)
        entry = self.journal.get(self.env_key, request.external_id)
        try:
            judgement = self.account.judge_conflict(entry) if entry is not None else None
        except Exception as exc:  # the list is a help, never a gate: a conflict says the truth we know
            _log.warning("could not judge the 511 of %s by the account list: %s", request.external_id, exc)
            judgement = None
        if judgement is not None and judgement.verdict is ConflictVerdict.OURS:
            return outcome
        if judgement is not None and judgement.verdict is ConflictVerdict.SOMEONE_ELSES:
            return ExternalIdConflict(outcome.error, outcome.exchange, judgement.message)
        return ExternalIdConflict(outcome.error, outcome.exchange)

    def _after_external_id_used(self, entry: JournalEntry) -> None:
        """HOOK — TuPay answered a create of ``entry`` with 511 (the external_id exists there).

        With an account, its list decides whose cashout that is (:meth:`AccountService.judge_conflict`):
        *someone else's* (another amount or document) — ours was not created: the row says so
        (state ``conflict``, with the list's words); *ours* — adopted by the lookup as before, and
        given its ``cashout_id``;
        *unconfirmed* (or no account) — reconciled by a lookup by external_id, as before.
        """
        judgement = self.account.judge_conflict(entry) if self.account is not None else None
        if judgement is not None and judgement.verdict is ConflictVerdict.SOMEONE_ELSES:
            self.journal.mark(self.env_key, entry.external_id, FOREIGN_ID_STATE, judgement.message,
                              EXTERNAL_ID_USED, only_from=UNRESOLVED_STATES)
            return
        self._reconcile_one(entry)
        if judgement is not None and judgement.row is not None and judgement.row.id_cashout is not None:
            current = self.journal.get(self.env_key, entry.external_id)
            if current is not None and current.state == "created":
                self.journal.record_cashout_id(self.env_key, entry.external_id, judgement.row.id_cashout)

    def _record_create(self, outcome: CreateOutcome, external_id: str) -> None:
        env = self.env_key
        if isinstance(outcome, ExternalIdConflict):
            self.journal.mark(env, external_id, "conflict", outcome.message, EXTERNAL_ID_USED)
        elif isinstance(outcome, ApiFailure) and outcome.error.code == EXTERNAL_ID_USED:
            # The id exists at TuPay: it is not "declined" — find out what it is.
            unknown = OutcomeUnknown(external_id, outcome.error.message, outcome.exchange)
            self.journal.record_outcome(env, external_id, unknown)
        else:
            self.journal.record_outcome(env, external_id, outcome)
        if outcome.exchange is not None:
            cashout_id = outcome.cashout_id if isinstance(outcome, Created) else None
            self.journal.record_exchange(
                env, outcome.exchange, external_id=external_id, cashout_id=cashout_id
            )

    # -- following ---------------------------------------------------------------------------

    def lookup(self, *, cashout_id: int | None = None, external_id: str | None = None) -> StatusOutcome:
        """Look a cashout up; a found status updates its journal row (adopting a row whose create
        outcome was unknown). Every exchange is journalled."""
        outcome = self._client.status(cashout_id=cashout_id, external_id=external_id)
        self._after_status(outcome, cashout_id=cashout_id, external_id=external_id)
        return outcome

    def cancel(self, *, cashout_id: int, external_id: str) -> StatusOutcome:
        """EXPERIMENTAL (D24): cancel a PENDING cashout; the answer's status updates the journal."""
        outcome = self._client.cancel(cashout_id=cashout_id, external_id=external_id)
        self._after_status(outcome, cashout_id=cashout_id, external_id=external_id)
        return outcome

    def hold(self, *, cashout_id: int, external_id: str) -> StatusOutcome:
        """EXPERIMENTAL (D24): put a PENDING cashout ON_HOLD; the answer's status updates the journal."""
        outcome = self._client.hold(cashout_id=cashout_id, external_id=external_id)
        self._after_status(outcome, cashout_id=cashout_id, external_id=external_id)
        return outcome

    def release(self, *, cashout_id: int, external_id: str) -> StatusOutcome:
        """EXPERIMENTAL (D24): move an ON_HOLD cashout back to PENDING; updates the journal."""
        outcome = self._client.release(cashout_id=cashout_id, external_id=external_id)
        self._after_status(outcome, cashout_id=cashout_id, external_id=external_id)
        return outcome

    def _after_status(
        self, outcome: StatusOutcome, *, cashout_id: int | None, external_id: str | None
    ) -> None:
        env = self.env_key
        if external_id is None and cashout_id is not None:
            entry = self.journal.get_by_cashout_id(env, cashout_id)
            external_id = entry.external_id if entry is not None else None
        if outcome.exchange is not None:
            self.journal.record_exchange(
                env, outcome.exchange, external_id=external_id, cashout_id=cashout_id
            )
        if isinstance(outcome, StatusResult) and self._mismatched_pair(cashout_id, external_id):
            # The journal ties these ids to different cashouts (a mistyped pair): whose status
            # came back is not known, so no row takes it — and none is adopted under a foreign id.
            _log.warning("lookup of cashout_id %s with external_id %s: the journal ties them to "
                         "different cashouts; no row updated", cashout_id, external_id)
            return
        if isinstance(outcome, StatusResult):
            entry = self.journal.get(env, external_id) if external_id is not None else None
            # A create still in flight (here or in another live process) is not adopted: its own
            # answer (created, or a conflict whose id is another cashout's) is on its way. The
            # journal's state table keeps declined and conflict rows from being adopted at all.
            adopt = entry is not None and entry.state != "created" and not self._in_flight(entry)
            self.journal.record_status(env, external_id=external_id, cashout_id=cashout_id,
                                       status=outcome.status, adopt=adopt)

    def _mismatched_pair(self, cashout_id: int | None, external_id: str | None) -> bool:
        """Whether the journal ties ``cashout_id`` and ``external_id`` to different cashouts."""
        if cashout_id is None or external_id is None:
            return False
        by_id = self.journal.get_by_cashout_id(self.env_key, cashout_id)
        if by_id is not None and by_id.external_id != external_id:
            return True
        row = self.journal.get(self.env_key, external_id)
        return row is not None and row.cashout_id is not None and row.cashout_id != cashout_id

    def check(self, lang: str = "en") -> Diagnosis:
        """One harmless signed lookup that says whether this environment is usable."""
        return diagnose(self._client, lang)

    def reconcile(self, progress: Callable[[int, int], None] | None = None) -> list[Reconciliation]:
        """Resolve every unresolved row (``sending``/``unknown``/``not_found_yet``) of this
        environment by a lookup by external_id: found → ``created`` with its status; 509 →
        ``not_found_yet`` while the send began less than :attr:`settling_window` ago, else
        ``not_created`` (may be resubmitted); a failed lookup leaves the row as it is. Creates
        being sent right now — by this process or another live one — are skipped."""
        entries = self.journal.unresolved(self.env_key)
        results: list[Reconciliation] = []
        total = len(entries)
        for done, entry in enumerate(entries, start=1):
            results.append(self._reconcile_one(entry))
            if progress is not None:
                progress(done, total)
        if self.account is not None:
            results = self._recover_cashout_ids(results)
        return results

    def reconcile_external_id(self, external_id: str) -> Reconciliation | None:
        """Reconcile one row of this environment if its outcome is unresolved (else ``None``)."""
        entry = self.journal.get(self.env_key, external_id)
        if entry is None or entry.state not in UNRESOLVED_STATES:
            return None
        return self._reconcile_one(entry)

    def _recover_cashout_ids(self, results: list[Reconciliation]) -> list[Reconciliation]:
        """Adopted rows (a status answer carries no ``cashout_id``) take theirs from the account's
        list; a failed list leaves them as they are."""
        assert self.account is not None
        try:
            recovered = self.account.recover_cashout_ids()
        except (sqlite3.Error, RuntimeError) as exc:
            _log.warning("could not recover cashout ids from the account list: %s", exc)
            return results
        return [dataclasses.replace(r, cashout_id=recovered[r.external_id])
                if r.cashout_id is None and r.external_id in recovered else r for r in results]

    def _sending_now(self, external_id: str | None) -> bool:
        """Whether a create of ``external_id`` is being sent by this process (any service instance)."""
        with _IN_FLIGHT_LOCK:
            return (str(self.journal.path), self.env_key, external_id) in _IN_FLIGHT

    def _in_flight(self, entry: JournalEntry) -> bool:
        """Whether the create of ``entry`` is being sent right now, by this process or another
        live one sharing the journal (its heartbeat is fresh and its process alive)."""
        return self._sending_now(entry.external_id) or self.journal.sent_elsewhere_now(entry)

    def _settling(self, entry: JournalEntry) -> bool:
        """Whether the row's latest send began less than the settling window ago."""
        began = entry.send_started_at or entry.created_at
        return began is not None and self.journal.clock() - began < self.settling_window

    def _reconcile_one(self, entry: JournalEntry) -> Reconciliation:
        env, external_id = self.env_key, entry.external_id
        if self._in_flight(entry):
            return Reconciliation(external_id, entry.state, entry.state, entry.cashout_id, MSG_IN_FLIGHT)
        outcome = self._client.status(external_id=external_id)
        if outcome.exchange is not None:
            self.journal.record_exchange(env, outcome.exchange, external_id=external_id,
                                         cashout_id=entry.cashout_id)
        if isinstance(outcome, StatusResult):
            self.journal.record_status(env, external_id=external_id, status=outcome.status, adopt=True)
            current = self.journal.get(env, external_id) or entry
            message = MSG_FOUND if current.state == "created" else (current.error_message or "")
            return Reconciliation(external_id, entry.state, current.state, current.cashout_id, message)
        if isinstance(outcome, ApiFailure) and outcome.error.code == NOT_FOUND:
            if self._settling(entry):  # TuPay may still be processing it: look again later
                after, message = "not_found_yet", MSG_NOT_FOUND_YET
            else:
                after, message = "not_created", MSG_NOT_FOUND
            if self.journal.mark(env, external_id, after, message, NOT_FOUND, only_from=UNRESOLVED_STATES,
                                 same_send=entry):
                return Reconciliation(external_id, entry.state, after, None, message)
            # Another process sharing the journal (tupay-cli, another window) recorded the
            # create's outcome meanwhile — its answer is newer than this lookup: keep it.
            current = self.journal.get(env, external_id) or entry
            message = MSG_FOUND if current.state == "created" else (current.error_message or "")
            return Reconciliation(external_id, entry.state, current.state, current.cashout_id, message)
        detail = outcome.error.message if isinstance(outcome, ApiFailure) else outcome.message
        assert isinstance(outcome, ApiFailure | NetworkError)
        return Reconciliation(
            external_id, entry.state, entry.state, entry.cashout_id, f"{MSG_STILL_UNKNOWN} ({detail})",
            error_code=outcome.error.code if isinstance(outcome, ApiFailure) else None,
        )

    def refresh_open(
        self, progress: Callable[[int, int], None] | None = None, min_interval_s: float = 0.2
    ) -> int:
        """Look up every created cashout of this environment whose last status is not final, at most
        one lookup per ``min_interval_s``; returns how many lookups answered with a status."""
        entries = self.journal.open_cashouts(self.env_key)
        total = len(entries)
        answered = 0
        last = 0.0
        for done, entry in enumerate(entries, start=1):
            wait = last + min_interval_s - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            last = time.monotonic()
            outcome = self.lookup(cashout_id=entry.cashout_id, external_id=entry.external_id)
            if isinstance(outcome, StatusResult):
                answered += 1
            if progress is not None:
                progress(done, total)
        return answered
