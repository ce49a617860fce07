"""Parts built after the window's first frame (ui/deferred.py) behave as if they had always been
there: a cashout shown while they are built, the keyboard's order through them, the inspector's
arrangement once its detail pane exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.relay import GatedRelay
from tests.ui.conftest import Desk, fill_form
from tupay_desktop.service import CashoutService
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind
from tupay_desktop.ui.cashout_view import CashoutView
from tupay_desktop.ui.inspector import InspectorWidget
from tupay_desktop.ui.workers import TaskRunner


def test_a_lookup_that_builds_the_details_shows_what_is_followed_meanwhile(
    qtbot: QtBot, sandbox: Any, relay: GatedRelay, tmp_path: Any
) -> None:
    from tupay_desktop.store.journal import Journal

    env = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")
    with Journal(tmp_path / "journal.sqlite3") as journal:
        slow = CashoutService(env, relay.url, sandbox.credentials, journal)
        runner = TaskRunner()
        widget = CashoutView(runner)
        qtbot.addWidget(widget)
        widget.set_service(slow)
        assert not widget.details_built
        relay.hold()
        try:
            widget.show_cashout(None, "ext-deferred-1")  # the lookup is what builds the details
            assert widget.details_built
            assert "external_id ext-deferred-1" in widget.ids_label.text()
            hidden = [label for label in (widget.amount_label, widget.beneficiary_label,
                                          widget.bank_label) if not label.isHidden()]
            assert hidden == [], "rows of a journal entry shown for a cashout the journal has not"
        finally:
            relay.release()
            widget.set_service(None)
            runner.wait_for_done(5000)
            slow.close()


def _next_focusable(widget: QWidget) -> QWidget:
    current = widget.nextInFocusChain()
    while not (current.isVisible() and current.isEnabled()
               and current.focusPolicy() & Qt.FocusPolicy.TabFocus):
        current = current.nextInFocusChain()
    return current


def test_tab_goes_from_the_receipt_button_to_the_sandbox_notifications(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    window = desk.window
    fill_form(window)
    window.form.request_send()
    view = window.cashout_view
    qtbot.waitUntil(lambda: view.notifications_box.isVisible() and view.receipt_button.isEnabled(),
                    timeout=10_000)
    assert _next_focusable(view.receipt_button) is view.notifications_list
    assert _next_focusable(view.notify_url_edit) is view.notify_url_button


def test_the_inspector_arranges_itself_again_once_its_detail_pane_exists(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    inspector = InspectorWidget(holder)
    holder.resize(1600, 700)
    holder.show()
    qtbot.waitExposed(holder)
    before = inspector._side_by_side_width()
    inspector.resize(before, 600)
    QApplication.processEvents()
    assert inspector.splitter.orientation() == Qt.Orientation.Horizontal
    inspector.build_details()  # built after the first paint, in a window already at its size
    if inspector._side_by_side_width() > before:
        assert inspector.splitter.orientation() == Qt.Orientation.Vertical
    else:  # the pane needs no more room than the empty hint: nothing to rearrange
        assert inspector.splitter.orientation() == Qt.Orientation.Horizontal


def test_the_exchange_search_gets_its_clear_button_with_the_detail_pane(qtbot: QtBot) -> None:
    """Loading the clear button's icon is left out of the first frame (an empty field shows no
    clear button); once the window has built the detail pane, a typed search can be cleared."""
    inspector = InspectorWidget()
    qtbot.addWidget(inspector)
    assert not inspector.details_built
    assert not inspector.search_edit.isClearButtonEnabled()
    inspector.build_details()
    assert inspector.search_edit.isClearButtonEnabled()


def test_the_desk_builds_the_detail_pane_and_with_it_the_clear_button_after_its_first_frame(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    window = make_desk().window
    qtbot.waitUntil(lambda: window.fully_built, timeout=10_000)
    assert window.inspector.search_edit.isClearButtonEnabled()
