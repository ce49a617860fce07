"""Shared fixtures: Qt offscreen, isolated config/data dirs, and the sandbox over real loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from tupay_desktop.app import MemoryKeyring

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
def sandbox() -> Iterator[Any]:
    """A fresh in-process sandbox on a random loopback port, with fast lifecycle delays."""
    from tupay_desktop.sandbox import Sandbox, SandboxConfig

    config = SandboxConfig(pending_to_delivered_s=0.5, delivered_to_completed_s=0.5)
    with Sandbox(config=config) as sb:
        yield sb
