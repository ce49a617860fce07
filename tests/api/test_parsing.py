"""The pure response parsers: every byte string gives a result or a clear problem, never an exception."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tupay_desktop.api.client import Unparseable, parse_create_response, parse_status_response
from tupay_desktop.api.models import ApiError, CashoutStatus

status_codes = st.integers(min_value=100, max_value=599)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)
interesting_keys = st.sampled_from(
    ["cashout_id", "code", "message", "reason", "reason_code", "cashout_status",
     "cashout_status_description", "rejection_code", "rejection_reason", "x"]
)
tupay_like = st.dictionaries(interesting_keys, json_values, max_size=6)


def _check_create(result: object) -> None:
    if isinstance(result, int):
        assert result > 0
    elif isinstance(result, ApiError):
        assert isinstance(result.message, str)
    else:
        assert isinstance(result, Unparseable) and result.message


def _check_status(result: object) -> None:
    if isinstance(result, CashoutStatus):
        assert isinstance(result.code, int) and isinstance(result.description, str)
    elif isinstance(result, ApiError):
        assert isinstance(result.message, str)
    else:
        assert isinstance(result, Unparseable) and result.message


@settings(max_examples=300)
@given(status_codes, st.binary(max_size=300))
def test_arbitrary_bytes_never_raise(status: int, body: bytes) -> None:
    _check_create(parse_create_response(status, body))
    _check_status(parse_status_response(status, body))


@settings(max_examples=300)
@given(status_codes, json_values | tupay_like)
def test_arbitrary_json_never_raises(status: int, value: Any) -> None:
    body = json.dumps(value).encode()
    _check_create(parse_create_response(status, body))
    _check_status(parse_status_response(status, body))


def test_deeply_nested_json_is_a_problem_not_a_crash() -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    assert isinstance(parse_create_response(200, body), Unparseable)
    assert isinstance(parse_status_response(200, body), Unparseable)


@pytest.mark.parametrize("body", [b'{"cashout_id": "8405147"}', b'{"cashout_id": 8405147}'])
def test_created_id_as_string_or_number(body: bytes) -> None:
    assert parse_create_response(200, body) == 8405147


@pytest.mark.parametrize(
    "body", [b'{"cashout_id": true}', b'{"cashout_id": "abc"}', b'{"cashout_id": null}',
             b'{"cashout_id": 1.5}', b'{"cashout_id": "99999999999999999999999"}', b'{"cashout_id": 0}']
)
def test_unusable_id_on_200_is_unparseable(body: bytes) -> None:
    assert isinstance(parse_create_response(200, body), Unparseable)


def test_error_body_with_reason() -> None:
    body = b'{"code":504,"message":"User unauthorized due to cadastral situation.",' \
           b'"reason":"Underage user detected","reason_code":105}'
    result = parse_create_response(400, body)
    assert result == ApiError(504, "User unauthorized due to cadastral situation.", 400,
                              "Underage user detected", 105)


def test_a_5xx_with_a_tupay_body_is_an_api_error() -> None:
    result = parse_create_response(500, b'{"code": 500, "message": "Internal server error"}')
    assert isinstance(result, ApiError) and result.code == 500 and result.http_status == 500


def test_a_5xx_html_page_is_unparseable() -> None:
    assert isinstance(parse_create_response(503, b"<html>503 Service Unavailable</html>"), Unparseable)
    assert isinstance(parse_status_response(502, b""), Unparseable)


def test_a_4xx_without_tupay_body_is_an_error_without_code() -> None:
    result = parse_create_response(404, b"<html>Not found</html>")
    assert isinstance(result, ApiError) and result.code is None and result.http_status == 404
    assert "404" in result.message


def test_a_2xx_that_is_neither_shape_is_unparseable() -> None:
    assert isinstance(parse_create_response(200, b'{"ok": true}'), Unparseable)
    assert isinstance(parse_create_response(200, b'{"cashout_id": "1"'), Unparseable)
    assert isinstance(parse_create_response(200, b"\xff\xfe"), Unparseable)
    assert isinstance(parse_create_response(200, b"[1, 2]"), Unparseable)


def test_status_shapes() -> None:
    assert parse_status_response(200, b'{"cashout_status": 1, "cashout_status_description": "Completed"}') \
        == CashoutStatus(1, "Completed")
    rejected = parse_status_response(
        200, b'{"cashout_status":3,"cashout_status_description":"Rejected","rejection_code":808,'
             b'"rejection_reason":"ERROR_OTHER"}'
    )
    assert rejected == CashoutStatus(3, "Rejected", 808, "ERROR_OTHER")
    assert parse_status_response(412, b'{"code":509,"message":"Cashout not found with this ID"}') \
        == ApiError(509, "Cashout not found with this ID", 412)
    assert isinstance(parse_status_response(200, b'{"cashout_status": "x"}'), Unparseable)


def test_a_status_answer_may_carry_the_cashout_id_as_d24_style_peers_send_it() -> None:
    body = b'{"cashout_status": 0, "cashout_status_description": "Pending", "cashout_id": "8405147"}'
    assert parse_status_response(200, body) == CashoutStatus(0, "Pending", cashout_id=8405147)
    assert parse_status_response(200, b'{"cashout_status": 0, "cashout_id": 42}') == CashoutStatus(
        0, cashout_id=42)
    for unusable in (b'"x"', b"0", b"-3", b"true", b"null", b"1.5"):
        answer = parse_status_response(200, b'{"cashout_status": 0, "cashout_id": ' + unusable + b"}")
        assert answer == CashoutStatus(0), unusable
