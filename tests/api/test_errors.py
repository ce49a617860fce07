"""The error catalogue (spec §5.6, §6.4, §6.5): complete, bilingual, and never drops what TuPay said."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tupay_desktop.api import errors
from tupay_desktop.api.errors import describe_error, describe_rejection, describe_status, explain_failure
from tupay_desktop.api.models import ApiError, CashoutStatusCode

SPEC = Path("/work/shared/spec/tupay-cashout-api.md")

ERROR_CODES = [300, 302, 303, 401, 402, 502, 503, 504, 508, 509, 510, 511, 514, 515, 518, 519, 524, 525]
ERROR_CODES += [526, 533, 537, 538, 539, 540, 541, 542, 543, 702, 703]
REJECTION_CODES = [*range(800, 823), 824, 826]


def test_catalogue_covers_the_brief() -> None:
    assert sorted(errors.ERRORS) == ERROR_CODES
    assert sorted(errors.REJECTIONS) == REJECTION_CODES
    assert sorted(errors.STATUSES) == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize("code", ERROR_CODES)
def test_every_error_code_has_title_and_hint_in_both_languages(code: int) -> None:
    en = describe_error(code, "server text")
    es = describe_error(code, "server text", lang="es")
    for info in (en, es):
        assert info.known and info.code == code
        assert info.title.strip() and info.hint.strip()
        assert info.server_text == "server text"
    assert es.title != en.title and es.hint != en.hint


@pytest.mark.parametrize("code", REJECTION_CODES)
def test_every_rejection_code_has_title_and_hint_in_both_languages(code: int) -> None:
    en = describe_rejection(code, "ERROR_X")
    es = describe_rejection(code, "ERROR_X", lang="es")
    for info in (en, es):
        assert info.known and info.code == code and info.server_text == "ERROR_X"
        assert info.title.strip() and info.hint.strip()
    assert es.title != en.title and es.hint != en.hint


@pytest.mark.parametrize("code", range(6))
def test_every_status_has_label_and_meaning_in_both_languages(code: int) -> None:
    en = describe_status(code)
    es = describe_status(code, lang="es")
    assert en.name == es.name == CashoutStatusCode(code).name
    assert en.is_final == CashoutStatusCode(code).is_final
    for info in (en, es):
        assert info.known and info.label.strip() and info.meaning.strip()
    assert es.label != en.label and es.meaning != en.meaning


def test_status_flags() -> None:
    # Only PENDING: ON_HOLD must be released first (the cancel endpoint's rule, spec §7; the
    # sandbox answers 510 for a held cashout).
    assert [describe_status(c).cancellable for c in range(6)] == [True, False, False, False, False, False]
    assert describe_status(0).label == "Pending" and describe_status(0, "es").label == "Pendiente"


def test_key_hints_say_what_to_do() -> None:
    assert "whitelisted" in describe_error(402).hint and "Settings → API Access" in describe_error(402).hint
    assert "egress IP" in describe_error(402).hint
    assert "API Signature secret" in describe_error(302).hint
    assert "staging vs production" in describe_error(401).hint
    assert "look the cashout up by its external ID" in describe_error(511).hint
    assert "deposit" in describe_error(514).hint
    # 510 also answers a cancel of a cashout on hold (the sandbox follows spec §7: only PENDING).
    assert "on hold (move it back to Pending before cancelling it)" in describe_error(510).hint
    assert "en espera (vuélvalo a Pendiente antes de cancelarlo)" in describe_error(510, lang="es").hint
    assert "names the parameter" in describe_error(300).hint
    assert "Configuración → API" in describe_error(402, lang="es").hint


def test_language_fallbacks() -> None:
    english = describe_error(401)
    assert describe_error(401, lang="pt_BR") == english
    assert describe_error(401, lang="pt") == english
    assert describe_error(401, lang="xx") == english
    assert describe_error(401, lang="") == english
    assert describe_error(401, lang="es_PE") == describe_error(401, lang="es")
    assert describe_error(401, lang="es-419").title == "Credenciales inválidas"


def test_unknown_error_keeps_code_and_message_verbatim() -> None:
    info = describe_error(987, "Weird   thing <b>happened</b>")
    assert not info.known
    assert info.title == "Error 987: Weird   thing <b>happened</b>"
    assert info.hint and info.server_text == "Weird   thing <b>happened</b>"
    es = describe_error(987, "Weird", lang="es")
    assert es.title == "Error 987: Weird" and es.hint != info.hint
    assert describe_error(None, "no code").title == "Error without a code: no code"
    assert describe_error(None).title == "Error without a code"
    assert describe_error(1234).title == "Error 1234"


def test_unknown_rejection_keeps_reason_verbatim() -> None:
    info = describe_rejection(823, "SOMETHING_NEW")
    assert not info.known
    assert info.title == "Rejected, reason unknown (code 823): SOMETHING_NEW"
    assert describe_rejection(None, "Test").title == "Rejected, reason unknown: Test"
    assert describe_rejection(None, None).title == "Rejected, reason unknown"
    assert describe_rejection(825, "x", lang="es").title == "Rechazado, motivo desconocido (código 825): x"


def test_unknown_status_is_shown_verbatim() -> None:
    info = describe_status(42)
    assert not info.known and info.name == "UNKNOWN"
    assert info.label == "Status 42" and "42" in info.meaning
    assert not info.is_final and not info.cancellable
    assert describe_status(-1, "es").label == "Estado -1"


def test_explain_failure_combines_everything() -> None:
    error = ApiError(
        code=504,
        message="User unauthorized due to cadastral situation.",
        http_status=400,
        reason="Underage user detected",
        reason_code=105,
    )
    text = explain_failure(error)
    assert text.startswith("Beneficiary not authorised (code 504).")
    assert "“User unauthorized due to cadastral situation.”" in text
    assert "“Underage user detected” (reason code 105)" in text
    assert text.endswith(describe_error(504).hint)
    es = explain_failure(error, lang="es")
    assert es.startswith("Beneficiario no autorizado (código 504).")
    assert "«Underage user detected» (código de motivo 105)" in es


def test_explain_failure_for_unknown_and_bare_errors() -> None:
    text = explain_failure(ApiError(code=999, message="Brand new failure"))
    assert text.startswith("Error 999: Brand new failure.")
    assert explain_failure(ApiError(code=None, message="")).startswith("Error without a code.")
    assert "Reason: “r”." in explain_failure(ApiError(code=401, message="Invalid credentials.", reason="r"))


@given(st.one_of(st.none(), st.integers()), st.one_of(st.none(), st.text()), st.text())
def test_describe_functions_never_raise(code: int | None, text: str | None, lang: str) -> None:
    assert describe_error(code, text, lang).title
    assert describe_rejection(code, text, lang).title
    if code is not None:
        assert describe_status(code, lang).label
    assert explain_failure(ApiError(code=code, message=text or "", reason=text), lang)


def test_english_strings_are_marked_for_translation() -> None:
    # lupdate extracts QT_TRANSLATE_NOOP("errors", "...") literals: every English title/hint must be one.
    source = Path(errors.__file__).read_text(encoding="utf-8")
    marked = set(re.findall(r'QT_TRANSLATE_NOOP\(\s*"errors",\s*"((?:[^"\\]|\\.)*)",?\s*\)', source))
    texts = list(errors.ERRORS.values()) + [row[1] for row in errors.REJECTIONS.values()]
    texts += [row[1] for row in errors.STATUSES.values()]
    for text in texts:
        assert text.en_title in marked and text.en_hint in marked


# ---------------------------------------------------------------------------- against the spec


def _section(text: str, start: str, end: str) -> str:
    begin = text.index(start)
    return text[begin : text.index(end, begin + len(start))]


@pytest.mark.skipif(not SPEC.exists(), reason="spec not available on this machine")
def test_code_lists_match_the_spec_tables() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    internal = _section(spec, "### 5.6", "\n## 6.")
    spec_errors = {int(c) for c in re.findall(r"^\| (\d{3}) \|", internal, re.MULTILINE)}
    assert spec_errors == set(errors.ERRORS)

    rejections = _section(spec, "### 6.5", "\n## 7.")
    spec_rejections = dict(re.findall(r"^\| (\d{3}) \| (\w+) \|", rejections, re.MULTILINE))
    assert {int(c): name for c, name in spec_rejections.items()} == {
        code: row[0] for code, row in errors.REJECTIONS.items()
    }

    statuses = _section(spec, "### 6.4", "### 6.5")
    spec_statuses = dict(re.findall(r"^\| (\d) \| (\w+) \|", statuses, re.MULTILINE))
    assert {int(c): name for c, name in spec_statuses.items()} == {
        code: row[0] for code, row in errors.STATUSES.items()
    }


def test_a_quoted_server_sentence_gets_no_second_full_stop() -> None:
    text = explain_failure(ApiError(504, "User unauthorized due to cadastral situation.", 400), "en")
    assert "situation.”" in text and "situation.”." not in text
    spanish = explain_failure(ApiError(509, "Cashout not found with this ID", 412), "es")
    assert "«Cashout not found with this ID»." in spanish
