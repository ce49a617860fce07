"""The Qt binding itself: guards against a PySide6 release that would crash the Desk.

PySide6-Essentials 6.12.0 dropped a reference to Python's ``True`` on every ``Signal.emit()``;
after a few thousand signals the interpreter aborted ("bool_dealloc"). pyproject.toml excludes
that release; this test fails on any release with the same defect.
"""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
from pathlib import Path

import pytest
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


def test_modules_imported_after_pyside6_are_not_read_for_its_feature_hook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PySide6's ``__feature__`` import hook would read every later module's source and keep it in
    ``linecache`` (about 5 MiB at the Desk's first window); ``tupay_desktop.ui`` turns that off."""
    import tupay_desktop.ui  # noqa: F401

    module = tmp_path / "desk_probe_module.py"
    module.write_text("VALUE = 'PySide6 is named here, as in any UI module'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    probe = __import__("desk_probe_module")  # an import statement's way (the hook wraps it)
    try:
        assert probe.VALUE.startswith("PySide6")
        assert str(module) not in linecache.cache
    finally:
        sys.modules.pop("desk_probe_module", None)


def test_no_source_is_kept_in_memory_once_the_ui_package_is_imported() -> None:
    """What the hook read while PySide6 itself was imported (about 2 MiB of sources) is dropped."""
    code = ("import tupay_desktop.ui, linecache, sys\n"
            "import tupay_desktop.ui.main_window\n"
            "print(len(linecache.cache), sorted(linecache.cache)[:3])\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.stdout.split()[0] == "0", proc.stdout
