"""Local validation of a cashout before anything is signed or sent (spec §5.2–§5.4, §12.3).

Every check returns :class:`FieldProblem` values keyed by the *wire* field name
(``bank_account``, ``document_id``…), at most one per field (the first rule that fails), in
:data:`FIELD_ORDER`. Nothing here raises, whatever the input: a form can call it on every keystroke.
Messages are English, marked for Qt's ``lupdate`` under the context ``"validation"``; the GUI
renders them through its translator with :meth:`FieldProblem.render`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from tupay_desktop.api import banks
from tupay_desktop.api.models import CashoutRequest, Credentials, parse_amount
from tupay_desktop.i18n import QT_TRANSLATE_NOOP

#: Order in which problems are reported (the order of the creation body, spec §5.2).
FIELD_ORDER = (
    "external_id",
    "country",
    "amount",
    "currency",
    "document_type",
    "document_id",
    "beneficiary_name",
    "beneficiary_lastname",
    "bank_account",
    "account_type",
    "notification_url",
    "comments",
)

#: Digits required in ``document_id`` per ``document_type`` (spec §5.3; open question §13.8).
DOCUMENT_DIGITS: dict[str, int] = {"DNI": 8, "CE": 9, "RUC": 11, "PASS": 12}

COUNTRIES = ("PE",)
CURRENCIES = ("PEN", "USD")
ACCOUNT_TYPES = ("C", "S")

MAX_EXTERNAL_ID = 100
MAX_NAME = 100
MAX_NOTIFICATION_URL = 300
MAX_COMMENTS = 200
MAX_CREDENTIAL = 32
#: Not a TuPay rule: a sanity cap so amounts stay far inside Decimal's 28-digit precision.
MAX_AMOUNT = Decimal("999999999999.99")

# Message templates. Placeholders are ``{name}`` filled from FieldProblem.params.
REQUIRED = QT_TRANSLATE_NOOP("validation", "Required — this field cannot be empty.")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "Too long: {length} characters, at most {max} allowed.")
TOO_LONG_SECRET = QT_TRANSLATE_NOOP("validation", "Too long: at most {max} characters allowed.")
CONTROL_CHARS = QT_TRANSLATE_NOOP(
    "validation", "Contains invisible control characters (tab, line break…) — retype it."
)
INVISIBLE_CHARS = QT_TRANSLATE_NOOP(
    "validation",
    "Contains invisible characters (zero-width, or marks that change the text direction) — retype it.",
)
NOT_PRINTABLE = QT_TRANSLATE_NOOP(
    "validation", "Use visible characters only (no tabs, line breaks or other control characters)."
)
COUNTRY_PE = QT_TRANSLATE_NOOP("validation", "Only Peru is supported: the country must be PE.")
CURRENCY_CHOICE = QT_TRANSLATE_NOOP("validation", "Currency must be PEN or USD.")
AMOUNT_MISSING = QT_TRANSLATE_NOOP("validation", "Enter an amount, e.g. 1250.50.")
AMOUNT_NOT_NUMBER = QT_TRANSLATE_NOOP(
    "validation", "Not a number — use digits with a dot for decimals, e.g. 1250.50."
)
AMOUNT_COMMA = QT_TRANSLATE_NOOP(
    "validation", "Use a dot for decimals (1250.50); a comma only separates thousands (1,250.50)."
)
AMOUNT_NOT_POSITIVE = QT_TRANSLATE_NOOP("validation", "The amount must be greater than zero.")
AMOUNT_DECIMALS = QT_TRANSLATE_NOOP("validation", "At most 2 decimals are allowed, e.g. 1250.50.")
AMOUNT_TOO_LARGE = QT_TRANSLATE_NOOP("validation", "The amount is too large (at most {max}).")
DOCUMENT_TYPE_CHOICE = QT_TRANSLATE_NOOP("validation", "Document type must be DNI, CE, RUC or PASS.")
DOCUMENT_DIGITS_ONLY = QT_TRANSLATE_NOOP(
    "validation", "Use digits only (0–9), without spaces, dots or dashes."
)
DOCUMENT_LENGTH = QT_TRANSLATE_NOOP(
    "validation", "A {type} number has exactly {digits} digits; this one has {length}."
)
DOCUMENT_TOO_LONG = QT_TRANSLATE_NOOP("validation", "Too long: a document number has at most {max} digits.")
CCI_DIGITS_ONLY = QT_TRANSLATE_NOOP("validation", "The CCI has digits only (0–9), without spaces or dashes.")
CCI_LENGTH = QT_TRANSLATE_NOOP(
    "validation", "The CCI (interbank account code) has exactly 20 digits; this one has {length}."
)
CCI_CHECK = QT_TRANSLATE_NOOP("validation", "CCI check digits do not match — check the number.")
CCI_BANK = QT_TRANSLATE_NOOP(
    "validation", "Unknown bank code {code} (the first 3 digits of the CCI) — check the number."
)
ACCOUNT_TYPE_CHOICE = QT_TRANSLATE_NOOP("validation", "Account type must be C (checking) or S (savings).")
URL_INVALID = QT_TRANSLATE_NOOP(
    "validation", "Enter a full web address starting with https:// (or http://), or leave it empty."
)
INVALID_VALUE = QT_TRANSLATE_NOOP("validation", "Invalid value.")
SURROUNDING_SPACE = QT_TRANSLATE_NOOP("validation", "Starts or ends with a space — check the pasted value.")
NAME_DIGITS = QT_TRANSLATE_NOOP("validation", "A name has no digits (0–9) — banks refuse them.")
NAME_CHARACTER = QT_TRANSLATE_NOOP(
    "validation",
    "“{char}” cannot be in a name: use letters, spaces, apostrophes, hyphens and dots — banks refuse "
    "emoji, symbols and markup.",
)
NAME_NO_LETTER = QT_TRANSLATE_NOOP("validation", "A name needs letters.")


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field: ``field`` is the wire name, ``template`` a marked English text."""

    field: str
    template: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        """The English message with its parameters filled in."""
        return _fill(self.template, self.params, self.template)

    def render(self, translate: Callable[[str, str], str]) -> str:
        """The message translated (context ``"validation"``) and filled in. A translation with a
        broken placeholder falls back to the English text rather than failing."""
        try:
            translated = translate("validation", self.template)
        except Exception:
            translated = self.template
        return _fill(translated, self.params, self.template)


