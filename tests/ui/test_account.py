"""The whole account in the Desk, over the real loopback sandbox: the Account tab (paged fetch on a
worker with progress and cancel, "On this machine", only differences, CSV, missing at TuPay), the
balance in the header and the form's note, and the Merchants API in Settings."""

from __future__ import annotations

import csv
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.sandbox.support import FakeClock
from tupay_desktop.account import Presence
from tupay_desktop.api.models import CashoutRequest
from tupay_desktop.service import CashoutService
from tupay_desktop.ui.account import AccountView

from .conftest import Desk, fill_form


@pytest.fixture(autouse=True)
def still_sandbox(sandbox: Any) -> None:
    """The sandbox's lifecycle stands still (its clock starts now and moves only when told)."""
    sandbox.ledger.clock = FakeClock(time.time())


def with_account(qtbot: QtBot, desk: Desk) -> AccountView:
    """The embedded sandbox as the app starts it: with its Merchants API user."""
    window = desk.window
    window.set_sandbox_merchants(desk.sandbox.merchants.credentials)
    window.set_sandbox_url(desk.sandbox.url)
    qtbot.waitUntil(lambda: window.account_view.account is not None, timeout=5000)
    return window.account_view


def fetch(qtbot: QtBot, view: AccountView) -> None:
    with qtbot.waitSignal(view.fetched, timeout=10_000):
        qtbot.mouseClick(view.fetch_button, Qt.MouseButton.LeftButton)


def submit(service: CashoutService, external_id: str, amount: str = "150.00") -> None:
    request = CashoutRequest(external_id, Decimal(amount), "PEN", "DNI", "71594743", "Alex", "Gonzales",
                             "00320001310356642337", "S")
    service.submit(request)


def test_the_account_tab_marks_each_cashout_as_this_machine_has_it(
    qtbot: QtBot, make_desk: Callable[..., Desk], tmp_path: Path
) -> None:
    desk = make_desk()
    view = with_account(qtbot, desk)
    service = desk.window.service
    assert service is not None
    submit(service, "here-1")
    submit(service, "here-2")
    moved = desk.sandbox.find(external_id="here-2")
    desk.sandbox.force_status(moved.cashout_id, 1)  # TuPay moved on; this journal not yet
    panel = desk.sandbox.merchants.panel_cashout({"external_id": "panel-7", "amount": "75.00"})
    desk.window.tabs.setCurrentWidget(view)

    fetch(qtbot, view)
    rows = {r.external_id: r for r in view.model.all_rows()}
    assert rows["here-1"].presence is Presence.SAME
    assert rows["here-2"].presence is Presence.DIFFERS
    assert rows["panel-7"].presence is Presence.NOT_SENT_HERE and rows["panel-7"].account is not None
    assert rows["panel-7"].account.id_cashout == panel.cashout_id
    texts = {view.model.data(view.model.index(r, 2)): view.model.data(view.model.index(r, 6))
             for r in range(view.model.rowCount())}
    assert texts["here-1"] == "same status"
    assert texts["here-2"] == "differs (here PENDING, TuPay COMPLETED)"
    assert texts["panel-7"] == "not sent from here"
    assert "3 cashouts at TuPay" in view.summary.text()

    view.only_differences.setChecked(True)
    assert sorted(r.external_id for r in view.model.rows()) == ["here-2", "panel-7"]
    target = tmp_path / "account.csv"
    done: list[int] = []
    view.export_to(target, done.append)
    qtbot.waitUntil(lambda: done == [2], timeout=5000)
    with target.open(encoding="utf-8", newline="") as handle:
        exported = {row["external_id"]: row["on_this_machine"] for row in csv.DictReader(handle)}
    assert exported == {"here-2": "differs", "panel-7": "not_sent_here"}


