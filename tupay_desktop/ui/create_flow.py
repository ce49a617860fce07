"""One create, from the Send click to its outcome: the duplicate check, the Production
confirmation, the submit (on a worker) and the outcome in words on the form.

:class:`CreateFlow` owns the create in flight; the main window only wires it: the form's
``send_requested`` starts it, and its signals tell the window when a create begins and ends (the
environment switcher is locked meanwhile), which exchange to show in the inspector and which
cashout to follow in the cashout view.

The form's outcome line is the journal row's, in words, through one function,
:func:`outcome_line` (journal entry → text and kind). After the send the flow keeps following that
row through the state feed: whoever settles it later — the cashout view's lookup, a reconcile, the
History's refresh, a resubmission, another process — the line follows ("Outcome unknown" becomes
"Found it: … was created"; an unresolved outcome stops guarding "New id" once resolved). Only what
has no row of its own (nothing was sent; the id was journalled by an earlier send) is said directly.

"Sending… Do not close the Desk." appears only once every confirmation was given and the bytes are
about to leave (:meth:`CashoutForm.set_transmitting`). A declined create keeps its journal row
under its own external id: the form moves to a new id and says so, unless the operator chooses
"Resend with the same id".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tupay_desktop.api.errors import explain_failure
from tupay_desktop.api.models import (
    ApiError,
    ApiFailure,
    CashoutRequest,
    CashoutStatusCode,
    Created,
    NetworkError,
    OutcomeUnknown,
    amount_to_json,
)
from tupay_desktop.store.journal import (
    UNRESOLVED_STATES,
    ExternalIdInUseError,
    Journal,
    JournalEntry,
    state_label,
)
from tupay_desktop.store.settings import EnvironmentConfig
from tupay_desktop.ui import badges
from tupay_desktop.ui.badges import ui_language
from tupay_desktop.ui.balance import BalanceIndicator, balance_note
from tupay_desktop.ui.cashout_feed import CashoutFeed
from tupay_desktop.ui.cashout_form import CashoutForm
from tupay_desktop.ui.i18n import arg
from tupay_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    # Imported where first used (the window's first frame needs none of them; see test_lazy_imports).
    from tupay_desktop.service import CashoutService
    from tupay_desktop.ui.confirm_dialog import ConfirmProductionDialog

__all__ = ["CreateFlow", "describe_duplicate", "outcome_line"]

#: Final statuses under which nothing was paid (CANCELLED, REJECTED).
_UNPAID = (int(CashoutStatusCode.CANCELLED), int(CashoutStatusCode.REJECTED))
#: TuPay's "cashout not found" (``service.NOT_FOUND``; the service is imported when first used).
_NOT_FOUND = 509


def outcome_line(entry: JournalEntry, error: ApiError | None = None) -> tuple[str, str]:
    """The form's outcome line for a journal row: its text and kind (``"ok"``, ``"error"``,
    ``"warning"`` or ``"info"``). ``error``: the create's own answer, when it was a decline (its
    reason, which the journal does not keep, is said too). The one place a row becomes this line."""
    translate = QCoreApplication.translate
    external = entry.external_id
    state = entry.state
    if state == "created":
        status = entry.last_status
        word = badges.status_word(status) if status is not None else translate("CreateFlow", "created")
        # A rejected or cancelled cashout paid nothing: said as an error, not as a success.
        kind = "error" if status in _UNPAID else "ok"
        if entry.cashout_id is not None:
            text = translate("CreateFlow", "Created: cashout %1 (external id %2) — %3. Its status is "
                                           "followed on the right.")
            return arg(text, entry.cashout_id, external, word), kind
        text = translate("CreateFlow", "Found it: the cashout with external id %1 was created — %2. Its "
                                       "status is on the right.")
        return arg(text, external, word), kind
    if state == "sending":
        amount = format(entry.amount, "f") if entry.amount is not None else ""
        return arg(translate("CreateFlow", "Sending %1 %2 (external id %3)…"), amount, entry.currency,
                   external), "info"
    if state == "unknown":
        text = translate("CreateFlow", "Outcome unknown — looking it up by external id %1… (%2) Do not "
                                       "send it again under a new id until the lookup answers.")
        return arg(text, external, network_words(entry.error_message or "")[0]), "warning"
    if state == "not_found_yet":
        text = translate("CreateFlow", "Not found yet: TuPay had no cashout with external id %1 moments "
                                       "after it was sent — it may still be processing it. The Desk looks "
                                       "again; do not send it again under a new id.")
        return arg(text, external), "warning"
    if state == "not_created":
        if entry.error_code == _NOT_FOUND:
            text = translate("CreateFlow", "Not created: TuPay has no cashout with external id %1. It can "
                                           "be resubmitted with the same external id (History, "
                                           "“Resubmit…”).")
            return arg(text, external), "warning"
        text = translate("CreateFlow", "Not sent — nothing was created: %1")
        return arg(text, network_words(entry.error_message or "")[0]), "error"
    if state == "declined":
        failure = error if error is not None else ApiError(entry.error_code, entry.error_message or "")
        explained = explain_failure(failure, ui_language(), QCoreApplication.translate)
        return arg(translate("CreateFlow", "Not created. %1"), explained), "error"
    if state == "conflict":
        text = translate("CreateFlow", "Conflict — NOT created: external id %1 already belongs to a "
                                       "different cashout at TuPay (error 511), one this journal never "
                                       "sent. Nothing was paid. Use “New id” to send this cashout under "
                                       "a new external id.")
        return arg(text, external), "error"
    return state, "info"


def network_words(message: str) -> tuple[str, str]:
    """A transport failure's message in the GUI's language, and its technical detail (for a
    tooltip): :func:`~tupay_desktop.api.client.explain_network_failure`."""
    from tupay_desktop.api.client import explain_network_failure  # not in the first frame

    return explain_network_failure(message, QCoreApplication.translate)


def outcome_detail(entry: JournalEntry) -> str:
    """The technical detail behind :func:`outcome_line`'s words for this row ("" when none): the
    URL and the transport's own words of a failure, as they came."""
    if entry.state in ("unknown", "not_created") and entry.error_code != _NOT_FOUND:
        return network_words(entry.error_message or "")[1]
    return ""


