"""The journal's change log, the source of the Desk's one state feed: every write of a cashout row,
by this object or by another connection (another process), is named once, in order; the listener
runs after each commit; pruning keeps it short; an existing journal gets the log by migration."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from tupay_desktop.api.models import CashoutStatus, Created
from tupay_desktop.store import journal as journal_module
from tupay_desktop.store.journal import SCHEMA_VERSION, Journal

from .test_journal import exchange, make_request, raw_body


def test_every_write_names_its_cashout_once_in_order(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        start = journal.last_change_id()
        journal.record_sending("sandbox", make_request("a-1"), raw_body(make_request("a-1")))
        journal.record_sending("sandbox", make_request("b-2"), raw_body(make_request("b-2")))
        journal.record_outcome("sandbox", "a-1", Created(7, "a-1", exchange()))
        journal.record_status("sandbox", external_id="a-1", status=CashoutStatus(1, "Delivered"))
        cursor, keys = journal.changes_since(start)
        # a-1 was written three times and b-2 once: each is named once, oldest first.
        assert keys == [("sandbox", "a-1"), ("sandbox", "b-2")]
        assert cursor == journal.last_change_id() > start
        assert journal.changes_since(cursor) == (cursor, [])
        # A write that matches no row changes nothing.
        journal.record_status("sandbox", external_id="nobody", status=CashoutStatus(1, "Delivered"))
        assert journal.changes_since(cursor) == (cursor, [])


def test_listeners_run_after_the_commit_on_the_writing_thread(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        seen: list[tuple[str, list[tuple[str, str]]]] = []
        start = journal.last_change_id()

        def listener() -> None:  # the row is already committed and readable from another connection
            with Journal(journal.path) as other:
                seen.append((threading.current_thread().name, other.changes_since(start)[1]))

        remove = journal.add_listener(listener)
        writer = threading.Thread(
            target=journal.record_sending, name="worker-1",
            args=("sandbox", make_request("c-3"), raw_body(make_request("c-3"))),
        )
        writer.start()
        writer.join()
        assert seen == [("worker-1", [("sandbox", "c-3")])]
        remove()
        journal.record_outcome("sandbox", "c-3", Created(8, "c-3", exchange()))
        assert len(seen) == 1


def test_a_failing_listener_does_not_fail_the_write(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        def broken() -> None:
            raise RuntimeError("listener bug")

        journal.add_listener(broken)
        journal.record_sending("sandbox", make_request("d-4"), raw_body(make_request("d-4")))
        entry = journal.get("sandbox", "d-4")
        assert entry is not None and entry.state == "sending"


def test_another_process_writes_are_in_the_log_and_move_data_version(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        journal.record_sending("sandbox", make_request("e-5"), raw_body(make_request("e-5")))
        journal.record_outcome("sandbox", "e-5", Created(9, "e-5", exchange()))
        cursor = journal.last_change_id()
        version = journal.data_version()
        assert journal.data_version() == version  # nothing committed meanwhile
        script = (
            "import sys; from tupay_desktop.store.journal import Journal; "
            "from tupay_desktop.api.models import CashoutStatus; "
            "j = Journal(sys.argv[1]); "
            "j.record_status('sandbox', external_id='e-5', status=CashoutStatus(3, 'Rejected')); j.close()"
        )
        subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)
        assert journal.data_version() != version
        assert journal.changes_since(cursor)[1] == [("sandbox", "e-5")]


def test_prune_keeps_the_newest_changes(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        for n in range(30):
            journal.record_sending("sandbox", make_request(f"p-{n}"), raw_body(make_request(f"p-{n}")))
        last = journal.last_change_id()
        journal.prune_changes(keep=5)
        _cursor, keys = journal.changes_since(0)
        assert keys == [("sandbox", f"p-{n}") for n in range(25, 30)]
        assert journal.last_change_id() == last


def test_an_existing_journal_gets_the_change_log_by_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    journal_module.MIGRATIONS[0](db)  # a journal of the first schema, with a row
    db.execute("INSERT INTO cashouts (env_key, external_id, state, created_at) "
               "VALUES ('sandbox', 'old-1', 'created', '2026-11-01T00:00:00+00:00')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with Journal(path) as journal:
        assert int(journal._reader().execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION
        start = journal.last_change_id()
        journal.record_status("sandbox", external_id="old-1", status=CashoutStatus(2, "Completed"))
        assert journal.changes_since(start)[1] == [("sandbox", "old-1")]
