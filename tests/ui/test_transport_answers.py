"""Answers that are not TuPay's, as the Desk shows them: a redirect is said to be one."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from tests.api.hostile import answer, hostile_peer
from tests.store.conftest import MemoryKeyring
from tupay_desktop.store.credentials import CredentialStore
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind, SettingsStore, custom_key
from tupay_desktop.ui.main_window import MainWindow

from .conftest import fill_form


def _moved(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
    conn.sendall(answer("302 Found", b"", "Location: https://login.merchant.example/sso"))


def test_a_redirect_is_shown_as_a_redirect_not_followed(qtbot: QtBot, sandbox: Any, tmp_path: Path) -> None:
    key = custom_key("Moved box")
    with hostile_peer(_moved) as peer, Journal(tmp_path / "journal.sqlite3") as journal:
        settings = SettingsStore(tmp_path / "settings.json")
        settings.put(EnvironmentConfig(key, EnvironmentKind.CUSTOM, "Moved box", peer.url))
        settings.last_selected = key
        credentials = CredentialStore(backend=MemoryKeyring())
        credentials.set(key, sandbox.credentials)
        window = MainWindow(settings, credentials, journal)
        qtbot.addWidget(window)
        window.set_sandbox_url(sandbox.url)
        window.show()
        try:
            qtbot.waitUntil(lambda: window.service is not None, timeout=5000)
            fill_form(window)
            window.form.request_send()
            qtbot.waitUntil(lambda: not window.create_in_flight and bool(window.form.outcome_text()),
                            timeout=10_000)
            text = window.form.outcome_text()
        finally:
            window._closing_confirmed = True
            window.close()
            window.runner.wait_for_done(5000)
            window.shutdown()
    assert "A redirect to https://login.merchant.example/sso that was not followed (HTTP 302)" in text, text
    assert "nothing was created" in text and "Error without a code" not in text
