"""One Desk per profile, with real ``tupay-desktop`` processes (offscreen): a second start on the
same data folder hands over to the first (which shows its window) and exits 0; the first goes on;
a Desk killed with -9 leaves a stale lock that does not block the next start; another profile gets
its own Desk."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

READY = "answers later starts on this profile"
ACTIVATED = "handed over; showing this Desk's window"


class Desk:
    """A ``tupay-desktop`` process whose stderr lines are collected as they come."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tupay_desktop"], env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line)

    def wait_for(self, text: str, timeout: float = 60) -> str:
        """The first stderr line containing ``text`` (blocks on the pipe, up to ``timeout``)."""
        for line in self.seen:
            if text in line:
                return line
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no {text!r} from the Desk; it said: {''.join(self.seen)}") from None
            self.seen.append(line)
            if text in line:
                return line

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)


def desk_env(profile: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "TUPAY_DESK_CONFIG_DIR": str(profile / "config"),
        "TUPAY_DESK_DATA_DIR": str(profile / "data"),
        # Never the developer's keyring: keyring's "no backend" (session-only credentials).
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    })
    return env


@pytest.fixture
def desks() -> Iterator[list[Desk]]:
    started: list[Desk] = []
    yield started
    for desk in started:
        desk.stop()


def second_start(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tupay_desktop"], env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.timeout(300)
def test_a_second_desk_on_the_profile_hands_over_to_the_first_and_exits_0(
    tmp_path: Path, desks: list[Desk]
) -> None:
    env = desk_env(tmp_path / "profile")
    first = Desk(env)
    desks.append(first)
    first.wait_for(READY)

    second = second_start(env)
    assert second.returncode == 0, second.stderr
    assert f"already running (pid {first.process.pid})" in second.stderr  # the first answered
    first.wait_for(ACTIVATED)  # ... and showed its window
    assert first.process.poll() is None  # the first Desk goes on

    # A crash leaves the lock file (and the server's socket) behind: the next start is not blocked.
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(timeout=30)
    assert (tmp_path / "profile" / "data" / "desk.lock").exists()
    third = Desk(env)
    desks.append(third)
    third.wait_for(READY)
    again = second_start(env)
    assert again.returncode == 0, again.stderr
    assert f"already running (pid {third.process.pid})" in again.stderr
    third.wait_for(ACTIVATED)
    assert third.process.poll() is None


@pytest.mark.timeout(300)
def test_another_profile_gets_its_own_desk(tmp_path: Path, desks: list[Desk]) -> None:
    first = Desk(desk_env(tmp_path / "one"))
    desks.append(first)
    first.wait_for(READY)
    other = Desk(desk_env(tmp_path / "two"))
    desks.append(other)
    other.wait_for(READY)  # not handed over: a different journal
    assert first.process.poll() is None and other.process.poll() is None


@pytest.mark.timeout(300)
def test_two_desks_started_at_once_on_a_profile_end_with_one_and_a_hand_over(
    tmp_path: Path, desks: list[Desk]
) -> None:
    """The Desk listens for later starts only once its first frame is on the screen; a start that
    comes earlier (both launched together, as by a double click) keeps trying until it answers."""
    env = desk_env(tmp_path / "profile")
    both = [Desk(env), Desk(env)]
    desks.extend(both)
    exited: queue.Queue[tuple[Desk, int]] = queue.Queue()
    for desk in both:
        threading.Thread(target=lambda d=desk: exited.put((d, d.process.wait())), daemon=True).start()
    loser, code = exited.get(timeout=120)
    winner = both[1] if loser is both[0] else both[0]
    assert code == 0, "".join(loser.seen)
    assert f"already running (pid {winner.process.pid})" in loser.wait_for("already running")
    winner.wait_for(ACTIVATED)
    assert winner.process.poll() is None


@pytest.mark.timeout(300)
def test_a_later_start_reaches_a_desk_still_asking_about_its_damaged_journal(
    tmp_path: Path, desks: list[Desk]
) -> None:
    """The first Desk asks what to do with a damaged journal before it has a window: it answers
    later starts from that question on (they bring the question to the front)."""
    profile = tmp_path / "profile"
    (profile / "data").mkdir(parents=True)
    (profile / "data" / "journal.sqlite3").write_bytes(b"this is not an SQLite database " * 64)
    env = desk_env(profile)
    first = Desk(env)
    desks.append(first)
    first.wait_for(READY)  # listening while the journal question is open
    second = second_start(env)
    assert second.returncode == 0, second.stderr
    assert f"already running (pid {first.process.pid})" in second.stderr
    first.wait_for(ACTIVATED)
    assert first.process.poll() is None  # still asking
