"""Opening the journal: a damaged file, one from a newer Desk, an empty or missing one that had rows,
and a read-only one are each a clear error (or a read-only journal), never a traceback, never
silently replaced, and never a changed byte."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from tupay_desktop.api.models import CashoutRequest
from tupay_desktop.store import journal as journal_module
from tupay_desktop.store.journal import (
    SCHEMA_VERSION,
    Journal,
    JournalOpenError,
    JournalReadOnlyError,
    had_rows_marker,
    keep_aside,
    open_writable_or_read_only,
)


def make_request(external_id: str) -> CashoutRequest:
    return CashoutRequest(
        external_id=external_id, amount=Decimal("150.25"), currency="PEN", document_type="DNI",
        document_id="71594743", beneficiary_name="José", beneficiary_lastname="Peña",
        bank_account="00219300153895206813", account_type="S",
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files(directory: Path) -> dict[str, str]:
    """Every file of a folder with its content's digest: what 'left exactly as it is' means."""
    return {p.name: digest(p) for p in sorted(directory.iterdir()) if p.is_file()}


def journal_with_rows(path: Path, *ids: str) -> None:
    with Journal(path) as j:
        for external_id in ids or ("row-1",):
            j.record_sending("sandbox", make_request(external_id), "{}")


def snapshot_while_open(source: Path, target: Path, *ids: str) -> None:
    """Copy a journal whose last commits are still only in its WAL (as after a crash or a power
    cut: SQLite checkpoints into the main file only when the last connection closes)."""
    j = Journal(source)
    for external_id in ids:
        j.record_sending("sandbox", make_request(external_id), "{}")
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(source.with_name(source.name + suffix), target.with_name(target.name + suffix))
    j.close()


