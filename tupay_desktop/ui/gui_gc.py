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
interpreter would make it. The Desk installs it with its first frame (``app.py``: before that
hardly any worker has run, and the interpreter's own collection keeps the start-up's peak of
memory ~2 MiB lower), the UI tests for their whole session.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

__all__ = ["GuiThreadCollector", "collect_on_gui_thread"]

#: How often the GUI thread looks whether a collection is due.
INTERVAL_MS = 100


class GuiThreadCollector(QObject):
    """Collects on the GUI thread what the interpreter would have collected anywhere."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self.collections = [0, 0, 0]
        #: Objects the last full collection kept, and the oldest generation's count when it was
        #: last weighed against them (see :meth:`collect_if_due`).
        self._long_lived = len(gc.get_objects(generation=2))
        self._old_at_last_look = 0
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
        young, middle, old = gc.get_count()
        if young <= 0:
            return -1
        _first, second, third = self._thresholds
        generation = 0
        if middle > second:
            generation = 1
            if old - self._old_at_last_look > third:
                self._old_at_last_look = old
                if len(gc.get_objects(generation=2)) - self._long_lived > self._long_lived // 4:
                    generation = 2
        if generation == 2:
            self.collect_all()
        else:
            gc.collect(generation)
            self.collections[generation] += 1
        return generation

    def collect_all(self) -> None:
        """A full collection now, its survivors counted as kept (also what :meth:`collect_if_due`
        does when one is due). The Desk calls it once its start-up has settled (``app.py``), so
        that the first full collection the quarter rule asks for — the start-up's own garbage,
        ~20–30 ms — does not come in the middle of work."""
        gc.collect()
        self.collections[2] += 1
        self._old_at_last_look = 0
        self._long_lived = len(gc.get_objects(generation=2))

    def stop(self) -> None:
        """Stop collecting; give the collection back to the interpreter if it had it before."""
        self._timer.stop()
        if self._restores:
            self._restores = False
            gc.enable()


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Install (once) the GUI-thread collector for ``app``; returns it."""
    for child in app.children():
        if isinstance(child, GuiThreadCollector):
            return child
    return GuiThreadCollector(app)
