"""The cashout view: look a cashout up, watch its status, refresh it, cancel it while PENDING, hold
and release it, and — in Sandbox — see the notifications the sandbox sent for it.

Lookups run on the :class:`~tupay_desktop.ui.workers.TaskRunner` (never on the GUI thread) and can
be cancelled — the result is then dropped. While the status is not final the cashout is looked up
again by itself, with back-off (2 s, 4 s, 8 s … capped at 60 s, reset when the status changes),
until its status is final: the Desk's one :class:`~tupay_desktop.ui.refresh_schedule.RefreshSchedule`
(shared with the History, so no cashout is polled twice) plans those lookups. Where the view is
given the state feed, it renders the shown cashout from its journal row whenever the row changes,
whoever looked it up (History, reconcile, another process). A new lookup clears the previous
cashout; a lookup that fails for a cashout not shown before shows the error alone. Every exchange
received is re-emitted (``exchange_recorded``) so the main window can feed the inspector.
Cancelling a cashout is experimental (a D24-documented endpoint TuPay may not expose) and always
asks for confirmation; so are hold and release (``PUT /v3/cashout/status``).

In Sandbox (:meth:`CashoutView.set_sandbox_admin`) a small list shows each notification the sandbox
POSTed for the cashout — when, its form fields, and every answer — read from the sandbox's admin API
on a worker, so an operator or an integrating developer sees what their server would receive.

Shortcuts: the main window binds Ctrl+L to :meth:`CashoutView.focus_lookup` and F5 to
:meth:`CashoutView.refresh` (registering them here as well would make them ambiguous).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tupay_desktop.api import errors
from tupay_desktop.api.addresses import is_loopback_host
from tupay_desktop.api.banks import bank_for_cci
from tupay_desktop.api.models import (
    ApiFailure,
    CashoutStatus,
    CashoutStatusCode,
    NetworkError,
    StatusResult,
    parse_cashout_id,
)
from tupay_desktop.lazy import lazy_module
from tupay_desktop.store.journal import JournalEntry
from tupay_desktop.ui import theme
from tupay_desktop.ui.badges import StatusBadge, core_text, ui_language
from tupay_desktop.ui.cashout_feed import CashoutFeed
from tupay_desktop.ui.deferred import DeferredDetails
from tupay_desktop.ui.flow_layout import FlowLayout
from tupay_desktop.ui.refresh_schedule import CashoutKey, RefreshSchedule, key_of
from tupay_desktop.ui.workers import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from tupay_desktop import receipt
    from tupay_desktop.api import sandbox_admin
else:  # used once a cashout is shown (not part of the first frame)
    receipt = lazy_module("tupay_desktop.receipt")
    sandbox_admin = lazy_module("tupay_desktop.api.sandbox_admin")


class CashoutServiceLike(Protocol):
    """What the view needs of ``tupay_desktop.service.CashoutService``."""

    @property
    def env_key(self) -> str: ...

    def lookup(self, *, cashout_id: int | None = None, external_id: str | None = None) -> Any: ...

    def cancel(self, *, cashout_id: int, external_id: str) -> Any: ...

    def hold(self, *, cashout_id: int, external_id: str) -> Any: ...

    def release(self, *, cashout_id: int, external_id: str) -> Any: ...


def parse_lookup(text: str, mode: str = "auto") -> tuple[int | None, str | None]:
    """Turn the lookup field into ``(cashout_id, external_id)``.

    ``mode`` is ``"auto"`` (digits are a cashout_id, anything else an external_id),
    ``"cashout_id"`` or ``"external_id"``. Raises ``ValueError`` for an empty field or a
    cashout_id that is not one (not digits, 0, more than 19 digits); in auto mode, digits beyond
    any cashout_id are an external_id.
    """
    value = text.strip()
    if not value:
        raise ValueError("empty")
    if mode == "external_id":
        return None, value
    if mode == "cashout_id":
        return parse_cashout_id(value), None
    if mode == "auto" and value.isascii() and value.isdigit():
        try:
            return parse_cashout_id(value), None
        except ValueError:
            return None, value  # more digits than any cashout_id: an external_id made of digits
    return None, value


def _journalled_ids(
    service: CashoutServiceLike, cashout_id: int | None, external_id: str | None
) -> tuple[int | None, str | None]:
    """Complete ``(cashout_id, external_id)`` from the service's journal, when it has one and knows
    the cashout. Runs on the worker thread; never raises."""
    journal = getattr(service, "journal", None)
    env_key = getattr(service, "env_key", None)
    if journal is None or not isinstance(env_key, str):
        return cashout_id, external_id
    try:
        if external_id and cashout_id is None:
            entry = journal.get(env_key, external_id)
            return (entry.cashout_id if entry is not None else None), external_id
        if cashout_id is not None and not external_id:
            entry = journal.get_by_cashout_id(env_key, cashout_id)
            return cashout_id, (entry.external_id if entry is not None else None)
    except Exception:  # the journal is a convenience here, never a reason to fail a lookup
        return cashout_id, external_id
    return cashout_id, external_id


def _journal_entry(
    service: CashoutServiceLike, cashout_id: int | None, external_id: str | None
) -> JournalEntry | None:
    """The journal's row of the cashout, when the service has a journal that knows it (what was
    paid: amount, beneficiary, account). Runs on the worker thread; never raises."""
    journal = getattr(service, "journal", None)
    env_key = getattr(service, "env_key", None)
    if journal is None or not isinstance(env_key, str):
        return None
    try:
        if external_id:
            entry = journal.get(env_key, external_id)
        elif cashout_id is not None:
            entry = journal.get_by_cashout_id(env_key, cashout_id)
        else:
            return None
    except Exception:  # the journal is a convenience here, never a reason to fail a lookup
        return None
    return entry if isinstance(entry, JournalEntry) else None


def _repeats(description: str, *texts: str) -> bool:
    """``description`` says nothing ``texts`` do not ("Pending" beside "Pending — …")."""
    said = description.strip().rstrip(".").casefold()
    return not said or any(said == text.strip().rstrip(".").casefold() or said in text.casefold()
                           for text in texts if text)


class _ValueLabel(QLabel):
    """A value of the cashout. Its accessible name says which ("Status meaning") and its accessible
    description carries the value: Qt reports a named label's name only, so without the
    description a screen reader could never read the value itself."""

    def setText(self, text: str, /) -> None:
        super().setText(text)
        self.setAccessibleDescription(text)

    def clear(self, /) -> None:
        self.setText("")


class CashoutView(DeferredDetails, QWidget):
    """Look up one cashout and follow its status."""

    #: Every :class:`~tupay_desktop.api.models.Exchange` this view receives.
    exchange_recorded = Signal(object)
    #: The :class:`~tupay_desktop.api.models.CashoutStatus` each time one is received.
    status_changed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        schedule: RefreshSchedule | None = None,
        feed: CashoutFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        #: The Desk's one schedule of automatic lookups (shared with the History), or the view's own.
        self._own_schedule = schedule is None
        self.schedule = schedule if schedule is not None else RefreshSchedule(runner, self)
        self.schedule.looked_up.connect(self._on_scheduled_lookup)
        self.schedule.planned.connect(self._on_planned)
        if feed is not None:
            feed.cashout_changed.connect(self._on_cashout_changed)
        self._service: CashoutServiceLike | None = None
        self._cashout_id: int | None = None
        self._external_id: str | None = None
        self._status: CashoutStatus | None = None
        self._lookup: TaskHandle | None = None
        self._cancel_task: TaskHandle | None = None
        self._sandbox_url: str | None = None
        self._bank_reference = ""
        self._notifications_task: TaskHandle | None = None
        #: The automatic refresh stopped because TuPay answered with an error.
        self._stopped_by_error = False

        # -- lookup row ------------------------------------------------------------------------
        self.lookup_edit = QLineEdit(self)
        self.lookup_edit.setPlaceholderText(self.tr("cashout_id or external_id"))
        self.lookup_edit.setAccessibleName(self.tr("Cashout to look up"))
        self.lookup_edit.setToolTip(
            self.tr("Digits are read as a cashout_id, anything else as an external_id (Ctrl+L)")
        )
        self.lookup_edit.returnPressed.connect(self.look_up)
        self.auto_radio = QRadioButton(self.tr("&Auto"), self)
        self.id_radio = QRadioButton(self.tr("cashout_&id"), self)
        self.external_radio = QRadioButton(self.tr("e&xternal_id"), self)
        self.auto_radio.setChecked(True)
        self._modes = QButtonGroup(self)
        for radio in (self.auto_radio, self.id_radio, self.external_radio):
            self._modes.addButton(radio)
        self.auto_radio.setAccessibleName(self.tr("Detect the kind of identifier"))
        self.id_radio.setAccessibleName(self.tr("Look up by cashout_id"))
        self.external_radio.setAccessibleName(self.tr("Look up by external_id"))
        self.lookup_button = QPushButton(self.tr("&Look up"), self)
        self.lookup_button.clicked.connect(self.look_up)
        self.cancel_lookup_button = QPushButton(self.tr("Cancel lookup"), self)
        self.cancel_lookup_button.setToolTip(self.tr("Stop waiting for the answer (Esc)"))
        self.cancel_lookup_button.clicked.connect(self.cancel_lookup)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel_lookup)
        self.cancel_lookup_button.setVisible(False)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Lookup in progress"))
        self.busy.setVisible(False)

        lookup_row = QHBoxLayout()
        lookup_row.addWidget(self.lookup_edit, 1)
        lookup_row.addWidget(self.lookup_button)
        lookup_row.addWidget(self.busy)
        lookup_row.addWidget(self.cancel_lookup_button)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.auto_radio)
        mode_row.addWidget(self.id_radio)
        mode_row.addWidget(self.external_radio)
        mode_row.addStretch(1)

        self.unavailable_label = QLabel(self)
        self.unavailable_label.setWordWrap(True)
        self.unavailable_label.setAccessibleName(self.tr("Why lookups are unavailable"))

        self.error_label = self._label(self.tr("Error"))
        self.error_label.setStyleSheet(f"color: {theme.css(theme.error_colour())};")
        #: The journal's row of the shown cashout (what was paid), when the journal knows it.
        self._entry: JournalEntry | None = None
        # The cashout's details (status, amounts, actions, the sandbox's notifications) are built
        # right after the window's first paint, or when first needed (see build_details).
        self._details_built = False

        # The details scroll when the panel is short: long texts wrap in full and are never cut.
        self.details_scroll = QScrollArea(self)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(self.details_scroll)
        self.empty_hint = QLabel(
            self.tr("No cashout shown yet. Send one with the form, type its cashout_id or "
                    "external_id above and press Enter (Ctrl+L), or select one in the History tab: "
                    "its status, its meaning and any rejection appear here and refresh by themselves."),
            page,
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setMargin(8)
        self.empty_hint.setAccessibleName(self.tr("No cashout shown yet"))
        self._page = page
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.empty_hint)
        page_layout.addStretch(1)
        self._page_layout = page_layout
        self.details_scroll.setWidget(page)
        self.details_scroll.verticalScrollBar().setAccessibleName(self.tr("Scroll the cashout details"))

        layout = QVBoxLayout(self)
        layout.addLayout(lookup_row)
        layout.addLayout(mode_row)
        layout.addWidget(self.unavailable_label)
        # Errors right under the lookup field, where the operator is looking; hidden while none.
        layout.addWidget(self.error_label)
        layout.addWidget(self.details_scroll, 1)

        self.setTabOrder(self.lookup_edit, self.lookup_button)
        self.setTabOrder(self.lookup_button, self.auto_radio)
        self.set_service(None)

    #: Attributes made by :meth:`build_details`; reading one builds them.
    _DETAIL_ATTRIBUTES: ClassVar[frozenset[str]] = frozenset({
        "badge", "status_label", "ids_label", "description_label", "amount_label", "beneficiary_label",
        "bank_label", "account_label", "created_label", "rejection_label", "bank_reference_label",
        "refreshed_label", "auto_label", "_form", "refresh_button", "cancel_cashout_button",
        "hold_button", "release_button", "receipt_button", "details_box", "notifications_box",
        "notifications_hint", "notifications_list", "notify_url_edit", "notify_url_button",
    })

    def build_details(self) -> None:
        """Build the shown cashout's details, if not yet done (the window asks for them right
        after its first frame; the first cashout shown would otherwise)."""
        if self._details_built:
            return
        self._details_built = True
        page = self._page
        # -- the cashout -----------------------------------------------------------------------
        self.badge = StatusBadge(self)
        self.status_label = self._label(self.tr("Status meaning"))
        self.ids_label = self._label(self.tr("Cashout identifiers"))
        self.description_label = self._label(self.tr("Status description from TuPay"))
        self.amount_label = self._label(self.tr("Amount paid"))
        self.beneficiary_label = self._label(self.tr("Beneficiary"))
        self.bank_label = self._label(self.tr("Bank"))
        self.account_label = self._label(self.tr("Account (CCI, masked)"))
        self.created_label = self._label(self.tr("Created"))
        self.rejection_label = self._label(self.tr("Rejection"))
        self.bank_reference_label = self._label(self.tr("Bank reference"))
        self.refreshed_label = self._label(self.tr("Last refreshed"))
        self.auto_label = self._label(self.tr("Automatic refresh"))

        # The badge on its own line and the meaning below it, as a direct (word-wrapped) field of
        # the form: a wrapped label inside a nested row layout gets one line's height and is cut.
        status_box = QVBoxLayout()
        status_box.setContentsMargins(0, 0, 0, 0)
        status_box.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Status:"), status_box)
        form.addRow(self.tr("Meaning:"), self.status_label)
        form.addRow(self.tr("Cashout:"), self.ids_label)
        # What was paid, from the journal (a cashout sent from this computer); hidden otherwise.
        form.addRow(self.tr("Amount:"), self.amount_label)
        form.addRow(self.tr("Beneficiary:"), self.beneficiary_label)
        form.addRow(self.tr("Bank:"), self.bank_label)
        form.addRow(self.tr("Account:"), self.account_label)
        form.addRow(self.tr("Created:"), self.created_label)
        form.addRow(self.tr("Description:"), self.description_label)
        form.addRow(self.tr("Rejection:"), self.rejection_label)
        form.addRow(self.tr("Bank reference:"), self.bank_reference_label)
        form.addRow(self.tr("Last refreshed:"), self.refreshed_label)
        form.addRow(self.tr("Auto refresh:"), self.auto_label)
        self._form = form

        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Look the status up again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.cancel_cashout_button = QPushButton(self.tr("Cancel cashout (experimental)…"), self)
        self.cancel_cashout_button.setToolTip(
            self.tr("Ask TuPay to cancel this PENDING cashout. Experimental: the cancel endpoint is "
                    "documented by D24 only and TuPay may not offer it.")
        )
        self.cancel_cashout_button.clicked.connect(self.cancel_cashout)
        self.hold_button = QPushButton(self.tr("Put on hold (experimental)"), self)
        self.hold_button.setToolTip(
            self.tr("Ask TuPay to hold this PENDING cashout: it is not processed until released. "
                    "Experimental: documented by D24 only; TuPay may not offer it.")
        )
        self.hold_button.clicked.connect(self.hold_cashout)
        self.release_button = QPushButton(self.tr("Release (experimental)"), self)
        self.release_button.setToolTip(
            self.tr("Ask TuPay to move this cashout from On hold back to Pending. Experimental: "
                    "documented by D24 only; TuPay may not offer it.")
        )
        self.release_button.clicked.connect(self.release_cashout)
        self.receipt_button = QPushButton(self.tr("Recei&pt…"), self)
        self.receipt_button.setToolTip(self.tr("Save this cashout's receipt as a PDF file"))
        self.receipt_button.clicked.connect(self.export_receipt)
        # The actions wrap onto a second line when the pane is narrow (800×600, Spanish's longer
        # captions): a row of five buttons would make the whole box wider than the pane and cut
        # every value on the right.
        actions = FlowLayout()
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.cancel_cashout_button)
        actions.addWidget(self.hold_button)
        actions.addWidget(self.release_button)
        actions.addWidget(self.receipt_button)

        details = QGroupBox(self.tr("Cashout"), page)
        self.details_box = details
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)
        details_layout.addLayout(actions)
        self.notifications_box = self._notifications_box(page)
        self._page_layout.insertWidget(1, details)
        self._page_layout.insertWidget(2, self.notifications_box)
        self.setTabOrder(self.auto_radio, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.cancel_cashout_button)
        self.setTabOrder(self.cancel_cashout_button, self.hold_button)
        self.setTabOrder(self.hold_button, self.release_button)
        self.setTabOrder(self.release_button, self.receipt_button)
        self.setTabOrder(self.receipt_button, self.notifications_list)
        self.setTabOrder(self.notifications_list, self.notify_url_edit)
        self.setTabOrder(self.notify_url_edit, self.notify_url_button)
        # What the view shows of the cashout followed so far (a lookup may be what built it).
        self._show_entry()
        self._show_ids()
        self._update_buttons()

    def _notifications_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Sandbox notifications"), parent)
        self.notifications_hint = QLabel(
            self.tr("What the sandbox POSTed to this cashout's notification URL — what your server "
                    "would receive. The notification never carries the status: re-query it."),
            box,
        )
        self.notifications_hint.setWordWrap(True)
        self.notifications_list = QTreeWidget(box)
        self.notifications_list.setColumnCount(3)
        self.notifications_list.setHeaderLabels([self.tr("Time"), self.tr("Fields"), self.tr("Answer")])
        self.notifications_list.setAccessibleName(self.tr("Notifications the sandbox sent"))
        self.notifications_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notifications_list.setMinimumHeight(110)
        self.notifications_list.setRootIsDecorated(True)
        self.notify_url_edit = QLineEdit(box)
        self.notify_url_edit.setPlaceholderText("http://127.0.0.1:8000/notify")
        self.notify_url_edit.setAccessibleName(self.tr("Sandbox notification URL on this computer"))
        self.notify_url_edit.setToolTip(
            self.tr("Where the sandbox sends notifications of cashouts created without a notification "
                    "URL: a receiver on this computer (http://localhost or 127.0.0.1). Empty: none.")
        )
        self.notify_url_button = QPushButton(self.tr("Send notifications there"), box)
        self.notify_url_button.clicked.connect(self.apply_notification_url)
        url_row = QHBoxLayout()
        url_row.addWidget(self.notify_url_edit, 1)
        url_row.addWidget(self.notify_url_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.notifications_hint)
        layout.addWidget(self.notifications_list)
        layout.addLayout(url_row)
        box.setVisible(False)
        return box

    def _set_error(self, text: str, detail: str = "") -> None:
        """The error under the lookup field (its accessible description too, as every value of
        the view); ``detail`` (the transport's own words) in its tooltip."""
        self.error_label.setText(text)
        self.error_label.setToolTip(detail)
        self.error_label.setVisible(bool(text))

    def _label(self, name: str) -> QLabel:
        label = _ValueLabel(self)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- public API ----------------------------------------------------------------------------

    @property
    def status(self) -> CashoutStatus | None:
        """The last status received for the shown cashout."""
        return self._status

    @property
    def cashout_id(self) -> int | None:
        return self._cashout_id

    @property
    def external_id(self) -> str | None:
        return self._external_id

    @property
    def lookup_running(self) -> bool:
        return self._lookup is not None

    @property
    def auto_refresh_active(self) -> bool:
        """The shown cashout is looked up again by itself (the schedule follows it)."""
        key = self._key()
        return key is not None and self.schedule.is_following(key)

    @property
    def backoff_ms(self) -> tuple[int, ...]:
        """The automatic refresh's delays (ms), the schedule's; tests shorten them."""
        return self.schedule.backoff_ms

    @backoff_ms.setter
    def backoff_ms(self, delays: tuple[int, ...]) -> None:
        self.schedule.backoff_ms = delays

    def set_service(self, service: CashoutServiceLike | None) -> None:
        """Use ``service`` for lookups; ``None`` disables them and says why. Clears the view,
        the lookup field included (an identifier belongs to one environment)."""
        self._release()
        self._service = service
        if self._own_schedule:
            self.schedule.set_service(service)
        if service is None:
            self.lookup_edit.clear()
        self._drop_lookup()
        self._cashout_id = None
        self._external_id = None
        self._show_status(None)
        self._set_error("")
        ready = service is not None
        self.lookup_edit.setEnabled(ready)
        self.lookup_button.setEnabled(ready)
        for radio in (self.auto_radio, self.id_radio, self.external_radio):
            radio.setEnabled(ready)
        if ready:
            self.unavailable_label.clear()
            self.unavailable_label.setVisible(False)
        else:
            self.unavailable_label.setText(
                self.tr("Lookups are unavailable: this environment is not ready (its credentials are "
                        "missing or it could not be started). Set it up in Settings (Ctrl+,).")
            )
            self.unavailable_label.setVisible(True)
        self._update_buttons()

    def set_sandbox_admin(self, sandbox_url: str | None) -> None:
        """In Sandbox, the sandbox's URL (its admin API lists the notifications it sent); ``None``
        elsewhere, which hides the list."""
        self._sandbox_url = sandbox_url
        if self._notifications_task is not None:
            self._notifications_task.cancel()
            self._notifications_task = None
        if self._details_built:
            self.notifications_list.clear()
        if sandbox_url is not None:
            url = sandbox_url
            self._runner.submit(lambda: sandbox_admin.default_notification_url(url),
                                self._on_default_url, lambda _message: None)
        self._update_buttons()
        self._fetch_notifications()

    @property
    def notifications_running(self) -> bool:
        return self._notifications_task is not None

    def show_cashout(self, cashout_id: int | None, external_id: str | None) -> None:
        """Look up and show the cashout with these identifiers (either may be ``None``)."""
        if cashout_id is None and not external_id:
            return
        self.lookup_edit.setText(str(cashout_id) if cashout_id is not None else (external_id or ""))
        self._start(cashout_id, external_id or None, reset_backoff=True)

    def clear(self) -> None:
        """Show no cashout (e.g. after a declined create: nothing exists at TuPay to show)."""
        self._release()
        self._drop_lookup()
        self._cashout_id = None
        self._external_id = None
        self._show_status(None)
        self._set_error("")
        self._update_buttons()

    def focus_lookup(self) -> None:
        """Put the keyboard focus in the lookup field, its text selected (Ctrl+L)."""
        self.lookup_edit.setFocus()
        self.lookup_edit.selectAll()

    def refresh(self) -> None:
        """Look the shown cashout up again now (F5); does nothing when none is shown."""
        if self._cashout_id is None and not self._external_id:
            return
        self._start(self._cashout_id, self._external_id, reset_backoff=False)

    def look_up(self) -> None:
        """Look up what the lookup field says."""
        mode = "auto"
        if self.id_radio.isChecked():
            mode = "cashout_id"
        elif self.external_radio.isChecked():
            mode = "external_id"
        try:
            cashout_id, external_id = parse_lookup(self.lookup_edit.text(), mode)
        except ValueError:
            if self.lookup_edit.text().strip():
                self._set_error(self.tr("A cashout_id is made of digits only."))
            else:
                self._set_error(self.tr("Type a cashout_id or an external_id to look up."))
            self.lookup_edit.setFocus()
            return
        # A new cashout: forget the identifiers of the previous one.
        self._start(cashout_id, external_id, reset_backoff=True)

    def cancel_lookup(self) -> None:
        """Stop waiting for the running lookup; its result is dropped."""
        if self._lookup is None:
            return
        self._drop_lookup()
        if self._status is None:
            self._show_entry()  # no answer will say what was paid: no empty payment rows kept
        self._set_error(self.tr("Lookup cancelled."))
        self._update_buttons()

    def cancel_cashout(self) -> None:
        """Ask for confirmation, then ask TuPay to cancel the shown PENDING cashout."""
        service = self._service
        if service is None or not self._can_cancel() or self._cancel_task is not None:
            return
        assert self._cashout_id is not None and self._external_id is not None
        answer = QMessageBox.question(
            self,
            self.tr("Cancel cashout?"),
            self.tr("Cancel cashout %1 (external_id %2)?\n\nThe beneficiary will not be paid. This "
                    "uses an experimental endpoint that TuPay may not offer.")
            .replace("%1", str(self._cashout_id)).replace("%2", self._external_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        cashout_id, external_id = self._cashout_id, self._external_id
        self._set_error("")
        self._cancel_task = self._runner.submit(
            lambda: service.cancel(cashout_id=cashout_id, external_id=external_id),
            self._on_cancel_outcome,
            self._on_cancel_error,
        )
        self._update_buttons()

    def export_receipt(self) -> Path | None:
        """Save the shown cashout's receipt (from the journal) as PDF; returns the file written."""
        service = self._service
        journal, env_key = getattr(service, "journal", None), getattr(service, "env_key", None)
        if journal is None or not isinstance(env_key, str):
            return None
        if self._external_id:
            entry = journal.get(env_key, self._external_id)
        elif self._cashout_id is not None:
            entry = journal.get_by_cashout_id(env_key, self._cashout_id)
        else:
            return None
        if entry is None:
            self._set_error(self.tr("No receipt: this cashout was not sent from this computer, so its "
                                    "journal has no beneficiary details for it."))
            return None
        from tupay_desktop.ui.receipt import save_receipt  # the PDF machinery, on first use

        return save_receipt(self, entry, getattr(service, "environment", None))

    def hold_cashout(self) -> None:
        """EXPERIMENTAL: ask TuPay to put the shown PENDING cashout on hold."""
        self._status_action("hold", self.tr("Not put on hold: %1"))

    def release_cashout(self) -> None:
        """EXPERIMENTAL: ask TuPay to move the shown ON_HOLD cashout back to PENDING."""
        self._status_action("release", self.tr("Not released: %1"))

    def _status_action(self, action: str, failed: str) -> None:
        service = self._service
        allowed = self._can_hold() if action == "hold" else self._can_release()
        if service is None or not allowed or self._cancel_task is not None:
            return
        assert self._cashout_id is not None and self._external_id is not None
        cashout_id, external_id = self._cashout_id, self._external_id
        call = service.hold if action == "hold" else service.release
        self._set_error("")
        self._cancel_task = self._runner.submit(
            lambda: call(cashout_id=cashout_id, external_id=external_id),
            lambda outcome: self._on_action_outcome(outcome, failed),
            self._on_cancel_error,
        )
        self._update_buttons()

    def apply_notification_url(self) -> None:
        """Point the embedded sandbox's notifications (for cashouts without a notification URL) at
        the loopback URL typed; empty turns them off."""
        url = self.notify_url_edit.text().strip()
        sandbox_url = self._sandbox_url
        if sandbox_url is None:
            return
        if url and not _is_local_http_url(url):
            self.notifications_hint.setText(
                self.tr("Type a URL on this computer, such as http://127.0.0.1:8000/notify."))
            return
        self.notify_url_button.setEnabled(False)
        self._runner.submit(
            lambda: sandbox_admin.set_default_notification_url(sandbox_url, url),
            self._on_notification_url_applied,
            self._on_notification_url_failed,
        )

    # -- sandbox notifications -------------------------------------------------------------------

    def _fetch_notifications(self) -> None:
        url, cashout_id = self._sandbox_url, self._cashout_id
        if url is None or cashout_id is None or self._notifications_task is not None:
            return
        self._notifications_task = self._runner.submit(
            lambda: sandbox_admin.notifications(url, cashout_id),
            lambda found: self._on_notifications(cashout_id, found),
            self._on_notifications_failed,
        )

    def _on_notifications(self, cashout_id: int, found: object) -> None:
        self._notifications_task = None
        if cashout_id != self._cashout_id or not isinstance(found, list):
            self._fetch_notifications()
            return
        self.notifications_list.clear()
        for delivery in found:
            if isinstance(delivery, sandbox_admin.Delivery):
                self.notifications_list.addTopLevelItem(self._delivery_item(delivery))
        for column in (0, 2):
            self.notifications_list.resizeColumnToContents(column)
        self._update_buttons()

    def _on_notifications_failed(self, message: str) -> None:
        self._notifications_task = None
        self.notifications_hint.setText(
            self.tr("The sandbox's notifications could not be read: %1").replace("%1", message))

    def _on_default_url(self, url: object) -> None:
        if isinstance(url, str) and not self.notify_url_edit.text().strip():
            self.notify_url_edit.setText(url)

    def _on_notification_url_applied(self, url: object) -> None:
        self.notify_url_button.setEnabled(True)
        text = url if isinstance(url, str) else ""
        self.notify_url_edit.setText(text)
        if text:
            self.notifications_hint.setText(
                self.tr("The sandbox now notifies %1 for cashouts created without a notification URL.")
                .replace("%1", text))
        else:
            self.notifications_hint.setText(
                self.tr("The sandbox notifies only cashouts created with a notification URL."))

    def _on_notification_url_failed(self, message: str) -> None:
        self.notify_url_button.setEnabled(True)
        self.notifications_hint.setText(
            self.tr("The sandbox's notification URL could not be changed: %1").replace("%1", message))

    def _delivery_item(self, delivery: sandbox_admin.Delivery) -> QTreeWidgetItem:
        fields = dict(delivery.fields)
        when = fields.get("date") or (delivery.created_at.strftime("%Y-%m-%d %H:%M:%S")
                                      if delivery.created_at else "")
        shown = ", ".join(
            f"{name}={_short(value) if name == 'control' else value}" for name, value in delivery.fields
        )
        item = QTreeWidgetItem([self.tr("%1 GMT").replace("%1", when) if when else "", shown,
                                self._delivery_answer(delivery)])
        status = errors.describe_status(delivery.status, ui_language())
        item.setToolTip(1, self.tr("POST %1\n%2\n(announces the status %3, which it does not carry)")
                        .replace("%1", delivery.url).replace("%2", delivery.body).replace("%3", status.name))
        item.setToolTip(2, item.text(2))
        for number, attempt in enumerate(delivery.attempts, start=1):
            at = attempt.at.astimezone().strftime("%H:%M:%S") if attempt.at else ""
            child = QTreeWidgetItem([at, self.tr("Attempt %1").replace("%1", str(number)),
                                     self._attempt_text(attempt)])
            child.setToolTip(2, child.text(2))
            item.addChild(child)
        return item

    def _attempt_text(self, attempt: sandbox_admin.DeliveryAttempt) -> str:
        if attempt.http_status is None:
            return self.tr("No answer: %1").replace("%1", attempt.error or "")
        answer = attempt.answer.strip().replace("\n", " ")
        text = f"HTTP {attempt.http_status}"
        return f"{text} — {_short(answer, 80)}" if answer else text

    def _delivery_answer(self, delivery: sandbox_admin.Delivery) -> str:
        if delivery.state == "refused":
            return self.tr("Not sent: %1").replace("%1", delivery.problem or "")
        last = delivery.attempts[-1] if delivery.attempts else None
        if delivery.state == "delivered" and last is not None:
            return self._attempt_text(last)
        if delivery.state == "failed" and last is not None:
            return self.tr("Gave up after %1 attempts (last: %2)").replace(
                "%1", str(len(delivery.attempts))).replace("%2", self._attempt_text(last))
        if last is None:
            return self.tr("Waiting to be sent")
        when = (delivery.next_attempt_at.astimezone().strftime("%H:%M:%S")
                if delivery.next_attempt_at else "")
        return self.tr("%1 — retried at %2").replace("%1", self._attempt_text(last)).replace("%2", when)

    # -- lookups -------------------------------------------------------------------------------

    def _key(self) -> CashoutKey | None:
        """The schedule's key of the shown cashout (``None`` when none is shown)."""
        service = self._service
        if service is None or (self._cashout_id is None and not self._external_id):
            return None
        env_key = getattr(service, "env_key", None)
        return key_of(env_key if isinstance(env_key, str) else "", self._cashout_id, self._external_id)

    def _release(self) -> None:
        """The shown cashout is no longer this view's to follow (others may still follow it)."""
        key = self._key()
        if key is not None:
            self.schedule.release(key)

    def _start(self, cashout_id: int | None, external_id: str | None, *, reset_backoff: bool) -> None:
        service = self._service
        if service is None:
            return
        if (cashout_id, external_id) != (self._cashout_id, self._external_id) and not (
            self._same_cashout(cashout_id, external_id)
        ):
            # Another cashout: nothing of the previous one stays beside the new lookup. Its payment
            # rows stay (empty) until the answer says whether the journal knows this one: hiding
            # them now and showing them again then would lay the whole window out twice.
            self._release()
            self._cashout_id, self._external_id = cashout_id, external_id
            self._show_status(None, keep_rows=True)
        else:
            self._cashout_id = cashout_id if cashout_id is not None else self._cashout_id
            self._external_id = external_id or self._external_id
        key = self._key()
        if key is not None and self.schedule.is_following(key):
            if reset_backoff:
                self.schedule.follow(key, self._cashout_id, self._external_id, restart=True)
            self.schedule.postpone(key)  # this lookup counts: the schedule's next waits a delay
        self._drop_lookup()
        self._set_error("")
        self._stopped_by_error = False
        ids = (self._cashout_id, self._external_id)

        def work() -> tuple[object, tuple[int | None, str | None], JournalEntry | None]:
            outcome = service.lookup(cashout_id=ids[0], external_id=ids[1])
            known = _journalled_ids(service, *ids)
            return outcome, known, _journal_entry(service, *known)

        self._lookup = self._runner.submit(work, self._on_lookup_outcome, self._on_lookup_error)
        self._update_buttons()

    def _same_cashout(self, cashout_id: int | None, external_id: str | None) -> bool:
        if cashout_id is not None and cashout_id == self._cashout_id:
            return True
        return bool(external_id) and external_id == self._external_id

    def _drop_lookup(self) -> None:
        if self._lookup is not None:
            self._lookup.cancel()
            self._lookup = None

    def _on_scheduled_lookup(self, key: object, outcome: object) -> None:
        """The schedule looked a cashout up: if it is the one shown, show what it answered."""
        if key != self._key() or self._lookup is not None or self._cancel_task is not None:
            return
        self._handle_outcome(outcome, scheduled=True)

    def _on_planned(self, key: object) -> None:
        if key == self._key():
            self._update_auto_label()

    def _on_cashout_changed(self, env_key: str, external_id: str) -> None:
        """The state feed: the journal row of a cashout changed. If it is the one shown, show the
        status the journal now has (a lookup by History, reconcile, another process…)."""
        service = self._service
        journal = getattr(service, "journal", None)
        if (journal is None or env_key != getattr(service, "env_key", None)
                or external_id != self._external_id or self._lookup is not None
                or self.schedule.running == self._key()):
            return  # not the shown cashout, or a lookup of it whose answer (and exchange) follows
        try:
            entry = journal.get(env_key, external_id)
        except Exception:  # the journal is the view's source here, never a reason to fail
            return
        if entry is None or entry.state != "created" or entry.last_status is None:
            return
        status = CashoutStatus(
            entry.last_status, entry.last_status_description or "", entry.rejection_code,
            entry.rejection_reason, entry.bank_reference_id, entry.cashout_id,
        )
        if self._cashout_id is None and entry.cashout_id is not None:
            self._cashout_id = entry.cashout_id
        self._entry = entry
        self._show_entry()
        shown = self._status
        if shown is not None and (shown.code, shown.rejection_code, shown.rejection_reason) == (
                status.code, status.rejection_code, status.rejection_reason):
            self._show_ids()  # the same status (this view's own lookup, most likely): ids only
            self._update_buttons()
            return
        self._set_error("")
        self._show_status(status)
        if entry.last_status_at is not None:
            self.refreshed_label.setText(entry.last_status_at.astimezone().strftime("%H:%M:%S"))
        self.status_changed.emit(status)
        self._update_auto_label()
        self._update_buttons()

    def _on_lookup_outcome(self, result: object) -> None:
        self._lookup = None
        if not (isinstance(result, tuple) and len(result) == 3):
            self._handle_outcome(result)
            return
        outcome: object = result[0]
        cashout_id, external_id = result[1]
        entry = result[2]
        self._entry = entry if isinstance(entry, JournalEntry) else self._entry
        if isinstance(outcome, StatusResult):
            # The journal may know the other identifier (needed to cancel); so may the answer.
            before = self._key()
            if self._cashout_id is None:
                self._cashout_id = cashout_id if cashout_id is not None else outcome.status.cashout_id
            if not self._external_id:
                self._external_id = external_id
            if before is not None and before != self._key():
                self.schedule.release(before)
        self._handle_outcome(outcome)

    def _on_lookup_error(self, message: str) -> None:
        self._lookup = None
        if self._status is None:
            self._forget()
        self._set_error(self.tr("The lookup failed unexpectedly: %1").replace("%1", message))
        self._update_buttons()

    def _on_cancel_outcome(self, outcome: object) -> None:
        self._cancel_task = None
        self._handle_outcome(outcome, cancelling=True)

    def _on_action_outcome(self, outcome: object, failed: str) -> None:
        self._cancel_task = None
        self._handle_outcome(outcome, cancelling=True, failed=failed)

    def _on_cancel_error(self, message: str) -> None:
        self._cancel_task = None
        self._set_error(self.tr("The cancellation failed unexpectedly: %1").replace("%1", message))
        self._update_auto_label()
        self._update_buttons()

    def _forget(self) -> None:
        """A lookup of a cashout not shown before failed: show the error alone, without the ids
        that were asked for (the lookup field keeps them to try again)."""
        self._release()
        self._cashout_id = None
        self._external_id = None
        self._show_status(None)

    def _handle_outcome(self, outcome: object, cancelling: bool = False, failed: str = "",
                        scheduled: bool = False) -> None:
        exchange = getattr(outcome, "exchange", None)
        if exchange is not None:
            self.exchange_recorded.emit(exchange)
        key = self._key()
        if isinstance(outcome, StatusResult):
            self._show_status(outcome.status)
            self.refreshed_label.setText(datetime.now().astimezone().strftime("%H:%M:%S"))
            if key is not None and not scheduled:
                self.schedule.record(key, outcome, self._cashout_id, self._external_id)
            self.status_changed.emit(outcome.status)
            self._fetch_notifications()
        elif isinstance(outcome, ApiFailure):
            explained = errors.explain_failure(outcome.error, ui_language(), QCoreApplication.translate)
            if cancelling:
                # The cashout is still there (e.g. 510: no longer PENDING): keep following it.
                self._set_error((failed or self.tr("Not cancelled: %1")).replace("%1", explained))
            else:
                # An answer in words from TuPay (unknown id, bad credentials…): polling will not help.
                if key is not None:
                    self.schedule.record(key, outcome)
                if self._status is None:
                    self._forget()
                self._stopped_by_error = True
                self._set_error(explained)
        elif isinstance(outcome, NetworkError):
            if key is not None and not scheduled:
                self.schedule.record(key, outcome)
            if self._status is None and not cancelling:
                self._forget()
            from tupay_desktop.api.client import explain_network_failure  # not in the first frame

            words, detail = explain_network_failure(outcome.message, QCoreApplication.translate)
            self._set_error(self.tr("No answer from TuPay: %1").replace("%1", words), detail)
        else:
            self._set_error(self.tr("Unexpected answer: %1").replace("%1", type(outcome).__name__))
            if self._status is None:
                self._show_entry()  # the payment rows as the journal knows them, none kept empty
        self._update_auto_label()
        self._update_buttons()

    def _update_auto_label(self) -> None:
        key = self._key()
        delay = self.schedule.delay_ms(key) if key is not None else None
        if self._status is None:
            text = ""
        elif self._status.is_final:
            text = self.tr("Off — the status is final")
        elif delay is not None:
            text = self.tr("Next refresh in %1 s").replace("%1", f"{delay / 1000:g}")
        elif self._stopped_by_error:
            text = self.tr("Stopped after an error")
        else:
            text = ""
        self.auto_label.setText(text)

    # -- display -------------------------------------------------------------------------------

    def _show_status(self, status: CashoutStatus | None, *, keep_rows: bool = False) -> None:
        """Show ``status`` (``None``: nothing; ``keep_rows``: the payment rows are emptied but stay
        where they are, for the answer of a lookup under way)."""
        self._status = status
        lang = ui_language()
        if status is None and not self._details_built:
            self._entry = None
            self._bank_reference = ""
            return  # nothing shown yet: nothing to clear
        if status is None:
            self._entry = None
            self._show_entry(keep_rows=keep_rows)
            self._bank_reference = ""
            self.notifications_list.clear()
            self.badge.set_status(None)
            for label in (self.status_label, self.description_label, self.rejection_label,
                          self.bank_reference_label, self.refreshed_label, self.auto_label):
                label.clear()
            self._show_ids()
            return
        self.badge.set_status(status.code)
        info = errors.describe_status(status.code, lang)
        word, meaning = (core_text(info.label), core_text(info.meaning)) if lang == "en" else (
            info.label, info.meaning)
        self.status_label.setText(f"{word} — {meaning}")
        # TuPay's description only where it says more than the meaning ("Pending" does not).
        description = status.description or ""
        repeats = _repeats(description, word, meaning, info.name, core_text(info.label))
        self.description_label.setText("" if repeats else description)
        self._show_row(self.description_label, not repeats)
        if status.rejection_code is not None or status.rejection_reason:
            rejection = errors.describe_rejection(status.rejection_code, status.rejection_reason, lang)
            title, hint = (core_text(rejection.title), core_text(rejection.hint)) if lang == "en" else (
                rejection.title, rejection.hint)
            code = (self.tr(" (code %1)").replace("%1", str(rejection.code))
                    if rejection.code is not None and rejection.known else "")
            reason = (self.tr(" TuPay's reason: “%1”.").replace("%1", rejection.server_text)
                      if rejection.server_text and rejection.known else "")
            self.rejection_label.setText(f"{title}{code}.{reason} {hint}")
        else:
            self.rejection_label.setText("—")
        if status.bank_reference_id:
            self._bank_reference = status.bank_reference_id
        self.bank_reference_label.setText(self._bank_reference or "—")
        self._show_ids()
        self._show_entry()

    def _show_entry(self, *, keep_rows: bool = False) -> None:
        """What was paid, from the journal's row: amount and currency (two decimals, as sent),
        beneficiary, the bank named from the CCI, the CCI masked but its last 4 digits, when it was
        created and where. The rows are hidden for a cashout the journal does not know (unless
        ``keep_rows``: emptied, for a lookup under way)."""
        entry = self._entry
        rows = (self.amount_label, self.beneficiary_label, self.bank_label, self.account_label,
                self.created_label)
        if entry is None:
            for label in rows:
                label.clear()
                if not keep_rows:
                    self._show_row(label, False)
            return
        environment = getattr(self._service, "environment", None)
        where = receipt.environment_name(entry.env_key, environment, QCoreApplication.translate)
        created = receipt.format_time(entry.created_at)
        bank = bank_for_cci(entry.bank_account) or self.tr("not recognised (code %1)").replace(
            "%1", entry.bank_account[:3])
        self.amount_label.setText(receipt.format_amount(entry.amount, entry.currency))
        self.beneficiary_label.setText(entry.beneficiary)
        self.bank_label.setText(bank)
        self.account_label.setText(receipt.mask_account(entry.bank_account))
        self.created_label.setText(
            self.tr("%1 in %2").replace("%1", created).replace("%2", where) if created else where)
        for label in rows:
            self._show_row(label, bool(label.text()))

    def _show_row(self, label: QLabel, visible: bool) -> None:
        """Show or hide a row only when that changes: every answer of a followed cashout renders
        it again, mostly unchanged, and each call re-lays out the whole box."""
        if self._form.isRowVisible(label) != visible:
            self._form.setRowVisible(label, visible)

    def _show_ids(self) -> None:
        parts = []
        if self._cashout_id is not None:
            parts.append(self.tr("cashout_id %1").replace("%1", str(self._cashout_id)))
        if self._external_id:
            parts.append(self.tr("external_id %1").replace("%1", self._external_id))
        self.ids_label.setText(", ".join(parts))

    def _can_cancel(self) -> bool:
        return (
            self._status is not None
            and errors.describe_status(self._status.code).cancellable
            and self._cashout_id is not None
            and bool(self._external_id)
        )

    def _can_hold(self) -> bool:
        return self._both_ids_with(CashoutStatusCode.PENDING)

    def _can_release(self) -> bool:
        return self._both_ids_with(CashoutStatusCode.ON_HOLD)

    def _both_ids_with(self, code: CashoutStatusCode) -> bool:
        return (
            self._status is not None
            and self._status.code == code
            and self._cashout_id is not None
            and bool(self._external_id)
        )

    def _update_buttons(self) -> None:
        ready = self._service is not None
        running = self._lookup is not None
        has_cashout = self._cashout_id is not None or bool(self._external_id)
        # No cashout: a sentence saying how to get one, not a box of empty "Status:" rows.
        self.empty_hint.setVisible(not has_cashout and ready)
        self.lookup_button.setEnabled(ready and not running)
        self.cancel_lookup_button.setVisible(running)
        self.busy.setVisible(running or self._cancel_task is not None)
        if not self._details_built and not has_cashout:
            return  # the details are built with this state when they are first needed
        self.details_box.setVisible(has_cashout)
        self.refresh_button.setEnabled(ready and has_cashout and not running)
        journalled = getattr(self._service, "journal", None) is not None
        self.receipt_button.setEnabled(ready and has_cashout and journalled)
        self.cancel_cashout_button.setEnabled(ready and self._can_cancel() and self._cancel_task is None)
        self.hold_button.setEnabled(ready and self._can_hold() and self._cancel_task is None)
        self.release_button.setEnabled(ready and self._can_release() and self._cancel_task is None)
        self.notifications_box.setVisible(ready and self._sandbox_url is not None and has_cashout)
        if (self._status is not None and self._status.code == CashoutStatusCode.PENDING
                and not self._external_id):
            self.cancel_cashout_button.setToolTip(
                self.tr("Cancelling needs both the cashout_id and the external_id: open the cashout "
                        "from the history or look it up by its external_id.")
            )


def _short(text: str, limit: int = 12) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_local_http_url(url: str) -> bool:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and is_loopback_host(host)
