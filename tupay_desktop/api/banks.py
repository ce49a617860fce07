"""Peruvian banks and the CCI (Código de Cuenta Interbancaria) pre-check (spec §5.4).

A CCI is 20 digits: 3-digit bank code + 3-digit branch + 12-digit account + 2 check digits.
The check-digit algorithm is *inferred* (spec §5.4, §13.9): it reproduces every real CCI we have
seen, but TuPay has not confirmed it. It lives in :func:`_check_digit` alone so it is easy to change.
This is a client-side pre-check only; TuPay's own validation is authoritative.
"""

from __future__ import annotations

#: Length of a full CCI.
CCI_LENGTH = 20

#: Whether an 18-digit value ending in ``00`` counts as a CCI. [D24]'s validator accepts that
#: form, but it is an open question for TuPay (spec §13.9); the spec recommends requiring 20 digits.
ACCEPT_18_DIGIT_CCI = False

#: Bank codes of spec §5.4 ([D24] list, partial). CMAC Huancayo's ``8xx`` code was cut off in the
#: source and is deliberately absent rather than guessed.
PERU_BANKS: dict[str, str] = {
    "002": "Banco de Crédito del Perú",
    "003": "Interbank",
    "007": "Citibank",
    "009": "Scotiabank",
    "011": "BBVA Continental",
    "018": "Banco de la Nación",
    "023": "Banco de Comercio",
    "035": "Banco Financiero",
    "038": "Banco Interamericano de Finanzas (BIF)",
    "043": "Crediscotia Financiera",
    "049": "Mi Banco",
    "053": "Banco GNB Perú",
    "054": "Banco Falabella",
    "056": "Santander",
    "800": "Caja Metropolitana de Lima",
    "801": "CMAC Piura",
    "802": "CMAC Trujillo",
    "803": "CMAC Arequipa",
    "805": "CMAC Sullana",
    "806": "CMAC Cusco",
}


def bank_for_cci(cci: str) -> str | None:
    """The bank's name from the first three digits of ``cci``, or ``None`` if not recognised."""
    prefix = cci.strip()[:3]
    if len(prefix) != 3 or not _is_ascii_digits(prefix):
        return None
    return PERU_BANKS.get(prefix)


def _check_digit(digits: str) -> int:
    """One CCI check digit (inferred, spec §5.4).

    Weights 1, 2, 1, 2, … from the left; a product ≥ 10 contributes the sum of its two digits;
    check = (10 − sum mod 10) mod 10.
    """
    total = 0
    for position, char in enumerate(digits):
        product = int(char) * (1 if position % 2 == 0 else 2)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


def cci_check_digits(first18: str) -> str:
    """The two check digits for the first 18 digits of a CCI: one over digits 1–6 (bank + branch),
    one over digits 7–18 (account). Raises ``ValueError`` unless given exactly 18 ASCII digits."""
    if len(first18) != 18 or not _is_ascii_digits(first18):
        raise ValueError("expected exactly 18 digits")
    return f"{_check_digit(first18[:6])}{_check_digit(first18[6:])}"


def cci_is_valid(cci: str) -> bool:
    """Whether ``cci`` is 20 digits whose last two are the check digits of the first 18.

    With :data:`ACCEPT_18_DIGIT_CCI` set, an 18-digit value ending in ``00`` is accepted as well
    (it carries no check digits to verify). Does not look at the bank code; see :func:`bank_for_cci`.
    """
    if not _is_ascii_digits(cci):
        return False
    if len(cci) == CCI_LENGTH:
        return cci_check_digits(cci[:18]) == cci[18:]
    return ACCEPT_18_DIGIT_CCI and len(cci) == 18 and cci.endswith("00")


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit() accepts e.g. Arabic-Indic and superscript digits; a CCI is ASCII 0-9 only.
    return bool(text) and text.isascii() and text.isdigit()
