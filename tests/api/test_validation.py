"""Local cashout validation (spec §5.2–§5.4, §12.3): rules, messages, and never raising."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tupay_desktop.api import banks, validation
from tupay_desktop.api.models import CashoutRequest, Credentials
from tupay_desktop.api.validation import FieldProblem, validate_cashout, validate_credentials, validate_form

GOOD = CashoutRequest(
    external_id="65b3d062f0da510ead84f11d",
    amount=Decimal("20"),
    currency="PEN",
    document_type="DNI",
    document_id="71594743",
    beneficiary_name="Alex",
    beneficiary_lastname="Gonzales",
    bank_account="00320001310356642337",
    account_type="S",
    notification_url="https://tupaypagos.com/0/notify/tupay",
    comments="Comentarios adicionales",
)

GOOD_FORM = {
    "external_id": "ext-1",
    "amount": "1,250.50",
    "currency": "pen",
    "document_type": "dni",
    "document_id": " 71594743 ",
    "beneficiary_name": "José",
    "beneficiary_lastname": "Peña",
    "bank_account": "00219300153895206813",
    "account_type": "c",
}


def problems_of(**changes: object) -> dict[str, str]:
    request = dataclasses.replace(GOOD, **changes)  # type: ignore[arg-type]
    return {p.field: p.message for p in validate_cashout(request)}


def test_the_spec_example_is_valid() -> None:
    assert validate_cashout(GOOD) == []


def test_optional_fields_may_be_empty() -> None:
    assert problems_of(notification_url="", comments="") == {}


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"country": "CO"}, "country", "PE"),
        ({"country": ""}, "country", "Required"),
        ({"currency": "EUR"}, "currency", "PEN or USD"),
        ({"currency": "pen"}, "currency", "PEN or USD"),
        ({"amount": Decimal("0")}, "amount", "greater than zero"),
        ({"amount": Decimal("-5")}, "amount", "greater than zero"),
        ({"amount": Decimal("1.005")}, "amount", "2 decimals"),
        ({"amount": Decimal("NaN")}, "amount", "Not a number"),
        ({"amount": Decimal("sNaN")}, "amount", "Not a number"),
        ({"amount": Decimal("-Infinity")}, "amount", "Not a number"),
        ({"amount": Decimal("1E+40")}, "amount", "too large"),
        ({"amount": 1.5}, "amount", "Not a number"),
        ({"external_id": ""}, "external_id", "Required"),
        ({"external_id": "x" * 101}, "external_id", "101 characters, at most 100"),
        ({"external_id": "a\tb"}, "external_id", "control"),
        ({"external_id": "a\u00a0b"}, "external_id", "visible characters"),
        ({"beneficiary_name": ""}, "beneficiary_name", "Required"),
        ({"beneficiary_lastname": ""}, "beneficiary_lastname", "Required"),
        ({"beneficiary_lastname": "é" * 101}, "beneficiary_lastname", "at most 100"),
        ({"beneficiary_name": "Al\nex"}, "beneficiary_name", "control"),
        ({"beneficiary_name": "Al\ud800ex"}, "beneficiary_name", "control"),
        ({"document_type": "DNIE"}, "document_type", "DNI, CE, RUC or PASS"),
        ({"document_id": "7159474"}, "document_id", "A DNI number has exactly 8 digits; this one has 7"),
        ({"document_id": "7159-4743"}, "document_id", "digits only"),
        ({"document_id": "٧١٥٩٤٧٤٣"}, "document_id", "digits only"),
        ({"document_type": "CE", "document_id": "71594743"}, "document_id", "CE number has exactly 9"),
        ({"document_type": "RUC", "document_id": "71594743"}, "document_id", "exactly 11"),
        ({"document_type": "PASS", "document_id": "71594743"}, "document_id", "exactly 12"),
        ({"bank_account": ""}, "bank_account", "Required"),
        ({"bank_account": "0032000131035664233"}, "bank_account", "exactly 20 digits; this one has 19"),
        ({"bank_account": "003200013103566423378"}, "bank_account", "this one has 21"),
        ({"bank_account": "0032-0001310356642337"}, "bank_account", "digits only"),
        ({"bank_account": "00320001310356642338"}, "bank_account", "CCI check digits do not match"),
        ({"bank_account": "00320001310356642000"}, "bank_account", "CCI check digits do not match"),
        ({"account_type": "V"}, "account_type", "C (checking) or S (savings)"),
        ({"account_type": ""}, "account_type", "Required"),
        ({"notification_url": "ftp://example.com/x"}, "notification_url", "https://"),
        ({"notification_url": "example.com/notify"}, "notification_url", "https://"),
        ({"notification_url": "https://"}, "notification_url", "https://"),
        ({"notification_url": "https://exa mple.com"}, "notification_url", "https://"),
        ({"notification_url": "https://example.com:99999/"}, "notification_url", "https://"),
        ({"notification_url": "http://[::1"}, "notification_url", "https://"),
        ({"notification_url": "https://e.com/" + "a" * 300}, "notification_url", "at most 300"),
        ({"comments": "c" * 201}, "comments", "at most 200"),
    ],
)
def test_each_rule_names_the_field_and_the_problem(
    changes: dict[str, object], field: str, fragment: str
) -> None:
    found = problems_of(**changes)
    assert list(found) == [field]
    assert fragment in found[field]


@pytest.mark.parametrize(
    "spoof",
    [
        "\u202e",  # RIGHT-TO-LEFT OVERRIDE: "Ana \u202eozeuQ" shows as "Ana Quezo"
        "\u202a", "\u202b", "\u202c", "\u202d",  # embeddings and overrides, pop
        "\u2066", "\u2067", "\u2068", "\u2069",  # isolates
        "\u200e", "\u200f", "\u061c",  # direction marks
        "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width space, joiners, BOM
        "\u00ad",  # soft hyphen
        "\u3164", "\u115f",  # Hangul fillers: letters that show as nothing
    ],
)
@pytest.mark.parametrize("field", ["beneficiary_name", "beneficiary_lastname", "comments", "external_id"])
def test_invisible_and_direction_changing_characters_are_refused(spoof: str, field: str) -> None:
    found = problems_of(**{field: f"Ana{spoof}Quispe"})
    assert list(found) == [field]
    assert found[field] in (validation.INVISIBLE_CHARS, validation.NOT_PRINTABLE)
    values = dict(GOOD_FORM, **{field: f"{spoof}Ana Quispe"})  # not stripped away at the start either
    request, problems = validate_form(values)
    assert request is None and [p.field for p in problems] == [field]


def test_a_line_separator_in_a_name_is_a_control_character() -> None:
    assert problems_of(beneficiary_name="Ana\u2028Quispe") == {"beneficiary_name": validation.CONTROL_CHARS}
    spoofed_url = "https://e.com/\u202e/x"
    assert problems_of(notification_url=spoofed_url) == {"notification_url": validation.URL_INVALID}


def test_names_in_any_script_and_with_accents_stay_valid() -> None:
    for name in ("José María", "Ñusta", "Nguyễn", "O'Brien-Peña", "Zoë", "Mª"):
        assert problems_of(beneficiary_name=name, beneficiary_lastname=name) == {}, name


def test_accepted_edge_values() -> None:
    assert problems_of(amount=Decimal("0.01")) == {}
    assert problems_of(amount=Decimal("1.500000")) == {}  # trailing zeros are not decimals
    assert problems_of(amount=Decimal("1E+3")) == {}
    assert problems_of(amount=Decimal("999999999999.99")) == {}
    assert problems_of(currency="USD", account_type="C") == {}
    assert problems_of(document_type="RUC", document_id="20100047218") == {}
    assert problems_of(document_type="PASS", document_id="123456789012") == {}
    assert problems_of(document_type="CE", document_id="848392783") == {}
    assert problems_of(notification_url="http://relay.example.com:8080/tupay?x=1") == {}
    assert problems_of(external_id="x" * 100, beneficiary_name="Ñ" * 100, comments="c" * 200) == {}


def test_unknown_bank_code_with_valid_check_digits() -> None:
    first18 = "999193001538952068"
    cci = first18 + banks.cci_check_digits(first18)
    found = problems_of(bank_account=cci)
    assert found == {
        "bank_account": "Unknown bank code 999 (the first 3 digits of the CCI) — check the number."
    }


def test_eighteen_digit_cci_follows_the_banks_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "bank_account" in problems_of(bank_account="002193001538952000")
    monkeypatch.setattr(banks, "ACCEPT_18_DIGIT_CCI", True)
    assert problems_of(bank_account="002193001538952000") == {}


def test_document_rules_come_from_one_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(validation.DOCUMENT_DIGITS, "PASS", 9)
    assert problems_of(document_type="PASS", document_id="123456789") == {}


def test_document_id_with_unknown_type_only_reports_the_type() -> None:
    assert list(problems_of(document_type="XX", document_id="12345")) == ["document_type"]
    assert list(problems_of(document_type="XX", document_id="1" * 13)) == ["document_type", "document_id"]


def test_problems_come_in_form_order_one_per_field() -> None:
    request = CashoutRequest(
        external_id="",
        amount=Decimal("0"),
        currency="",
        document_type="",
        document_id="",
        beneficiary_name="",
        beneficiary_lastname="",
        bank_account="",
        account_type="",
        notification_url="nope",
        comments="c" * 201,
        country="",
    )
    problems = validate_cashout(request)
    assert [p.field for p in problems] == list(validation.FIELD_ORDER)


def test_message_and_render() -> None:
    problem = FieldProblem("amount", validation.TOO_LONG, (("length", "7"), ("max", "5")))
    assert problem.message == "Too long: 7 characters, at most 5 allowed."
    contexts: list[str] = []

    def to_spanish(context: str, text: str) -> str:
        contexts.append(context)
        return "Demasiado largo: {length} caracteres, máximo {max}."

    assert problem.render(to_spanish) == "Demasiado largo: 7 caracteres, máximo 5."
    assert contexts == ["validation"]
    # A translation with a broken placeholder falls back to the English text.
    assert problem.render(lambda c, t: "Mal {nope}") == problem.message
    assert problem.render(lambda c, t: "Mal {") == problem.message


def test_params_with_braces_are_inserted_literally() -> None:
    problem = FieldProblem("bank_account", validation.CCI_BANK, (("code", "{x}"),))
    assert "{x}" in problem.message


# ---------------------------------------------------------------------------- validate_form


def test_form_builds_a_clean_request() -> None:
    request, problems = validate_form(GOOD_FORM)
    assert problems == []
    assert request is not None
    assert request.amount == Decimal("1250.50")
    assert request.currency == "PEN" and request.document_type == "DNI" and request.account_type == "C"
    assert request.document_id == "71594743"
    assert request.country == "PE"
    assert request.beneficiary_name == "José"
    assert validate_cashout(request) == []


@pytest.mark.parametrize(
    ("amount", "fragment"),
    [
        ("", "Enter an amount"),
        ("   ", "Enter an amount"),
        ("abc", "Not a number"),
        ("1,5", "Use a dot for decimals"),
        ("1,50", "Use a dot for decimals"),
        ("12,34.5", "Use a dot for decimals"),
        ("1e3", "Not a number"),
        ("NaN", "Not a number"),
        ("Infinity", "Not a number"),
        ("١٢", "Not a number"),
        (".", "Not a number"),
        ("1.2.3", "Not a number"),
        ("0", "greater than zero"),
        ("-3", "greater than zero"),
        ("3.1415", "2 decimals"),
        ("99999999999999999999", "too large"),
        # Three decimal digits written are refused even when they are zeros: "1.500" is 1500 to an
        # operator in Lima, and read as 1.50 it would pay a thousandth of it.
        ("1.500", "a comma only separates thousands"),
        ("20.000", "a comma only separates thousands"),
        ("1.250.000", "a comma only separates thousands"),
        ("1.250,50", "a comma only separates thousands"),
        ("1.5000", "2 decimals"),
        ("1,250.500", "2 decimals"),
    ],
)
def test_form_amount_problems_are_problems_not_exceptions(amount: str, fragment: str) -> None:
    request, problems = validate_form({**GOOD_FORM, "amount": amount})
    assert request is None
    assert [p.field for p in problems] == ["amount"]
    assert fragment in problems[0].message


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 250.5", "1250.5"), ("+7", "7"), (".5", "0.5"), ("10.", "10"), ("1.50", "1.5"), ("1,500", "1500"),
     ("20.00", "20")],
)
def test_form_amount_accepted_spellings(text: str, value: str) -> None:
    request, problems = validate_form({**GOOD_FORM, "amount": text})
    assert problems == []
    assert request is not None and request.amount == Decimal(value)


def test_form_missing_keys_are_reported_not_raised() -> None:
    request, problems = validate_form({})
    assert request is None
    assert [p.field for p in problems] == [
        "external_id",
        "amount",
        "currency",
        "document_type",
        "document_id",
        "beneficiary_name",
        "beneficiary_lastname",
        "bank_account",
        "account_type",
    ]


def test_form_keeps_an_explicit_wrong_country() -> None:
    request, problems = validate_form({**GOOD_FORM, "country": "co"})
    assert request is None
    assert [p.field for p in problems] == ["country"]


# ---------------------------------------------------------------------------- pasted numbers, names


@pytest.mark.parametrize(
    ("field", "pasted", "clean"),
    [
        ("bank_account", "0032-0001-3103-5664-2337", "00320001310356642337"),
        ("bank_account", "003 200 013 103 566 423 37", "00320001310356642337"),
        ("bank_account", "0032.0001.3103.5664.2337", "00320001310356642337"),
        ("bank_account", "0032\u00a00001\u2009310356642337", "00320001310356642337"),  # no-break, thin
        ("bank_account", "0032–0001–310356642337", "00320001310356642337"),  # en dash (a word processor)
        ("document_id", "71.594.743", "71594743"),
        ("document_id", "7159-4743", "71594743"),
        ("document_id", " 7159 4743 ", "71594743"),
    ],
)
def test_a_pasted_cci_or_document_number_is_cleaned_not_refused(field: str, pasted: str, clean: str) -> None:
    assert validation.clean_number(pasted) == clean
    request, problems = validate_form({**GOOD_FORM, field: pasted})
    assert problems == []
    assert request is not None and getattr(request, field) == clean


def test_cleaning_keeps_what_is_not_a_separator() -> None:
    """A letter or an Arabic-Indic digit is not dropped silently: it is still refused."""
    assert validation.clean_number("7159-474O") == "7159474O"
    for field, value in (("document_id", "7159-474O"), ("bank_account", "0032-0001-3103-5664-233O"),
                         ("document_id", "٧١٥٩-٤٧٤٣")):
        request, problems = validate_form({**GOOD_FORM, field: value})
        assert request is None and [p.field for p in problems] == [field]
        assert "digits only" in problems[0].message


@pytest.mark.parametrize(
    "name",
    ["José María", "Peña", "Ñañez", "O'Brien", "D’Angelo", "Peña-Ruiz", "Ma. José", "Zoë", "Mª",
     "Çelik", "Nguyễn", "Jose\u0301"],  # the last one with its accent typed apart (combining)
)
def test_names_take_letters_spaces_apostrophes_hyphens_and_dots(name: str) -> None:
    assert problems_of(beneficiary_name=name, beneficiary_lastname=name) == {}
    request, problems = validate_form({**GOOD_FORM, "beneficiary_name": name, "beneficiary_lastname": name})
    assert problems == [] and request is not None and request.beneficiary_name == name


@pytest.mark.parametrize(
    ("name", "template", "shown"),
    [
        ("Alex2", validation.NAME_DIGITS, None),
        ("R2-D2", validation.NAME_DIGITS, None),
        ("Ana ٣", validation.NAME_DIGITS, None),
        ("Ana 😀", validation.NAME_CHARACTER, "😀"),
        ("Ana 👍🏽", validation.NAME_CHARACTER, "👍"),
        ("<b>Ana</b>", validation.NAME_CHARACTER, "<"),
        ("Ana & Luis", validation.NAME_CHARACTER, "&"),
        ("Ana>", validation.NAME_CHARACTER, ">"),
        ('Ana "La" Cruz', validation.NAME_CHARACTER, '"'),
        ("Ana;", validation.NAME_CHARACTER, ";"),
        ("Ana_Cruz", validation.NAME_CHARACTER, "_"),
        ("Ana\u00a0Cruz", validation.NAME_CHARACTER, "U+00A0"),  # shown by its code, not as a blank
        ("Ana ★", validation.NAME_CHARACTER, "★"),
        ("- .", validation.NAME_NO_LETTER, None),
    ],
)
@pytest.mark.parametrize("field", ["beneficiary_name", "beneficiary_lastname"])
def test_names_with_digits_emoji_or_markup_are_refused_with_a_reason(
    name: str, template: str, shown: str | None, field: str
) -> None:
    found = {p.field: p for p in validate_cashout(dataclasses.replace(GOOD, **{field: name}))}
    assert list(found) == [field]
    assert found[field].template == template
    if shown is not None:
        assert found[field].message.startswith(f"“{shown}”")
    request, problems = validate_form({**GOOD_FORM, field: name})  # the CLI and the form, the same
    assert request is None and [(p.field, p.template) for p in problems] == [(field, template)]


def test_comments_are_free_text() -> None:
    """Only names are held to the bank's alphabet: a comment may say "Invoice #118 & co"."""
    assert problems_of(comments="Invoice #118 & co. 😀") == {}


