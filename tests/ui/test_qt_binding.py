"""The Qt binding itself: guards against a PySide6 release that would crash the Desk.

PySide6-Essentials 6.12.0 dropped a reference to Python's ``True`` on every ``Signal.emit()``;
after a few thousand signals the interpreter aborted ("bool_dealloc"). pyproject.toml excludes
that release; this test fails on any release with the same defect.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    with_args = Signal(int, object)
    bare = Signal()


def test_emitting_signals_does_not_drain_references_to_true(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.with_args.connect(lambda number, _obj: received.append(number))
    emitter.bare.connect(lambda: received.append(-1))
    before = sys.getrefcount(True)
    for _ in range(2000):
        emitter.with_args.emit(1, None)
        emitter.bare.emit()
    after = sys.getrefcount(True)
    assert len(received) == 4000
    # A few references may come and go with unrelated objects; a leak per emit costs thousands.
    assert after >= before - 50, f"True lost {before - after} references over 4000 emits"
