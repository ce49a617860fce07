"""When each open cashout is looked up next: one schedule for the whole Desk.

The cashout view follows the cashout it shows; the History follows every open (created, not final)
cashout of the selected environment. Both use this one object, keyed by ``(env_key,
external_id)``, so the same cashout is never looked up twice: a lookup made by anyone (the view's
own lookup, F5, the schedule) counts, and the next comes one back-off delay after it.

* Delays back off — 2 s, 4 s, 8 s … capped at 60 s (:data:`DEFAULT_BACKOFF_MS`) — and start again
  from the first when the status changes.
* The schedule's lookups run one at a time on the task runner, at least :data:`GAP_MS` apart
  (a journal with many open cashouts is walked gently, never in a burst).
* A final status, an answer in words from TuPay (polling will not help) or a journal row that is no
  longer open (whoever looked it up: reconcile, another process) ends the following.
* Every lookup goes through the service, so its answer lands in the journal and the state feed
  (:class:`~tupay_desktop.ui.cashout_feed.CashoutFeed`) tells every view; :attr:`looked_up` also
  hands the answer itself (its exchange, an error) to whoever shows that cashout.

Only the selected environment's cashouts are followed (lookups need its service); switching the
environment drops the others'.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from tupay_desktop.api.models import ApiFailure, NetworkError, StatusResult
from tupay_desktop.store.journal import FINAL_STATUSES, Journal, JournalEntry
from tupay_desktop.ui.cashout_feed import CashoutFeed
from tupay_desktop.ui.workers import TaskHandle, TaskRunner

__all__ = ["DEFAULT_BACKOFF_MS", "GAP_MS", "CashoutKey", "RefreshSchedule", "is_open", "key_of"]

log = logging.getLogger(__name__)

#: Automatic refresh delays in milliseconds; the last one repeats.
DEFAULT_BACKOFF_MS: tuple[int, ...] = (2_000, 4_000, 8_000, 16_000, 32_000, 60_000)
#: The least time between two lookups the schedule starts (ms).
GAP_MS = 200

#: A cashout as the schedule knows it: (env_key, external_id) — or, for a cashout the journal does
#: not know by external_id (looked up by its cashout_id alone), (env_key, "#<cashout_id>").
CashoutKey = tuple[str, str]


def key_of(env_key: str, cashout_id: int | None, external_id: str | None) -> CashoutKey:
    """The schedule's key of a cashout."""
    return (env_key, external_id) if external_id else (env_key, f"#{cashout_id}")


def is_open(entry: JournalEntry) -> bool:
    """A created cashout whose last known status is not final (it may still change)."""
    return entry.state == "created" and entry.last_status not in FINAL_STATUSES


class LookupService(Protocol):
    """What the schedule needs of ``tupay_desktop.service.CashoutService``."""

    @property
    def env_key(self) -> str: ...

    def lookup(self, *, cashout_id: int | None = None, external_id: str | None = None) -> Any: ...


@dataclass
class _Plan:
    cashout_id: int | None
    external_id: str | None
    #: The next delay's position in the back-off.
    step: int = 0
    #: When the next lookup is due (the schedule's clock, seconds).
    due: float = 0.0
    #: The delay planned last (ms): what "next refresh in …" says.
    delay_ms: int = 0
    #: The last status code seen.
    code: int | None = None
    #: Who wants it followed: ``"view"`` (the cashout view shows it), ``"open"`` (History follows
    #: every open cashout); no one left, no plan.
    owners: set[str] = field(default_factory=set)


