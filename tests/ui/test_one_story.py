"""One story on every screen (issue 10): the form's outcome line, the cashout view and the History
row all render one cashout from its journal row, through the Desk's one state feed, whoever wrote
the row (the form's send, the cashout view's lookup, History's own refresh, a reconcile, a
resubmission, another process). The sandbox's clock is driven; nothing sleeps."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.sandbox.support import FakeClock
from tests.ui.support import make_request
from tupay_desktop.api.models import Created
from tupay_desktop.sandbox import Fault
from tupay_desktop.service import CashoutService
from tupay_desktop.store.journal import STATE_RULES, Journal, default_path
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind
from tupay_desktop.ui.history import HistoryView
from tupay_desktop.ui.main_window import MainWindow

from .conftest import Desk, fill_form


def _history(window: MainWindow) -> HistoryView:
    history = window.history
    assert history is not None
    return history


def _row(history: HistoryView, external_id: str) -> int | None:
    model = history.model
    for row in range(model.rowCount()):
        if model.entry(row).external_id == external_id:
            return row
    return None


def _cell(history: HistoryView, external_id: str, title: str, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    model = history.model
    row = _row(history, external_id)
    if row is None:
        return ""
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == title)
    return str(model.index(row, column).data(role) or "")


def _send(qtbot: QtBot, window: MainWindow, **values: str) -> str:
    """Fill the form, send, wait for the outcome; the external id it was sent with."""
    fill_form(window, **values)
    qtbot.waitUntil(window.form.send_button.isEnabled, timeout=5000)
    external_id = window.form.external_id
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    return external_id


def test_a_rejection_turns_the_history_row_rejected_without_pressing_refresh(
    qtbot: QtBot, make_desk: Callable[..., Desk], sandbox_clock: FakeClock
) -> None:
    """813.00 ends REJECTED: the cashout view follows it there, and the History row follows the
    journal row by itself, row by row (no reset of the table for one row)."""
    desk = make_desk()
    window = desk.window
    history = _history(window)
    external_id = _send(qtbot, window, amount="813.00")
    qtbot.waitUntil(lambda: window.cashout_view.badge.code == 0, timeout=5000)
    qtbot.waitUntil(lambda: _cell(history, external_id, "Status") == "PENDING", timeout=5000)
    resets: list[int] = []
    rows_changed: list[tuple[int, int]] = []
    history.model.modelReset.connect(lambda: resets.append(1))
    history.model.dataChanged.connect(
        lambda first, last, *_: rows_changed.append((first.row(), last.row())))

    sandbox_clock.advance(1.0)  # DELIVERED, then REJECTED with code 813
    qtbot.waitUntil(lambda: window.cashout_view.badge.code == 3, timeout=10_000)
    qtbot.waitUntil(lambda: _cell(history, external_id, "Status") == "REJECTED", timeout=10_000)
    assert resets == []
    assert rows_changed and all(first == last for first, last in rows_changed)
    assert "Last checked" in _cell(history, external_id, "Status", Qt.ItemDataRole.ToolTipRole)
    assert "813" in window.cashout_view.rejection_label.text()
    assert "REJECTED" in window.form.outcome_text()  # the form's line follows the row too


def test_at_start_history_looks_up_cashouts_that_finished_meanwhile(
    qtbot: QtBot, make_desk: Callable[..., Desk], sandbox: Any, sandbox_clock: FakeClock, tmp_path: Path
) -> None:
    """Cashouts journalled PENDING that finished while the Desk was closed are not listed PENDING:
    History refreshes every open cashout by itself at start, and says when it last checked."""
    path = tmp_path / "earlier.sqlite3"
    env = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")
    with Journal(path) as journal, CashoutService(env, sandbox.url, sandbox.credentials, journal) as service:
        first = service.submit(make_request())
        second = service.submit(make_request())
    assert isinstance(first, Created) and isinstance(second, Created)
    sandbox_clock.advance(1.0)  # both COMPLETED at TuPay; the journal still says PENDING
    window = make_desk(journal_path=path).window
    history = _history(window)
    for created in (first, second):
        qtbot.waitUntil(lambda c=created: _cell(history, c.external_id, "Status") == "COMPLETED",
                        timeout=10_000)
        assert "Last checked" in _cell(history, created.external_id, "Status", Qt.ItemDataRole.ToolTipRole)
    assert window.cashout_view.external_id is None  # nobody asked the cashout view to show them


def test_an_unknown_outcome_once_looked_up_is_the_same_on_the_form_history_and_cli(
    qtbot: QtBot, make_desk: Callable[..., Desk], capsys: pytest.CaptureFixture[str]
) -> None:
    """666.66: created, but the answer is lost. Once the lookup by external id finds it, the form,
    History and the CLI (which reads the same journal) all say it was created and is PENDING."""
    from tupay_desktop.cli import main

    desk = make_desk(journal_path=default_path())
    window = desk.window
    history = _history(window)
    external_id = _send(qtbot, window, amount="666.66")
    assert desk.sandbox.find(external_id=external_id) is not None
    qtbot.waitUntil(lambda: "was created" in window.form.outcome_text(), timeout=10_000)
    assert "unknown" not in window.form.outcome_text().lower()
    qtbot.waitUntil(lambda: _cell(history, external_id, "Status") == "PENDING", timeout=10_000)
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    listed = {row["external_id"]: row for row in json.loads(capsys.readouterr().out)["cashouts"]}
    assert (listed[external_id]["state"], listed[external_id]["status"]) == ("created", 0)
    assert window.form.unresolved_external_id is None
    assert window.form.external_id != external_id  # found: the next cashout gets a new id


def test_the_form_follows_a_reconcile_and_a_resubmit_and_new_id_no_longer_warns(
    qtbot: QtBot, make_desk: Callable[..., Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The create's connection is reset before TuPay processed it: outcome unknown. History's
    reconcile then finds it was never created, and its resubmit creates it: the form's line says
    so each time, never "Outcome unknown — do not send it again" any more, and "New id" stops
    warning as soon as the outcome is known."""
    desk = make_desk()
    window = desk.window
    history = _history(window)
    qtbot.waitUntil(lambda: window.runner.active_count() == 0, timeout=5000)  # the start's reconcile
    desk.sandbox.inject(Fault.RESET_BEFORE_COMMIT)
    external_id = _send(qtbot, window)
    assert window.form.outcome_text().startswith("Outcome unknown")
    assert window.form.unresolved_external_id == external_id
    qtbot.waitUntil(lambda: window.runner.active_count() == 0, timeout=5000)  # the view's lookup: 509

    service = window.service
    assert service is not None
    service.settling_window = timedelta(0)  # long past: a 509 now means "not created"
    history.reconcile()
    qtbot.waitUntil(lambda: "Not created" in window.form.outcome_text(), timeout=10_000)
    assert "unknown" not in window.form.outcome_text().lower()
    assert window.form.unresolved_external_id is None
    warned: list[object] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: warned.append(a) or QMessageBox.StandardButton.No)

    row = _row(history, external_id)
    assert row is not None
    history.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    history.resubmit_button.click()
    qtbot.waitUntil(lambda: window.form.outcome_text().startswith("Created: cashout"), timeout=10_000)
    assert external_id in window.form.outcome_text()
    assert desk.sandbox.find(external_id=external_id) is not None
    assert window.form.external_id != external_id  # created: the next cashout gets a new id
    window.form.new_id_button.click()
    assert warned == []  # nothing unknown to warn about