def _fill(template: str, params: tuple[tuple[str, str], ...], fallback: str) -> str:
    values = dict(params)
    for text in (template, fallback):
        try:
            return text.format_map(values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            continue
    return fallback


# --------------------------------------------------------------------------------------------
# Field rules. Each returns the first problem's (template, params) or None.
# --------------------------------------------------------------------------------------------

Rule = tuple[str, tuple[tuple[str, str], ...]] | None


def _has_control_chars(text: str) -> bool:
    # Cc: tab, line feed…; Cs: lone surrogates; Zl/Zp: the Unicode line and paragraph separators.
    return any(unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") for ch in text)


#: Invisible letters (Hangul fillers) and the combining grapheme joiner: shown as nothing, like Cf.
_INVISIBLE_LETTERS = frozenset("\u034f\u115f\u1160\u3164\uffa0")


def has_invisible_chars(text: str) -> bool:
    """Whether ``text`` holds characters that show as nothing yet change what is shown or compared:
    format characters (Cf — zero-width space and joiners, bidi embeddings, overrides and isolates
    such as U+202E, the soft hyphen, the BOM) and invisible fillers. In a beneficiary's name they
    make the confirmation and the CSV show another name than the one that is paid."""
    return any(unicodedata.category(ch) == "Cf" or ch in _INVISIBLE_LETTERS for ch in text)


def _text_rule(value: str, *, required: bool, maximum: int) -> Rule:
    if not value:
        return (REQUIRED, ()) if required else None
    if len(value) > maximum:
        return TOO_LONG, (("length", str(len(value))), ("max", str(maximum)))
    if _has_control_chars(value):
        return CONTROL_CHARS, ()
    if has_invisible_chars(value):
        return INVISIBLE_CHARS, ()
    return None


def _external_id_rule(value: str) -> Rule:
    problem = _text_rule(value, required=True, maximum=MAX_EXTERNAL_ID)
    if problem is None and not value.isprintable():
        return NOT_PRINTABLE, ()
    return problem


def _choice_rule(value: str, choices: tuple[str, ...], template: str) -> Rule:
    if not value:
        return REQUIRED, ()
    return None if value in choices else (template, ())


def _amount_rule(value: object) -> Rule:
    if value is None or value == "":
        return AMOUNT_MISSING, ()
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        return AMOUNT_NOT_NUMBER, ()
    amount = Decimal(value)
    if not amount.is_finite():
        return AMOUNT_NOT_NUMBER, ()
    if amount <= 0:
        return AMOUNT_NOT_POSITIVE, ()
    if _decimal_places(amount) > 2:
        return AMOUNT_DECIMALS, ()
    if amount > MAX_AMOUNT:
        return AMOUNT_TOO_LARGE, (("max", format(MAX_AMOUNT, ",f")),)
    return None


def _decimal_places(amount: Decimal) -> int:
    """Significant decimals, ignoring trailing zeros; exact (no context rounding)."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0:
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -exponent - trailing_zeros)


def _document_id_rule(value: str, document_type: str) -> Rule:
    if not value:
        return REQUIRED, ()
    if not (value.isascii() and value.isdigit()):
        return DOCUMENT_DIGITS_ONLY, ()
    digits = DOCUMENT_DIGITS.get(document_type)
    if digits is None:
        longest = max(DOCUMENT_DIGITS.values())
        return (DOCUMENT_TOO_LONG, (("max", str(longest)),)) if len(value) > longest else None
    if len(value) != digits:
        params = (("type", document_type), ("digits", str(digits)), ("length", str(len(value))))
        return DOCUMENT_LENGTH, params
    return None


def _bank_account_rule(value: str) -> Rule:
    if not value:
        return REQUIRED, ()
    if not (value.isascii() and value.isdigit()):
        return CCI_DIGITS_ONLY, ()
    short_form = banks.ACCEPT_18_DIGIT_CCI and len(value) == 18 and value.endswith("00")
    if len(value) != banks.CCI_LENGTH and not short_form:
        return CCI_LENGTH, (("length", str(len(value))),)
    if not banks.cci_is_valid(value):
        return CCI_CHECK, ()
    if banks.bank_for_cci(value) is None:
        return CCI_BANK, (("code", value[:3]),)
    return None


def _notification_url_rule(value: str) -> Rule:
    if not value:
        return None
    if len(value) > MAX_NOTIFICATION_URL:
        return TOO_LONG, (("length", str(len(value))), ("max", str(MAX_NOTIFICATION_URL)))
    if any(ch.isspace() for ch in value) or _has_control_chars(value) or has_invisible_chars(value):
        return URL_INVALID, ()
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return URL_INVALID, ()
    if parts.scheme.lower() not in ("http", "https") or not host:
        return URL_INVALID, ()
    return None


#: What a beneficiary's name may hold besides letters (any script, with their accents): banks
#: take spaces, apostrophes (O'Brien, D’Angelo), hyphens (Peña-Ruiz) and dots (Ma. José).
NAME_PUNCTUATION = frozenset(" '’ʼ-‐.")


def _name_character_problem(ch: str) -> Rule:
    category = unicodedata.category(ch)
    if category[0] in "LM" or ch in NAME_PUNCTUATION:  # letters, and accents typed apart (e + ◌́)
        return None
    if category == "Nd" or ch.isdigit():
        return NAME_DIGITS, ()
    shown = ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"
    return NAME_CHARACTER, (("char", shown),)


def _name_rule(value: str) -> Rule:
    """A first or last name: the text rules, then letters, spaces, apostrophes, hyphens and dots
    only. Digits, emoji, symbols and markup (``<``, ``>``, ``&``…) are refused, as banks do."""
    problem = _text_rule(value, required=True, maximum=MAX_NAME)
    if problem is not None:
        return problem
    for ch in value:
        found = _name_character_problem(ch)
        if found is not None:
            return found
    if not any(unicodedata.category(ch)[0] == "L" for ch in value):
        return NAME_NO_LETTER, ()
    return None


def _as_text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _field_rules(get: Callable[[str], Any]) -> dict[str, Callable[[], Rule]]:
    def text(name: str) -> str:
        return _as_text(get(name))

    return {
        "external_id": lambda: _external_id_rule(text("external_id")),
        "country": lambda: _choice_rule(text("country"), COUNTRIES, COUNTRY_PE),
        "amount": lambda: _amount_rule(get("amount")),
        "currency": lambda: _choice_rule(text("currency"), CURRENCIES, CURRENCY_CHOICE),
        "document_type": lambda: _choice_rule(
            text("document_type"), tuple(DOCUMENT_DIGITS), DOCUMENT_TYPE_CHOICE
        ),
        "document_id": lambda: _document_id_rule(text("document_id"), text("document_type")),
        "beneficiary_name": lambda: _name_rule(text("beneficiary_name")),
        "beneficiary_lastname": lambda: _name_rule(text("beneficiary_lastname")),
        "bank_account": lambda: _bank_account_rule(text("bank_account")),
        "account_type": lambda: _choice_rule(text("account_type"), ACCOUNT_TYPES, ACCOUNT_TYPE_CHOICE),
        "notification_url": lambda: _notification_url_rule(text("notification_url")),
        "comments": lambda: _text_rule(text("comments"), required=False, maximum=MAX_COMMENTS),
    }


def _run(rules: Mapping[str, Callable[[], Rule]]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for name in FIELD_ORDER:
        try:
            found = rules[name]()
        except Exception:  # a rule must never take the form down; report the field instead
            found = (INVALID_VALUE, ())
        if found is not None:
            problems.append(FieldProblem(name, found[0], found[1]))
    return problems


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def validate_cashout(request: CashoutRequest) -> list[FieldProblem]:
    """All problems of a cashout request, one per field at most, in :data:`FIELD_ORDER`."""
    return _run(_field_rules(lambda name: getattr(request, name, None)))


#: Separators a document number or a CCI is often pasted with: spaces (also no-break and thin
#: ones), dashes and dots ("0032-0001-3103-5664-2337", "71.594.743").
_NUMBER_SEPARATORS = re.compile(r"[\s.\-‐‑‒–—−]+")


def clean_number(text: str) -> str:
    """``text`` without the separators a document number or CCI is pasted with (spaces, dashes,
    dots). Anything else stays, so a letter is still reported rather than silently dropped."""
    return _NUMBER_SEPARATORS.sub("", text)


#: Fields whose raw text is cleaned with :func:`clean_number` before it is checked.
NUMBER_FIELDS = ("document_id", "bank_account")


_AMOUNT_TEXT = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?", re.ASCII)
#: Dots grouping thousands (1.500, 1.250.000,50), as written in Peru, Spain and Brazil: read with
#: the dot as a decimal point, "1.500" would pay 1.50 instead of 1500.
_DOT_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d*)?", re.ASCII)


def _parse_amount_text(text: str) -> tuple[Decimal | None, Rule]:
    """Typed text: a dot for decimals, a comma (or a space) between thousands, and no more than two
    decimal digits written — "1.500" and "20.000" are refused, not read as 1.50 and 20."""
    if not text:
        return None, (AMOUNT_MISSING, ())
    compact = text.replace(" ", "")
    if _DOT_THOUSANDS.fullmatch(compact):
        return None, (AMOUNT_COMMA, ())
    if not _AMOUNT_TEXT.fullmatch(compact) or not any(ch.isdigit() for ch in compact):
        return None, (AMOUNT_COMMA if "," in compact else AMOUNT_NOT_NUMBER, ())
    if len(compact.partition(".")[2]) > 2:
        return None, (AMOUNT_DECIMALS, ())
    try:
        amount = parse_amount(compact)
    except (ArithmeticError, ValueError):
        amount = None
    return (amount, None) if amount is not None else (None, (AMOUNT_NOT_NUMBER, ()))


def validate_form(values: Mapping[str, str]) -> tuple[CashoutRequest | None, list[FieldProblem]]:
    """Validate raw text (a form, CLI flags). Whitespace around values is ignored; the code fields
    (country, currency, document type, account type) are upper-cased; a blank country means PE;
    the document number and the CCI lose the spaces, dashes and dots they are pasted with
    (:func:`clean_number`). Returns the request only when there is no problem."""
    clean: dict[str, str] = {}
    for name in FIELD_ORDER:
        try:
            clean[name] = _as_text(values.get(name)).strip()
        except Exception:
            clean[name] = ""
    for name in ("country", "currency", "document_type", "account_type"):
        clean[name] = clean[name].upper()
    clean["country"] = clean["country"] or COUNTRIES[0]
    for name in NUMBER_FIELDS:
        clean[name] = clean_number(clean[name])

    amount, amount_problem = _parse_amount_text(clean["amount"])
    rules = _field_rules(lambda name: amount if name == "amount" else clean[name])
    if amount_problem is not None:
        rules["amount"] = lambda: amount_problem
    problems = _run(rules)
    if problems or amount is None:
        return None, problems
    request = CashoutRequest(
        external_id=clean["external_id"],
        amount=amount,
        currency=clean["currency"],
        document_type=clean["document_type"],
        document_id=clean["document_id"],
        beneficiary_name=clean["beneficiary_name"],
        beneficiary_lastname=clean["beneficiary_lastname"],
        bank_account=clean["bank_account"],
        account_type=clean["account_type"],
        notification_url=clean["notification_url"],
        comments=clean["comments"],
        country=clean["country"],
    )
    return request, []


def validate_credentials(credentials: Credentials) -> list[FieldProblem]:
    """Problems with one environment's credentials. Messages never contain a secret's value."""
    problems: list[FieldProblem] = []
    limits = (("api_key", MAX_CREDENTIAL), ("passphrase", MAX_CREDENTIAL), ("signature_secret", 0))
    for name, maximum in limits:
        value = _as_text(getattr(credentials, name, None))
        if not value:
            problems.append(FieldProblem(name, REQUIRED))
        elif maximum and len(value) > maximum:
            problems.append(FieldProblem(name, TOO_LONG_SECRET, (("max", str(maximum)),)))
        elif _has_control_chars(value):
            problems.append(FieldProblem(name, CONTROL_CHARS))
        elif value != value.strip():
            problems.append(FieldProblem(name, SURROUNDING_SPACE))
    return problems
