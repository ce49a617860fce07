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
