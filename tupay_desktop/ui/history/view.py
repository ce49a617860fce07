"""The History tab: a filter bar over :class:`~tupay_desktop.ui.history.model.HistoryModel`, the
table, and the buttons of the row actions (:mod:`tupay_desktop.ui.history.actions`).

The filter bar filters by status, environment, date range and free text (debounced); the total
count is computed on a worker. Selecting a row emits ``cashout_selected(entry)`` and then
``exchange_selected(exchange)`` for each of its recorded exchanges (oldest first); activating it
(double-click, Enter, or "Look up" in its menu) emits ``cashout_activated(entry)``: open it in the
cashout view and go there.

A row's context menu copies its ids, looks it up, reconciles or resubmits it where the buttons'
rules allow, starts a new cashout from it (``new_cashout_requested``) and saves its receipt. Under
the table, the totals of what the filter shows — count, sum per currency, count per status — come
from one ``GROUP BY`` query (:meth:`Journal.totals`) on a worker, again whenever the filter or the
journal (the state feed) changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from types import SimpleNamespace
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tupay_desktop.api import errors
from tupay_desktop.service import CashoutService, Reconciliation
from tupay_desktop.store.journal import UNRESOLVED_STATES, Journal, JournalEntry, JournalTotals
from tupay_desktop.ui.badges import ui_language
from tupay_desktop.ui.cashout_feed import CashoutFeed
from tupay_desktop.ui.environment_bar import environment_name
from tupay_desktop.ui.flow_layout import FlowLayout, kept_together
from tupay_desktop.ui.history.actions import HistoryActions
from tupay_desktop.ui.history.model import (
    ATTENTION_STATES,
    HistoryFilter,
    HistoryModel,
    format_amount,
    status_samples,
    status_short,
    status_word,
    submit_owned,
)
from tupay_desktop.ui.i18n import arg
from tupay_desktop.ui.refresh_schedule import RefreshSchedule
from tupay_desktop.ui.workers import TaskHandle, TaskRunner

__all__ = ["HistoryView"]


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
    #: A row's ``JournalEntry`` was activated (double-click, Enter, "Look up"): open it and go there.
    cashout_activated = Signal(object)
    #: "New cashout from this one": the ``JournalEntry`` whose beneficiary and amount fill the form.
    new_cashout_requested = Signal(object)

    def __init__(
        self,
        journal: Journal,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        feed: CashoutFeed | None = None,
        schedule: RefreshSchedule | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        #: The Desk's schedule of automatic lookups: History follows every open cashout with it.
        self._schedule = schedule
        self._runner = runner
        self._service: CashoutService | None = None
        self._count_task: TaskHandle | None = None
        self._exchanges_task: TaskHandle | None = None
        self._restore: tuple[str, str] | None = None
        self._restoring = False
        self.row_actions = HistoryActions(journal, runner, self)
        self.model = HistoryModel(journal, self, runner=runner, feed=feed)
        self.model.inserted.connect(self._update_count)
        #: The totals of the rows the filter shows, last computed (``None`` before the first).
        self.totals: JournalTotals | None = None
        # The journal changed (the state feed): the totals again, once the burst is over.
        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(200)
        self._totals_timer.timeout.connect(self._update_count)
        if feed is not None:
            feed.cashouts_changed.connect(lambda _keys: self._totals_timer.start())

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

        # The bar wraps onto a second line in a narrow window (800×600) instead of pushing the
        # pane sideways. Minimum widths that let the bar fit the default window in every language; the combos
        # show their longest choice in the open list (and the search its whole hint as tooltip).
        self.search_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 14))
        self.search_edit.setToolTip(self.search_edit.placeholderText())
        for combo, letters in ((self.status_combo, 11), (self.env_combo, 11)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        filters = FlowLayout()
        filters.addWidget(self.search_edit)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.env_combo)
        for check, edit in ((self.since_check, self.since_edit), (self.until_check, self.until_edit)):
            filters.addWidget(kept_together(self, check, edit))  # a date beside its check box

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
        self.table.activated.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_row_menu)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self._select_timer = QTimer(self)
        self._select_timer.setSingleShot(True)
        self._select_timer.setInterval(150)
        self._select_timer.timeout.connect(self._emit_selection)

        # -- actions ---------------------------------------------------------------------------
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of cashouts"))
        self.totals_label = QLabel(self)
        self.totals_label.setWordWrap(True)
        self.totals_label.setAccessibleName(self.tr("Totals of the cashouts shown"))
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
        self.row_actions.progress.connect(self._on_progress)
        self.row_actions.said.connect(self._say)
        self.row_actions.busy_changed.connect(self._on_actions_busy)
        self.row_actions.reconciled.connect(self.reconciled)
        self.row_actions.resubmitted.connect(self.resubmitted)
        self.row_actions.exchange.connect(self.exchange_selected)
        if feed is None:  # else the feed names every row an action changed
            self.row_actions.finished.connect(self.reload)
        else:
            self.row_actions.finished.connect(self._update_count)

        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        buttons = FlowLayout(align_right=True)  # on more lines in a narrow window
        buttons.addWidget(self.progress)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.reconcile_button)
        buttons.addWidget(self.resubmit_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.receipt_button)
        actions.addLayout(buttons, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
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
        samples = {"created_at": ["2026-12-31 23:59:59"], "status": status_samples(),
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
        self.row_actions.set_service(service)
        if service is not None and self._schedule is not None:
            # Open cashouts are refreshed by themselves, from now (the start, a switch) with back-off.
            self._schedule.follow_open()
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
        if self.row_actions.resubmitting:
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
        self.row_actions.refresh_open()

    def reconcile(self) -> None:
        """Look up every cashout of the current environment whose outcome is unknown."""
        self.row_actions.reconcile()

    def reconcile_summary(self, results: Sequence[Reconciliation]) -> str:
        """What a reconcile found, in words."""
        return self.row_actions.reconcile_summary(results)

    def resubmit_selected(self) -> None:
        """Resubmit the selected "Not created" cashout with the same external_id, once confirmed."""
        entry = self.selected_entry()
        if entry is None or self._service is None or self.resubmit_blocker(entry) is not None:
            return
        self.row_actions.resubmit(entry)

    def save_selected_receipt(self) -> Path | None:
        """Save the selected cashout's receipt as PDF (asks where); returns the file written."""
        entry = self.selected_entry()
        return self.row_actions.save_receipt(entry) if entry is not None else None

    def export_csv_dialog(self) -> None:
        """Ask for a file name and export the filtered rows there."""
        self.row_actions.export_csv_dialog(self.model.query_args())

    def export_to(self, path: Path, on_done: Callable[[int], None] | None = None) -> None:
        """Write every row matching the filter to ``path`` as CSV, on a worker."""
        self.row_actions.export_to(path, self.model.query_args(), on_done)

    def _update_receipt_button(self, *_: object) -> None:
        self.receipt_button.setEnabled(self.selected_entry() is not None)

    def _apply_filter_soon(self, *_: object) -> None:
        self._filter_timer.start()

    def _update_count(self) -> None:
        """The count and the totals of what the filter shows, on a worker (one GROUP BY query)."""
        self._totals_timer.stop()
        if self._count_task is not None:
            self._count_task.cancel()
        args = self.model.history_filter.query_args()
        journal = self._journal
        self._count_task = submit_owned(self._runner, self, lambda: journal.totals(**args), self._on_count,
                                        self._on_count_failed)

    @property
    def totals_running(self) -> bool:
        """The count and totals are being computed on a worker."""
        return self._count_task is not None

    def _on_count(self, totals: object) -> None:
        self._count_task = None
        if not isinstance(totals, JournalTotals):
            return
        self.totals = totals
        self.count_label.setText(self.tr("%n cashout(s)", "", totals.count))
        self.totals_label.setText(self.totals_text(totals))

    def _on_count_failed(self, _message: str) -> None:
        self._count_task = None  # the journal went away (closed); the next change tries again

    def totals_text(self, totals: JournalTotals) -> str:
        """The totals in words: "Sum: 1,234.50 PEN, 10.00 USD — by status: Pending 3, Completed 1"."""
        if totals.count == 0:
            return ""
        sums = ", ".join(f"{format_amount(amount)} {currency}".strip()
                         for currency, amount in totals.amounts.items())
        counts: dict[str, int] = {}
        for (state, status), n in totals.statuses.items():
            row = SimpleNamespace(state=state, last_status=status, error_code=None, error_message=None)
            word = status_short(cast(JournalEntry, row))
            counts[word] = counts.get(word, 0) + n
        statuses = ", ".join(f"{word} {n}" for word, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        return arg(self.tr("Sum: %1 — by status: %2"), sums or "—", statuses)

    # -- activation and the row menu -------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < self.model.rowCount():
            self.cashout_activated.emit(self.model.entry(index.row()))

    def _show_row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = self.row_menu(self.model.entry(index.row()))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def row_menu(self, entry: JournalEntry) -> QMenu:
        """The context menu of ``entry``'s row; an action the row's rules refuse is disabled and
        says why in its tooltip. Deleted once closed."""
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)
        service = self._service
        here = service is not None and entry.env_key == service.env_key
        elsewhere = ("" if here else self.tr("Unavailable: this environment is not ready")
                     if service is None else arg(self.tr("This cashout belongs to %1: switch to %1 first."),
                                                 self._env_name(entry.env_key)))

        def add(name: str, text: str, slot: Callable[[], object], blocker: str | None = None) -> QAction:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(slot)
            action.setEnabled(blocker is None)
            action.setToolTip(blocker or text.replace("&", ""))
            return action

        external_id, cashout_id = entry.external_id, entry.cashout_id
        add("copy_external_id", self.tr("Copy external_id"),
            lambda: QGuiApplication.clipboard().setText(external_id))
        add("copy_cashout_id", self.tr("Copy cashout_id"),
            lambda: QGuiApplication.clipboard().setText(str(cashout_id)),
            None if cashout_id is not None else self.tr("TuPay has not given this cashout a cashout_id"))
        menu.addSeparator()
        add("look_up", self.tr("Look up"), lambda: self.cashout_activated.emit(entry),
            elsewhere or None)
        reconcile_blocker = elsewhere or None
        if reconcile_blocker is None and entry.state not in UNRESOLVED_STATES:
            reconcile_blocker = self.tr("Only a cashout whose outcome is unknown is reconciled; this one "
                                        "is known: look it up instead.")
        if reconcile_blocker is None and self.row_actions.looking_up:
            reconcile_blocker = self.tr("A refresh or reconcile is under way; wait for it to finish.")
        add("reconcile", self.tr("Reconcile"), lambda: self.row_actions.reconcile_one(entry),
            reconcile_blocker)
        add("resubmit", self.tr("Resubmit…"), lambda: self.row_actions.resubmit(entry),
            self.resubmit_blocker(entry))
        menu.addSeparator()
        add("new_cashout", self.tr("New cashout from this one"),
            lambda: self.new_cashout_requested.emit(entry), elsewhere or None)
        add("receipt", self.tr("Receipt…"), lambda: self.row_actions.save_receipt(entry))
        return menu

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

        self._index_task = submit_owned(self._runner, self, build, self._on_index_built, self._on_index_built)

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
        busy = self.row_actions.looking_up
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
        self._exchanges_task = submit_owned(
            self._runner, self,
            lambda: journal.exchanges(env_key, external_id), self._on_exchanges
        )

    def _on_exchanges(self, exchanges: object) -> None:
        self._exchanges_task = None
        for exchange in exchanges if isinstance(exchanges, list) else []:
            self.exchange_selected.emit(exchange)

    def _on_actions_busy(self) -> None:
        looking = self.row_actions.looking_up
        if looking and not self.progress.isVisible():
            self.progress.setRange(0, 0)
        self.progress.setVisible(looking)
        self.export_button.setEnabled(not self.row_actions.exporting)
        self._update_lookup_buttons()
        self._update_resubmit()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)


def _to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, dtime(0, 0)).astimezone()