# ---------------------------------------------------------------------------- credentials


def test_credentials() -> None:
    assert validate_credentials(Credentials("k" * 32, "p" * 32, "s" * 200)) == []
    problems = validate_credentials(Credentials("", "p" * 33, ""))
    assert [(p.field, p.template) for p in problems] == [
        ("api_key", validation.REQUIRED),
        ("passphrase", validation.TOO_LONG_SECRET),
        ("signature_secret", validation.REQUIRED),
    ]


def test_credentials_pasted_with_spaces_or_line_breaks() -> None:
    problems = validate_credentials(Credentials(" key", "pass\n", "secret "))
    assert [(p.field, p.template) for p in problems] == [
        ("api_key", validation.SURROUNDING_SPACE),
        ("passphrase", validation.CONTROL_CHARS),
        ("signature_secret", validation.SURROUNDING_SPACE),
    ]


def test_credential_messages_never_contain_the_secret() -> None:
    secret = "SuperSecretPassphrase-0123456789xyz"
    problems = validate_credentials(Credentials(secret, secret, "a\x00" + secret))
    assert len(problems) == 3
    for problem in problems:
        assert secret not in problem.message and secret not in repr(problem)


# ---------------------------------------------------------------------------- never raises

FIELDS = list(validation.FIELD_ORDER)


