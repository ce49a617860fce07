"""History as a working list (issue 11): a row opens in the cashout view (double-click, Enter), a
row menu (copy ids, look up, reconcile, resubmit, new cashout from this one, receipt), and the
totals of what the filter shows under the table."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.history_support import journal_with_rows, row_values
from tests.ui.support import make_request
from tupay_desktop.api.models import Created, OutcomeUnknown
from tupay_desktop.service import CashoutService
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind
from tupay_desktop.ui.cashout_feed import CashoutFeed
from tupay_desktop.ui.history import HistoryView
from tupay_desktop.ui.workers import TaskRunner

from .conftest import Desk, fill_form


def _settle(qtbot: Any, view: HistoryView) -> None:
    qtbot.waitUntil(lambda: not view.model.loading and not view.totals_running, timeout=10_000)


def _expected(rows: range, keep: Callable[[dict[str, Any]], bool]) -> tuple[int, dict[str, Decimal]]:
    count, sums = 0, {}  # type: ignore[var-annotated]
    for i in rows:
        values = row_values(i)
        if keep(values):
            count += 1
            sums[values["currency"]] = sums.get(values["currency"], Decimal(0)) + values["amount"]
    return count, sums


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    j = journal_with_rows(tmp_path / "journal.sqlite3", 450)
    yield j
    j.close()


def test_totals_follow_the_filter_and_the_journal(qtbot: QtBot, journal: Journal) -> None:
    runner = TaskRunner()
    feed = CashoutFeed(journal, poll_ms=60_000)
    view = HistoryView(journal, runner, feed=feed)
    qtbot.addWidget(view)
    _settle(qtbot, view)
    count, sums = _expected(range(450), lambda v: True)
    assert view.totals is not None and view.totals.count == count == 450
    assert view.totals.amounts == sums
    text = view.totals_label.text()
    assert f"{sums['PEN']:,.2f} PEN" in text and f"{sums['USD']:,.2f} USD" in text
    assert "PENDING 75" in text and "COMPLETED 75" in text

    # A filter applied: the totals are those of the rows shown, not of the journal.
    view.env_combo.addItem("Staging", "staging")
    view.env_combo.setCurrentIndex(view.env_combo.findData("staging"))
    view.status_combo.setCurrentIndex(view.status_combo.findText("Open (not final)"))
    view.search_edit.setText("Peña")
    view.apply_filter()
    _settle(qtbot, view)
    count, sums = _expected(range(450), lambda v: v["env_key"] == "staging" and v["last_status"] in (0, 4, 5)
                            and v["beneficiary_lastname"] == "Peña")
    assert 0 < count < 450 and view.model.rowCount() == count
    assert view.totals.count == count and view.totals.amounts == sums
    text = view.totals_label.text()
    for currency, amount in sums.items():
        assert f"{amount:,.2f} {currency}" in text
    status_column = next(c for c in range(view.model.columnCount())
                         if view.model.headerData(c, Qt.Orientation.Horizontal) == "Status")
    words = {view.model.index(r, status_column).data() for r in range(count)}
    assert len(words) == 1 and f"{words.pop()} {count}" in text
    assert "PENDING" not in text and "COMPLETED" not in text
    assert view.count_label.text().startswith(f"{count} ")
    view.search_edit.clear()
    view.env_combo.setCurrentIndex(0)  # all environments

    # The journal changes (new cashouts whose outcome is unknown): the feed brings new totals.
    journal.record_sending("sandbox", make_request("new-one"), "{}")
    journal.record_outcome("sandbox", "new-one", OutcomeUnknown("new-one", "t"))
    view.status_combo.setCurrentIndex(view.status_combo.findText("Outcome unknown / sending"))
    view.apply_filter()
    _settle(qtbot, view)
    assert view.totals.count == 1 and view.totals.amounts == {"PEN": Decimal("150.25")}
    journal.record_sending("sandbox", make_request("another"), "{}")
    feed.poll()
    qtbot.waitUntil(lambda: view.totals is not None and view.totals.count == 2, timeout=5000)
    assert view.totals.amounts == {"PEN": Decimal("300.50")}
    assert "Sending… 1" in view.totals_label.text() and "Outcome unknown 1" in view.totals_label.text()
    feed.stop()
    runner.wait_for_done(5000)


@pytest.fixture
def desk_service(sandbox: Any, tmp_path: Path) -> Iterator[CashoutService]:
    env = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")
    journal = Journal(tmp_path / "desk.sqlite3")
    with CashoutService(env, sandbox.url, sandbox.credentials, journal) as service:
        yield service
    journal.close()


def _row_of(view: HistoryView, external_id: str) -> int:
    for row in range(view.model.rowCount()):
        if view.model.entry(row).external_id == external_id:
            return row
    raise AssertionError(external_id)


def test_the_row_menu_and_activation(qtbot: QtBot, sandbox: Any, desk_service: CashoutService) -> None:
    sandbox.update_config({"pending_to_delivered_s": 300})
    created = desk_service.submit(make_request())
    assert isinstance(created, Created)
    desk_service.journal.record_sending("sandbox", make_request("lost-1"), "{}")
    desk_service.journal.record_outcome("sandbox", "lost-1", OutcomeUnknown("lost-1", "t"))
    runner = TaskRunner()
    view = HistoryView(desk_service.journal, runner)
    qtbot.addWidget(view)
    view.set_service(desk_service)
    view.show()
    _settle(qtbot, view)
    assert view.model.rowCount() == 2
    row = _row_of(view, created.external_id)
    entry = view.model.entry(row)

    def actions(menu: Any) -> dict[str, Any]:
        return {a.objectName(): a for a in menu.actions() if a.objectName()}

    menu = actions(view.row_menu(entry))
    assert set(menu) == {"copy_external_id", "copy_cashout_id", "look_up", "reconcile", "resubmit",
                         "new_cashout", "receipt"}
    menu["copy_external_id"].trigger()
    assert QGuiApplication.clipboard().text() == created.external_id
    menu["copy_cashout_id"].trigger()
    assert QGuiApplication.clipboard().text() == str(created.cashout_id)
    # A created cashout: nothing to reconcile or resubmit, and the menu says why.
    assert not menu["reconcile"].isEnabled() and "known" in menu["reconcile"].toolTip()
    assert not menu["resubmit"].isEnabled() and "Not created" in menu["resubmit"].toolTip()
    with qtbot.waitSignal(view.cashout_activated, timeout=2000) as opened:
        menu["look_up"].trigger()
    assert opened.args[0].external_id == created.external_id
    with qtbot.waitSignal(view.new_cashout_requested, timeout=2000) as new:
        menu["new_cashout"].trigger()
    assert new.args[0].external_id == created.external_id

    # Double-click and Enter open a row too.
    index = view.model.index(row, 1)
    rect = view.table.visualRect(index)
    with qtbot.waitSignal(view.cashout_activated, timeout=2000) as opened:
        # What a double-click delivers: a click, then the double-click on the same row.
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args[0].external_id == created.external_id
    lost = _row_of(view, "lost-1")
    view.table.setCurrentIndex(view.model.index(lost, 0))
    view.table.setFocus()
    with qtbot.waitSignal(view.cashout_activated, timeout=2000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args[0].external_id == "lost-1"

    # The unknown outcome: its own reconcile looks it up (the sandbox never had it: Not created).
    menu = actions(view.row_menu(view.model.entry(lost)))
    assert menu["reconcile"].isEnabled() and not menu["copy_cashout_id"].isEnabled()
    with qtbot.waitSignal(view.reconciled, timeout=10_000) as done:
        menu["reconcile"].trigger()
    assert [r.external_id for r in done.args[0]] == ["lost-1"]
    after = desk_service.journal.get("sandbox", "lost-1")
    assert after is not None and after.state in ("not_created", "not_found_yet")
    view.reload()
    _settle(qtbot, view)
    if after.state == "not_created":
        menu = actions(view.row_menu(view.model.entry(_row_of(view, "lost-1"))))
        assert menu["resubmit"].isEnabled()
    runner.wait_for_done(5000)


def test_activating_a_row_opens_it_in_the_cashout_view_and_new_from_it_fills_the_form(
        qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk()
    window = desk.window
    fill_form(window, amount="320.50")
    qtbot.waitUntil(window.form.send_button.isEnabled, timeout=5000)
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    sent = window.cashout_view.external_id
    assert sent
    window.cashout_view.clear()
    history = window.history
    assert history is not None
    window.tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1 and not history.model.loading, timeout=5000)
    entry = history.model.entry(0)
    history.cashout_activated.emit(entry)  # what double-click and Enter emit (tested above)
    assert window.tabs.currentWidget() is window.right_splitter
    qtbot.waitUntil(lambda: window.cashout_view.external_id == sent and window.cashout_view.status
                    is not None, timeout=5000)
    assert window.cashout_view.amount_label.text() == "320.50 PEN"

    # New cashout from this one: the beneficiary and the amount back under a new external id.
    history.new_cashout_requested.emit(entry)
    QApplication.processEvents()
    fields = window.form._fields
    assert fields["amount"].text() == "320.50"
    assert fields["beneficiary_name"].text() == entry.beneficiary_name
    assert fields["bank_account"].text() == entry.bank_account
    assert fields["document_id"].text() == entry.document_id
    new_id = fields["external_id"].text()
    assert new_id and new_id != sent
