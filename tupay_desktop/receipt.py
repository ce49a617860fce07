"""The content of a cashout receipt, assembled from its journal entry. No Qt.

A receipt says what was paid, to whom and where it stands: beneficiary, document (masked), bank
(named from the CCI) and CCI (masked except its last 4 digits), account type, amount and currency
(two decimals, as the Desk sends them), the status in words with the time it was known, TuPay's
``cashout_id`` and the ``external_id``, the environment, and the Desk's version. A receipt of the
built-in Sandbox carries the mark SIMULATED (Staging: TEST), so it can never pass for a payment.

:func:`build_receipt` returns the words; ``tupay_desktop.ui.receipt`` lays them out as a PDF. Its
texts are marked for Qt's catalogue (context ``Receipt``) and go through ``translate``: the Desk
and ``tupay-cli receipt`` pass Qt's, with the receipt's language installed. ``lang`` picks the
language of the error catalogue's own texts (status words: ``"es"`` has them built in).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import tupay_desktop
from tupay_desktop.api import errors
from tupay_desktop.api.banks import bank_for_cci
from tupay_desktop.i18n import QT_TRANSLATE_NOOP, Translator, identity
from tupay_desktop.store.journal import JournalEntry, state_label, status_label
from tupay_desktop.store.settings import BUILTIN_ENVIRONMENTS, EnvironmentConfig, EnvironmentKind

__all__ = [
    "MASK", "Receipt", "build_receipt", "environment_name", "file_name", "format_amount", "format_time",
    "mask_account", "mask_document",
]

CONTEXT = "Receipt"
#: What stands for a hidden character.
MASK = "•"

_TITLE = QT_TRANSLATE_NOOP(CONTEXT, "Cashout receipt")
_SIMULATED = QT_TRANSLATE_NOOP(CONTEXT, "SIMULATED")
_SIMULATED_NOTE = QT_TRANSLATE_NOOP(
    CONTEXT, "SIMULATED — made by the Desk's built-in sandbox. No money was moved and nobody was paid."
)
_TEST = QT_TRANSLATE_NOOP(CONTEXT, "TEST")
_TEST_NOTE = QT_TRANSLATE_NOOP(
    CONTEXT, "TEST — sent to TuPay's test system (Staging). No real money was moved."
)
_DISCLAIMER = QT_TRANSLATE_NOOP(
    CONTEXT,
    "Made by TuPay Cashout Desk from this computer's journal. TuPay's own records are authoritative; "
    "look the cashout up by its external_id to confirm its status.",
)
_FOOTER = QT_TRANSLATE_NOOP(CONTEXT, "TuPay Cashout Desk %1 — receipt made %2")
_AS_OF = QT_TRANSLATE_NOOP(CONTEXT, "%1 (as of %2)")
_NONE = QT_TRANSLATE_NOOP(CONTEXT, "none (TuPay has not created it)")
_NO_BANK = QT_TRANSLATE_NOOP(CONTEXT, "bank not recognised (code %1)")
_ACCOUNT_TYPES = {
    "S": QT_TRANSLATE_NOOP(CONTEXT, "Savings (S)"),
    "C": QT_TRANSLATE_NOOP(CONTEXT, "Current (C)"),
}
_LABELS = {
    "beneficiary": QT_TRANSLATE_NOOP(CONTEXT, "Beneficiary"),
    "document": QT_TRANSLATE_NOOP(CONTEXT, "Document"),
    "bank": QT_TRANSLATE_NOOP(CONTEXT, "Bank"),
    "account": QT_TRANSLATE_NOOP(CONTEXT, "Account (CCI)"),
    "account_type": QT_TRANSLATE_NOOP(CONTEXT, "Account type"),
    "amount": QT_TRANSLATE_NOOP(CONTEXT, "Amount"),
    "status": QT_TRANSLATE_NOOP(CONTEXT, "Status"),
    "meaning": QT_TRANSLATE_NOOP(CONTEXT, "Meaning"),
    "rejection": QT_TRANSLATE_NOOP(CONTEXT, "Rejection"),
    "cashout_id": QT_TRANSLATE_NOOP(CONTEXT, "TuPay cashout_id"),
    "bank_reference": QT_TRANSLATE_NOOP(CONTEXT, "Bank reference"),
    "external_id": QT_TRANSLATE_NOOP(CONTEXT, "external_id"),
    "created": QT_TRANSLATE_NOOP(CONTEXT, "Sent"),
    "environment": QT_TRANSLATE_NOOP(CONTEXT, "Environment"),
}


@dataclass(frozen=True)
class Receipt:
    """The words of one receipt, in one language, ready to lay out."""

    title: str
    #: ``(label, value)`` in reading order.
    rows: tuple[tuple[str, str], ...]
    #: ``"SIMULATED"`` (Sandbox) or ``"TEST"`` (Staging), translated; ``""`` otherwise.
    mark: str
    #: One sentence saying what the mark means ("" without a mark).
    mark_note: str
    disclaimer: str
    footer: str
    #: The document's author line (``TuPay Cashout Desk 1.2.3``), for the PDF's metadata.
    creator: str

    def text(self) -> str:
        """The receipt as plain text (what a PDF's text extraction should find)."""
        lines = [self.title]
        if self.mark_note:
            lines.append(self.mark_note)
        lines += [f"{label}: {value}" for label, value in self.rows]
        lines += [self.disclaimer, self.footer]
        return "\n".join(lines)


def mask_document(document_id: str) -> str:
    """Only the last 3 characters of a document number (``•••••211``); all hidden when short."""
    value = document_id.strip()
    if len(value) <= 4:
        return MASK * len(value)
    return MASK * (len(value) - 3) + value[-3:]


def mask_account(account: str) -> str:
    """A CCI hidden except its last 4 digits, in groups of 4: ``•••• •••• •••• •••• 6813``."""
    value = account.strip()
    if len(value) <= 4:
        return MASK * len(value)
    hidden = MASK * (len(value) - 4)
    groups = [hidden[max(0, i - 4):i] for i in range(len(hidden), 0, -4)][::-1]
    return " ".join([*groups, value[-4:]])


def file_name(entry: JournalEntry) -> str:
    """A file name for the receipt: ``receipt-<external_id>.pdf`` (only safe characters)."""
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "-" for ch in entry.external_id)
    return f"receipt-{safe.strip('.-') or 'cashout'}.pdf"


