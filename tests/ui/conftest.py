"""Fixtures for the Desk's window tests: the real app objects around the in-process sandbox.

The stores are the real ones (settings file and journal in the test's temporary dirs); the keyring
is an in-memory backend so the tests never touch the OS keyring; every request goes over real
loopback sockets to the ``sandbox`` fixture.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.relay import GatedRelay
from tests.store.conftest import MemoryKeyring
from tupay_desktop.store.credentials import CredentialStore
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind, SettingsStore
from tupay_desktop.ui.main_window import MainWindow

#: A valid cashout as the operator types it.
VALID_FORM: dict[str, str] = {
    "amount": "150.00",
    "currency": "PEN",
    "document_type": "DNI",
    "document_id": "71594743",
    "beneficiary_name": "Alex",
    "beneficiary_lastname": "Gonzales",
    "bank_account": "00320001310356642337",
    "account_type": "S",
    "notification_url": "https://merchant.example/notify",
    "comments": "desk test",
}


@pytest.fixture(autouse=True, scope="session")
def gui_thread_collection(qapp: Any) -> Iterator[None]:
    """As in the Desk: reference cycles are collected on the GUI thread only (``ui/gui_gc.py``)."""
    from tupay_desktop.ui.gui_gc import collect_on_gui_thread

    collector = collect_on_gui_thread(qapp)
    yield
    collector.stop()


@dataclass
class Desk:
    window: MainWindow
    settings: SettingsStore
    credentials: CredentialStore
    journal: Journal
    sandbox: Any


@pytest.fixture
def make_desk(qtbot: QtBot, sandbox: Any, tmp_path: Path) -> Iterator[Callable[..., Desk]]:
    """Build the main window on the sandbox. ``make_desk(production=True)`` points the Production
    environment at the sandbox (with the sandbox's credentials) and selects it."""
    made: list[Desk] = []

    def make(*, production: bool = False, environment: str = "sandbox", journal_path: Path | None = None,
             backoff_ms: tuple[int, ...] = (150, 300, 600)) -> Desk:
        settings = SettingsStore(tmp_path / f"settings-{len(made)}.json")
        credentials = CredentialStore(backend=MemoryKeyring())
        credentials.set("sandbox", sandbox.credentials)
        if production:
            settings.put(
                EnvironmentConfig("production", EnvironmentKind.PRODUCTION, "Production", sandbox.url)
            )
            credentials.set("production", sandbox.credentials)
            environment = "production"
        settings.last_selected = environment
        journal = Journal(journal_path or tmp_path / f"journal-{len(made)}.sqlite3")
        window = MainWindow(settings, credentials, journal)
        qtbot.addWidget(window)
        window.cashout_view.backoff_ms = backoff_ms  # the Desk's one schedule (History's too)
        window.set_sandbox_url(sandbox.url)
        window.show()
        if environment in ("sandbox", "production"):
            qtbot.waitUntil(lambda: window.service is not None, timeout=5000)
        # The parts built right after the first paint change the layout once; tests see the
        # window as the operator does a moment after it opens.
        qtbot.waitUntil(lambda: window.fully_built, timeout=5000)
        desk = Desk(window, settings, credentials, journal, sandbox)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.window._closing_confirmed = True
        desk.window.close()
        desk.window.runner.wait_for_done(5000)
        desk.window.shutdown()
        desk.journal.close()


@pytest.fixture
def relay(sandbox: Any) -> Iterator[GatedRelay]:
    """A relay in front of the sandbox that holds requests while a test looks (``relay.hold()``)."""
    gated = GatedRelay(sandbox.url)
    yield gated
    gated.close()


def route_through(qtbot: QtBot, window: MainWindow, relay: GatedRelay) -> None:
    """Send the Desk's sandbox requests through ``relay`` (the sandbox environment's service)."""
    window.set_sandbox_url(relay.url)
    qtbot.waitUntil(lambda: window.service is not None and window.service.base_url == relay.url,
                    timeout=5000)


def fill_form(window: MainWindow, **overrides: str) -> None:
    values = dict(VALID_FORM)
    values.update(overrides)
    window.form.set_values(values)


def all_widget_texts(root: Any) -> list[str]:
    """Every text a person could see or copy from ``root`` and its descendants (and top-levels)."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    widgets: list[QWidget] = []
    for top in QApplication.topLevelWidgets():
        widgets.append(top)
        widgets.extend(top.findChildren(QWidget))
    texts: list[str] = []
    for w in widgets:
        texts.append(w.windowTitle())
        texts.append(w.toolTip())
        texts.append(w.accessibleName())
        texts.append(w.accessibleDescription())
        if isinstance(w, QLineEdit):
            texts.append(w.text())
        elif isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QComboBox):
            texts.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            root = QModelIndex()
            stack = [
                model.index(r, c, root)
                for r in range(model.rowCount(root))
                for c in range(_columns(model, root))
            ]
            while stack:
                index = stack.pop()
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if value is not None:
                        texts.append(str(value))
                for r in range(model.rowCount(index)):
                    for c in range(_columns(model, index)):
                        stack.append(model.index(r, c, index))
    return [t for t in texts if t]


def _columns(model: Any, parent: Any) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # list models keep columnCount private in PySide6
        return 1