def describe_duplicate(entry: Any) -> str:
    """One line of the possible-duplicate warning: when, external id, amount, currency, the status
    in words (:func:`~tupay_desktop.ui.history.status_word`, as History says it) and cashout id."""
    from tupay_desktop.ui.history import status_word  # History's words (built after the first paint)

    parts = []
    for attr in ("created_at", "external_id", "amount", "currency", "state", "cashout_id"):
        value = getattr(entry, attr, None)
        if value is None or value == "":
            continue
        if attr == "created_at" and hasattr(value, "strftime"):
            value = value.strftime("%Y-%m-%d %H:%M")
        elif attr == "state" and isinstance(entry, JournalEntry):
            value = status_word(entry)  # in words: "RECHAZADO", "Outcome unknown", "Not created — …"
        elif attr == "state":  # not a journal row: the state in words ("Creado"), not the code
            value = state_label(str(value), ui_language(), QCoreApplication.translate)
        elif hasattr(value, "value"):
            value = value.value
        parts.append(str(value))
    return "• " + " · ".join(parts)


class CreateFlow(QObject):
    """The create flow of the form: duplicate check → Production confirmation → submit → outcome."""

    #: A create began (``True``) or ended (``False``).
    busy_changed = Signal(bool)
    #: An :class:`~tupay_desktop.api.models.Exchange` of the create, for the inspector.
    exchange = Signal(object)
    #: (cashout_id or ``None``, external_id): the cashout view should follow this cashout.
    follow = Signal(object, str)
    #: Nothing exists at TuPay for the create (declined, not sent, a conflict): the cashout view
    #: should show no cashout rather than an earlier one.
    cleared = Signal()

    def __init__(
        self,
        form: CashoutForm,
        runner: TaskRunner,
        balance: BalanceIndicator,
        environment: Callable[[], EnvironmentConfig],
        parent: QWidget,
        feed: CashoutFeed | None = None,
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
        #: The journal row the outcome line follows: (journal, env_key, external_id).
        self._row: tuple[Journal, str, str] | None = None
        if feed is not None:
            feed.cashout_changed.connect(self._on_cashout_changed)

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
        self._row = None  # the line is this create's now
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

    def stop_following(self) -> None:
        """The outcome line no longer follows a journal row (another environment is selected)."""
        self._row = None

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
        lines = [describe_duplicate(entry) for entry in entries[:10]]
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
        from tupay_desktop.ui.confirm_dialog import ConfirmProductionDialog

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
        self._form.set_transmitting()  # every confirmation given: the bytes are about to leave
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
            lambda outcome: self._on_outcome(service, outcome),
            # Anything unexpected after the journal said 'sending' is treated as unknown: look it up.
            lambda message: self._on_outcome(service, OutcomeUnknown(request.external_id, message)),
        )

    def _on_outcome(self, service: CashoutService, outcome: Any) -> None:
        from tupay_desktop.service import EXTERNAL_ID_USED, ExternalIdConflict

        request = self._in_flight
        self._balance.refresh()  # after each create, whatever its outcome
        if request is not None and not isinstance(outcome, ExternalIdInUseError):
            # The outcome line is the journal row's from now on, whoever settles it.
            self._row = (service.journal, service.env_key, request.external_id)
        self._say_outcome(request, outcome)
        if isinstance(outcome, Created):
            self._form.start_new_cashout()
            self.follow.emit(outcome.cashout_id, outcome.external_id)
        elif isinstance(outcome, ApiFailure) and not isinstance(outcome, ExternalIdConflict) \
                and outcome.error.code == EXTERNAL_ID_USED:
            if request is not None:  # sent before from this journal: looked up; the view follows it
                self.follow.emit(None, request.external_id)
        elif isinstance(outcome, ApiFailure | NetworkError):
            self.cleared.emit()  # nothing exists at TuPay to show beside the outcome
            if request is not None and self._row_state() == "declined":
                # The declined create stays a row of its own: the next send gets a new id.
                self._form.move_to_new_id(request.external_id)
        elif isinstance(outcome, OutcomeUnknown):
            self._form.mark_outcome_unknown(outcome.external_id)
            self.follow.emit(None, outcome.external_id)
        elif isinstance(outcome, ExternalIdInUseError) and request is not None:
            self.follow.emit(None, request.external_id)
        exchange = getattr(outcome, "exchange", None)
        if exchange is not None:
            self.exchange.emit(exchange)

    def _row_entry(self) -> JournalEntry | None:
        row = self._row
        if row is None:
            return None
        journal, env_key, external_id = row
        try:
            return journal.get(env_key, external_id)
        except Exception:  # the journal closed or cannot be read: the outcome's own words stay
            return None

    def _row_state(self) -> str | None:
        entry = self._row_entry()
        return entry.state if entry is not None else None

    def _say_outcome(self, request: CashoutRequest | None, outcome: Any) -> None:
        """End the create and say its outcome: the journal row's words, where its row says it."""
        entry = self._row_entry()
        if entry is not None and entry.state != "sending":
            error = outcome.error if isinstance(outcome, ApiFailure) else None
            self._finish(*outcome_line(entry, error), outcome_detail(entry))
            return
        self._finish(*self._outcome_words(request, outcome))

    def _on_cashout_changed(self, env_key: str, external_id: str) -> None:
        """The state feed: if the row the outcome line follows changed, the line follows it."""
        row = self._row
        if row is None or (row[1], row[2]) != (env_key, external_id) or self._in_flight is not None:
            return
        entry = self._row_entry()
        if entry is None:
            return
        self._form.show_outcome(*outcome_line(entry), outcome_detail(entry))
        form = self._form
        if entry.state not in UNRESOLVED_STATES and form.unresolved_external_id == external_id:
            form.mark_resolved()  # "New id" no longer warns about an outcome that is known
        if entry.state == "created" and form.external_id == external_id and not form.sending:
            form.start_new_cashout()  # found, or resubmitted: the next cashout gets a new id

    def _outcome_words(
        self, request: CashoutRequest | None, outcome: Any
    ) -> tuple[str, str] | tuple[str, str, str]:
        """The outcome in words where the journal row cannot say it (nothing journalled by this
        send, or the row could not be written or read)."""
        from tupay_desktop.service import EXTERNAL_ID_USED, ExternalIdConflict

        external = request.external_id if request is not None else ""
        if isinstance(outcome, Created):
            return (self.tr("Created: cashout %1 (external id %2). Its status is followed on the right.")
                    .replace("%1", str(outcome.cashout_id)).replace("%2", outcome.external_id), "ok")
        if isinstance(outcome, ExternalIdConflict):
            return (arg(self.tr("Conflict — NOT created: external id %1 already belongs to a different "
                                "cashout at TuPay (error 511), one this journal never sent. Nothing was "
                                "paid. Use “New id” to send this cashout under a new external id."),
                        external), "error")
        if isinstance(outcome, ApiFailure) and outcome.error.code == EXTERNAL_ID_USED:
            return (arg(self.tr("TuPay already has the cashout with external id %1, sent before from this "
                                "journal: nothing was paid twice. It is looked up on the right."), external),
                    "warning")
        if isinstance(outcome, ApiFailure):
            explained = explain_failure(outcome.error, ui_language(), QCoreApplication.translate)
            return self.tr("Not created. %1").replace("%1", explained), "error"
        if isinstance(outcome, NetworkError):
            words, detail = network_words(outcome.message)
            return arg(self.tr("Not sent — nothing was created: %1"), words), "error", detail
        if isinstance(outcome, OutcomeUnknown):
            words, detail = network_words(outcome.message)
            return (arg(self.tr("Outcome unknown — looking it up by external id %1… (%2) Do not send it "
                                "again under a new id until the lookup answers."), outcome.external_id,
                        words), "warning", detail)
        if isinstance(outcome, ExternalIdInUseError):
            return (arg(self.tr("Not sent: a cashout with external id %1 is already in the journal and may "
                                "exist at TuPay. It is being looked up; use “New id” only for a different "
                                "cashout."), external), "warning")
        return (self.tr("Outcome unknown for external id %1; look it up before sending again.")
                .replace("%1", external), "warning")

    def _finish(self, text: str, kind: str, detail: str = "") -> None:
        self._in_flight = None
        self._submitted = False
        self._form.set_sending(False)
        self._form.show_outcome(text, kind, detail)
        self.busy_changed.emit(False)