# -- damaged ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"\x00\xffgarbage bytes, not a journal\n" * 200, b"SQLite format 3\x00" + b"\xee" * 4000, b"short"],
    ids=["garbage", "sqlite-header-then-garbage", "short"],
)
def test_a_damaged_journal_is_refused_and_left_as_it_is(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(content)
    before = files(tmp_path)
    with pytest.raises(JournalOpenError) as caught:
        Journal(path)
    assert caught.value.kind == JournalOpenError.DAMAGED
    assert caught.value.can_keep_aside
    assert str(path) in str(caught.value)
    assert files(tmp_path) == before  # not a byte changed, no -wal/-shm made next to it
    with pytest.raises(JournalOpenError):
        Journal(path, read_only=True)
    assert files(tmp_path) == before


# -- from a newer Desk ------------------------------------------------------------------------


def future_journal(path: Path) -> None:
    journal_with_rows(path, "future-1")
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()


def test_a_journal_from_a_newer_desk_is_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    future_journal(path)
    before = files(tmp_path)
    for read_only in (False, True):
        with pytest.raises(JournalOpenError) as caught:
            Journal(path, read_only=read_only)
        assert caught.value.kind == JournalOpenError.TOO_NEW
        assert caught.value.version == SCHEMA_VERSION + 1
        assert "newer" in str(caught.value) and str(path) in str(caught.value)
    assert files(tmp_path) == before  # no migration, no WAL switch, no checkpoint, no -shm


def test_a_newer_desks_journal_with_a_pending_wal_is_not_checkpointed(tmp_path: Path) -> None:
    """Its version bump still only in the WAL: opening for writing (and closing) would checkpoint
    it into the main file. It is read through a read-only connection instead."""
    source, path = tmp_path / "live.sqlite3", tmp_path / "copy" / "journal.sqlite3"
    path.parent.mkdir()
    live = Journal(source)
    live.record_sending("sandbox", make_request("pending-1"), "{}")
    assert live._writer is not None
    live._writer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(source.with_name(source.name + suffix), path.with_name(path.name + suffix))
    live.close()
    main_before, wal_before = digest(path), digest(path.with_name(path.name + "-wal"))
    with pytest.raises(JournalOpenError) as caught:
        Journal(path)
    assert caught.value.kind == JournalOpenError.TOO_NEW
    assert digest(path) == main_before
    assert digest(path.with_name(path.name + "-wal")) == wal_before


# -- empty or missing, though it had rows -----------------------------------------------------


def test_the_first_row_leaves_a_had_rows_record_without_any_row_data(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as j:
        assert not had_rows_marker(path).exists()  # a new, empty journal is just that
        j.record_sending("sandbox", make_request("marker-1"), "{}")
        marker = had_rows_marker(path)
        assert marker.exists()
        text = marker.read_text()
        assert "marker-1" not in text and "José" not in text and "71594743" not in text
        assert marker.stat().st_mode & 0o077 == 0


def test_a_journal_emptied_to_0_bytes_is_not_recreated_empty(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal_with_rows(path)
    path.write_bytes(b"")  # a truncated file, a failed copy, a full disk
    before = files(tmp_path)
    with pytest.raises(JournalOpenError) as caught:
        Journal(path)
    assert caught.value.kind == JournalOpenError.LOST
    assert "had cashouts" in str(caught.value)
    assert files(tmp_path) == before


def test_a_missing_journal_that_had_rows_is_not_recreated_empty(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal_with_rows(path)
    path.unlink()
    with pytest.raises(JournalOpenError) as caught:
        Journal(path)
    assert caught.value.kind == JournalOpenError.LOST
    assert not path.exists()


def test_a_journal_whose_wal_cannot_be_applied_is_not_taken_for_an_empty_one(tmp_path: Path) -> None:
    source, path = tmp_path / "live" / "journal.sqlite3", tmp_path / "copy" / "journal.sqlite3"
    source.parent.mkdir()
    path.parent.mkdir()
    Journal(source).close()  # the schema is checkpointed into the main file; the rows will not be
    snapshot_while_open(source, path, "wal-1", "wal-2")
    shutil.copyfile(had_rows_marker(source), had_rows_marker(path))
    wal = path.with_name(path.name + "-wal")
    damaged = bytearray(wal.read_bytes())
    damaged[24:32] = bytes(b ^ 0xFF for b in damaged[24:32])  # the WAL header's checksum
    wal.write_bytes(bytes(damaged))
    (path.with_name(path.name + "-shm")).unlink()
    before = files(path.parent)
    with pytest.raises(JournalOpenError) as caught:
        Journal(path)  # SQLite alone would ignore that WAL and show an empty journal
    assert caught.value.kind == JournalOpenError.LOST
    assert {name: files(path.parent)[name] for name in before} == before


# -- keeping it aside -------------------------------------------------------------------------


def test_keep_aside_renames_it_unchanged_with_its_wal_and_a_fresh_journal_starts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    source = tmp_path / "live.sqlite3"
    Journal(source).close()
    path = data / "journal.sqlite3"
    snapshot_while_open(source, path, "kept-1")
    shutil.copyfile(had_rows_marker(source), had_rows_marker(path))
    db = sqlite3.connect(path)  # then made unusable: a newer Desk's
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    main_before = digest(path)
    wal = path.with_name(path.name + "-wal")
    wal_before = digest(wal) if wal.exists() else None
    with pytest.raises(JournalOpenError) as caught:
        Journal(path)

    aside = keep_aside(caught.value.path)
    assert aside is not None and aside.name.startswith("journal.sqlite3.damaged-")
    assert digest(aside) == main_before
    if wal_before is not None:
        assert digest(aside.with_name(aside.name + "-wal")) == wal_before
    assert not path.exists() and not wal.exists() and not had_rows_marker(path).exists()
    with Journal(path) as fresh:
        assert fresh.count() == 0
    kept = sqlite3.connect(f"file:{aside}?mode=ro", uri=True)  # still readable as it was
    assert kept.execute("SELECT external_id FROM cashouts").fetchall() == [("kept-1",)]
    kept.close()


def test_keep_aside_of_a_missing_journal_only_forgets_the_record(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal_with_rows(path)
    path.unlink()
    assert keep_aside(path) is None
    assert not had_rows_marker(path).exists()
    Journal(path).close()


# -- read-only --------------------------------------------------------------------------------


def test_a_read_only_journal_reads_history_and_refuses_every_write(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal_with_rows(path, "ro-1", "ro-2")
    before = digest(path)
    with Journal(path, read_only=True) as j:
        assert j.read_only
        assert j.count() == 2
        assert [e.external_id for e in j.query(order_by="external_id", descending=False)] == ["ro-1", "ro-2"]
        with pytest.raises(JournalReadOnlyError):
            j.record_sending("sandbox", make_request("ro-3"), "{}")
    assert digest(path) == before  # (a reader of a WAL journal may add an empty -wal and a -shm)


def test_open_writable_or_read_only_prefers_writing(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with open_writable_or_read_only(path) as j:
        assert not j.read_only
        j.record_sending("sandbox", make_request("w-1"), "{}")


def test_an_older_schema_cannot_be_read_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journal.sqlite3"
    journal_with_rows(path)
    monkeypatch.setattr(journal_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(JournalOpenError) as caught:
        Journal(path, read_only=True)  # the update it needs cannot be written
    assert caught.value.kind == JournalOpenError.READ_ONLY
