"""The cashout view against the in-process sandbox: lookups, auto-refresh, rejection, cancel, errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from tests.relay import GatedRelay
from tests.ui.support import assert_no_secret, make_request
from tupay_desktop.api import errors
from tupay_desktop.api.models import Created, StatusOutcome
from tupay_desktop.service import CashoutService
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind
from tupay_desktop.ui.cashout_view import CashoutView, parse_lookup
from tupay_desktop.ui.workers import TaskRunner


class CountingService(CashoutService):
    """The real service (client + journal) over the sandbox, counting the calls the view makes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls: list[str] = []

    def lookup(self, *, cashout_id: int | None = None, external_id: str | None = None) -> StatusOutcome:
        self.calls.append("lookup")
        return super().lookup(cashout_id=cashout_id, external_id=external_id)

    def cancel(self, *, cashout_id: int, external_id: str) -> StatusOutcome:
        self.calls.append("cancel")
        return super().cancel(cashout_id=cashout_id, external_id=external_id)


@pytest.fixture
def service(sandbox: Any, tmp_path: Path) -> Iterator[CountingService]:
    env = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")
    journal = Journal(tmp_path / "journal.sqlite3")
    service = CountingService(env, sandbox.url, sandbox.credentials, journal)
    yield service
    service.close()
    journal.close()


@pytest.fixture
def view(qtbot: Any, service: CountingService) -> Iterator[CashoutView]:
    runner = TaskRunner()
    widget = CashoutView(runner)
    qtbot.addWidget(widget)
    widget.backoff_ms = (100, 200, 400)
    widget.set_service(service)
    yield widget
    widget.set_service(None)
    runner.wait_for_done(5000)


def _create(service: CountingService) -> Created:
    created = service.submit(make_request())
    assert isinstance(created, Created)
    return created


def _slow(sandbox: Any) -> None:
    sandbox.update_config({"pending_to_delivered_s": 300})


def test_parse_lookup() -> None:
    assert parse_lookup(" 123 ") == (123, None)
    assert parse_lookup("ext-1") == (None, "ext-1")
    assert parse_lookup("123", "external_id") == (None, "123")
    assert parse_lookup("456", "cashout_id") == (456, None)
    with pytest.raises(ValueError):
        parse_lookup("abc", "cashout_id")
    # More than the journal can hold: refused as a cashout_id; in auto mode, an external_id.
    with pytest.raises(ValueError):
        parse_lookup("9223372036854775808", "cashout_id")
    with pytest.raises(ValueError):
        parse_lookup("0", "cashout_id")
    with pytest.raises(ValueError):
        parse_lookup("١٢", "cashout_id")
    assert parse_lookup("9223372036854775807") == (9223372036854775807, None)
    assert parse_lookup("9223372036854775808") == (None, "9223372036854775808")
    with pytest.raises(ValueError):
        parse_lookup("   ")


def test_lookup_by_id_shows_pending_badge(qtbot: Any, sandbox: Any, service: CountingService,
                                         view: CashoutView) -> None:
    _slow(sandbox)
    created = _create(service)
    exchanges: list[Any] = []
    view.exchange_recorded.connect(exchanges.append)
    # Nothing shown yet: a sentence saying how to show a cashout, not a box of empty rows.
    assert view.empty_hint.isVisibleTo(view) and not view.details_box.isVisibleTo(view)
    assert "No cashout shown yet" in view.empty_hint.text()
    view.lookup_edit.setText(str(created.cashout_id))
    with qtbot.waitSignal(view.status_changed, timeout=5000) as blocker:
        view.lookup_button.click()
    assert blocker.args[0].code == 0
    assert view.details_box.isVisibleTo(view) and not view.empty_hint.isVisibleTo(view)
    assert view.badge.text() == "PENDING" and view.badge.code == 0
    assert view.refreshed_label.text()
    assert view.auto_refresh_active  # not final: it keeps watching
    assert len(exchanges) == 1 and exchanges[0].url.endswith("/v3/cashout/status")
    # Looked up by cashout_id only: the journal knows its external_id, so it can be cancelled.
    assert view.external_id == created.external_id
    assert view.cancel_cashout_button.isEnabled()
    assert_no_secret(view, sandbox.credentials.secrets())