@settings(max_examples=300)
@given(st.dictionaries(st.sampled_from(FIELDS), st.text(), max_size=len(FIELDS)))
def test_validate_form_never_raises(values: dict[str, str]) -> None:
    request, problems = validate_form(values)
    assert isinstance(problems, list)
    assert all(isinstance(p, FieldProblem) and p.field in FIELDS for p in problems)
    assert all(isinstance(p.message, str) and p.message for p in problems)
    assert (request is None) == bool(problems)
    if request is not None:
        assert validate_cashout(request) == []


weird_decimals = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from([Decimal("NaN"), Decimal("sNaN"), Decimal("-Infinity"), Decimal("-0")]),
    st.builds(
        lambda digits, exp: Decimal((0, tuple(digits), exp)),
        st.lists(st.integers(0, 9), min_size=1, max_size=60),
        st.integers(-999_999_999, 999_999_999),
    ),
)
anything = st.one_of(st.text(), st.none(), st.integers(), st.floats(), st.booleans(), weird_decimals)


@settings(max_examples=300)
@given(
    st.fixed_dictionaries(
        {name: anything for name in FIELDS if name != "amount"},
    ),
    st.one_of(weird_decimals, anything),
)
def test_validate_cashout_never_raises(fields: dict[str, object], amount: object) -> None:
    request = CashoutRequest(amount=amount, **fields)  # type: ignore[arg-type]
    problems = validate_cashout(request)
    assert isinstance(problems, list)
    assert all(isinstance(p, FieldProblem) for p in problems)
    fields_reported = [p.field for p in problems]
    assert fields_reported == sorted(fields_reported, key=FIELDS.index)
    assert len(set(fields_reported)) == len(fields_reported)
