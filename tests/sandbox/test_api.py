"""The sandbox's cashout endpoints and every error code, over real loopback HTTP."""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from typing import Any

import httpx
import pytest

from tests.sandbox.support import (
    call,
    cancel,
    create,
    created_id,
    creation_fields,
    lookup_fields,
    status,
)
from tupay_desktop.api.models import CashoutStatusCode
from tupay_desktop.sandbox import Sandbox


def error_of(response: httpx.Response) -> tuple[int, int, str]:
    body = response.json()
    assert set(body) >= {"code", "message"}
    return response.status_code, body["code"], body["message"]


# -- creation -------------------------------------------------------------------------------------


def test_create_returns_string_id_and_stores_the_cashout(sandbox: Sandbox) -> None:
    fields = creation_fields(sandbox, amount=Decimal("123.45"), currency="USD")
    response = call(sandbox, "POST", "/v3/cashout", fields)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    cashout_id = created_id(response)
    assert cashout_id >= 8405147
    stored = sandbox.find(cashout_id=cashout_id)
    assert stored is not None
    assert stored.external_id == fields["external_id"]
    assert stored.amount == Decimal("123.45")
    assert stored.currency == "USD"
    assert stored.status == CashoutStatusCode.PENDING
    assert stored.bank_account == "00320001310356642337"
    assert stored.beneficiary_lastname == "Gonzales"
    assert sandbox.find(external_id=fields["external_id"]) == stored
    assert not hasattr(stored, "login") and not hasattr(stored, "pass_")
    snapshot = json.dumps(stored.to_json())
    assert sandbox.credentials.passphrase not in snapshot
    assert sandbox.credentials.api_key not in snapshot


def test_ids_increase(sandbox: Sandbox) -> None:
    first = created_id(create(sandbox))
    second = created_id(create(sandbox))
    assert second == first + 1
    assert [c.cashout_id for c in sandbox.cashouts()] == [first, second]


@pytest.mark.parametrize("amount", ["20", "20.5", "0.01", 20, Decimal("99.90")])
def test_amount_as_number_or_numeric_string(sandbox: Sandbox, amount: Any) -> None:
    cashout_id = created_id(create(sandbox, amount=amount))
    stored = sandbox.find(cashout_id=cashout_id)
    assert stored is not None and stored.amount == Decimal(str(amount))


def test_optional_fields_may_be_omitted_and_unknown_fields_ignored(sandbox: Sandbox) -> None:
    fields = creation_fields(sandbox, notification_url=None, comments=None)
    fields["type"] = "json"
    created_id(call(sandbox, "POST", "/v3/cashout", fields))


# -- status ----------------------------------------------------------------------------------------


def test_status_by_id_by_external_id_and_by_both(sandbox: Sandbox) -> None:
    fields = creation_fields(sandbox)
    cashout_id = created_id(call(sandbox, "POST", "/v3/cashout", fields))
    expected = {"cashout_status": 0, "cashout_status_description": "Pending"}
    for ids in ({"cashout_id": cashout_id}, {"external_id": fields["external_id"]},
                {"cashout_id": cashout_id, "external_id": fields["external_id"]},
                {"cashout_id": str(cashout_id)}):
        response = status(sandbox, **ids)
        assert response.status_code == 200, ids
        assert response.json() == expected


def test_status_with_both_ids_is_matched_on_the_cashout_id(sandbox: Sandbox) -> None:
    # A client that creates with uuid.hex and looks up with str(uuid) still finds its cashout.
    import uuid

    key = uuid.uuid4()
    cashout_id = created_id(create(sandbox, external_id=key.hex))
    response = status(sandbox, cashout_id=cashout_id, external_id=str(key))
    assert response.status_code == 200, response.text
    assert response.json()["cashout_status"] == 0