def format_time(moment: datetime | None) -> str:
    """Local time with its UTC offset: ``2026-11-25 09:14:03 UTC-05:00``."""
    if moment is None:
        return ""
    local = moment.astimezone()
    offset = local.strftime("%z") or "+0000"
    return f"{local:%Y-%m-%d %H:%M:%S} UTC{offset[:3]}:{offset[3:]}"


def format_amount(amount: Decimal | None, currency: str) -> str:
    """The amount as the Desk sent it (two decimals) with its currency: ``150.00 PEN``."""
    if amount is None:
        return currency
    two_decimals = amount.is_finite() and amount == amount.quantize(Decimal("0.01"))
    text = f"{amount:.2f}" if two_decimals else str(amount)
    return f"{text} {currency}".strip()


def _environment_kind(env_key: str, environment: EnvironmentConfig | None) -> EnvironmentKind | None:
    if environment is not None and environment.key == env_key:
        return environment.kind
    # The built-in keys are reserved: "sandbox" is always the Desk's own simulator.
    builtin = {env.key: env.kind for env in BUILTIN_ENVIRONMENTS}
    return builtin.get(env_key)


def environment_name(env_key: str, environment: EnvironmentConfig | None, translate: Translator) -> str:
    """The environment's name as the operator knows it (``env_key`` when it is not known)."""
    if environment is not None and environment.key == env_key:
        return translate("Environment", environment.display_name)
    for env in BUILTIN_ENVIRONMENTS:
        if env.key == env_key:
            return translate("Environment", env.display_name)
    return env_key


def _catalogue(text: str, known: bool, lang: str, translate: Translator) -> str:
    """An error-catalogue text in ``lang``: its own Spanish, else the English through ``translate``."""
    return text if lang.lower().startswith("es") or not known else translate("errors", text)


