"""Cold start of the Desk to its first painted window: the median of several fresh processes.

Run: ``uv run python tests/benchmarks/bench_startup.py [runs]`` (default 5). Each run starts a new
Python process that runs the real ``tupay_desktop.app.main()`` (offscreen unless ``DISPLAY`` is
set and ``--display`` is given), in throw-away config/data dirs, and quits on the first paint of
the main window. Prints each run and the median, in milliseconds. A figure, not a test.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import tupay_desktop.app as desk_app
from tupay_desktop.ui.main_window import MainWindow

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and obj.isWidgetType():
            if isinstance(obj.window(), MainWindow):
                self.done = True
                print("PAINTED", repr(time.time()), flush=True)
                QTimer.singleShot(0, QApplication.quit)
        return False

_filter = FirstPaint()
_make = desk_app._make_app
def make(argv):
    app = _make(argv)
    app.installEventFilter(_filter)
    return app
desk_app._make_app = make
sys.exit(desk_app.main([]))
"""


def one_run(display: bool) -> float:
    with tempfile.TemporaryDirectory(prefix="tupay-bench-") as tmp:
        env = dict(os.environ)
        env["TUPAY_DESK_CONFIG_DIR"] = str(Path(tmp) / "config")
        env["TUPAY_DESK_DATA_DIR"] = str(Path(tmp) / "data")
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # no OS keyring prompt
        if not display:
            env["QT_QPA_PLATFORM"] = "offscreen"
        started = time.time()
        proc = subprocess.run(
            [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
        for line in proc.stdout.splitlines():
            if line.startswith("PAINTED "):
                return (float(line.split()[1]) - started) * 1000
        raise RuntimeError(f"no paint reported (exit {proc.returncode}): {proc.stderr[-2000:]}")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(args[0]) if args else 5
    display = "--display" in sys.argv and bool(os.environ.get("DISPLAY"))
    one_run(display)  # warm the OS file cache once; "cold" = a fresh process, not a cold disk
    times = []
    for n in range(runs):
        ms = one_run(display)
        times.append(ms)
        print(f"run {n + 1}: {ms:.0f} ms")
    platform = "X11 (DISPLAY)" if display else "offscreen"
    print(f"cold start to first painted window ({platform}): median {statistics.median(times):.0f} ms "
          f"over {runs} runs (min {min(times):.0f}, max {max(times):.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