def test_a_declined_create_keeps_its_row_and_the_next_send_gets_a_new_id(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    """504.00 is declined; the same form at 100.00 is a new cashout under a new external id: History
    keeps the declined row, with its own time, and shows the new one."""
    desk = make_desk()
    window = desk.window
    history = _history(window)
    declined_id = _send(qtbot, window, amount="504.00")
    assert window.form.outcome_text().startswith("Not created")
    assert "504" in window.form.outcome_text()
    assert window.form.external_id != declined_id
    assert declined_id in window.form.notice("external_id")  # said next to the field
    assert declined_id in window.form.field("external_id").accessibleDescription()
    assert window.form.resend_same_id_button.isVisibleTo(window.form)
    qtbot.waitUntil(lambda: _cell(history, declined_id, "Status") == "Declined (504)", timeout=5000)
    declined = desk.journal.get("sandbox", declined_id)
    assert declined is not None and declined.state == "declined"

    window.form.set_values({"amount": "100.00"})
    new_id = _send(qtbot, window)
    assert new_id != declined_id
    qtbot.waitUntil(lambda: _cell(history, new_id, "Status") == "PENDING", timeout=5000)
    assert _cell(history, declined_id, "Status") == "Declined (504)"
    assert desk.journal.get("sandbox", declined_id) == declined  # kept as it was, its time too
    assert [c.external_id for c in desk.sandbox.cashouts()] == [new_id]
    assert not window.form.resend_same_id_button.isVisibleTo(window.form)


def test_after_a_decline_the_operator_may_resend_with_the_same_id(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    window = make_desk().window
    declined_id = _send(qtbot, window, amount="504.00")
    assert window.form.external_id != declined_id
    window.form.resend_same_id_button.click()
    assert window.form.external_id == declined_id
    assert "declined" in window.form.notice("external_id")
    assert not window.form.resend_same_id_button.isVisibleTo(window.form)


def test_a_failed_lookup_shows_its_error_alone_and_a_decline_no_earlier_cashout(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    """A lookup that fails (509) after a shown cashout shows the error alone, without the previous
    cashout's status or ids; a declined create leaves no earlier cashout on show beside it."""
    window = make_desk().window
    view = window.cashout_view
    _send(qtbot, window)
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    sent = window.form.outcome_text()
    view.lookup_edit.setText("99999999")
    view.look_up()
    qtbot.waitUntil(lambda: "not found" in view.error_label.text().lower(), timeout=5000)
    assert view.ids_label.text() == "" and view.status_label.text() == "" and view.badge.code is None
    assert view.cashout_id is None and view.external_id is None
    assert not view.auto_refresh_active
    assert window.form.outcome_text() == sent  # the form still says what it sent

    created = _send(qtbot, window, amount="151.00")
    qtbot.waitUntil(lambda: view.external_id == created and view.badge.code == 0, timeout=5000)
    _send(qtbot, window, amount="504.00")
    assert window.form.outcome_text().startswith("Not created")
    assert view.external_id is None and view.badge.code is None and view.ids_label.text() == ""


def test_the_duplicate_warning_says_the_status_in_words(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    """An earlier identical cashout that TuPay rejected is listed as REJECTED (History's word for
    it), not as the journal's internal state "created"."""
    desk = make_desk()
    window = desk.window
    earlier = _send(qtbot, window)
    entry = desk.journal.get("sandbox", earlier)
    assert entry is not None and entry.cashout_id is not None
    desk.sandbox.force_status(entry.cashout_id, 3, rejection_code=806)
    window.cashout_view.refresh()
    qtbot.waitUntil(lambda: (e := desk.journal.get("sandbox", earlier)) is not None and e.last_status == 3,
                    timeout=5000)
    fill_form(window)
    window.form.request_send()
    qtbot.waitUntil(lambda: window.duplicates_box is not None, timeout=5000)
    box = window.duplicates_box
    assert box is not None
    listed = box.informativeText()
    assert earlier in listed and "REJECTED" in listed and "created" not in listed
    box.reject()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=5000)


def test_sending_is_said_only_once_every_confirmation_was_given(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    """Neither the possible-duplicate warning nor the Production confirmation says "Sending… Do not
    close the Desk." while it is open: nothing has been sent. It is said once bytes are to leave."""
    desk = make_desk(production=True)
    window = desk.window
    form = window.form
    said: list[tuple[bool, str]] = []
    fill_form(window, amount="20.00")
    form.request_send()
    qtbot.waitUntil(lambda: window.confirm_dialog is not None, timeout=5000)
    assert "Sending" not in form.send_note.text() and "Do not close" not in form.send_note.text()
    assert "Not sent yet" in form.send_note.text()
    original = form.set_transmitting

    def spy() -> None:
        original()
        said.append((window.confirm_dialog is None and window.duplicates_box is None, form.send_note.text()))

    form.set_transmitting = spy  # type: ignore[method-assign]
    dialog = window.confirm_dialog
    assert dialog is not None
    dialog.amount_edit.setText("20.00")
    qtbot.waitUntil(dialog.confirm_button.isEnabled, timeout=5000)
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    assert said == [(True, "Sending… waiting for TuPay's answer. Do not close the Desk.")]
    assert form.outcome_text().startswith("Created: cashout")

    said.clear()
    fill_form(window, amount="20.00")  # the same payment again: the duplicate warning first
    form.request_send()
    qtbot.waitUntil(lambda: window.duplicates_box is not None, timeout=5000)
    assert "Sending" not in form.send_note.text() and "Do not close" not in form.send_note.text()
    box = window.duplicates_box
    assert box is not None
    box.reject()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=5000)
    assert said == []


def test_history_inserts_a_new_cashout_of_another_process_where_it_belongs(
    qtbot: QtBot, make_desk: Callable[..., Desk], sandbox: Any
) -> None:
    """A cashout created by another process (the CLI) on the same journal appears in History by
    itself, first in the default newest-first order, without reloading the table."""
    desk = make_desk()
    window = desk.window
    history = _history(window)
    first = _send(qtbot, window)
    qtbot.waitUntil(lambda: _row(history, first) == 0, timeout=5000)
    resets: list[int] = []
    inserted: list[int] = []
    history.model.modelReset.connect(lambda: resets.append(1))
    history.model.rowsInserted.connect(lambda _parent, start, _end: inserted.append(start))
    env = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")
    with Journal(desk.journal.path) as other, \
            CashoutService(env, sandbox.url, sandbox.credentials, other) as cli:
        created = cli.submit(make_request())
    assert isinstance(created, Created)
    qtbot.waitUntil(lambda: _row(history, created.external_id) == 0, timeout=10_000)  # noticed by polling
    assert _row(history, first) == 1
    assert resets == [] and inserted and inserted[0] == 0
    qtbot.waitUntil(lambda: "2" in history.count_label.text(), timeout=5000)


@pytest.mark.parametrize("state", sorted(STATE_RULES))
def test_every_journal_state_has_an_outcome_line(qtbot: QtBot, state: str) -> None:
    """The one function from a journal row to the form's line has words for every state (a state
    added to the journal's table without them would show its code)."""
    from tupay_desktop.store.journal import JournalEntry
    from tupay_desktop.ui.create_flow import outcome_line

    entry = JournalEntry(
        env_key="sandbox", external_id="desk-1", state=state, cashout_id=7 if state == "created" else None,
        request_json="{}", beneficiary_name="Alex", beneficiary_lastname="Gonzales", document_type="DNI",
        document_id="71594743", bank_account="00320001310356642337", amount=Decimal("150.00"),
        currency="PEN", created_at=None, updated_at=None, last_status=0 if state == "created" else None,
        last_status_description=None, rejection_code=None, rejection_reason=None, last_status_at=None,
        error_code=504 if state == "declined" else None, error_message="why",
    )
    text, kind = outcome_line(entry)
    assert text and text != state
    if state not in ("declined", "not_created"):  # those say TuPay's answer, not the id
        assert "desk-1" in text
    assert kind in ("ok", "error", "warning", "info")
