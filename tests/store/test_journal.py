"""The journal: schema versioning, the writer lane under 16 threads, filters/sort/paging (also at
100,000 rows), unresolved/open/similar rows, CSV export, and no secret in the database bytes."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tests.ui.history_support import create_journal_before_search_index
from tupay_desktop.api.models import (
    ApiError,
    ApiFailure,
    CashoutRequest,
    CashoutStatus,
    Created,
    CreateOutcome,
    Credentials,
    Exchange,
    NetworkError,
    OutcomeUnknown,
    encode_body,
)
from tupay_desktop.store import journal as journal_module
from tupay_desktop.store.journal import ExternalIdInUseError, Journal, JournalTotals, export_csv

LOGIN = "LOGIN-d3adb33f-secret-key"
PASSWORD = "PASS-c0ffee-secret-passphrase"


def make_request(external_id: str, amount: str = "150.25", **changes: str) -> CashoutRequest:
    request = CashoutRequest(
        external_id=external_id,
        amount=Decimal(amount),
        currency="PEN",
        document_type="DNI",
        document_id="71594743",
        beneficiary_name="José",
        beneficiary_lastname="Peña",
        bank_account="00219300153895206813",
        account_type="S",
    )
    return replace(request, **changes)  # type: ignore[arg-type]


def raw_body(request: CashoutRequest) -> str:
    """The body as it would be sent — with the secrets, to prove the journal redacts anyway."""
    return encode_body(request.body_fields(Credentials(LOGIN, PASSWORD, "unused"))).decode()


def exchange(body: str = "{}", response: str | None = '{"cashout_id":"1"}') -> Exchange:
    return Exchange(
        method="POST",
        url="http://127.0.0.1:1/v3/cashout",
        request_headers=(("Payload-Signature", "abc"), ("Content-Type", "application/json")),
        request_body=body,
        started_at=datetime.now(UTC),
        status_code=200,
        response_headers=(("Content-Type", "application/json"),),
        response_body=response,
        elapsed_ms=12.5,
    )


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    j = Journal(tmp_path / "journal.sqlite3")
    yield j
    j.close()


# -- schema ----------------------------------------------------------------------------------


def test_a_new_journal_is_at_the_current_schema_version_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    path.write_bytes(b"")  # an empty file is an empty database: migrated from version 0
    with Journal(path):
        pass
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == journal_module.SCHEMA_VERSION >= 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"cashouts", "exchanges"} <= tables
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"cashouts_created_at", "cashouts_state", "cashouts_last_status",
            "cashouts_env_created", "cashouts_external_id"} <= indexes
    db.close()


def test_the_default_journal_lives_in_the_data_dir(isolated_dirs: Path) -> None:
    with Journal() as j:
        assert j.path == isolated_dirs / "data" / "journal.sqlite3"
        assert j.path.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_journal_files_are_private_to_the_user(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as j:
        j.record_sending("sandbox", make_request("perm-1"), "{}")
        files = [p for p in tmp_path.iterdir() if p.name.startswith("j.sqlite3")]
        assert {p.name for p in files} >= {"j.sqlite3", "j.sqlite3-wal"}
        for p in files:
            assert p.stat().st_mode & 0o077 == 0, p.name


def test_reopening_keeps_rows_and_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as j:
        j.record_sending("sandbox", make_request("keep-1"), "{}")
    with Journal(path) as j:
        entry = j.get("sandbox", "keep-1")
        assert entry is not None and entry.state == "sending"


def test_migrations_run_in_order_from_any_older_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as j:
        j.record_sending("sandbox", make_request("old-1"), "{}")

    def add_note(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE cashouts ADD COLUMN note TEXT NOT NULL DEFAULT 'migrated'")

    monkeypatch.setattr(journal_module, "MIGRATIONS", (*journal_module.MIGRATIONS, add_note))
    monkeypatch.setattr(journal_module, "SCHEMA_VERSION", len(journal_module.MIGRATIONS))
    with Journal(path) as j:
        assert j.get("sandbox", "old-1") is not None
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == journal_module.SCHEMA_VERSION
    assert db.execute("SELECT note FROM cashouts").fetchall() == [("migrated",)]
    db.close()


def test_a_journal_of_the_first_schema_migrates_keeping_rows_and_takes_the_new_states(
    tmp_path: Path,
) -> None:
    # A journal written by a Desk of the first schema (user_version 1), with a row per old state.
    path = tmp_path / "v1.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    journal_module.MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    for n, state in enumerate(("sending", "created", "declined", "unknown", "not_created")):
        db.execute("INSERT INTO cashouts (env_key, external_id, state, amount, created_at, cashout_id) "
                   "VALUES ('sandbox', ?, ?, '10.00', '2026-01-01T00:00:00.000000+00:00', ?)",
                   (f"v1-{state}", state, 900 + n if state == "created" else None))
    db.close()
    with Journal(path) as j:
        assert {e.external_id: e.state for e in j.query()} == {
            f"v1-{s}": s for s in ("sending", "created", "declined", "unknown", "not_created")
        }
        entry = j.get("sandbox", "v1-sending")
        assert entry is not None and (entry.owner_pid, entry.send_started_at) == (None, None)
        assert not j.sent_elsewhere_now(entry)  # an old row has no live sender to wait for
        assert j.mark("sandbox", "v1-unknown", "not_found_yet", "not yet", 509)
        j.record_sending("sandbox", make_request("v1-new"), "{}")
        assert j.mark("sandbox", "v1-new", "conflict", "someone else's", 511)
        assert j.get_by_cashout_id("sandbox", 901) is not None  # indexes and ids kept
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == journal_module.SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"cashouts_created_at", "cashouts_state", "cashouts_similar", "exchanges_env_cashout"} <= indexes
    with pytest.raises(sqlite3.IntegrityError):  # the CHECK still guards the states
        db.execute("UPDATE cashouts SET state = 'paid' WHERE external_id = 'v1-created'")
    db.close()


def test_a_journal_from_a_newer_desk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {journal_module.SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(RuntimeError, match="newer"):
        Journal(path)


# -- writes ----------------------------------------------------------------------------------


def test_a_create_goes_sending_then_created_with_status_and_exchanges(journal: Journal) -> None:
    request = make_request("life-1")
    journal.record_sending("sandbox", request, raw_body(request))
    entry = journal.get("sandbox", "life-1")
    assert entry is not None
    assert (entry.state, entry.cashout_id, entry.amount) == ("sending", None, Decimal("150.25"))
    assert (entry.beneficiary, entry.document_id, entry.bank_account) == ("José Peña", "71594743",
                                                                         "00219300153895206813")
    assert entry.request_fields()["login"] == "***" and entry.request_fields()["pass"] == "***"
    assert entry.created_at is not None and entry.created_at.tzinfo is not None

    journal.record_outcome("sandbox", "life-1", Created(8405147, "life-1", exchange()))
    journal.record_exchange("sandbox", exchange(raw_body(request)), external_id="life-1", cashout_id=8405147)
    entry = journal.get("sandbox", "life-1")
    assert entry is not None and (entry.state, entry.cashout_id, entry.last_status) == ("created", 8405147, 0)
    assert journal.open_cashouts("sandbox") == [entry]

    updated = journal.record_status("sandbox", cashout_id=8405147, status=CashoutStatus(
        3, "Rejected", rejection_code=806, rejection_reason="ACCOUNT_CLOSED"))
    assert updated == 1
    entry = journal.get("sandbox", "life-1")
    assert entry is not None
    assert (entry.last_status, entry.rejection_code, entry.rejection_reason) == (3, 806, "ACCOUNT_CLOSED")
    assert entry.is_final and journal.open_cashouts() == []

    journal.record_exchange("sandbox", exchange(), cashout_id=8405147)  # a lookup by cashout_id only
    exchanges = journal.exchanges("sandbox", "life-1")
    assert len(exchanges) == 2
    assert exchanges[0].request_headers[0] == ("Payload-Signature", "abc")
    assert LOGIN not in exchanges[0].request_body and '"login":"***"' in exchanges[0].request_body


def test_outcomes_map_to_states(journal: Journal) -> None:
    cases: dict[str, tuple[CreateOutcome, str, int | None]] = {
        "declined-1": (ApiFailure(ApiError(504, "User unauthorized", 400), None), "declined", 504),
        "unknown-1": (OutcomeUnknown("unknown-1", "timed out"), "unknown", None),
        "network-1": (NetworkError("connection refused. Nothing was sent."), "not_created", None),
    }
    for external_id, (outcome, state, code) in cases.items():
        journal.record_sending("staging", make_request(external_id), "{}")
        journal.record_outcome("staging", external_id, outcome)
        entry = journal.get("staging", external_id)
        assert entry is not None and (entry.state, entry.error_code) == (state, code)
        assert entry.error_message
    assert [e.external_id for e in journal.unresolved()] == ["unknown-1"]


def test_an_external_id_that_may_exist_cannot_be_journalled_again(journal: Journal) -> None:
    journal.record_sending("sandbox", make_request("dup-1"), "{}")
    with pytest.raises(ExternalIdInUseError):
        journal.record_sending("sandbox", make_request("dup-1"), "{}")
    journal.record_outcome("sandbox", "dup-1", OutcomeUnknown("dup-1", "t"))
    with pytest.raises(ExternalIdInUseError):
        journal.record_sending("sandbox", make_request("dup-1"), "{}")
    # Another environment is another namespace.
    journal.record_sending("staging", make_request("dup-1"), "{}")
    # A not_created row is sent again under the same id (one row, back to 'sending').
    journal.mark("sandbox", "dup-1", "not_created", "TuPay has no such cashout", 509)
    journal.record_sending("sandbox", make_request("dup-1", amount="10"), "{}")
    entry = journal.get("sandbox", "dup-1")
    assert entry is not None
    assert (entry.state, entry.amount, entry.error_code) == ("sending", Decimal("10"), None)
    assert journal.count(env_key="sandbox") == 1


def test_every_state_write_follows_the_one_state_table(journal: Journal) -> None:
    # The table is the only source: every state is in it and every move it allows is to a state.
    assert set(journal_module.STATES) == set(journal_module.STATE_RULES)
    for rule in journal_module.STATE_RULES.values():
        assert rule.next <= set(journal_module.STATES)
    assert journal_module.RESENDABLE_STATES == ("not_created", "declined")
    assert set(journal_module.UNRESOLVED_STATES) == {"sending", "unknown", "not_found_yet"}
    assert set(journal_module.DUPLICATE_RISK_STATES) == {
        "sending", "unknown", "not_found_yet", "not_created", "created"}

    journal.record_sending("sandbox", make_request("t-1"), "{}")
    journal.record_outcome("sandbox", "t-1", ApiFailure(ApiError(504, "User unauthorized", 400), None))
    # A declined create is never adopted by a lookup, nor marked anything but sent again.
    assert journal.record_status("sandbox", external_id="t-1", status=CashoutStatus(0), adopt=True) == 0
    assert not journal.mark("sandbox", "t-1", "not_created")
    assert journal.get("sandbox", "t-1").state == "declined"  # type: ignore[union-attr]

    journal.record_sending("sandbox", make_request("t-2"), "{}")
    assert journal.mark("sandbox", "t-2", "conflict", "the id is another cashout's", 511)
    # A conflict is final: no lookup adopts it, no status lands on it, no outcome undoes it.
    assert journal.record_status("sandbox", external_id="t-2", status=CashoutStatus(1), adopt=True) == 0
    assert journal.record_status("sandbox", external_id="t-2", status=CashoutStatus(1)) == 0
    assert not journal.record_outcome("sandbox", "t-2", Created(77, "t-2", exchange()))
    with pytest.raises(ExternalIdInUseError):
        journal.record_sending("sandbox", make_request("t-2"), "{}")
    entry = journal.get("sandbox", "t-2")
    assert entry is not None
    assert (entry.state, entry.cashout_id, entry.last_status) == ("conflict", None, None)

    # A lookup that finds it wins over "not created"; a late "unknown" never undoes "created".
    journal.record_sending("sandbox", make_request("t-3"), "{}")
    assert journal.mark("sandbox", "t-3", "not_created", "not found", 509)
    adopted = CashoutStatus(4, "Delivered", cashout_id=4321)
    assert journal.record_status("sandbox", external_id="t-3", status=adopted, adopt=True) == 1
    assert not journal.record_outcome("sandbox", "t-3", OutcomeUnknown("t-3", "timed out"))
    entry = journal.get("sandbox", "t-3")
    assert entry is not None and (entry.state, entry.cashout_id, entry.last_status) == ("created", 4321, 4)
    # The create's own late answer adds nothing false: the id stays, the newer status stays.
    assert journal.record_outcome("sandbox", "t-3", Created(4321, "t-3", exchange()))
    entry = journal.get("sandbox", "t-3")
    assert entry is not None and (entry.cashout_id, entry.last_status) == (4321, 4)
    with pytest.raises(ValueError, match="unknown journal state"):
        journal.mark("sandbox", "t-3", "paid")


def test_a_late_not_found_never_lands_on_a_send_begun_since(tmp_path: Path) -> None:
    moment = [datetime(2026, 3, 1, 12, 0, tzinfo=UTC)]
    with Journal(tmp_path / "j.sqlite3", clock=lambda: moment[0]) as j:
        j.record_sending("sandbox", make_request("s-1"), "{}")
        seen = j.get("sandbox", "s-1")  # what a slow reconcile saw before its lookup
        assert seen is not None
        assert j.mark("sandbox", "s-1", "not_created", "not found", 509)  # a quicker one judged it
        moment[0] += timedelta(minutes=1)
        j.record_sending("sandbox", make_request("s-1"), "{}")  # and it was resubmitted: in flight
        assert not j.mark("sandbox", "s-1", "not_found_yet", "not found", 509,
                          only_from=journal_module.UNRESOLVED_STATES, same_send=seen)
        entry = j.get("sandbox", "s-1")
        assert entry is not None and entry.state == "sending" and entry.send_started_at == moment[0]
        assert j.mark("sandbox", "s-1", "not_found_yet", "not found", 509, same_send=entry)


def test_the_module_docstring_documents_the_state_table_as_it_is() -> None:
    doc = journal_module.__doc__ or ""
    lines = doc.splitlines()
    rules = [i for i, line in enumerate(lines) if line.startswith("================  ")]
    assert len(rules) == 3, "the docstring's state table (a reST simple table) is missing"
    header = lines[rules[0]]
    third = header.index("=", header.index("  ", header.index("  ") + 2) + 2)  # 3rd column start
    documented: dict[str, str] = {}
    current = ""
    for line in lines[rules[1] + 1:rules[2]]:
        name = line[:16].strip().strip("`")
        if name:
            current = name
            documented[current] = ""
        documented[current] += " " + line[third:].strip()
    assert set(documented) == set(journal_module.STATES)
    for state, text in documented.items():
        words = {w.strip(",()") for w in text.split()}
        named = {w for w in words if w in journal_module.STATE_RULES}
        assert named == set(journal_module.STATE_RULES[state].next), state


def test_a_sending_row_names_its_sender_and_a_stale_or_dead_sender_is_detected(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys

    moment = [datetime(2026, 3, 1, 12, 0, tzinfo=UTC)]
    path = tmp_path / "shared.sqlite3"
    # Two Desks sharing one journal file from two machines; time is the test's.
    here = Journal(path, clock=lambda: moment[0])
    there = Journal(path, clock=lambda: moment[0], owner=(4242, "desk-b.example"))
    try:
        assert here.owner == (os.getpid(), socket.gethostname())
        assert there.record_sending("sandbox", make_request("o-1"), "{}") is True  # a first send
        entry = here.get("sandbox", "o-1")
        assert entry is not None
        assert (entry.owner_pid, entry.owner_host) == (4242, "desk-b.example")
        assert entry.send_started_at == entry.heartbeat_at == moment[0]
        assert here.sent_elsewhere_now(entry)  # another host, fresh heartbeat: alive
        assert not there.sent_elsewhere_now(entry)  # its own sends are not "elsewhere"

        moment[0] += timedelta(seconds=journal_module.HEARTBEAT_STALE_S - 1)
        assert there.heartbeat("sandbox", "o-1")  # the sender refreshes it while in flight
        moment[0] += timedelta(seconds=journal_module.HEARTBEAT_STALE_S - 1)
        entry = here.get("sandbox", "o-1")
        assert entry is not None and here.sent_elsewhere_now(entry)
        assert not here.heartbeat("sandbox", "o-1")  # only the sender refreshes it
        moment[0] += timedelta(seconds=2)  # no heartbeat for longer than HEARTBEAT_STALE_S
        assert not here.sent_elsewhere_now(entry)

        # On this host a sender whose process is gone is dead at once, heartbeat or not.
        gone = subprocess.Popen([sys.executable, "-c", "pass"])
        gone.wait()
        ghost = Journal(path, clock=lambda: moment[0], owner=(gone.pid, socket.gethostname()))
        try:
            ghost.record_sending("sandbox", make_request("o-2"), "{}")
        finally:
            ghost.close()
        entry = here.get("sandbox", "o-2")
        assert entry is not None and entry.heartbeat_at == moment[0]
        assert not here.sent_elsewhere_now(entry)
        # Not a first send any more when this journal sent the id before.
        assert here.mark("sandbox", "o-2", "not_created", "not found", 509)
        assert here.record_sending("sandbox", make_request("o-2"), "{}") is False
        entry = here.get("sandbox", "o-2")
        assert entry is not None and (entry.owner_pid, entry.state) == (os.getpid(), "sending")
    finally:
        here.close()
        there.close()


def test_sixteen_threads_writing_at_once_lose_nothing(journal: Journal) -> None:
    per_thread = 40
    errors: list[BaseException] = []
    barrier = threading.Barrier(16)

    def worker(n: int) -> None:
        try:
            barrier.wait()
            for i in range(per_thread):
                external_id = f"t{n:02d}-{i:03d}"
                journal.record_sending("sandbox", make_request(external_id), "{}")
                journal.record_outcome("sandbox", external_id, Created(n * 1000 + i, external_id, exchange()))
                journal.record_exchange("sandbox", exchange(), external_id=external_id)
                delivered = CashoutStatus(4, "Delivered")
                journal.record_status("sandbox", external_id=external_id, status=delivered)
                assert journal.get("sandbox", external_id) is not None  # this thread's reader
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert journal.count() == 16 * per_thread
    assert journal.count(statuses=[4]) == 16 * per_thread
    assert len({e.cashout_id for e in journal.query()}) == 16 * per_thread
    db = sqlite3.connect(journal.path)
    assert db.execute("SELECT COUNT(*) FROM exchanges").fetchone()[0] == 16 * per_thread
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


# -- queries ---------------------------------------------------------------------------------


def _seed(journal: Journal) -> None:
    rows = [
        ("sandbox", "a-1", "100.00", "Ana", "Rojas", 0),
        ("sandbox", "a-2", "9.50", "Luis", "Torres", 1),
        ("sandbox", "a-3", "1000.00", "Ana", "Quispe", 3),
        ("staging", "b-1", "50.00", "Rosa", "100%_Vargas", 4),
    ]
    for env, external_id, amount, name, lastname, status in rows:
        journal.record_sending(env, make_request(external_id, amount, beneficiary_name=name,
                                                 beneficiary_lastname=lastname), "{}")
        journal.record_outcome(env, external_id, Created(hash(external_id) % 10**6, external_id, exchange()))
        journal.record_status(env, external_id=external_id, status=CashoutStatus(status))
    journal.record_sending("sandbox", make_request("a-4", "75"), "{}")
    journal.record_outcome("sandbox", "a-4", OutcomeUnknown("a-4", "timeout"))


def ids(entries: list[journal_module.JournalEntry]) -> list[str]:
    return [e.external_id for e in entries]


def test_filters_sort_and_pages(journal: Journal) -> None:
    _seed(journal)
    assert ids(journal.query()) == ["a-4", "b-1", "a-3", "a-2", "a-1"]  # newest first
    assert ids(journal.query(descending=False, limit=2)) == ["a-1", "a-2"]
    assert ids(journal.query(descending=False, limit=2, offset=2)) == ["a-3", "b-1"]
    assert ids(journal.query(env_key="staging")) == ["b-1"]
    assert ids(journal.query(states=["unknown"])) == ["a-4"]
    assert ids(journal.query(statuses=[1, 3])) == ["a-3", "a-2"]
    assert ids(journal.query(states=["unknown"], statuses=[0])) == ["a-4", "a-1"]
    assert ids(journal.query(text="ana", order_by="external_id", descending=False)) == ["a-1", "a-3"]
    assert ids(journal.query(text="Ana Quispe")) == ["a-3"]
    assert ids(journal.query(text="100%_")) == ["b-1"]  # LIKE wildcards are literal
    assert ids(journal.query(text="%")) == ["b-1"]
    # Amounts sort as numbers, not text ("9.50" < "75" < "100.00").
    assert ids(journal.query(order_by="amount", descending=False)) == ["a-2", "b-1", "a-4", "a-1", "a-3"]
    assert journal.count(env_key="sandbox", text="a-") == 4
    middle = journal.query(descending=False)[2].created_at
    assert middle is not None
    assert ids(journal.query(since=middle, descending=False)) == ["a-3", "b-1", "a-4"]
    assert ids(journal.query(until=middle, descending=False)) == ["a-1", "a-2"]
    assert journal.count(since=middle, until=middle + timedelta(microseconds=1)) == 1
    with pytest.raises(ValueError, match="order by"):
        journal.query(order_by="amount; DROP TABLE cashouts")


def test_open_cashouts_and_similar_rows(journal: Journal) -> None:
    _seed(journal)
    assert sorted(ids(journal.open_cashouts())) == ["a-1", "b-1"]  # PENDING and DELIVERED
    assert ids(journal.open_cashouts("staging")) == ["b-1"]
    since = datetime.now(UTC) - timedelta(hours=24)
    similar = journal.find_similar("sandbox", "71594743", "00219300153895206813", Decimal("100"), since)
    assert ids(similar) == ["a-1"]  # 100 == 100.00 as money
    assert ids(journal.find_similar("sandbox", "71594743", "00219300153895206813", Decimal("100"), since,
                                    currency="PEN")) == ["a-1"]
    assert journal.find_similar("sandbox", "71594743", "00219300153895206813", Decimal("100"), since,
                                currency="USD") == []
    assert journal.find_similar("staging", "71594743", "00219300153895206813", Decimal("100"), since) == []
    assert journal.find_similar("sandbox", "71594743", "00219300153895206813", Decimal("100"),
                                datetime.now(UTC) + timedelta(seconds=1)) == []


def test_csv_export_has_the_rows_and_no_secret(journal: Journal) -> None:
    _seed(journal)
    request = make_request("=cmd|' /C calc'!A0", beneficiary_name="@SUM(1)")
    journal.record_sending("sandbox", request, raw_body(request))
    out = io.StringIO()
    entries = journal.query(order_by="external_id", descending=False)
    assert export_csv(entries, out) == 6
    text = out.getvalue()
    assert LOGIN not in text and PASSWORD not in text and "***" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["external_id"] for r in rows][:5] == ["'=cmd|' /C calc'!A0", "a-1", "a-2", "a-3", "a-4"]
    assert rows[0]["beneficiary_name"] == "'@SUM(1)"
    assert rows[1]["amount"] == "100.00" and rows[1]["status"] == "0" and rows[1]["state"] == "created"
    assert list(rows[0]) == list(journal_module.CSV_COLUMNS)


def test_csv_says_status_and_state_in_words_with_the_account_type(journal: Journal) -> None:
    """Codes keep their own columns; the words beside them are in the export's language."""
    created = make_request("w-1", account_type="C")
    journal.record_sending("sandbox", created, raw_body(created))
    journal.record_outcome("sandbox", "w-1", Created(41, "w-1", exchange()))
    journal.record_status("sandbox", external_id="w-1", status=CashoutStatus(4, "Delivered"))
    unknown = make_request("w-2")
    journal.record_sending("sandbox", unknown, raw_body(unknown))
    journal.record_outcome("sandbox", "w-2", OutcomeUnknown("w-2", "timeout"))
    entries = journal.query(order_by="external_id", descending=False)

    def rows(**language: object) -> list[dict[str, str]]:
        out = io.StringIO()
        export_csv(entries, out, **language)  # type: ignore[arg-type]
        assert LOGIN not in out.getvalue() and PASSWORD not in out.getvalue()
        return list(csv.DictReader(io.StringIO(out.getvalue())))

    first, second = rows()
    assert (first["status"], first["status_label"]) == ("4", "Delivered to the bank")
    assert (first["state"], first["state_label"], first["account_type"]) == ("created", "Created", "C")
    assert (second["state"], second["state_label"]) == ("unknown", "Outcome unknown")
    assert second["status_label"] == ""
    assert second["account_type"] == "S"
    first, second = rows(lang="es")
    assert (first["status_label"], first["state_label"], second["state_label"]) == (
        "Enviado al banco", "Creado", "Resultado desconocido")
    # Another language comes through the caller's translator (the GUI passes Qt's).
    first, _ = rows(lang="pt_BR", translate=lambda context, text: f"{context}:{text}")
    assert first["status_label"] == "errors:Delivered to the bank"
    assert first["state_label"] == "JournalState:Created"