def test_auto_refresh_reaches_completed_and_stops(
    qtbot: Any, service: CountingService, view: CashoutView, sandbox_clock: Any
) -> None:
    created = _create(service)  # the fixture's sandbox delivers it 0.5 s later, completes 0.5 s after
    seen: list[int] = []
    view.status_changed.connect(lambda status: seen.append(status.code))
    view.show_cashout(created.cashout_id, created.external_id)
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    assert view.auto_refresh_active
    sandbox_clock.advance(0.5)
    qtbot.waitUntil(lambda: view.badge.code == 4, timeout=10_000)  # followed by the automatic refresh
    sandbox_clock.advance(0.5)
    qtbot.waitUntil(lambda: view.badge.code == 1, timeout=10_000)
    assert view.badge.text() == "COMPLETED"
    assert seen[0] == 0 and 4 in seen and seen[-1] == 1
    assert not view.auto_refresh_active
    assert not view.cancel_cashout_button.isEnabled()
    entry = service.journal.get("sandbox", created.external_id)  # the service journalled the lookups
    assert entry is not None and entry.last_status == 1
    assert len(service.journal.exchanges("sandbox", created.external_id)) >= 3


def test_rejection_is_explained_in_words(qtbot: Any, sandbox: Any, service: CountingService,
                                         view: CashoutView) -> None:
    _slow(sandbox)
    created = _create(service)
    sandbox.force_status(created.cashout_id, 3, rejection_code=806)
    view.lookup_edit.setText(created.external_id)  # not digits: looked up as an external_id
    view.look_up()
    qtbot.waitUntil(lambda: view.badge.code == 3, timeout=5000)
    info = errors.describe_rejection(806, None)
    assert info.known
    assert info.title in view.rejection_label.text()
    assert info.hint in view.rejection_label.text()
    assert "806" in view.rejection_label.text()
    assert view.badge.text() == "REJECTED"
    assert not view.auto_refresh_active


