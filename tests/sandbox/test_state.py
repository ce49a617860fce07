"""Concurrent requests against one sandbox, and state persisted across restarts."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from tests.sandbox.support import call, cancel, create, created_id, creation_fields, status
from tupay_desktop.api.models import CashoutStatusCode, Credentials
from tupay_desktop.sandbox import Sandbox, SandboxConfig


def _in_parallel(sb: Sandbox, bodies: list[dict[str, object]]) -> list[httpx.Response]:
    barrier = threading.Barrier(len(bodies))

    def send(body: dict[str, object]) -> httpx.Response:
        with httpx.Client(timeout=10) as client:  # one connection per thread
            barrier.wait()
            return call(sb, "POST", "/v3/cashout", body, client=client)

    with ThreadPoolExecutor(max_workers=len(bodies)) as pool:
        return list(pool.map(send, bodies))


def test_concurrent_distinct_creates_all_succeed_with_distinct_ids(sandbox: Sandbox) -> None:
    bodies = [creation_fields(sandbox, external_id=f"par-{i}") for i in range(20)]
    responses = _in_parallel(sandbox, bodies)
    ids = [created_id(r) for r in responses]
    assert len(set(ids)) == 20
    assert sorted(ids) == list(range(min(ids), min(ids) + 20))
    assert {c.external_id for c in sandbox.cashouts()} == {f"par-{i}" for i in range(20)}


def test_concurrent_same_external_id_creates_exactly_one(sandbox: Sandbox) -> None:
    bodies = [creation_fields(sandbox, external_id="same-one") for _ in range(10)]
    responses = _in_parallel(sandbox, bodies)
    assert sorted(r.status_code for r in responses) == [200] + [412] * 9
    assert sorted(r.json().get("code", 0) for r in responses) == [0] + [511] * 9
    assert len(sandbox.cashouts()) == 1


def test_concurrent_creates_never_overdraw_the_balance(sandbox: Sandbox) -> None:
    sandbox.config.balance = Decimal("1000")
    bodies = [creation_fields(sandbox, amount=Decimal("300")) for _ in range(10)]
    responses = _in_parallel(sandbox, bodies)
    assert sum(r.status_code == 200 for r in responses) == 3
    assert sum(r.json().get("code") == 514 for r in responses) == 7


CREDS = Credentials(api_key="persist-key", passphrase="persist-pass-phrase",
                    signature_secret="persist-signature-secret-0123456789")


def test_state_survives_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "state" / "sandbox.json"
    slow = SandboxConfig(pending_to_delivered_s=3600, delivered_to_completed_s=3600)
    with Sandbox(config=slow, credentials=CREDS, state_file=state) as sb:
        kept = created_id(create(sb, external_id="keep", amount="10.50"))
        cancelled = created_id(create(sb, external_id="gone"))
        cancel(sb, cashout_id=cancelled)
        rejected = created_id(create(sb, external_id="rej"))
        sb.force_status(rejected, 3, rejection_code=801)
    assert state.exists()
    # no temp files left behind (the .lock file is the inter-process lock)
    assert sorted(p.name for p in state.parent.iterdir()) == ["sandbox.json", "sandbox.json.lock"]
    text = state.read_text(encoding="utf-8")
    for secret in CREDS.secrets():
        assert secret not in text
    assert '"login"' not in text and '"pass"' not in text
    json.loads(text)

    with Sandbox(config=SandboxConfig(pending_to_delivered_s=0, delivered_to_completed_s=3600),
                 credentials=CREDS, state_file=state) as sb:
        before = sb.find(external_id="keep")
        assert before is not None and before.amount == Decimal("10.50")
        # the lifecycle continues from the persisted timestamps, under the new config
        assert status(sb, cashout_id=kept).json()["cashout_status"] == CashoutStatusCode.DELIVERED
        assert status(sb, cashout_id=cancelled).json()["cashout_status"] == CashoutStatusCode.CANCELLED
        assert status(sb, cashout_id=rejected).json() == {
            "cashout_status": 3, "cashout_status_description": "Rejected",
            "rejection_code": 801, "rejection_reason": "ERROR_ACCOUNT_CLOSED"}
        assert create(sb, external_id="keep").json()["code"] == 511
        assert created_id(create(sb, external_id="new")) == rejected + 1

    with Sandbox(credentials=CREDS, state_file=state) as sb:
        restored = sb.find(external_id="keep")
        assert restored is not None and restored.status == CashoutStatusCode.DELIVERED
        assert len(sb.cashouts()) == 4


def test_lifecycle_timestamps_are_persisted(tmp_path: Path) -> None:
    state = tmp_path / "sandbox.json"
    with Sandbox(config=SandboxConfig(pending_to_delivered_s=0, delivered_to_completed_s=3600),
                 credentials=CREDS, state_file=state) as sb:
        cashout_id = created_id(create(sb))
        assert status(sb, cashout_id=cashout_id).json()["cashout_status"] == 4
        delivered_at = sb.find(cashout_id=cashout_id).status_changed_at  # type: ignore[union-attr]
    with Sandbox(config=SandboxConfig(pending_to_delivered_s=0, delivered_to_completed_s=3600),
                 credentials=CREDS, state_file=state) as sb:
        again = sb.find(cashout_id=cashout_id)
        assert again is not None and again.status_changed_at == delivered_at
        sb.config.delivered_to_completed_s = 0
        assert status(sb, cashout_id=cashout_id).json()["cashout_status"] == 1


@pytest.mark.parametrize("content", ["not json", '{"cashouts": [{"cashout_id": 1}]}', "[]"])
def test_an_unreadable_state_file_is_reported(tmp_path: Path, content: str) -> None:
    state = tmp_path / "broken.json"
    state.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="unreadable sandbox state file"):
        Sandbox(state_file=state)


def test_stop_then_start_again_serves_on_the_same_port() -> None:
    sb = Sandbox(config=SandboxConfig())
    with sb:
        url = sb.url
        created_id(create(sb))
    with pytest.raises(httpx.TransportError):
        status(sb, cashout_id=1)
    with sb:
        assert sb.url == url
        assert len(sb.cashouts()) == 1
        assert status(sb, cashout_id=sb.cashouts()[0].cashout_id).status_code == 200


def test_two_sandboxes_sharing_a_state_file_stay_consistent(tmp_path: Path) -> None:
    # The Desk's embedded sandbox and a tupay-cli run may use the same state file at the same time.
    state = tmp_path / "shared.json"
    with Sandbox(credentials=CREDS, state_file=state) as desk, \
            Sandbox(credentials=CREDS, state_file=state) as cli:
        first = created_id(create(desk, external_id="from-desk"))
        second = created_id(create(cli, external_id="from-cli"))
        assert second == first + 1
        assert create(desk, external_id="from-cli").json()["code"] == 511
        assert status(desk, external_id="from-cli").json()["cashout_status"] == 0
        cancel(cli, cashout_id=first)
        assert status(desk, cashout_id=first).json()["cashout_status"] == 2
        bodies_desk = [creation_fields(desk, external_id=f"d-{i}") for i in range(8)]
        bodies_cli = [creation_fields(cli, external_id=f"c-{i}") for i in range(8)]
        with ThreadPoolExecutor(max_workers=2) as pool:
            desk_answers, cli_answers = pool.map(
                lambda pair: _in_parallel(*pair), [(desk, bodies_desk), (cli, bodies_cli)])
        ids = [created_id(r) for r in [*desk_answers, *cli_answers]]
        assert len(set(ids)) == 16
        assert {c.external_id for c in desk.cashouts()} == {c.external_id for c in cli.cashouts()}
        assert len(desk.cashouts()) == 18
    with Sandbox(credentials=CREDS, state_file=state) as later:
        assert len(later.cashouts()) == 18
