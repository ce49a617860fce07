"""The create form: every field of a cashout (spec §5.2), validated live, with a preview of the
exact (redacted) JSON body and its signature, and one guarded Send button.

Validation comes from :func:`tupay_desktop.api.validation.validate_form`; each problem is shown in
words under its field once the field has been edited (or after a send attempt), on a line kept for
it whether or not there is a message, so nothing moves under the operator's pointer; Send stays
disabled while anything is invalid. A document number or CCI pasted with spaces, dashes or dots is
shown cleaned. From the first click until the outcome arrives the form is in a *sending* state:
Send is disabled and the fields are shown read-only, so a double click, a double Enter or a slow
answer can never send twice. After a created cashout the beneficiary and the amount are cleared
under a new external id ("Same beneficiary again" brings the beneficiary back); arriving in
Production clears the amount. The form itself never talks to the network; it emits
:attr:`CashoutForm.send_requested`.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tupay_desktop.api.banks import bank_for_cci
from tupay_desktop.api.models import CashoutRequest, PreparedRequest, parse_amount
from tupay_desktop.api.validation import (
    FIELD_ORDER,
    NUMBER_FIELDS,
    FieldProblem,
    clean_number,
    validate_form,
)
from tupay_desktop.store.settings import EnvironmentConfig
from tupay_desktop.ui import theme
from tupay_desktop.ui.environment_bar import environment_name
from tupay_desktop.ui.i18n import arg

EXTERNAL_ID_PREFIX = "desk-"

#: The beneficiary's fields, which "Same beneficiary again" fills in again.
BENEFICIARY_FIELDS = (
    "beneficiary_name", "beneficiary_lastname", "document_type", "document_id", "bank_account",
    "account_type",
)
#: Cleared after a created cashout (the combos keep their choice, like the environment's defaults).
CLEARED_AFTER_CREATE = ("beneficiary_name", "beneficiary_lastname", "document_id", "bank_account", "amount")


def new_external_id() -> str:
    """A fresh external id: ``desk-`` and 20 hex characters."""
    # os.urandom is what secrets.token_hex reads; importing secrets would load OpenSSL's libcrypto
    # (hashlib, hmac) before the first frame.
    return EXTERNAL_ID_PREFIX + os.urandom(10).hex()


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class MessageLine(QLabel):
    """The line under a field for its message. Its height is kept whether it is shown or not, so a
    message appearing never moves the fields below; a message longer than the line is elided, whole
    in the tooltip (and in the field's accessible description)."""

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0) -> None:
        super().__init__(parent)
        if scale != 1.0:
            font = self.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            self.setFont(font)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setFixedHeight(self.fontMetrics().height())
        self._colour: QColor | None = None

    def set_colour(self, colour: QColor | None) -> None:
        # Not ``colour == self._colour`` while either is None: comparing a QColor with None makes
        # PySide try to convert None to a QColor, ~2 ms the first time (in the first frame).
        if colour is self._colour or (colour is not None and self._colour is not None
                                      and colour == self._colour):
            return
        self._colour = colour
        self.update()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()
        self.update()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        return QSize(min(self.fontMetrics().horizontalAdvance(self.text()), 200), self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        if self._colour is not None:
            painter.setPen(self._colour)
        else:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.text() and self.is_elided() else "")