def test_strict_id_match_answers_509_for_mismatched_ids(sandbox: Sandbox) -> None:
    first = created_id(create(sandbox))
    other = creation_fields(sandbox)
    created_id(call(sandbox, "POST", "/v3/cashout", other))
    sandbox.config.strict_id_match = True
    assert error_of(status(sandbox, cashout_id=first, external_id=other["external_id"]))[:2] == (412, 509)


def test_cancel_with_mismatched_ids_is_509_whatever_the_setting(sandbox: Sandbox) -> None:
    first = created_id(create(sandbox))
    other = creation_fields(sandbox)
    created_id(call(sandbox, "POST", "/v3/cashout", other))
    assert error_of(cancel(sandbox, cashout_id=first, external_id=other["external_id"]))[:2] == (412, 509)
    assert status(sandbox, cashout_id=first).json()["cashout_status"] == 0


def test_status_of_unknown_cashout_is_509(sandbox: Sandbox) -> None:
    http, code, message = error_of(status(sandbox, cashout_id=1))
    assert (http, code, message) == (412, 509, "Cashout not found with this ID")
    assert error_of(status(sandbox, external_id="never-sent"))[:2] == (412, 509)


def test_status_needs_an_id(sandbox: Sandbox) -> None:
    http, code, message = error_of(status(sandbox))
    assert (http, code) == (412, 300)
    assert "cashout_id" in message


def test_status_rejects_a_malformed_id(sandbox: Sandbox) -> None:
    http, code, message = error_of(status(sandbox, cashout_id="12a"))
    assert (http, code) == (412, 300) and "cashout_id" in message


# -- cancel ----------------------------------------------------------------------------------------


def test_cancel_pending_then_again_is_510(sandbox: Sandbox) -> None:
    fields = creation_fields(sandbox)
    cashout_id = created_id(call(sandbox, "POST", "/v3/cashout", fields))
    response = cancel(sandbox, cashout_id=cashout_id, external_id=fields["external_id"])
    assert response.status_code == 200
    assert response.json() == {"cashout_status": 2, "cashout_status_description": "Canceled"}
    assert status(sandbox, cashout_id=cashout_id).json()["cashout_status"] == 2
    again = cancel(sandbox, cashout_id=cashout_id, external_id=fields["external_id"])
    assert error_of(again) == (412, 510, "Invalid status transition")


@pytest.mark.parametrize("forced", [CashoutStatusCode.DELIVERED, CashoutStatusCode.COMPLETED,
                                    CashoutStatusCode.ON_HOLD, CashoutStatusCode.REJECTED])
def test_cancel_when_not_pending_is_510(sandbox: Sandbox, forced: CashoutStatusCode) -> None:
    cashout_id = created_id(create(sandbox))
    sandbox.force_status(cashout_id, forced)
    assert error_of(cancel(sandbox, cashout_id=cashout_id))[:2] == (412, 510)


def test_cancel_unknown_is_509(sandbox: Sandbox) -> None:
    assert error_of(cancel(sandbox, cashout_id=987654321, external_id="nope"))[:2] == (412, 509)


def test_cancel_of_ids_that_name_two_cashouts_is_509_and_cancels_neither(sandbox: Sandbox) -> None:
    first, second = created_id(create(sandbox)), creation_fields(sandbox)
    created_id(call(sandbox, "POST", "/v3/cashout", second))
    assert error_of(cancel(sandbox, cashout_id=first, external_id=second["external_id"]))[:2] == (412, 509)
    assert status(sandbox, cashout_id=first).json()["cashout_status"] == CashoutStatusCode.PENDING
    assert status(sandbox, external_id=second["external_id"]).json()["cashout_status"] == (
        CashoutStatusCode.PENDING)


