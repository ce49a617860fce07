"""A create in its own process, to be killed (SIGKILL) by tests/test_crash_safety.py at chosen points.

Usage: ``python tests/crash_worker.py JOURNAL BASE_URL EXTERNAL_ID AMOUNT``, with the sandbox's
credentials in ``TUPAY_API_KEY``/``TUPAY_API_PASSPHRASE``/``TUPAY_API_SIGNATURE`` (never on the
command line), and optionally the heartbeat interval of its ``sending`` row in
``CRASH_WORKER_HEARTBEAT_S``. It runs exactly what the Desk runs — ``CashoutService.submit`` — and prints the
outcome's class name if it lives that long. Also home of the small helpers the service tests share.
"""

from __future__ import annotations

import os
import sys
import uuid
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tupay_desktop.api.models import CashoutRequest, Credentials
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind

SANDBOX_ENV = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")


def make_request(external_id: str | None = None, amount: str = "150.25", **changes: str) -> CashoutRequest:
    """A valid cashout request (the sandbox accepts it; validation passes)."""
    request = CashoutRequest(
        external_id=external_id or f"svc-{uuid.uuid4().hex[:12]}",
        amount=Decimal(amount),
        currency="PEN",
        document_type="DNI",
        document_id="71594743",
        beneficiary_name="José",
        beneficiary_lastname="Peña",
        bank_account="00219300153895206813",
        account_type="S",
        comments="prueba",
    )
    return replace(request, **changes)  # type: ignore[arg-type]


def past_the_settling_window(clock: Any) -> None:
    """Advance a test clock (``tests.sandbox.support.FakeClock``) well beyond the default settling
    window, after which a lookup's 509 means "not created" (with a margin for sends that another
    process began, by the wall clock, after the test clock started)."""
    from tupay_desktop.service import DEFAULT_SETTLING_WINDOW

    clock.advance(DEFAULT_SETTLING_WINDOW.total_seconds() + 600)


def main(argv: list[str]) -> int:
    from tupay_desktop.api.client import Timeouts
    from tupay_desktop.service import CashoutService
    from tupay_desktop.store.journal import Journal

    journal_path, base_url, external_id, amount = argv
    credentials = Credentials(
        os.environ["TUPAY_API_KEY"], os.environ["TUPAY_API_PASSPHRASE"], os.environ["TUPAY_API_SIGNATURE"]
    )
    journal = Journal(Path(journal_path))
    heartbeat = float(os.environ.get("CRASH_WORKER_HEARTBEAT_S", "5"))
    service = CashoutService(SANDBOX_ENV, base_url, credentials, journal, timeouts=Timeouts(read=60),
                             heartbeat_interval_s=heartbeat)
    print("ready", flush=True)
    outcome = service.submit(make_request(external_id, amount))
    print(type(outcome).__name__, flush=True)
    service.close()
    journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
