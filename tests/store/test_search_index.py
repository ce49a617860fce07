"""The history's full-text index (FTS5, trigram): the same rows as the scan it replaces, kept in step
by triggers, and built for an existing journal after the migration, in batches, with progress,
while the journal stays usable (the filter scans until the index is complete)."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.ui.history_support import create_journal_before_search_index, fill_journal, insert_rows
from tupay_desktop.api.models import CashoutRequest, Created, NetworkError
from tupay_desktop.store import journal as journal_module
from tupay_desktop.store.journal import SEARCH_TABLE, Journal, format_time

#: Rows whose texts exercise the filter: accents and case, spaces between the names, LIKE's
#: wildcards and escape, quotes (FTS5's phrase delimiter), digits of ids, documents and accounts.
PEOPLE = [
    ("José", "Peña"), ("JOSÉ", "PEÑA"), ("Ana", "Quispe"), ("Ana María", "Quispe Mamani"),
    ('Luis "Lucho"', "O'Brien"), ("100%", "under_score"), ("back\\slash", "Ñandú"), ("Zoë", "Ærø"),
    ("Ana", "Anaya"), ("Pedro", "Huamán"),
]


def _rows(count: int) -> list[dict[str, object]]:
    base = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    rows = []
    for i in range(count):
        first, last = PEOPLE[i % len(PEOPLE)]
        rows.append({
            "env_key": ("sandbox", "staging")[i % 2],
            "external_id": f"ext-{i:05d}_{'%' if i % 7 == 0 else 'x'}",
            "cashout_id": None if i % 5 == 0 else 700_000 + i, "state": "created",
            "beneficiary_name": first, "beneficiary_lastname": last,
            "document_id": f"{40_000_000 + i * 37}", "bank_account": f"0021930015{i:010d}",
            "amount": f"{i % 300}.50", "currency": "PEN",
            "created_at": format_time(base - timedelta(minutes=i)), "updated_at": format_time(base),
        })
    return rows


def _old_journal(path: Path, count: int) -> None:
    """A journal as a Desk before the index left it, with ``count`` rows."""
    create_journal_before_search_index(path)
    connection = sqlite3.connect(path)
    with connection:
        insert_rows(connection, "cashouts", _rows(count))
    connection.close()


def _request(external_id: str, **changes: str) -> CashoutRequest:
    request = CashoutRequest(
        external_id=external_id, amount=Decimal("10.00"), currency="PEN", document_type="DNI",
        document_id="71594743", beneficiary_name="Rosa", beneficiary_lastname="Condori",
        bank_account="00219300153895206813", account_type="S",
    )
    return replace(request, **changes)  # type: ignore[arg-type]


NEEDLES = [
    "peña", "Peña", "PEÑA", "josé peña", "Ana Quispe", "quispe mamani", "na Qu", "Anaya", "ana",
    "100%", "%", "_", "100%_u", "under_", "r_s", "\\", "back\\s", '"Lucho"', '"', "O'Brien", "'",
    "ext-0004", "ext-00042_%", "7000", "700001", "40000037", "0021930015000000001", "Zoë", "ærø",
    "Ñandú", "ñandú", "xyz-none", "  Peña  ", "a", "An", "ñ", "00",
]


@pytest.fixture(scope="module")
def journals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, Journal]]:
    """The same 1,500 rows twice: one journal still scanning (index not built), one indexed."""
    tmp = tmp_path_factory.mktemp("search")
    _old_journal(tmp / "scan.sqlite3", 1500)
    _old_journal(tmp / "index.sqlite3", 1500)
    scanning, indexed = Journal(tmp / "scan.sqlite3"), Journal(tmp / "index.sqlite3")
    assert indexed.build_search_index(batch=400)
    assert not scanning.search_index_ready() and indexed.search_index_ready()
    yield scanning, indexed
    scanning.close()
    indexed.close()


def _same(journals: tuple[Journal, Journal], needle: str) -> None:
    scanning, indexed = journals
    by_scan = [e.external_id for e in scanning.query(text=needle)]
    by_index = [e.external_id for e in indexed.query(text=needle)]
    assert by_index == by_scan, needle
    assert indexed.count(text=needle) == scanning.count(text=needle) == len(by_scan)
    assert indexed.count(text=needle, env_key="staging") == scanning.count(text=needle, env_key="staging")


@pytest.mark.parametrize("needle", NEEDLES)
def test_the_index_finds_exactly_the_rows_the_scan_finds(
    journals: tuple[Journal, Journal], needle: str
) -> None:
    _same(journals, needle)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(person=st.sampled_from(PEOPLE), start=st.integers(0, 12), length=st.integers(1, 9),
       noise=st.sampled_from(["", "%", "_", '"', " ", "x"]))
def test_any_substring_finds_the_same_rows(
    journals: tuple[Journal, Journal], person: tuple[str, str], start: int, length: int, noise: str
) -> None:
    text = f"{person[0]} {person[1]}"
    _same(journals, (text[start:start + length] + noise).strip() or text)


def test_a_text_filter_of_three_characters_or_more_uses_the_index(journals: tuple[Journal, Journal]) -> None:
    _scanning, indexed = journals
    for needle, uses_index in (("Peña", True), ("ana", True), ("An", False), ("ñ", False)):
        where, params = indexed._where(None, None, None, None, None, needle)
        plan = " ".join(str(row) for row in indexed._reader().execute(
            f"EXPLAIN QUERY PLAN SELECT COUNT(*) FROM cashouts{where}", params))
        assert (SEARCH_TABLE in plan) is uses_index, (needle, plan)
        if uses_index:
            assert not re.search(r"SCAN cashouts\b(?!_)", plan), plan  # no pass over every row


def test_the_migration_keeps_an_existing_journal_searchable_and_the_index_is_built_in_batches(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    _old_journal(path, 2500)
    with Journal(path) as journal:  # migrated: the index exists, empty, not yet trusted
        assert journal.search_index_progress() == (0, 2500)
        assert not journal.search_index_ready()
        assert journal.count(text="Quispe Mamani") == 250  # by scanning, meanwhile
        seen: list[tuple[int, int]] = []
        assert journal.build_search_index(batch=600, progress=lambda done, total: seen.append((done, total)))
        assert seen == [(600, 2500), (1200, 2500), (1800, 2500), (2400, 2500), (2500, 2500)]
        assert journal.search_index_ready()
        assert journal.count(text="Quispe Mamani") == 250  # by the index now
        assert journal.build_search_index()  # nothing left: returns at once
    with Journal(path) as again:
        assert again.search_index_ready()


def test_a_stopped_build_resumes_where_it_stopped(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_journal(path, 1000)
    with Journal(path) as journal:
        batches: list[int] = []
        assert not journal.build_search_index(
            batch=300, progress=lambda done, _total: batches.append(done),
            should_stop=lambda: len(batches) >= 2,
        )
        assert journal.search_index_progress() == (600, 1000)
    with Journal(path) as journal:
        assert journal.build_search_index(batch=300)
        assert journal.count(text="ext-0099") == 10


def test_rows_written_while_the_index_is_built_are_found(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_journal(path, 1000)
    db = sqlite3.connect(path)  # the old row was not created (the state a resubmit starts from)
    with db:
        db.execute("UPDATE cashouts SET state = 'not_created' WHERE external_id = 'ext-00003_x'")
    db.close()
    with Journal(path) as journal:
        # A new create and an old row changed (resubmitted under other names), before the build.
        journal.record_sending("sandbox", _request("new-during-build"), "{}")
        journal.record_outcome("sandbox", "new-during-build", Created(987654, "new-during-build", None))  # type: ignore[arg-type]
        old = journal.query(text="ext-00003_x")[0]
        journal.record_sending(old.env_key, _request(old.external_id, beneficiary_name="Wilfredo"), "{}")
        assert journal.build_search_index(batch=300)
        assert [e.external_id for e in journal.query(text="987654")] == ["new-during-build"]
        assert [e.external_id for e in journal.query(text="Wilfredo")] == [old.external_id]
        assert journal.count(text="ext-00003_x") == 1
        assert journal.count(text=old.beneficiary_name + " " + old.beneficiary_lastname) == 99  # not 100


def test_the_triggers_keep_the_index_in_step_with_every_write(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        assert journal.search_index_ready()  # a new journal has nothing to build
        journal.record_sending("sandbox", _request("trig-1"), "{}")
        assert journal.count(text="Condori") == 1 and journal.count(text="trig-1") == 1
        journal.record_outcome("sandbox", "trig-1", Created(4242424, "trig-1", None))  # type: ignore[arg-type]
        assert journal.count(text="4242424") == 1
        journal.record_sending("sandbox", _request("trig-2"), "{}")
        journal.record_outcome("sandbox", "trig-2", NetworkError("refused"))  # not_created
        journal.record_sending("sandbox", _request("trig-2", beneficiary_lastname="Mamani"), "{}")
        assert [e.external_id for e in journal.query(text="Condori")] == ["trig-1"]
        assert [e.external_id for e in journal.query(text="Rosa Mamani")] == ["trig-2"]
        rows = journal._reader().execute(f"SELECT COUNT(*) FROM {SEARCH_TABLE}").fetchone()[0]
        assert rows == journal.count() == 2


def test_two_processes_building_at_once_index_each_row_once(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_journal(path, 3000)
    first, second = Journal(path), Journal(path)
    try:
        results: list[bool] = []
        threads = [threading.Thread(target=lambda j=j: results.append(j.build_search_index(batch=250)))
                   for j in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert results == [True, True]
        indexed = first._reader().execute(f"SELECT COUNT(*) FROM {SEARCH_TABLE}").fetchone()[0]
        assert indexed == 3000
        assert first.count(text="Ana Quispe") == second.count(text="Ana Quispe") == 300
    finally:
        first.close()
        second.close()


def test_an_sqlite_without_fts5_trigram_keeps_scanning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = journal_module._migrate_add_search_index

    def without_fts5(db: sqlite3.Connection) -> None:
        class NoFts5:  # the connection as an SQLite built without FTS5 would answer
            def execute(self, sql: str, *args: object) -> object:
                if "USING fts5" in sql:
                    raise sqlite3.OperationalError("no such module: fts5")
                return db.execute(sql, *args)

        real(NoFts5())  # type: ignore[arg-type]

    index = journal_module.MIGRATIONS.index(real)
    migrations = list(journal_module.MIGRATIONS)
    migrations[index] = without_fts5
    monkeypatch.setattr(journal_module, "MIGRATIONS", tuple(migrations))
    with Journal(tmp_path / "j.sqlite3") as journal:
        journal.record_sending("sandbox", _request("plain-1"), "{}")
        assert journal.search_index_progress() is None
        assert not journal.search_index_ready()
        assert journal.build_search_index() is False
        assert journal.count(text="Condori") == 1


def test_fill_helper_rows_are_found_by_the_index(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    create_journal_before_search_index(path)
    fill_journal(path, 5000)
    with Journal(path) as journal:
        assert journal.build_search_index(batch=5001)
        assert [e.external_id for e in journal.query(text="Zacarías Quispe")] == ["hist-004242"]


def test_a_read_only_journal_is_not_indexed_and_its_filter_still_works(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        journal.record_sending("sandbox", _request("ro-1"), "{}")
    with Journal(path, read_only=True) as journal:
        assert journal.build_search_index() is False  # nothing may be written: no error either
        assert [e.external_id for e in journal.query(text="ro-1")] == ["ro-1"]