def test_cancel_asks_and_cancels_a_pending_cashout(
    qtbot: Any, sandbox: Any, service: CountingService, view: CashoutView, monkeypatch: pytest.MonkeyPatch
) -> None:
    _slow(sandbox)
    created = _create(service)
    view.show_cashout(created.cashout_id, created.external_id)
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    assert view.cancel_cashout_button.isEnabled()
    assert "experimental" in view.cancel_cashout_button.text().lower()

    asked: list[str] = []

    def say_no(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    view.cancel_cashout_button.click()
    assert asked and str(created.cashout_id) in asked[0]
    assert "cancel" not in service.calls
    found = sandbox.find(cashout_id=created.cashout_id)
    assert found is not None and found.status == 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    view.cancel_cashout_button.click()
    qtbot.waitUntil(lambda: view.badge.code == 2, timeout=5000)
    assert view.badge.text() == "CANCELLED"
    found = sandbox.find(cashout_id=created.cashout_id)
    assert found is not None and found.status == 2
    assert not view.cancel_cashout_button.isEnabled()
    assert not view.auto_refresh_active


def test_a_cashout_the_journal_does_not_know_cannot_be_cancelled(
    qtbot: Any, sandbox: Any, service: CountingService, view: CashoutView
) -> None:
    _slow(sandbox)
    other = CashoutService(
        EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", ""),
        sandbox.url,
        sandbox.credentials,
        Journal(service.journal.path.with_name("elsewhere.sqlite3")),
    )
    try:
        created = other.submit(make_request())  # journalled elsewhere (another machine, say)
    finally:
        other.journal.close()
        other.close()
    assert isinstance(created, Created)
    view.lookup_edit.setText(str(created.cashout_id))
    view.look_up()
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    assert view.external_id is None
    assert not view.cancel_cashout_button.isEnabled()
    assert "external_id" in view.cancel_cashout_button.toolTip()


def test_unknown_cashout_is_explained(qtbot: Any, view: CashoutView) -> None:
    view.lookup_edit.setText("987654321")
    view.look_up()
    qtbot.waitUntil(lambda: bool(view.error_label.text()), timeout=5000)
    info = errors.describe_error(509)
    assert info.title in view.error_label.text()
    assert view.badge.code is None
    assert not view.auto_refresh_active


def test_cancelling_a_lookup_drops_its_result(qtbot: Any, sandbox: Any, service: CountingService,
                                              view: CashoutView, tmp_path: Path) -> None:
    _slow(sandbox)
    created = _create(service)
    # The lookup goes through a relay that holds it: still running when Esc is pressed.
    relay = GatedRelay(sandbox.url)
    relayed = CountingService(service.environment, relay.url, sandbox.credentials, service.journal)
    view.set_service(relayed)
    relay.hold()
    try:
        _cancel_the_held_lookup(qtbot, sandbox, relayed, view, created, relay)
    finally:
        relay.close()
        view.set_service(service)
        relayed.close()


def _cancel_the_held_lookup(qtbot: Any, sandbox: Any, service: CountingService, view: CashoutView,
                            created: Created, relay: GatedRelay) -> None:
    exchanges: list[Any] = []
    view.exchange_recorded.connect(exchanges.append)
    view.show_cashout(created.cashout_id, created.external_id)
    assert view.lookup_running and view.cancel_lookup_button.isVisibleTo(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    view.lookup_edit.setFocus()
    qtbot.keyClick(view.lookup_edit, Qt.Key.Key_Escape)  # Esc cancels the lookup
    assert not view.lookup_running
    relay.release()  # its answer arrives after all, and must be dropped
    runner = view._runner
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=5000)
    qtbot.wait(50)  # let any queued result arrive
    assert view.badge.code is None and exchanges == []
    assert "cancelled" in view.error_label.text().lower()
    assert service.calls == ["lookup"]


def test_without_a_service_lookups_are_disabled_and_explained(view: CashoutView) -> None:
    view.set_service(None)
    assert not view.lookup_button.isEnabled() and not view.lookup_edit.isEnabled()
    assert not view.refresh_button.isEnabled()
    assert view.unavailable_label.text()
    assert not view.empty_hint.isVisibleTo(view)  # only the reason, no "send one" invitation
    view.show_cashout(1, "x")  # ignored, nothing to do it with
    assert not view.lookup_running


def test_focus_lookup_and_empty_input(qtbot: Any, view: CashoutView) -> None:
    view.show()
    qtbot.waitExposed(view)
    view.lookup_edit.setText("42")
    view.focus_lookup()
    assert view.focusWidget() is view.lookup_edit and view.lookup_edit.selectedText() == "42"
    assert not view.error_label.isVisible()  # no empty error line while there is no error
    view.lookup_edit.setText("")
    view.look_up()
    assert view.error_label.text() and not view.lookup_running
    # Said right under the lookup field, where the operator is looking.
    assert view.error_label.isVisible()
    assert view.error_label.mapTo(view, view.error_label.rect().topLeft()).y() > view.lookup_edit.y()
    assert view.error_label.mapTo(view, view.error_label.rect().topLeft()).y() < view.badge.mapTo(
        view, view.badge.rect().topLeft()).y()
    view.refresh()  # nothing shown yet: nothing to refresh
    assert not view.lookup_running


def test_cancel_refused_after_delivery_keeps_following(
    qtbot: Any, sandbox: Any, service: CountingService, view: CashoutView, monkeypatch: pytest.MonkeyPatch
) -> None:
    _slow(sandbox)
    created = _create(service)
    view.backoff_ms = (60_000,)  # no automatic refresh during the test
    view.show_cashout(created.cashout_id, created.external_id)
    qtbot.waitUntil(lambda: view.badge.code == 0, timeout=5000)
    sandbox.force_status(created.cashout_id, 4)  # the view still shows PENDING
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    view.cancel_cashout_button.click()
    qtbot.waitUntil(lambda: "cancel" in service.calls and not view.busy.isVisibleTo(view), timeout=5000)
    assert view.error_label.text().startswith("Not cancelled")
    assert errors.describe_error(510).title in view.error_label.text()
    assert view.auto_refresh_active
    view.refresh()
    qtbot.waitUntil(lambda: view.badge.code == 4, timeout=5000)


def test_a_screen_reader_reads_the_values_not_only_their_names(
    view: CashoutView, service: CountingService, sandbox: Any, qtbot: Any
) -> None:
    """Qt reports a named label's accessible name instead of its text, so each value label carries
    its value in the accessible description (what AT-SPI gives a screen reader next to the name)."""
    from PySide6.QtGui import QAccessible

    _slow(sandbox)
    created = _create(service)
    view.show_cashout(created.cashout_id, created.external_id)
    qtbot.waitUntil(lambda: view.status is not None, timeout=5000)

    def read(label: Any) -> tuple[str, str]:
        iface = QAccessible.queryAccessibleInterface(label)
        return iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description)

    assert read(view.ids_label) == (
        "Cashout identifiers", f"cashout_id {created.cashout_id}, external_id {created.external_id}"
    )
    name, meaning = read(view.status_label)
    assert name == "Status meaning" and meaning.startswith("Pending — ")
    view.show_cashout(None, "no-such-cashout")
    qtbot.waitUntil(lambda: bool(view.error_label.text()), timeout=5000)
    assert read(view.error_label)[1] == view.error_label.text()
    view.set_service(None)
    assert read(view.status_label) == ("Status meaning", "")


