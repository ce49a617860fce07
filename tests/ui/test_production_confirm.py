"""Production: unmistakable, and nothing is sent until the operator types the amount."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.store.conftest import MemoryKeyring
from tupay_desktop.store.credentials import CredentialStore
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind, SettingsStore, custom_key
from tupay_desktop.ui import theme
from tupay_desktop.ui.confirm_dialog import ConfirmProductionDialog
from tupay_desktop.ui.main_window import MainWindow

from .conftest import Desk, fill_form


def _open_confirmation(qtbot: QtBot, desk: Desk) -> ConfirmProductionDialog:
    window = desk.window
    fill_form(window, amount="1250.5")
    window.form.request_send()
    qtbot.waitUntil(lambda: window.confirm_dialog is not None, timeout=5000)
    dialog = window.confirm_dialog
    assert dialog is not None
    return dialog


def test_production_is_unmistakable(make_desk: Callable[..., Desk]) -> None:
    window = make_desk(production=True).window
    assert window.environment.is_production
    assert "PRODUCTION — real money" in window.banner.text()
    assert window.form.send_button.text() == "Send to PRODUCTION"
    assert "PRODUCTION" in window.windowTitle()
    assert window.frame.border_width == 5  # the thick frame…
    assert window.frame.border_colour == theme.accent_for(window.environment)  # …in Production's red


def test_cancel_sends_nothing(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk(production=True)
    dialog = _open_confirmation(qtbot, desk)
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.hint)))
    for expected in ("Alex Gonzales", "DNI 71594743", "Interbank", "00320001310356642337",
                     "Savings", "1,250.50 PEN"):
        assert expected in text
    assert not dialog.confirm_button.isEnabled()
    # The empty field does not already show the amount (greyed), which would pass for typed.
    assert dialog.amount_edit.text() == "" and "1250" not in dialog.amount_edit.placeholderText()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not desk.window.create_in_flight, timeout=5000)
    assert desk.sandbox.cashouts() == []
    assert "nothing was sent" in desk.window.form.outcome_text()


def test_wrong_amount_does_not_enable_confirm(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk(production=True)
    dialog = _open_confirmation(qtbot, desk)
    qtbot.keyClicks(dialog.amount_edit, "1250.50 ")
    assert dialog.confirm_button.isEnabled()  # the same amount, however written
    dialog.amount_edit.setText("125.05")
    assert not dialog.confirm_button.isEnabled()


def test_enter_with_a_wrong_or_empty_amount_sends_nothing_and_says_why(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk(production=True)
    dialog = _open_confirmation(qtbot, desk)
    assert dialog.amount_edit.hasFocus()
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)  # nothing typed yet
    assert dialog.isVisible() and desk.window.confirm_dialog is dialog
    assert "type the amount (1250.50) first" in dialog.hint.text()
    qtbot.keyClicks(dialog.amount_edit, "125.05")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Enter)  # the keypad's Enter, the same
    assert dialog.isVisible()
    assert "not the amount of this cashout" in dialog.hint.text() and "1250.50" in dialog.hint.text()
    assert dialog.amount_edit.selectedText() == "125.05"  # ready to be retyped
    assert desk.window.create_in_flight and not desk.window.create_submitted
    assert desk.sandbox.cashouts() == []


def test_enter_with_the_amount_typed_sends(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk(production=True)
    dialog = _open_confirmation(qtbot, desk)
    qtbot.keyClicks(dialog.amount_edit, "1250.50")
    assert "Amount confirmed" in dialog.hint.text()
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not desk.window.create_in_flight, timeout=10_000)
    assert [str(c.amount) for c in desk.sandbox.cashouts()] in (["1250.5"], ["1250.50"])
    assert "Created" in desk.window.form.outcome_text()


def test_escape_cancels_even_with_the_amount_typed(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk(production=True)
    dialog = _open_confirmation(qtbot, desk)
    qtbot.keyClicks(dialog.amount_edit, "1250.50")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not desk.window.create_in_flight, timeout=5000)
    assert desk.sandbox.cashouts() == []
    assert "nothing was sent" in desk.window.form.outcome_text()


def test_enter_on_the_focused_cancel_button_cancels(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk(production=True)
    dialog = _open_confirmation(qtbot, desk)
    qtbot.keyClicks(dialog.amount_edit, "1250.50")
    dialog.cancel_button.setFocus()
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not desk.window.create_in_flight, timeout=5000)
    assert desk.sandbox.cashouts() == []


def test_typing_the_amount_sends_exactly_one(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk(production=True)
    dialog = _open_confirmation(qtbot, desk)
    qtbot.keyClicks(dialog.amount_edit, "1250.50")
    assert dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.window.form.request_send()  # a stray second send while it is in flight
    qtbot.waitUntil(lambda: not desk.window.create_in_flight, timeout=10_000)
    cashouts = desk.sandbox.cashouts()
    assert len(cashouts) == 1
    assert str(cashouts[0].amount) in ("1250.5", "1250.50")
    assert "Created" in desk.window.form.outcome_text()


def test_a_custom_environment_at_a_spelling_of_the_production_host_is_framed_and_confirmed(
    qtbot: QtBot, sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_io(*args: object, **kwargs: object) -> None:
        raise AssertionError("network I/O attempted")

    settings = SettingsStore(tmp_path / "settings.json")
    spelt = "https://api\u3002tupayonline\u3002com"  # U+3002: the transport reaches api.tupayonline.com
    settings.put(EnvironmentConfig(custom_key("Test box"), EnvironmentKind.CUSTOM, "Test box", spelt))
    settings.last_selected = custom_key("Test box")
    credentials = CredentialStore(backend=MemoryKeyring())
    credentials.set(custom_key("Test box"), sandbox.credentials)
    with Journal(tmp_path / "journal.sqlite3") as journal:
        window = MainWindow(settings, credentials, journal)
        qtbot.addWidget(window)
        window.set_sandbox_url(sandbox.url)
        window.show()
        qtbot.waitUntil(lambda: window.service is not None, timeout=5000)
        monkeypatch.setattr(socket, "getaddrinfo", no_io)
        monkeypatch.setattr(socket.socket, "connect", no_io)
        try:
            assert window.environment.is_production
            assert "PRODUCTION — real money" in window.banner.text()
            assert window.frame.border_width == 5  # the red Production frame
            assert window.form.send_button.text() == "Send to PRODUCTION"
            fill_form(window)
            window.form.request_send()
            qtbot.waitUntil(lambda: window.confirm_dialog is not None, timeout=5000)
            dialog = window.confirm_dialog
            assert dialog is not None
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not window.create_in_flight, timeout=5000)
        finally:
            window._closing_confirmed = True
            window.close()
            window.runner.wait_for_done(5000)
            window.shutdown()
    assert "nothing was sent" in window.form.outcome_text()
