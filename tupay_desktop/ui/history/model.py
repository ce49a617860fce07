"""The History's model: journal rows as a table that scales to 100,000 rows, and the rows' words.

:class:`HistoryModel` is a ``QAbstractTableModel`` that never holds the whole journal: it fetches
pages (``Journal.query(limit, offset)``) as the view scrolls (``canFetchMore``/``fetchMore``),
and sorting or filtering re-queries SQLite from the first page. The status column says in words
which rows need the operator (:func:`status_word`: "Sending…", "Outcome unknown", "Not found yet",
"Not created — can be resubmitted", "Conflict", "Declined (code)"); :func:`status_word` is also the
duplicate warning's wording, the one place a journal row's status is put in words.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any, cast

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tupay_desktop.api import errors
from tupay_desktop.api.client import explain_network_failure, is_transport_message
from tupay_desktop.api.models import CashoutStatusCode
from tupay_desktop.service import MSG_CONFLICT, MSG_NOT_FOUND_YET
from tupay_desktop.store.journal import Journal, JournalEntry
from tupay_desktop.ui import badges
from tupay_desktop.ui.badges import core_text, status_colour, text_colour_on, ui_language
from tupay_desktop.ui.cashout_feed import CashoutFeed
from tupay_desktop.ui.workers import TaskHandle, TaskRunner

__all__ = [
    "ATTENTION_STATES",
    "ENTRY_ROLE",
    "PAGE_SIZE",
    "Column",
    "HistoryFilter",
    "HistoryModel",
    "beneficiary_of",
    "format_amount",
    "format_time",
    "last_checked",
    "state_explanation",
    "status_samples",
    "status_short",
    "status_word",
    "submit_owned",
]

log = logging.getLogger(__name__)


def submit_owned(
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


_NO_TIME = datetime.min.replace(tzinfo=UTC)


def _order_key(entry: JournalEntry, order_by: str) -> tuple[Any, ...]:
    """How SQLite orders ``entry`` by the column ``order_by`` (NULL first), ties by creation (the
    journal's ``id`` order, in which rows are created)."""
    attr = {"beneficiary": "beneficiary_lastname", "status": "last_status"}.get(order_by, order_by)
    value = getattr(entry, attr, None)
    tie = (entry.created_at or _NO_TIME, entry.external_id)
    return ((0,) if value is None else (1, value)) + tie


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


def status_samples() -> list[str]:
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


def last_checked(entry: JournalEntry) -> str:
    """When the status of a created cashout was last looked up (or learnt), in words ("" when never)."""
    if entry.state != "created" or entry.last_status_at is None:
        return ""
    return QCoreApplication.translate("HistoryModel", "Last checked %1").replace(
        "%1", format_time(entry.last_status_at))


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
        text += "\n" + _said(entry.error_message)
    return text


def _said(message: str) -> str:
    """A journalled message in the GUI's language: a transport failure's words translated (its
    detail, the URL and the exception, as it came), the service's own sentences from its catalogue."""
    if is_transport_message(message):
        return transport_words(message)
    return QCoreApplication.translate("CashoutService", message)


def transport_words(message: str) -> str:
    """A transport failure's words in the GUI's language, its detail in brackets as it came."""
    words, detail = explain_network_failure(message, QCoreApplication.translate)
    return f"{words} ({detail})" if detail else words


class HistoryModel(QAbstractTableModel):
    """Journal rows, fetched a page at a time; sorting and filtering re-query the journal.

    Without a ``runner`` every query runs where it is called (tests, small journals). With one,
    the queries run on the runner's threads and the rows are swapped in when they arrive, so even a
    slow sort over 100,000 rows never blocks the GUI thread; ``loaded`` is emitted each time.

    Fed by the Desk's state feed (``feed``, or :meth:`update_rows` called with the changed keys):
    a changed row that is loaded is read again and announced with a row-level ``dataChanged``
    (never a reset); a row the model has not loaded that matches the filter — a new cashout, or one
    that now matches — is inserted where the current order puts it (``rowsInserted``), unless that
    is beyond the rows loaded so far (the page that holds it brings it). A changed row that no
    longer matches the filter stays, updated, until the next reload (rows never vanish under the
    operator's eyes). The reads are by primary key, on the GUI thread; changes that arrive while a
    page is loading are applied again to the page when it arrives.
    """

    #: Emitted when a (re)load or a further page has arrived.
    loaded = Signal()
    #: Emitted when rows the feed named were inserted (a new cashout appeared).
    inserted = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
        runner: TaskRunner | None = None,
        feed: CashoutFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        #: Keys the feed named while a page was loading (the page may have been read before).
        self._dirty: set[tuple[str, str]] = set()
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
        if feed is not None:
            feed.cashouts_changed.connect(self.update_rows)
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
        self._dirty.clear()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self._runner is None:
            self._reset_to(self._query_page(0))
            return
        args, generation, journal, size = self.query_args(), self._generation, self._journal, self._page_size
        self._task = submit_owned(
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
        self._apply_dirty()

    def _on_next_page(self, generation: int, offset: int, page: object) -> None:
        if generation != self._generation:
            return
        self._task = None
        if offset != len(self._rows):  # a row was inserted meanwhile: the page overlaps; fetch again
            self._apply_dirty()
            return
        self._append(page if isinstance(page, list) else [])
        self._apply_dirty()

    def _apply_dirty(self) -> None:
        dirty, self._dirty = list(self._dirty), set()
        if dirty:
            self.update_rows(dirty)

    # -- the state feed ------------------------------------------------------------------------

    def update_rows(self, keys: Sequence[Sequence[str]]) -> None:
        """Journal rows ``keys`` ((env_key, external_id) pairs) changed: re-read the loaded ones
        (row-level ``dataChanged``), insert the new ones that match the filter where they belong."""
        wanted = [(str(k[0]), str(k[1])) for k in keys if len(k) == 2]
        if not wanted:
            return
        if self._task is not None:
            self._dirty.update(wanted)  # the page on its way may have been read before these writes
        where = {(e.env_key, e.external_id): row for row, e in enumerate(self._rows)}
        last = len(self._columns) - 1
        fresh: list[tuple[str, str]] = []
        try:
            for key in wanted:
                row = where.get(key)
                if row is None:
                    fresh.append(key)
                    continue
                entry = self._journal.get(*key)
                if entry is not None and entry != self._rows[row]:
                    self._rows[row] = entry
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            added = False
            for start in range(0, len(fresh), 400):
                for entry in self._journal.query(**self.query_args(), keys=fresh[start:start + 400]):
                    added = self._insert(entry) or added
        except (sqlite3.Error, RuntimeError):  # closed, or unreadable: the next reload says more
            log.debug("changed history rows could not be read", exc_info=True)
            return
        if added:
            self.inserted.emit()

    def _insert(self, entry: JournalEntry) -> bool:
        """Insert ``entry`` where the current order puts it among the loaded rows (not beyond
        them while more pages remain: that page brings it)."""
        order_by, descending = self.order_by, self._descending
        mine = _order_key(entry, order_by)
        position = len(self._rows)
        for row, other in enumerate(self._rows):
            theirs = _order_key(other, order_by)
            if (mine > theirs) if descending else (mine < theirs):
                position = row
                break
        if position == len(self._rows) and self._has_more:
            return False
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, entry)
        self.endInsertRows()
        return True

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
        self._task = submit_owned(
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
                meaning = ""
                if status is not None:
                    info = errors.describe_status(status, ui_language())
                    meaning = core_text(info.meaning) if ui_language() == "en" else info.meaning
                return "\n".join(t for t in (meaning, last_checked(entry)) if t) or status_word(entry)
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
