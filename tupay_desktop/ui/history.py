"""The history of every cashout sent from this machine: a table over the journal that scales to 100,000 rows.

:class:`HistoryModel` is a ``QAbstractTableModel`` that never holds the whole journal: it fetches
pages (``Journal.query(limit, offset)``) as the view scrolls (``canFetchMore``/``fetchMore``),
and sorting or filtering re-queries SQLite from the first page. :class:`HistoryView` adds a filter
bar (status, environment, date range, free text — debounced), the total count (computed on a
worker), "Refresh open cashouts" (``CashoutService.refresh_open`` on a worker, with a progress bar,
at most once every few seconds) and "Export CSV…" of the filtered rows (``export_csv_file``, which
never writes a secret). "Reconcile" (``CashoutService.reconcile`` on a worker) resolves every
create whose outcome is unknown and says what it found; "Resubmit…" sends a "Not created" row of
the current environment again with the *same* external_id, after a confirmation (in Production the
amount must be typed), never twice at once. The status column says in words which rows need the
operator ("Sending…", "Outcome unknown", "Not found yet", "Not created — can be resubmitted", "Conflict",
"Declined (code)").
Selecting a row emits ``cashout_selected(entry)`` and then
``exchange_selected(exchange)`` for each of its recorded exchanges (oldest first).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tupay_desktop.api import errors
from tupay_desktop.api.models import (
    ApiFailure,
    CashoutRequest,
    CashoutStatusCode,
    Created,
    CreateOutcome,
    NetworkError,
    OutcomeUnknown,
)
from tupay_desktop.service import (
    EXTERNAL_ID_USED,
    MSG_CONFLICT,
    MSG_FOUND,
    MSG_IN_FLIGHT,
    MSG_NOT_FOUND,
    MSG_NOT_FOUND_YET,
    MSG_STILL_UNKNOWN,
    CashoutService,
    Reconciliation,
    request_from_entry,
)
from tupay_desktop.store.journal import UNRESOLVED_STATES, Journal, JournalEntry, export_csv_file
from tupay_desktop.ui import badges
from tupay_desktop.ui.badges import core_text, status_colour, text_colour_on, ui_language
from tupay_desktop.ui.confirm_dialog import ConfirmProductionDialog
from tupay_desktop.ui.confirm_dialog import format_amount as money
from tupay_desktop.ui.environment_bar import environment_name
from tupay_desktop.ui.files import default_save_path
from tupay_desktop.ui.i18n import arg
from tupay_desktop.ui.receipt import save_receipt
from tupay_desktop.ui.workers import TaskHandle, TaskRunner


def _submit(
    runner: TaskRunner,
    owner: QObject,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None] | None = None,
) -> TaskHandle:
    """``runner.submit``, but a result that arrives after ``owner`` was deleted (its window closed)
    is dropped instead of calling into a deleted Qt object."""

    def done(result: Any) -> None:
        if shiboken6.isValid(owner):
            on_done(result)

    def failed(message: str) -> None:
        if on_error is not None and shiboken6.isValid(owner):
            on_error(message)

    return runner.submit(fn, done, failed)


#: Rows fetched per page.
PAGE_SIZE = 200
#: Minimum seconds between two "Refresh open cashouts" runs.
REFRESH_MIN_INTERVAL_S = 5.0

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
#: Journal states that need the operator: an unknown outcome to reconcile, a create to resubmit,
#: or a conflict (the external_id is another cashout's: send it again under a new id).
ATTENTION_STATES = ("sending", "unknown", "not_found_yet", "not_created", "conflict")

_AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class HistoryFilter:
    """The filter bar's state, in ``Journal.query`` terms. ``until`` is exclusive."""

    env_key: str | None = None
    states: tuple[str, ...] | None = None
    statuses: tuple[int, ...] | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None

    def query_args(self) -> dict[str, Any]:
        return {
            "env_key": self.env_key,
            "states": list(self.states) if self.states else None,
            "statuses": list(self.statuses) if self.statuses else None,
            "since": self.since,
            "until": self.until,
            "text": self.text or None,
        }


@dataclass(frozen=True)
class Column:
    key: str
    order_by: str
    title: str


def _columns() -> tuple[Column, ...]:
    return (
        Column("created_at", "created_at", QCoreApplication.translate("HistoryModel", "Created")),
        # Status second: it is what an operator scans for, and must not scroll out of sight.
        Column("status", "last_status", QCoreApplication.translate("HistoryModel", "Status")),
        Column("env_key", "env_key", QCoreApplication.translate("HistoryModel", "Environment")),
        Column("external_id", "external_id", QCoreApplication.translate("HistoryModel", "External ID")),
        Column("cashout_id", "cashout_id", QCoreApplication.translate("HistoryModel", "Cashout ID")),
        Column("beneficiary", "beneficiary_lastname",
               QCoreApplication.translate("HistoryModel", "Beneficiary")),
        Column("amount", "amount", QCoreApplication.translate("HistoryModel", "Amount")),
        Column("currency", "currency", QCoreApplication.translate("HistoryModel", "Currency")),
    )


def format_amount(amount: Any) -> str:
    """A Decimal amount with two decimals and thousands separators (``1,234.50``); never a float."""
    if amount is None:
        return ""
    value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
    return f"{value.quantize(Decimal('0.01')):,}" if value.is_finite() else str(value)


