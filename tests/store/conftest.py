"""Keyring backends for unit tests: in memory, always locked, and one that fails like a D-Bus error.

Plus ``secret_service``: a real Secret Service (gnome-keyring-daemon on a private D-Bus session
bus) for the integration tests. With ``CI=true`` it must start — a failure fails the test, never a
skip; elsewhere a missing daemon skips with the reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring.backend
import keyring.errors
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in a dict; counts calls so tests can see when the store stops calling it."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.calls = 0
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            self.calls += 1
            return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self.calls += 1
            self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            self.calls += 1
            if (service, username) not in self.entries:
                raise keyring.errors.PasswordDeleteError("not found")
            del self.entries[(service, username)]


class LockedKeyring(keyring.backend.KeyringBackend):
    """A keyring whose unlock prompt is always dismissed (what SecretService raises then)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def _locked(self) -> None:
        self.calls += 1
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service: str, username: str) -> str | None:
        self._locked()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._locked()

    def delete_password(self, service: str, username: str) -> None:
        self._locked()


class DBusError(Exception):
    """Stands in for jeepney's DBusErrorResponse (its module name says D-Bus)."""


DBusError.__module__ = "jeepney.wrappers"


class DBusFailingKeyring(MemoryKeyring):
    """Works until ``broken`` is set, then every call raises a D-Bus-looking error."""

    def __init__(self) -> None:
        super().__init__()
        self.broken = False

    def _check(self) -> None:
        if self.broken:
            self.calls += 1
            raise DBusError("org.freedesktop.DBus.Error.ServiceUnknown")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        super().delete_password(service, username)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture(autouse=True)
def _fresh_cli_store() -> Iterator[None]:
    """The CLI's process-wide credential store never leaks from one test into the next."""
    from tupay_desktop.cli import credentials as cli_credentials

    cli_credentials.use_credential_store(None)
    yield
    cli_credentials.use_credential_store(None)


# -- a real Secret Service ---------------------------------------------------------------------

KEYRING_PASSWORD = "tupay-test-login"


@dataclass
class SecretService:
    """A running gnome-keyring-daemon on a private session bus."""

    bus_address: str
    env: dict[str, str]  # the environment secret-tool needs to talk to it

    def secret_tool(self, *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["secret-tool", *args], env=self.env, input=input, capture_output=True, text=True, timeout=20
        )


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _unavailable(reason: str) -> None:
    if _in_ci():
        pytest.fail(f"CI=true but the Secret Service could not be started: {reason}", pytrace=False)
    pytest.skip(f"no Secret Service for the keyring integration tests: {reason}")


def _stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def _owns_bus_name(env: dict[str, str], name: str) -> bool:
    """Whether ``name`` has an owner on the session bus of ``env`` (asked without activating it:
    a ``secret-tool`` call before gnome-keyring owns its name would D-Bus-activate a second daemon,
    which waits on an unlock prompt nobody answers)."""
    try:
        answer = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
            env=env, capture_output=True, text=True, timeout=10,
        )
    except subprocess.TimeoutExpired:
        return False
    return answer.returncode == 0 and "boolean true" in answer.stdout


def wait_for_login_collection(
    env: dict[str, str], daemon: subprocess.Popen[bytes], seconds: float = 90.0
) -> str | None:
    """Wait (bounded, generous: a loaded machine is slow) until gnome-keyring owns the Secret
    Service name and its "login" collection is unlocked, proven by storing and clearing a probe
    item; returns an error text, or None when ready."""
    deadline = time.monotonic() + seconds
    last = ""
    probe_attrs = ["service", "tupay-desktop-probe", "username", "probe"]
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            err = daemon.stderr.read().decode(errors="replace") if daemon.stderr else ""
            return f"gnome-keyring-daemon exited with {daemon.returncode}: {err.strip()}"
        if not _owns_bus_name(env, "org.freedesktop.secrets"):
            last = "org.freedesktop.secrets has no owner yet"
            time.sleep(0.1)  # a bounded poll for the daemon to own its bus name
            continue
        try:
            stored = subprocess.run(
                ["secret-tool", "store", "--label=probe", *probe_attrs],
                env=env, input="probe", capture_output=True, text=True, timeout=30,
            )
        except subprocess.TimeoutExpired:
            last = "secret-tool store timed out"
            continue
        if stored.returncode == 0:
            subprocess.run(["secret-tool", "clear", *probe_attrs], env=env, capture_output=True, timeout=30)
            return None
        last = stored.stderr.strip()
        time.sleep(0.1)
    return f"the login collection never became available: {last}"


@contextlib.contextmanager
def start_secret_service() -> Iterator[SecretService]:
    """gnome-keyring-daemon (secrets component) on a private D-Bus session, with a fresh login
    keyring in a temporary HOME, unlocked with a known password. Works as root in a container.
    Skips (fails with ``CI=true``) when it cannot be started."""
    tools = ("dbus-daemon", "gnome-keyring-daemon", "secret-tool")
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        _unavailable(f"missing {', '.join(missing)} (Debian: dbus, gnome-keyring, libsecret-tools)")
    root = Path(tempfile.mkdtemp(prefix="tupay-keyring-"))
    home, data, runtime = root / "home", root / "data", root / "run"
    for d in (home, data, runtime):
        d.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(data),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
    }
    bus: subprocess.Popen[bytes] | None = None
    daemon: subprocess.Popen[bytes] | None = None
    try:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1", f"--address=unix:tmpdir={runtime}"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            err = bus.stderr.read().decode(errors="replace") if bus.stderr else ""
            _unavailable(f"dbus-daemon did not print an address: {err.strip()}")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--replace", "--unlock", "--components=secrets"],
            env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        assert daemon.stdin is not None
        # A non-empty password: with it, gnome-keyring creates (and unlocks) the "login" collection.
        daemon.stdin.write(KEYRING_PASSWORD.encode())
        daemon.stdin.close()
        problem = wait_for_login_collection(env, daemon)
        if problem:
            _unavailable(problem)
        yield SecretService(bus_address=address, env=env)
    finally:
        _stop(daemon)
        _stop(bus)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def secret_service() -> Iterator[SecretService]:
    """One Secret Service for the whole test session (tests clear what they store)."""
    with start_secret_service() as service:
        yield service


@pytest.fixture
def secret_service_env(secret_service: SecretService, monkeypatch: pytest.MonkeyPatch) -> SecretService:
    """Point this process's D-Bus clients (secretstorage via jeepney) at the private bus."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service.bus_address)
    return secret_service