def test_the_view_says_what_was_paid_from_the_journal(qtbot: Any, sandbox: Any, service: CountingService,
                                                      view: CashoutView) -> None:
    """Issue 11: amount (two decimals, as sent), beneficiary, the bank named from the CCI, the CCI
    masked but its last 4, created time and environment, beside the status; TuPay's "Pending"
    description, which only repeats the meaning, is not shown."""
    import dataclasses
    from decimal import Decimal

    _slow(sandbox)
    created = service.submit(dataclasses.replace(make_request(), amount=Decimal("320.5")))
    assert isinstance(created, Created)
    view.lookup_edit.setText(str(created.cashout_id))
    with qtbot.waitSignal(view.status_changed, timeout=5000):
        view.lookup_button.click()
    assert view.amount_label.text() == "320.50 PEN"
    assert view.beneficiary_label.text() == "José Peña"
    assert view.bank_label.text() == "Banco de Crédito del Perú"
    assert view.account_label.text() == "•••• •••• •••• •••• 6813"
    assert "00219300153895206813" not in view.account_label.text()
    entry = service.journal.get("sandbox", created.external_id)
    assert entry is not None and entry.created_at is not None
    created_text = view.created_label.text()
    assert entry.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S") in created_text
    assert "Sandbox" in created_text
    for label in (view.amount_label, view.beneficiary_label, view.bank_label, view.account_label,
                  view.created_label):
        assert label.isVisibleTo(view)
    # The meaning says "Pending"; a description row repeating it is gone.
    assert view.status.is_final is False and view.status.description
    assert not view.description_label.isVisibleTo(view)
    assert_no_secret(view, sandbox.credentials.secrets())


def _payment_rows(view: CashoutView) -> tuple[Any, ...]:
    return (view.amount_label, view.beneficiary_label, view.bank_label, view.account_label,
            view.created_label)


