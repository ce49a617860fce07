"""The History's row actions: refresh open cashouts, reconcile, resubmit, export CSV, receipt.

:class:`HistoryActions` runs the blocking part of each on the task runner and says what happened
(:attr:`HistoryActions.said`); the view owns the buttons and only wires them here.

* "Refresh open cashouts" (``CashoutService.refresh_open``, with progress, at most once every few
  seconds);
* "Reconcile" (``CashoutService.reconcile``) resolves every create whose outcome is unknown and says
  what it found;
* "Resubmit…" sends a "Not created" row of the current environment again with the *same*
  external_id, after a confirmation (in Production the amount must be typed), never twice at once;
* "Export CSV…" writes the filtered rows (``export_csv_file``, which never writes a secret);
* "Receipt…" saves the selected cashout's receipt as PDF.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from tupay_desktop.api import errors
from tupay_desktop.api.client import explain_network_failure, is_transport_message
from tupay_desktop.api.models import (
    ApiFailure,
    CashoutRequest,
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
from tupay_desktop.store.journal import Journal, JournalEntry, export_csv_file
from tupay_desktop.ui.badges import ui_language
from tupay_desktop.ui.confirm_dialog import ConfirmProductionDialog
from tupay_desktop.ui.confirm_dialog import format_amount as money
from tupay_desktop.ui.environment_bar import environment_name
from tupay_desktop.ui.files import default_save_path
from tupay_desktop.ui.history.model import status_word, submit_owned, transport_words
from tupay_desktop.ui.i18n import arg
from tupay_desktop.ui.receipt import save_receipt
from tupay_desktop.ui.workers import TaskHandle, TaskRunner

__all__ = ["REFRESH_MIN_INTERVAL_S", "HistoryActions", "service_message"]

#: Minimum seconds between two "Refresh open cashouts" runs.
REFRESH_MIN_INTERVAL_S = 5.0


class HistoryActions(QObject):
    """The row actions of the History, for the service of the selected environment."""

    #: What an action did or found, in words, and details (the tooltip).
    said = Signal(str, str)
    #: Progress of a refresh or reconcile: (done, total).
    progress = Signal(int, int)
    #: A refresh, reconcile, resubmit or export began or ended (buttons re-evaluate).
    busy_changed = Signal()
    #: The ``list[Reconciliation]`` of an on-demand reconcile that finished.
    reconciled = Signal(object)
    #: The ``CreateOutcome`` of a resubmission that finished.
    resubmitted = Signal(object)
    #: An exchange an action received (a resubmission's).
    exchange = Signal(object)
    #: An action changed journal rows (a refresh, reconcile or resubmission finished).
    finished = Signal()

    def __init__(self, journal: Journal, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._journal = journal
        self._runner = runner
        self._widget = parent
        self._service: CashoutService | None = None
        self._refresh_task: TaskHandle | None = None
        self._reconcile_task: TaskHandle | None = None
        self._resubmit_task: TaskHandle | None = None
        self._export_task: TaskHandle | None = None
        self._confirming = False
        self._last_refresh = -REFRESH_MIN_INTERVAL_S

    # -- state ---------------------------------------------------------------------------------

    @property
    def service(self) -> CashoutService | None:
        return self._service

    def set_service(self, service: CashoutService | None) -> None:
        self._service = service
        self.busy_changed.emit()

    @property
    def looking_up(self) -> bool:
        """A refresh of open cashouts or a reconcile is running."""
        return self._refresh_task is not None or self._reconcile_task is not None

    @property
    def resubmitting(self) -> bool:
        """A resubmission is being confirmed or sent."""
        return self._resubmit_task is not None or self._confirming

    @property
    def exporting(self) -> bool:
        return self._export_task is not None

    # -- refresh and reconcile -------------------------------------------------------------------

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
        signal = self.progress

        def progress(done: int, total: int, *_: Any) -> None:
            signal.emit(int(done), int(total))

        self._say(self.tr("Refreshing open cashouts…"))
        self._refresh_task = submit_owned(
            self._runner, self,
            lambda: service.refresh_open(progress=progress), self._on_refreshed, self._on_refresh_failed
        )
        self.busy_changed.emit()

    def reconcile(self) -> None:
        """Look up, in the background, every cashout of the current environment whose outcome is
        unknown ("Sending…", "Outcome unknown"): found → adopted; missing → "Not created"."""
        service = self._service
        if service is None or self._reconcile_task is not None or self._refresh_task is not None:
            return
        signal = self.progress

        def progress(done: int, total: int) -> None:
            signal.emit(int(done), int(total))

        self._say(arg(self.tr("Reconciling: looking up every cashout of %1 whose outcome is unknown…"),
                      environment_name(service.environment)))
        self._reconcile_task = submit_owned(
            self._runner, self,
            lambda: service.reconcile(progress=progress), self._on_reconciled, self._on_reconcile_failed
        )
        self.busy_changed.emit()

    def reconcile_one(self, entry: JournalEntry) -> None:
        """Reconcile one row (History's row menu): look it up by its external_id if its outcome is
        unknown, with :meth:`reconcile`'s rules and summary."""
        service = self._service
        if (service is None or entry.env_key != service.env_key or self._reconcile_task is not None
                or self._refresh_task is not None):
            return
        external_id = entry.external_id

        def work() -> list[Reconciliation]:
            found = service.reconcile_external_id(external_id)
            return [found] if found is not None else []

        self._say(arg(self.tr("Reconciling %1…"), external_id))
        self._reconcile_task = submit_owned(self._runner, self, work, self._on_reconciled,
                                            self._on_reconcile_failed)
        self.busy_changed.emit()

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

    # -- resubmit ------------------------------------------------------------------------------

    def resubmit(self, entry: JournalEntry) -> None:
        """Resubmit the "Not created" cashout ``entry`` with the same external_id, once confirmed
        (the caller checked that it may be resubmitted)."""
        service = self._service
        if service is None or self.resubmitting:
            return
        try:
            request = request_from_entry(entry)
        except ValueError as exc:
            self._say(arg(self.tr("Cannot resubmit %1: %2"), entry.external_id, str(exc)))
            return
        self._confirming = True
        self.busy_changed.emit()
        try:
            confirmed = self.confirm_resubmit(request, service)
        finally:
            self._confirming = False
        if not confirmed:
            self.busy_changed.emit()
            self._say(arg(self.tr("Not resubmitted: nothing was sent for %1."), entry.external_id))
            return
        if self._service is not service or self._resubmit_task is not None:
            self.busy_changed.emit()
            self._say(self.tr("Not resubmitted: the environment changed while confirming. Nothing was sent."))
            return
        env_key, external_id, journal = service.env_key, entry.external_id, service.journal

        def work() -> tuple[CreateOutcome, JournalEntry | None]:
            outcome = service.resubmit(external_id)
            return outcome, journal.get(env_key, external_id)

        self._say(arg(self.tr("Resubmitting %1 with the same external id…"), external_id))
        self._resubmit_task = submit_owned(
            self._runner, self,
            work,
            lambda result: self._on_resubmitted(external_id, result),
            lambda message: self._on_resubmit_failed(external_id, message),
        )
        self.busy_changed.emit()

    def confirm_resubmit(self, request: CashoutRequest, service: CashoutService) -> bool:
        """Ask the operator: external_id (the same), beneficiary, amount and currency; in
        Production the amount must be typed (:class:`ConfirmProductionDialog`)."""
        env = service.environment
        parent = self._widget
        if env.is_production:
            dialog = ConfirmProductionDialog(request, env, parent)
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
            parent, self.tr("Resubmit a cashout"), text,
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
            words = explain_network_failure(outcome.message, QCoreApplication.translate)[0]
            return arg(self.tr("Not sent — nothing was created: %1 It can be resubmitted again."), words)
        if isinstance(outcome, OutcomeUnknown):
            words = explain_network_failure(outcome.message, QCoreApplication.translate)[0]
            return arg(self.tr("Outcome unknown for external id %1 (%2) Click “Reconcile” to look it up; "
                               "never send it under a new id."), external_id, words)
        return arg(self.tr("The resubmission of %1 ended without an answer."), external_id)

    # -- export and receipt ----------------------------------------------------------------------

    def save_receipt(self, entry: JournalEntry) -> Path | None:
        """Save ``entry``'s receipt as PDF (asks where); returns the file written."""
        return save_receipt(self._widget, entry)

    def export_csv_dialog(self, query_args: dict[str, Any]) -> None:
        """Ask for a file name and export the rows of ``query_args`` there."""
        path, _selected = QFileDialog.getSaveFileName(
            self._widget, self.tr("Export history"), default_save_path("tupay-history.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path), query_args)

    def export_to(self, path: Path, query_args: dict[str, Any],
                  on_done: Callable[[int], None] | None = None) -> None:
        """Write every row of the journal query ``query_args`` to ``path`` as CSV, on a worker."""
        args = dict(query_args)
        journal = self._journal
        lang = ui_language()  # the words in the file: the GUI's language

        def work() -> int:
            return export_csv_file(journal.query(**args), path, lang, QCoreApplication.translate)

        def done(count: int) -> None:
            self._export_task = None
            self.busy_changed.emit()
            self._say(
                self.tr("Exported %1 cashouts to %2.").replace("%1", str(count)).replace("%2", str(path))
            )
            if on_done is not None:
                on_done(count)

        def failed(message: str) -> None:
            self._export_task = None
            self.busy_changed.emit()
            self._say(self.tr("The export failed: %1").replace("%1", message))

        self._say(self.tr("Exporting…"))
        self._export_task = submit_owned(self._runner, self, work, done, failed)
        self.busy_changed.emit()

    # -- internals -----------------------------------------------------------------------------

    def _say(self, text: str, details: str = "") -> None:
        self.said.emit(text, details)

    def _on_refreshed(self, count: object) -> None:
        self._refresh_task = None
        self.busy_changed.emit()
        self._say(self.tr("Refreshed %n open cashout(s).", "", int(count) if isinstance(count, int) else 0))
        self.finished.emit()

    def _on_refresh_failed(self, message: str) -> None:
        self._refresh_task = None
        self.busy_changed.emit()
        self._say(self.tr("The refresh failed: %1").replace("%1", message))

    def _on_reconciled(self, result: object) -> None:
        self._reconcile_task = None
        self.busy_changed.emit()
        results = [r for r in result if isinstance(r, Reconciliation)] if isinstance(result, list) else []
        details = "\n".join(f"{r.external_id}: {service_message(r.message)}" for r in results)
        self._say(self.reconcile_summary(results), details)
        self.reconciled.emit(results)
        self.finished.emit()

    def _on_reconcile_failed(self, message: str) -> None:
        self._reconcile_task = None
        self.busy_changed.emit()
        self._say(self.tr("Reconciling failed: %1").replace("%1", message))

    def _on_resubmitted(self, external_id: str, result: object) -> None:
        self._resubmit_task = None
        outcome, entry = result if isinstance(result, tuple) else (result, None)
        self._say(self.resubmit_message(external_id, outcome, entry))
        exchange = getattr(outcome, "exchange", None)
        if exchange is not None:
            self.exchange.emit(exchange)
        self.resubmitted.emit(outcome)
        self.busy_changed.emit()
        self.finished.emit()

    def _on_resubmit_failed(self, external_id: str, message: str) -> None:
        self._resubmit_task = None
        self._say(arg(self.tr("The resubmission of %1 failed: %2"), external_id, message))
        self.busy_changed.emit()
        self.finished.emit()


def service_message(message: str) -> str:
    """A reconciliation message in the GUI's language (the service's texts are marked for it; a
    transport failure's words are translated, its detail kept as it came)."""
    if is_transport_message(message):
        return transport_words(message)
    for known in (MSG_FOUND, MSG_NOT_FOUND, MSG_NOT_FOUND_YET, MSG_CONFLICT, MSG_STILL_UNKNOWN,
                  MSG_IN_FLIGHT):
        if message.startswith(known):
            return QCoreApplication.translate("CashoutService", known) + message[len(known):]
    return message
