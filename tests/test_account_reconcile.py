"""Reconciliation with the account's own list (Merchants API), against the real loopback sandbox: a
lost create gets its cashout_id back, a 511 is confirmed as someone else's or recognised as ours,
and the duplicate warning sees cashouts made elsewhere."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tests.crash_worker import SANDBOX_ENV, make_request
from tests.sandbox.support import FakeClock
from tupay_desktop.account import AccountService, ConflictVerdict
from tupay_desktop.api.merchants import MerchantsClient
from tupay_desktop.api.models import ApiFailure, OutcomeUnknown
from tupay_desktop.sandbox import Fault, Sandbox, SandboxConfig
from tupay_desktop.service import FOREIGN_ID_STATE, CashoutService
from tupay_desktop.store.journal import Journal


@pytest.fixture
def still() -> Iterator[Sandbox]:
    """A sandbox whose lifecycle stands still: its clock starts now and moves only when told."""
    with Sandbox(config=SandboxConfig()) as sb:
        sb.ledger.clock = FakeClock(time.time())
        yield sb


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as j:
        yield j


def service_for(sb: Sandbox, journal: Journal, *, account: bool = True) -> CashoutService:
    """A service whose account (when given) tells time by the sandbox's clock."""
    def now() -> datetime:
        return datetime.fromtimestamp(sb.ledger.clock(), UTC)

    client = MerchantsClient(sb.url, sb.merchants.credentials)
    merchants = AccountService("sandbox", client, journal, now=now) if account else None
    return CashoutService(SANDBOX_ENV, sb.url, sb.credentials, journal, account=merchants)


@pytest.mark.parametrize("with_account", [True, False])
def test_a_lost_create_gets_its_cashout_id_from_the_account_list(
    still: Sandbox, journal: Journal, with_account: bool
) -> None:
    with service_for(still, journal, account=with_account) as service:
        still.inject(Fault.RESET_AFTER_COMMIT)
        assert isinstance(service.submit(make_request("lost-1")), OutcomeUnknown)
        [result] = service.reconcile()
    at_tupay = still.find(external_id="lost-1")
    assert at_tupay is not None
    entry = journal.get("sandbox", "lost-1")
    assert entry is not None and entry.state == "created"
    if with_account:
        assert entry.cashout_id == at_tupay.cashout_id == result.cashout_id
    else:  # the status answer carries no cashout_id: only the account's list has it
        assert entry.cashout_id is None and result.cashout_id is None


def test_rows_adopted_earlier_get_their_cashout_id_on_the_next_reconcile(
    still: Sandbox, journal: Journal
) -> None:
    with service_for(still, journal, account=False) as service:
        still.inject(Fault.TRUNCATED_BODY)
        assert isinstance(service.submit(make_request("old-1")), OutcomeUnknown)
        service.reconcile()
    assert (entry := journal.get("sandbox", "old-1")) is not None and entry.cashout_id is None
    with service_for(still, journal) as service:
        assert service.reconcile() == []  # nothing unresolved, yet the adopted row is completed
    entry = journal.get("sandbox", "old-1")
    found = still.find(external_id="old-1")
    assert entry is not None and found is not None and entry.cashout_id == found.cashout_id


def test_a_511_for_someone_elses_cashout_is_confirmed_and_never_adopted(
    still: Sandbox, journal: Journal
) -> None:
    other = still.merchants.panel_cashout({"external_id": "taken-1", "amount": "999.00",
                                           "document_id": "11112222"})
    with service_for(still, journal) as service:
        outcome = service.submit(make_request("taken-1"))
        assert isinstance(outcome, ApiFailure) and outcome.error.code == 511
        assert service.account is not None
        entry = journal.get("sandbox", "taken-1")
        assert entry is not None
        judgement = service.account.judge_conflict(entry)
    assert judgement.verdict is ConflictVerdict.SOMEONE_ELSES and judgement.row is not None
    entry = journal.get("sandbox", "taken-1")
    assert entry is not None
    assert (entry.state, entry.error_code, entry.cashout_id) == (FOREIGN_ID_STATE, 511, None)
    assert entry.error_message is not None and str(other.cashout_id) in entry.error_message
    assert "999.00" in entry.error_message and "another cashout" in entry.error_message
    assert entry.last_status is None  # the other cashout's status is not ours


def test_a_511_for_our_own_cashout_is_recognised_by_amount_and_document(
    still: Sandbox, journal: Journal
) -> None:
    request = make_request("mine-1", amount="150.25")
    # The same cashout already reached TuPay (another window sent it; the answer never came here).
    ours = still.merchants.panel_cashout({"external_id": "mine-1", "amount": "150.25",
                                          "document_id": request.document_id})
    with service_for(still, journal) as service:
        outcome = service.submit(request)
        assert isinstance(outcome, ApiFailure) and outcome.error.code == 511
    entry = journal.get("sandbox", "mine-1")
    assert entry is not None
    assert (entry.state, entry.cashout_id, entry.last_status) == ("created", ours.cashout_id, 0)


def test_the_duplicate_warning_sees_cashouts_made_elsewhere_today(
    still: Sandbox, journal: Journal
) -> None:
    request = make_request("new-1", amount="320.50")
    with service_for(still, journal) as service:
        assert service.possible_account_duplicates(request) == []
        elsewhere = still.merchants.panel_cashout({"amount": "320.50", "document_id": request.document_id})
        still.merchants.panel_cashout({"amount": "320.51", "document_id": request.document_id})
        still.merchants.panel_cashout({"amount": "320.50", "document_id": "99998888"})
        found = service.possible_account_duplicates(request)
        assert [row.id_cashout for row in found] == [elsewhere.cashout_id]
        assert found[0].amount == Decimal("320.50")
        assert service.possible_account_duplicates(request, exclude=[elsewhere.external_id]) == []
        # A day later it is no longer "today".
        still.ledger.clock.advance(25 * 3600)  # type: ignore[attr-defined]
        assert service.possible_account_duplicates(request) == []
    with service_for(still, journal, account=False) as plain:
        assert plain.possible_account_duplicates(request) == []
