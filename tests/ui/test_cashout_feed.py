"""The Desk's one state feed: a journal write from a worker thread, and one from another process,
each become exactly one ``cashout_changed`` signal on the GUI thread."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from tupay_desktop.api.models import Created
from tupay_desktop.store.journal import Journal
from tupay_desktop.ui.cashout_feed import CashoutFeed

from ..store.test_journal import exchange, make_request, raw_body


def test_a_write_on_a_worker_is_one_signal_on_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        feed = CashoutFeed(journal, poll_ms=60_000)  # the listener alone, no polling
        received: list[tuple[str, str, bool]] = []
        feed.cashout_changed.connect(
            lambda env, ext: received.append((env, ext, QThread.currentThread() is feed.thread()))
        )
        writer = threading.Thread(target=journal.record_sending,
                                  args=("sandbox", make_request("w-1"), raw_body(make_request("w-1"))))
        writer.start()
        writer.join()
        qtbot.waitUntil(lambda: received == [("sandbox", "w-1", True)])
        feed.poll()  # the poll sees the same commit: it is not told twice
        assert received == [("sandbox", "w-1", True)]
        feed.stop()


def test_another_process_write_is_noticed_by_polling(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        journal.record_sending("sandbox", make_request("x-1"), raw_body(make_request("x-1")))
        journal.record_outcome("sandbox", "x-1", Created(5, "x-1", exchange()))
        feed = CashoutFeed(journal, poll_ms=20)
        with qtbot.waitSignal(feed.cashout_changed, timeout=30_000) as blocker:
            script = (
                "import sys; from tupay_desktop.store.journal import Journal; "
                "from tupay_desktop.api.models import CashoutStatus; "
                "j = Journal(sys.argv[1]); "
                "j.record_status('sandbox', external_id='x-1', status=CashoutStatus(3, 'Rejected')); "
                "j.close()"
            )
            subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)
        assert blocker.args == ["sandbox", "x-1"]
        entry = journal.get("sandbox", "x-1")
        assert entry is not None and entry.last_status == 3
        feed.stop()


def test_commits_on_workers_are_read_there_and_told_together_each_row_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """20 cashouts written on a worker while the GUI thread is busy: the change log is read on the
    writing thread, never on the GUI thread (a query there gives up the GIL to workers), and the
    GUI thread tells them in one ``cashouts_changed`` — every changed cashout once, in order."""
    with Journal(tmp_path / "j.sqlite3") as journal:
        feed = CashoutFeed(journal, poll_ms=60_000)  # the listener alone, no polling
        gui_thread = threading.current_thread()
        read_on: list[threading.Thread] = []
        real_changes_since = journal.changes_since

        def recording_changes_since(after_id: int, limit: int = 5000) -> tuple[int, list[tuple[str, str]]]:
            read_on.append(threading.current_thread())
            return real_changes_since(after_id, limit)

        journal.changes_since = recording_changes_since  # type: ignore[method-assign]
        told: list[tuple[str, str]] = []
        batches: list[list[tuple[str, str]]] = []
        feed.cashout_changed.connect(lambda env, ext: told.append((env, ext)))
        feed.cashouts_changed.connect(batches.append)
        ids = [f"b-{n}" for n in range(20)]

        def write_all() -> None:
            for external_id in ids:
                request = make_request(external_id)
                journal.record_sending("sandbox", request, raw_body(request))
                journal.record_outcome("sandbox", external_id, Created(100, external_id, exchange()))
                journal.record_exchange("sandbox", exchange(), external_id=external_id)

        writer = threading.Thread(target=write_all)
        writer.start()
        writer.join()  # 60 commits while the GUI thread ran no event
        assert read_on and gui_thread not in read_on
        qtbot.waitUntil(lambda: len(told) == len(ids))
        qtbot.wait(0)  # anything else queued by those commits would run here
        assert told == [("sandbox", external_id) for external_id in ids]
        assert batches == [[("sandbox", external_id) for external_id in ids]]
        assert gui_thread not in read_on

        # The next commit is told again (what was told is not swallowed, nor told twice).
        request = make_request("after")
        journal.record_sending("sandbox", request, raw_body(request))
        qtbot.waitUntil(lambda: told[-1:] == [("sandbox", "after")])
        assert len(told) == len(ids) + 1 and batches[-1] == [("sandbox", "after")]
        feed.stop()
