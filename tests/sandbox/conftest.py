"""Sandbox-test fixtures: a sandbox whose lifecycle runs on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sandbox.support import FakeClock
from tupay_desktop.sandbox import Sandbox, SandboxConfig


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def clocked(clock: FakeClock) -> Iterator[Sandbox]:
    """A sandbox with 5 s / 10 s lifecycle delays measured on ``clock`` (nothing moves unless told)."""
    with Sandbox(config=SandboxConfig()) as sb:
        sb.ledger.clock = clock
        yield sb
