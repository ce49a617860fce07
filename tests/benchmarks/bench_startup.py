"""Start-up of the Desk to its first painted window on a real X display, beside a bare PySide6 window.

Run: ``uv run python tests/benchmarks/bench_startup.py [runs] [--bundle] [--offscreen]
[--dont-write-bytecode]`` (default 7 runs of each). It starts its own Xvfb (a real X server;
``xvfb`` must be installed) and then, in alternation so that both see the same machine load,
fresh processes of

- the floor: a bare PySide6 program (``QApplication`` + an empty ``QMainWindow``) that quits as
  soon as its first frame is painted;
- the Desk: ``python -m tupay_desktop`` — the real entry point, with the operator's keyring
  resolution and the embedded sandbox — in a throw-away profile (config/data dirs) that the
  unmeasured first run creates, so the measured ones are a second start on, with
  ``TUPAY_DESK_EXIT_AFTER_FIRST_PAINT=1`` (it prints the moment its first frame is painted and
  quits; see ``tupay_desktop.app``);
- with ``--bundle``: also ``dist/tupay-desktop/tupay-desktop`` (build it first with
  ``packaging/build``), measured the same way.

Each figure is process start (just before ``fork``/``exec``) to the end of the first painted frame,
the median of the runs, in milliseconds; the last line is the ratio Desk / bare (goal: ≤ 1.5).
Bytecode is warm, as on an operator's machine from the second start on: one unmeasured run of
each first, with ``PYTHONDONTWRITEBYTECODE`` removed from the children's environment.
``--offscreen`` measures on Qt's offscreen platform instead of Xvfb. ``--dont-write-bytecode``
keeps ``PYTHONDONTWRITEBYTECODE=1`` in the children (as on this machine kind, where Python writes
no bytecode itself): the unmeasured first run of the Desk then lasts until its start-up has settled
and the bytecode it asked for is compiled (``TUPAY_DESK_EXIT_AFTER_SETTLED``;
``tupay_desktop/bytecode.py``), so the measured starts are an operator's second start on. A
figure, not a test.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "tupay-desktop" / "tupay-desktop"

#: The floor: the least a PySide6 program does to show a window.
BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False
    def event(self, event):
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, done)
        return super().event(event)

def done():
    print("first-paint", repr(time.time()), flush=True)
    app.quit()

app = QApplication(sys.argv)
window = Window()
window.setWindowTitle("bare")
window.resize(1280, 820)
window.show()
sys.exit(app.exec())
"""


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A private Xvfb; returns it and its DISPLAY."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is not installed (apt-get install xvfb), or use --offscreen")
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            raise SystemExit("Xvfb did not start")
        number += chunk
    os.close(read)
    return proc, f":{number.decode().strip()}"


#: ``--dont-write-bytecode``: the children get ``PYTHONDONTWRITEBYTECODE=1``.
KEEP_DONT_WRITE_BYTECODE = "--dont-write-bytecode" in sys.argv


def child_env(tmp: Path, display: str | None) -> dict[str, str]:
    env = dict(os.environ)
    if KEEP_DONT_WRITE_BYTECODE:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # warm bytecode, as on an operator's machine
    env["TUPAY_DESK_CONFIG_DIR"] = str(tmp / "config")
    env["TUPAY_DESK_DATA_DIR"] = str(tmp / "data")
    env["TUPAY_DESK_EXIT_AFTER_FIRST_PAINT"] = "1"
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env["DISPLAY"] = display
        env.pop("WAYLAND_DISPLAY", None)
        env.pop("QT_QPA_PLATFORM", None)
    return env


def one_run(command: list[str], display: str | None, profile: Path, *, until: str = "first-paint") -> float:
    """Milliseconds from process start to its first painted frame (``until="settled"``: to the
    end of its start-up, its bytecode compiled; see ``--dont-write-bytecode``)."""
    env = child_env(profile, display)
    if until == "settled":
        env.pop("TUPAY_DESK_EXIT_AFTER_FIRST_PAINT", None)
        env["TUPAY_DESK_EXIT_AFTER_SETTLED"] = "1"
    started = time.time()
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    for line in proc.stdout.splitlines():
        if line.startswith(until + " "):
            return (float(line.split()[1]) - started) * 1000
    raise RuntimeError(f"{command[0]}: no paint reported (exit {proc.returncode}): {proc.stderr[-2000:]}")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(args[0]) if args else 7
    offscreen = "--offscreen" in sys.argv
    subjects: dict[str, list[str]] = {
        "bare PySide6 window": [sys.executable, "-c", BARE],
        "TuPay Desk (python -m tupay_desktop)": [sys.executable, "-m", "tupay_desktop"],
    }
    if "--bundle" in sys.argv:
        if not BUNDLE.exists():
            raise SystemExit(f"{BUNDLE} is missing: build it with packaging/build")
        subjects["TuPay Desk bundle (PyInstaller)"] = [str(BUNDLE)]
    xvfb, display = (None, None) if offscreen else start_xvfb()
    profile = Path(tempfile.mkdtemp(prefix="tupay-bench-profile-"))
    try:
        for name, command in subjects.items():
            # Compile bytecode, warm the OS file cache, make the profile (journal, settings,
            # sandbox credentials): not measured. Where Python writes no bytecode, the Desk
            # compiles it once its start-up has settled: that first run lasts until then.
            desk = name != "bare PySide6 window"
            one_run(command, display, profile,
                    until="settled" if desk and KEEP_DONT_WRITE_BYTECODE else "first-paint")
        times: dict[str, list[float]] = {name: [] for name in subjects}
        for _ in range(runs):
            for name, command in subjects.items():
                times[name].append(one_run(command, display, profile))
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
    platform = "offscreen" if offscreen else f"Xvfb {display}"
    bytecode = ("PYTHONDONTWRITEBYTECODE=1, the Desk's bytecode compiled by its first start"
                if KEEP_DONT_WRITE_BYTECODE else "warm bytecode")
    print(f"Start to first painted frame ({platform}, {bytecode}, median of {runs} runs, ms; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f})")
    medians = {name: statistics.median(values) for name, values in times.items()}
    width = max(len(name) for name in subjects)
    for name, values in times.items():
        print(f"  {name:{width}}  {medians[name]:7.0f}   (min {min(values):.0f}, max {max(values):.0f})")
    floor = medians["bare PySide6 window"]
    for name, median in medians.items():
        if name != "bare PySide6 window":
            print(f"  {name:{width}}  {median / floor:7.2f}× the bare window (goal ≤ 1.5×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