class _PreviewEdit(QPlainTextEdit):
    """The request preview: it prefers no more than its minimum height and grows into what is left,
    so its own preferred height never makes the form taller than the window (the whole form would
    scroll for it)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight())


class _Field:
    """One input, its label and the line under it that tells what is wrong."""

    def __init__(self, name: str, widget: QLineEdit | QComboBox, error: MessageLine) -> None:
        self.name = name
        self.widget = widget
        self.error = error

    def text(self) -> str:
        if isinstance(self.widget, QComboBox):
            data = self.widget.currentData()
            return str(data) if data is not None else self.widget.currentText()
        return self.widget.text()


class CashoutForm(QWidget):
    """The create form. ``send_requested(CashoutRequest)`` when the operator sends a valid cashout."""

    send_requested = Signal(object)
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashoutForm")
        self._fields: dict[str, _Field] = {}
        self._touched: set[str] = set()
        self._problems: dict[str, FieldProblem] = {}
        self._request: CashoutRequest | None = None
        self._sending = False
        self._can_send = False
        self._env: EnvironmentConfig | None = None
        self._prepare: Callable[[CashoutRequest], PreparedRequest] | None = None
        self._default_notification = ""
        self._unresolved_external_id: str | None = None
        #: The create's bytes are about to leave or have left (every confirmation was given).
        self._transmitting = False
        #: The external id of the last declined create, while the form offers to resend with it.
        self._declined_external_id: str | None = None
        #: A word under a field that is not a problem ("cleared on switching to Production", "New id:
        #: … was declined").
        self._notices: dict[str, str] = {}
        #: The request last handed over for sending, and the beneficiary of the last created one.
        self._last_sent: CashoutRequest | None = None
        self._last_beneficiary: dict[str, str] | None = None
        self._blocked_reason: str | None = None
        #: The fields with a message line under them.
        self._lined: set[str] = set()
        #: Inside :meth:`_validating_once`: a revalidation is asked for and waits for its end.
        self._holding = 0
        self._revalidate_held = False
        self._build()
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(120)
        self._validate_timer.timeout.connect(self._update_preview)
        self._revalidate()

    # -- construction ---------------------------------------------------------------------------

    def _error_label(self, name: str) -> MessageLine:
        label = MessageLine(self, scale=0.9)
        label.setObjectName(f"error_{name}")
        label.setVisible(False)
        label.set_colour(theme.error_colour())
        return label

    def _line(self, name: str, accessible: str, placeholder: str = "", max_length: int = 0) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"field_{name}")
        edit.setAccessibleName(accessible)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        if max_length:
            edit.setMaxLength(max_length)
        if name in NUMBER_FIELDS:
            edit.textEdited.connect(lambda _text, n=name: self._clean_number_field(n))
        edit.textEdited.connect(lambda _text, n=name: self._on_edited(n))
        edit.textChanged.connect(lambda _text: self._revalidate())
        self._fields[name] = _Field(name, edit, self._error_label(name))
        return edit

    def _combo(self, name: str, accessible: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"field_{name}")
        combo.setAccessibleName(accessible)
        for code, text in items:
            combo.addItem(text, code)
        combo.activated.connect(lambda _index, n=name: self._on_edited(n))
        combo.currentIndexChanged.connect(lambda _index: self._revalidate())
        self._fields[name] = _Field(name, combo, self._error_label(name))
        return combo

    def _row(self, form: QFormLayout, label_text: str, names: list[str], extra: list[QWidget]) -> None:
        """One form row: the label (buddy = first input), the inputs side by side, and under them one
        line kept for their messages (the same height with or without one)."""
        box = QVBoxLayout()
        box.setSpacing(0)
        line = QHBoxLayout()
        line.setSpacing(6)
        for name in names:
            field_widget = self._fields[name].widget
            line.addWidget(field_widget, 1 if isinstance(field_widget, QLineEdit) or len(names) == 1 else 0)
        for widget in extra:
            line.addWidget(widget)
        box.addLayout(line)
        label = QLabel(label_text, self)
        label.setBuddy(self._fields[names[0]].widget)
        form.addRow(label, box)
        self._lined.update(names)
        messages = QWidget(self)
        messages.setObjectName(f"messages_{names[0]}")
        gap = 3  # below the line: the message reads as its row's, not the next one's
        messages.setFixedHeight(self._fields[names[0]].error.height() + gap)
        messages.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        messages_line = QHBoxLayout(messages)
        messages_line.setContentsMargins(0, 0, 0, gap)
        messages_line.setSpacing(6)
        for name in names:
            error = self._fields[name].error
            error.setParent(messages)
            # Only a shown message takes width; the line's height is the container's, kept.
            policy = error.sizePolicy()
            policy.setRetainSizeWhenHidden(False)
            error.setSizePolicy(policy)
            messages_line.addWidget(error, 1)
        # Under the whole row, the caption's column too: the width of the form for the words.
        form.addRow(messages)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        title = QLabel(self.tr("New cashout"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.same_beneficiary_button = QPushButton(self.tr("Same beneficiary again"), self)
        self.same_beneficiary_button.setObjectName("sameBeneficiaryButton")
        self.same_beneficiary_button.setAccessibleName(self.tr("Same beneficiary again"))
        self.same_beneficiary_button.setAutoDefault(False)
        self.same_beneficiary_button.clicked.connect(self.refill_same_beneficiary)
        policy = self.same_beneficiary_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # appearing after the first cashout moves nothing
        self.same_beneficiary_button.setSizePolicy(policy)
        self.same_beneficiary_button.setVisible(False)
        title_row.addWidget(self.same_beneficiary_button)
        outer.addLayout(title_row)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(1)

        self._line("external_id", self.tr("External id"), max_length=100)
        self._set_external_id(new_external_id())
        self.new_id_button = QToolButton(self)
        self.new_id_button.setText(self.tr("New id"))
        self.new_id_button.setAccessibleName(self.tr("Generate a new external id"))
        self.new_id_button.setToolTip(self.tr("Generate a new external id"))
        self.new_id_button.clicked.connect(self._on_new_id_clicked)
        # After a decline the form moves to a new id; this brings the declined one back.
        self.resend_same_id_button = QToolButton(self)
        self.resend_same_id_button.setObjectName("resendSameIdButton")
        self.resend_same_id_button.setText(self.tr("Resend with the same id"))
        self.resend_same_id_button.setAccessibleName(self.tr("Resend with the declined external id"))
        self.resend_same_id_button.setToolTip(
            self.tr("Send it again under the external id TuPay declined (how TuPay treats a declined id "
                    "sent again is not documented)"))
        self.resend_same_id_button.setVisible(False)
        self.resend_same_id_button.clicked.connect(self.resend_with_same_id)
        self._row(form, self.tr("E&xternal id"), ["external_id"],
                  [self.new_id_button, self.resend_same_id_button])

        self._line("beneficiary_name", self.tr("Beneficiary first name"), self.tr("e.g. Alex"), 100)
        self._row(form, self.tr("&First name"), ["beneficiary_name"], [])
        self._line("beneficiary_lastname", self.tr("Beneficiary last name"), self.tr("e.g. Gonzales"), 100)
        self._row(form, self.tr("&Last name"), ["beneficiary_lastname"], [])

        doc_type = self._combo(
            "document_type",
            self.tr("Document type"),
            [
                ("DNI", self.tr("DNI (8 digits)")),
                ("CE", self.tr("CE (9 digits)")),
                ("RUC", self.tr("RUC (11 digits)")),
                ("PASS", self.tr("PASS (12 digits)")),
            ],
        )
        for index, tip in enumerate(
            (self.tr("National identity document"), self.tr("Foreigner's card (carné de extranjería)"),
             self.tr("Taxpayer number"), self.tr("Passport"))
        ):
            doc_type.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        doc_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        doc_type.setMinimumContentsLength(10)
        # Longer than any document number: one pasted with dots or dashes is cleaned after the paste.
        document_id = self._line("document_id", self.tr("Document number"), self.tr("digits only"), 24)
        document_id.setMinimumWidth(document_id.fontMetrics().horizontalAdvance("0" * 8) + 12)
        self._row(form, self.tr("&Document"), ["document_type", "document_id"], [])

        self._line("bank_account", self.tr("Bank account (CCI, 20 digits)"), self.tr("20-digit CCI"), 40)
        self._row(form, self.tr("&CCI"), ["bank_account"], [])
        # One line, whatever it says (a hint, then a bank's name): the rows below never move.
        self.bank_label = MessageLine(self)
        self.bank_label.setObjectName("bankName")
        self.bank_label.setContentsMargins(0, 0, 0, 3)  # the rhythm of the rows with a message line
        self.bank_label.setFixedHeight(self.bank_label.height() + 3)
        form.addRow(QLabel(self.tr("Bank"), self), self.bank_label)

        self._combo(
            "account_type",
            self.tr("Account type"),
            [("S", self.tr("S — Savings")), ("C", self.tr("C — Current (checking)"))],
        )
        self._row(form, self.tr("Account &type"), ["account_type"], [])

        self._line("amount", self.tr("Amount"), self.tr("e.g. 150.00"), 20).setAlignment(
            Qt.AlignmentFlag.AlignRight
        )
        self._combo("currency", self.tr("Currency"), [("PEN", "PEN"), ("USD", "USD")])
        self._row(form, self.tr("&Amount"), ["amount", "currency"], [])
        # The account's balance, where the Merchants API is set up (ui/account.py): a warning only.
        self.balance_note = QLabel(self)
        self.balance_note.setObjectName("balanceNote")
        self.balance_note.setWordWrap(True)
        self.balance_note.setVisible(False)
        self.balance_note.setStyleSheet(f"color: {theme.css(theme.warning_colour())};")
        form.addRow("", self.balance_note)

        self._combo("country", self.tr("Country"), [("PE", self.tr("Peru (PE)"))])
        self._row(form, self.tr("Co&untry"), ["country"], [])

        self._line("notification_url", self.tr("Notification URL"), "https://…", 300)
        self._row(form, self.tr("&Notification URL"), ["notification_url"], [])

        self._line("comments", self.tr("Comments"), self.tr("optional, echoed in notifications"), 200)
        self._row(form, self.tr("Co&mments"), ["comments"], [])
        outer.addLayout(form)

        self._fields["bank_account"].widget.textChanged.connect(self._update_bank)  # type: ignore[union-attr]
        self._update_bank()

        # Send area: the button naming the environment, and a line saying why it cannot send.
        send_row = QHBoxLayout()
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(self.tr("Send cashout"))
        self.send_button.setMinimumHeight(34)
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self.request_send)
        send_row.addWidget(self.send_button)
        self.settings_button = QPushButton(self.tr("Open settings…"), self)
        self.settings_button.setAccessibleName(self.tr("Open settings to add credentials"))
        self.settings_button.setVisible(False)
        self.settings_button.clicked.connect(self.settings_requested)
        send_row.addWidget(self.settings_button)
        send_row.addStretch(1)
        outer.addLayout(send_row)
        self.send_note = QLabel(self)
        self.send_note.setObjectName("sendNote")
        self.send_note.setWordWrap(True)
        self.send_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.send_note)
        self.outcome_label = QLabel(self)
        self.outcome_label.setObjectName("outcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_label.setVisible(False)
        self.outcome_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.outcome_label.setMargin(6)
        outer.addWidget(self.outcome_label)

        # Preview of the exact body (login/pass redacted) and its signature, collapsible.
        self.preview_toggle = QToolButton(self)
        self.preview_toggle.setText(self.tr("Request preview (exact JSON and signature)"))
        self.preview_toggle.setAccessibleName(self.tr("Show or hide the request preview"))
        self.preview_toggle.setCheckable(True)
        self.preview_toggle.setChecked(True)
        self.preview_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.preview_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.preview_toggle.setAutoRaise(True)
        self.preview_toggle.toggled.connect(self._on_preview_toggled)
        outer.addWidget(self.preview_toggle)
        self.preview = _PreviewEdit(self)
        self.preview.setObjectName("jsonPreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Request preview"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # It takes the height left over (at least 72 px, five lines; see _PreviewEdit).
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setMinimumHeight(72)
        self.preview.setTabChangesFocus(True)
        outer.addWidget(self.preview, 1)

        # Tab order follows the visual order.
        order: list[QWidget] = [self.same_beneficiary_button, self._fields["external_id"].widget,
                                self.new_id_button, self.resend_same_id_button]
        for name in ("beneficiary_name", "beneficiary_lastname", "document_type", "document_id",
                     "bank_account", "account_type", "amount", "currency", "country",
                     "notification_url", "comments"):
            order.append(self._fields[name].widget)
        order += [self.send_button, self.settings_button, self.preview_toggle, self.preview]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- public API -----------------------------------------------------------------------------

    def field(self, name: str) -> QLineEdit | QComboBox:
        """The input for the wire field ``name``."""
        return self._fields[name].widget

    def error_label(self, name: str) -> QLabel:
        """The label under the field ``name`` that shows its problem."""
        return self._fields[name].error

    def values(self) -> dict[str, str]:
        """The raw text of every field, by wire name."""
        return {name: f.text() for name, f in self._fields.items()}

    def set_values(self, values: dict[str, str]) -> None:
        """Fill fields (tests, screenshots, "copy from journal"); combos take codes."""
        with self._validating_once():
            for name, value in values.items():
                f = self._fields.get(name)
                if f is None:
                    continue
                if isinstance(f.widget, QComboBox):
                    index = f.widget.findData(value)
                    if index >= 0:
                        f.widget.setCurrentIndex(index)
                else:
                    f.widget.setText(clean_number(value) if name in NUMBER_FIELDS else value)
                    f.widget.setCursorPosition(0)  # the start in sight when the field is narrow
                self._touched.add(name)
                self._notices.pop(name, None)
            self._revalidate()

    def request(self) -> CashoutRequest | None:
        """The valid request the form holds, or ``None`` while anything is invalid."""
        return self._request

    def problems(self) -> dict[str, FieldProblem]:
        return dict(self._problems)

    @property
    def sending(self) -> bool:
        return self._sending

    @property
    def external_id(self) -> str:
        return self._fields["external_id"].text().strip()

    def set_environment(
        self,
        env: EnvironmentConfig,
        prepare: Callable[[CashoutRequest], PreparedRequest] | None,
        blocked_reason: str | None,
        *,
        offer_settings: bool = False,
    ) -> None:
        """Point the form at ``env``: the button names it, ``prepare`` (the service's, or ``None``)
        computes the preview, ``blocked_reason`` (words) says why it cannot send, if it cannot.

        Arriving in a Production environment from another one clears the amount (and says so under
        it): what was typed for the Sandbox must never stand ready to be paid for real."""
        previous_default = self._default_notification
        previous_env = self._env
        self._env = env
        if env.is_production and previous_env is not None and previous_env.key != env.key:
            self._clear_amount_for_production()
        self._prepare = prepare
        self._can_send = prepare is not None and blocked_reason is None
        self._default_notification = env.notification_url
        notification = self._fields["notification_url"].widget
        assert isinstance(notification, QLineEdit)
        if notification.text() in ("", previous_default):
            notification.setText(env.notification_url)
        name = environment_name(env)
        if env.is_production:
            self.send_button.setText(self.tr("Send to PRODUCTION"))
        else:
            self.send_button.setText(self.tr("Send to %1").replace("%1", name))
        self.send_button.setToolTip(self.tr("Send this cashout (Ctrl+Enter)"))
        self._style_send_button()
        self._blocked_reason = blocked_reason
        self.settings_button.setVisible(offer_settings)
        self._update_send_state()
        self._validate_timer.start()

    def set_balance_note(self, text: str) -> None:
        """Show (or, with ``""``, hide) the warning that the amount exceeds the account's balance."""
        self.balance_note.setText(text)
        self.balance_note.setVisible(bool(text))

    def set_sending(self, sending: bool) -> None:
        """Enter or leave the *sending* state: Send disabled, the fields read-only and looking it
        (the window's background instead of the input's, greyed text), the combos disabled — from
        the click, through the duplicate check and any confirmation, until the outcome. Only
        :meth:`set_transmitting` says that the cashout is being sent."""
        self._sending = sending
        self._transmitting = False
        if sending:
            self._forget_declined()
        for f in self._fields.values():
            if isinstance(f.widget, QLineEdit):
                f.widget.setReadOnly(sending)
                self._apply_read_only_look(f.widget)
            else:
                f.widget.setEnabled(not sending)
        self.new_id_button.setEnabled(not sending)
        self.same_beneficiary_button.setEnabled(not sending)
        self._update_send_state()

    def set_transmitting(self) -> None:
        """Every confirmation was given and the create's bytes are about to leave: say "Sending…
        Do not close the Desk." (until :meth:`set_sending` ``(False)``)."""
        if self._sending:
            self._transmitting = True
            self._update_send_state()

    @property
    def transmitting(self) -> bool:
        return self._sending and self._transmitting

    def move_to_new_id(self, declined_external_id: str) -> None:
        """After a declined create: the next send gets a new external id, and the form says so next
        to the field — the declined create stays a journal row of its own, under its own id. The
        operator may choose to resend with the declined id (:meth:`resend_with_same_id`)."""
        self._unresolved_external_id = None
        self._declined_external_id = declined_external_id
        self._set_external_id(new_external_id())
        self._notices["external_id"] = arg(
            self.tr("New id: %1 was declined and stays in History under its own id."), declined_external_id)
        self.resend_same_id_button.setVisible(True)
        self._revalidate()

    @property
    def declined_external_id(self) -> str | None:
        """The declined create's external id, while "Resend with the same id" is offered."""
        return self._declined_external_id

    def resend_with_same_id(self) -> None:
        """Put the declined external id back (the operator's choice; TuPay's answer to a declined id
        sent again is an open question)."""
        declined = self._declined_external_id
        if declined is None or self._sending:
            return
        self._set_external_id(declined)
        self._notices["external_id"] = arg(
            self.tr("The declined id %1 again: TuPay may refuse it (how it treats a declined id sent "
                    "again is not documented)."), declined)
        self._declined_external_id = None
        self.resend_same_id_button.setVisible(False)
        self._revalidate()

    def _forget_declined(self) -> None:
        self._declined_external_id = None
        self.resend_same_id_button.setVisible(False)
        self._notices.pop("external_id", None)
        self._revalidate()

    def show_outcome(self, text: str, kind: str, detail: str = "") -> None:
        """Show the last outcome in words; ``kind`` is ``"ok"``, ``"error"``, ``"warning"`` or
        ``"info"``. ``detail``: the technical detail behind it (the URL and the transport's own
        words, as they came), in the line's tooltip and accessible description."""
        colour = {
            "ok": theme.ok_colour(),
            "error": theme.error_colour(),
            "warning": theme.warning_colour(),
        }.get(kind)
        sheet = f"color: {theme.css(colour)};" if colour is not None else ""
        if self.outcome_label.styleSheet() != sheet:  # set again, it would re-polish the label
            self.outcome_label.setStyleSheet(sheet)
        self.outcome_label.setText(text)
        self.outcome_label.setToolTip(detail)
        self.outcome_label.setAccessibleDescription(detail)
        self.outcome_label.setVisible(bool(text))

    def outcome_detail(self) -> str:
        return self.outcome_label.toolTip()

    def outcome_text(self) -> str:
        return self.outcome_label.text()

    def start_new_cashout(self) -> None:
        """After a created cashout: the beneficiary and the amount cleared under a fresh external
        id; the environment's defaults (currency, account and document type, country, notification
        URL) and the comments stay. "Same beneficiary again" then offers the one just paid.

        A field the operator has changed since the send (typing while an unknown outcome was being
        looked up) keeps what they typed."""
        self._unresolved_external_id = None
        sent = self._last_sent
        if sent is not None:
            self._last_beneficiary = {name: str(getattr(sent, name)) for name in BENEFICIARY_FIELDS}
        with self._validating_once():  # on the create's outcome, with 20 other answers landing
            for name in CLEARED_AFTER_CREATE:
                edit = self._fields[name].widget
                assert isinstance(edit, QLineEdit)
                if sent is not None and not self._holds_sent_value(name, sent):
                    continue
                edit.clear()
                self._touched.discard(name)
                self._notices.pop(name, None)
            self._set_external_id(new_external_id())
            self._touched.discard("external_id")
            self._update_same_beneficiary()
            self._revalidate()
        focused = QApplication.focusWidget()
        if focused is None or self.isAncestorOf(focused):
            self._fields["beneficiary_name"].widget.setFocus()

    def _holds_sent_value(self, name: str, sent: CashoutRequest) -> bool:
        text = self._fields[name].text().strip()
        if name == "amount":
            return parse_amount(text) == sent.amount if text else True
        if name in NUMBER_FIELDS:
            text = clean_number(text)
        return text in ("", str(getattr(sent, name)))

    def refill_same_beneficiary(self) -> None:
        """Fill in the last created cashout's beneficiary again (names, document, CCI, account type)
        under a new external id; the amount is the operator's to type."""
        beneficiary = self._last_beneficiary
        if beneficiary is None or self._sending or not self._replace_external_id():
            return
        self.set_values(beneficiary)
        self._fields["amount"].widget.setFocus()

    def fill_from(self, values: dict[str, str]) -> bool:
        """History's "New cashout from this one": the beneficiary's fields and the amount of an
        earlier cashout (wire names) filled in under a new external id, like "Same beneficiary
        again". False when nothing was filled (a send in flight, or the operator kept an id whose
        outcome is unknown)."""
        if self._sending or not self._replace_external_id():
            return False
        self.set_values({name: value for name, value in values.items()
                         if name in (*BENEFICIARY_FIELDS, "amount")})
        self._touched.discard("external_id")
        self._fields["amount"].widget.setFocus()
        return True

    @property
    def last_beneficiary(self) -> dict[str, str] | None:
        """The beneficiary "Same beneficiary again" fills in (wire names), if a cashout was created."""
        return dict(self._last_beneficiary) if self._last_beneficiary is not None else None

    def notice(self, name: str) -> str:
        """The word under ``name`` that is not a problem ("" if none)."""
        return self._notices.get(name, "")

    def mark_outcome_unknown(self, external_id: str) -> None:
        """Keep ``external_id``; warn before the operator replaces it with a new one."""
        self._unresolved_external_id = external_id
        self._set_external_id(external_id)

    def mark_resolved(self) -> None:
        self._unresolved_external_id = None

    @property
    def unresolved_external_id(self) -> str | None:
        return self._unresolved_external_id

    def request_send(self) -> None:
        """Send if everything is valid and nothing is in flight (button, Ctrl+Enter)."""
        if self._sending:
            return
        self._touched.update(self._fields)
        self._revalidate()
        if self._request is None or not self._can_send:
            first = next((n for n in FIELD_ORDER if n in self._problems), None)
            if first is not None:
                self._fields[first].widget.setFocus()
            return
        request = self._request
        self._last_sent = request
        self.set_sending(True)
        self.send_requested.emit(request)

    def changeEvent(self, event: QEvent) -> None:
        # Light/dark switch: the error, note and bank colours are picked for the palette.
        recolour = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ThemeChange)
        if recolour and hasattr(self, "send_note"):
            self._revalidate()
            self._update_bank()
            self._update_send_state()
            if self._env is not None:
                self._style_send_button()
            if self._sending:
                for f in self._fields.values():
                    if isinstance(f.widget, QLineEdit):
                        self._apply_read_only_look(f.widget)
        super().changeEvent(event)

    # -- internals ------------------------------------------------------------------------------

    def _set_external_id(self, value: str) -> None:
        edit = self._fields["external_id"].widget
        assert isinstance(edit, QLineEdit)
        edit.setText(value)
        edit.setCursorPosition(0)  # its start ("desk-…") in sight when the field is narrow

    def _on_new_id_clicked(self) -> None:
        if self._replace_external_id():
            self._touched.add("external_id")

    def _replace_external_id(self) -> bool:
        """A new external id, after a warning while the last one's outcome is unknown. False if
        the operator kept the old one."""
        if self._unresolved_external_id is not None:
            answer = QMessageBox.warning(
                self,
                self.tr("Outcome still unknown"),
                self.tr(
                    "The outcome of the cashout with external id %1 is still unknown. It may "
                    "have been created. Sending the same cashout again under a new external id "
                    "could pay the beneficiary twice.\n\nLook it up first. Generate a new id anyway?"
                ).replace("%1", self._unresolved_external_id),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self._unresolved_external_id = None
        self._set_external_id(new_external_id())
        self._forget_declined()
        return True

    def _on_edited(self, name: str) -> None:
        self._touched.add(name)
        if name == "external_id" and self._declined_external_id is not None:
            self._forget_declined()
        self._notices.pop(name, None)
        self._revalidate()

    def _clean_number_field(self, name: str) -> None:
        """A CCI or document number typed or pasted with spaces, dashes or dots: shown without."""
        edit = self._fields[name].widget
        assert isinstance(edit, QLineEdit)
        text = edit.text()
        cleaned = clean_number(text)
        if cleaned != text:
            cursor = len(clean_number(text[: edit.cursorPosition()]))
            edit.setText(cleaned)
            edit.setCursorPosition(cursor)

    def _clear_amount_for_production(self) -> None:
        edit = self._fields["amount"].widget
        assert isinstance(edit, QLineEdit)
        if not edit.text().strip():
            return
        edit.clear()
        self._touched.discard("amount")
        self._notices["amount"] = self.tr("Cleared on switching to Production.")
        self._revalidate()

    def _update_same_beneficiary(self) -> None:
        beneficiary = self._last_beneficiary
        button = self.same_beneficiary_button
        button.setVisible(beneficiary is not None)
        if beneficiary is not None:
            name = f"{beneficiary['beneficiary_name']} {beneficiary['beneficiary_lastname']}".strip()
            button.setToolTip(
                self.tr("Fill in %1 again (name, document, CCI and account type) under a new external id")
                .replace("%1", name)
            )

    def _style_send_button(self) -> None:
        """The environment's colour, a focus ring that shows on it in light and dark, greyed when
        disabled (recomputed when the palette changes)."""
        assert self._env is not None
        self.send_button.setStyleSheet(
            theme.accent_button_css(theme.accent_for(self._env), padding="4px 16px", radius=4)
        )

    @staticmethod
    def _apply_read_only_look(edit: QLineEdit) -> None:
        if edit.isReadOnly():
            palette = QPalette(edit.palette())
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            palette.setColor(QPalette.ColorRole.Text, theme.muted_colour())
            edit.setPalette(palette)
        else:
            edit.setPalette(QPalette())  # the parent's again

    def _on_preview_toggled(self, shown: bool) -> None:
        self.preview.setVisible(shown)
        self.preview_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _update_bank(self) -> None:
        cci = self._fields["bank_account"].text().strip()
        bank = bank_for_cci(cci) if cci else None
        font = self.bank_label.font()
        font.setBold(bool(bank))
        self.bank_label.setFont(font)
        if bank:
            self.bank_label.setText(bank)
            self.bank_label.set_colour(None)
        elif len(cci) >= 3:
            self.bank_label.setText(self.tr("Bank not recognised from the first three digits"))
            self.bank_label.set_colour(theme.warning_colour())
        else:
            self.bank_label.setText(self.tr("Named from the CCI's first three digits"))
            self.bank_label.set_colour(theme.muted_colour())

    @contextlib.contextmanager
    def _validating_once(self) -> Iterator[None]:
        """Several fields change together (a reset after a create, a fill): the form is validated
        once, after the last of them, instead of once per field's ``textChanged``."""
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
        if not self._holding and self._revalidate_held:
            self._revalidate_held = False
            self._revalidate()

    def _revalidate(self) -> None:
        if self._holding:
            self._revalidate_held = True
            return
        values = self.values()
        try:
            request, problems = validate_form(values)
        except Exception:  # validate_form promises not to raise; a form must survive regardless
            request, problems = None, []
        self._request = request
        self._problems = {p.field: p for p in problems}
        for name, f in self._fields.items():
            problem = self._problems.get(name)
            shown = problem is not None and name in self._touched
            text = problem.render(_translate) if problem is not None and shown else ""
            message = text or self._notices.get(name, "")
            # Only what changed is set: each setter repaints, re-lays out or tells accessibility
            # even for the same value, and every keystroke and outcome revalidates every field.
            if f.error.text() != message:
                f.error.setText(message)
            f.error.set_colour(theme.error_colour() if text else theme.warning_colour())
            visible = bool(message) and name in self._lined
            if f.error.isHidden() == visible:
                f.error.setVisible(visible)
            if f.widget.accessibleDescription() != message:
                f.widget.setAccessibleDescription(message)
            if f.widget.toolTip() != message:
                f.widget.setToolTip(message)
        self._update_send_state()
        if hasattr(self, "_validate_timer"):
            self._validate_timer.start()

    def _update_send_state(self) -> None:
        if not hasattr(self, "send_button"):
            return
        valid = self._request is not None
        self.send_button.setEnabled(valid and self._can_send and not self._sending)
        reason = self._blocked_reason
        if self._sending and self._transmitting:
            note, colour = self.tr("Sending… waiting for TuPay's answer. Do not close the Desk."), None
        elif self._sending:
            note = self.tr("Not sent yet: checking for possible duplicates and waiting for any confirmation.")
            colour = theme.muted_colour()
        elif reason:
            note, colour = reason, theme.warning_colour()
        elif not valid:
            count = len(self._problems)
            note = self.tr("Fix %n field(s) to enable sending.", "", count)
            colour = theme.muted_colour()
        else:
            note, colour = self.tr("Ready. Ctrl+Enter sends."), theme.muted_colour()
        self.send_note.setText(note)
        sheet = f"color: {theme.css(colour)};" if colour is not None else ""
        if self.send_note.styleSheet() != sheet:  # a style sheet set again re-polishes the label
            self.send_note.setStyleSheet(sheet)

    def _update_preview(self) -> None:
        request, prepare = self._request, self._prepare
        if request is None:
            self.preview.setPlainText(self.tr("The preview appears when every field is valid."))
            return
        if prepare is None:
            self.preview.setPlainText(
                self.tr("No preview: this environment has no credentials to sign with yet.")
            )
            return
        try:
            prepared = prepare(request)
        except Exception as exc:  # the preview must never break the form
            self.preview.setPlainText(self.tr("No preview: %1").replace("%1", type(exc).__name__))
            return
        self.preview.setPlainText(render_preview(prepared))


def render_preview(prepared: PreparedRequest) -> str:
    """The preview text: method and path, the ``Payload-Signature`` header, then the body
    pretty-printed and as the exact bytes that are signed and sent (``login``/``pass`` shown as
    ``***``; :func:`~tupay_desktop.ui.json_tree.signed_body_preview`)."""
    from tupay_desktop.ui.json_tree import signed_body_preview

    return "\n".join(
        [
            f"{prepared.method} {prepared.path}",
            f"Payload-Signature: {prepared.signature}",
            "",
            signed_body_preview(prepared.redacted_body),
        ]
    )
