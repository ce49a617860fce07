"""Idle memory (RSS) of the Desk with its main window open, beside a bare PySide6 window, and what
each part of the Desk costs.

Run: ``uv run python tests/benchmarks/bench_memory.py``. In fresh processes, offscreen, with
throw-away config/data dirs and the keyring's "fail" backend (as a machine without a Secret
Service; the real keyring's cost is measured separately below):

- the floor: a bare ``QMainWindow`` of the Desk's size, shown, idle as long;
- the Desk: the real ``tupay_desktop.app.main``, ``RUNS`` times (each in a fresh profile); RSS at
  each stage (imports and QApplication, first painted frame, embedded sandbox listening, idle after
  ``IDLE_S`` seconds — the figure: the median of the runs; it varies by a few MiB between runs);
- the parts, each loaded alone into a plain interpreter: keyring (its backend discovery, as on a
  desktop), the HTTP client (httpx, truststore), the in-process sandbox, the journal.

RSS is ``VmRSS`` from ``/proc/self/status`` (Linux), in MiB. A figure, not a test.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IDLE_S = 3
RUNS = 3

RSS = r"""
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0
"""

BARE = RSS + r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1280, 820)
window.show()
QTimer.singleShot(IDLE_MS, lambda: (print("STAGE idle", rss(), flush=True), app.quit()))
app.exec()
"""

DESK = RSS + r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import tupay_desktop.app as desk_app
import tupay_desktop.ui.main_window as main_window

def stage(name):
    print("STAGE", name, rss(), flush=True)

_make = desk_app._make_app
def make(argv):
    app = _make(argv)
    stage("imports + QApplication")
    QTimer.singleShot(IDLE_MS, lambda: (stage("idle"), QApplication.quit()))
    return app
desk_app._make_app = make
_painted = main_window.MainWindow._after_first_paint
def painted(self):
    if not self._first_paint_done:
        stage("first painted frame")
    _painted(self)
main_window.MainWindow._after_first_paint = painted
_sandbox = main_window.MainWindow.set_sandbox_url
def sandbox_up(self, url):
    _sandbox(self, url)
    stage("sandbox listening")
main_window.MainWindow.set_sandbox_url = sandbox_up
import os
if os.environ.get("BENCH_NO_HISTORY"):
    main_window.MainWindow._build_history_later = lambda self: None
sys.exit(desk_app.main([]))
"""

PARTS = RSS + r"""
import gc, os, tempfile
from pathlib import Path
tmp = Path(tempfile.mkdtemp())
def cost(name, code):
    gc.collect()
    before = rss()
    exec(code, globals())
    gc.collect()
    print("PART", name, rss() - before, flush=True)
cost("python (tupay_desktop.store, api)",
     "import tupay_desktop.store.credentials, tupay_desktop.store.settings")
cost("journal (sqlite3), opened",
     "from tupay_desktop.store.journal import Journal; j = Journal(tmp / 'j.sqlite3')")
cost("keyring, backend discovery", "import keyring; keyring.get_keyring()")
cost("HTTP client (httpx, truststore), one client",
     "from tupay_desktop.api.client import CashoutClient; from tupay_desktop.api.models import Credentials;"
     "c = CashoutClient('https://api-stg.tupayonline.com', Credentials('k', 'p', 's'))")
cost("in-process sandbox, listening",
     "from tupay_desktop.sandbox import Sandbox; s = Sandbox(state_file=tmp / 's.json'); s.start()")
"""


def run(code: str, env: dict[str, str]) -> list[str]:
    code = code.replace("IDLE_MS", str(IDLE_S * 1000))
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith(("STAGE ", "PART "))]
    if not lines:
        raise RuntimeError(f"no figure (exit {proc.returncode}): {proc.stderr[-2000:]}")
    return lines


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="tupay-bench-") as tmp:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["TUPAY_DESK_CONFIG_DIR"] = str(Path(tmp) / "config")
        env["TUPAY_DESK_DATA_DIR"] = str(Path(tmp) / "data")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        desk_env = {**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        run(DESK, desk_env)  # warm bytecode
        bare = run(BARE, env)
        desks = []
        for number in range(RUNS):
            profile = Path(tmp) / f"profile-{number}"
            desks.append(run(DESK, {**desk_env, "TUPAY_DESK_CONFIG_DIR": str(profile / "config"),
                                    "TUPAY_DESK_DATA_DIR": str(profile / "data")}))
        parts = run(PARTS, {k: v for k, v in env.items() if k != "PYTHON_KEYRING_BACKEND"})
    floor = float(bare[-1].split()[-1])
    print(f"Idle RSS with the main window open ({env['QT_QPA_PLATFORM']}, after {IDLE_S} s), MiB; "
          f"the Desk: median of {RUNS} runs (min–max)")
    print(f"  bare PySide6 window (the floor)     {floor:6.1f}")
    for index, line in enumerate(desks[0]):
        _tag, *name, _value = line.split()
        values = sorted(float(desk[index].split()[-1]) for desk in desks)
        spread = f"({values[0]:.1f}–{values[-1]:.1f})"
        print(f"  Desk: {' '.join(name):29} {statistics.median(values):6.1f}   {spread}")
    idle = statistics.median(float(desk[-1].split()[-1]) for desk in desks)
    print(f"  Desk idle: {idle:.1f} MiB, {idle - floor:+.1f} over the bare window (goal ≤ 90 MiB)")
    print("What each part costs, loaded alone (MiB):")
    for line in parts:
        _tag, *name, value = line.split()
        print(f"  {' '.join(name):45} {float(value):+6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
