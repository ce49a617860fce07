"""The Desk sets its interpreter up for a responsive GUI thread (issue 14), checked on the real
start-up path in a fresh interpreter: from its first frame on, reference cycles are collected on the
GUI thread only (``ui/gui_gc.py``), and a thread asked for the GIL gives it up within 1 ms, not
the interpreter's default 5 ms (``app.GIL_SWITCH_INTERVAL_S``); once the start-up has settled,
what it keeps is frozen out of later full collections."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _desk_state(code: str, tmp_path: Path, **extra_env: str) -> dict[str, Any]:
    """Run ``code`` (which starts the Desk and prints ``STATE <json>``) in a fresh interpreter on
    a throw-away profile, offscreen, without a keyring; the printed state."""
    env = dict(os.environ)
    env.update({
        "TUPAY_DESK_CONFIG_DIR": str(tmp_path / "config"),
        "TUPAY_DESK_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        **extra_env,
    })
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("STATE ")]
    assert lines, proc.stdout[-2000:] + proc.stderr[-2000:]
    state: dict[str, Any] = json.loads(lines[-1].removeprefix("STATE "))
    return state


CODE = """
import gc, json, sys
from PySide6.QtWidgets import QApplication
from tupay_desktop import app
from tupay_desktop.ui.gui_gc import GuiThreadCollector
before = {"gc": gc.isenabled(), "switch": sys.getswitchinterval()}
code = app.main([])
collectors = [c for c in QApplication.instance().children() if isinstance(c, GuiThreadCollector)]
print("STATE " + json.dumps({"code": code, "before": before, "gc": gc.isenabled(),
                             "collectors": len(collectors), "switch": sys.getswitchinterval()}))
"""


def test_from_its_first_frame_the_desk_collects_on_the_gui_thread_and_switches_threads_in_1_ms(
        tmp_path: Path) -> None:
    state = _desk_state(CODE, tmp_path, TUPAY_DESK_EXIT_AFTER_FIRST_PAINT="1")
    assert state["code"] == 0
    assert state["before"] == {"gc": True, "switch": 0.005}  # the interpreter's own, before the Desk
    assert state["gc"] is False  # collected by the GUI thread's timer, not wherever one allocates
    assert state["collectors"] == 1  # that timer's collector, installed with the first frame
    assert state["switch"] == 0.001


SETTLED = """
import gc, json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tupay_desktop import app, bytecode
from tupay_desktop.ui.gui_gc import GuiThreadCollector
make = app._make_app
frozen = []
compiled = []  # where Python writes no bytecode: once the start-up settled, what it imported
bytecode.compile_stale_bytecode = lambda: compiled.append(sys.dont_write_bytecode)
def quit_once_settled(argv):
    made = make(argv)
    deadline = time.monotonic() + 60  # however busy the machine: the condition, not a delay
    def look():
        collector = next((c for c in made.children() if isinstance(c, GuiThreadCollector)), None)
        settled = collector is not None and collector.settled
        if (settled and compiled) or time.monotonic() > deadline:
            frozen.append((settled, gc.get_freeze_count()))
            QApplication.quit()
    timer = QTimer(made)
    timer.timeout.connect(look)
    timer.start(50)
    return made
app._make_app = quit_once_settled
code = app.main([])
print("STATE " + json.dumps({"code": code, "frozen": frozen, "compiled": compiled}))
"""


def test_once_the_start_up_has_settled_what_it_keeps_is_frozen_and_its_bytecode_compiled(
        tmp_path: Path) -> None:
    state = _desk_state(SETTLED, tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert state["code"] == 0
    assert state["compiled"] == [True]  # asked once, on a worker, with Python writing none itself
    settled, frozen = state["frozen"][0]
    assert settled  # the collector settled (not the 60 s deadline)
    assert frozen > 10_000  # the window and the modules, at least


STARTUP = """
import gc, json, sys
from PySide6.QtWidgets import QApplication
from tupay_desktop import app
from tupay_desktop.ui.main_window import MainWindow
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info["generation"]))
seen = {}
painted = MainWindow._after_first_paint
def after_first_paint(self):
    seen.update(collections=list(collections), frozen=gc.get_freeze_count())
    painted(self)
    seen["frozen_after"] = gc.get_freeze_count()
    QApplication.quit()
MainWindow._after_first_paint = after_first_paint
code = app.main([])
print("STATE " + json.dumps({"code": code, **seen}))
"""


def test_the_start_up_collects_nothing_and_its_objects_are_frozen_with_the_first_frame(
        tmp_path: Path) -> None:
    """Up to the first frame the interpreter collects nothing (walking the start-up's objects again
    and again cost it ~8 ms); with that frame they go out of the young collections' sight."""
    state = _desk_state(STARTUP, tmp_path)
    assert state["code"] == 0
    assert state["collections"] == []  # not one collection, of any generation, before the frame
    assert state["frozen"] == 0
    assert state["frozen_after"] > 10_000  # the window and the modules, at least


def test_the_benchmarks_settled_start_ends_once_its_bytecode_is_compiled(tmp_path: Path) -> None:
    """``TUPAY_DESK_EXIT_AFTER_SETTLED`` (bench_startup.py --dont-write-bytecode): the Desk quits
    once its start-up has settled and the compile it asked for has finished — nothing is left
    stale of what it imported, in its package or its environment."""
    code = (
        "import json\n"
        "from tupay_desktop import app, bytecode\n"
        "code = app.main([])\n"
        "print('STATE ' + json.dumps({'code': code, 'stale': bytecode.stale_sources()}))\n"
    )
    # A bytecode cache of its own (PYTHONPYCACHEPREFIX): the Desk starts with none at all, however
    # warm the checkout's; and a temporary directory of its own for the compile's lock.
    cache, temporary = tmp_path / "pycache", tmp_path / "tmp"
    temporary.mkdir()
    state = _desk_state(code, tmp_path, PYTHONDONTWRITEBYTECODE="1", TUPAY_DESK_EXIT_AFTER_SETTLED="1",
                        PYTHONPYCACHEPREFIX=str(cache), TMPDIR=str(temporary))
    assert state["code"] == 0
    assert state["stale"] == []
    # What it compiled: its own modules and its environment's packages (a package by its
    # __init__, filed under the package's own name).
    compiled = {path.parent.name if path.name.startswith("__init__.") else path.name.split(".")[0]
                for path in cache.rglob("*.pyc")}
    assert {"main_window", "cashout_form", "journal", "sandbox", "httpx"} <= compiled
