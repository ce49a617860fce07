"""One create, from the Send click to its outcome: the duplicate check, the Production
confirmation, the submit (on a worker) and the outcome in words on the form.

:class:`CreateFlow` owns the create in flight; the main window only wires it: the form's
``send_requested`` starts it, and its signals tell the window when a create begins and ends (the
environment switcher is locked meanwhile), which exchange to show in the inspector and which
cashout to follow in the cashout view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tupay_desktop.api.errors import explain_failure
from tupay_desktop.api.models import (
    ApiFailure,
    CashoutRequest,
    Created,
    NetworkError,
    OutcomeUnknown,
    amount_to_json,
)
from tupay_desktop.service import EXTERNAL_ID_USED, CashoutService, ExternalIdConflict
from tupay_desktop.store.journal import ExternalIdInUseError, JournalEntry, state_label
from tupay_desktop.store.settings import EnvironmentConfig
from tupay_desktop.ui.account import BalanceIndicator, balance_note
from tupay_desktop.ui.badges import ui_language
from tupay_desktop.ui.cashout_form import CashoutForm
from tupay_desktop.ui.confirm_dialog import ConfirmProductionDialog
from tupay_desktop.ui.history import status_word
from tupay_desktop.ui.i18n import arg
from tupay_desktop.ui.workers import TaskRunner

__all__ = ["CreateFlow"]


class CreateFlow(QObject):
    """The create flow of the form: duplicate check → Production confirmation → submit → outcome."""

    #: A create began (``True``) or ended (``False``).
    busy_changed = Signal(bool)
    #: An :class:`~tupay_desktop.api.models.Exchange` of the create, for the inspector.
    exchange = Signal(object)
    #: (cashout_id or ``None``, external_id): the cashout view should follow this cashout.
    follow = Signal(object, str)

    def __init__(
        self,
        form: CashoutForm,
        runner: TaskRunner,
        balance: BalanceIndicator,
        environment: Callable[[], EnvironmentConfig],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._form = form
        self._runner = runner
        self._balance = balance
        self._environment = environment
        self._parent = parent
        self._in_flight: CashoutRequest | None = None
        #: True once the create has been handed to the service (bytes may be on the wire).
        self._submitted = False
        #: The open Production confirmation, if any (tests drive it).
        self.confirm_dialog: ConfirmProductionDialog | None = None
        #: The open possible-duplicates warning, if any.
        self.duplicates_box: QMessageBox | None = None

    @property
    def in_flight(self) -> CashoutRequest | None:
        """The create under way (duplicate check, confirmation, or sent and awaiting its outcome)."""
        return self._in_flight

    @property
    def submitted(self) -> bool:
        """The create in flight has been handed to the service (it may have left the machine)."""
        return self._in_flight is not None and self._submitted

    def start(self, service: CashoutService | None, request: CashoutRequest) -> None:
        """The operator asked to send ``request`` through ``service``."""
        if service is None or self._in_flight is not None:
            if self._in_flight is None:
                self._form.set_sending(False)
            return
        self._in_flight = request
        self._submitted = False
        self.busy_changed.emit(True)

        def check() -> tuple[list[Any], list[Any]]:
            rows = service.possible_duplicates(request)
            # The account's cashouts of the last 24 h (other machines, the web panel), if set up.
            elsewhere = service.possible_account_duplicates(request, [e.external_id for e in rows])
            return rows, elsewhere

        self._runner.submit(
            check,
            lambda found: self._after_duplicate_check(service, request, found),
            lambda message: self._finish(
                arg(self.tr("Nothing was sent: the journal could not be read (%1)."), message), "error"
            ),
        )

    def abandon_unsent(self) -> None:
        """The window closes while the create is still at the duplicate check or a confirmation:
        nothing has been sent; close the dialog and say so."""
        for box in (self.confirm_dialog, self.duplicates_box):
            if box is not None:
                box.blockSignals(True)
                box.close()
        self.confirm_dialog = None
        self.duplicates_box = None
        self._finish(self.tr("Not sent: the Desk was closed before sending."), "info")

    def on_view_status(self, shown_external_id: str | None) -> None:
        """The cashout view received a status for ``shown_external_id``."""
        form = self._form
        unresolved = form.unresolved_external_id
        if unresolved is not None and shown_external_id == unresolved:
            form.mark_resolved()
            form.show_outcome(
                self.tr("Found it: the cashout with external id %1 was created. Its status is on the right.")
                .replace("%1", unresolved),
                "ok",
            )
            form.start_new_cashout()

    # -- the steps -------------------------------------------------------------------------------

    def _after_duplicate_check(self, service: CashoutService, request: CashoutRequest, found: Any) -> None:
        if self._in_flight is not request:
            return  # abandoned (the window is closing)
        rows, elsewhere = found if isinstance(found, tuple) else (found, [])
        entries = list(rows or [])
        others = list(elsewhere or [])
        over_balance = balance_note(amount_to_json(request.amount), request.currency,
                                    self._balance.available(request.currency))
        if not entries and not others and not over_balance:
            self._confirm_if_production(service, request)
            return
        lines = [self._describe_entry(entry) for entry in entries[:10]]
        if others:
            lines.append(self.tr("Made elsewhere in the last 24 hours (TuPay's account list):"))
            lines += [self._describe_account_row(row) for row in others[:10]]
        if over_balance:
            lines.append(over_balance)
        title = self.tr("Possible duplicate") if entries or others else self.tr("Check before sending")
        box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=self._parent)
        box.setObjectName("duplicatesBox")
        if entries:
            box.setText(self.tr(
                "The journal already has %n cashout(s) to this account for this amount:", "", len(entries)))
        elif others:
            box.setText(self.tr("TuPay's account list has %n cashout(s) to this document for this amount:",
                                "", len(others)))
        else:
            box.setText(self.tr("The amount is more than the account's available balance."))
        box.setInformativeText("\n".join(lines) + "\n\n" + self.tr("Send this one anyway?"))
        send = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.duplicates_box = box

        def finished(_result: int) -> None:
            self.duplicates_box = None
            if box.clickedButton() is send:
                self._confirm_if_production(service, request)
            else:
                self._finish(self.tr("Not sent."), "info")

        box.finished.connect(finished)
        box.open()

    @staticmethod
    def _describe_entry(entry: Any) -> str:
        parts = []
        for attr in ("created_at", "external_id", "amount", "currency", "state", "cashout_id"):
            value = getattr(entry, attr, None)
            if value is None or value == "":
                continue
            if attr == "created_at" and hasattr(value, "strftime"):
                value = value.strftime("%Y-%m-%d %H:%M")
            elif attr == "state" and isinstance(entry, JournalEntry):
                value = status_word(entry)  # in words: "Outcome unknown", "Not created — …"
            elif attr == "state":  # not a journal row: the state in words ("Creado"), not the code
                value = state_label(str(value), ui_language(), QCoreApplication.translate)
            elif hasattr(value, "value"):
                value = value.value
            parts.append(str(value))
        return "• " + " · ".join(parts)

    @staticmethod
    def _describe_account_row(row: Any) -> str:
        parts = [row.creation_date.astimezone().strftime("%Y-%m-%d %H:%M") if row.creation_date else "",
                 row.external_id, f"{amount_to_json(row.amount)} {row.currency}" if row.amount else "",
                 row.status, str(row.id_cashout or "")]
        return "• " + " · ".join(p for p in parts if p)

    def _confirm_if_production(self, service: CashoutService, request: CashoutRequest) -> None:
        if self._in_flight is not request:
            return
        env = self._environment()
        if not env.is_production:
            self._submit(service, request)
            return
        dialog = ConfirmProductionDialog(request, env, self._parent)
        self.confirm_dialog = dialog

        def finished(result: int) -> None:
            self.confirm_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and dialog.amount_matches():
                self._submit(service, request)
            else:
                self._finish(self.tr("Cancelled — nothing was sent to Production."), "info")

        dialog.finished.connect(finished)
        dialog.open()

    def _submit(self, service: CashoutService, request: CashoutRequest) -> None:
        if self._in_flight is not request:
            return
        self._submitted = True
        self._form.show_outcome(
            self.tr("Sending %1 %2 (external id %3)…")
            .replace("%1", amount_to_json(request.amount))
            .replace("%2", request.currency)
            .replace("%3", request.external_id),
            "info",
        )

        def send() -> object:
            try:
                return service.submit(request)
            except ExternalIdInUseError as exc:  # journalled already: it may exist at TuPay
                return exc

        self._runner.submit(
            send,
            self._on_outcome,
            # Anything unexpected after the journal said 'sending' is treated as unknown: look it up.
            lambda message: self._on_outcome(OutcomeUnknown(request.external_id, message)),
        )

    def _on_outcome(self, outcome: Any) -> None:
        request = self._in_flight
        self._balance.refresh()  # after each create, whatever its outcome
        if isinstance(outcome, Created):
            self._finish(
                self.tr("Created: cashout %1 (external id %2). Its status is followed on the right.")
                .replace("%1", str(outcome.cashout_id))
                .replace("%2", outcome.external_id),
                "ok",
            )
            self._form.start_new_cashout()
            self.follow.emit(outcome.cashout_id, outcome.external_id)
            self.exchange.emit(outcome.exchange)
        elif isinstance(outcome, ExternalIdConflict):
            external = request.external_id if request is not None else ""
            self._finish(
                arg(self.tr("Conflict — NOT created: external id %1 already belongs to a different cashout "
                            "at TuPay (error 511), one this journal never sent. Nothing was paid. Use “New "
                            "id” to send this cashout under a new external id."), external),
                "error",
            )
            if outcome.exchange is not None:
                self.exchange.emit(outcome.exchange)
        elif isinstance(outcome, ApiFailure) and outcome.error.code == EXTERNAL_ID_USED:
            # Sent before from this journal: the service looked it up; the view follows it.
            external = request.external_id if request is not None else ""
            self._finish(
                arg(self.tr("TuPay already has the cashout with external id %1, sent before from this "
                            "journal: nothing was paid twice. It is looked up on the right."), external),
                "warning",
            )
            if external:
                self.follow.emit(None, external)
            if outcome.exchange is not None:
                self.exchange.emit(outcome.exchange)
        elif isinstance(outcome, ApiFailure):
            explained = explain_failure(outcome.error, ui_language(), QCoreApplication.translate)
            self._finish(self.tr("Not created. %1").replace("%1", explained), "error")
            if outcome.exchange is not None:
                self.exchange.emit(outcome.exchange)
        elif isinstance(outcome, NetworkError):
            self._finish(
                self.tr("Not sent — nothing was created: %1").replace("%1", outcome.message), "error"
            )
            if outcome.exchange is not None:
                self.exchange.emit(outcome.exchange)
        elif isinstance(outcome, OutcomeUnknown):
            self._finish(
                self.tr("Outcome unknown — looking it up by external id %1… (%2) Do not send it again "
                        "under a new id until the lookup answers.")
                .replace("%1", outcome.external_id)
                .replace("%2", outcome.message),
                "warning",
            )
            self._form.mark_outcome_unknown(outcome.external_id)
            self.follow.emit(None, outcome.external_id)
            if outcome.exchange is not None:
                self.exchange.emit(outcome.exchange)
        elif isinstance(outcome, ExternalIdInUseError):
            external = request.external_id if request is not None else ""
            self._finish(
                arg(
                    self.tr("Not sent: a cashout with external id %1 is already in the journal and may "
                            "exist at TuPay. It is being looked up; use “New id” only for a different "
                            "cashout."),
                    external,
                ),
                "warning",
            )
            if external:
                self.follow.emit(None, external)
        else:
            external = request.external_id if request is not None else ""
            self._finish(
                self.tr("Outcome unknown for external id %1; look it up before sending again.").replace(
                    "%1", external
                ),
                "warning",
            )

    def _finish(self, text: str, kind: str) -> None:
        self._in_flight = None
        self._submitted = False
        self._form.set_sending(False)
        self._form.show_outcome(text, kind)
        self.busy_changed.emit(False)
