"""The settings dialog: environments, credentials (never shown), connection test, language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tupay_desktop.ui.settings_dialog import SettingsDialog

from .conftest import Desk


def _open(qtbot: QtBot, desk: Desk, key: str = "sandbox") -> SettingsDialog:
    desk.window.open_settings()
    dialog = desk.window.settings_dialog
    assert dialog is not None
    dialog.select_environment(key)
    qtbot.waitUntil(lambda: "keyring" not in dialog.cred_status.text().lower()
                    or "saved" in dialog.cred_status.text().lower(), timeout=5000)
    return dialog


def test_credentials_are_masked_never_prefilled(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk()
    dialog = _open(qtbot, desk)
    qtbot.waitUntil(lambda: "••••" in dialog.cred_status.text(), timeout=5000)
    assert desk.sandbox.credentials.api_key[-4:] in dialog.cred_status.text()
    assert desk.sandbox.credentials.api_key not in dialog.cred_status.text()
    assert dialog.api_key_edit.text() == dialog.passphrase_edit.text() == dialog.signature_edit.text() == ""
    assert dialog.api_key_edit.echoMode() == dialog.api_key_edit.EchoMode.Password


def test_saving_credentials_makes_the_environment_usable(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    window = desk.window
    window.select_environment("staging")
    qtbot.waitUntil(lambda: window.form.settings_button.isVisibleTo(window), timeout=5000)
    qtbot.mouseClick(window.form.settings_button, Qt.MouseButton.LeftButton)
    dialog = window.settings_dialog
    assert dialog is not None
    assert dialog.selected_key() == "staging"
    qtbot.waitUntil(lambda: "No credentials" in dialog.cred_status.text(), timeout=5000)
    dialog.api_key_edit.setText("stg-key-0001")
    dialog.passphrase_edit.setText("stg-pass")
    qtbot.mouseClick(dialog.save_cred_button, Qt.MouseButton.LeftButton)
    assert "all three" in dialog.cred_message.text()  # incomplete: nothing saved
    dialog.api_key_edit.setText("stg-key-0001")
    dialog.passphrase_edit.setText("stg-pass")
    dialog.signature_edit.setText("stg-signature-secret")
    qtbot.mouseClick(dialog.save_cred_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved in the OS keyring" in dialog.cred_message.text(), timeout=5000)
    assert dialog.api_key_edit.text() == ""
    stored = desk.credentials.get("staging")
    assert stored is not None and stored.api_key == "stg-key-0001"
    qtbot.waitUntil(lambda: window.service is not None, timeout=5000)  # the window rebuilt it
    qtbot.mouseClick(dialog.clear_cred_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cleared" in dialog.cred_message.text().lower(), timeout=5000)
    assert desk.credentials.get("staging") is None
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    dialog.reject()


def test_base_url_rules_are_explained_next_to_the_field(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk()
    dialog = _open(qtbot, desk, "production")
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, "http://api.example.com")
    assert "http" in dialog.env_message.text()
    assert not dialog.save_env_button.isEnabled()
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, "https://api.example.com")
    assert dialog.env_message.text() == ""
    qtbot.keyClicks(dialog.notification_edit, "https://merchant.example/n")
    qtbot.mouseClick(dialog.save_env_button, Qt.MouseButton.LeftButton)
    assert desk.settings.get("production").base_url == "https://api.example.com"
    assert desk.settings.get("production").notification_url == "https://merchant.example/n"
    dialog.reject()


def test_test_connection_gives_a_verdict_in_words(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk()
    dialog = _open(qtbot, desk, "sandbox")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and "Connection OK" in dialog.test_verdict.text(),
                    timeout=10_000)
    # With wrong credentials, a red verdict that says what is wrong.
    from tupay_desktop.api.models import Credentials

    desk.credentials.set("sandbox", Credentials("wrong-key-123", "wrong-pass", "wrong-signature"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.test_button.isEnabled()
        and "Connection OK" not in dialog.test_verdict.text()
        and "Testing" not in dialog.test_verdict.text(),
        timeout=10_000,
    )
    assert dialog.test_verdict.text()
    dialog.reject()


def test_language_choice_is_saved_for_the_next_start(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk()
    dialog = _open(qtbot, desk)
    index = dialog.language_combo.findData("es")
    dialog.language_combo.setCurrentIndex(index)
    dialog.language_combo.activated.emit(index)
    assert desk.settings.language == "es"
    assert "restart" in dialog.language_note.text()
    dialog.reject()


def test_custom_environment_can_be_added_and_removed(
    qtbot: QtBot, make_desk: Callable[..., Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    desk = make_desk()
    dialog = _open(qtbot, desk)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.add_dialog
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.name_edit, "My Box")
    qtbot.keyClicks(form.url_edit, desk.sandbox.url)
    qtbot.keyClicks(form.notification_edit, "https://merchant.example/n")
    assert form.add_button.isEnabled()
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert dialog.add_dialog is None
    added = desk.settings.get("custom-my-box")
    assert (added.display_name, added.base_url, added.notification_url) == (
        "My Box", desk.sandbox.url, "https://merchant.example/n")
    assert "custom-my-box" in desk.window.env_bar.buttons()
    assert dialog.selected_key() == "custom-my-box"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "custom-my-box" not in desk.settings.keys()
    dialog.reject()


def test_adding_an_environment_says_what_is_wrong_next_to_the_field_and_loses_nothing(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    dialog = _open(qtbot, desk)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.add_dialog
    assert form is not None
    # Untouched fields say nothing yet; Add waits until everything is right.
    assert form.name_message.text() == form.url_message.text() == "" and not form.add_button.isEnabled()
    qtbot.keyClicks(form.name_edit, "Test box")
    assert form.name_message.text() == ""
    qtbot.keyClicks(form.url_edit, "http://api.example.com")  # plain http to another machine
    assert "https://" in form.url_message.text() and "localhost" in form.url_message.text()
    assert form.name_message.text() == "" and not form.add_button.isEnabled()
    qtbot.keyClick(form.url_edit, Qt.Key.Key_Return)  # Enter does not add it either
    assert form.isVisible() and "custom-test-box" not in desk.settings.keys()
    qtbot.keyClicks(form.notification_edit, "ftp://x")
    assert "http(s)://" in form.notification_message.text()
    form.notification_edit.clear()
    qtbot.keyClicks(form.notification_edit, "https://merchant.example/n")
    assert form.notification_message.text() == ""
    # Fixing the URL keeps the name typed before, and the message goes.
    form.url_edit.setSelection(0, len("http"))
    qtbot.keyClicks(form.url_edit, "https")
    assert form.url_edit.text() == "https://api.example.com" and form.url_message.text() == ""
    assert form.name_edit.text() == "Test box" and form.add_button.isEnabled()
    # A name already taken is said next to the name, with the rest kept.
    form.name_edit.clear()
    qtbot.keyClicks(form.name_edit, "Sandbox!")  # "custom-sandbox" is free: fine
    assert form.name_message.text() == ""
    desk.settings.put(_custom("custom-test-box", "Test box"))
    form.name_edit.clear()
    qtbot.keyClicks(form.name_edit, "test BOX")
    assert "already" in form.name_message.text() and not form.add_button.isEnabled()
    assert form.url_edit.text() == "https://api.example.com"
    form.name_edit.clear()
    qtbot.keyClicks(form.name_edit, "!!!")
    assert "letter or digit" in form.name_message.text()
    form.reject()
    assert dialog.add_dialog is None and "custom-" not in "".join(
        k for k in desk.settings.keys() if k != "custom-test-box")
    dialog.reject()


def _custom(key: str, name: str) -> Any:
    from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind

    return EnvironmentConfig(key, EnvironmentKind.CUSTOM, name, "https://box.example")


def test_opens_large_enough_for_its_texts(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    from PySide6.QtWidgets import QApplication

    desk = make_desk()
    dialog = _open(qtbot, desk)
    qtbot.waitUntil(lambda: "••••" in dialog.cred_status.text(), timeout=5000)
    QApplication.processEvents()
    # The forms get the width (not the list): placeholders readable, the keyring status whole.
    assert dialog.api_key_edit.width() >= dialog.api_key_edit.fontMetrics().horizontalAdvance(
        dialog.api_key_edit.placeholderText()
    )
    assert dialog.env_list.width() < dialog.api_key_edit.width()
    status = dialog.cred_status
    assert status.height() >= status.heightForWidth(status.width())


def test_without_a_usable_keyring_the_dialog_says_session_only(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    from keyring.backends import fail

    from tupay_desktop.store.credentials import CredentialStore
    from tupay_desktop.ui.main_window import MainWindow

    desk = make_desk()
    window = MainWindow(desk.settings, CredentialStore(backend=fail.Keyring()), desk.journal)
    qtbot.addWidget(window)
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    dialog.select_environment("staging")
    qtbot.waitUntil(lambda: "session only" in dialog.cred_status.text(), timeout=5000)
    assert "OS keyring" not in dialog.cred_box.title().replace("no OS keyring", "")
    assert "session only" in dialog.cred_box.title()
    assert not dialog.retry_keyring_button.isVisibleTo(dialog)  # nothing to retry: there is none
    dialog.api_key_edit.setText("stg-key-0001")
    dialog.passphrase_edit.setText("stg-pass")
    dialog.signature_edit.setText("stg-signature-secret")
    qtbot.mouseClick(dialog.save_cred_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.cred_message.text() != "", timeout=5000)
    assert "session only" in dialog.cred_message.text()
    assert "saved in the OS keyring" not in dialog.cred_message.text().lower()
    dialog.reject()
    window.runner.wait_for_done(5000)
    window.shutdown()
