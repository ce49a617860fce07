"""The main window: environments, credentials, no secret on screen, closing with a create in flight."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import keyring.errors
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.relay import GatedRelay
from tests.store.conftest import MemoryKeyring
from tupay_desktop.store.credentials import SERVICE, CredentialStore, encode_entry
from tupay_desktop.ui.main_window import MainWindow

from .conftest import Desk, all_widget_texts, fill_form, route_through


def test_first_run_lands_in_sandbox_and_says_where_requests_go(make_desk: Callable[..., Desk]) -> None:
    desk = make_desk()
    window = desk.window
    assert window.environment.key == "sandbox"
    assert desk.sandbox.url in window.env_bar.target_text()
    assert "No real money" in window.banner.text()
    assert window.form.send_button.text() == "Send to Sandbox"


def test_window_says_starting_sandbox_until_it_listens(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk()
    window = MainWindow(desk.settings, desk.credentials, desk.journal)
    qtbot.addWidget(window)
    assert "Starting the sandbox" in window.form.send_note.text()
    assert not window.form.send_button.isEnabled()
    window.set_sandbox_url(desk.sandbox.url)
    qtbot.waitUntil(lambda: window.service is not None, timeout=5000)
    window.shutdown()


def test_environment_without_credentials_cannot_send_and_says_so(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    window = desk.window
    fill_form(window)
    window.env_bar.buttons()["staging"].click()
    qtbot.waitUntil(lambda: "no credentials" in window.form.send_note.text(), timeout=5000)
    assert window.service is None
    assert not window.form.send_button.isEnabled()
    assert window.form.settings_button.isVisible()
    assert window.form.send_button.text() == "Send to Staging"
    assert desk.settings.last_selected == "staging"
    # Its credentials added in settings (via the store): it can send.
    desk.credentials.set("staging", desk.sandbox.credentials)
    window.env_bar.buttons()["sandbox"].click()
    qtbot.waitUntil(lambda: window.service is not None, timeout=5000)
    assert window.form.send_button.isEnabled()


def test_last_environment_and_geometry_are_remembered(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk(production=True)
    desk.window.resize(790, 700)
    QApplication.processEvents()  # laid out at that size (the right pane scrolls sideways there)
    desk.window.right_splitter.setSizes([420, 200])
    sizes = desk.window.right_splitter.sizes()
    desk.window.close()
    again = MainWindow(desk.settings, desk.credentials, desk.journal)
    qtbot.addWidget(again)
    assert again.environment.key == "production"
    assert (again.width(), again.height()) == (790, 700)
    again.show()
    qtbot.waitUntil(lambda: again.fully_built, timeout=5000)
    QApplication.processEvents()  # laid out again with the parts built after the first paint
    assert again.right_splitter.sizes() == sizes  # the cashout / inspector split too
    again._closing_confirmed = True
    again.close()
    again.runner.wait_for_done(5000)
    again.shutdown()


def test_no_widget_shows_a_secret_after_a_send_and_in_settings(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    window = desk.window
    fill_form(window)
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    qtbot.waitUntil(lambda: window.inspector.recent.topLevelItemCount() >= 2, timeout=10_000)
    secrets = desk.sandbox.credentials.secrets()

    def assert_clean() -> None:
        for text in all_widget_texts(window):
            for secret in secrets:
                assert secret not in text

    assert_clean()
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "Saved" in dialog.cred_status.text() or "session" in dialog.cred_status.text(),
                    timeout=5000)
    for edit in (dialog.api_key_edit, dialog.passphrase_edit, dialog.signature_edit):
        assert edit.text() == ""
    assert_clean()
    # Credentials typed into settings are gone from the fields once saved.
    dialog.select_environment("staging")
    qtbot.keyClicks(dialog.api_key_edit, secrets[0])
    qtbot.keyClicks(dialog.passphrase_edit, secrets[1])
    qtbot.keyClicks(dialog.signature_edit, secrets[2])
    qtbot.mouseClick(dialog.save_cred_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in dialog.cred_message.text().lower(), timeout=5000)
    assert_clean()
    dialog.reject()


def test_every_input_has_an_accessible_name(make_desk: Callable[..., Desk]) -> None:
    window = make_desk().window
    inputs = [
        w for w in window.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QPlainTextEdit | QTextEdit | QAbstractSpinBox)
        and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)  # a combo's or spin box's own editor
    ]
    assert inputs
    unnamed = [w.objectName() or type(w).__name__ for w in inputs if not w.accessibleName()]
    assert unnamed == []


def test_keyring_trouble_is_said_in_the_status_bar(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    broken = CredentialStore(backend=fail.Keyring())
    window = MainWindow(desk.settings, broken, desk.journal)
    qtbot.addWidget(window)
    window.set_sandbox_url(desk.sandbox.url)
    qtbot.waitUntil(lambda: window.keyring_warning.isVisibleTo(window), timeout=5000)
    assert "session-only" in window.keyring_warning.text()
    window.shutdown()


class LockableKeyring(MemoryKeyring):
    """In memory, but locked (as a dismissed unlock prompt) until the test unlocks it."""

    def __init__(self) -> None:
        super().__init__()
        self.locked = True

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
        return super().get_password(service, username)


def test_a_locked_keyring_offers_retry_and_is_not_called_no_credentials(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    backend = LockableKeyring()
    backend.entries[(SERVICE, "sandbox")] = encode_entry(desk.sandbox.credentials).decode()
    window = MainWindow(desk.settings, CredentialStore(backend=backend), desk.journal)
    qtbot.addWidget(window)
    window.show()
    window.set_sandbox_url(desk.sandbox.url)
    qtbot.waitUntil(lambda: window.keyring_retry_button.isVisibleTo(window), timeout=5000)
    assert "locked" in window.keyring_warning.text()
    note = window.form.send_note.text()
    assert "locked" in note and "no credentials" not in note
    assert window.service is None

    backend.locked = False  # the operator unlocked the keyring
    qtbot.mouseClick(window.keyring_retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.service is not None, timeout=5000)
    assert not window.keyring_retry_button.isVisibleTo(window)
    assert not window.keyring_warning.isVisibleTo(window)
    window.runner.wait_for_done(5000)
    window.shutdown()


def test_busy_indicator_while_a_request_runs(
    qtbot: QtBot, make_desk: Callable[..., Desk], relay: GatedRelay
) -> None:
    desk = make_desk()
    window = desk.window
    route_through(qtbot, window, relay)
    relay.hold()  # the create stays in flight until released, however busy the machine
    fill_form(window)
    window.form.request_send()
    qtbot.waitUntil(lambda: window.busy.isVisibleTo(window), timeout=3000)
    qtbot.waitUntil(lambda: relay.waiting > 0, timeout=5000)
    assert window.create_in_flight
    assert not window.env_bar.isEnabled()  # no switching environment mid-create
    relay.release()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    qtbot.waitUntil(lambda: not window.busy.isVisibleTo(window), timeout=10_000)


def test_closing_waits_for_the_create_in_flight(
    qtbot: QtBot, make_desk: Callable[..., Desk], relay: GatedRelay
) -> None:
    desk = make_desk()
    window = desk.window
    route_through(qtbot, window, relay)
    relay.hold()
    fill_form(window)
    window.form.request_send()
    qtbot.waitUntil(lambda: window.create_submitted and relay.waiting > 0, timeout=5000)
    window.close()
    assert window.isVisible()  # not dropped: it waits
    relay.release()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert len(desk.sandbox.cashouts()) == 1
    assert "Created" in window.form.outcome_text()


def test_closing_reports_a_create_that_does_not_settle(
    qtbot: QtBot, make_desk: Callable[..., Desk], monkeypatch: pytest.MonkeyPatch, relay: GatedRelay
) -> None:
    import tupay_desktop.ui.main_window as mw

    desk = make_desk()
    window = desk.window
    monkeypatch.setattr(mw, "CLOSE_WAIT_MS", 300)
    route_through(qtbot, window, relay)
    relay.hold()  # never answered while the window waits
    fill_form(window)
    window.form.request_send()
    qtbot.waitUntil(lambda: window.create_submitted and relay.waiting > 0, timeout=5000)
    window.close()
    qtbot.waitUntil(lambda: window.findChild(mw.QMessageBox, "unsettledBox") is not None, timeout=5000)
    box = window.findChild(mw.QMessageBox, "unsettledBox")
    assert box is not None
    assert window.form.external_id in box.text()
    assert "unknown" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_shortcuts_send_lookup_and_settings(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk()
    window = desk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    fill_form(window)
    field = window.form.field("comments")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(desk.sandbox.cashouts()) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    qtbot.keyClick(window.form.field("amount"), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    focused = window.focusWidget()
    assert focused is not None and window.cashout_view.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.settings_dialog is not None, timeout=3000)
    assert window.settings_dialog is not None
    window.settings_dialog.reject()


def test_closing_during_the_production_confirmation_sends_nothing(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk(production=True)
    window = desk.window
    fill_form(window)
    window.form.request_send()
    qtbot.waitUntil(lambda: window.confirm_dialog is not None, timeout=5000)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)  # no wait: nothing was sent
    assert not window.create_in_flight
    assert desk.sandbox.cashouts() == []


def test_self_test_mode_creates_and_reads_a_sandbox_cashout(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["TUPAY_DESK_CONFIG_DIR"] = str(tmp_path / "config")
    env["TUPAY_DESK_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "tupay_desktop", "--self-test"],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: OK" in result.stdout
    assert "Completed" in result.stdout


def test_an_unknown_outcome_from_a_previous_session_is_reconciled_at_start(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    from tupay_desktop.api.models import OutcomeUnknown
    from tupay_desktop.api.validation import validate_form
    from tupay_desktop.sandbox import Fault
    from tupay_desktop.service import CashoutService

    from .conftest import VALID_FORM

    desk = make_desk()
    request, _ = validate_form({**VALID_FORM, "external_id": "desk-previous-session-01"})
    assert request is not None
    # A previous session's create that was cut off after TuPay committed it.
    desk.sandbox.inject(Fault.RESET_AFTER_COMMIT)
    with CashoutService(desk.settings.get("sandbox"), desk.sandbox.url, desk.sandbox.credentials,
                        desk.journal) as service:
        assert isinstance(service.submit(request), OutcomeUnknown)
    entry = desk.journal.get("sandbox", "desk-previous-session-01")
    assert entry is not None and entry.state == "unknown"

    window = MainWindow(desk.settings, desk.credentials, desk.journal)
    qtbot.addWidget(window)
    window.set_sandbox_url(desk.sandbox.url)
    qtbot.waitUntil(lambda: "desk-previous-session-01" in window.statusBar().currentMessage(), timeout=5000)
    entry = desk.journal.get("sandbox", "desk-previous-session-01")
    assert entry is not None and entry.state == "created"
    window.runner.wait_for_done(3000)
    window.shutdown()


def test_switching_environment_leaves_no_cashout_or_exchange_of_the_other(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    from tupay_desktop.api.client import CashoutClient
    from tupay_desktop.api.models import Created

    from .support import all_texts, make_request

    desk = make_desk(production=True)
    window = desk.window
    window.select_environment("sandbox")
    qtbot.waitUntil(lambda: window.service is not None and window.service.env_key == "sandbox", timeout=5000)
    with CashoutClient(desk.sandbox.url, desk.sandbox.credentials) as client:
        created = client.create(make_request())
    assert isinstance(created, Created)
    view = window.cashout_view
    view.lookup_edit.setText(str(created.cashout_id))
    view.look_up()
    qtbot.waitUntil(lambda: view.status is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.exchanges_pending == 0, timeout=5000)  # shown a turn later
    sandbox_exchanges = window.inspector.exchanges()
    assert sandbox_exchanges

    window.select_environment("production")
    qtbot.waitUntil(
        lambda: window.service is not None and window.service.env_key == "production", timeout=5000
    )
    # The Sandbox id is gone from the Production view: field, status, identifiers and inspector.
    assert view.lookup_edit.text() == "" and view.status is None and view.cashout_id is None
    assert window.inspector.recent.topLevelItemCount() == 0 and window.inspector.exchange is None
    shown = " ".join(all_texts(view) + all_texts(window.inspector))
    assert str(created.cashout_id) not in shown and created.external_id not in shown
    qtbot.wait(400)  # longer than the view's first auto-refresh delay: nothing comes back
    assert window.inspector.recent.topLevelItemCount() == 0 and view.status is None

    # Back in Sandbox, its exchanges are listed again (they were kept under Sandbox).
    window.select_environment("sandbox")
    qtbot.waitUntil(lambda: window.service is not None and window.service.env_key == "sandbox", timeout=5000)
    assert window.inspector.exchanges()[: len(sandbox_exchanges)] == sandbox_exchanges
    assert view.lookup_edit.text() == ""


def test_long_status_texts_wrap_in_full_at_the_default_size(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QLabel

    from tupay_desktop.api.client import CashoutClient
    from tupay_desktop.api.models import Created

    from .support import make_request

    desk = make_desk()
    window = desk.window
    assert (window.width(), window.height()) == (1280, 820)  # the default size (nothing saved)
    with CashoutClient(desk.sandbox.url, desk.sandbox.credentials) as client:
        created = client.create(make_request())
    assert isinstance(created, Created)
    desk.sandbox.force_status(created.cashout_id, 3, rejection_code=813)
    view = window.cashout_view
    view.show_cashout(created.cashout_id, None)
    qtbot.waitUntil(lambda: view.status is not None and view.status.code == 3, timeout=5000)
    QApplication.processEvents()

    def fully_shown(label: QLabel, lines: int = 1) -> bool:
        needed = label.heightForWidth(label.width())
        return label.height() >= needed >= lines * label.fontMetrics().height()

    for label in (view.status_label, view.rejection_label):
        lines = 2 if label is view.rejection_label else 1
        assert fully_shown(label, lines), (label.accessibleName(), label.height(), label.text())
        # Nothing of it lies outside the details area: scrolling there shows every line.
        view.details_scroll.ensureWidgetVisible(label, 0, 0)
        QApplication.processEvents()
        viewport = view.details_scroll.viewport()
        top = label.mapTo(viewport, QPoint(0, 0)).y()
        assert 0 <= top and top + label.height() <= viewport.height()
    # COMPLETED's long meaning (the one that was cut) too.
    desk.sandbox.force_status(created.cashout_id, 1)
    view.refresh()
    qtbot.waitUntil(lambda: view.status is not None and view.status.code == 1, timeout=5000)
    QApplication.processEvents()
    assert "Rarely, the beneficiary's bank still returns it later" in view.status_label.text()
    assert fully_shown(view.status_label, lines=2)  # it wraps, and every line is shown


def test_disabled_buttons_look_disabled_in_a_palette_without_disabled_colours(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    role, group = QPalette.ColorRole, QPalette.ColorGroup
    dark = QPalette()
    for r, colour in ((role.Window, "#2b2d30"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1f22"),
                      (role.Text, "#e6e6e6"), (role.Button, "#3a3c40"), (role.ButtonText, "#e6e6e6")):
        dark.setColor(r, QColor(colour))  # every colour group alike, as a hand-made dark palette
    assert dark.color(group.Disabled, role.ButtonText) == dark.color(group.Active, role.ButtonText)
    saved = QPalette(QApplication.palette())
    try:
        QApplication.setPalette(dark)
        desk = make_desk()
        button = desk.window.cashout_view.cancel_cashout_button  # no cashout: disabled
        assert not button.isEnabled()
        palette = button.palette()
        assert palette.color(group.Disabled, role.ButtonText) != palette.color(group.Active, role.ButtonText)
        looks_disabled = button.grab().toImage()
        button.setEnabled(True)
        assert button.grab().toImage() != looks_disabled
        button.setEnabled(False)
        # The same when the palette changes while the Desk runs (the OS switching to dark).
        QApplication.setPalette(dark)
        qtbot.waitUntil(
            lambda: QApplication.palette().color(group.Disabled, role.ButtonText)
            != QApplication.palette().color(group.Active, role.ButtonText),
            timeout=2000,
        )
    finally:
        QApplication.setPalette(saved)


def test_a_declined_create_is_explained_whole_in_the_inspector(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    from PySide6.QtWidgets import QApplication

    desk = make_desk()
    window = desk.window
    fill_form(window, amount="504.00")  # the sandbox declines it (504, beneficiary not authorised)
    qtbot.waitUntil(window.form.send_button.isEnabled, timeout=5000)
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    assert "Not created" in window.form.outcome_text()
    qtbot.waitUntil(lambda: window.exchanges_pending == 0, timeout=5000)  # shown a turn later
    label = window.inspector.error_label
    assert "504" in label.text() and ".”." not in label.text()
    QApplication.processEvents()
    needed = label.heightForWidth(label.width())
    assert needed > 3 * label.fontMetrics().height()  # several lines at the default size…
    qtbot.waitUntil(lambda: label.height() >= needed, timeout=2000)  # …every one of them shown


def test_a_history_row_of_another_environment_stays_out_of_this_one(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk(production=True)
    window = desk.window
    window.select_environment("sandbox")
    qtbot.waitUntil(lambda: window.service is not None and window.service.env_key == "sandbox", timeout=5000)
    fill_form(window)
    qtbot.waitUntil(window.form.send_button.isEnabled, timeout=5000)
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    external_id = window.cashout_view.external_id
    assert external_id

    window.select_environment("production")
    qtbot.waitUntil(
        lambda: window.service is not None and window.service.env_key == "production", timeout=5000
    )
    history = window.history
    assert history is not None
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=5000)
    window.tabs.setCurrentWidget(history)
    with qtbot.waitSignal(history.exchange_selected, timeout=5000):
        history.table.selectRow(0)  # the Sandbox cashout, seen from Production
    qtbot.waitUntil(lambda: window.exchanges_pending == 0, timeout=5000)  # handed to the inspector
    # Not followed here, and its exchanges are filed under Sandbox, not shown in Production.
    assert window.cashout_view.external_id is None
    assert window.inspector.recent.topLevelItemCount() == 0
    assert "switch to Sandbox" in window.statusBar().currentMessage()
    window.select_environment("sandbox")
    qtbot.waitUntil(lambda: window.service is not None and window.service.env_key == "sandbox", timeout=5000)
    assert any(e.url.endswith("/v3/cashout") for e in window.inspector.exchanges())