def _as_datetime(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def format_time(value: Any) -> str:
    moment = _as_datetime(value)
    if moment is None:
        return str(value or "")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def beneficiary_of(entry: JournalEntry) -> str:
    return entry.beneficiary


def status_word(entry: JournalEntry) -> str:
    """The status column's text: TuPay's status name for a created cashout, else what the journal
    knows in words ("Sending…", "Outcome unknown", "Not created — can be resubmitted",
    "Declined (code)")."""
    status = entry.last_status
    state = entry.state
    if state == "created":
        if status is not None:  # the status in the GUI's language (PENDIENTE); TuPay's name is in the tooltip
            return badges.status_word(status)
        return QCoreApplication.translate("HistoryModel", "Created")
    if state == "declined":
        if entry.error_code is not None:
            return QCoreApplication.translate("HistoryModel", "Declined (%1)").replace(
                "%1", str(entry.error_code)
            )
        return QCoreApplication.translate("HistoryModel", "Declined")
    words = {
        "sending": QCoreApplication.translate("HistoryModel", "Sending…"),
        "unknown": QCoreApplication.translate("HistoryModel", "Outcome unknown"),
        "not_found_yet": QCoreApplication.translate("HistoryModel", "Not found yet — looked up again"),
        "not_created": QCoreApplication.translate("HistoryModel", "Not created — can be resubmitted"),
        "conflict": QCoreApplication.translate("HistoryModel", "Conflict — id used by another cashout"),
    }
    return words.get(state, state)


def status_short(entry: JournalEntry) -> str:
    """The status cell's word: :func:`status_word`, shortened where it is a sentence ("Not created"
    rather than "Not created — can be resubmitted"); the whole of it is in the cell's tooltip."""
    short = {
        "not_created": QCoreApplication.translate("HistoryModel", "Not created"),
        # States a newer journal may hold ("not found yet", "conflict"): short words for them too.
        "not_found_yet": QCoreApplication.translate("HistoryModel", "Not found yet"),
        "conflict": QCoreApplication.translate("HistoryModel", "Conflict"),
    }
    return short.get(entry.state) or status_word(entry)


#: The journal states the status column may show (see :func:`status_short`).
_STATES = ("sending", "unknown", "not_created", "not_found_yet", "conflict", "declined", "created")


def _status_samples() -> list[str]:
    """Every word the status column can show, in the UI's language, from the very functions that
    render the cells (so the column is wide enough for each)."""
    samples: list[str] = []
    for state in _STATES:
        created = state == "created"
        statuses: list[int | None] = [int(code) for code in CashoutStatusCode] if created else [None]
        for status in statuses:
            entry = SimpleNamespace(state=state, last_status=status, error_code=301, error_message=None)
            try:
                samples.append(status_short(cast(JournalEntry, entry)))
            except (AttributeError, KeyError, TypeError, ValueError):
                continue
    return samples


def state_explanation(entry: JournalEntry) -> str:
    """A sentence for the status tooltip of a row whose create did not simply succeed ("" otherwise)."""
    state = entry.state
    if state == "sending":
        return QCoreApplication.translate(
            "HistoryModel",
            "Being sent, or the Desk stopped while sending it. Reconcile looks it up by its external id.",
        )
    if state == "unknown":
        text = QCoreApplication.translate(
            "HistoryModel",
            "The create may or may not have reached TuPay. Reconcile looks it up by its external id; "
            "never send it again under a new id.",
        )
    elif state == "not_found_yet":
        text = QCoreApplication.translate(
            "HistoryModel",
            "TuPay had no cashout with this external id when it was looked up, moments after it was "
            "sent — it may still be processing it. Reconcile looks again (also on start); it becomes "
            "“Not created” only if it is still missing after the settling window. Never send it again "
            "under a new id.",
        )
        if entry.error_message == MSG_NOT_FOUND_YET:
            return text  # the same explanation, already in words
    elif state == "not_created":
        text = QCoreApplication.translate(
            "HistoryModel",
            "TuPay has no cashout with this external id. Select it and click “Resubmit…” to send it "
            "again with the same external id.",
        )
    elif state == "conflict":
        text = QCoreApplication.translate(
            "HistoryModel",
            "Conflict: TuPay already has a different cashout with this external id, one this journal "
            "never sent. This cashout was not created and nothing was paid; send it again under a new "
            "external id.",
        )
        if entry.error_message == MSG_CONFLICT:
            return text
    elif state == "declined":
        text = QCoreApplication.translate("HistoryModel", "TuPay declined this cashout; nothing was created.")
    else:
        return ""
    if entry.error_message:
        text += "\n" + QCoreApplication.translate("CashoutService", entry.error_message)
    return text


class HistoryModel(QAbstractTableModel):
    """Journal rows, fetched a page at a time; sorting and filtering re-query the journal.

    Without a ``runner`` every query runs where it is called (tests, small journals). With one,
    the queries run on the runner's threads and the rows are swapped in when they arrive, so even a
    slow sort over 100,000 rows never blocks the GUI thread; ``loaded`` is emitted each time.
    """

    #: Emitted when a (re)load or a further page has arrived.
    loaded = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._page_size = page_size
        self._runner = runner
        self._columns = _columns()
        self._rows: list[JournalEntry] = []
        self._has_more = False
        self._filter = HistoryFilter()
        self._sort_column = 0
        self._descending = True
        self._generation = 0
        self._task: TaskHandle | None = None
        self._env_names: dict[str, str] = {}
        self.reload()

    # -- state ---------------------------------------------------------------------------------

    @property
    def history_filter(self) -> HistoryFilter:
        return self._filter

    @property
    def order_by(self) -> str:
        return self._columns[self._sort_column].order_by

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def loading(self) -> bool:
        """True while a query runs on the runner."""
        return self._task is not None

    def query_args(self) -> dict[str, Any]:
        """The journal query of the current filter and order (without paging)."""
        return {**self._filter.query_args(), "order_by": self.order_by, "descending": self._descending}

    def set_filter(self, history_filter: HistoryFilter) -> None:
        """Show only the rows matching ``history_filter`` (re-queries from the first page)."""
        self._filter = history_filter
        self.reload()

    def reload(self) -> None:
        """Fetch the first page again (the rows shown stay until the new ones arrive)."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self._runner is None:
            self._reset_to(self._query_page(0))
            return
        args, generation, journal, size = self.query_args(), self._generation, self._journal, self._page_size
        self._task = _submit(
            self._runner, self,
            lambda: journal.query(**args, limit=size + 1, offset=0),
            lambda page: self._on_first_page(generation, page),
            lambda _message: self._on_failed(generation),
        )

    def set_environment_names(self, names: dict[str, str]) -> None:
        """Show these display names instead of environment keys."""
        self._env_names = dict(names)
        if self._rows:
            column = [c.key for c in self._columns].index("env_key")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def entry(self, row: int) -> JournalEntry:
        """The journal entry of ``row``."""
        return self._rows[row]

    def _query_page(self, offset: int) -> list[JournalEntry]:
        return self._journal.query(**self.query_args(), limit=self._page_size + 1, offset=offset)

    def _reset_to(self, page: list[JournalEntry]) -> None:
        self.beginResetModel()
        self._has_more = len(page) > self._page_size
        self._rows = page[: self._page_size]
        self.endResetModel()
        self.loaded.emit()

    def _append(self, page: list[JournalEntry]) -> None:
        more = len(page) > self._page_size
        page = page[: self._page_size]
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self._has_more = more
            self.endInsertRows()
        else:
            self._has_more = False
        self.loaded.emit()

    def _on_first_page(self, generation: int, page: object) -> None:
        if generation != self._generation:
            return
        self._task = None
        self._reset_to(page if isinstance(page, list) else [])

    def _on_next_page(self, generation: int, offset: int, page: object) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._task = None
        self._append(page if isinstance(page, list) else [])

    def _on_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._task = None
            self._has_more = False
            self.loaded.emit()

    # -- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _AnyIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._has_more and self._task is None

    def fetchMore(self, parent: _AnyIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if parent.isValid() or not self._has_more or self._task is not None:
            return
        offset = len(self._rows)
        if self._runner is None:
            self._append(self._query_page(offset))
            return
        args, generation, journal, size = self.query_args(), self._generation, self._journal, self._page_size
        self._task = _submit(
            self._runner, self,
            lambda: journal.query(**args, limit=size + 1, offset=offset),
            lambda page: self._on_next_page(generation, offset, page),
            lambda _message: self._on_failed(generation),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].key == "amount":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self._columns)):
            return None
        entry = self._rows[index.row()]
        key = self._columns[index.column()].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, key, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("amount", "cashout_id"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "status":
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if key == "status" and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            status = entry.last_status
            if status is None or entry.state != "created":
                return None
            fill = status_colour(status)
            return QBrush(fill if role == Qt.ItemDataRole.BackgroundRole else text_colour_on(QColor(fill)))
        if key == "status" and role == Qt.ItemDataRole.FontRole and entry.state != "created":
            font = QFont()
            font.setItalic(True)
            font.setBold(entry.state in ATTENTION_STATES)
            return font
        if role == ENTRY_ROLE:
            return entry
        return None

    def _text(self, entry: JournalEntry, key: str, tooltip: bool) -> str:
        if key == "created_at":
            return format_time(entry.created_at)
        if key == "beneficiary":
            return beneficiary_of(entry)
        if key == "env_key":
            return self._env_names.get(entry.env_key, entry.env_key)
        if key == "amount":
            return format_amount(entry.amount)
        if key == "status":
            if tooltip:
                if entry.state != "created":
                    explanation = state_explanation(entry)
                    word = status_word(entry)
                    return f"{word}\n{explanation}" if explanation else word
                status = entry.last_status
                if status is not None:
                    info = errors.describe_status(status, ui_language())
                    return core_text(info.meaning) if ui_language() == "en" else info.meaning
            return status_short(entry)
        if key == "cashout_id" and tooltip and entry.bank_reference_id:
            return QCoreApplication.translate("HistoryModel", "Bank reference: %1").replace(
                "%1", entry.bank_reference_id)
        value = getattr(entry, key, None)
        return "" if value is None else str(value)

    def column_keys(self) -> list[str]:
        """The columns' keys in display order (``created_at``, ``status``, …)."""
        return [c.key for c in self._columns]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class _Progress(QObject):
    """Carries progress from a worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, int)


#: Status filter choices: (label, states, statuses).
def _status_choices() -> list[tuple[str, tuple[str, ...] | None, tuple[int, ...] | None]]:
    choices: list[tuple[str, tuple[str, ...] | None, tuple[int, ...] | None]] = [
        (QCoreApplication.translate("HistoryView", "All statuses"), None, None),
        (QCoreApplication.translate("HistoryView", "Open (not final)"), None, (0, 4, 5)),
        (QCoreApplication.translate("HistoryView", "Needs attention (unknown or not created)"),
         ATTENTION_STATES, None),
    ]
    for code in range(6):
        info = errors.describe_status(code, ui_language())
        choices.append((info.name, None, (code,)))
    unknown = QCoreApplication.translate("HistoryView", "Outcome unknown / sending")
    choices.append((unknown, UNRESOLVED_STATES, None))
    declined = QCoreApplication.translate("HistoryView", "Declined / not created")
    choices.append((declined, ("declined", "not_created"), None))
    conflict = QCoreApplication.translate("HistoryView", "Conflict (id used by another cashout)")
    choices.append((conflict, ("conflict",), None))
    return choices


class HistoryView(QWidget):
    """The history tab: filter bar, the table, refresh of open cashouts, reconcile, resubmit and
    CSV export."""

    #: A :class:`~tupay_desktop.api.models.Exchange` of the selected cashout (oldest first).
    exchange_selected = Signal(object)
    #: The selected ``JournalEntry``.
    cashout_selected = Signal(object)
    #: The ``list[Reconciliation]`` of an on-demand reconcile that finished.
    reconciled = Signal(object)
    #: The ``CreateOutcome`` of a resubmission that finished.
    resubmitted = Signal(object)

    def __init__(self, journal: Journal, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._runner = runner
        self._service: CashoutService | None = None
        self._count_task: TaskHandle | None = None
        self._exchanges_task: TaskHandle | None = None
        self._refresh_task: TaskHandle | None = None
        self._reconcile_task: TaskHandle | None = None
        self._resubmit_task: TaskHandle | None = None
        self._confirming = False
        self._restore: tuple[str, str] | None = None
        self._restoring = False
        self._last_refresh = -REFRESH_MIN_INTERVAL_S
        self._progress = _Progress(self)
        self.model = HistoryModel(journal, self, runner=runner)

        # -- filter bar (created left to right, the order Tab follows) -------------------------
        self.search_edit = QLineEdit(self)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self._status_choices = _status_choices()
        for label, _states, _statuses in self._status_choices:
            self.status_combo.addItem(label)
        self.env_combo = QComboBox(self)
        self.env_combo.setAccessibleName(self.tr("Environment filter"))
        self.env_combo.addItem(self.tr("All environments"), None)
        self.since_check = QCheckBox(self.tr("From"), self)
        self.since_edit = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.until_check = QCheckBox(self.tr("To"), self)
        self.until_edit = QDateEdit(QDate.currentDate(), self)
        for check, edit, name in ((self.since_check, self.since_edit, self.tr("From date")),
                                  (self.until_check, self.until_edit, self.tr("To date (inclusive)"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.setAccessibleName(name)
            check.setAccessibleName(self.tr("Use %1").replace("%1", name))
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._apply_filter_soon)
            edit.dateChanged.connect(self._apply_filter_soon)
        self.search_edit.setPlaceholderText(self.tr("Search external_id, cashout_id, beneficiary…"))
        self.search_edit.setAccessibleName(self.tr("Search the history"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo.currentIndexChanged.connect(self._apply_filter_soon)
        self.env_combo.currentIndexChanged.connect(self._apply_filter_soon)
        self.search_edit.textChanged.connect(self._apply_filter_soon)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.apply_filter)

        filters = QHBoxLayout()
        # Minimum widths that let the bar fit the default window in every language; the combos
        # show their longest choice in the open list (and the search its whole hint as tooltip).
        self.search_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 14))
        self.search_edit.setToolTip(self.search_edit.placeholderText())
        for combo, letters in ((self.status_combo, 11), (self.env_combo, 11)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.env_combo)
        filters.addWidget(self.since_check)
        filters.addWidget(self.since_edit)
        filters.addWidget(self.until_check)
        filters.addWidget(self.until_edit)

        # -- table -----------------------------------------------------------------------------
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cashout history"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self._column_minimums: dict[int, int] = {}
        self._column_defaults: dict[int, int] = {}
        self._fitting_columns = False
        #: The operator sized the Beneficiary column: it no longer takes the spare width.
        self._beneficiary_sized = False
        self._size_columns()
        header = self.table.horizontalHeader()
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.restore_columns_action = QAction(self.tr("Restore columns"), header)
        self.restore_columns_action.setToolTip(self.tr("Give every column its original width again"))
        self.restore_columns_action.triggered.connect(self.restore_columns)
        header.addAction(self.restore_columns_action)
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self._select_timer = QTimer(self)
        self._select_timer.setSingleShot(True)
        self._select_timer.setInterval(150)
        self._select_timer.timeout.connect(self._emit_selection)

        # -- actions ---------------------------------------------------------------------------
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of cashouts"))
        self.refresh_button = QPushButton(self.tr("Refresh open cashouts"), self)
        self.refresh_button.setToolTip(self.tr("Look up the status of every cashout that is not final"))
        self.refresh_button.clicked.connect(self.refresh_open)
        self.reconcile_button = QPushButton(self.tr("Reconcile"), self)
        self.reconcile_button.clicked.connect(self.reconcile)
        self.resubmit_button = QPushButton(self.tr("Resubmit…"), self)
        self.resubmit_button.clicked.connect(self.resubmit_selected)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setToolTip(self.tr("Save the rows matching the filter as a CSV file"))
        self.export_button.clicked.connect(self.export_csv_dialog)
        self.receipt_button = QPushButton(self.tr("Receipt…"), self)
        self.receipt_button.setToolTip(self.tr("Save the selected cashout's receipt as a PDF file"))
        self.receipt_button.clicked.connect(self.save_selected_receipt)
        self.receipt_button.setEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(self._update_receipt_button)
        self.model.modelReset.connect(self._update_receipt_button)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Refresh progress"))
        self.progress.setVisible(False)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("History message"))
        self._progress.changed.connect(self._on_progress)

        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.progress)
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.reconcile_button)
        actions.addWidget(self.resubmit_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.receipt_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message_label)
        self.set_service(None)
        self._update_count()
        self._index_task: TaskHandle | None = None
        self._index_said: str | None = None
        self._build_search_index()

    # -- columns -------------------------------------------------------------------------------

    def _size_columns(self) -> None:
        """Each column's default and minimum width, from samples of its content in the UI's
        language and its title (so no title collapses to "efic…"). The Beneficiary column takes
        the width left over, never less than its minimum (the table scrolls sideways instead)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        keys = self.model.column_keys()
        samples = {"created_at": ["2026-12-31 23:59:59"], "status": _status_samples(),
                   "env_key": [QCoreApplication.translate("Environment", "Production")],
                   "external_id": ["desk-012345"], "cashout_id": ["12345678"],
                   "amount": ["100,000.00"], "currency": ["PEN"],
                   "beneficiary": ["María Quispe Huamán"]}
        padding = 12  # the cell's text margins (about 7 px) and a little air
        # The journal's states are shown in bold italic (see HistoryModel.data): measured so.
        emphasis = QFont(self.table.font())
        emphasis.setBold(True)
        emphasis.setItalic(True)
        emphasised = QFontMetrics(emphasis)
        for column, key in enumerate(keys):
            title_width = header.sectionSizeHint(column)  # the title and the sort arrow's room
            content = max(max(metrics.horizontalAdvance(text), emphasised.horizontalAdvance(text)
                              if key == "status" else 0)
                          for text in samples.get(key, [""])) + padding
            self._column_minimums[column] = title_width if key != "beneficiary" else max(
                title_width, metrics.horizontalAdvance("x" * 10) + padding)
            self._column_defaults[column] = max(content, title_width)
        self.restore_columns()

    def restore_columns(self) -> None:
        """Every column back to its default width (the header's context menu, "Restore columns")."""
        self._beneficiary_sized = False
        self._fitting_columns = True
        try:
            for column, width in self._column_defaults.items():
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting_columns = False
        self._fit_beneficiary()

    def column_minimum(self, column: int) -> int:
        return self._column_minimums.get(column, 0)

    def _fit_beneficiary(self) -> None:
        if self._beneficiary_sized:
            return
        column = self.model.column_keys().index("beneficiary")
        others = sum(self.table.columnWidth(c) for c in range(self.model.columnCount()) if c != column)
        spare = self.table.viewport().width() - others
        width = max(self._column_minimums.get(column, 0), spare)
        self._fitting_columns = True
        try:
            self.table.setColumnWidth(column, width)
        finally:
            self._fitting_columns = False

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting_columns:
            return
        minimum = self._column_minimums.get(column, 0)
        if new < minimum:
            self._fitting_columns = True
            try:
                self.table.setColumnWidth(column, minimum)
            finally:
                self._fitting_columns = False
        if column == self.model.column_keys().index("beneficiary"):
            self._beneficiary_sized = True
        else:
            self._fit_beneficiary()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_beneficiary()
        return super().eventFilter(watched, event)

    # -- public API ----------------------------------------------------------------------------

    def set_service(self, service: CashoutService | None) -> None:
        """The service "Refresh open cashouts", "Reconcile" and "Resubmit…" use (``None`` disables
        them). Also offers its environment in the environment filter."""
        self._service = service
        self._update_lookup_buttons()
        self._update_resubmit()
        if service is not None:
            env = service.environment
            self.set_environments([(env.key, environment_name(env))], keep=True)

    def selected_entry(self) -> JournalEntry | None:
        """The journal entry of the selected row, if any."""
        index = self.table.currentIndex()
        if not index.isValid() or not (0 <= index.row() < self.model.rowCount()):
            return None
        return self.model.entry(index.row())

    def resubmit_blocker(self, entry: JournalEntry | None) -> str | None:
        """Why ``entry`` cannot be resubmitted now, in words; ``None`` when it can."""
        service = self._service
        if self._resubmit_task is not None or self._confirming:
            return self.tr("A resubmission is under way; wait for its outcome.")
        if entry is None:
            return self.tr("Select a cashout marked “Not created” to resubmit it.")
        if service is None:
            return self.tr("Unavailable: this environment is not ready")
        if entry.env_key != service.env_key:
            return arg(self.tr("This cashout belongs to %1: switch to %1 to resubmit it."),
                       self._env_name(entry.env_key))
        if entry.state != "not_created":
            return arg(self.tr("Only a cashout that never reached TuPay (“Not created”) can be resubmitted; "
                               "this one is “%1”."), status_word(entry))
        return None

    def set_environments(self, environments: Sequence[tuple[str, str]], keep: bool = False) -> None:
        """Offer these ``(key, display name)`` environments in the filter (``keep`` adds to the list)."""
        current = self.env_combo.currentData()
        known = {self.env_combo.itemData(i) for i in range(self.env_combo.count())}
        self.env_combo.blockSignals(True)
        if not keep:
            self.env_combo.clear()
            self.env_combo.addItem(self.tr("All environments"), None)
            known = {None}
        for key, name in environments:
            if key not in known:
                self.env_combo.addItem(name, key)
                known.add(key)
        index = self.env_combo.findData(current)
        self.env_combo.setCurrentIndex(max(index, 0))
        self.env_combo.blockSignals(False)
        self.model.set_environment_names(
            {self.env_combo.itemData(i): self.env_combo.itemText(i) for i in range(1, self.env_combo.count())}
        )

    def reload(self) -> None:
        """Re-read the journal with the current filter and order."""
        self.model.reload()
        self._update_count()

    def current_filter(self) -> HistoryFilter:
        """The filter the bar describes."""
        _label, states, statuses = self._status_choices[max(self.status_combo.currentIndex(), 0)]
        since = until = None
        if self.since_check.isChecked():
            since = _local_midnight(_to_date(self.since_edit.date()))
        if self.until_check.isChecked():
            until = _local_midnight(_to_date(self.until_edit.date())) + timedelta(days=1)
        text = self.search_edit.text().strip() or None
        return HistoryFilter(
            env_key=self.env_combo.currentData(), states=states, statuses=statuses,
            since=since, until=until, text=text,
        )

    def apply_filter(self) -> None:
        """Apply the filter bar now (typing applies it after a short pause)."""
        self._filter_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_count()

    def refresh_open(self) -> None:
        """Look up every open cashout in the background (at most once every few seconds)."""
        service = self._service
        if service is None or self._refresh_task is not None:
            return
        now = time.monotonic()
        if now - self._last_refresh < REFRESH_MIN_INTERVAL_S:
            self._say(self.tr("Please wait a few seconds before refreshing again."))
            return
        self._last_refresh = now
        signal = self._progress.changed

        def progress(done: int, total: int, *_: Any) -> None:
            signal.emit(int(done), int(total))

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._say(self.tr("Refreshing open cashouts…"))
        self._refresh_task = _submit(
            self._runner, self,
            lambda: service.refresh_open(progress=progress), self._on_refreshed, self._on_refresh_failed
        )
        self._update_lookup_buttons()

    def reconcile(self) -> None:
        """Look up, in the background, every cashout of the current environment whose outcome is
        unknown ("Sending…", "Outcome unknown"): found → adopted; missing → "Not created"."""
        service = self._service
        if service is None or self._reconcile_task is not None or self._refresh_task is not None:
            return
        signal = self._progress.changed

        def progress(done: int, total: int) -> None:
            signal.emit(int(done), int(total))

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._say(arg(self.tr("Reconciling: looking up every cashout of %1 whose outcome is unknown…"),
                      environment_name(service.environment)))
        self._reconcile_task = _submit(
            self._runner, self,
            lambda: service.reconcile(progress=progress), self._on_reconciled, self._on_reconcile_failed
        )
        self._update_lookup_buttons()

    def reconcile_summary(self, results: Sequence[Reconciliation]) -> str:
        """What a reconcile found, in words: "3 checked: 2 found and adopted, 1 never reached TuPay —
        select it to resubmit"."""
        if not results:
            return self.tr("Nothing to reconcile: no cashout of this environment has an unknown outcome.")
        found = sum(1 for r in results if r.after == "created")
        missing = sum(1 for r in results if r.after == "not_created")
        not_yet = sum(1 for r in results if r.after == "not_found_yet")
        busy = sum(1 for r in results if r.message == MSG_IN_FLIGHT)
        unknown = len(results) - found - missing - not_yet - busy
        parts: list[str] = []
        if found:
            parts.append(self.tr("%n found and adopted", "", found))
        if not_yet:
            parts.append(self.tr("%n not found yet — looked up again on the next reconcile", "", not_yet))
        if missing == 1:
            parts.append(self.tr("1 never reached TuPay — select it to resubmit"))
        elif missing:
            parts.append(self.tr("%n never reached TuPay — select them to resubmit", "", missing))
        if busy:
            parts.append(self.tr("%n being sent right now (left alone)", "", busy))
        if unknown:
            parts.append(self.tr("%n still unknown — the lookup failed; try again later", "", unknown))
        return self.tr("%n checked: %1", "", len(results)).replace("%1", ", ".join(parts))

    def resubmit_selected(self) -> None:
        """Resubmit the selected "Not created" cashout with the same external_id, once confirmed."""
        entry = self.selected_entry()
        service = self._service
        if entry is None or service is None or self.resubmit_blocker(entry) is not None:
            return
        try:
            request = request_from_entry(entry)
        except ValueError as exc:
            self._say(arg(self.tr("Cannot resubmit %1: %2"), entry.external_id, str(exc)))
            return
        self._confirming = True
        self._update_resubmit()
        try:
            confirmed = self.confirm_resubmit(request, service)
        finally:
            self._confirming = False
        if not confirmed:
            self._update_resubmit()
            self._say(arg(self.tr("Not resubmitted: nothing was sent for %1."), entry.external_id))
            return
        if self._service is not service or self._resubmit_task is not None:
            self._update_resubmit()
            self._say(self.tr("Not resubmitted: the environment changed while confirming. Nothing was sent."))
            return
        env_key, external_id, journal = service.env_key, entry.external_id, service.journal

        def work() -> tuple[CreateOutcome, JournalEntry | None]:
            outcome = service.resubmit(external_id)
            return outcome, journal.get(env_key, external_id)

        self._say(arg(self.tr("Resubmitting %1 with the same external id…"), external_id))
        self._resubmit_task = _submit(
            self._runner, self,
            work,
            lambda result: self._on_resubmitted(external_id, result),
            lambda message: self._on_resubmit_failed(external_id, message),
        )
        self._update_resubmit()

    def confirm_resubmit(self, request: CashoutRequest, service: CashoutService) -> bool:
        """Ask the operator: external_id (the same), beneficiary, amount and currency; in
        Production the amount must be typed (:class:`ConfirmProductionDialog`)."""
        env = service.environment
        if env.is_production:
            dialog = ConfirmProductionDialog(request, env, self)
            dialog.setWindowTitle(self.tr("Resubmit a PRODUCTION cashout"))
            note = QLabel(
                arg(self.tr("This cashout never reached TuPay. It is sent again with the SAME external id "
                            "%1, so TuPay can never create it twice."), request.external_id),
                dialog,
            )
            note.setWordWrap(True)
            layout = dialog.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(1, note)
            try:
                return dialog.exec() == QDialog.DialogCode.Accepted.value
            finally:
                dialog.deleteLater()
        beneficiary = f"{request.beneficiary_name} {request.beneficiary_lastname}".strip()
        text = arg(
            self.tr("Send this cashout to %1 again?\n\nExternal id: %2 (the same id: TuPay refuses a second "
                    "cashout with it)\nBeneficiary: %3\nAmount: %4 %5"),
            environment_name(env), request.external_id, beneficiary, money(request.amount), request.currency,
        )
        answer = QMessageBox.question(
            self, self.tr("Resubmit a cashout"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def resubmit_message(self, external_id: str, outcome: object, entry: JournalEntry | None) -> str:
        """The outcome of a resubmission, in words."""
        if isinstance(outcome, Created):
            return arg(self.tr("Resubmitted: TuPay created cashout %1 with the same external id %2."),
                       outcome.cashout_id, outcome.external_id)
        if isinstance(outcome, ApiFailure) and outcome.error.code == EXTERNAL_ID_USED:
            now = status_word(entry) if entry is not None else ""
            return arg(self.tr("TuPay already has a cashout with external id %1, so nothing was paid twice. "
                               "Looked it up: %2."), external_id, now)
        if isinstance(outcome, ApiFailure):
            return arg(self.tr("Resubmitted, but TuPay declined it — nothing was created. %1"),
                       errors.explain_failure(outcome.error, ui_language(), QCoreApplication.translate))
        if isinstance(outcome, NetworkError):
            return arg(self.tr("Not sent — nothing was created: %1. It can be resubmitted again."),
                       outcome.message)
        if isinstance(outcome, OutcomeUnknown):
            return arg(self.tr("Outcome unknown for external id %1 (%2). Click “Reconcile” to look it up; "
                               "never send it under a new id."), external_id, outcome.message)
        return arg(self.tr("The resubmission of %1 ended without an answer."), external_id)

    def save_selected_receipt(self) -> Path | None:
        """Save the selected cashout's receipt as PDF (asks where); returns the file written."""
        entry = self.selected_entry()
        return save_receipt(self, entry) if entry is not None else None

    def _update_receipt_button(self, *_: object) -> None:
        self.receipt_button.setEnabled(self.selected_entry() is not None)

    def export_csv_dialog(self) -> None:
        """Ask for a file name and export the filtered rows there."""
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), default_save_path("tupay-history.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path, on_done: Callable[[int], None] | None = None) -> None:
        """Write every row matching the filter to ``path`` as CSV, on a worker."""
        args = self.model.query_args()
        journal = self._journal
        lang = ui_language()  # the words in the file: the GUI's language

        def work() -> int:
            return export_csv_file(journal.query(**args), path, lang, QCoreApplication.translate)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self._say(
                self.tr("Exported %1 cashouts to %2.").replace("%1", str(count)).replace("%2", str(path))
            )
            if on_done is not None:
                on_done(count)

        def failed(message: str) -> None:
            self.export_button.setEnabled(True)
            self._say(self.tr("The export failed: %1").replace("%1", message))

        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"))
        _submit(self._runner, self, work, done, failed)

    # -- internals -----------------------------------------------------------------------------

    def _apply_filter_soon(self, *_: object) -> None:
        self._filter_timer.start()

    def _update_count(self) -> None:
        if self._count_task is not None:
            self._count_task.cancel()
        args = self.model.history_filter.query_args()
        journal = self._journal
        self._count_task = _submit(self._runner, self, lambda: journal.count(**args), self._on_count)

    def _on_count(self, count: object) -> None:
        self._count_task = None
        self.count_label.setText(self.tr("%n cashout(s)", "", int(count) if isinstance(count, int) else 0))

    def _say(self, text: str, details: str = "") -> None:
        self.message_label.setText(text)
        self.message_label.setToolTip(details)

    @property
    def search_index_building(self) -> bool:
        """True while the journal's search index is being built on a worker."""
        return self._index_task is not None

    def _build_search_index(self) -> None:
        """Index the rows journalled before the search index existed (after the migration that
        added it), on a worker, a batch at a time; the filter scans meanwhile. Stops when the Desk
        quits (the next start resumes)."""
        journal, signal = self._journal, _Progress(self)
        stop = threading.Event()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop.set)
        self.destroyed.connect(stop.set)
        signal.changed.connect(self._on_index_progress)

        def build() -> bool:
            return journal.build_search_index(
                progress=lambda done, total: signal.changed.emit(done, total), should_stop=stop.is_set
            )

        self._index_task = _submit(self._runner, self, build, self._on_index_built, self._on_index_built)

    def _on_index_progress(self, done: int, total: int) -> None:
        if self._index_task is None or done >= total:
            return
        if self.message_label.text() in ("", self._index_said):  # never over another message
            self._index_said = arg(
                self.tr("Building the search index of older cashouts: %1%. Searching works meanwhile, "
                        "more slowly."),
                str(done * 100 // max(total, 1)),
            )
            self._say(self._index_said)

    def _on_index_built(self, _result: object) -> None:
        self._index_task = None
        if self._index_said is not None and self.message_label.text() == self._index_said:
            self._say("")
        self._index_said = None

    def _env_name(self, key: str) -> str:
        service = self._service
        if service is not None and service.env_key == key:
            return environment_name(service.environment)
        index = self.env_combo.findData(key)
        return self.env_combo.itemText(index) if index > 0 else key

    def _update_lookup_buttons(self) -> None:
        ready = self._service is not None
        busy = self._refresh_task is not None or self._reconcile_task is not None
        self.refresh_button.setEnabled(ready and not busy)
        self.reconcile_button.setEnabled(ready and not busy)
        if not ready:
            self.refresh_button.setToolTip(self.tr("Unavailable: this environment is not ready"))
            self.reconcile_button.setToolTip(
                self.tr("Unavailable: this environment is not ready, so nothing can be looked up")
            )
            return
        self.refresh_button.setToolTip(self.tr("Look up the status of every cashout that is not final"))
        self.reconcile_button.setToolTip(
            self.tr("Look up every cashout whose outcome is unknown (“Sending…”, “Outcome unknown”) by its "
                    "external id: found ones are adopted, missing ones become “Not created”")
        )

    def _update_resubmit(self) -> None:
        entry = self.selected_entry()
        blocker = self.resubmit_blocker(entry)
        self.resubmit_button.setEnabled(blocker is None)
        if blocker is None and entry is not None:
            self.resubmit_button.setToolTip(
                arg(self.tr("Send %1 again with the same external id (after a confirmation)"),
                    entry.external_id)
            )
        else:
            self.resubmit_button.setToolTip(blocker or "")

    def _remember_selection(self) -> None:
        entry = self.selected_entry()
        self._restore = (entry.env_key, entry.external_id) if entry is not None else None

    def _after_reset(self) -> None:
        """Keep the selected cashout selected across a reload (without announcing it again)."""
        self._select_timer.stop()
        key, self._restore = self._restore, None
        if key is not None:
            for row in range(self.model.rowCount()):
                entry = self.model.entry(row)
                if (entry.env_key, entry.external_id) == key:
                    self._restoring = True
                    try:
                        self.table.selectRow(row)
                    finally:
                        self._restoring = False
                    break
        self._update_resubmit()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._restoring:
            self._select_timer.start()
        self._update_resubmit()

    def _emit_selection(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        entry = self.model.entry(index.row())
        self.cashout_selected.emit(entry)
        if self._exchanges_task is not None:
            self._exchanges_task.cancel()
        journal = self._journal
        env_key, external_id = entry.env_key, entry.external_id
        self._exchanges_task = _submit(
            self._runner, self,
            lambda: journal.exchanges(env_key, external_id), self._on_exchanges
        )

    def _on_exchanges(self, exchanges: object) -> None:
        self._exchanges_task = None
        for exchange in exchanges if isinstance(exchanges, list) else []:
            self.exchange_selected.emit(exchange)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_refreshed(self, count: object) -> None:
        self._refresh_task = None
        self.progress.setVisible(False)
        self._update_lookup_buttons()
        self._say(self.tr("Refreshed %n open cashout(s).", "", int(count) if isinstance(count, int) else 0))
        self.reload()

    def _on_refresh_failed(self, message: str) -> None:
        self._refresh_task = None
        self.progress.setVisible(False)
        self._update_lookup_buttons()
        self._say(self.tr("The refresh failed: %1").replace("%1", message))

    def _on_reconciled(self, result: object) -> None:
        self._reconcile_task = None
        self.progress.setVisible(False)
        self._update_lookup_buttons()
        results = [r for r in result if isinstance(r, Reconciliation)] if isinstance(result, list) else []
        details = "\n".join(f"{r.external_id}: {_service_message(r.message)}" for r in results)
        self._say(self.reconcile_summary(results), details)
        self.reconciled.emit(results)
        self.reload()

    def _on_reconcile_failed(self, message: str) -> None:
        self._reconcile_task = None
        self.progress.setVisible(False)
        self._update_lookup_buttons()
        self._say(self.tr("Reconciling failed: %1").replace("%1", message))

    def _on_resubmitted(self, external_id: str, result: object) -> None:
        self._resubmit_task = None
        outcome, entry = result if isinstance(result, tuple) else (result, None)
        self._say(self.resubmit_message(external_id, outcome, entry))
        exchange = getattr(outcome, "exchange", None)
        if exchange is not None:
            self.exchange_selected.emit(exchange)
        self.resubmitted.emit(outcome)
        self._update_resubmit()
        self.reload()

    def _on_resubmit_failed(self, external_id: str, message: str) -> None:
        self._resubmit_task = None
        self._say(arg(self.tr("The resubmission of %1 failed: %2"), external_id, message))
        self._update_resubmit()
        self.reload()


def _service_message(message: str) -> str:
    """A reconciliation message in the GUI's language (the service's texts are marked for it)."""
    for known in (MSG_FOUND, MSG_NOT_FOUND, MSG_NOT_FOUND_YET, MSG_CONFLICT, MSG_STILL_UNKNOWN,
                  MSG_IN_FLIGHT):
        if message.startswith(known):
            return QCoreApplication.translate("CashoutService", known) + message[len(known):]
    return message


def _to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, dtime(0, 0)).astimezone()


