"""Shared fixtures: Qt offscreen, isolated config/data dirs, and the sandbox over real loopback."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from tests.sandbox.support import FakeClock
from tests.store.conftest import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config and data dir, so nothing touches the real user's files."""
    home = tmp_path_factory.mktemp("desk-home")
    monkeypatch.setenv("TUPAY_DESK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("TUPAY_DESK_DATA_DIR", str(home / "data"))
    for var in ("TUPAY_API_KEY", "TUPAY_API_PASSPHRASE", "TUPAY_API_SIGNATURE",
                "TUPAY_MERCHANTS_ACCESS_KEY", "TUPAY_MERCHANTS_SECRET_KEY"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture(autouse=True)
def isolated_keyring() -> Iterator[None]:
    """A throwaway in-memory keyring so no test ever touches the developer's real keyring.

    Tests of the real Secret Service pass their backend explicitly (tests/store/conftest.py).
    """
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def sandbox_clock() -> FakeClock:
    """The clock of the ``sandbox`` fixture's lifecycle: time moves only when a test advances it
    (``sandbox_clock.advance(1)`` takes a new cashout to COMPLETED), however busy the machine is.
    Give a journal ``clock=sandbox_clock.utc`` to drive its time (the settling window) too. It
    starts at the time the test starts, so rows written by other processes compare sensibly."""
    return FakeClock(start=time.time())


@pytest.fixture
def sandbox(sandbox_clock: FakeClock) -> Iterator[Any]:
    """A fresh in-process sandbox on a random loopback port; its lifecycle (0.5 s to DELIVERED,
    0.5 s more to COMPLETED) runs on ``sandbox_clock``, never on the wall clock."""
    from tupay_desktop.sandbox import Sandbox, SandboxConfig

    config = SandboxConfig(pending_to_delivered_s=0.5, delivered_to_completed_s=0.5)
    with Sandbox(config=config) as sb:
        sb.ledger.clock = sandbox_clock
        yield sb
