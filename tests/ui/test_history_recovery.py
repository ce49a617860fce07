"""Recovery from the history view, against the real sandbox: "Reconcile" resolves creates whose outcome
is unknown, "Resubmit…" sends a "Not created" cashout again under the same external_id (after a
confirmation, only in its own environment, never twice at once), and the status column says in words
which rows need the operator."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.crash_worker import past_the_settling_window
from tests.sandbox.support import FakeClock
from tests.ui.support import make_request
from tupay_desktop.api.client import CashoutClient
from tupay_desktop.api.models import ApiError, ApiFailure, Created, OutcomeUnknown
from tupay_desktop.sandbox import Fault
from tupay_desktop.service import MSG_CONFLICT, MSG_NOT_FOUND_YET, CashoutService
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind
from tupay_desktop.ui.confirm_dialog import ConfirmProductionDialog
from tupay_desktop.ui.history import HistoryModel, HistoryView
from tupay_desktop.ui.workers import TaskRunner

SANDBOX = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")


@pytest.fixture
def journal(tmp_path: Path, sandbox_clock: FakeClock) -> Iterator[Journal]:
    j = Journal(tmp_path / "journal.sqlite3", clock=sandbox_clock.utc)
    yield j
    j.close()


@pytest.fixture
def service(sandbox: Any, journal: Journal) -> Iterator[CashoutService]:
    with CashoutService(SANDBOX, sandbox.url, sandbox.credentials, journal) as s:
        yield s


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.wait_for_done(10_000)


def make_view(
    qtbot: Any, journal: Journal, runner: TaskRunner, service: CashoutService | None
) -> HistoryView:
    view = HistoryView(journal, runner)
    qtbot.addWidget(view)
    view.set_service(service)
    settle(qtbot, view)
    return view


def settle(qtbot: Any, view: HistoryView) -> None:
    qtbot.waitUntil(lambda: not view.model.loading, timeout=10_000)


def status_column(model: HistoryModel) -> int:
    for section in range(model.columnCount()):
        if model.headerData(section, Qt.Orientation.Horizontal) == "Status":
            return section
    raise AssertionError("no Status column")


def row_of(view: HistoryView, external_id: str) -> int:
    for row in range(view.model.rowCount()):
        if view.model.entry(row).external_id == external_id:
            return row
    raise AssertionError(f"{external_id} is not in the table")


def status_of(
    view: HistoryView, external_id: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
) -> str:
    index = view.model.index(row_of(view, external_id), status_column(view.model))
    return str(view.model.data(index, role))


def select(view: HistoryView, external_id: str) -> None:
    view.table.selectRow(row_of(view, external_id))


def not_created_row(service: CashoutService, sandbox: Any, external_id: str, clock: FakeClock) -> None:
    """A create lost before TuPay committed it, reconciled to 'not_created' (as the Desk does on
    start): "not found yet" at first, "not created" once the settling window has passed."""
    sandbox.inject(Fault.RESET_BEFORE_COMMIT)
    assert isinstance(service.submit(make_request(external_id)), OutcomeUnknown)
    [result] = service.reconcile()
    assert result.after == "not_found_yet"
    past_the_settling_window(clock)
    [result] = service.reconcile()
    assert result.after == "not_created"


class Questions:
    """Stands in for ``QMessageBox.question``: records what was asked and answers ``answer``."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.answer


