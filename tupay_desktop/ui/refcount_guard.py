"""Keep ``True`` alive despite PySide6 6.12's ``SignalInstance.emit``, which returns ``True`` without
taking a reference to it.

Every ``signal.emit(...)`` made from Python therefore drops one reference to the ``True`` object
(Python 3.11's bools are not immortal). After a few thousand emits — a morning of status
refreshes, or one test run — its count reaches zero and the interpreter aborts with "Fatal Python
error: bool_dealloc" — at once, or at exit. Until PySide6 is fixed, :func:`top_up` adds references
to ``True`` (on CPython, directly to its reference count: nothing is allocated, and nothing gives
them back at exit, where a reserve being freed would itself bring the count to zero) whenever the
count runs low, and :func:`install` calls it every second on the GUI thread. Harmless once the bug
is fixed; a no-op where ``True`` is immortal (CPython 3.12+).
"""

from __future__ import annotations

import ctypes
import platform
import sys

from PySide6.QtCore import QObject, QTimer

#: Below this many references to ``True`` the reserve grows by :data:`CHUNK` (far more emits than
#: the Desk makes between two checks).
LOW_WATER = 200_000
#: References added at a time.
CHUNK = 1_000_000
#: How often :func:`install`'s timer checks (ms).
CHECK_MS = 1000

_timer: QTimer | None = None
#: True where references to ``True`` can run out (CPython before 3.12, where bools are not immortal).
APPLIES = platform.python_implementation() == "CPython" and sys.version_info < (3, 12)


def true_references() -> int:
    """The current reference count of ``True``."""
    return sys.getrefcount(True)


def top_up(low_water: int = LOW_WATER, chunk: int = CHUNK) -> bool:
    """Add ``chunk`` references to ``True`` if fewer than ``low_water`` remain; True if it did."""
    if not APPLIES or true_references() >= low_water:
        return False
    # ob_refcnt is the first field of every CPython object; the GIL is held.
    ctypes.c_ssize_t.from_address(id(True)).value += chunk
    return True


def install(parent: QObject | None = None) -> QTimer:
    """Top up now and then every :data:`CHECK_MS` on the calling (GUI) thread; returns the timer.
    Calling it again reuses the running timer."""
    global _timer
    top_up()
    if _timer is None:
        _timer = QTimer(parent)
        _timer.setInterval(CHECK_MS)
        _timer.timeout.connect(lambda: top_up())
        _timer.start()
    return _timer
