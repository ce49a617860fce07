"""A private desktop session for the end-to-end suite: Xvfb, a D-Bus session bus, the AT-SPI
accessibility bus and a Secret Service, all in a temporary directory, all ended afterwards.

:func:`start_session` yields an :class:`A11ySession` whose ``env`` is what a process needs to live
in it (``DISPLAY``, ``DBUS_SESSION_BUS_ADDRESS``, a throwaway ``HOME`` and ``XDG_*`` dirs). The
accessibility bus itself (``at-spi-bus-launcher`` and ``at-spi2-registryd``) is started by D-Bus
activation the first time a client asks for it - the driver does so before any Desk starts, so
that Qt (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``) finds it at start-up. ``gnome-keyring-daemon``
holds the Desk's credentials exactly as on an operator's machine, with a fresh, unlocked login
keyring.

:class:`DeskProcess` starts the real Desk (``python -m tupay_desktop``) in the session with its
own temporary config and data dirs, on the xcb platform plugin, with accessibility on.

Debian packages: xvfb, dbus, at-spi2-core, gnome-keyring, libsecret-tools, python3-pyatspi.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.store.conftest import wait_for_login_collection

REPO = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"
KEYRING_PASSWORD = "tupay-e2e-login"
SCREEN = "1600x1000x24"

#: Tools the session needs, and the Debian package of each.
TOOLS = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus",
    "gnome-keyring-daemon": "gnome-keyring",
    "secret-tool": "libsecret-tools",
}
A11Y_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


class SessionUnavailable(Exception):
    """The private session cannot be started here (a tool is missing or did not come up)."""


def missing_tools() -> list[str]:
    """What this machine lacks for the suite, as "tool (Debian package)"; empty when complete."""
    missing = [f"{tool} ({pkg})" for tool, pkg in TOOLS.items() if shutil.which(tool) is None]
    if not any(Path(p).exists() for p in A11Y_LAUNCHERS):
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(f"{SYSTEM_PYTHON} (python3)")
    else:
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); import pyatspi"],
            capture_output=True, text=True, timeout=30,
        )
        if probe.returncode != 0:
            missing.append("pyatspi for /usr/bin/python3 (python3-pyatspi, gir1.2-atspi-2.0)")
    return missing


@dataclass
class A11ySession:
    root: Path
    env: dict[str, str]
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def secret_tool(self, *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["secret-tool", *args], env=self.env, input=input, capture_output=True, text=True, timeout=20
        )


def _stop(proc: subprocess.Popen[bytes] | None, sig: int = signal.SIGTERM) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(sig)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def _read_line(fd: int, timeout: float, what: str) -> str:
    """One line from a pipe, bounded in time."""
    deadline = time.monotonic() + timeout
    data = b""
    while b"\n" not in data:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise SessionUnavailable(f"{what} did not answer within {timeout:g} s")
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(fd, 256)
        if not chunk:
            break
        data += chunk
    line = data.decode(errors="replace").strip()
    if not line:
        raise SessionUnavailable(f"{what} ended without an answer")
    return line


def _start_xvfb(env: dict[str, str], log: Path) -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    try:
        proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"],
            env=env, pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=log.open("wb"),
        )
    finally:
        os.close(write_fd)
    try:
        number = _read_line(read_fd, 20, "Xvfb")
    except SessionUnavailable as exc:
        _stop(proc)
        raise SessionUnavailable(f"{exc}: {log.read_text(errors='replace')[-500:]}") from None
    finally:
        os.close(read_fd)
    return proc, f":{number}"


def _start_bus(env: dict[str, str], runtime: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    try:
        proc = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", f"--print-address={write_fd}",
             f"--address=unix:tmpdir={runtime}"],
            env=env, pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=log.open("wb"),
        )
    finally:
        os.close(write_fd)
    try:
        address = _read_line(read_fd, 20, "dbus-daemon")
    except SessionUnavailable as exc:
        _stop(proc)
        raise SessionUnavailable(f"{exc}: {log.read_text(errors='replace')[-500:]}") from None
    finally:
        os.close(read_fd)
    return proc, address


def _start_keyring(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--replace", "--unlock", "--components=secrets"],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=log.open("wb"),
    )
    assert proc.stdin is not None
    # A non-empty password on stdin makes gnome-keyring create and unlock the "login" collection.
    proc.stdin.write(KEYRING_PASSWORD.encode())
    proc.stdin.close()
    problem = wait_for_login_collection(env, proc)
    if problem is None:
        return proc
    _stop(proc)
    tail = log.read_text(errors="replace")[-500:]
    raise SessionUnavailable(f"{problem}: {tail}")


@contextlib.contextmanager
def start_session() -> Iterator[A11ySession]:
    """Xvfb + a D-Bus session bus + gnome-keyring, in a temporary HOME; everything is stopped and
    removed afterwards. Raises :class:`SessionUnavailable` when a part cannot be started."""
    missing = missing_tools()
    if missing:
        raise SessionUnavailable("missing " + ", ".join(missing))
    root = Path(tempfile.mkdtemp(prefix="tupay-e2e-"))
    home, runtime, logs = root / "home", root / "run", root / "logs"
    for d in (home, runtime, logs):
        d.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "LANG": "C.UTF-8",
    }
    session = A11ySession(root, env)
    try:
        xvfb, display = _start_xvfb(env, logs / "xvfb.log")
        session.processes.append(xvfb)
        env["DISPLAY"] = display
        # The bus's environment is what activated services (at-spi-bus-launcher) get: DISPLAY
        # included, so the launcher also announces the accessibility bus on the X root window.
        bus, address = _start_bus(env, runtime, logs / "dbus.log")
        session.processes.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        session.processes.append(_start_keyring(env, logs / "keyring.log"))
        yield session
    finally:
        for proc in reversed(session.processes):
            _stop(proc)
        shutil.rmtree(root, ignore_errors=True)


class DeskProcess:
    """The real Desk, ``python -m tupay_desktop``, in the session, with a temporary profile."""

    def __init__(self, session: A11ySession, profile: Path, *, lang: str = "en") -> None:
        self.profile = profile
        self.config_dir = profile / "config"
        self.data_dir = profile / "data"
        self.log_path = profile / "desk.log"
        self.env = dict(session.env)
        self.env.update(
            {
                "TUPAY_DESK_CONFIG_DIR": str(self.config_dir),
                "TUPAY_DESK_DATA_DIR": str(self.data_dir),
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "QT_ACCESSIBILITY": "1",
                "PYTHONUNBUFFERED": "1",
            }
        )
        self.lang = lang
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> int:
        self.profile.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tupay_desktop", "--lang", self.lang],
            cwd=REPO, env=self.env, stdin=subprocess.DEVNULL,
            stdout=self.log_path.open("wb"), stderr=subprocess.STDOUT,
        )
        return self.proc.pid

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self) -> None:
        _stop(self.proc)