def test_status_column_says_which_rows_need_the_operator(journal: Journal) -> None:
    journal.record_sending("sandbox", make_request("w-sending"), "{}")
    journal.record_sending("sandbox", make_request("w-unknown"), "{}")
    journal.record_outcome("sandbox", "w-unknown", OutcomeUnknown("w-unknown", "connection reset"))
    journal.record_sending("sandbox", make_request("w-missing"), "{}")
    journal.mark("sandbox", "w-missing", "not_created", "TuPay has no cashout with this external_id", 509)
    journal.record_sending("sandbox", make_request("w-declined"), "{}")
    journal.record_outcome("sandbox", "w-declined", ApiFailure(ApiError(301, "Invalid bank account"), None))
    journal.record_sending("sandbox", make_request("w-not-yet"), "{}")
    journal.mark("sandbox", "w-not-yet", "not_found_yet", MSG_NOT_FOUND_YET, 509)
    journal.record_sending("sandbox", make_request("w-conflict"), "{}")
    journal.mark("sandbox", "w-conflict", "conflict", MSG_CONFLICT, 511)
    model = HistoryModel(journal)
    column = status_column(model)
    words = {model.entry(r).external_id: model.index(r, column).data() for r in range(model.rowCount())}
    assert words == {
        "w-sending": "Sending…",
        "w-unknown": "Outcome unknown",
        "w-missing": "Not created",  # a short word; the sentence is in the tooltip
        "w-declined": "Declined (301)",
        "w-not-yet": "Not found yet",  # short words too; their sentences are in the tooltips
        "w-conflict": "Conflict",
    }
    tips = {
        model.entry(r).external_id: model.index(r, column).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(model.rowCount())
    }
    assert "Reconcile" in tips["w-unknown"] and "connection reset" in tips["w-unknown"]
    assert "Resubmit" in tips["w-missing"] and "same external id" in tips["w-missing"]
    assert tips["w-missing"].startswith("Not created — can be resubmitted\n")
    assert "Invalid bank account" in tips["w-declined"]
    assert "may still be processing it" in tips["w-not-yet"] and "new id" in tips["w-not-yet"]
    assert "different cashout" in tips["w-conflict"] and "nothing was paid" in tips["w-conflict"]


def test_reconcile_adopts_the_created_one_and_marks_the_other_not_created(
    qtbot: Any, sandbox: Any, service: CashoutService, journal: Journal, runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch, sandbox_clock: FakeClock,
) -> None:
    sandbox.inject(Fault.RESET_AFTER_COMMIT)  # TuPay committed it, the answer was lost
    assert isinstance(service.submit(make_request("rec-reached")), OutcomeUnknown)
    sandbox.inject(Fault.RESET_BEFORE_COMMIT)  # never reached TuPay
    assert isinstance(service.submit(make_request("rec-lost")), OutcomeUnknown)

    view = make_view(qtbot, journal, runner, None)
    assert status_of(view, "rec-reached") == status_of(view, "rec-lost") == "Outcome unknown"
    assert not view.reconcile_button.isEnabled()
    assert "not ready" in view.reconcile_button.toolTip()

    view.set_service(service)
    assert view.reconcile_button.isEnabled()
    threads: list[bool] = []
    real_reconcile = service.reconcile

    def spy(progress: Any = None) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_reconcile(progress=progress)

    monkeypatch.setattr(service, "reconcile", spy)
    with qtbot.waitSignal(view.reconciled, timeout=10_000) as blocker:
        view.reconcile_button.click()
        # The lookups run on the runner: the answer cannot have arrived before the event loop runs.
        assert not view.reconcile_button.isEnabled() and not view.refresh_button.isEnabled()
        assert view.message_label.text().startswith("Reconciling")
    assert threads == [False]
    # Moments after the send, TuPay may still be processing the lost one: not found *yet*.
    assert {(r.external_id, r.after) for r in blocker.args[0]} == {
        ("rec-reached", "created"), ("rec-lost", "not_found_yet"),
    }
    assert view.message_label.text() == (
        "2 checked: 1 found and adopted, 1 not found yet — looked up again on the next reconcile"
    )
    assert "rec-lost" in view.message_label.toolTip()
    assert view.reconcile_button.isEnabled()
    settle(qtbot, view)
    assert status_of(view, "rec-lost") == "Not found yet"
    assert "settling window" in status_of(view, "rec-lost", Qt.ItemDataRole.ToolTipRole)

    past_the_settling_window(sandbox_clock)
    with qtbot.waitSignal(view.reconciled, timeout=10_000) as blocker:
        view.reconcile_button.click()
    assert {(r.external_id, r.before, r.after) for r in blocker.args[0]} == {
        ("rec-lost", "not_found_yet", "not_created"),
    }
    assert view.message_label.text() == "1 checked: 1 never reached TuPay — select it to resubmit"

    settle(qtbot, view)
    assert status_of(view, "rec-reached") == "PENDING"
    assert status_of(view, "rec-lost") == "Not created"
    reached, lost = journal.get("sandbox", "rec-reached"), journal.get("sandbox", "rec-lost")
    assert reached is not None and lost is not None
    assert (reached.state, lost.state) == ("created", "not_created")
    assert reached.last_status == 0  # a status answer carries no cashout_id (spec §6.3): only its status
    assert sandbox.find(external_id="rec-reached") is not None
    assert sandbox.find(external_id="rec-lost") is None and len(sandbox.cashouts()) == 1
    view.status_combo.setCurrentIndex(view.status_combo.findText("Needs attention (unknown or not created)"))
    view.apply_filter()
    settle(qtbot, view)
    assert [view.model.entry(r).external_id for r in range(view.model.rowCount())] == ["rec-lost"]

    with qtbot.waitSignal(view.reconciled, timeout=10_000):
        view.reconcile_button.click()
    assert view.message_label.text().startswith("Nothing to reconcile")


