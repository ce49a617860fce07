"""Notifications (spec §9) to a real local receiver: fields, retries, resend, URL policy, admin API."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from tests.sandbox.receiver import Receiver, receiving, wait_until
from tests.sandbox.support import (
    FakeClock,
    call,
    cancel,
    create,
    created_id,
    creation_fields,
    lookup_fields,
    status,
)
from tupay_desktop.api.models import CashoutStatusCode
from tupay_desktop.sandbox import Sandbox, SandboxConfig
from tupay_desktop.sandbox.ledger import NOTIFY_RETRY_MINUTES, notification_url_problem

DOCUMENTED_FIELDS = ["date", "bank_reference_id", "comments", "external_id", "control", "cashout_id",
                     "status_reason"]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with receiving() as r:
        yield r


@pytest.fixture
def clocked(clock: FakeClock) -> Iterator[Sandbox]:
    """5 s / 10 s lifecycle and a 1 s schedule "minute", all on ``clock``."""
    with Sandbox(config=SandboxConfig(notify_retry_unit_s=1.0)) as sb:
        sb.ledger.clock = clock
        yield sb


def notifications_of(sb: Sandbox, cashout_id: int) -> list[dict[str, object]]:
    with httpx.Client(timeout=5) as admin:
        response = admin.get(f"{sb.url}/_sandbox/notifications", params={"cashout_id": cashout_id})
    assert response.status_code == 200
    found: list[dict[str, object]] = response.json()["notifications"]
    return found


def test_every_status_change_posts_exactly_the_documented_form_fields(
    clocked: Sandbox, clock: FakeClock, receiver: Receiver
) -> None:
    external_id = "notify-ö/1"
    cashout_id = created_id(create(clocked, external_id=external_id, notification_url=receiver.url,
                                   comments="Pago de prueba & más"))
    clock.advance(5)  # PENDING -> DELIVERED: the notifier notices without any lookup
    first = receiver.wait_count(1)[0]
    assert first.method == "POST" and first.path == "/notify/tupay"
    assert first.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert [name for name, _ in first.fields] == DOCUMENTED_FIELDS  # and never the status
    form = first.form
    changed_at = datetime.fromtimestamp(clock.now, UTC)
    assert form["date"] == changed_at.strftime("%Y-%m-%d %H:%M:%S")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", form["date"])
    assert form["bank_reference_id"] == f"SBX{cashout_id:012d}"
    assert form["comments"] == "Pago de prueba & más"
    assert form["external_id"] == external_id
    assert form["cashout_id"] == str(cashout_id)
    assert form["status_reason"] == ""
    assert re.fullmatch(r"[0-9A-F]{64}", form["control"])
    assert status(clocked, cashout_id=cashout_id).json()["bank_reference_id"] == form["bank_reference_id"]

    clock.advance(10)  # DELIVERED -> COMPLETED
    second = receiver.wait_count(2)[1].form
    assert second["bank_reference_id"] == form["bank_reference_id"]
    assert second["date"] == datetime.fromtimestamp(clock.now, UTC).strftime("%Y-%m-%d %H:%M:%S")


def test_a_rejection_is_notified_with_its_reason(clocked: Sandbox, clock: FakeClock,
                                                 receiver: Receiver) -> None:
    cashout_id = created_id(create(clocked, amount="813", notification_url=receiver.url))
    clock.advance(15)  # DELIVERED, then REJECTED 813, in one step: two notifications
    delivered, rejected = (r.form for r in receiver.wait_count(2))
    assert delivered["bank_reference_id"]
    assert rejected["status_reason"] == "DOCUMENT_ACCOUNT_MISMATCH"
    assert rejected["bank_reference_id"] == ""
    assert rejected["cashout_id"] == str(cashout_id)


def test_cancel_and_a_forced_status_are_notified(sandbox: Sandbox, receiver: Receiver) -> None:
    sandbox.config.pending_to_delivered_s = 3600
    first = create(sandbox, notification_url=receiver.url)
    cashout_id = created_id(first)
    assert cancel(sandbox, cashout_id=cashout_id).status_code == 200
    assert receiver.wait_count(1)[0].form["cashout_id"] == str(cashout_id)
    other = created_id(create(sandbox, notification_url=receiver.url))
    sandbox.force_status(other, CashoutStatusCode.REJECTED, rejection_code=101, rejection_reason="Test")
    assert receiver.wait_count(2)[1].form["status_reason"] == "Test"


def test_a_failed_delivery_is_retried_on_the_schedule_until_a_2xx(clocked: Sandbox, clock: FakeClock) -> None:
    clocked.config.delivered_to_completed_s = 10 ** 9  # only the DELIVERED notification
    with receiving(answers=(500, 200)) as receiver:
        cashout_id = created_id(create(clocked, notification_url=receiver.url))
        clock.advance(5)
        receiver.wait_count(1)
        wait_until(lambda: len(clocked.notifications(cashout_id)[0].attempts) == 1)
        pending = clocked.notifications(cashout_id)[0]
        assert pending.state == "pending"
        assert pending.next_attempt_at == pytest.approx(clock.now + NOTIFY_RETRY_MINUTES[0] * 1.0)
        clock.advance(NOTIFY_RETRY_MINUTES[0] - 0.5)
        clock.advance(0.5)
        got = receiver.wait_count(2)
        assert got[1].body == got[0].body  # the same notification again
        wait_until(lambda: clocked.notifications(cashout_id)[0].state == "delivered")
        listed = notifications_of(clocked, cashout_id)
        assert len(listed) == 1
        attempts = listed[0]["attempts"]
        assert isinstance(attempts, list)
        assert [(a["http_status"], a["answer"]) for a in attempts] == [
            (500, "answer 1: 500"), (200, "answer 2: 200")]
        assert listed[0]["fields"] == got[0].form
        assert "status" not in got[0].form


def test_after_five_failed_retries_it_gives_up(clocked: Sandbox, clock: FakeClock) -> None:
    clocked.config.delivered_to_completed_s = 10 ** 9  # only the DELIVERED notification
    with receiving(answers=(503,)) as receiver:
        cashout_id = created_id(create(clocked, notification_url=receiver.url))
        clock.advance(5)
        receiver.wait_count(1)
        for retry, minutes in enumerate(NOTIFY_RETRY_MINUTES, start=1):
            wait_until(lambda n=retry: len(clocked.notifications(cashout_id)[0].attempts) == n)
            clock.advance(minutes)
            receiver.wait_count(retry + 1)
        wait_until(lambda: clocked.notifications(cashout_id)[0].state == "failed")
        assert len(clocked.notifications(cashout_id)[0].attempts) == 1 + 5
        clock.advance(10 ** 6)
        clocked.ledger.tick()
        assert len(receiver.received) == 6


def test_a_refused_connection_counts_as_a_failure_and_is_retried(clocked: Sandbox, clock: FakeClock) -> None:
    with receiving() as probe:
        closed_url = probe.url
    cashout_id = created_id(create(clocked, notification_url=closed_url))
    clock.advance(5)
    wait_until(lambda: len(clocked.notifications(cashout_id)[0].attempts) == 1)
    attempt = clocked.notifications(cashout_id)[0].attempts[0]
    assert attempt.http_status is None and attempt.error
    assert clocked.notifications(cashout_id)[0].state == "pending"


def test_resend_posts_the_notification_again(sandbox: Sandbox, receiver: Receiver) -> None:
    sandbox.config.pending_to_delivered_s = 3600
    cashout_id = created_id(create(sandbox, notification_url=receiver.url))
    cancel(sandbox, cashout_id=cashout_id)
    receiver.wait_count(1)
    wait_until(lambda: sandbox.notifications(cashout_id)[0].state == "delivered")
    original = sandbox.notifications(cashout_id)[0]
    with httpx.Client(timeout=5) as admin:
        response = admin.post(f"{sandbox.url}/_sandbox/notifications/{original.notification_id}/resend")
        assert response.status_code == 200
        assert response.json()["resend_of"] == original.notification_id
        assert admin.post(f"{sandbox.url}/_sandbox/notifications/999999/resend").status_code == 404
    got = receiver.wait_count(2)
    assert got[1].body == got[0].body
    wait_until(lambda: [n.state for n in sandbox.notifications(cashout_id)] == ["delivered", "delivered"])


def test_the_configured_default_url_is_used_when_the_cashout_has_none(sandbox: Sandbox,
                                                                       receiver: Receiver) -> None:
    sandbox.config.pending_to_delivered_s = 3600
    with httpx.Client(timeout=5) as admin:
        changed = admin.post(f"{sandbox.url}/_sandbox/config", json={"notification_url": receiver.url})
    assert changed.json()["notification_url"] == receiver.url
    cashout_id = created_id(create(sandbox, notification_url=None))
    cancel(sandbox, cashout_id=cashout_id)
    assert receiver.wait_count(1)[0].form["cashout_id"] == str(cashout_id)


def test_no_url_no_notification(sandbox: Sandbox) -> None:
    sandbox.config.pending_to_delivered_s = 3600
    cashout_id = created_id(create(sandbox, notification_url=None))
    cancel(sandbox, cashout_id=cashout_id)
    assert sandbox.notifications(cashout_id) == []


@pytest.mark.parametrize(("url", "allowed"), [
    ("http://127.0.0.1:8080/n", True),
    ("http://localhost:9/n", True),
    ("http://[::1]:8000/n", True),
    ("https://merchant.example/notify", True),
    ("https://merchant.example:443/notify", True),
    ("http://merchant.example/notify", False),
    ("https://merchant.example:8443/notify", False),
    ("ftp://127.0.0.1/n", False),
    ("not a url", False),
])
def test_url_policy_loopback_http_or_https_on_443(url: str, allowed: bool) -> None:
    assert (notification_url_problem(url) is None) is allowed


def test_a_url_tupay_would_not_call_is_refused_without_a_connection(sandbox: Sandbox) -> None:
    sandbox.config.pending_to_delivered_s = 3600
    cashout_id = created_id(create(sandbox, notification_url="http://merchant.example/notify"))
    cancel(sandbox, cashout_id=cashout_id)
    (refused,) = sandbox.notifications(cashout_id)
    assert refused.state == "refused" and refused.attempts == ()
    assert refused.problem is not None and "https" in refused.problem


def test_a_slow_receiver_never_slows_the_api(sandbox: Sandbox, receiver: Receiver) -> None:
    sandbox.config.pending_to_delivered_s = 3600
    receiver.hold.set()  # the merchant's server takes its time answering
    cashout_id = created_id(create(sandbox, notification_url=receiver.url))
    cancel(sandbox, cashout_id=cashout_id)
    receiver.wait_count(1)  # the delivery is in progress and blocked...
    with httpx.Client(timeout=2.0) as client:  # ...while the API answers at once
        for _ in range(3):
            looked_up = call(sandbox, "POST", "/v3/cashout/status",
                             lookup_fields(sandbox, cashout_id=cashout_id), client=client)
            assert looked_up.status_code == 200
            created_id(call(sandbox, "POST", "/v3/cashout", creation_fields(sandbox), client=client))
    assert sandbox.notifications(cashout_id)[0].attempts == ()
    receiver.release.set()
    wait_until(lambda: sandbox.notifications(cashout_id)[0].state == "delivered")


def test_notifications_survive_in_the_state_file(tmp_path: object, receiver: Receiver) -> None:
    from pathlib import Path

    state = Path(str(tmp_path)) / "state.json"
    config = SandboxConfig(pending_to_delivered_s=3600)
    with Sandbox(config=config, state_file=state) as first:
        cashout_id = created_id(create(first, notification_url=receiver.url))
        first.notifier.stop()  # nobody delivers while it is queued
        cancel(first, cashout_id=cashout_id)
        assert [n.state for n in first.notifications(cashout_id)] == ["pending"]
    with Sandbox(config=config, state_file=state, credentials=first.credentials) as second:
        assert receiver.wait_count(1)[0].form["cashout_id"] == str(cashout_id)
        wait_until(lambda: second.notifications(cashout_id)[0].state == "delivered")


def test_the_module_entry_point_notifies_with_a_short_retry_unit(tmp_path: object) -> None:
    """``python -m tupay_desktop.sandbox --notify-retry-unit 0.05 --notification-url URL``: a real
    process, a real receiver that fails first, and the retry 5 "minutes" (0.25 s) later."""
    import os
    import shlex
    import subprocess
    import sys

    from tupay_desktop.api.models import Credentials

    with receiving(answers=(500, 200)) as receiver:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TUPAY_API_")}
        proc = subprocess.Popen(
            [sys.executable, "-m", "tupay_desktop.sandbox", "--notify-retry-unit", "0.05",
             "--notification-url", receiver.url, "--pending-to-delivered", "0",
             "--delivered-to-completed", "3600"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
        )
        try:
            assert proc.stdout is not None
            exports: dict[str, str] = {}
            for line in proc.stdout:
                if line.startswith("export "):
                    name, _, value = line[len("export "):].strip().partition("=")
                    exports[name] = shlex.split(value)[0]
                if line.startswith("Press Ctrl+C"):
                    break

            class Remote:
                url = exports["TUPAY_SANDBOX_URL"]
                credentials = Credentials(exports["TUPAY_API_KEY"], exports["TUPAY_API_PASSPHRASE"],
                                          exports["TUPAY_API_SIGNATURE"])

            remote = Remote()
            cashout_id = created_id(call(remote, "POST", "/v3/cashout",
                                         creation_fields(remote, notification_url=None)))
            first, second = receiver.wait_count(2)
            assert first.form["cashout_id"] == second.form["cashout_id"] == str(cashout_id)
            with httpx.Client(timeout=5) as admin:
                config = admin.get(f"{remote.url}/_sandbox/config").json()
                assert (config["notify_retry_unit_s"], config["notification_url"]) == (0.05, receiver.url)
                wait_until(lambda: admin.get(f"{remote.url}/_sandbox/notifications").json()
                           ["notifications"][0]["state"] == "delivered")
        finally:
            proc.terminate()
            proc.wait(timeout=10)
