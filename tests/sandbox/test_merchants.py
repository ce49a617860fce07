"""The Merchants (reconciliation) API, client and sandbox, over real loopback sockets: pages, ranges
over 60 days, token expiry mid-fetch, the 403 code 83, balances that follow the ledger, logout."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx

from tests.sandbox.support import FakeClock, cancel, create, created_id
from tupay_desktop.api.merchants import (
    PAGE_SIZE,
    FailureKind,
    FetchProgress,
    MerchantsClient,
    MerchantsCredentials,
    MerchantsFailure,
    describe_failure,
)
from tupay_desktop.sandbox import Sandbox

DAY = 86400.0


def client_for(sb: Sandbox, clock: FakeClock | None = None) -> MerchantsClient:
    if clock is None:
        return MerchantsClient(sb.url, sb.merchants.credentials)
    return MerchantsClient(sb.url, sb.merchants.credentials, clock=clock)


def utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def test_a_list_spanning_several_pages_comes_back_whole_and_once(clocked: Sandbox, clock: FakeClock) -> None:
    made = [clocked.merchants.panel_cashout({"amount": "10.00"}).cashout_id for _ in range(2 * PAGE_SIZE + 7)]
    seen: list[FetchProgress] = []
    with client_for(clocked, clock) as client:
        result = client.cashouts(utc(clock.now - DAY), utc(clock.now + 1), progress=seen.append)
    assert not isinstance(result, MerchantsFailure), result
    assert result.complete and result.pages == 3
    assert sorted(r.id_cashout for r in result.rows) == sorted(made)
    assert all(isinstance(r.amount, Decimal) and r.amount == Decimal("10.00") for r in result.rows)
    assert seen[0].expected == len(made) and seen[-1].fetched == len(made)


def test_a_range_over_60_days_is_split_and_the_sandbox_refuses_it_whole(
    clocked: Sandbox, clock: FakeClock
) -> None:
    start = clock.now
    ids = []
    for _ in range(15):  # one every 10 days: 150 days in all
        ids.append(clocked.merchants.panel_cashout().cashout_id)
        clock.advance(10 * DAY)
    with client_for(clocked, clock) as client:
        whole = client.cashouts_page(utc(start - 1), utc(clock.now), 0)
        assert isinstance(whole, MerchantsFailure) and whole.kind is FailureKind.RANGE
        assert whole.http_status == 400
        result = client.cashouts(utc(start - 1), utc(clock.now))
    assert not isinstance(result, MerchantsFailure), result
    assert sorted(r.id_cashout for r in result.rows) == ids
    # Newest first.
    assert [r.id_cashout for r in result.rows] == sorted(ids, reverse=True)


def test_the_token_expiring_mid_fetch_is_renewed_and_the_fetch_completes(
    clocked: Sandbox, clock: FakeClock
) -> None:
    for _ in range(3 * PAGE_SIZE):
        clocked.merchants.panel_cashout()
    clocked.merchants.update_config({"token_ttl_s": 60})
    fixed = FakeClock()  # the client's own idle clock stands still: only the server's token expires

    def slow_operator(progress: FetchProgress) -> None:
        if progress.pages == 1:
            clock.advance(120)  # the sandbox forgets the token between page 0 and page 1

    with MerchantsClient(clocked.url, clocked.merchants.credentials, clock=fixed) as client:
        result = client.cashouts(utc(clock.now - DAY), utc(clock.now + DAY), progress=slow_operator)
        assert client.logins == 2
    assert not isinstance(result, MerchantsFailure), result
    assert len(result.rows) == 3 * PAGE_SIZE


def test_an_idle_token_is_renewed_before_it_expires(clocked: Sandbox, clock: FakeClock) -> None:
    with client_for(clocked, clock) as client:
        assert not isinstance(client.total_balance(), MerchantsFailure)
        clock.advance(14 * 60 + 1)
        assert not isinstance(client.total_balance(), MerchantsFailure)
        assert client.logins == 2 and clocked.merchants.logins == 2


def test_a_client_outside_the_whitelist_gets_403_code_83_in_words(sandbox: Sandbox) -> None:
    sandbox.merchants.update_config({"whitelist": ["10.99.0.0/16"]})
    with client_for(sandbox) as client:
        result = client.total_balance()
    assert isinstance(result, MerchantsFailure)
    assert (result.kind, result.http_status, result.code) == (FailureKind.NOT_WHITELISTED, 403, 83)
    assert "This machine's IP is not whitelisted for the Merchants API" in describe_failure(result)
    # The cashout API's whitelist is a different one: it still answers.
    assert create(sandbox).status_code == 200


def test_wrong_credentials_are_said_to_be_wrong(sandbox: Sandbox) -> None:
    with MerchantsClient(sandbox.url, MerchantsCredentials("nobody@x.pe", "wrong-secret")) as client:
        result = client.cashouts(datetime.now(UTC) - timedelta(days=1), datetime.now(UTC))
    assert isinstance(result, MerchantsFailure) and result.kind is FailureKind.BAD_CREDENTIALS


def test_the_balance_follows_creates_cancels_and_rejections(clocked: Sandbox, clock: FakeClock) -> None:
    with client_for(clocked, clock) as client:
        def available() -> Decimal:
            balances = client.total_balance()
            assert not isinstance(balances, MerchantsFailure), balances
            return balances[0].available

        start = available()
        first = created_id(create(clocked, amount=Decimal("300.00")))
        assert available() == start - Decimal("300.00")
        assert cancel(clocked, cashout_id=first).status_code == 200
        assert available() == start
        created_id(create(clocked, amount=Decimal("813.00")))  # ends REJECTED 813
        assert available() == start - Decimal("813.00")
        clock.advance(60)
        assert available() == start
        report = client.balance_report(utc(clock.now - DAY), utc(clock.now))
        assert not isinstance(report, MerchantsFailure)


def test_every_cashout_is_listed_whoever_made_it_with_its_status(clocked: Sandbox, clock: FakeClock) -> None:
    api_made = created_id(create(clocked, amount=Decimal("813.00"), external_id="via-api-1"))
    panel = clocked.merchants.panel_cashout({"external_id": "from-the-panel", "document_id": "11223344"})
    clock.advance(60)
    with client_for(clocked, clock) as client:
        result = client.cashouts(utc(clock.now - DAY), utc(clock.now))
        rejected = client.cashouts(utc(clock.now - DAY), utc(clock.now), status="REJECTED")
    assert not isinstance(result, MerchantsFailure) and not isinstance(rejected, MerchantsFailure)
    rows = {r.external_id: r for r in result.rows}
    assert rows["via-api-1"].id_cashout == api_made and rows["via-api-1"].status_code == 3
    assert rows["via-api-1"].reason == "DOCUMENT_ACCOUNT_MISMATCH"
    assert rows["from-the-panel"].id_cashout == panel.cashout_id
    assert rows["from-the-panel"].client_document == "11223344"
    assert [r.external_id for r in rejected.rows] == ["via-api-1"]


def test_logout_on_close_ends_the_session_and_secrets_stay_out_of_exchanges(sandbox: Sandbox) -> None:
    creds = sandbox.merchants.credentials
    client = client_for(sandbox)
    first = client.cashouts_page(datetime.now(UTC) - timedelta(days=1), datetime.now(UTC))
    assert not isinstance(first, MerchantsFailure)
    assert sandbox.merchants.config_json()["sessions"] == 1
    exchange = first.exchange
    assert exchange is not None
    shown = repr(exchange)
    assert creds.secret_key not in shown and creds.access_key not in shown
    assert ("authorization", "Bearer ***") in [(k.lower(), v) for k, v in exchange.request_headers]
    client.close()
    assert sandbox.merchants.config_json()["sessions"] == 0


def test_the_sandbox_wants_a_token_in_the_header_or_the_cookie(sandbox: Sandbox) -> None:
    creds = sandbox.merchants.credentials
    with httpx.Client() as http:
        login = http.post(sandbox.url + "/v1/auth/login",
                          json={"accessKey": creds.access_key, "secretKey": creds.secret_key})
        assert login.status_code == 200 and login.json()["idMerchant"]
        token = login.cookies["BEARER_TOKEN"]
        params = {"from": 0, "to": 86400, "page": 0}
        assert http.get(sandbox.url + "/v1/cashouts", params=params).status_code == 200  # the cookie
        http.cookies.clear()
        assert http.get(sandbox.url + "/v1/cashouts", params=params).status_code == 401
        bearer = {"Authorization": f"Bearer {token}"}
        ok = http.get(sandbox.url + "/v1/cashouts", params=params, headers=bearer)
        assert ok.status_code == 200 and ok.json()["maxRows"] == PAGE_SIZE