def test_resubmit_creates_exactly_one_cashout_with_the_same_external_id(
    qtbot: Any, sandbox: Any, service: CashoutService, journal: Journal, runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch, sandbox_clock: FakeClock,
) -> None:
    not_created_row(service, sandbox, "again-1", sandbox_clock)
    assert sandbox.cashouts() == []
    view = make_view(qtbot, journal, runner, service)
    assert not view.resubmit_button.isEnabled()  # nothing selected
    select(view, "again-1")
    assert view.resubmit_button.isEnabled() and "again-1" in view.resubmit_button.toolTip()

    questions = Questions(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", questions)
    exchanges: list[Any] = []
    view.exchange_selected.connect(exchanges.append)
    with qtbot.waitSignal(view.resubmitted, timeout=10_000) as blocker:
        view.resubmit_button.click()
        # Still running (its answer can only arrive through the event loop): no second one.
        assert not view.resubmit_button.isEnabled()
        view.resubmit_selected()
        view.resubmit_button.click()
    [asked] = questions.asked
    assert "again-1" in asked and "José Peña" in asked and "150.25 PEN" in asked and "same id" in asked

    outcome = blocker.args[0]
    assert isinstance(outcome, Created) and outcome.external_id == "again-1"
    remote = sandbox.find(external_id="again-1")
    assert remote is not None and remote.cashout_id == outcome.cashout_id
    assert len(sandbox.cashouts()) == 1
    assert view.message_label.text() == (
        f"Resubmitted: TuPay created cashout {outcome.cashout_id} with the same external id again-1."
    )
    assert any(x is outcome.exchange for x in exchanges)  # the resubmission's exchange, for the inspector
    entry = journal.get("sandbox", "again-1")
    assert entry is not None and (entry.state, entry.cashout_id) == ("created", outcome.cashout_id)
    assert journal.count() == 1

    # The table reloads, the row stays selected and is now a created cashout: no more resubmitting.
    qtbot.waitUntil(lambda: status_of(view, "again-1") == "PENDING", timeout=10_000)
    selected = view.selected_entry()
    assert selected is not None and selected.external_id == "again-1"
    assert not view.resubmit_button.isEnabled() and "Not created" in view.resubmit_button.toolTip()


def test_resubmit_disabled_for_created_rows_other_environments_and_without_a_service(
    qtbot: Any, sandbox: Any, service: CashoutService, journal: Journal, runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch, sandbox_clock: FakeClock,
) -> None:
    created = service.submit(make_request("made-1"))
    assert isinstance(created, Created)
    not_created_row(service, sandbox, "mine-1", sandbox_clock)
    journal.record_sending("staging", make_request("theirs-1"), "{}")
    journal.mark("staging", "theirs-1", "not_created", None, 509)
    monkeypatch.setattr(QMessageBox, "question", Questions(QMessageBox.StandardButton.Yes))
    view = make_view(qtbot, journal, runner, service)
    view.set_environments([("sandbox", "Sandbox"), ("staging", "Staging")])

    select(view, "made-1")
    assert not view.resubmit_button.isEnabled()
    assert "“Not created”" in view.resubmit_button.toolTip() and "PENDING" in view.resubmit_button.toolTip()

    select(view, "theirs-1")
    assert status_of(view, "theirs-1") == "Not created"
    assert not view.resubmit_button.isEnabled()
    assert "switch to Staging to resubmit" in view.resubmit_button.toolTip()
    view.resubmit_selected()  # even called directly, it sends nothing
    assert len(sandbox.cashouts()) == 1
    staged = journal.get("staging", "theirs-1")
    assert staged is not None and staged.state == "not_created"

    select(view, "mine-1")
    assert view.resubmit_button.isEnabled()
    view.set_service(None)
    assert not view.resubmit_button.isEnabled() and "not ready" in view.resubmit_button.toolTip()
    view.set_service(service)
    assert view.resubmit_button.isEnabled()


def test_answering_no_sends_nothing(
    qtbot: Any, sandbox: Any, service: CashoutService, journal: Journal, runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch, sandbox_clock: FakeClock,
) -> None:
    not_created_row(service, sandbox, "maybe-1", sandbox_clock)
    view = make_view(qtbot, journal, runner, service)
    select(view, "maybe-1")
    questions = Questions(QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "question", questions)
    view.resubmit_button.click()
    assert len(questions.asked) == 1
    assert view.message_label.text() == "Not resubmitted: nothing was sent for maybe-1."
    assert view.resubmit_button.isEnabled()  # may still be resubmitted later
    assert runner.active_count() == 0
    assert sandbox.cashouts() == [] and sandbox.find(external_id="maybe-1") is None
    entry = journal.get("sandbox", "maybe-1")
    assert entry is not None and entry.state == "not_created"


def test_production_resubmit_needs_the_amount_typed(
    qtbot: Any, sandbox: Any, journal: Journal, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch,
    sandbox_clock: FakeClock,
) -> None:
    production = EnvironmentConfig("production", EnvironmentKind.PRODUCTION, "Production", sandbox.url)
    with CashoutService(production, sandbox.url, sandbox.credentials, journal) as service:
        not_created_row(service, sandbox, "prod-1", sandbox_clock)
        view = make_view(qtbot, journal, runner, service)
        select(view, "prod-1")
        assert view.resubmit_button.isEnabled()

        def no_question(*_args: Any) -> Any:
            raise AssertionError("Production asks for the typed amount, not a yes/no question")

        monkeypatch.setattr(QMessageBox, "question", no_question)
        typed: list[str] = []
        shown: list[dict[str, str]] = []

        def type_and_confirm(dialog: ConfirmProductionDialog) -> int:
            shown.append({label.accessibleName(): label.text() for label in dialog.findChildren(QLabel)})
            shown[-1]["title"] = dialog.windowTitle()
            dialog.amount_edit.setText(typed[-1])
            dialog.confirm_button.click()  # does nothing unless the typed amount is the amount
            return dialog.result()

        monkeypatch.setattr(ConfirmProductionDialog, "exec", type_and_confirm)
        typed.append("15.25")
        view.resubmit_button.click()
        assert view.message_label.text() == "Not resubmitted: nothing was sent for prod-1."
        assert sandbox.cashouts() == []
        assert shown[0]["External id"] == "prod-1" and shown[0]["Beneficiary"] == "José Peña"
        assert shown[0]["Amount"] == "150.25 PEN" and shown[0]["title"] == "Resubmit a PRODUCTION cashout"
        assert any("SAME external id prod-1" in text for text in shown[0].values())

        typed.append("150.25")
        with qtbot.waitSignal(view.resubmitted, timeout=10_000) as blocker:
            view.resubmit_button.click()
        outcome = blocker.args[0]
        assert isinstance(outcome, Created) and outcome.external_id == "prod-1"
        remote = sandbox.find(external_id="prod-1")
        assert remote is not None and remote.cashout_id == outcome.cashout_id
        assert len(sandbox.cashouts()) == 1
        settle(qtbot, view)
        runner.wait_for_done(10_000)


def test_a_511_on_resubmit_is_reconciled_and_said_in_words(
    qtbot: Any, sandbox: Any, service: CashoutService, journal: Journal, runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch, sandbox_clock: FakeClock,
) -> None:
    not_created_row(service, sandbox, "late-1", sandbox_clock)
    view = make_view(qtbot, journal, runner, service)
    select(view, "late-1")
    # Meanwhile the cashout got created after all (a held-up request arrived).
    with CashoutClient(sandbox.url, sandbox.credentials) as other:
        assert isinstance(other.create(make_request("late-1")), Created)
    monkeypatch.setattr(QMessageBox, "question", Questions(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(view.resubmitted, timeout=10_000) as blocker:
        view.resubmit_button.click()
    outcome = blocker.args[0]
    assert isinstance(outcome, ApiFailure) and outcome.error.code == 511
    assert view.message_label.text() == (
        "TuPay already has a cashout with external id late-1, so nothing was paid twice. "
        "Looked it up: PENDING."
    )
    assert len(sandbox.cashouts()) == 1
    entry = journal.get("sandbox", "late-1")
    assert entry is not None and entry.state == "created"
    qtbot.waitUntil(lambda: status_of(view, "late-1") == "PENDING", timeout=10_000)


def test_a_failed_lookup_is_said_and_the_row_stays_unknown(
    qtbot: Any, sandbox: Any, journal: Journal, runner: TaskRunner
) -> None:
    journal.record_sending("sandbox", make_request("dark-1"), "{}")  # a crash right after journalling
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with CashoutService(SANDBOX, dead_url, sandbox.credentials, journal) as offline:
        view = make_view(qtbot, journal, runner, offline)
        assert status_of(view, "dark-1") == "Sending…"
        assert "Reconcile" in status_of(view, "dark-1", Qt.ItemDataRole.ToolTipRole)
        with qtbot.waitSignal(view.reconciled, timeout=10_000):
            view.reconcile_button.click()
        assert view.message_label.text() == "1 checked: 1 still unknown — the lookup failed; try again later"
        details = view.message_label.toolTip()
        assert details.startswith("dark-1: The lookup failed; the outcome is still unknown.")
        settle(qtbot, view)
        assert status_of(view, "dark-1") == "Sending…"
        entry = journal.get("sandbox", "dark-1")
        assert entry is not None and entry.state == "sending"
        runner.wait_for_done(10_000)


def test_on_start_the_desk_looks_again_at_a_cashout_not_found_yet(
    qtbot: Any, make_desk: Any, sandbox: Any, tmp_path: Path
) -> None:
    # The last run reconciled a create moments after it was sent: TuPay had not committed it yet.
    # It committed it later. On start the Desk looks again, and the lookup that finds it wins.
    request = make_request("late-commit-1")
    with Journal(tmp_path / "journal-0.sqlite3") as earlier:  # the journal make_desk opens
        earlier.record_sending("sandbox", request, "{}")
        assert earlier.mark("sandbox", "late-commit-1", "not_found_yet", MSG_NOT_FOUND_YET, 509)
    with CashoutClient(sandbox.url, sandbox.credentials) as tupay_commits_late:
        assert isinstance(tupay_commits_late.create(request), Created)
    from datetime import timedelta

    from tupay_desktop.store.settings import SettingsStore

    SettingsStore(tmp_path / "settings-0.json").settling_window = timedelta(seconds=90)  # make_desk's file
    desk = make_desk()
    assert desk.window.service is not None and desk.window.service.settling_window == timedelta(seconds=90)
    qtbot.waitUntil(
        lambda: getattr(desk.journal.get("sandbox", "late-commit-1"), "state", None) == "created",
        timeout=10_000,
    )
    # The reconcile's summary reaches the window after the journal row (its callback comes next).
    qtbot.waitUntil(lambda: "Checked 1 cashout" in desk.window.statusBar().currentMessage(), timeout=10_000)
    assert len(sandbox.cashouts()) == 1
