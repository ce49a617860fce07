"""Python's cyclic garbage collector, run on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate past a threshold — in
the Desk, usually a worker parsing an answer. A cycle can hold a Qt object's Python side (a closed
dialog whose buttons' slots refer back to it, a lambda connected to a widget's signal); freeing that
on a worker makes PySide disconnect its signals there, which takes Qt's signal-slot locks and then
waits for the GIL — while the GUI thread, holding the GIL, may be waiting for those very locks to
connect a new widget's signals: the window freezes. The same hazard is why the task runner frees a
call's closure on the GUI thread (``ui/workers.py``).

:func:`collect_on_gui_thread` turns the automatic collection off and runs it from a timer on the
GUI thread instead: the young generation every ``interval_ms`` if anything was allocated, the older
ones by the interpreter's own thresholds and its rule for the oldest (only once the objects
promoted to it since its last full collection are a quarter of those that collection kept; what
exists when the collector is installed counts as kept), so garbage in a young cycle lives a tenth
of a second at most and a full collection (~20 ms with the window open) is as rare as the
interpreter would make it. The promoted objects are counted as the interpreter counts them: the
young generations' objects before a collection of the middle one, less those it freed — never by
walking the oldest generation (~100,000 objects, 5 ms of the GUI thread), which is weighed only
right after a full collection. A full collection that falls due while the Desk is busy (tasks in
flight, see :meth:`GuiThreadCollector.postpone_full_while`) waits until it is not, for
``FULL_PATIENCE_LOOKS`` looks at most: it holds the GIL, so it would stall the window wherever it
ran, and while answers land it would come on top of theirs.

The Desk installs it with its first frame (``app.py``: before that hardly any worker has run, and
the start-up runs with no collection at all, its objects frozen when the collector takes over) and,
once the start-up has settled, collects its garbage and freezes what it keeps
(:meth:`GuiThreadCollector.settle`); the UI tests install it for their whole session.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

__all__ = ["GuiThreadCollector", "collect_on_gui_thread"]

#: How often the GUI thread looks whether a collection is due.
INTERVAL_MS = 100
#: How many looks a due full collection waits for the Desk to be idle (30 s): then it runs anyway.
FULL_PATIENCE_LOOKS = 300


class GuiThreadCollector(QObject):
    """Collects on the GUI thread what the interpreter would have collected anywhere."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self.collections = [0, 0, 0]
        #: Objects the last full collection kept (at install: the oldest generation then), and
        #: those promoted to the oldest generation since (see :meth:`collect_if_due`).
        self._long_lived = len(gc.get_objects(generation=2))
        self._promoted = 0
        self._busy: Callable[[], bool] = lambda: False
        #: A full collection fell due while busy: it is owed, and has waited this many looks.
        self._full_owed = False
        self._postponed_looks = 0
        #: Whether :meth:`settle` ran.
        self.settled = False
        #: Whether the interpreter collected automatically before: only then does :meth:`stop`
        #: give it back (a second collector, made while another is in charge, never does).
        self._restores = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the young generation if anything was allocated since the last look, and an
        older one when enough younger collections ran, by the interpreter's thresholds and its
        rule for the oldest (only once the objects promoted to it since its last collection are
        a quarter of those it kept); returns the generation collected (-1: none). Garbage in a
        cycle lives ``interval_ms`` at most in the young generation."""
        if self._full_owed:  # every look counts, with or without allocations since the last
            if not self._busy() or self._postponed_looks >= FULL_PATIENCE_LOOKS:
                self.collect_all()
                return 2
            self._postponed_looks += 1
        young, middle, old = gc.get_count()
        if young <= 0:
            return -1
        _first, second, third = self._thresholds
        if middle <= second:
            gc.collect(0)
            self.collections[0] += 1
            return 0
        if not self._full_owed and old > third and self._promoted > self._long_lived // 4:
            if not self._busy():
                self.collect_all()
                return 2
            self._full_owed, self._postponed_looks = True, 1
        # What survives a collection of the middle generation goes to the oldest: count it as the
        # interpreter does (its young generations are small; the oldest is never walked here).
        before = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
        freed = gc.collect(1)
        self._promoted += max(0, before - freed)
        self.collections[1] += 1
        return 1

    def settle(self) -> None:
        """Once the start-up has settled (``app.py``: its deferred parts built): collect its
        garbage in one go (~20–40 ms, at a known moment rather than in the middle of work), then
        put what survives — the window, the modules, ~65,000 objects that live as long as the
        Desk — out of the collector's sight (``gc.freeze``), so that a later full collection walks
        only what came after (a few ms, not 20–40). Something frozen that later became garbage in
        a cycle would never be freed: the stall benchmark's rounds, tab changes and environment
        switches left none (measured by unfreezing and collecting). What was frozen before
        (the Desk freezes its start-up with its first frame, ``app.py``) is weighed too: it is
        unfrozen first. Once per process."""
        gc.unfreeze()
        self.collect_all(freeze=True)
        self.settled = True

    def collect_all(self, *, freeze: bool = False) -> None:
        """A full collection now, its survivors counted as kept (also what :meth:`collect_if_due`
        does when one is due); with ``freeze``, they are frozen first (:meth:`settle`), and what
        is left in sight is what counts."""
        gc.collect()
        if freeze:
            gc.freeze()
        self.collections[2] += 1
        self._promoted = 0
        self._full_owed = False
        self._postponed_looks = 0
        self._long_lived = len(gc.get_objects(generation=2))

    def postpone_full_while(self, busy: Callable[[], bool]) -> None:
        """A full collection that falls due while ``busy()`` waits for the next look it is not
        (``FULL_PATIENCE_LOOKS`` looks at most). The Desk passes "tasks are in flight"."""
        self._busy = busy

    def stop(self) -> None:
        """Stop collecting; give the collection back to the interpreter if it had it before."""
        self._timer.stop()
        if self._restores:
            self._restores = False
            gc.enable()


def collect_on_gui_thread(
    app: QCoreApplication, busy: Callable[[], bool] | None = None
) -> GuiThreadCollector:
    """Install (once) the GUI-thread collector for ``app``; returns it. ``busy``: while it says
    so, a due full collection waits (:meth:`GuiThreadCollector.postpone_full_while`)."""
    collector = next((child for child in app.children() if isinstance(child, GuiThreadCollector)), None)
    if collector is None:
        collector = GuiThreadCollector(app)
    if busy is not None:
        collector.postpone_full_while(busy)
    return collector
