"""The whole account in the Desk: balance in the header, the balance note on the form, the Account
tab (every cashout of the account, joined with this journal) and the Merchants API settings.

All of it exists only for an environment whose Merchants (reconciliation) API user is set up; the
service then carries an :class:`~tupay_desktop.account.AccountService`. Without one the header
shows nothing, the tab says how to set it up, and the cashout API's workflow is as before. Every
network and keyring call runs on the task runner; progress comes back by a queued signal.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tupay_desktop.account import PRESENCE_LABELS, AccountRow, AccountService, Presence, export_comparison_csv
from tupay_desktop.api.merchants import (
    AccountCashouts,
    FetchProgress,
    MerchantsCredentials,
    MerchantsFailure,
)
from tupay_desktop.api.models import CashoutStatusCode
from tupay_desktop.store.credentials import CredentialStore, MerchantsCredentialStatus
from tupay_desktop.store.settings import EnvironmentConfig, SettingsStore
from tupay_desktop.ui import theme
from tupay_desktop.ui.balance import failure_text, format_amount, format_time
from tupay_desktop.ui.flow_layout import FlowLayout, kept_together
from tupay_desktop.ui.i18n import arg
from tupay_desktop.ui.workers import TaskHandle, TaskRunner

#: The Account tab's range when it opens: this many days back.
DEFAULT_DAYS = 7


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountService", text)


# --------------------------------------------------------------------------------------------
# The Account tab
# --------------------------------------------------------------------------------------------


_COLUMNS = ("created", "cashout_id", "external_id", "tupay_status", "amount", "document", "here")


def _status_name(code: int | None, fallback: str) -> str:
    if code is None:
        return fallback
    try:
        return CashoutStatusCode(code).name
    except ValueError:
        return fallback


class AccountModel(QAbstractTableModel):
    """The comparison rows (all of them, or only the differences)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[AccountRow] = []
        self._shown: list[AccountRow] = []
        self._only_differences = False

    def set_rows(self, rows: list[AccountRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._shown = [r for r in self._all if r.is_difference] if self._only_differences else list(self._all)
        self.endResetModel()

    def set_only_differences(self, only: bool) -> None:
        self._only_differences = only
        self.set_rows(self._all)

    def rows(self) -> list[AccountRow]:
        """The rows shown (after the "only differences" filter)."""
        return list(self._shown)

    def all_rows(self) -> list[AccountRow]:
        return list(self._all)

    def row_at(self, row: int) -> AccountRow:
        return self._shown[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "created": self.tr("Created"),
            "cashout_id": self.tr("Cashout id"),
            "external_id": self.tr("External id"),
            "tupay_status": self.tr("Status at TuPay"),
            "amount": self.tr("Amount"),
            "document": self.tr("Document"),
            "here": self.tr("On this machine"),
        }
        return titles[_COLUMNS[section]] if 0 <= section < len(_COLUMNS) else None

    def presence_text(self, row: AccountRow) -> str:
        if row.presence is Presence.DIFFERS:
            return arg(self.tr("differs (here %1, TuPay %2)"), row.journal_status, row.tupay_status)
        return _tr(PRESENCE_LABELS[row.presence])

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._shown[index.row()]
        key = _COLUMNS[index.column()]
        a, e = row.account, row.entry
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "created":
                moment = a.creation_date if a is not None else (e.created_at if e is not None else None)
                return format_time(moment) if moment is not None else ""
            if key == "cashout_id":
                value = a.id_cashout if a is not None else (e.cashout_id if e is not None else None)
                return "" if value is None else str(value)
            if key == "external_id":
                return row.external_id
            if key == "tupay_status":
                return _status_name(a.status_code, a.status) if a is not None else ""
            if key == "amount":
                amount = a.amount if a is not None else (e.amount if e is not None else None)
                currency = a.currency if a is not None else (e.currency if e is not None else "")
                return f"{format_amount(amount)} {currency}".strip() if amount is not None else ""
            if key == "document":
                return a.client_document if a is not None else (e.document_id if e is not None else "")
            return self.presence_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and key == "here":
            return self._explain(row)
        if role == Qt.ItemDataRole.ToolTipRole and key == "tupay_status" and a is not None and a.reason:
            return a.reason
        if role == Qt.ItemDataRole.ForegroundRole and key == "here" and row.is_difference:
            missing = row.presence is Presence.MISSING_AT_TUPAY
            return QColor(theme.error_colour() if missing else theme.warning_colour())
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("amount", "cashout_id"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _explain(self, row: AccountRow) -> str:
        if row.presence is Presence.SAME:
            return self.tr("This machine's journal has this cashout with the same status.")
        if row.presence is Presence.DIFFERS:
            return self.tr("This machine's journal has this cashout with another status; refresh it to "
                           "catch up with TuPay.")
        if row.presence is Presence.NOT_SENT_HERE:
            return self.tr("Made from another machine or from the web panel: this journal does not have it.")
        return self.tr("This journal has it as sent, but TuPay's account list does not show it in the range.")


class _FetchProgress(QObject):
    """Carries a fetch's progress from the worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, int, int)  # fetched, expected (-1 unknown), pages


class AccountView(QWidget):
    """The Account tab: every cashout of the account in a date range, fetched page by page on a
    worker (progress bar, cancel), with the column "On this machine", a filter "only differences",
    CSV export, and the journal's cashouts the account does not list as "missing at TuPay"."""

    #: Emitted when a fetch ends (rows shown, or a failure said).
    fetched = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountView")
        self._runner = runner
        self._account: AccountService | None = None
        self._task: TaskHandle | None = None
        self._cancel: threading.Event | None = None
        # No parent: the worker's closure keeps it alive even if the view goes first (Qt drops the
        # connection to a deleted view), so a late progress report never touches freed memory.
        self._progress = _FetchProgress()
        self._progress.changed.connect(self._on_progress)
        self._build()
        self.set_account(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = FlowLayout()  # on more lines in a narrow window, not pushing the pane sideways
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-DEFAULT_DAYS), self)
        self.to_edit = QDateEdit(today, self)
        for caption, edit, name in ((self.tr("&From"), self.from_edit, self.tr("From date")),
                                    (self.tr("&To"), self.to_edit, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            label = QLabel(caption, self)
            label.setBuddy(edit)
            bar.addWidget(kept_together(self, label, edit))  # a caption beside its field
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status at TuPay"))
        self.status_combo.addItem(self.tr("All statuses"), "")
        for code in CashoutStatusCode:
            self.status_combo.addItem(code.name, code.name)
        bar.addWidget(self.status_combo)
        self.fetch_button = QPushButton(self.tr("Fetch"), self)
        self.fetch_button.setAccessibleName(self.tr("Fetch the account's cashouts"))
        self.fetch_button.clicked.connect(self.fetch)
        bar.addWidget(self.fetch_button)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the fetch"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        bar.addWidget(self.cancel_button)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("accountProgress")
        self.progress.setAccessibleName(self.tr("Fetch progress"))
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        bar.addWidget(self.progress)
        layout.addLayout(bar)

        options = QHBoxLayout()
        self.only_differences = QCheckBox(self.tr("Only &differences"), self)
        self.only_differences.setAccessibleName(self.tr("Show only the differences"))
        self.only_differences.toggled.connect(self._on_only_differences)
        options.addWidget(self.only_differences)
        options.addStretch(1)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the rows as CSV"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_csv_dialog)
        options.addWidget(self.export_button)
        layout.addLayout(options)

        self.model = AccountModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("accountTable")
        self.table.setAccessibleName(self.tr("The account's cashouts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("accountSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

    # -- public ---------------------------------------------------------------------------------

    @property
    def account(self) -> AccountService | None:
        return self._account

    @property
    def busy(self) -> bool:
        return self._task is not None

    def set_account(self, account: AccountService | None) -> None:
        """Show ``account``'s cashouts (fetched on demand); ``None`` explains how to set one up."""
        if account is not self._account:
            self._drop_fetch()
            self.model.set_rows([])
            self.export_button.setEnabled(False)
        self._account = account
        usable = account is not None
        for widget in (self.from_edit, self.to_edit, self.status_combo, self.fetch_button,
                       self.only_differences):
            widget.setEnabled(usable)
        if not usable:
            self.summary.setText(self.tr(
                "The Merchants API (TuPay's reconciliation API) is not set up for this environment: add "
                "its access key and secret key in Settings to see every cashout of the account here, "
                "whichever machine or the web panel made it."))
        elif not self.model.all_rows():
            self.summary.setText(self.tr("Choose a range and press Fetch."))

    def set_range(self, start: QDate, end: QDate) -> None:
        self.from_edit.setDate(start)
        self.to_edit.setDate(end)

    def range(self) -> tuple[datetime, datetime]:
        """The chosen days as UTC instants: the start of the first (local time) to the end of the last."""
        first, last = self.from_edit.date(), self.to_edit.date()
        start = datetime.combine(date(first.year(), first.month(), first.day()), time.min).astimezone()
        end = datetime.combine(date(last.year(), last.month(), last.day()), time.max).astimezone()
        return start.astimezone(UTC), end.astimezone(UTC)

    def fetch(self) -> None:
        """Fetch the range page by page on a worker; the rows replace the table's when done."""
        account = self._account
        if account is None or self._task is not None:
            return
        start, end = self.range()
        if end < start:
            self.summary.setText(self.tr("The end of the range is before its start."))
            return
        status = str(self.status_combo.currentData() or "") or None
        cancel = threading.Event()
        self._cancel = cancel
        progress = self._progress

        def report(step: FetchProgress) -> None:  # on the worker thread: a queued signal
            expected = step.expected if step.expected is not None else -1
            progress.changed.emit(step.fetched, expected, step.pages)

        def work() -> tuple[AccountCashouts, list[AccountRow]] | MerchantsFailure:
            listing = account.cashouts(start, end, status=status, progress=report, cancelled=cancel.is_set)
            if isinstance(listing, MerchantsFailure):
                return listing
            code = CashoutStatusCode[status].value if status else None
            return listing, account.comparison(listing, status_code=code)

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.fetch_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.summary.setText(self.tr("Fetching the account's cashouts…"))
        self._task = self._runner.submit(work, lambda result: self._on_done(account, result),
                                         lambda message: self._on_failed(account, message))

    def cancel(self) -> None:
        """Stop after the page under way; the rows fetched so far are shown."""
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling after the page under way…"))

    def export_csv_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the account's cashouts"), "account-cashouts.csv",
            self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path, on_done: Callable[[int], None] | None = None) -> None:
        """Write the rows shown (after the filter) as CSV, on a worker."""
        rows = self.model.rows()

        def work() -> int:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                return export_comparison_csv(rows, handle)

        def done(count: object) -> None:
            self.summary.setText(arg(self.tr("Exported %1 rows to %2."), count, path))
            if on_done is not None and isinstance(count, int):
                on_done(count)

        self._runner.submit(work, done, lambda message: self.summary.setText(
            arg(self.tr("The export failed: %1"), message)))

    # -- internals ------------------------------------------------------------------------------

    def _drop_fetch(self) -> None:
        if self._task is not None:
            self._task.cancel()
        if self._cancel is not None:
            self._cancel.set()
        self._task = None
        self._cancel = None
        self._end_busy()

    def _end_busy(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.fetch_button.setEnabled(self._account is not None)

    def _on_progress(self, fetched: int, expected: int, pages: int) -> None:
        if self._task is None:
            return
        if expected >= 0:
            self.progress.setRange(0, max(expected, 1))
            self.progress.setValue(min(fetched, max(expected, 1)))
        self.summary.setText(arg(self.tr("Fetched %1 cashouts (%2 pages)…"), fetched, pages))

    def _on_done(self, account: AccountService, result: object) -> None:
        if account is not self._account:
            return
        cancelled = self._cancel is not None and self._cancel.is_set()
        self._task = None
        self._cancel = None
        self._end_busy()
        if isinstance(result, MerchantsFailure):
            self.summary.setText(failure_text(result))
            self.fetched.emit()
            return
        assert isinstance(result, tuple)
        listing, rows = result
        self.model.set_rows(rows)
        self.export_button.setEnabled(bool(rows))
        counts = Counter(row.presence for row in rows)
        text = arg(
            self.tr("%1 cashouts at TuPay: %2 with the same status here, %3 differ, %4 not sent from "
                    "here; %5 of this journal's missing at TuPay."),
            len(listing.rows), counts.get(Presence.SAME, 0), counts.get(Presence.DIFFERS, 0),
            counts.get(Presence.NOT_SENT_HERE, 0), counts.get(Presence.MISSING_AT_TUPAY, 0),
        )
        if not listing.complete or cancelled:
            text = arg(self.tr("Cancelled: %1 cashouts fetched so far (the journal's are not checked "
                               "against a partial list)."), len(listing.rows))
        self.summary.setText(text)
        self.fetched.emit()

    def _on_failed(self, account: AccountService, message: str) -> None:
        if account is not self._account:
            return
        self._task = None
        self._cancel = None
        self._end_busy()
        self.summary.setText(arg(self.tr("The fetch failed: %1"), message))
        self.fetched.emit()

    def _on_only_differences(self, only: bool) -> None:
        self.model.set_only_differences(only)
        self.export_button.setEnabled(bool(self.model.rows()))


# --------------------------------------------------------------------------------------------
# Settings: the Merchants API user and URL of an environment
# --------------------------------------------------------------------------------------------


class MerchantsSettingsBox(QGroupBox):
    """The Settings dialog's "Merchants API" group for the selected environment: its URL (saved in
    the settings) and its user (access key and secret key, in the OS keyring; write-only fields)."""

    #: The environment key whose Merchants API user or URL changed.
    credentials_changed = Signal(str)

    def __init__(self, settings: SettingsStore, credentials: CredentialStore, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Merchants API — the whole account (optional)"))
        self._settings = settings
        self._credentials = credentials
        self._runner = runner
        self._env: EnvironmentConfig | None = None
        form = QFormLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("merchantsStatus")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Merchants API URL"))
        self.access_edit = QLineEdit(self)
        self.secret_edit = QLineEdit(self)
        for caption, accessible, edit in (
            (self.tr("Merchants API &URL"), None, self.url_edit),
            (self.tr("Access &key (API user e-mail)"), self.tr("Merchants API access key"), self.access_edit),
            (self.tr("S&ecret key"), self.tr("Merchants API secret key"), self.secret_edit),
        ):
            if accessible is not None:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setAccessibleName(accessible)
            label = QLabel(caption, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save Merchants API"), self)
        self.save_button.setAccessibleName(self.tr("Save the Merchants API settings"))
        self.clear_button = QPushButton(self.tr("Clear Merchants API"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the Merchants API credentials"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.message = QLabel(self)
        self.message.setObjectName("merchantsMessage")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)

    def fields(self) -> list[QWidget]:
        """The inputs and buttons in tab order."""
        return [self.url_edit, self.access_edit, self.secret_edit, self.save_button, self.clear_button]

    def set_environment(self, env: EnvironmentConfig) -> None:
        self._env = env
        self.access_edit.clear()
        self.secret_edit.clear()
        self.message.setText("")
        if env.is_sandbox:
            self.url_edit.setText("")
            self.url_edit.setPlaceholderText(self.tr("served by the built-in sandbox"))
            self.url_edit.setReadOnly(True)
            for widget in (self.access_edit, self.secret_edit, self.save_button, self.clear_button):
                widget.setEnabled(False)
            self.status.setText(self.tr("The built-in sandbox serves the Merchants API itself, with its "
                                        "own generated user."))
            return
        self.url_edit.setReadOnly(False)
        for widget in (self.access_edit, self.secret_edit, self.save_button, self.clear_button):
            widget.setEnabled(True)
        self.url_edit.setText(self._settings.merchants_url(env.key))
        self.url_edit.setPlaceholderText("https://…")
        self.status.setText(self.tr("Reading the keyring…"))
        key = env.key
        self._runner.submit(lambda: self._credentials.merchants_status(key), lambda s: self._show(key, s))

    def _show(self, key: str, status: MerchantsCredentialStatus) -> None:
        if self._env is None or self._env.key != key:
            return
        if status.access_key_masked is None:
            text = self.tr("Not set up: the Desk works with the cashout API alone. Add the Merchants API "
                           "user (created in the merchant panel and enabled by TuPay, with this office's "
                           "IP whitelisted) to see the balance and every cashout of the account.")
        elif status.persisted:
            text = arg(self.tr("Saved in the OS keyring: access key %1, secret key set."),
                       status.access_key_masked)
        else:
            text = arg(self.tr("Kept for this session only (not in the OS keyring): access key %1."),
                       status.access_key_masked)
        for edit in (self.access_edit, self.secret_edit):
            edit.setPlaceholderText(self.tr("required") if status.access_key_masked is None
                                    else self.tr("type both to replace"))
        self.status.setText(text)

    def save(self) -> None:
        env = self._env
        if env is None or env.is_sandbox:
            return
        url = self.url_edit.text().strip()
        try:
            self._settings.set_merchants_url(env.key, url)
        except (ValueError, OSError) as exc:
            self._say(str(exc), ok=False)
            return
        access, secret = self.access_edit.text(), self.secret_edit.text()
        key = env.key
        if not access.strip() and not secret.strip():
            self._say(self.tr("Merchants API URL saved."), ok=True)
            self.credentials_changed.emit(key)
            return
        if not (access.strip() and secret.strip()):
            self._say(self.tr("Fill in both: access key and secret key."), ok=False)
            return
        creds = MerchantsCredentials(access, secret)
        self.access_edit.clear()
        self.secret_edit.clear()
        self.save_button.setEnabled(False)

        def done(persisted: object) -> None:
            self.save_button.setEnabled(True)
            self.set_environment(env)
            if persisted:
                self._say(self.tr("Merchants API credentials saved in the OS keyring."), ok=True)
            else:
                self._say(self.tr("Merchants API credentials kept for this session only: the OS keyring "
                                  "is unavailable."), ok=False)
            self.credentials_changed.emit(key)

        def failed(message: str) -> None:
            self.save_button.setEnabled(True)
            self._say(message.split(": ", 1)[-1], ok=False)  # names the field, never its value

        self._runner.submit(lambda: self._credentials.set_merchants(key, creds), done, failed)

    def clear(self) -> None:
        env = self._env
        if env is None or env.is_sandbox:
            return
        key = env.key

        def done(ok: object) -> None:
            self.set_environment(env)
            self._say(self.tr("Merchants API credentials cleared.") if ok else
                      self.tr("Cleared for this session; the OS keyring could not be reached."), ok=bool(ok))
            self.credentials_changed.emit(key)

        self._runner.submit(lambda: self._credentials.clear_merchants(key), done)

    def _say(self, text: str, *, ok: bool) -> None:
        colour = theme.ok_colour() if ok else theme.error_colour()
        self.message.setStyleSheet(f"color: {theme.css(colour)}; font-weight: 600;")
        self.message.setText(text)