@pytest.mark.parametrize("left_out", ["cashout_id", "external_id"])
def test_a_cancel_without_both_ids_is_300_naming_the_missing_one_and_cancels_nothing(
    sandbox: Sandbox, left_out: str
) -> None:
    """Spec §7 [D24]: login, pass, cashout_id and external_id are all required. A client that sends
    one id only learns it from the sandbox, before TuPay refuses it."""
    fields = creation_fields(sandbox)
    cashout_id = created_id(call(sandbox, "POST", "/v3/cashout", fields))
    ids: dict[str, Any] = {"cashout_id": cashout_id, "external_id": fields["external_id"], left_out: None}
    response = cancel(sandbox, **ids)
    code, message = error_of(response)[1:]
    assert response.status_code == 412 and code == 300
    assert message.startswith("Invalid params: " + left_out)
    assert status(sandbox, cashout_id=cashout_id).json()["cashout_status"] == CashoutStatusCode.PENDING
    # An empty id is no id either.
    ids[left_out] = ""
    assert error_of(cancel(sandbox, **ids))[1] == 300


def test_a_cancel_with_a_malformed_id_and_none_other_lists_both_problems(sandbox: Sandbox) -> None:
    response = cancel(sandbox, cashout_id="abc", external_id=None)
    assert response.status_code == 412
    body = response.json()
    assert body["code"] == 300
    assert body["message"] == ("Invalid params: cashout_id: Invalid Cashout ID;"
                               "external_id: Invalid or missing External ID")


# -- routing ---------------------------------------------------------------------------------------


def test_unknown_path_is_json_404(sandbox: Sandbox) -> None:
    response = call(sandbox, "POST", "/v3/deposits", lookup_fields(sandbox))
    assert response.status_code == 404
    assert response.json()["code"] == 404


def test_wrong_method_is_405(sandbox: Sandbox) -> None:
    response = call(sandbox, "POST", "/v3/cashout/cancel", lookup_fields(sandbox, cashout_id=1))
    assert response.status_code == 405


# -- check order and error codes ---------------------------------------------------------------------


def test_missing_signature_is_302(sandbox: Sandbox) -> None:
    response = call(sandbox, "POST", "/v3/cashout", creation_fields(sandbox), signature=None)
    assert error_of(response)[:2] == (401, 302)
    assert sandbox.cashouts() == []


@pytest.mark.parametrize("kind", ["other-secret", "uppercase", "other-body"])
def test_wrong_signature_is_302(sandbox: Sandbox, kind: str) -> None:
    from tupay_desktop.api.models import encode_body
    from tupay_desktop.api.signing import payload_signature

    raw = encode_body(creation_fields(sandbox))
    if kind == "other-secret":
        signature = payload_signature("not-the-secret", raw)
    elif kind == "uppercase":
        signature = payload_signature(sandbox.credentials.signature_secret, raw).upper()
    else:
        signature = payload_signature(sandbox.credentials.signature_secret, raw + b" ")
    assert error_of(call(sandbox, "POST", "/v3/cashout", raw, signature=signature))[:2] == (401, 302)
    assert sandbox.cashouts() == []


def test_signature_is_checked_over_the_raw_bytes_whatever_the_formatting(sandbox: Sandbox) -> None:
    fields = creation_fields(sandbox, amount="15")
    raw = json.dumps(fields, indent=2).replace("/", "\\/").encode("utf-8")
    created_id(call(sandbox, "POST", "/v3/cashout", raw))


def test_ip_outside_the_whitelist_is_402_before_anything_else(sandbox: Sandbox) -> None:
    sandbox.config.whitelist = ("10.0.0.0/8",)
    response = call(sandbox, "POST", "/v3/cashout", b"not json", signature="bad")
    assert error_of(response)[:2] == (401, 402)
    assert error_of(status(sandbox, cashout_id=1))[:2] == (401, 402)
    sandbox.config.whitelist = ("127.0.0.1/32",)
    created_id(create(sandbox))


@pytest.mark.parametrize("raw", [b"not json", b"[1, 2]", b"", b'{"amount": NaN}', b"\xff\xfe"])
def test_body_not_a_json_object_is_502(sandbox: Sandbox, raw: bytes) -> None:
    assert error_of(call(sandbox, "POST", "/v3/cashout", raw))[:2] == (400, 502)


