"""What the Desk takes from richer status answers (bank_reference_id, cashout_id) and the
experimental hold/release, through the service against the sandbox over loopback."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tupay_desktop.api.client import parse_status_response
from tupay_desktop.api.models import CashoutStatus, Created, StatusResult
from tupay_desktop.service import CashoutService
from tupay_desktop.store.journal import CSV_COLUMNS, SCHEMA_VERSION, Journal, export_csv

from .crash_worker import SANDBOX_ENV, make_request


@pytest.fixture
def journal(tmp_path: Path) -> Any:
    j = Journal(tmp_path / "journal.sqlite3")
    yield j
    j.close()


@pytest.fixture
def service(sandbox: Any, journal: Journal) -> Any:
    s = CashoutService(SANDBOX_ENV, sandbox.url, sandbox.credentials, journal)
    yield s
    s.close()


def test_status_answers_may_carry_a_bank_reference_and_a_cashout_id() -> None:
    parsed = parse_status_response(
        200, b'{"cashout_status":1,"cashout_status_description":"Completed",'
             b'"bank_reference_id":"BCP-000123","cashout_id":"8405147"}')
    assert parsed == CashoutStatus(1, "Completed", bank_reference_id="BCP-000123", cashout_id=8405147)
    plain = parse_status_response(200, b'{"cashout_status":0,"cashout_status_description":"Pending",'
                                       b'"bank_reference_id":"","cashout_id":0}')
    assert isinstance(plain, CashoutStatus)
    assert (plain.bank_reference_id, plain.cashout_id) == (None, None)


def test_the_bank_reference_is_journalled_kept_and_exported(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    request = make_request("bankref-svc-1")
    outcome = service.submit(request)
    assert isinstance(outcome, Created)
    sandbox.force_status(outcome.cashout_id, 4)
    looked_up = service.lookup(cashout_id=outcome.cashout_id, external_id=request.external_id)
    assert isinstance(looked_up, StatusResult)
    reference = f"SBX{outcome.cashout_id:012d}"
    assert looked_up.status.bank_reference_id == reference
    entry = journal.get("sandbox", request.external_id)
    assert entry is not None and entry.bank_reference_id == reference
    sandbox.force_status(outcome.cashout_id, 3, rejection_code=826)  # a bank return: no reference sent
    service.lookup(cashout_id=outcome.cashout_id, external_id=request.external_id)
    entry = journal.get("sandbox", request.external_id)
    assert entry is not None and entry.last_status == 3 and entry.bank_reference_id == reference
    out = io.StringIO()
    export_csv([entry], out)
    header, row = out.getvalue().splitlines()
    assert header.split(",")[-1] == "bank_reference_id" == CSV_COLUMNS[-1]
    assert row.split(",")[-1] == reference


def test_the_migration_adds_the_column_to_an_existing_journal(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    Journal(path).close()
    with sqlite3.connect(path) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(cashouts)")}
        version = db.execute("PRAGMA user_version").fetchone()[0]
    assert "bank_reference_id" in columns and version == SCHEMA_VERSION


def test_hold_and_release_through_the_service(service: CashoutService, sandbox: Any,
                                              journal: Journal) -> None:
    sandbox.config.pending_to_delivered_s = 3600
    request = make_request("hold-svc-1")
    outcome = service.submit(request)
    assert isinstance(outcome, Created)
    held = service.hold(cashout_id=outcome.cashout_id, external_id=request.external_id)
    assert isinstance(held, StatusResult) and held.status.code == 5
    entry = journal.get("sandbox", request.external_id)
    assert entry is not None and entry.last_status == 5
    released = service.release(cashout_id=outcome.cashout_id, external_id=request.external_id)
    assert isinstance(released, StatusResult) and released.status.code == 0
    methods = [e.method for e in journal.exchanges("sandbox", request.external_id)]
    assert methods == ["POST", "PUT", "PUT"]
