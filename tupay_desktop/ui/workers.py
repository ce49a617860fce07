"""The one worker helper of the Desk: run blocking calls off the GUI thread, results by signal.

Modelled on superqt's ``_qthreading``: a plain callable does the work on a ``QThreadPool`` thread and
reports through a signals ``QObject``; the signals are connected to slots of :class:`TaskRunner`,
which lives on the GUI thread, so every callback runs on the GUI thread (queued connection).
Network and keyring calls always go through here.

Cancelling a task drops its result (the callback is not called); the blocking call itself is left
to finish on its thread, since an HTTP request cannot be safely interrupted half-way.

Kind to the GUI thread, which shares the GIL with every worker: a submitted call starts on the next
turn of the event loop (not inside the slot that submitted it), and the count of tasks in flight is
told once per turn, however many answers land in it.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


def _run_job(job_id: int, pending: dict[int, _Pending], signals: _Signals) -> None:
    """A job's body, on a pool thread. The call itself stays in ``pending`` (the runner's, emptied
    on the GUI thread), so that its closure — and whatever it holds: a widget, a service, a slot —
    is never freed on this thread; see :class:`TaskRunner`."""
    entry = pending.get(job_id)
    if entry is None:  # not expected: an entry leaves only with its job's answer
        return
    fn = entry.call
    del entry
    try:
        result = fn()
    except BaseException as exc:  # reported to the GUI, never raised into Qt's thread (SystemExit
        # too: the answer must arrive, or the call stays "in flight" for ever)
        # The message of our own exceptions never carries a secret; the type name is kept
        # so that an unexpected failure is still identifiable.
        log.exception("background task failed")
        del fn
        signals.failed.emit(job_id, f"{type(exc).__name__}: {exc}")
    else:
        del fn
        signals.done.emit(job_id, result)


#: The pending calls and signals of runners deleted while calls of theirs ran (their window
#: closed): kept here, on the GUI thread's side, so that the pool thread finishing such a call does
#: not free them (with the closures and a QObject of the GUI thread). Kept for the process's life.
_ORPHANED: list[tuple[dict[int, _Pending], _Signals]] = []


def _orphan(pending: dict[int, _Pending], signals: _Signals, *_destroyed: object) -> None:
    if pending:
        _ORPHANED.append((pending, signals))


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Call back on the GUI thread. A result for a widget that was deleted meanwhile (its window
    closed while the task ran; the runner outlives it) is dropped, not raised into Qt's loop."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("a task's result arrived after its widget was deleted: %s", exc)


@dataclass
class _Pending:
    """A submitted call, until its answer is delivered: read by the pool thread that runs it,
    removed (and so freed, closures and all) on the GUI thread."""

    call: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[str], None] | None
    cancelled: bool = False


class TaskHandle:
    """What :meth:`TaskRunner.submit` returns: lets the caller drop a result it no longer wants."""

    def __init__(self, runner: TaskRunner, job_id: int) -> None:
        self._runner = runner
        self.job_id = job_id

    def cancel(self) -> None:
        self._runner._cancel(self.job_id)

    @property
    def running(self) -> bool:
        return self.job_id in self._runner._pending


class TaskRunner(QObject):
    """Runs callables on a thread pool and calls back on the GUI thread.

    ``busy_changed(bool)`` tells a busy indicator whether any task is in flight (at once, only
    when that changes); ``active_changed(int)`` gives the number of tasks in flight, once per turn
    of the event loop at most: 20 answers landing together are one update of the status bar's
    count, not 20 (each a relayout of the status bar).
    """

    busy_changed = Signal(bool)
    active_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        # Several slow requests may run at once (lookups, refreshes) without queueing behind one.
        if self._pool.maxThreadCount() < 8:
            self._pool.setMaxThreadCount(8)
        self._signals = _Signals()
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._pending: dict[int, _Pending] = {}
        self.destroyed.connect(functools.partial(_orphan, self._pending, self._signals))
        self._busy = False
        self._ids = itertools.count(1)
        self._announced = 0
        # A zero-interval timer, not a queued call: it fires after the events already posted.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._announce_count)
        #: Submitted but not started yet: they start once the submitting slot (and the repaint it
        #: caused) is over — see :meth:`submit`.
        self._to_start: list[int] = []
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(0)
        self._start_timer.timeout.connect(self._start_submitted)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
    ) -> TaskHandle:
        """Run ``fn`` on the pool; ``on_done(result)`` or ``on_error(message)`` on the GUI thread.

        The call starts on the next turn of the event loop, not inside the slot that submits it:
        a worker started at once runs Python (building and signing the request) while the GUI
        thread still renders the answer that asked for it — a lookup's outcome starting the
        notifications' fetch, a create's starting the follow-up lookup — and they take turns
        on the GIL."""
        job_id = next(self._ids)
        self._pending[job_id] = _Pending(fn, on_done, on_error)
        self._to_start.append(job_id)
        self._start_timer.start()
        self._announce()
        return TaskHandle(self, job_id)

    def _start_submitted(self) -> None:
        jobs, self._to_start = self._to_start, []
        for job_id in jobs:
            # A plain callable, not a Python QRunnable: Qt destroys a finished runnable on the
            # pool thread, and destroying a Python wrapper there can need Qt's signal-slot locks
            # while waiting for the GIL — which the GUI thread, connecting a new widget's signals
            # under the GIL, may hold while it waits for those locks (a deadlock seen in the GUI
            # stall benchmark: the window froze).
            self._pool.start(functools.partial(_run_job, job_id, self._pending, self._signals))

    def active_count(self) -> int:
        return len(self._pending)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Start what was submitted, then block until the pool is idle (used at shutdown);
        callbacks still arrive via the event loop."""
        self._start_submitted()
        return bool(self._pool.waitForDone(msecs))

    def _cancel(self, job_id: int) -> None:
        pending = self._pending.get(job_id)
        if pending is not None:
            pending.cancelled = True

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        if not shiboken6.isValid(self):  # deleted (with its window) while tasks were in flight
            return
        pending = self._pending.pop(job_id, None)  # the call's closure is freed here, on this thread
        self._announce()
        if pending is not None and not pending.cancelled:
            _deliver(pending.on_done, result)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        pending = self._pending.pop(job_id, None)
        self._announce()
        if pending is not None and not pending.cancelled and pending.on_error is not None:
            _deliver(pending.on_error, message)

    def _announce(self) -> None:
        count = len(self._pending)
        if count != self._announced:
            self._count_timer.start()
        if (count > 0) != self._busy:  # only when it changes: no signal storm when many finish at once
            self._busy = count > 0
            self.busy_changed.emit(self._busy)

    def _announce_count(self) -> None:
        count = len(self._pending)
        if count != self._announced:
            self._announced = count
            self.active_changed.emit(count)