def test_signature_is_checked_before_json(sandbox: Sandbox) -> None:
    assert error_of(call(sandbox, "POST", "/v3/cashout", b"not json", signature="0" * 64))[1] == 302


@pytest.mark.parametrize("overrides", [{"pass": "wrong"}, {"login": "wrong"}, {"login": None},
                                       {"pass": None}, {"pass": 12345}])
def test_bad_credentials_are_401(sandbox: Sandbox, overrides: dict[str, Any]) -> None:
    response = create(sandbox, **overrides)
    assert error_of(response) == (401, 401, "Invalid credentials.")
    assert error_of(status(sandbox, cashout_id=1, **{"pass": "wrong"}))[:2] == (401, 401)


def test_credentials_are_checked_before_fields(sandbox: Sandbox) -> None:
    assert error_of(create(sandbox, amount="-1", **{"pass": "wrong"}))[1] == 401


INVALID_FIELDS: list[tuple[str, Any]] = [
    ("external_id", None), ("external_id", ""), ("external_id", "x" * 101), ("external_id", 42),
    ("country", None), ("country", "AR"), ("country", "pe"),
    ("amount", None), ("amount", "0"), ("amount", "-5"), ("amount", 0), ("amount", "1.234"),
    ("amount", Decimal("1.234")), ("amount", "abc"), ("amount", True), ("amount", "1e3"),
    ("currency", None), ("currency", "EUR"), ("currency", "pen"),
    ("document_type", None), ("document_type", "DNIX"), ("document_type", "dni"),
    ("document_id", None), ("document_id", "1234567"), ("document_id", "123456789"),
    ("document_id", "1234567a"), ("document_id", 71594743),
    ("beneficiary_name", None), ("beneficiary_name", ""), ("beneficiary_name", "n" * 101),
    ("beneficiary_lastname", None), ("beneficiary_lastname", "l" * 101),
    ("bank_account", None), ("bank_account", "0032000131035664233"),
    ("bank_account", "003200013103566423370"),
    ("bank_account", "0032000131035664233x"), ("bank_account", 320001310356642337),
    ("account_type", None), ("account_type", "V"), ("account_type", "s"),
    ("notification_url", "u" * 301), ("notification_url", 5),
    ("comments", "c" * 201),
]


@pytest.mark.parametrize(("name", "value"), INVALID_FIELDS)
def test_invalid_or_missing_field_is_300_naming_the_parameter(
    sandbox: Sandbox, name: str, value: Any
) -> None:
    fields = creation_fields(sandbox)
    if value is None:
        del fields[name]
    else:
        fields[name] = value
    response = call(sandbox, "POST", "/v3/cashout", fields)
    http, code, message = error_of(response)
    assert (http, code) == (412, 300)  # D24: data validation errors are HTTP 412 (spec §5.6)
    assert message.startswith(f"Invalid params: {name}: ")
    assert response.json()["reason"] == message.split(": ", 2)[2]
    assert sandbox.cashouts() == []


@pytest.mark.parametrize(("document_type", "document_id"),
                         [("DNI", "12345678"), ("CE", "123456789"), ("RUC", "20123456789"),
                          ("PASS", "123456789012")])
def test_document_digit_counts(sandbox: Sandbox, document_type: str, document_id: str) -> None:
    created_id(create(sandbox, document_type=document_type, document_id=document_id))
    wrong = document_id + "0"
    assert error_of(create(sandbox, document_type=document_type, document_id=wrong))[1] == 300


def test_bank_account_message_matches_tupay(sandbox: Sandbox) -> None:
    message = error_of(create(sandbox, bank_account="123"))[2]
    assert message == "Invalid params: bank_account: Invalid or missing Bank account"