class _HideWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.hidden: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self.hidden.append(watched)
        return False


def test_another_journalled_cashout_takes_the_payment_rows_over_without_hiding_them(
        qtbot: Any, sandbox: Any, service: CountingService, view: CashoutView) -> None:
    """The rows are emptied at once (nothing of the first cashout beside the second's lookup) and
    filled by the answer; they are not hidden and shown again in between, which would lay the
    whole window out twice for every cashout opened or created."""
    import dataclasses
    from decimal import Decimal

    _slow(sandbox)
    first = _create(service)
    second = service.submit(dataclasses.replace(make_request(), amount=Decimal("77.1")))
    assert isinstance(second, Created)
    view.show()
    with qtbot.waitSignal(view.status_changed, timeout=5000):
        view.show_cashout(first.cashout_id, first.external_id)
    assert all(label.isVisibleTo(view) and label.text() for label in _payment_rows(view))
    watch = _HideWatch()
    for label in _payment_rows(view):
        label.installEventFilter(watch)

    with qtbot.waitSignal(view.status_changed, timeout=5000):
        view.show_cashout(second.cashout_id, second.external_id)
        assert [label.text() for label in _payment_rows(view)] == [""] * 5

    assert watch.hidden == []
    assert view.amount_label.text() == "77.10 PEN"
    assert all(label.isVisibleTo(view) and label.text() for label in _payment_rows(view))


def test_a_lookup_that_finds_nothing_takes_the_last_cashouts_payment_rows_away(
        qtbot: Any, sandbox: Any, service: CountingService, view: CashoutView) -> None:
    _slow(sandbox)
    first = _create(service)
    view.show()
    with qtbot.waitSignal(view.status_changed, timeout=5000):
        view.show_cashout(first.cashout_id, first.external_id)

    view.show_cashout(None, "no-such-cashout-anywhere")
    qtbot.waitUntil(lambda: not view.lookup_running, timeout=5000)

    assert view.badge.code is None
    for label in _payment_rows(view):
        assert not label.isVisibleTo(view) and not label.text()


def test_a_cancelled_lookup_of_another_cashout_keeps_no_empty_payment_rows(
        qtbot: Any, sandbox: Any, service: CountingService, view: CashoutView) -> None:
    import threading

    _slow(sandbox)
    first, second = _create(service), _create(service)
    view.show()
    with qtbot.waitSignal(view.status_changed, timeout=5000):
        view.show_cashout(first.cashout_id, first.external_id)
    gate = threading.Event()
    real = service.lookup

    def held(**kwargs: Any) -> StatusOutcome:
        gate.wait(5)
        return real(**kwargs)

    service.lookup = held  # type: ignore[method-assign]
    try:
        view.show_cashout(second.cashout_id, second.external_id)
        assert view.lookup_running
        view.cancel_lookup()

        assert view.badge.code is None
        for label in _payment_rows(view):
            assert not label.isVisibleTo(view) and not label.text()
    finally:
        gate.set()
        qtbot.waitUntil(lambda: view._runner.active_count() == 0, timeout=5000)


def test_a_cashout_the_journal_does_not_know_shows_no_payment_rows(
        qtbot: Any, sandbox: Any, service: CountingService, view: CashoutView, tmp_path: Path) -> None:
    _slow(sandbox)
    created = _create(service)
    env = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")
    other = Journal(tmp_path / "other.sqlite3")
    stranger = CountingService(env, sandbox.url, sandbox.credentials, other)
    try:
        view.set_service(stranger)
        view.lookup_edit.setText(str(created.cashout_id))
        with qtbot.waitSignal(view.status_changed, timeout=5000):
            view.lookup_button.click()
        assert view.badge.code == 0
        for label in (view.amount_label, view.beneficiary_label, view.bank_label, view.account_label):
            assert not label.isVisibleTo(view) and not label.text()
    finally:
        view.set_service(service)
        stranger.close()
        other.close()