def test_login_and_pass_never_reach_the_database_file(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    j = Journal(path)
    request = make_request("secret-1")
    # Even if a caller hands over unredacted text, the journal redacts it.
    j.record_sending("sandbox", request, raw_body(request))
    leaky = exchange(raw_body(request), response=raw_body(request))
    j.record_exchange("sandbox", leaky, external_id="secret-1")
    blobs = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("j.sqlite3"))
    assert (tmp_path / "j.sqlite3-wal").exists()  # the check covers the WAL, where fresh rows live
    for secret in (LOGIN, PASSWORD):
        assert secret.encode() not in blobs
    assert b"secret-1" in blobs  # the scan does see the rows
    j.close()


# -- 100,000 rows ----------------------------------------------------------------------------


def fill(path: Path, count: int) -> None:
    """Test-only: ``count`` rows straight into the table with executemany (fast)."""
    base = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    names = ("Alex", "María", "José", "Lucía", "Pedro")
    rows = []
    for i in range(count):
        name, lastname = ("Zacarías", "Quispe") if i == 4242 else (names[i % 5], f"Apellido{i % 7}")
        rows.append((
            ("sandbox", "staging", "production")[i % 3], f"hist-{i:06d}", 500_000 + i, "created",
            name, lastname, f"{(i % 1000)}.25", "PEN" if i % 2 == 0 else "USD",
            journal_module.format_time(base - timedelta(minutes=i)), i % 6,
        ))
    db = sqlite3.connect(path)
    with db:
        db.executemany(
            "INSERT INTO cashouts (env_key, external_id, cashout_id, state, beneficiary_name, "
            "beneficiary_lastname, amount, currency, created_at, last_status) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    db.close()


def test_filter_and_sort_at_100000_rows(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    create_journal_before_search_index(path)  # filled as an older Desk's journal: no triggers
    fill(path, 100_000)
    with Journal(path) as j:
        assert j.build_search_index(batch=100_001)
        assert j.count() == 100_000
        first = j.query(limit=100)
        assert ids(first)[:2] == ["hist-000000", "hist-000001"] and len(first) == 100
        assert ids(j.query(descending=False, limit=1)) == ["hist-099999"]
        assert j.count(text="Zacarías") == 1
        assert ids(j.query(text="quispe", limit=100)) == ["hist-004242"]
        assert j.count(env_key="staging", statuses=[3]) == len(
            [i for i in range(100_000) if i % 3 == 1 and i % 6 == 3])
        page = j.query(env_key="production", order_by="amount", descending=True, limit=50, offset=100)
        assert all(e.env_key == "production" for e in page) and len(page) == 50
        amounts = [e.amount for e in page]
        assert amounts == sorted(amounts, reverse=True)  # type: ignore[type-var]
        assert j.count(text="hist-0999") == 100


def test_a_failed_commit_does_not_wedge_the_writer_lane(journal: Journal) -> None:
    # COMMIT itself can fail (a full disk, an I/O error; here a deferred constraint, the one
    # failure that can be provoked at will). The writer must roll back, or every later write —
    # the next create's 'sending' row included — fails with "transaction within a transaction".
    writer = journal._writer
    writer.execute("PRAGMA foreign_keys = ON")
    writer.execute("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)")
    writer.execute(
        "CREATE TEMP TABLE child (parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"
    )
    with pytest.raises(sqlite3.IntegrityError):
        journal._write(lambda db: db.execute("INSERT INTO child VALUES (42)"))
    assert not writer.in_transaction
    journal.record_sending("sandbox", make_request("after-failed-commit"), "{}")
    entry = journal.get("sandbox", "after-failed-commit")
    assert entry is not None and entry.state == "sending"


def test_closing_never_pulls_a_connection_from_under_another_threads_query(tmp_path: Path) -> None:
    # A History page may be read on a worker while the window closes the journal: that query must
    # finish on its own connection, and only that thread's next read is refused.
    journal = Journal(tmp_path / "j.sqlite3")
    for n in range(3):
        journal.record_sending("sandbox", make_request(f"busy-{n}"), "{}")
    in_query, release = threading.Event(), threading.Event()
    results: list[object] = []

    def hold(db: sqlite3.Connection) -> int:
        in_query.set()
        release.wait(30)
        return 0  # go on

    def reader() -> None:
        db = journal._reader()
        db.set_progress_handler(lambda: hold(db), 1)
        try:
            results.append(len(journal.query(env_key="sandbox")))
        except Exception as exc:  # pragma: no cover - the failure this test is about
            results.append(exc)
        db.set_progress_handler(None, 1)
        try:
            journal.query(env_key="sandbox")
        except RuntimeError as exc:
            results.append(str(exc))

    thread = threading.Thread(target=reader)
    thread.start()
    assert in_query.wait(30)
    journal.close()  # while the other thread's statement is running
    release.set()
    thread.join(30)
    assert results == [3, "the journal is closed"]


def test_totals_add_up_what_a_filter_shows_exactly(journal: Journal) -> None:
    """History's totals (issue 11): count, exact Decimal sum per currency and count per status of
    the rows the filter matches — the same WHERE as ``query``/``count``."""
    rows = [("t-1", "0.10", "PEN"), ("t-2", "0.20", "PEN"), ("t-3", "320.5", "PEN"),
            ("t-4", "10", "USD"), ("t-5", "0.10", "PEN")]
    for external_id, amount, currency in rows:
        journal.record_sending("sandbox", make_request(external_id, amount, currency=currency), "{}")
    journal.record_outcome("sandbox", "t-1", Created(1, "t-1", exchange()))
    journal.record_outcome("sandbox", "t-2", Created(2, "t-2", exchange()))
    journal.record_status("sandbox", cashout_id=2, status=CashoutStatus(2, "Completed"))
    journal.record_outcome("sandbox", "t-3", OutcomeUnknown("t-3", "t"))
    journal.record_sending("staging", make_request("s-1", "99.99"), "{}")

    everything = journal.totals()
    assert everything.count == 6 == journal.count()
    assert everything.amounts == {"PEN": Decimal("420.89"), "USD": Decimal("10")}
    assert everything.amounts["PEN"] == Decimal("420.89")  # 0.1 + 0.2 exactly, not a float's
    sandbox = journal.totals(env_key="sandbox")
    assert sandbox.count == 5 and sandbox.amounts == {"PEN": Decimal("320.90"), "USD": Decimal("10")}
    assert sandbox.statuses == {("created", 0): 1, ("created", 2): 1, ("unknown", None): 1,
                                ("sending", None): 2}
    filtered = journal.totals(env_key="sandbox", statuses=[2], states=["unknown"])
    assert filtered.count == journal.count(env_key="sandbox", statuses=[2], states=["unknown"]) == 2
    assert filtered.amounts == {"PEN": Decimal("320.70")}
    searched = journal.totals(text="t-4")
    assert searched.count == 1 and searched.amounts == {"USD": Decimal("10")}
    assert journal.totals(text="nothing-like-it") == JournalTotals(0, {}, {})
