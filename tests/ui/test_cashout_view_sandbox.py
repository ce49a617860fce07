"""The cashout view and the richer sandbox: the bank reference, hold/release (experimental), a
rejection code outside the catalogue shown verbatim, and the sandbox's notification deliveries
to a real local receiver, read from its admin API on a worker."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.sandbox.receiver import Receiver, receiving
from tests.ui.support import make_request
from tupay_desktop.api.models import Created
from tupay_desktop.service import CashoutService
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind
from tupay_desktop.ui.cashout_view import CashoutView
from tupay_desktop.ui.workers import TaskRunner


@pytest.fixture
def service(sandbox: Any, tmp_path: Path) -> Iterator[CashoutService]:
    sandbox.update_config({"pending_to_delivered_s": 300})  # nothing moves unless forced
    env = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")
    journal = Journal(tmp_path / "journal.sqlite3")
    service = CashoutService(env, sandbox.url, sandbox.credentials, journal)
    yield service
    service.close()
    journal.close()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_done(5000)


@pytest.fixture
def view(qtbot: Any, service: CashoutService, runner: TaskRunner) -> Iterator[CashoutView]:
    widget = CashoutView(runner)
    qtbot.addWidget(widget)
    widget.backoff_ms = (100, 200, 400)
    widget.set_service(service)
    yield widget
    widget.set_service(None)
    widget.set_sandbox_admin(None)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with receiving() as r:
        yield r


def _create(service: CashoutService, notification_url: str = "") -> Created:
    request = dataclasses.replace(make_request(), notification_url=notification_url)
    created = service.submit(request)
    assert isinstance(created, Created)
    return created


def test_the_bank_reference_is_shown_when_the_answer_carries_it(
    qtbot: Any, sandbox: Any, service: CashoutService, view: CashoutView
) -> None:
    created = _create(service)
    view.show_cashout(created.cashout_id, created.external_id)
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    assert view.bank_reference_label.text() == "—"
    sandbox.force_status(created.cashout_id, 1)
    view.refresh()
    qtbot.waitUntil(lambda: view.badge.code == 1, timeout=5000)
    assert view.bank_reference_label.text() == f"SBX{created.cashout_id:012d}"


def test_hold_and_release_are_experimental_and_work(
    qtbot: Any, sandbox: Any, service: CashoutService, view: CashoutView
) -> None:
    created = _create(service)
    view.show_cashout(created.cashout_id, created.external_id)
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    assert "experimental" in view.hold_button.text().lower()
    assert "experimental" in view.release_button.text().lower()
    assert view.hold_button.isEnabled() and not view.release_button.isEnabled()
    view.hold_button.click()
    qtbot.waitUntil(lambda: view.badge.code == 5, timeout=5000)
    found = sandbox.find(cashout_id=created.cashout_id)
    assert found is not None and found.status == 5
    assert view.release_button.isEnabled() and not view.hold_button.isEnabled()
    assert not view.cancel_cashout_button.isEnabled()
    view.release_button.click()
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    assert sandbox.find(cashout_id=created.cashout_id).status == 0


def test_a_refused_hold_is_explained(qtbot: Any, sandbox: Any, service: CashoutService,
                                     view: CashoutView) -> None:
    created = _create(service)
    view.show_cashout(created.cashout_id, created.external_id)
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    sandbox.force_status(created.cashout_id, 4)  # delivered meanwhile: no longer holdable
    view.hold_button.click()
    qtbot.waitUntil(lambda: "510" in view.error_label.text(), timeout=5000)
    assert view.error_label.text().startswith("Not put on hold")


def test_a_rejection_code_outside_the_catalogue_is_shown_verbatim(
    qtbot: Any, sandbox: Any, service: CashoutService, view: CashoutView
) -> None:
    created = _create(service)
    with httpx.Client(timeout=5) as admin:  # as D24's staging fixture: rejection_code 101, "Test"
        admin.post(f"{sandbox.url}/_sandbox/cashouts/{created.cashout_id}/status",
                   json={"status": 3, "rejection_code": 101, "rejection_reason": "Test"})
    view.show_cashout(created.cashout_id, created.external_id)
    qtbot.waitUntil(lambda: view.badge.code == 3, timeout=5000)
    text = view.rejection_label.text()
    assert "101" in text and "Test" in text


def test_in_sandbox_the_view_lists_the_notifications_sent(
    qtbot: Any, sandbox: Any, service: CashoutService, view: CashoutView, receiver: Receiver
) -> None:
    view.set_sandbox_admin(sandbox.url)
    created = _create(service, notification_url=receiver.url)
    view.show_cashout(created.cashout_id, created.external_id)
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    assert view.notifications_box.isVisibleTo(view)
    assert view.notifications_list.topLevelItemCount() == 0  # no status change yet
    sandbox.force_status(created.cashout_id, 4)
    received = receiver.wait_count(1)[0]
    qtbot.waitUntil(lambda: sandbox.notifications(created.cashout_id)[0].state == "delivered", timeout=5000)
    view.refresh()
    qtbot.waitUntil(lambda: view.notifications_list.topLevelItemCount() == 1
                    and "HTTP 200" in view.notifications_list.topLevelItem(0).text(2), timeout=5000)
    item = view.notifications_list.topLevelItem(0)
    assert item.text(0) == received.form["date"] + " GMT"
    assert f"cashout_id={created.cashout_id}" in item.text(1)
    assert f"bank_reference_id=SBX{created.cashout_id:012d}" in item.text(1)
    assert "answer 1: 200" in item.text(2)
    assert item.childCount() == 1
    assert "DELIVERED" in item.toolTip(1) and receiver.url in item.toolTip(1)


def test_outside_sandbox_there_is_no_notification_list(
    qtbot: Any, service: CashoutService, view: CashoutView
) -> None:
    created = _create(service)
    view.show_cashout(created.cashout_id, created.external_id)
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    assert not view.notifications_box.isVisibleTo(view)


def test_the_embedded_sandbox_can_notify_a_loopback_url(
    qtbot: Any, sandbox: Any, service: CashoutService, view: CashoutView, receiver: Receiver
) -> None:
    view.set_sandbox_admin(sandbox.url)
    created = _create(service)  # without a notification URL
    view.show_cashout(created.cashout_id, created.external_id)
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    view.notify_url_edit.setText("https://merchant.example/n")
    view.notify_url_button.click()
    assert "this computer" in view.notifications_hint.text()
    assert sandbox.config.notification_url == ""
    view.notify_url_edit.setText(receiver.url)
    view.notify_url_button.click()
    qtbot.waitUntil(lambda: sandbox.config.notification_url == receiver.url, timeout=5000)
    qtbot.waitUntil(lambda: receiver.url in view.notifications_hint.text(), timeout=5000)
    sandbox.force_status(created.cashout_id, 4)
    assert receiver.wait_count(1)[0].form["cashout_id"] == str(created.cashout_id)


def test_the_history_shows_the_bank_reference_as_the_cashout_ids_tooltip(
    qtbot: Any, sandbox: Any, service: CashoutService
) -> None:
    from PySide6.QtCore import Qt

    from tupay_desktop.ui.history import HistoryModel

    created = _create(service)
    sandbox.force_status(created.cashout_id, 1)
    service.lookup(cashout_id=created.cashout_id, external_id=created.external_id)
    model = HistoryModel(service.journal)
    column = model.column_keys().index("cashout_id")
    index = model.index(0, column)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == str(created.cashout_id)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == f"Bank reference: SBX{created.cashout_id:012d}"
