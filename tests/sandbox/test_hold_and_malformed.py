"""on_hold at creation, hold/release by PUT /v3/cashout/status, forced rejection codes outside
800–826, malformed HTTP answered as TuPay JSON, bounded faults, and the CLI's new options."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.sandbox.support import FakeClock, call, cancel, create, created_id, lookup_fields, status
from tupay_desktop.sandbox import Sandbox
from tupay_desktop.sandbox.__main__ import build_parser
from tupay_desktop.sandbox.server import MAX_QUEUED_FAULTS


def update(sb: Sandbox, new_status: Any, **ids: Any) -> httpx.Response:
    return call(sb, "PUT", "/v3/cashout/status", {**lookup_fields(sb, **ids), "status": new_status})


# -- on_hold and hold/release ------------------------------------------------------------------------


def test_on_hold_true_creates_the_cashout_on_hold_and_it_stays(clocked: Sandbox, clock: FakeClock) -> None:
    cashout_id = created_id(create(clocked, on_hold=True))
    assert status(clocked, cashout_id=cashout_id).json() == {
        "cashout_status": 5, "cashout_status_description": "On hold"}
    clock.advance(3600)
    assert status(clocked, cashout_id=cashout_id).json()["cashout_status"] == 5
    assert created_id(create(clocked, on_hold=False)) > cashout_id


def test_on_hold_must_be_a_boolean(sandbox: Sandbox) -> None:
    response = create(sandbox, on_hold="yes")
    assert (response.status_code, response.json()["code"]) == (412, 300)
    assert response.json()["message"].startswith("Invalid params: on_hold: ")


def test_release_puts_it_back_to_pending_and_the_lifecycle_runs(clocked: Sandbox, clock: FakeClock) -> None:
    cashout_id = created_id(create(clocked, on_hold=True))
    clock.advance(100)
    released = update(clocked, "PENDING", cashout_id=cashout_id)
    assert released.status_code == 200
    assert released.json() == {"cashout_status": 0, "cashout_status_description": "Pending"}
    clock.advance(5)
    assert status(clocked, cashout_id=cashout_id).json()["cashout_status"] == 4


def test_hold_a_pending_cashout_then_release_it(clocked: Sandbox, clock: FakeClock) -> None:
    cashout_id = created_id(create(clocked))
    held = update(clocked, "ON_HOLD", cashout_id=cashout_id)
    assert held.json() == {"cashout_status": 5, "cashout_status_description": "On hold"}
    clock.advance(60)
    assert status(clocked, cashout_id=cashout_id).json()["cashout_status"] == 5
    again = update(clocked, "ON_HOLD", cashout_id=cashout_id)
    assert (again.status_code, again.json()["code"]) == (412, 510)
    assert update(clocked, "PENDING", cashout_id=cashout_id).json()["cashout_status"] == 0


def test_magic_hold_amount_once_released_completes(clocked: Sandbox, clock: FakeClock) -> None:
    cashout_id = created_id(create(clocked, amount="555.55"))
    clock.advance(5)
    assert status(clocked, cashout_id=cashout_id).json()["cashout_status"] == 5
    update(clocked, "PENDING", cashout_id=cashout_id)
    clock.advance(15)
    assert status(clocked, cashout_id=cashout_id).json()["cashout_status"] == 1


@pytest.mark.parametrize("value", ["CANCELLED", "on_hold", 5, None])
def test_update_status_takes_only_on_hold_or_pending(sandbox: Sandbox, value: Any) -> None:
    cashout_id = created_id(create(sandbox))
    response = update(sandbox, value, cashout_id=cashout_id)
    assert (response.status_code, response.json()["code"]) == (412, 300)
    assert "status" in response.json()["message"]


def test_hold_when_delivered_is_510_and_unknown_is_509(clocked: Sandbox, clock: FakeClock) -> None:
    cashout_id = created_id(create(clocked))
    clock.advance(5)
    assert update(clocked, "ON_HOLD", cashout_id=cashout_id).json()["code"] == 510
    assert update(clocked, "PENDING", cashout_id=cashout_id).json()["code"] == 510
    assert update(clocked, "ON_HOLD", cashout_id=1).json()["code"] == 509


def test_a_held_cashout_cannot_be_cancelled_and_keeps_its_funds(sandbox: Sandbox) -> None:
    from decimal import Decimal

    sandbox.config.balance = Decimal("100")
    cashout_id = created_id(create(sandbox, amount="100", on_hold=True))
    assert cancel(sandbox, cashout_id=cashout_id).json()["code"] == 510
    assert create(sandbox, amount="1").json()["code"] == 514


# -- rejection codes outside 800–826 -------------------------------------------------------------------


def test_a_rejection_code_outside_the_catalogue_is_forced_and_answered_verbatim(sandbox: Sandbox) -> None:
    cashout_id = created_id(create(sandbox))
    with httpx.Client(timeout=5) as admin:
        forced = admin.post(f"{sandbox.url}/_sandbox/cashouts/{cashout_id}/status",
                            json={"status": 3, "rejection_code": 101, "rejection_reason": "Test"})
        assert forced.status_code == 200
    assert status(sandbox, cashout_id=cashout_id).json() == {
        "cashout_status": 3, "cashout_status_description": "Rejected",
        "rejection_code": 101, "rejection_reason": "Test"}


# -- malformed HTTP ---------------------------------------------------------------------------------------


def raw_exchange(sb: Sandbox, data: bytes) -> bytes:
    host, port = sb.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(data)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize(("request_bytes", "http_status"), [
    (b"GARBAGE\r\n\r\n", 400),
    (b"POST /v3/cashout HTTP/9.9\r\nHost: x\r\n\r\n", 505),
    (b"POST /v3/cashout FTP/1.0\r\nHost: x\r\n\r\n", 400),
    (b"BREW /v3/cashout HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 501),
    (b"POST /v3/cashout HTTP/1.1\r\nX-Big: " + b"a" * 70000 + b"\r\n\r\n", 431),
    (b"POST /v3/cashout HTTP/1.1\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(150)) + b"\r\n", 431),
    (b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n", 414),
])
def test_malformed_http_is_answered_with_tupay_json(sandbox: Sandbox, request_bytes: bytes,
                                                    http_status: int) -> None:
    import json

    answer = raw_exchange(sandbox, request_bytes)
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line = head.split(b"\r\n")[0]
    assert status_line.startswith(b"HTTP/1.1 %d " % http_status), answer[:200]
    assert b"content-type: application/json" in head.lower()
    assert b"<html" not in answer.lower()
    parsed = json.loads(body)
    assert parsed["code"] == http_status and parsed["message"]


# -- admin bounds and the CLI -------------------------------------------------------------------------------


@pytest.fixture
def admin(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/_sandbox", timeout=5) as client:
        yield client


@pytest.mark.parametrize("count", [10 ** 9, MAX_QUEUED_FAULTS + 1, -1, 1.5, "3", True])
def test_fault_counts_are_bounded(sandbox: Sandbox, admin: httpx.Client, count: Any) -> None:
    response = admin.post("/faults", json={"fault": "HTTP_500", "count": count})
    assert response.status_code == 400
    assert sandbox.pending_faults() == []


def test_fault_queue_as_a_whole_is_bounded(sandbox: Sandbox, admin: httpx.Client) -> None:
    assert admin.post("/faults", json={"fault": "HTTP_500", "count": MAX_QUEUED_FAULTS}).status_code == 200
    assert admin.post("/faults", json={"fault": "HTTP_500", "count": 1}).status_code == 400
    assert len(sandbox.pending_faults()) == MAX_QUEUED_FAULTS


def test_fidelity_settings_over_the_admin_api(sandbox: Sandbox, admin: httpx.Client) -> None:
    names = ("enforce_cci_check_digits", "strict_id_match", "notify_retry_unit_s")
    config = admin.get("/config").json()
    assert tuple(config[n] for n in names) == (True, False, 60.0)
    changed = admin.post("/config", json={"enforce_cci_check_digits": False, "strict_id_match": True,
                                          "notify_retry_unit_s": 0.5}).json()
    assert tuple(changed[n] for n in names) == (False, True, 0.5)
    assert admin.post("/config", json={"strict_id_match": "yes"}).status_code == 400
    assert admin.post("/config", json={"notify_retry_unit_s": 0}).status_code == 400


def test_module_options_set_the_new_config() -> None:
    args = build_parser().parse_args(["--notify-retry-unit", "0.5", "--notification-url", "http://127.0.0.1:9/n",
                                      "--no-cci-check", "--strict-ids"])
    assert (args.notify_retry_unit, args.notification_url, args.no_cci_check, args.strict_ids) == (
        0.5, "http://127.0.0.1:9/n", True, True)
    assert build_parser().parse_args([]).notify_retry_unit == 60.0
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--notify-retry-unit", "0"])
