"""The Desk with a journal it cannot use: a dialog that explains and names the file (never a
traceback), keeping the file aside unchanged and starting a fresh journal, or quitting; and a
read-only journal that shows the history and refuses to send, saying why."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.store.test_journal_opening import make_request
from tupay_desktop import app as desk_app
from tupay_desktop.store.journal import (
    SCHEMA_VERSION,
    Journal,
    JournalOpenError,
    aside_path,
    default_path,
    had_rows_marker,
)
from tupay_desktop.ui.journal_problem import JournalProblemDialog
from tupay_desktop.ui.main_window import MainWindow

from .conftest import Desk


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def answer_when_asked(choice: str, seen: list[JournalProblemDialog]) -> QTimer:
    """Click ``choice`` ("keep" or "quit") in the journal dialog once it is up (it is modal)."""
    timer = QTimer()
    timer.setInterval(10)

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, JournalProblemDialog) and dialog.isVisible():
            timer.stop()
            seen.append(dialog)
            button = dialog.keep_aside_button if choice == "keep" else dialog.quit_button
            assert button is not None
            button.click()

    timer.timeout.connect(look)
    timer.start()
    return timer


@pytest.mark.parametrize(
    ("kind", "headline"),
    [
        (JournalOpenError.DAMAGED, "damaged"),
        (JournalOpenError.TOO_NEW, "newer version"),
        (JournalOpenError.LOST, "had cashouts"),
    ],
)
def test_the_dialog_explains_names_the_file_and_offers_keep_aside_or_quit(
    qtbot: QtBot, tmp_path: Path, kind: str, headline: str
) -> None:
    path = tmp_path / "journal.sqlite3"
    aside = aside_path(path)
    dialog = JournalProblemDialog(JournalOpenError(path, kind, "detail", version=SCHEMA_VERSION + 1), aside)
    qtbot.addWidget(dialog)
    assert headline in dialog.text()
    assert str(path) in dialog.informativeText() and aside.name in dialog.informativeText()
    assert "Nothing has been sent" in dialog.informativeText()
    assert dialog.keep_aside_button is not None
    assert dialog.defaultButton() is dialog.quit_button  # nothing happens to the file by default
    assert not dialog.keep_aside_chosen


def test_keep_aside_starts_a_fresh_journal_and_the_damaged_one_is_unchanged(qtbot: QtBot) -> None:
    path = default_path()
    path.write_bytes(b"\x07 not a journal at all " * 500)
    before = digest(path)
    seen: list[JournalProblemDialog] = []
    timer = answer_when_asked("keep", seen)
    opened = desk_app._open_journal()
    timer.stop()
    assert opened is not None and len(seen) == 1
    journal, note = opened
    try:
        assert str(path) in seen[0].informativeText()
        aside = [p for p in path.parent.iterdir() if p.name.startswith("journal.sqlite3.damaged-")]
        assert len(aside) == 1 and digest(aside[0]) == before
        assert note is not None and aside[0].name in note
        assert journal.path == path and journal.count() == 0 and not journal.read_only
    finally:
        journal.close()


def test_quit_leaves_a_newer_desks_journal_exactly_as_it_is(qtbot: QtBot) -> None:
    path = default_path()
    with Journal(path) as j:
        j.record_sending("sandbox", make_request("newer-1"), "{}")
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = {p.name: digest(p) for p in path.parent.iterdir() if p.is_file()}
    seen: list[JournalProblemDialog] = []
    timer = answer_when_asked("quit", seen)
    assert desk_app._open_journal() is None
    timer.stop()
    assert seen and "newer version" in seen[0].text()
    assert {p.name: digest(p) for p in path.parent.iterdir() if p.is_file()} == before


def test_the_desk_opens_its_window_after_keeping_an_emptied_journal_aside(
    qtbot: QtBot, sandbox: Any
) -> None:
    """``tupay-desktop`` itself (in this process): a 0-byte journal where the profile had rows is
    not silently recreated empty; the dialog comes up, then the window, which says so."""
    path = default_path()
    with Journal(path) as j:
        j.record_sending("sandbox", make_request("lost-1"), "{}")
    assert had_rows_marker(path).exists()
    path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    seen: list[JournalProblemDialog] = []
    dialog_timer = answer_when_asked("keep", seen)
    windows: list[MainWindow] = []
    watcher = QTimer()
    watcher.setInterval(10)

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget not in windows:
                windows.append(widget)
                qtbot.addWidget(widget)  # deleted at teardown, with its timers
                watcher.stop()
                QTimer.singleShot(0, widget.close)

    watcher.timeout.connect(look)
    watcher.start()
    try:
        code = desk_app._run_gui([], None)
    finally:
        dialog_timer.stop()
        watcher.stop()
    assert code == 0
    assert seen and "had cashouts" in seen[0].text()
    assert windows, "the main window opened"
    message = windows[0].statusBar().currentMessage()
    assert "kept aside" in message and "journal.sqlite3.damaged-" in message
    kept = [p for p in path.parent.iterdir() if p.name.startswith("journal.sqlite3.damaged-")]
    assert len(kept) == 1 and kept[0].stat().st_size == 0
    with Journal(path) as fresh:
        assert fresh.count() == 0


def test_a_read_only_journal_shows_history_and_refuses_to_send_saying_why(
    qtbot: QtBot, make_desk: Callable[..., Desk], tmp_path: Path
) -> None:
    desk = make_desk()
    path = tmp_path / "read-only.sqlite3"
    with Journal(path) as j:
        j.record_sending("sandbox", make_request("history-1"), "{}")
    journal = Journal(path, read_only=True)
    window = MainWindow(desk.settings, desk.credentials, journal)
    qtbot.addWidget(window)
    window.set_sandbox_url(desk.sandbox.url)
    window.show()
    assert window.history is not None
    qtbot.waitUntil(lambda: window.history is not None and window.history.model.rowCount() == 1,
                    timeout=5000)
    note = window.form.send_note.text()
    assert "read-only" in note and str(path) in note
    assert window.service is None and not window.form.send_button.isEnabled()
    window.runner.wait_for_done(5000)
    window.shutdown()
    journal.close()
