"""The Desk's one feed of cashout changes: the journal is the truth, and this says when it moved.

Every write to the journal appends (env_key, external_id) to its change log, by trigger, whoever
writes: a service call of this process on any worker, the CLI, another Desk. :class:`CashoutFeed`
turns that into one Qt signal on the GUI thread:

* this process's writes are noticed at once: the journal calls a listener after each commit, on
  the writing thread (a worker), which reads the change log there and hands the keys to the GUI
  thread — the GUI thread runs no SQLite for them (a query there gives up the GIL, and a worker
  parsing an answer may keep it for a whole switch interval), and the keys of however many commits
  land before the GUI thread runs are told together (20 answers committed at once are one
  ``cashouts_changed``, not 20);
* other processes' writes are noticed by polling ``PRAGMA data_version`` on a timer, a cheap pragma
  that changes when another connection committed; only then is the change log read.

Either way the feed reads the change log from the last id it saw, so each change is told once and
nothing is reloaded in full. The form's outcome line, the cashout view, the History model and the
duplicate warning render from the journal row when :attr:`CashoutFeed.cashout_changed` names it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from tupay_desktop.store.journal import Journal

__all__ = ["POLL_MS", "CashoutFeed"]

log = logging.getLogger(__name__)

#: How often other processes' writes are looked for (ms).
POLL_MS = 1000
#: The most change-log entries one read takes (a longer backlog is read in several).
_READ_LIMIT = 5000


class CashoutFeed(QObject):
    """One signal per changed cashout, on the GUI thread, for every journal write."""

    #: (env_key, external_id) of a cashout whose journal row changed.
    cashout_changed = Signal(str, str)
    #: The same changes of one read, together: [(env_key, external_id), ...] (for models that batch).
    cashouts_changed = Signal(list)

    _poke = Signal()

    def __init__(self, journal: Journal, parent: QObject | None = None, *, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._journal = journal
        #: Guards the cursor and the keys read but not yet told (read on writing threads too).
        self._lock = threading.Lock()
        self._cursor = journal.last_change_id()
        self._pending: dict[tuple[str, str], None] = {}
        #: A delivery of the pending keys is queued on the GUI thread: further reads join it.
        self._queued = False
        self._version = journal.data_version()
        self._poke.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._remove_listener = journal.add_listener(self._on_commit)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    @property
    def journal(self) -> Journal:
        return self._journal

    def _on_commit(self) -> None:
        """After a commit, on the writing thread: read what it changed, here, and queue one
        delivery to the GUI thread unless one is queued already (this commit's keys join it). A
        write that changed no cashout (an exchange journalled) reads nothing and tells nothing."""
        with self._lock:
            poke = self._read_locked() and not self._queued
            self._queued = self._queued or poke
        if poke:
            self._poke.emit()

    def _read_locked(self) -> bool:
        """Read the change log after the cursor into the pending keys (with the lock held);
        whether any were added."""
        added = False
        while True:
            try:
                cursor, keys = self._journal.changes_since(self._cursor, _READ_LIMIT)
            except (sqlite3.Error, RuntimeError):
                log.debug("the journal's change log could not be read", exc_info=True)
                return added
            if cursor == self._cursor:
                return added
            previous, self._cursor = self._cursor, cursor
            for key in keys:
                self._pending[key] = None
            added = added or bool(keys)
            if cursor - previous < _READ_LIMIT:  # the read was not cut short: nothing is left
                return added

    def _deliver(self) -> None:
        """Tell the pending keys, each once, in the order they changed (on the GUI thread)."""
        with self._lock:
            keys, self._pending = list(self._pending), {}
            self._queued = False
        for env_key, external_id in keys:
            self.cashout_changed.emit(env_key, external_id)
        if keys:
            self.cashouts_changed.emit(keys)

    def poll(self) -> None:
        """Read the change log if any connection committed since the last look."""
        try:
            version = self._journal.data_version()
        except (sqlite3.Error, RuntimeError):  # closed, or the file went away: nothing to tell
            return
        if version != self._version:
            self._version = version
            self.drain()

    def drain(self) -> None:
        """Read the change log now and tell every change not told yet (on the GUI thread)."""
        with self._lock:
            self._read_locked()
        self._deliver()

    def stop(self) -> None:
        """Stop listening (before the journal is closed)."""
        self._timer.stop()
        self._remove_listener()