@pytest.mark.parametrize("cci", ["99920001310356642337", "00120001310356642337"])
def test_unknown_bank_code_is_303_shaped_as_the_recorded_d24_decline(sandbox: Sandbox, cci: str) -> None:
    response = create(sandbox, bank_account=cci)
    assert response.status_code == 412
    assert response.json() == {"code": 303,
                               "message": "bank_account: Invalid or missing Bank account;Invalid bank code",
                               "reason": "Invalid bank code"}


def test_several_invalid_fields_are_all_listed_first_one_first(sandbox: Sandbox) -> None:
    response = create(sandbox, amount="0", bank_account="99920001310356642337", account_type="V")
    assert response.status_code == 412
    assert response.json() == {
        "code": 300,
        "message": "Invalid params: amount: Invalid or missing Amount (must be greater than 0);"
                   "bank_account: Invalid bank code;account_type: Invalid or missing Account type (C or S)",
        "reason": "Invalid or missing Amount (must be greater than 0)",
    }
    assert sandbox.cashouts() == []


def test_wrong_cci_check_digits_are_300_naming_bank_account(sandbox: Sandbox) -> None:
    from tupay_desktop.api.banks import cci_is_valid

    wrong = "00219300153895206814"  # the README's example CCI with its last digit changed
    assert not cci_is_valid(wrong)
    http, code, message = error_of(create(sandbox, bank_account=wrong))
    assert (http, code) == (412, 300)
    assert message.startswith("Invalid params: bank_account: Invalid or missing Bank account")
    sandbox.config.enforce_cci_check_digits = False
    created_id(create(sandbox, bank_account=wrong))


@pytest.mark.parametrize("cci", ["00219300153895206813", "01136600010003254221", "80100000000000000010"])
def test_known_bank_codes_are_accepted(sandbox: Sandbox, cci: str) -> None:
    created_id(create(sandbox, bank_account=cci))


def test_duplicate_external_id_is_511(sandbox: Sandbox) -> None:
    fields = creation_fields(sandbox)
    created_id(call(sandbox, "POST", "/v3/cashout", fields))
    fields["amount"] = Decimal("5")
    assert error_of(call(sandbox, "POST", "/v3/cashout", fields)) == (412, 511, "External ID already used")
    assert len(sandbox.cashouts()) == 1


def test_amount_above_remaining_balance_is_514_and_cancel_releases_it(sandbox: Sandbox) -> None:
    sandbox.config.balance = Decimal("1000.00")
    assert error_of(create(sandbox, amount="1000.01")) == (412, 514, "Insufficient funds")
    first = created_id(create(sandbox, amount="600"))
    assert error_of(create(sandbox, amount="400.01"))[1] == 514
    created_id(create(sandbox, amount="400.00"))
    assert error_of(create(sandbox, amount="0.01"))[1] == 514
    cancel(sandbox, cashout_id=first)
    created_id(create(sandbox, amount="600"))


def test_rejection_releases_the_reserved_amount(sandbox: Sandbox) -> None:
    sandbox.config.balance = Decimal("1000.00")
    cashout_id = created_id(create(sandbox, amount="900"))
    assert error_of(create(sandbox, amount="200"))[1] == 514
    sandbox.force_status(cashout_id, CashoutStatusCode.REJECTED, rejection_code=807)
    created_id(create(sandbox, amount="200"))


def test_request_bodies_are_never_logged(sandbox: Sandbox, caplog: pytest.LogCaptureFixture,
                                         capfd: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG, logger="tupay_desktop.sandbox")
    create(sandbox, document_id="86970864")
    status(sandbox, external_id="x")
    out, err = capfd.readouterr()
    creds = sandbox.credentials
    for secret_or_body in (creds.passphrase, creds.api_key, "86970864", "Gonzales"):
        assert secret_or_body not in caplog.text
        assert secret_or_body not in out + err
    assert "POST /v3/cashout 200" in caplog.text
    assert "POST /v3/cashout/status 412" in caplog.text
