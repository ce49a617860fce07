"""The loopback-only HTTP admin API: list cashouts, force a status, queue faults, change config."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from tests.sandbox.support import create, created_id, status
from tupay_desktop.sandbox import Sandbox
from tupay_desktop.sandbox.server import _ip_allowed, _is_loopback


@pytest.fixture
def admin(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/_sandbox", timeout=5) as client:
        yield client


def test_list_cashouts(sandbox: Sandbox, admin: httpx.Client) -> None:
    assert admin.get("/cashouts").json() == {"cashouts": []}
    cashout_id = created_id(create(sandbox, amount="12.30", external_id="adm-1"))
    listed = admin.get("/cashouts").json()["cashouts"]
    assert len(listed) == 1
    item = listed[0]
    assert (item["cashout_id"], item["external_id"], item["amount"], item["status"]) == (
        cashout_id, "adm-1", "12.30", 0)
    assert "login" not in item and "pass" not in item
    assert sandbox.credentials.passphrase not in admin.get("/cashouts").text


def test_force_status_over_http(sandbox: Sandbox, admin: httpx.Client) -> None:
    cashout_id = created_id(create(sandbox))
    response = admin.post(f"/cashouts/{cashout_id}/status", json={"status": 3, "rejection_code": 806})
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["rejection_reason"]) == (
        3, "ERROR_BENEFICIARY_NAME_INCORRECT")
    assert status(sandbox, cashout_id=cashout_id).json()["rejection_code"] == 806


def test_force_status_errors(sandbox: Sandbox, admin: httpx.Client) -> None:
    assert admin.post("/cashouts/1/status", json={"status": 1}).status_code == 404
    cashout_id = created_id(create(sandbox))
    assert admin.post(f"/cashouts/{cashout_id}/status", json={"status": 42}).status_code == 400
    assert admin.post(f"/cashouts/{cashout_id}/status", json={}).status_code == 400
    assert admin.post(f"/cashouts/{cashout_id}/status", content=b"[]").status_code == 400


def test_queue_faults_over_http(sandbox: Sandbox, admin: httpx.Client) -> None:
    response = admin.post("/faults", json={"fault": "HTTP_503", "count": 2})
    assert response.json() == {"queued": ["HTTP_503", "HTTP_503"]}
    assert status(sandbox, cashout_id=1).status_code == 503
    assert admin.post("/faults", json={"fault": "NO_SUCH_FAULT"}).status_code == 400
    assert admin.post("/faults", json={"fault": "CONNECTION_RESET"}).json()["queued"][-1] == (
        "RESET_BEFORE_COMMIT")


def test_change_config_over_http(sandbox: Sandbox, admin: httpx.Client) -> None:
    response = admin.post("/config", json={"latency_s": 0.01, "balance": "50.00",
                                           "whitelist": ["127.0.0.1/32"]})
    assert response.status_code == 200
    assert response.json()["balance"] == "50.00"
    assert sandbox.config.latency_s == 0.01
    assert sandbox.config.balance == Decimal("50.00")
    assert sandbox.config.whitelist == ("127.0.0.1/32",)
    assert create(sandbox, amount="60").json()["code"] == 514
    assert admin.get("/config").json()["remaining_balance"] == "50.00"
    assert admin.post("/config", json={"latency": 2}).status_code == 400
    assert admin.post("/config", json={"latency_s": -1}).status_code == 400
    assert admin.post("/config", json={"balance": "lots"}).status_code == 400


def test_admin_ignores_the_api_whitelist(sandbox: Sandbox, admin: httpx.Client) -> None:
    sandbox.config.whitelist = ("10.0.0.0/8",)
    assert admin.get("/cashouts").status_code == 200
    assert status(sandbox, cashout_id=1).json()["code"] == 402
    admin.post("/config", json={"whitelist": ["127.0.0.0/8"]})
    assert status(sandbox, cashout_id=1).json()["code"] == 509


def test_unknown_admin_path(admin: httpx.Client) -> None:
    assert admin.get("/nothing").status_code == 404
    assert admin.delete("/cashouts").status_code == 404


def test_loopback_and_whitelist_matching() -> None:
    assert _is_loopback("127.0.0.1") and _is_loopback("::1") and _is_loopback("::ffff:127.0.0.1")
    assert not _is_loopback("192.168.1.10") and not _is_loopback("not-an-ip")
    assert _ip_allowed("10.1.2.3", ("10.0.0.0/8",))
    assert _ip_allowed("::ffff:10.1.2.3", ("10.0.0.0/8",))
    assert not _ip_allowed("11.1.2.3", ("10.0.0.0/8", "garbage"))
    assert _ip_allowed("::1", ("127.0.0.0/8", "::1/128"))


def _non_loopback_address() -> str | None:
    """This machine's address on its default route, if it has one (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_remote_clients_get_402_and_no_admin_api() -> None:
    address = _non_loopback_address()
    if address is None:
        pytest.skip("no non-loopback IPv4 address on this machine")
    with Sandbox(host="0.0.0.0") as sb, httpx.Client(timeout=5) as client:
        remote = f"http://{address}:{sb.port}"
        response = client.get(remote + "/_sandbox/cashouts")
        assert response.status_code == 403
        assert client.post(remote + "/_sandbox/faults", json={"fault": "HTTP_500"}).status_code == 403
        assert sb.pending_faults() == []
        assert client.post(remote + "/v3/cashout", content=b"{}").json()["code"] == 402
        sb.config.whitelist = (f"{address}/32",)
        assert client.post(remote + "/v3/cashout", content=b"{}").json()["code"] == 302