class RefreshSchedule(QObject):
    """The Desk's one schedule of automatic lookups."""

    #: (key, outcome) of each lookup the schedule made, on the GUI thread.
    looked_up = Signal(object, object)
    #: (key): the key's plan changed (followed with a new delay, or no longer followed).
    planned = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        backoff_ms: tuple[int, ...] = DEFAULT_BACKOFF_MS,
        gap_ms: int = GAP_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._clock = clock
        self._backoff_ms = tuple(backoff_ms) or DEFAULT_BACKOFF_MS
        self._gap_s = gap_ms / 1000
        self._plans: dict[CashoutKey, _Plan] = {}
        self._service: LookupService | None = None
        self._journal: Journal | None = None
        self._task: TaskHandle | None = None
        self._running: CashoutKey | None = None
        self._last_start = float("-inf")
        #: The environment whose every open cashout is followed (:meth:`follow_open`), if any.
        self._open_env: str | None = None
        self._open_task: TaskHandle | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)

    # -- settings ------------------------------------------------------------------------------

    @property
    def backoff_ms(self) -> tuple[int, ...]:
        return self._backoff_ms

    @backoff_ms.setter
    def backoff_ms(self, delays: tuple[int, ...]) -> None:
        self._backoff_ms = tuple(delays) or DEFAULT_BACKOFF_MS

    def set_service(self, service: LookupService | None, journal: Journal | None = None) -> None:
        """Look up through ``service`` (the selected environment's; ``None``: nothing is looked
        up). Plans of other environments are dropped; ``journal`` (the service's) lets the
        schedule read rows. Following every open cashout must be asked again (:meth:`follow_open`)."""
        self._service = service
        self._journal = journal if journal is not None else getattr(service, "journal", None)
        self._open_env = None
        if self._open_task is not None:
            self._open_task.cancel()
            self._open_task = None
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self._running = None
        env = service.env_key if service is not None else None
        for key in [k for k in self._plans if k[0] != env]:
            self.drop(key)
        self._arm()

    # -- what is followed ----------------------------------------------------------------------

    def is_following(self, key: CashoutKey) -> bool:
        return key in self._plans

    def delay_ms(self, key: CashoutKey) -> int | None:
        """The delay planned for ``key``'s next lookup (``None`` when not followed)."""
        plan = self._plans.get(key)
        return plan.delay_ms if plan is not None else None

    def following(self) -> list[CashoutKey]:
        return list(self._plans)

    @property
    def running(self) -> CashoutKey | None:
        """The cashout whose lookup the schedule is waiting for, if any (its answer comes by
        :attr:`looked_up`, just after the journal row it wrote)."""
        return self._running

    def follow(
        self,
        key: CashoutKey,
        cashout_id: int | None = None,
        external_id: str | None = None,
        *,
        now: bool = False,
        restart: bool = False,
        owner: str = "view",
    ) -> None:
        """Look ``key`` up again after its next back-off delay (``now``: at once; ``restart``:
        the back-off starts from its first delay), on behalf of ``owner``. A cashout followed
        already keeps its plan unless told otherwise."""
        plan = self._plans.get(key)
        fresh = plan is None
        if plan is None:
            plan = _Plan(cashout_id, external_id)
            self._plans[key] = plan
        if not fresh:
            plan.cashout_id = cashout_id if cashout_id is not None else plan.cashout_id
            plan.external_id = external_id or plan.external_id
        plan.owners.add(owner)
        if restart:
            plan.step = 0
        if now:
            plan.due, plan.delay_ms = self._clock(), 0
        elif fresh or restart:
            self._plan_next(plan)
        self.planned.emit(key)
        self._arm()

    def drop(self, key: CashoutKey) -> None:
        """Stop following ``key`` (for everyone: it is final, or cannot be looked up)."""
        if self._plans.pop(key, None) is not None:
            self.planned.emit(key)

    def release(self, key: CashoutKey, owner: str = "view") -> None:
        """``owner`` no longer wants ``key`` followed (others may still)."""
        plan = self._plans.get(key)
        if plan is not None:
            plan.owners.discard(owner)
            if not plan.owners:
                self.drop(key)

    def postpone(self, key: CashoutKey) -> None:
        """A lookup of ``key`` starts elsewhere now: the schedule's next one waits a delay (the
        answer, given to :meth:`record`, plans it properly)."""
        plan = self._plans.get(key)
        if plan is not None:
            plan.due = self._clock() + max(plan.delay_ms, self._backoff_ms[0]) / 1000
            self._arm()

    def record(
        self,
        key: CashoutKey,
        outcome: object,
        cashout_id: int | None = None,
        external_id: str | None = None,
        *,
        follow: bool = True,
        owner: str = "view",
    ) -> None:
        """A lookup of ``key`` answered ``outcome`` (the schedule's, or anyone's): plan the next.

        A non-final status keeps (with ``follow``, starts) following it, one back-off delay from
        now (from the first delay when the status changed); a final status or an answer in words
        from TuPay ends it; a network failure backs off further while it is followed."""
        plan = self._plans.get(key)
        if isinstance(outcome, StatusResult):
            code = outcome.status.code
            if outcome.status.is_final:
                self.drop(key)
                return
            if plan is None:
                if not follow:
                    return
                plan = _Plan(cashout_id, external_id)
                self._plans[key] = plan
            elif plan.code is not None and plan.code != code:
                plan.step = 0
            if follow:
                plan.owners.add(owner)
            plan.code = code
            plan.cashout_id = cashout_id if cashout_id is not None else plan.cashout_id
            plan.external_id = external_id or plan.external_id
            self._plan_next(plan)
            self.planned.emit(key)
        elif isinstance(outcome, ApiFailure):
            self.drop(key)  # unknown id, bad credentials…: polling will not help
        elif isinstance(outcome, NetworkError) and plan is not None:
            self._plan_next(plan)
            self.planned.emit(key)
        self._arm()

    def follow_open(self) -> None:
        """Follow every open cashout of the service's environment, looked up at once (the start,
        an environment switch), and each that becomes open later (:meth:`rows_changed`)."""
        service, journal = self._service, self._journal
        if service is None or journal is None:
            return
        env = service.env_key
        self._open_env = env
        if self._open_task is not None:
            self._open_task.cancel()
        self._open_task = self._runner.submit(
            lambda: journal.open_cashouts(env),
            lambda rows: self._on_open_rows(env, rows),
            lambda _message: None,
        )

    def rows_changed(self, entries: Iterable[JournalEntry]) -> None:
        """Journal rows changed (the state feed, read by a view): a followed row that is no longer
        open is dropped; one that became open is followed, where every open cashout is."""
        for entry in entries:
            key = (entry.env_key, entry.external_id)
            if not is_open(entry):
                self.drop(key)
                if entry.cashout_id is not None:
                    self.drop((entry.env_key, f"#{entry.cashout_id}"))
            elif entry.env_key == self._open_env and "open" not in self._owners(key):
                self.follow(key, entry.cashout_id, entry.external_id, owner="open")

    def attach_feed(self, feed: CashoutFeed) -> None:
        """Keep the plans in step with the journal: the state feed names every changed row."""
        feed.cashouts_changed.connect(self._on_feed)

    def _owners(self, key: CashoutKey) -> set[str]:
        plan = self._plans.get(key)
        return plan.owners if plan is not None else set()

    def _on_feed(self, keys: list[tuple[str, str]]) -> None:
        service, journal = self._service, self._journal
        if service is None or journal is None:
            return
        env = service.env_key
        wanted = [(str(e), str(x)) for e, x in keys if e == env]
        wanted = [k for k in wanted if k in self._plans or env == self._open_env]
        if wanted:
            self.rows_changed(read_rows(journal, wanted))

    # -- internals -----------------------------------------------------------------------------

    def _on_open_rows(self, env: str, rows: object) -> None:
        self._open_task = None
        if self._open_env != env or not isinstance(rows, list):
            return
        for entry in rows:
            if isinstance(entry, JournalEntry):
                key = (entry.env_key, entry.external_id)
                if "open" not in self._owners(key):
                    self.follow(key, entry.cashout_id, entry.external_id, now=key not in self._plans,
                                owner="open")

    def _plan_next(self, plan: _Plan) -> None:
        delays = self._backoff_ms
        plan.delay_ms = delays[min(plan.step, len(delays) - 1)]
        plan.step += 1
        plan.due = self._clock() + plan.delay_ms / 1000

    def _arm(self) -> None:
        """Set the timer for the next due lookup (none while one runs)."""
        if self._running is not None or self._service is None or not self._plans:
            self._timer.stop()
            return
        due = min(plan.due for plan in self._plans.values())
        start = max(due, self._last_start + self._gap_s)
        self._timer.start(max(0, int((start - self._clock()) * 1000)))

    def _tick(self) -> None:
        service = self._service
        if service is None or self._running is not None:
            return
        now = self._clock()
        due = [(plan.due, key) for key, plan in self._plans.items() if plan.due <= now]
        if not due or now < self._last_start + self._gap_s:
            self._arm()
            return
        _when, key = min(due)
        plan = self._plans[key]
        self._running = key
        self._last_start = now
        cashout_id, external_id = plan.cashout_id, plan.external_id

        def work() -> object:
            return service.lookup(cashout_id=cashout_id, external_id=external_id)

        self._task = self._runner.submit(
            work,
            lambda outcome: self._on_lookup(key, cashout_id, external_id, outcome),
            lambda message: self._on_failed(key, message),
        )

    def _on_lookup(self, key: CashoutKey, cashout_id: int | None, external_id: str | None,
                   outcome: object) -> None:
        if not shiboken6.isValid(self):
            return
        self._task = None
        self._running = None
        if key in self._plans:
            self.record(key, outcome, cashout_id, external_id, follow=False)
        self.looked_up.emit(key, outcome)
        self._arm()

    def _on_failed(self, key: CashoutKey, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._task = None
        self._running = None
        log.warning("an automatic lookup failed unexpectedly: %s", message)
        plan = self._plans.get(key)
        if plan is not None:
            self._plan_next(plan)
            self.planned.emit(key)
        self._arm()


def read_rows(journal: Journal, keys: Iterable[CashoutKey]) -> list[JournalEntry]:
    """The journal rows of ``keys`` (those it has); ``[]`` when it cannot be read."""
    rows = []
    try:
        for env_key, external_id in keys:
            entry = journal.get(env_key, external_id)
            if entry is not None:
                rows.append(entry)
    except (sqlite3.Error, RuntimeError):
        log.debug("journal rows could not be read", exc_info=True)
    return rows
