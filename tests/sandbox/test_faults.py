"""Injected faults, latency and response delay: which ones commit a create and which do not."""

from __future__ import annotations

import httpx
import pytest

from tests.sandbox.support import call, create, created_id, creation_fields, lookup_fields, status
from tupay_desktop.sandbox import Fault, Sandbox


def test_http_500_answers_without_processing(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.HTTP_500)
    response = create(sandbox, external_id="f500")
    assert response.status_code == 500
    assert response.json() == {"code": 500, "message": "Internal server error"}
    assert sandbox.find(external_id="f500") is None
    created_id(create(sandbox, external_id="f500"))  # the fault was used up; a retry succeeds


def test_http_503_is_a_non_json_page_and_nothing_is_committed(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.HTTP_503)
    response = create(sandbox, external_id="f503")
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("text/html")
    with pytest.raises(ValueError):
        response.json()
    assert sandbox.find(external_id="f503") is None


@pytest.mark.parametrize("fault", [Fault.RESET_BEFORE_COMMIT, Fault.CONNECTION_RESET])
def test_reset_before_commit_drops_the_connection_and_creates_nothing(sandbox: Sandbox, fault: Fault) -> None:
    sandbox.inject(fault)
    with pytest.raises(httpx.TransportError):
        create(sandbox, external_id="reset-before")
    assert sandbox.find(external_id="reset-before") is None
    created_id(create(sandbox, external_id="reset-before"))


def test_connection_reset_is_an_alias_of_reset_before_commit() -> None:
    assert Fault.CONNECTION_RESET.value == Fault.RESET_BEFORE_COMMIT.value
    assert Fault["CONNECTION_RESET"] is Fault.RESET_BEFORE_COMMIT


def test_reset_after_commit_drops_the_answer_but_the_cashout_exists(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.RESET_AFTER_COMMIT)
    fields = creation_fields(sandbox, external_id="reset-after")
    with pytest.raises(httpx.TransportError):
        call(sandbox, "POST", "/v3/cashout", fields)
    assert sandbox.find(external_id="reset-after") is not None
    # The recovery path: look up by external_id; resending the same id is refused.
    assert status(sandbox, external_id="reset-after").json()["cashout_status"] == 0
    again = call(sandbox, "POST", "/v3/cashout", fields)
    assert again.json()["code"] == 511


def test_truncated_body_commits_and_breaks_the_answer(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.TRUNCATED_BODY)
    with pytest.raises(httpx.TransportError):
        create(sandbox, external_id="truncated")
    assert sandbox.find(external_id="truncated") is not None


def test_malformed_body_is_200_non_json_and_commits(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.MALFORMED_BODY)
    response = create(sandbox, external_id="malformed")
    assert response.status_code == 200
    with pytest.raises(ValueError):
        response.json()
    assert sandbox.find(external_id="malformed") is not None


def test_faults_apply_to_status_requests_too(sandbox: Sandbox) -> None:
    cashout_id = created_id(create(sandbox))
    sandbox.inject(Fault.MALFORMED_BODY)
    assert status(sandbox, cashout_id=cashout_id).status_code == 200
    assert status(sandbox, cashout_id=cashout_id).json()["cashout_status"] == 0


def test_count_and_queue_order(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.HTTP_503, count=2)
    sandbox.inject(Fault.HTTP_500)
    assert sandbox.pending_faults() == ["HTTP_503", "HTTP_503", "HTTP_500"]
    codes = [status(sandbox, cashout_id=1).status_code for _ in range(4)]
    assert codes == [503, 503, 500, 412]
    assert sandbox.pending_faults() == []


def test_unknown_paths_and_admin_calls_do_not_consume_faults(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.HTTP_500)
    with httpx.Client() as client:
        assert client.get(sandbox.url + "/_sandbox/cashouts").status_code == 200
        assert client.post(sandbox.url + "/nowhere").status_code == 404
    assert sandbox.pending_faults() == ["HTTP_500"]


def test_latency_delays_every_request(sandbox: Sandbox) -> None:
    sandbox.config.latency_s = 0.5
    with httpx.Client(timeout=0.1) as client, pytest.raises(httpx.ReadTimeout):
        call(sandbox, "POST", "/v3/cashout/status", lookup_fields(sandbox, cashout_id=1), client=client)
    sandbox.config.latency_s = 0
    assert status(sandbox, cashout_id=1).status_code == 412


def test_response_delay_comes_after_the_commit(sandbox: Sandbox) -> None:
    sandbox.config.response_delay_s = 0.5
    fields = creation_fields(sandbox, external_id="slow-answer")
    with httpx.Client(timeout=0.2) as client, pytest.raises(httpx.ReadTimeout):
        call(sandbox, "POST", "/v3/cashout", fields, client=client)
    assert sandbox.find(external_id="slow-answer") is not None
