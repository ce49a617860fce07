"""The sandboxes of the end-to-end suite, and their clocks.

:class:`EmbeddedSandbox` is the Desk's own sandbox (started inside the Desk process), driven over
its loopback admin API (``/_sandbox/...``, tupay_desktop/sandbox/README.md). Its lifecycle is
evaluated lazily from the delays in its config, so the suite controls its time through them: at
the start of a test it is *frozen* (delays of 30 years: nothing moves by the wall clock), and
:meth:`EmbeddedSandbox.run_lifecycle` lets every open cashout run to its end at once (delays 0,
one read, frozen again) - no test waits for the wall clock.

:class:`SecondSandbox` is an in-process sandbox in the pytest process, the target of a Custom
environment for the environment-switch journey; its ledger runs on a :class:`ManualClock`.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx

from tupay_desktop.sandbox import Sandbox, SandboxConfig

FROZEN_S = 1e9


class EmbeddedSandbox:
    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self._http = httpx.Client(base_url=self.url, timeout=10, trust_env=False)

    def close(self) -> None:
        self._http.close()

    def _config(self, **values: Any) -> dict[str, Any]:
        response = self._http.post("/_sandbox/config", json=values)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def freeze(self) -> None:
        """Stop the lifecycle: no cashout changes status by itself any more."""
        self._config(pending_to_delivered_s=FROZEN_S, delivered_to_completed_s=FROZEN_S)

    def run_lifecycle(self) -> list[dict[str, Any]]:
        """Let every open cashout run its whole lifecycle now (PENDING → DELIVERED → final, the
        magic amounts' plans included), then freeze again. Returns the ledger."""
        self._config(pending_to_delivered_s=0, delivered_to_completed_s=0)
        try:
            return self.cashouts()  # a read advances the lazy lifecycle (and saves it)
        finally:
            self.freeze()

    def cashouts(self) -> list[dict[str, Any]]:
        response = self._http.get("/_sandbox/cashouts")
        response.raise_for_status()
        cashouts: list[dict[str, Any]] = response.json()["cashouts"]
        return cashouts

    def find(self, external_id: str) -> dict[str, Any] | None:
        return next((c for c in self.cashouts() if c["external_id"] == external_id), None)

    def inject(self, fault: str, count: int = 1) -> None:
        self._http.post("/_sandbox/faults", json={"fault": fault, "count": count}).raise_for_status()


class ManualClock:
    """A ``time.time``-like clock that moves only when told to."""

    def __init__(self, start: float | None = None) -> None:
        self._now = time.time() if start is None else start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


class SecondSandbox:
    """An in-process sandbox on a random loopback port with a manual clock (5 s + 5 s lifecycle)."""

    def __init__(self) -> None:
        self.clock = ManualClock()
        self.sandbox = Sandbox(config=SandboxConfig(pending_to_delivered_s=5, delivered_to_completed_s=5))
        self.sandbox.ledger.clock = self.clock

    def __enter__(self) -> SecondSandbox:
        self.sandbox.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.sandbox.stop()

    @property
    def url(self) -> str:
        return self.sandbox.url

    def run_lifecycle(self) -> None:
        self.clock.advance(60)
