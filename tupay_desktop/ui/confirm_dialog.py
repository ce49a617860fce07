"""The Production confirmation: repeat what is about to be paid, and make the operator type the amount.

Nothing is sent unless the dialog is accepted, and it can only be accepted once the typed amount
equals the cashout's amount (as a decimal: ``150``, ``150.0`` and ``150.00`` are the same amount).
Enter in the amount field sends when the amount matches; with a wrong or empty amount it sends
nothing and says why under the field. Escape cancels. Enter on a focused button presses that one.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tupay_desktop.api.banks import bank_for_cci
from tupay_desktop.api.models import CashoutRequest, parse_amount
from tupay_desktop.store.settings import EnvironmentConfig
from tupay_desktop.ui import theme
from tupay_desktop.ui.environment_bar import environment_name
from tupay_desktop.ui.i18n import arg


def format_amount(amount: Decimal, *, grouping: bool = True) -> str:
    """``1,250.00`` (or ``1250.00``): two decimals, as an operator reads money."""
    return f"{amount:,.2f}" if grouping else f"{amount:.2f}"


class ConfirmProductionDialog(QDialog):
    """Modal confirmation of one Production cashout. ``accepted`` only with the amount typed."""

    def __init__(
        self, request: CashoutRequest, env: EnvironmentConfig, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmProductionDialog")
        self.request = request
        self.setWindowTitle(self.tr("Confirm a PRODUCTION cashout"))
        self.setModal(True)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)

        banner = QLabel(
            arg(
                self.tr("PRODUCTION — real money. Confirming sends this cashout to %1 and pays a real "
                        "bank account."),
                env.base_url or environment_name(env),
            ),
            self,
        )
        banner.setObjectName("productionBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(
            f"background: {theme.PRODUCTION_ACCENT}; color: white; font-weight: 700; padding: 8px;"
            " border-radius: 4px;"
        )
        layout.addWidget(banner)

        form = QFormLayout()
        bank = bank_for_cci(request.bank_account) or self.tr("bank not recognised")
        account_types = {"S": self.tr("Savings (S)"), "C": self.tr("Current (C)")}
        amount_text = f"{format_amount(request.amount)} {request.currency}"
        rows = [
            (self.tr("Beneficiary"), f"{request.beneficiary_name} {request.beneficiary_lastname}".strip()),
            (self.tr("Document"), f"{request.document_type} {request.document_id}"),
            (self.tr("Bank"), bank),
            (self.tr("CCI"), request.bank_account),
            (self.tr("Account type"), account_types.get(request.account_type, request.account_type)),
            (self.tr("Amount"), amount_text),
            (self.tr("External id"), request.external_id),
        ]
        for caption, value in rows:
            label = QLabel(value, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(caption)
            if caption == self.tr("Amount"):
                font = label.font()
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 1.3)
                label.setFont(font)
            form.addRow(caption + ":", label)
        layout.addLayout(form)

        prompt = QLabel(
            arg(self.tr("Type the amount (%1) to confirm:"), format_amount(request.amount, grouping=False)),
            self,
        )
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("confirmAmount")
        self.amount_edit.setAccessibleName(self.tr("Type the amount to confirm"))
        # No placeholder: an empty field showing the amount in grey would look already filled in.
        prompt.setBuddy(self.amount_edit)
        layout.addWidget(self.amount_edit)
        self.hint = QLabel(self)
        self.hint.setObjectName("confirmHint")
        self.hint.setWordWrap(True)
        # Two lines kept for it, so the buttons never move under the pointer as it changes.
        self.hint.setMinimumHeight(2 * self.hint.fontMetrics().lineSpacing())
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton(
            self.tr("Send %1 to PRODUCTION").replace("%1", amount_text),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setStyleSheet(
            theme.accent_button_css(QColor(theme.PRODUCTION_ACCENT), padding="3px 12px", radius=3)
        )
        self.confirm_button.setAccessibleName(self.tr("Confirm and send to Production"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel, send nothing"))
        # No default button: Enter in the amount field is handled in keyPressEvent (it sends only
        # with the amount typed); on a focused button, Enter presses that button.
        for button in (self.confirm_button, self.cancel_button):
            button.setAutoDefault(True)
            button.setDefault(False)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.amount_edit.textChanged.connect(self._update)
        self._update()
        self.amount_edit.setFocus()

    def amount_matches(self) -> bool:
        typed = parse_amount(self.amount_edit.text())
        return typed is not None and typed == self.request.amount

    def _update(self) -> None:
        matches = self.amount_matches()
        self.confirm_button.setEnabled(matches)
        if matches:
            self.hint.setText(self.tr("Amount confirmed. Enter sends it."))
            self.hint.setStyleSheet(f"color: {theme.css(theme.ok_colour())};")
        elif self.amount_edit.text().strip():
            self.hint.setText(self.tr("That is not the amount of this cashout."))
            self.hint.setStyleSheet(f"color: {theme.css(theme.error_colour())};")
        else:
            self.hint.setText("")

    def confirm(self) -> bool:
        """What Enter in the amount field does: send (accept) when the typed amount matches, or
        else send nothing and say why under the field. Returns whether it was accepted."""
        if self.amount_matches():
            self.accept()
            return True
        expected = format_amount(self.request.amount, grouping=False)
        if self.amount_edit.text().strip():
            text = arg(self.tr("Not sent: that is not the amount of this cashout. Type %1 to send it."),
                       expected)
        else:
            text = arg(self.tr("Not sent: type the amount (%1) first."), expected)
        self.hint.setText(text)
        self.hint.setStyleSheet(f"color: {theme.css(theme.error_colour())};")
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not isinstance(self.focusWidget(), QAbstractButton):
            event.accept()
            self.confirm()
            return
        super().keyPressEvent(event)  # Escape cancels; Enter on a focused button presses it

    def _on_accept(self) -> None:
        if self.amount_matches():
            self.accept()
