"""Idle memory (RSS) of the Desk with its main window open.

Run: ``uv run python tests/benchmarks/bench_memory.py``. Starts the real app (``tupay_desktop.app
.main``) in a fresh process, offscreen, with throw-away config/data dirs; once the window is up
and the embedded sandbox listens it idles a few seconds, then reads the process's resident set
size (``/proc/self/status`` VmRSS on Linux, ``ru_maxrss`` elsewhere) and quits. A figure, not a test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IDLE_S = 3

CHILD = r"""
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import tupay_desktop.app as desk_app

def rss_kib():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak

def report():
    print("RSS_KIB", rss_kib(), flush=True)
    QApplication.quit()

_make = desk_app._make_app
def make(argv):
    app = _make(argv)
    QTimer.singleShot(IDLE_MS, report)
    return app
desk_app._make_app = make
sys.exit(desk_app.main([]))
"""


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="tupay-bench-") as tmp:
        env = dict(os.environ)
        env["TUPAY_DESK_CONFIG_DIR"] = str(Path(tmp) / "config")
        env["TUPAY_DESK_DATA_DIR"] = str(Path(tmp) / "data")
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        code = CHILD.replace("IDLE_MS", str(IDLE_S * 1000))
        proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith("RSS_KIB "):
            kib = int(line.split()[1])
            print(f"idle RSS with the main window open ({env['QT_QPA_PLATFORM']}, after {IDLE_S} s): "
                  f"{kib / 1024:.0f} MiB")
            return 0
    print(f"no figure (exit {proc.returncode}): {proc.stderr[-2000:]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
