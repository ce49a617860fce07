"""When Qt cannot start (no display, the xcb plugin's libraries missing), ``tupay-desktop`` says so in
words, names ``tupay-cli`` and the ``apt-get install`` line, and exits 2 — instead of Qt's abort.

Run as a real ``python -m tupay_desktop`` in a subprocess, as an operator would start it. The
missing library is real for the dynamic loader: a directory on ``LD_LIBRARY_PATH`` holds a file of
that name that is not a library (Qt itself aborts on it, as it does when the package is absent).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tupay_desktop.ui import qt_start

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/xcb: Linux only")


def _desk(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")}
    full.update({"TUPAY_DESK_CONFIG_DIR": str(tmp_path / "config"),
                 "TUPAY_DESK_DATA_DIR": str(tmp_path / "data"), "LANG": "C.UTF-8"})
    full.update(env)
    return subprocess.run([sys.executable, "-m", "tupay_desktop", *args], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=60, check=False)


@contextlib.contextmanager
def fake_x_server() -> Iterator[str]:
    """Something listening where an X server would (``:N`` in Linux's abstract socket namespace):
    enough for the display to "answer"; it never speaks X."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    for number in range(4200 + os.getpid() % 500, 6000):
        try:
            server.bind(f"\0/tmp/.X11-unix/X{number}")
            break
        except OSError:
            continue
    server.listen(8)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                return
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f":{number}"
    finally:
        stop.set()
        server.close()


@linux_only
def test_display_pointing_nowhere_is_said_in_words_with_exit_2(tmp_path: Path) -> None:
    proc = _desk(tmp_path, {"DISPLAY": ":nowhere"})
    assert proc.returncode == 2, (proc.returncode, proc.stderr)  # not -6 (SIGABRT)
    assert "no X server answers at DISPLAY=:nowhere" in proc.stderr
    assert "tupay-cli" in proc.stderr
    assert "sudo apt-get install xvfb" in proc.stderr
    assert "no Qt platform plugin could be initialized" not in proc.stderr


@linux_only
def test_no_display_at_all_over_ssh(tmp_path: Path) -> None:
    proc = _desk(tmp_path, {})
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set" in proc.stderr
    assert "tupay-cli" in proc.stderr


@linux_only
def test_the_message_follows_the_language(tmp_path: Path) -> None:
    proc = _desk(tmp_path, {"DISPLAY": ":nowhere"}, "--lang", "es")
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "No hay pantalla" in proc.stderr
    assert "tupay-cli" in proc.stderr


@linux_only
def test_a_missing_xcb_library_is_named_with_its_debian_package(tmp_path: Path) -> None:
    libs = tmp_path / "libs"
    libs.mkdir()
    (libs / "libxkbcommon-x11.so.0").write_text("not a shared library\n")  # as if not installed
    with fake_x_server() as display:
        proc = _desk(tmp_path, {"DISPLAY": display, "LD_LIBRARY_PATH": str(libs)})
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    # (A machine may lack more of them; the one made unloadable here is named, with its package.)
    missing = next(line for line in proc.stderr.splitlines() if "system libraries cannot be loaded:" in line)
    assert "libxkbcommon-x11.so.0" in missing.split("cannot be loaded:", 1)[1]
    apt = next(line for line in proc.stderr.splitlines() if "sudo apt-get install lib" in line)
    assert "libxkbcommon-x11-0" in apt.split()
    assert "tupay-cli" in proc.stderr
    assert "There is no display" not in proc.stderr  # the display answered


def test_offscreen_and_other_displayless_platforms_need_no_display() -> None:
    assert qt_start.qt_start_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert qt_start.qt_start_problem({}, ["-platform", "minimal"], platform="linux") is None
    assert qt_start.qt_start_problem({}, platform="win32") is None
    assert qt_start.qt_start_problem({}, platform="darwin") is None


@linux_only
def test_the_library_list_comes_from_the_plugins_own_elf_dependencies() -> None:
    plugin = qt_start.xcb_plugin_path({})
    deps = qt_start.elf_dependencies(plugin)
    assert "libQt6XcbQpa.so.6" in deps.needed
    assert any(Path(d, "libQt6XcbQpa.so.6").exists() for d in deps.runpath)  # $ORIGIN resolved
    closure: set[str] = set()
    queue = [plugin]
    while queue:
        current = qt_start.elf_dependencies(queue.pop())
        for name in current.needed:
            if name not in closure:
                closure.add(name)
                queue += [Path(d, name) for d in current.runpath if Path(d, name).exists()]
    # The libraries a minimal install lacks are among them, read from the files, not a list.
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"} <= closure


def test_debian_package_names() -> None:
    assert qt_start.debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert qt_start.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert qt_start.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert qt_start.debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert qt_start.debian_package("libX11.so.6") == "libx11-6"
    assert qt_start.debian_package("libglib-2.0.so.0") == "libglib2.0-0"


def test_requested_platforms() -> None:
    assert qt_start.requested_platforms({}, []) is None
    assert qt_start.requested_platforms({"QT_QPA_PLATFORM": "wayland;xcb"}, []) == ["wayland", "xcb"]
    chosen = qt_start.requested_platforms({"QT_QPA_PLATFORM": "xcb"}, ["-platform", "offscreen"])
    assert chosen == ["offscreen"]  # the command line wins
    assert qt_start.requested_platforms({"QT_QPA_PLATFORM": "vnc:size=800x600"}, []) == ["vnc"]