def test_journal_cashouts_the_account_does_not_list_show_as_missing_at_tupay(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    from tupay_desktop.sandbox import Sandbox, SandboxConfig

    desk = make_desk()
    service = desk.window.service
    assert service is not None
    submit(service, "only-here")  # sent to this sandbox; the account below is another one
    with Sandbox(config=SandboxConfig(), credentials=desk.sandbox.credentials) as other:
        other.merchants.credentials = desk.sandbox.merchants.credentials
        desk.window.set_sandbox_merchants(other.merchants.credentials)
        desk.window.set_sandbox_url(other.url)
        view = desk.window.account_view
        qtbot.waitUntil(lambda: view.account is not None, timeout=5000)
        fetch(qtbot, view)
        [row] = view.model.all_rows()
    assert (row.external_id, row.presence) == ("only-here", Presence.MISSING_AT_TUPAY)
    assert view.model.data(view.model.index(0, 6)) == "missing at TuPay"


def test_a_long_fetch_shows_progress_and_can_be_cancelled(
    qtbot: QtBot, make_desk: Callable[..., Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = make_desk()
    view = with_account(qtbot, desk)
    for _ in range(130):
        desk.sandbox.merchants.panel_cashout()
    gate = threading.Event()
    served = desk.sandbox.merchants._cashouts

    def slow_after_the_first_page(query: dict[str, list[str]]) -> dict[str, Any]:
        if query.get("page") != ["0"]:
            gate.wait(10)  # the peer is slow from page 1 on
        return served(query)

    monkeypatch.setattr(desk.sandbox.merchants, "_cashouts", slow_after_the_first_page)
    qtbot.mouseClick(view.fetch_button, Qt.MouseButton.LeftButton)
    assert view.busy and view.progress.isVisibleTo(view) and view.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: view.progress.maximum() == 130 and view.progress.value() == 50, timeout=5000)
    assert "Fetched 50 cashouts" in view.summary.text()
    with qtbot.waitSignal(view.fetched, timeout=10_000):
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    assert not view.busy and not view.progress.isVisibleTo(view)
    assert view.model.rowCount() == 100  # the pages that came
    assert "Cancelled: 100 cashouts fetched so far" in view.summary.text()
    assert not any(r.presence is Presence.MISSING_AT_TUPAY for r in view.model.all_rows())


def test_the_balance_is_in_the_header_and_the_form_warns_without_blocking(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    desk.sandbox.config.balance = Decimal("1000.00")
    window = desk.window
    with_account(qtbot, desk)
    qtbot.waitUntil(lambda: window.balance.text() == "Balance: 1,000.00 PEN", timeout=5000)
    assert window.balance.isVisible()
    fill_form(window, amount="150.00")
    assert not window.form.balance_note.isVisible()
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    qtbot.waitUntil(lambda: window.balance.text() == "Balance: 850.00 PEN", timeout=5000)  # after the create
    fill_form(window, amount="900.00")
    assert window.form.balance_note.isVisible()
    assert "more than the account's available balance (850.00 PEN" in window.form.balance_note.text()
    assert window.form.send_button.isEnabled()  # a warning, not a gate
    window.form.request_send()
    qtbot.waitUntil(lambda: window.duplicates_box is not None, timeout=5000)
    box = window.duplicates_box
    assert box is not None and "available balance" in box.informativeText()
    send_anyway = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
    send_anyway.click()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    assert "514" in window.form.outcome_text()  # TuPay decided


def test_the_sending_check_lists_cashouts_made_elsewhere_today(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    window = desk.window
    with_account(qtbot, desk)
    elsewhere = desk.sandbox.merchants.panel_cashout({"amount": "150.00", "document_id": "71594743"})
    fill_form(window, amount="150.00")
    window.form.request_send()
    qtbot.waitUntil(lambda: window.duplicates_box is not None, timeout=5000)
    box = window.duplicates_box
    assert box is not None
    assert elsewhere.external_id in box.informativeText() and "TuPay's account list" in box.text()
    box.reject()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=5000)
    assert len(desk.sandbox.cashouts()) == 1


def test_without_merchants_credentials_the_desk_works_as_before(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    window = desk.window
    assert window.account_view.account is None and not window.balance.isVisible()
    assert not window.account_view.fetch_button.isEnabled()
    assert "not set up" in window.account_view.summary.text()
    fill_form(window)
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    assert len(desk.sandbox.cashouts()) == 1


def test_merchants_credentials_saved_in_settings_give_production_its_account(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk(production=True)
    window = desk.window
    assert window.account_view.account is None
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    dialog.select_environment("production")
    box = dialog.merchants_box
    qtbot.waitUntil(lambda: "Not set up" in box.status.text(), timeout=5000)
    assert box.url_edit.text() == "https://merchants-api.tupayonline.com"
    creds = desk.sandbox.merchants.credentials
    box.url_edit.setText(desk.sandbox.url)
    box.access_edit.setText(creds.access_key)
    box.secret_edit.setText(creds.secret_key)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved in the OS keyring" in box.message.text(), timeout=5000)
    assert box.access_edit.text() == box.secret_edit.text() == ""
    assert creds.secret_key not in box.status.text() and creds.access_key not in box.status.text()
    assert desk.credentials.get_merchants("production") == creds
    assert desk.settings.merchants_url("production") == desk.sandbox.url
    qtbot.waitUntil(lambda: window.account_view.account is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.balance.text().startswith("Balance: "), timeout=5000)
    qtbot.waitUntil(lambda: "reading" not in window.balance.text(), timeout=5000)
    assert "unavailable" not in window.balance.text()
