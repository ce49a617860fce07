"""Bank table and CCI check digits (spec §5.4)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tupay_desktop.api import banks

REAL_CCIS = ["00219300153895206813", "00320001310356642337", "01136600010003254221"]


@pytest.mark.parametrize("cci", REAL_CCIS)
def test_real_ccis_from_the_spec_pass(cci: str) -> None:
    assert banks.cci_check_digits(cci[:18]) == cci[18:]
    assert banks.cci_is_valid(cci)


@pytest.mark.parametrize("cci", REAL_CCIS)
def test_changing_any_single_digit_of_a_real_cci_is_caught(cci: str) -> None:
    # Each check digit covers its own block, and weights 1/2 make every single-digit change visible.
    for index in range(20):
        for replacement in "0123456789":
            if replacement == cci[index]:
                continue
            altered = cci[:index] + replacement + cci[index + 1 :]
            assert not banks.cci_is_valid(altered), altered


def test_swapped_check_digits_fail() -> None:
    assert not banks.cci_is_valid("00219300153895206831")
    assert not banks.cci_is_valid("00320001310356642373")


def test_check_digits_known_values() -> None:
    assert banks.cci_check_digits("002193001538952068") == "13"
    assert banks.cci_check_digits("000000000000000000") == "00"
    # Products >= 10 are summed digitwise: 9*2 = 18 -> 1+8 = 9; 1 + 9 = 10 -> check 0.
    assert banks._check_digit("19") == 0
    assert banks._check_digit("09") == 1  # 0 + (18 -> 9) = 9 -> 1


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "0021930015389520681",
        "002193001538952068133",
        "0021930015389520681a",
        " 00219300153895206813",
        "٠٠٢١٩٣٠٠١٥٣٨٩٥٢٠٦٨١٣",
        "-0219300153895206813",
    ],
)
def test_malformed_values_are_not_valid(bad: str) -> None:
    assert not banks.cci_is_valid(bad)


@pytest.mark.parametrize("bad", ["", "12345", "0021930015389520681x", "0" * 19, "٠" * 18])
def test_check_digits_rejects_wrong_input(bad: str) -> None:
    with pytest.raises(ValueError):
        banks.cci_check_digits(bad)


def test_eighteen_digit_form_follows_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    short = "002193001538952000"
    assert banks.ACCEPT_18_DIGIT_CCI is False
    assert not banks.cci_is_valid(short)
    monkeypatch.setattr(banks, "ACCEPT_18_DIGIT_CCI", True)
    assert banks.cci_is_valid(short)
    assert not banks.cci_is_valid("002193001538952068")  # 18 digits not ending in 00
    assert banks.cci_is_valid(REAL_CCIS[0])


def test_bank_names() -> None:
    assert banks.bank_for_cci("00219300153895206813") == "Banco de Crédito del Perú"
    assert banks.bank_for_cci("00320001310356642337") == "Interbank"
    assert banks.bank_for_cci("01136600010003254221") == "BBVA Continental"
    assert banks.bank_for_cci("806") == "CMAC Cusco"
    assert banks.bank_for_cci("999123") is None
    assert banks.bank_for_cci("00") is None
    assert banks.bank_for_cci("") is None
    assert banks.bank_for_cci("x02") is None


def test_bank_table_matches_spec_and_invents_nothing() -> None:
    assert len(banks.PERU_BANKS) == 20
    assert all(len(code) == 3 and code.isdigit() for code in banks.PERU_BANKS)
    assert "804" not in banks.PERU_BANKS and "807" not in banks.PERU_BANKS
    assert not any("Huancayo" in name for name in banks.PERU_BANKS.values())


@given(st.text(alphabet="0123456789", min_size=18, max_size=18))
def test_completed_cci_is_always_valid(first18: str) -> None:
    assert banks.cci_is_valid(first18 + banks.cci_check_digits(first18))


@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    assert isinstance(banks.cci_is_valid(text), bool)
    banks.bank_for_cci(text)
