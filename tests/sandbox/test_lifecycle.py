"""Lifecycle PENDING → DELIVERED → COMPLETED, the magic amounts, and force_status (fake clock)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from tests.sandbox.support import FakeClock, cancel, create, created_id, status
from tupay_desktop.api.models import CashoutStatusCode
from tupay_desktop.sandbox import REJECTION_NAMES, Sandbox, SandboxConfig


def status_of(sb: Sandbox, cashout_id: int) -> dict[str, Any]:
    response = status(sb, cashout_id=cashout_id)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_normal_lifecycle_follows_the_configured_delays(clocked: Sandbox, clock: FakeClock) -> None:
    cashout_id = created_id(create(clocked))
    assert status_of(clocked, cashout_id) == {"cashout_status": 0, "cashout_status_description": "Pending"}
    clock.advance(4.9)
    assert status_of(clocked, cashout_id)["cashout_status"] == 0
    clock.advance(0.2)
    assert status_of(clocked, cashout_id) == {"cashout_status": 4, "cashout_status_description": "Delivered",
                                              "bank_reference_id": f"SBX{cashout_id:012d}"}
    clock.advance(9.7)
    assert status_of(clocked, cashout_id)["cashout_status"] == 4
    clock.advance(0.2)
    assert status_of(clocked, cashout_id) == {"cashout_status": 1, "cashout_status_description": "Completed",
                                              "bank_reference_id": f"SBX{cashout_id:012d}"}
    clock.advance(3600)
    assert status_of(clocked, cashout_id)["cashout_status"] == 1


def test_a_long_gap_runs_the_whole_lifecycle_at_once(clocked: Sandbox, clock: FakeClock) -> None:
    cashout_id = created_id(create(clocked))
    clock.advance(60)
    assert status_of(clocked, cashout_id)["cashout_status"] == 1
    stored = clocked.find(cashout_id=cashout_id)
    assert stored is not None
    assert stored.status_changed_at.timestamp() == pytest.approx(stored.created_at.timestamp() + 15)


def test_delays_are_read_from_the_live_config(clocked: Sandbox) -> None:
    cashout_id = created_id(create(clocked))
    clocked.config.pending_to_delivered_s = 0
    assert status_of(clocked, cashout_id)["cashout_status"] == 4
    clocked.config.delivered_to_completed_s = 0
    assert status_of(clocked, cashout_id)["cashout_status"] == 1


def test_cancel_is_refused_once_delivered(clocked: Sandbox, clock: FakeClock) -> None:
    cashout_id = created_id(create(clocked))
    clock.advance(5)
    response = cancel(clocked, cashout_id=cashout_id)
    assert (response.status_code, response.json()["code"]) == (412, 510)


def test_sandbox_fixture_lifecycle_on_real_time() -> None:
    # The shared `sandbox` fixture uses 0.5 s delays; zero delays complete on the first read.
    with Sandbox(config=SandboxConfig(pending_to_delivered_s=0, delivered_to_completed_s=0)) as sb:
        cashout_id = created_id(create(sb))
        assert status_of(sb, cashout_id)["cashout_status"] == 1


@pytest.mark.parametrize("code", [800, 806, 808, 813, 826])
def test_amounts_800_to_826_end_rejected_with_that_code(
    clocked: Sandbox, clock: FakeClock, code: int
) -> None:
    cashout_id = created_id(create(clocked, amount=Decimal(code)))
    clock.advance(5)
    assert status_of(clocked, cashout_id)["cashout_status"] == 4
    clock.advance(10)
    assert status_of(clocked, cashout_id) == {
        "cashout_status": 3,
        "cashout_status_description": "Rejected",
        "rejection_code": code,
        "rejection_reason": REJECTION_NAMES[code],
    }


def test_undocumented_rejection_code_gets_free_text_reason(clocked: Sandbox, clock: FakeClock) -> None:
    cashout_id = created_id(create(clocked, amount="823"))
    clock.advance(15)
    body = status_of(clocked, cashout_id)
    assert (body["rejection_code"], body["rejection_reason"]) == (823, "Test")


@pytest.mark.parametrize("amount", ["799", "827", "813.01", "813.10"])
def test_amounts_next_to_the_magic_range_complete(clocked: Sandbox, clock: FakeClock, amount: str) -> None:
    cashout_id = created_id(create(clocked, amount=amount))
    clock.advance(15)
    assert status_of(clocked, cashout_id)["cashout_status"] == 1


def test_555_55_goes_on_hold_and_stays(clocked: Sandbox, clock: FakeClock) -> None:
    cashout_id = created_id(create(clocked, amount="555.55"))
    assert status_of(clocked, cashout_id)["cashout_status"] == 0
    clock.advance(5)
    assert status_of(clocked, cashout_id) == {"cashout_status": 5, "cashout_status_description": "On hold"}
    clock.advance(86400)
    assert status_of(clocked, cashout_id)["cashout_status"] == 5


def test_777_77_completes_then_bounces_to_rejected(clocked: Sandbox, clock: FakeClock) -> None:
    cashout_id = created_id(create(clocked, amount="777.77"))
    clock.advance(15)
    assert status_of(clocked, cashout_id)["cashout_status"] == 1
    clock.advance(10)
    body = status_of(clocked, cashout_id)
    assert (body["cashout_status"], body["rejection_code"], body["rejection_reason"]) == (
        3, 826, "WITHDRAWAL_REVERSED")


def test_504_00_is_declined_with_a_reason_and_nothing_created(sandbox: Sandbox) -> None:
    response = create(sandbox, amount="504.00")
    assert response.status_code == 400
    assert response.json() == {"code": 504, "message": "User unauthorized due to cadastral situation.",
                               "reason": "Underage user detected", "reason_code": 105}
    assert sandbox.cashouts() == []


def test_666_66_is_committed_but_the_answer_is_lost(sandbox: Sandbox) -> None:
    with pytest.raises(httpx.TransportError):
        create(sandbox, amount="666.66", external_id="lost-answer")
    stored = sandbox.find(external_id="lost-answer")
    assert stored is not None and stored.status == CashoutStatusCode.PENDING
    assert status(sandbox, external_id="lost-answer").json()["cashout_status"] == 0


# -- force_status ----------------------------------------------------------------------------------


def test_force_rejected_with_code_fills_the_reason(clocked: Sandbox) -> None:
    cashout_id = created_id(create(clocked))
    forced = clocked.force_status(cashout_id, 3, rejection_code=806)
    assert forced.status == CashoutStatusCode.REJECTED
    assert status_of(clocked, cashout_id) == {
        "cashout_status": 3, "cashout_status_description": "Rejected",
        "rejection_code": 806, "rejection_reason": "ERROR_BENEFICIARY_NAME_INCORRECT"}


def test_force_rejected_with_custom_reason_and_without_code(clocked: Sandbox) -> None:
    first = created_id(create(clocked))
    second = created_id(create(clocked))
    clocked.force_status(first, 3, rejection_code=808, rejection_reason="Test")
    assert status_of(clocked, first)["rejection_reason"] == "Test"
    clocked.force_status(second, 3)
    assert status_of(clocked, second) == {"cashout_status": 3, "cashout_status_description": "Rejected"}


def test_force_completed_can_flip_to_rejected_and_back_to_pending_continues(
    clocked: Sandbox, clock: FakeClock
) -> None:
    cashout_id = created_id(create(clocked, amount="555.55"))
    clocked.force_status(cashout_id, CashoutStatusCode.COMPLETED)
    assert status_of(clocked, cashout_id)["cashout_status"] == 1
    clocked.force_status(cashout_id, CashoutStatusCode.REJECTED, rejection_code=826)
    assert status_of(clocked, cashout_id)["rejection_code"] == 826
    # Back to PENDING (e.g. un-hold): the normal lifecycle takes over, the hold plan is gone.
    clocked.force_status(cashout_id, CashoutStatusCode.PENDING)
    body = status_of(clocked, cashout_id)
    assert body == {"cashout_status": 0, "cashout_status_description": "Pending"}
    clock.advance(15)
    assert status_of(clocked, cashout_id)["cashout_status"] == 1


def test_force_status_of_unknown_cashout_raises(sandbox: Sandbox) -> None:
    with pytest.raises(LookupError):
        sandbox.force_status(1, 1)


def test_force_status_rejects_unknown_status(sandbox: Sandbox) -> None:
    cashout_id = created_id(create(sandbox))
    with pytest.raises(ValueError):
        sandbox.force_status(cashout_id, 9)
