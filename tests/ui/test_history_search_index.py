"""The history builds an older journal's search index on a worker, says how far it is, and answers
the text filter meanwhile (by scanning); afterwards the filter uses the index."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.history_support import NEEDLE_ROW, create_journal_before_search_index, fill_journal
from tupay_desktop.store.journal import Journal
from tupay_desktop.ui.history import HistoryView
from tupay_desktop.ui.workers import TaskRunner


def test_an_older_journals_search_index_is_built_on_a_worker_while_the_filter_works(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    create_journal_before_search_index(path)  # as a Desk before the index left it
    fill_journal(path, 5000)
    journal = Journal(path)
    try:
        assert journal.search_index_progress() == (0, 5000)
        runner = TaskRunner()
        view = HistoryView(journal, runner)
        qtbot.addWidget(view)
        said: list[str] = []
        say = view._say
        view._say = lambda text, details="": (said.append(text), say(text, details))  # type: ignore[method-assign]
        assert view.search_index_building  # started by the view itself, on the runner
        view.search_edit.setText("Zacarías Quispe")
        view.apply_filter()
        qtbot.waitUntil(lambda: not view.search_index_building, timeout=30_000)
        qtbot.waitUntil(lambda: not view.model.loading, timeout=10_000)
        assert [view.model.entry(r).external_id for r in range(view.model.rowCount())] == [
            f"hist-{NEEDLE_ROW:06d}"
        ]
        assert journal.search_index_ready()
        assert any("Building the search index" in text and "%" in text for text in said)
        assert view.message_label.text() == ""  # the progress message is gone once it is built
        runner.wait_for_done(10_000)
    finally:
        journal.close()


def test_a_journal_with_its_index_built_says_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    journal = Journal(tmp_path / "new.sqlite3")
    try:
        runner = TaskRunner()
        view = HistoryView(journal, runner)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: not view.search_index_building, timeout=10_000)
        assert view.message_label.text() == ""
        runner.wait_for_done(10_000)
    finally:
        journal.close()