def _status(entry: JournalEntry, lang: str, translate: Translator) -> tuple[str, str, str]:
    """(status in words, its meaning, rejection in words) of the entry."""
    if entry.state == "created" and entry.last_status is not None:
        word = status_label(entry.last_status, lang, translate)
        info = errors.describe_status(entry.last_status, lang)
        meaning = _catalogue(info.meaning, info.known, lang, translate)
        rejection = ""
        if entry.rejection_code is not None or entry.rejection_reason:
            found = errors.describe_rejection(entry.rejection_code, entry.rejection_reason, lang)
            title = _catalogue(found.title, found.known, lang, translate)
            code = f" ({entry.rejection_code})" if entry.rejection_code is not None else ""
            rejection = f"{title}{code}"
        return word, meaning, rejection
    word = state_label(entry.state, lang, translate)
    if entry.state == "declined" and entry.error_code is not None:
        word = f"{word} ({entry.error_code})"
    return word, "", ""


def build_receipt(
    entry: JournalEntry,
    *,
    environment: EnvironmentConfig | None = None,
    lang: str = "en",
    translate: Translator = identity,
    version: str | None = None,
    made_at: datetime | None = None,
) -> Receipt:
    """The receipt of ``entry``: its words through ``translate`` (context ``Receipt``).

    ``environment`` is the entry's environment when the caller knows it (its display name); the
    built-in ones are recognised by their key anyway. Full document and account numbers never
    appear, and nothing of the request but the account type is read.
    """

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    kind = _environment_kind(entry.env_key, environment)
    mark = note = ""
    if kind is EnvironmentKind.SANDBOX:
        mark, note = tr(_SIMULATED), tr(_SIMULATED_NOTE)
    elif kind is EnvironmentKind.STAGING:
        mark, note = tr(_TEST), tr(_TEST_NOTE)

    bank = bank_for_cci(entry.bank_account) or tr(_NO_BANK).replace("%1", entry.bank_account[:3])
    account_type = str(entry.request_fields().get("account_type") or "")
    word, meaning, rejection = _status(entry, lang, translate)
    as_of = entry.last_status_at if entry.state == "created" and entry.last_status_at else entry.updated_at
    status = tr(_AS_OF).replace("%1", word).replace("%2", format_time(as_of)) if as_of else word
    document = " ".join(p for p in (entry.document_type, mask_document(entry.document_id)) if p)

    rows: list[tuple[str, str]] = [
        (tr(_LABELS["beneficiary"]), entry.beneficiary),
        (tr(_LABELS["document"]), document),
        (tr(_LABELS["bank"]), bank),
        (tr(_LABELS["account"]), mask_account(entry.bank_account)),
    ]
    if account_type:
        rows.append((tr(_LABELS["account_type"]), tr(_ACCOUNT_TYPES[account_type])
                     if account_type in _ACCOUNT_TYPES else account_type))
    rows.append((tr(_LABELS["amount"]), format_amount(entry.amount, entry.currency)))
    rows.append((tr(_LABELS["status"]), status))
    if meaning:
        rows.append((tr(_LABELS["meaning"]), meaning))
    if rejection:
        rows.append((tr(_LABELS["rejection"]), rejection))
    if entry.bank_reference_id:  # the bank's own reference of the transfer, once delivered
        rows.append((tr(_LABELS["bank_reference"]), entry.bank_reference_id))
    rows += [
        (tr(_LABELS["cashout_id"]), str(entry.cashout_id) if entry.cashout_id is not None else tr(_NONE)),
        (tr(_LABELS["external_id"]), entry.external_id),
        (tr(_LABELS["created"]), format_time(entry.created_at)),
        (tr(_LABELS["environment"]), environment_name(entry.env_key, environment, translate)),
    ]
    desk_version = version if version is not None else tupay_desktop.__version__
    made = format_time(made_at or datetime.now().astimezone())
    footer = tr(_FOOTER).replace("%1", desk_version).replace("%2", made)
    return Receipt(
        title=tr(_TITLE),
        rows=tuple(rows),
        mark=mark,
        mark_note=note,
        disclaimer=tr(_DISCLAIMER),
        footer=footer,
        creator=f"TuPay Cashout Desk {desk_version}",
    )
