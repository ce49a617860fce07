"""The Merchants API's pure parts: tolerant rows, range splitting, redaction of its secrets."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from tupay_desktop.api.merchants import (
    MAX_RANGE_DAYS,
    FailureKind,
    MerchantsCredentials,
    MerchantsFailure,
    describe_failure,
    parse_account_cashout,
    parse_cashout_page,
    parse_total_balance,
    split_range,
    status_code_of,
    validate_merchants_credentials,
)
from tupay_desktop.api.models import redact_body, redact_headers


def test_a_row_is_parsed_tolerantly_and_keeps_unknown_fields() -> None:
    row = parse_account_cashout({
        "idCashout": "8405147", "externalId": "desk-1", "creationDate": "2026-11-25 02:11:27",
        "amount": 320.5, "currency": "PEN", "status": "ON HOLD", "clientDocument": "45872211",
        "reason": None, "flags": ["X"], "existVoucher": True, "fee": "bad",
    })
    assert row is not None
    assert row.id_cashout == 8405147
    assert row.amount == Decimal("320.5") and isinstance(row.amount, Decimal)
    assert row.creation_date == datetime(2026, 11, 25, 2, 11, 27, tzinfo=UTC)
    assert row.status_code == 5
    assert row.fee is None  # unusable value: None, not an exception
    assert row.extra == {"flags": ["X"], "existVoucher": True}


def test_rows_of_any_shape_never_raise() -> None:
    for raw in ({}, {"idCashout": True, "amount": [1], "creationDate": {}}, {"creationDate": 1.7e12}):
        row = parse_account_cashout(raw)
        assert row is not None
    assert parse_account_cashout("nope") is None
    assert parse_account_cashout({"creationDate": 1_764_036_687_000}).creation_date == datetime(
        2025, 11, 25, 2, 11, 27, tzinfo=UTC)


def test_a_page_announces_its_size_and_total() -> None:
    body = json.dumps({"page": 0, "rows": 120, "maxRows": 50, "data": [{"idCashout": 1}]}).encode()
    page = parse_cashout_page(0, body)
    assert not isinstance(page, str)
    assert (page.total, page.page_size, len(page.rows)) == (120, 50, 1)
    assert isinstance(parse_cashout_page(0, b"<html>"), str)


def test_status_words_and_codes() -> None:
    assert status_code_of("COMPLETED") == 1
    assert status_code_of("Canceled") == 2
    assert status_code_of("3") == 3
    assert status_code_of(4) == 4
    assert status_code_of("WHATEVER") is None
    assert status_code_of(True) is None


def test_a_long_range_is_split_into_pieces_of_at_most_60_days() -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    end = start + timedelta(days=150)
    pieces = split_range(start, end)
    assert pieces[0][0] == start and pieces[-1][1] == end
    assert all(b - a <= timedelta(days=MAX_RANGE_DAYS) for a, b in pieces)
    assert all(pieces[i][1] == pieces[i + 1][0] for i in range(len(pieces) - 1))
    assert len(pieces) == 3
    assert split_range(start, start + timedelta(days=60)) == [(start, start + timedelta(days=60))]


def test_total_balance_in_any_of_the_usual_shapes() -> None:
    one = parse_total_balance(b'{"currency":"PEN","availableBalance":1200.50}')
    assert not isinstance(one, str) and one[0].available == Decimal("1200.50")
    many = parse_total_balance(b'{"data":[{"currency":"PEN","balance":"1"},{"currency":"USD","amount":2}]}')
    assert not isinstance(many, str) and [b.currency for b in many] == ["PEN", "USD"]
    assert isinstance(parse_total_balance(b'{"x":1}'), str)


def test_the_merchants_secrets_are_redacted_where_everything_is() -> None:
    body = '{"accessKey":"ops@merchant.pe","secretKey":"s3cr\\"et-value"}'
    shown = redact_body(body)
    assert "ops@merchant.pe" not in shown and "s3cr" not in shown
    headers = redact_headers([
        ("Authorization", "Bearer tok-123456"), ("Set-Cookie", "BEARER_TOKEN=tok-123456; Path=/"),
        ("Cookie", "BEARER_TOKEN=tok-123456"), ("Accept", "application/json"),
    ])
    assert "tok-123456" not in repr(headers)
    assert ("Authorization", "Bearer ***") in headers and ("Accept", "application/json") in headers


def test_credentials_never_show_the_secret_and_are_checked() -> None:
    creds = MerchantsCredentials("ops@merchant.pe", "hunter2-long")
    assert "hunter2" not in repr(creds) and "ops@" not in repr(creds)
    assert validate_merchants_credentials(creds) == []
    problems = validate_merchants_credentials(MerchantsCredentials(" x", ""))
    assert [field for field, _ in problems] == ["access_key", "secret_key"]


def test_a_403_code_83_is_explained_as_the_ip_whitelist() -> None:
    text = describe_failure(MerchantsFailure(FailureKind.NOT_WHITELISTED, "not permitted", 403, 83))
    assert "IP is not whitelisted for the Merchants API" in text
