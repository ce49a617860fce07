"""The cashout journal: every create, its outcome, every status and every exchange, in one SQLite file.

Nothing is lost and nothing is paid twice because a create is recorded (state ``sending``,
committed and synced) *before* any byte leaves the machine, and its outcome is recorded after.

A row's state, and the only moves it may make (:data:`TRANSITIONS`, the one table; every write
that changes a state is checked against it, in SQL, so a late or racing writer cannot break it):

================  ===================================================  ==============================
state             what it means                                        may become
================  ===================================================  ==============================
``sending``       journalled, being sent (or the sender died)          created, declined, unknown,
                                                                       not_found_yet, not_created,
                                                                       conflict
``unknown``       sent; timeout or dropped connection: TuPay may or    created, not_found_yet,
                  may not have it (a lookup by external_id decides)    not_created, conflict
``not_found_yet`` a lookup answered 509 less than the settling window  created, not_found_yet,
                  after the send began: TuPay may still be processing  not_created, declined,
                  it, so it is looked up again                         unknown, conflict
``not_created``   nothing was sent, or TuPay still had no such         sending (resubmit, same
                  cashout after the settling window; may be            external_id), created,
                  resubmitted with the *same* external_id              declined, unknown, conflict
``created``       TuPay has it (``cashout_id``, last status)           created, conflict
``declined``      TuPay refused it (error code, message); nothing      sending (sent again, same
                  was created                                          external_id)
``conflict``      a first send from this journal was answered 511:     (final)
                  the external_id belongs to another cashout at
                  TuPay; this one was not created
================  ===================================================  ==============================

The rules behind the table: a lookup that finds the cashout wins over every guess (``unknown``,
``not_found_yet``, ``not_created``), never over what the create's own answer said (``declined``,
``conflict``); a create's own answer wins over a "not found" that raced it; a ``conflict`` row is
never adopted by a lookup, whose answer would be the other cashout's. The columns of each state
are in :data:`STATE_RULES` (unresolved: reconcile looks it up; duplicate risk: the duplicate
warning counts it).

A ``sending`` row names its sender (``owner_pid``, ``owner_host``) and carries a heartbeat
(``heartbeat_at``) that the sender refreshes while the request is in flight, so another process
sharing the journal never judges a create that a live process is still sending
(:meth:`Journal.sent_elsewhere_now`). ``send_started_at`` is when the latest send began (the
settling window is counted from it).

One database (``paths.data_dir() / "journal.sqlite3"``) is shared by the GUI and the CLI; every row
carries its environment key. WAL mode; the schema is versioned with ``PRAGMA user_version`` and
migrated forward on open (:data:`MIGRATIONS`, one function per version). All writes go through one
connection guarded by one lock (the single writer lane); each reading thread has its own
connection, so readers never block the writer and never see a half-written row.

Timestamps are UTC ISO-8601 text with microseconds (``2026-11-25T02:11:27.123456+00:00``), so text
order is time order; they come from the journal's clock (``Journal(clock=...)``, the wall clock by
default). Amounts are stored as TEXT and read back as ``Decimal``. ``login``/``pass`` are never
stored: request bodies arrive redacted (``models.redact_body``) and are redacted again here.

This module knows nothing about Qt.
"""

# ruff: noqa: S608 - SQL text is built only from this module's constants; every value is a parameter.

from __future__ import annotations

import contextlib
import csv
import json
import logging
import os
import re
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TextIO

from tupay_desktop.api.errors import describe_status
from tupay_desktop.api.models import (
    ApiFailure,
    CashoutRequest,
    CashoutStatus,
    CashoutStatusCode,
    Created,
    CreateOutcome,
    Exchange,
    NetworkError,
    OutcomeUnknown,
    redact_body,
)
from tupay_desktop.i18n import QT_TRANSLATE_NOOP, Translator, identity
from tupay_desktop.store import paths

log = logging.getLogger(__name__)

__all__ = [
    "CSV_COLUMNS",
    "DUPLICATE_RISK_STATES",
    "FINAL_STATUSES",
    "HEARTBEAT_INTERVAL_S",
    "HEARTBEAT_STALE_S",
    "JOURNAL_FILE",
    "MIGRATIONS",
    "ORDER_COLUMNS",
    "RESENDABLE_STATES",
    "STATES",
    "STATE_RULES",
    "UNRESOLVED_STATES",
    "ExternalIdInUseError",
    "Journal",
    "JournalEntry",
    "JournalOpenError",
    "JournalReadOnlyError",
    "JournalTotals",
    "StateRule",
    "aside_path",
    "default_path",
    "export_csv",
    "export_csv_file",
    "format_time",
    "keep_aside",
    "may_move",
    "open_writable_or_read_only",
    "sources_of",
    "state_label",
    "status_label",
]

JOURNAL_FILE = "journal.sqlite3"



@dataclass(frozen=True)
class StateRule:
    """One row of the journal's state table (see the module docstring)."""

    #: The states a row in this state may move to (a write to any other state is refused).
    next: frozenset[str]
    #: The create's outcome is not known: reconcile looks the row up by its external_id.
    unresolved: bool = False
    #: The money may have left, or may yet leave: the duplicate warning counts the row.
    duplicate_risk: bool = False


#: The journal's states and their allowed moves: the one table (documented in the module docstring).
STATE_RULES: dict[str, StateRule] = {
    "sending": StateRule(
        frozenset({"created", "declined", "unknown", "not_found_yet", "not_created", "conflict"}),
        unresolved=True, duplicate_risk=True,
    ),
    "unknown": StateRule(
        frozenset({"created", "not_found_yet", "not_created", "conflict"}), unresolved=True,
        duplicate_risk=True,
    ),
    "not_found_yet": StateRule(
        frozenset({"created", "not_found_yet", "not_created", "declined", "unknown", "conflict"}),
        unresolved=True, duplicate_risk=True,
    ),
    "not_created": StateRule(
        frozenset({"sending", "created", "declined", "unknown", "conflict"}), duplicate_risk=True
    ),
    "created": StateRule(frozenset({"created", "conflict"}), duplicate_risk=True),
    "declined": StateRule(frozenset({"sending"})),
    "conflict": StateRule(frozenset()),
}

#: The states of a cashout row.
STATES = tuple(STATE_RULES)
#: States whose outcome is not known yet (reconciled by a lookup by external_id).
UNRESOLVED_STATES = tuple(s for s, rule in STATE_RULES.items() if rule.unresolved)
#: States over which a create with the same external_id may be sent again (nothing exists at TuPay).
RESENDABLE_STATES = tuple(s for s, rule in STATE_RULES.items() if "sending" in rule.next)
#: States the duplicate warning counts: the cashout exists, may exist, or may be resubmitted.
DUPLICATE_RISK_STATES = tuple(s for s, rule in STATE_RULES.items() if rule.duplicate_risk)


def sources_of(state: str) -> tuple[str, ...]:
    """The states from which a row may move to ``state`` (per :data:`STATE_RULES`)."""
    if state not in STATE_RULES:
        raise ValueError(f"unknown journal state {state!r}")
    return tuple(s for s, rule in STATE_RULES.items() if state in rule.next)


def may_move(before: str, after: str) -> bool:
    """Whether the table lets a row in state ``before`` move to ``after``."""
    rule = STATE_RULES.get(before)
    return rule is not None and after in rule.next

#: How often a sender refreshes the heartbeat of the ``sending`` row it is sending.
HEARTBEAT_INTERVAL_S = 5.0
#: A ``sending`` row whose heartbeat is older than this has no live sender.
HEARTBEAT_STALE_S = 60.0
#: Status codes after which a cashout is no longer followed.
FINAL_STATUSES = tuple(int(code) for code in CashoutStatusCode if code.is_final)

#: Columns the history may sort by.
ORDER_COLUMNS = {
    "created_at": "created_at",
    "updated_at": "updated_at",
    "env_key": "env_key",
    "external_id": "external_id",
    "cashout_id": "cashout_id",
    "beneficiary_name": "beneficiary_name",
    "beneficiary_lastname": "beneficiary_lastname",
    "beneficiary": "beneficiary_lastname",
    "amount": "CAST(amount AS REAL)",  # order only; values are read back as Decimal
    "currency": "currency",
    "state": "state",
    "last_status": "last_status",
    "status": "last_status",
    "last_status_at": "last_status_at",
}


#: What the free-text filter searches (the names joined by a space, so "Ana Quispe" matches too).
_SEARCH_FIELDS = (
    "external_id",
    "CAST(cashout_id AS TEXT)",
    "beneficiary_name || ' ' || beneficiary_lastname",
    "document_id",
    "bank_account",
)


class ExternalIdInUseError(ValueError):
    """A create with this external_id is already journalled in this environment (and may exist)."""


def format_time(moment: datetime) -> str:
    """A datetime as the journal stores it: UTC, ISO-8601, microseconds (naive means UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def wall_clock() -> datetime:
    """The journal's default clock: the current UTC time."""
    return datetime.now(UTC)


def _pid_alive(pid: int) -> bool:
    """Whether a process with this PID exists on this machine (one of another user counts)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _parse_time(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _parse_decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


# --------------------------------------------------------------------------------------------
# Schema
# --------------------------------------------------------------------------------------------


def _migrate_1(db: sqlite3.Connection) -> None:
    """The first schema: cashouts (one row per environment and external_id) and exchanges."""
    db.execute(
        """
        CREATE TABLE cashouts (
            id INTEGER PRIMARY KEY,
            env_key TEXT NOT NULL,
            external_id TEXT NOT NULL,
            state TEXT NOT NULL
                CHECK (state IN ('sending', 'created', 'declined', 'unknown', 'not_created')),
            cashout_id INTEGER,
            request_json TEXT NOT NULL DEFAULT '{}',
            beneficiary_name TEXT NOT NULL DEFAULT '',
            beneficiary_lastname TEXT NOT NULL DEFAULT '',
            document_type TEXT NOT NULL DEFAULT '',
            document_id TEXT NOT NULL DEFAULT '',
            bank_account TEXT NOT NULL DEFAULT '',
            amount TEXT NOT NULL DEFAULT '0',
            currency TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT '',
            last_status INTEGER,
            last_status_description TEXT,
            rejection_code INTEGER,
            rejection_reason TEXT,
            last_status_at TEXT,
            error_code INTEGER,
            error_message TEXT,
            UNIQUE (env_key, external_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE exchanges (
            id INTEGER PRIMARY KEY,
            env_key TEXT NOT NULL,
            external_id TEXT,
            cashout_id INTEGER,
            method TEXT NOT NULL,
            url TEXT NOT NULL,
            request_headers TEXT NOT NULL DEFAULT '[]',
            request_body TEXT NOT NULL DEFAULT '',
            status_code INTEGER,
            response_headers TEXT NOT NULL DEFAULT '[]',
            response_body TEXT,
            started_at TEXT NOT NULL,
            elapsed_ms REAL,
            error TEXT
        )
        """
    )
    for sql in (
        "CREATE INDEX cashouts_created_at ON cashouts (created_at)",
        "CREATE INDEX cashouts_state ON cashouts (state)",
        "CREATE INDEX cashouts_last_status ON cashouts (last_status)",
        "CREATE INDEX cashouts_env_created ON cashouts (env_key, created_at)",
        "CREATE INDEX cashouts_external_id ON cashouts (external_id)",
        "CREATE INDEX cashouts_cashout_id ON cashouts (cashout_id)",
        "CREATE INDEX cashouts_similar ON cashouts (env_key, document_id, bank_account)",
        "CREATE INDEX exchanges_env_external ON exchanges (env_key, external_id)",
        "CREATE INDEX exchanges_env_cashout ON exchanges (env_key, cashout_id)",
    ):
        db.execute(sql)


def _migrate_add_bank_reference_id(db: sqlite3.Connection) -> None:
    """The bank's reference of a transfer, when a status answer carries ``bank_reference_id``."""
    db.execute("ALTER TABLE cashouts ADD COLUMN bank_reference_id TEXT")


def _migrate_add_send_owner_and_heartbeat(db: sqlite3.Connection) -> None:
    """Who is sending a ``sending`` row (PID and host), its heartbeat, and when its send began."""
    for column in ("send_started_at TEXT", "owner_pid INTEGER", "owner_host TEXT", "heartbeat_at TEXT"):
        db.execute(f"ALTER TABLE cashouts ADD COLUMN {column}")


def _migrate_allow_not_found_yet_and_conflict_states(db: sqlite3.Connection) -> None:
    """Widen the state CHECK by ``not_found_yet`` and ``conflict``.

    SQLite cannot alter a CHECK constraint, so the table is rebuilt from its own stored SQL with
    only the state list changed: every column an earlier migration added is kept, rows and
    indexes are copied as they are.
    """
    (table_sql,) = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'cashouts'"
    ).fetchone()
    states = "'sending', 'created', 'declined', 'unknown', 'not_created', 'not_found_yet', 'conflict'"
    widened, count = re.subn(
        r"CHECK\s*\(\s*state\s+IN\s*\([^)]*\)\s*\)", f"CHECK (state IN ({states}))", table_sql, count=1
    )
    if count != 1:
        raise RuntimeError("the journal's cashouts table has no state CHECK to widen")
    widened, count = re.subn(r"^\s*CREATE\s+TABLE\s+\"?cashouts\"?", "CREATE TABLE cashouts_widened",
                             widened, count=1)
    if count != 1:
        raise RuntimeError("unexpected SQL for the journal's cashouts table")
    indexes = [row[0] for row in db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cashouts' AND sql IS NOT NULL"
    )]
    db.execute(widened)
    db.execute("INSERT INTO cashouts_widened SELECT * FROM cashouts")
    db.execute("DROP TABLE cashouts")
    db.execute("ALTER TABLE cashouts_widened RENAME TO cashouts")
    for sql in indexes:
        db.execute(sql)


#: Change-log triggers, (re)created by :func:`_migrate_add_change_log` (a migration that rebuilds
#: ``cashouts`` drops them with the table, so it must call :func:`_create_change_triggers` again).
_CHANGE_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS cashouts_changed_insert AFTER INSERT ON cashouts BEGIN
        INSERT INTO cashout_changes (env_key, external_id) VALUES (new.env_key, new.external_id);
    END""",
    """CREATE TRIGGER IF NOT EXISTS cashouts_changed_update AFTER UPDATE ON cashouts BEGIN
        INSERT INTO cashout_changes (env_key, external_id) VALUES (new.env_key, new.external_id);
    END""",
)


def _create_change_triggers(db: sqlite3.Connection) -> None:
    for sql in _CHANGE_TRIGGERS:
        db.execute(sql)


def _migrate_add_change_log(db: sqlite3.Connection) -> None:
    """The change log behind the Desk's one state feed: every insert or update of a cashout row,
    by any process, appends (env_key, external_id) under an increasing id, by trigger, so no write
    path can forget it. Readers ask for the changes after the last id they saw
    (:meth:`Journal.changes_since`); :meth:`Journal.prune_changes` keeps it short."""
    db.execute(
        """
        CREATE TABLE cashout_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            env_key TEXT NOT NULL,
            external_id TEXT NOT NULL
        )
        """
    )
    _create_change_triggers(db)


#: The free-text filter's full-text index: FTS5 with the trigram tokenizer (substring search), one
#: row per cashout (same rowid), over the fields :data:`_SEARCH_FIELDS` searches.
SEARCH_TABLE = "cashouts_search"
#: How far the index of the rows journalled before it existed has been built (one row).
SEARCH_BACKFILL_TABLE = "cashouts_search_backfill"
#: A query of fewer characters cannot use a trigram index; it scans (``LIKE``) instead.
SEARCH_MIN_CHARS = 3
_SEARCH_VALUES = (
    "{row}.external_id, COALESCE(CAST({row}.cashout_id AS TEXT), ''), "
    "{row}.beneficiary_name || ' ' || {row}.beneficiary_lastname, {row}.document_id, {row}.bank_account"
)


def _migrate_add_search_index(db: sqlite3.Connection) -> None:
    """The history's text filter gets a trigram full-text index (FTS5), kept in step by triggers.

    Only the (empty) index and its triggers are made here, so the migration is instant whatever
    the journal's size; the rows journalled before it are indexed afterwards, in batches, by
    :meth:`Journal.build_search_index` (the Desk runs it on a worker). Until that is done, the
    filter scans with ``LIKE`` as before. An SQLite without FTS5 or trigram keeps scanning.
    """
    try:
        db.execute(
            f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(external_id, cashout_id, beneficiary, "
            "document_id, bank_account, tokenize = 'trigram')"
        )
    except sqlite3.OperationalError:  # no FTS5, or SQLite < 3.34 (no trigram): the filter scans
        return
    columns = "rowid, external_id, cashout_id, beneficiary, document_id, bank_account"
    insert = f"INSERT INTO {SEARCH_TABLE} ({columns}) VALUES (new.id, {_SEARCH_VALUES.format(row='new')});"
    db.execute(f"CREATE TRIGGER {SEARCH_TABLE}_insert AFTER INSERT ON cashouts BEGIN {insert} END")
    db.execute(
        f"CREATE TRIGGER {SEARCH_TABLE}_update AFTER UPDATE OF external_id, cashout_id, beneficiary_name, "
        f"beneficiary_lastname, document_id, bank_account ON cashouts BEGIN "
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id; {insert} END"
    )
    db.execute(
        f"CREATE TRIGGER {SEARCH_TABLE}_delete AFTER DELETE ON cashouts BEGIN "
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id; END"
    )
    # Rows up to ``target`` predate the triggers; ``done_upto`` says how far they are indexed.
    db.execute(f"CREATE TABLE {SEARCH_BACKFILL_TABLE} (done_upto INTEGER NOT NULL, target INTEGER NOT NULL)")
    db.execute(f"INSERT INTO {SEARCH_BACKFILL_TABLE} SELECT 0, COALESCE(MAX(id), 0) FROM cashouts")



#: Schema migrations: ``MIGRATIONS[i]`` takes the schema from ``user_version`` i to i + 1.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migrate_1,
    _migrate_add_bank_reference_id,
    _migrate_add_send_owner_and_heartbeat,
    _migrate_allow_not_found_yet_and_conflict_states,
    _migrate_add_search_index,  # after the rebuild above: its triggers would be dropped
    _migrate_add_change_log,  # last: a migration that rebuilds cashouts drops its triggers
)
SCHEMA_VERSION = len(MIGRATIONS)


def _migrate(db: sqlite3.Connection) -> None:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"the journal's schema version {version} is newer than this Desk understands "
            f"({SCHEMA_VERSION}); update the Desk"
        )
    while version < SCHEMA_VERSION:
        db.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated meanwhile: re-read under the write lock.
            current = int(db.execute("PRAGMA user_version").fetchone()[0])
            if current == version:
                MIGRATIONS[version](db)
                db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        version = int(db.execute("PRAGMA user_version").fetchone()[0])


# --------------------------------------------------------------------------------------------
# Entries
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalTotals:
    """What a filter of the journal adds up to (History's totals under the table)."""

    #: How many rows match.
    count: int
    #: The sum of their amounts per currency (exact Decimals), currencies in alphabetical order.
    amounts: dict[str, Decimal]
    #: How many rows per ``(state, last_status)`` (``last_status`` is ``None`` but for created rows).
    statuses: dict[tuple[str, int | None], int]


@dataclass(frozen=True)
class JournalEntry:
    """One journalled cashout (a row of ``cashouts``). Holds no secret."""

    env_key: str
    external_id: str
    state: str
    cashout_id: int | None
    request_json: str
    beneficiary_name: str
    beneficiary_lastname: str
    document_type: str
    document_id: str
    bank_account: str
    amount: Decimal | None
    currency: str
    created_at: datetime | None
    updated_at: datetime | None
    last_status: int | None
    last_status_description: str | None
    rejection_code: int | None
    rejection_reason: str | None
    last_status_at: datetime | None
    error_code: int | None
    error_message: str | None
    #: The bank's reference, from the last status answer that carried one (DELIVERED/COMPLETED).
    bank_reference_id: str | None = None
    #: When the latest send of this row began (the settling window counts from it).
    send_started_at: datetime | None = None
    #: The process sending it (while ``sending``): its PID and host, and its last heartbeat.
    owner_pid: int | None = None
    owner_host: str | None = None
    heartbeat_at: datetime | None = None

    @property
    def beneficiary(self) -> str:
        return " ".join(n for n in (self.beneficiary_name, self.beneficiary_lastname) if n)

    @property
    def is_final(self) -> bool:
        """No more to learn: declined, or created with a final status."""
        if self.state == "declined":
            return True
        return self.state == "created" and self.last_status in FINAL_STATUSES

    @property
    def is_resolved(self) -> bool:
        """The outcome of the create is known (not ``sending``/``unknown``)."""
        return self.state not in UNRESOLVED_STATES

    def request_fields(self) -> dict[str, Any]:
        """The stored (redacted) request body as a mapping; ``{}`` if unreadable."""
        try:
            value = json.loads(self.request_json)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


_ENTRY_COLUMNS = (
    "env_key, external_id, state, cashout_id, request_json, beneficiary_name, beneficiary_lastname, "
    "document_type, document_id, bank_account, amount, currency, created_at, updated_at, last_status, "
    "last_status_description, rejection_code, rejection_reason, last_status_at, error_code, error_message, "
    "bank_reference_id, send_started_at, owner_pid, owner_host, heartbeat_at"
)


def _entry(row: Sequence[Any]) -> JournalEntry:
    return JournalEntry(
        env_key=str(row[0]),
        external_id=str(row[1]),
        state=str(row[2]),
        cashout_id=int(row[3]) if row[3] is not None else None,
        request_json=str(row[4] or "{}"),
        beneficiary_name=str(row[5] or ""),
        beneficiary_lastname=str(row[6] or ""),
        document_type=str(row[7] or ""),
        document_id=str(row[8] or ""),
        bank_account=str(row[9] or ""),
        amount=_parse_decimal(row[10]),
        currency=str(row[11] or ""),
        created_at=_parse_time(row[12]),
        updated_at=_parse_time(row[13]),
        last_status=int(row[14]) if row[14] is not None else None,
        last_status_description=row[15],
        rejection_code=int(row[16]) if row[16] is not None else None,
        rejection_reason=row[17],
        last_status_at=_parse_time(row[18]),
        error_code=int(row[19]) if row[19] is not None else None,
        error_message=row[20],
        bank_reference_id=row[21] or None,
        send_started_at=_parse_time(row[22]),
        owner_pid=int(row[23]) if row[23] is not None else None,
        owner_host=row[24],
        heartbeat_at=_parse_time(row[25]),
    )


def _headers_json(headers: Iterable[tuple[str, str]]) -> str:
    return json.dumps([[name, value] for name, value in headers], ensure_ascii=False)


def _headers_from_json(text: Any) -> tuple[tuple[str, str], ...]:
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple((str(name), str(value)) for name, value in items)


def _amount_text(amount: Decimal) -> str:
    return format(amount, "f")


def default_path() -> Path:
    """Where the journal lives: ``paths.data_dir() / "journal.sqlite3"``."""
    return paths.data_dir() / JOURNAL_FILE


# --------------------------------------------------------------------------------------------
# Opening: look before writing
# --------------------------------------------------------------------------------------------

#: Next to the journal: a small record that this profile's journal once had rows (no secret, no
#: row: only when it was first seen with rows), so that an empty or missing journal is not taken
#: for a new one.
HAD_ROWS_SUFFIX = ".had-rows"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")



class JournalOpenError(RuntimeError):
    """The journal cannot be used as it is. Raised before anything was written to it (and so before
    anything was sent): the file is left exactly as it is. ``kind`` is one of the constants below;
    ``detail`` is technical (SQLite's words); never a secret."""

    DAMAGED = "damaged"  # not a SQLite file, or SQLite cannot read it
    TOO_NEW = "too_new"  # its schema version is newer than this Desk understands
    READ_ONLY = "read_only"  # it (or its folder) cannot be written: history only
    LOST = "lost"  # empty or missing, though this profile's journal had cashouts

    def __init__(self, path: Path, kind: str, detail: str = "", *, version: int | None = None) -> None:
        self.path = Path(path)
        self.kind = kind
        self.detail = detail
        self.version = version
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = f"the journal {self.path}"
        detail = f" ({self.detail})" if self.detail else ""
        if self.kind == self.TOO_NEW:
            return (
                f"{where} was written by a newer Desk: its schema version {self.version} is newer than "
                f"this one understands ({SCHEMA_VERSION}); update the Desk. The file was left as it is"
            )
        if self.kind == self.READ_ONLY:
            return f"{where} cannot be written: the file or its disk is read-only{detail}"
        if self.kind == self.LOST:
            return (
                f"{where} is empty or missing, but this profile's journal had cashouts{detail}; it was "
                "not replaced by an empty one"
            )
        return f"{where} is damaged or is not a journal{detail}. The file was left as it is"

    @property
    def can_keep_aside(self) -> bool:
        """Whether renaming it aside and starting a fresh journal is a way on."""
        return self.kind in (self.DAMAGED, self.TOO_NEW, self.LOST)


class JournalReadOnlyError(JournalOpenError):
    """A write to a journal opened read-only (``Journal(read_only=True)``): nothing was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, JournalOpenError.READ_ONLY, "opened read-only: history only")


def had_rows_marker(path: Path) -> Path:
    """The "this journal had rows" record of the journal at ``path``."""
    return path.with_name(path.name + HAD_ROWS_SUFFIX)


def _note_had_rows(path: Path) -> None:
    marker = had_rows_marker(path)
    if marker.exists():
        return
    record = json.dumps({"journal": path.name, "had_rows_since": format_time(datetime.now(UTC))}) + "\n"
    temporary = marker.with_name(marker.name + ".tmp")
    try:
        with open(temporary, "x", encoding="utf-8") as file:
            file.write(record)
        temporary.chmod(0o600)
        temporary.replace(marker)
    except FileExistsError:  # another process is writing it
        pass
    except OSError as exc:
        log.warning("could not record that the journal has rows (%s)", type(exc).__name__)
        temporary.unlink(missing_ok=True)


def _had_rows_since(path: Path) -> str | None:
    """When this profile's journal was first seen with rows, or ``None`` (no marker)."""
    marker = had_rows_marker(path)
    try:
        text = marker.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        return "unknown"
    try:
        value = json.loads(text).get("had_rows_since")
    except (ValueError, AttributeError):
        return "unknown"
    return str(value) if value else "unknown"


def _uri(path: Path, *, immutable: bool = False) -> str:
    from urllib.parse import quote

    return f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")


def _side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _has_wal(path: Path) -> bool:
    try:
        return _side_file(path, "-wal").stat().st_size > 0
    except OSError:
        return False


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write (``mode=ro``). On a read-only disk SQLite cannot create the
    ``-shm`` file of a WAL database; with no WAL to apply, ``immutable`` reads the file as it is."""
    try:
        db = sqlite3.connect(_uri(path), uri=True, timeout=30.0, isolation_level=None,
                             check_same_thread=False)
        db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.OperationalError:
        if _has_wal(path) or _writable(path):
            raise
    db = sqlite3.connect(_uri(path, immutable=True), uri=True, timeout=30.0, isolation_level=None,
                         check_same_thread=False)
    return db


def _writable(path: Path) -> bool:
    """The journal and its folder (for the -wal and -shm files) can be written by this user."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _valid_header(header: bytes) -> bool:
    """The fixed fields of an SQLite database header (https://sqlite.org/fileformat.html)."""
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    return (
        (page_size == 1 or (512 <= page_size <= 32768 and page_size & (page_size - 1) == 0))
        and header[18] in (1, 2) and header[19] in (1, 2)
        and header[21:24] == b"\x40\x20\x20"  # payload fractions: always 64, 32, 32
    )


def _inspect(path: Path) -> tuple[int, bool]:
    """Look at an existing journal without writing anything to it: its schema version and whether
    it has rows. Raises :class:`JournalOpenError` (DAMAGED or TOO_NEW) for what must not be opened
    for writing, before SQLite so much as creates a ``-shm`` file next to a journal from a newer
    Desk (when the header alone decides)."""
    size = path.stat().st_size
    if size == 0 and not _has_wal(path):
        return 0, False
    with open(path, "rb") as file:
        header = file.read(100)
    if not _valid_header(header):
        raise JournalOpenError(path, JournalOpenError.DAMAGED, "not an SQLite database file")
    if not _has_wal(path):  # the header is the whole truth: no WAL frame can change it
        version = int.from_bytes(header[60:64], "big")
        if version > SCHEMA_VERSION:
            raise JournalOpenError(path, JournalOpenError.TOO_NEW, version=version)
    try:
        db = _connect_read_only(path)
    except sqlite3.Error as exc:
        if not _writable(path):
            raise JournalOpenError(path, JournalOpenError.READ_ONLY, str(exc)) from None
        raise JournalOpenError(path, JournalOpenError.DAMAGED, str(exc)) from None
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise JournalOpenError(path, JournalOpenError.TOO_NEW, version=version)
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        has_rows = "cashouts" in tables and bool(
            db.execute("SELECT EXISTS (SELECT 1 FROM cashouts)").fetchone()[0]
        )
        if version > 0 and not {"cashouts", "exchanges"} <= tables:
            raise JournalOpenError(path, JournalOpenError.DAMAGED, "its tables are missing")
    except sqlite3.Error as exc:
        raise JournalOpenError(path, JournalOpenError.DAMAGED, str(exc)) from None
    finally:
        db.close()
    return version, has_rows


def _check_not_lost(path: Path, has_rows: bool) -> None:
    if has_rows:
        return
    since = _had_rows_since(path)
    if since is not None:
        state = "missing" if not path.exists() else "empty"
        raise JournalOpenError(path, JournalOpenError.LOST, f"{state}; it had rows since {since}")


def open_writable_or_read_only(path: Path | None = None) -> Journal:
    """The journal for writing if it can be written, else read-only (history on a read-only disk:
    :attr:`Journal.read_only` says which). Anything else wrong with it raises
    :class:`JournalOpenError`, as :class:`Journal` does."""
    try:
        return Journal(path)
    except JournalOpenError as exc:
        if exc.kind != JournalOpenError.READ_ONLY:
            raise
        return Journal(path, read_only=True)


def aside_path(path: Path, moment: datetime | None = None) -> Path:
    """Where :func:`keep_aside` would put the journal: ``<name>.damaged-<UTC date-time>``."""
    stamp = (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while any(_side_file(candidate, s).exists() for s in ("", *_SIDE_FILES)):
        number += 1
        candidate = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    return candidate


def keep_aside(path: Path, target: Path | None = None) -> Path | None:
    """Rename an unusable journal (with its ``-wal``/``-shm``/``-journal`` files, so that it stays
    readable as it was) to ``target`` (default :func:`aside_path`), never changing a byte of it,
    and forget the "had rows" record so that a fresh journal can start. Returns where it went
    (``None`` if there was no file). ``OSError`` if it cannot be renamed."""
    destination = target if target is not None else aside_path(path)
    moved: Path | None = None
    if path.exists():
        path.rename(destination)
        moved = destination
    for suffix in _SIDE_FILES:
        side = _side_file(path, suffix)
        if side.exists():
            side.rename(_side_file(destination, suffix))
    had_rows_marker(path).unlink(missing_ok=True)
    return moved


# --------------------------------------------------------------------------------------------
# The journal
# --------------------------------------------------------------------------------------------


class Journal:
    """The journal database. Thread-safe: writes are serialised, each thread reads on its own
    connection. Close it with :meth:`close` (or use it as a context manager)."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        read_only: bool = False,
        clock: Callable[[], datetime] | None = None,
        owner: tuple[int, str] | None = None,
    ) -> None:
        """Open (creating or migrating) the journal at ``path`` (default :func:`default_path`).

        The file is looked at read-only first: a damaged one, one from a newer Desk, or an empty
        or missing one where this profile's journal had rows raises :class:`JournalOpenError`
        with nothing written to it; so does one that cannot be written. ``read_only=True``
        opens it for reading only (``mode=ro``; history on a read-only disk); every write then
        raises :class:`JournalReadOnlyError`.

        ``clock`` gives every timestamp the journal writes and judges heartbeats by (default: the
        wall clock; tests drive time with their own). ``owner`` is who this process is when it
        sends, as ``(pid, host)`` (default: this process on this host).
        """
        self.clock: Callable[[], datetime] = clock if clock is not None else wall_clock
        self._owner = owner
        self.path = Path(path) if path is not None else default_path()
        self.read_only = read_only
        self._write_lock = threading.Lock()
        self._closed = False
        self._local = threading.local()
        self._listeners: list[Callable[[], None]] = []
        self._search_ready = False
        self._writer: sqlite3.Connection | None = None
        self._rows_noted = False
        if read_only:
            self._open_read_only()
        else:
            self._open_for_writing()

    def _open_read_only(self) -> None:
        if not self.path.exists():
            _check_not_lost(self.path, False)
            raise JournalOpenError(self.path, JournalOpenError.READ_ONLY, "there is no journal yet")
        version, has_rows = _inspect(self.path)
        _check_not_lost(self.path, has_rows)
        if version != SCHEMA_VERSION:
            raise JournalOpenError(
                self.path, JournalOpenError.READ_ONLY,
                f"its schema version {version} needs an update, which cannot be written",
            )

    def _open_for_writing(self) -> None:
        path = self.path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise JournalOpenError(path, JournalOpenError.READ_ONLY, exc.strerror or "") from None
        version, has_rows = _inspect(path) if path.exists() else (0, False)
        _check_not_lost(path, has_rows)
        if not _writable(path):
            raise JournalOpenError(path, JournalOpenError.READ_ONLY)
        try:
            if not path.exists():
                # Personal data (names, documents, accounts): readable by this user only. SQLite
                # gives the -wal and -shm files the database file's permissions.
                path.touch(mode=0o600)
            self._writer = self._connect()
            self._writer.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit is on disk before it returns (a crash or power cut cannot undo 'sending').
            self._writer.execute("PRAGMA synchronous=FULL")
            _migrate(self._writer)
        except (OSError, sqlite3.Error, RuntimeError) as exc:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
            text = str(exc)
            if isinstance(exc, sqlite3.Error | OSError) and ("readonly" in text or "read-only" in text
                                                           or not _writable(path)):
                raise JournalOpenError(path, JournalOpenError.READ_ONLY, text) from None
            if isinstance(exc, sqlite3.OperationalError) and "locked" in text:
                raise  # busy for 30 s: another process holds it; nothing is wrong with the file
            if isinstance(exc, RuntimeError) and "newer" in text:  # migrated by a newer Desk meanwhile
                raise JournalOpenError(path, JournalOpenError.TOO_NEW, text, version=version) from None
            raise JournalOpenError(path, JournalOpenError.DAMAGED, text) from None
        if has_rows:
            _note_had_rows(path)
            self._rows_noted = True

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            db = _connect_read_only(self.path)
        else:
            db = sqlite3.connect(
                self.path, timeout=30.0, isolation_level=None, check_same_thread=False
            )
        db.execute("PRAGMA busy_timeout = 30000")
        return db

    def _note_rows(self, db: sqlite3.Connection) -> None:
        """After a write: the first time the journal has a row, record that it had rows."""
        try:
            if db.execute("SELECT EXISTS (SELECT 1 FROM cashouts)").fetchone()[0]:
                _note_had_rows(self.path)
                self._rows_noted = True
        except sqlite3.Error:  # the write itself is committed; this record can wait
            log.warning("could not check whether the journal has rows", exc_info=True)

    def __repr__(self) -> str:
        return f"Journal({str(self.path)!r})"

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the journal (idempotent); it cannot be used afterwards.

        The writer and this thread's reader are closed at once. Another thread's reader may be in
        the middle of a query (a History page on a worker): closing a SQLite connection under a
        running statement can crash the process, so each such connection is closed by its own
        thread on its next use, or freed with the journal once no thread holds it."""
        with self._write_lock:
            if self._closed:
                return
            self._closed = True
            own: sqlite3.Connection | None = getattr(self._local, "db", None)
            if own is not None:
                self._local.db = None
                own.close()
            if self._writer is not None:
                self._writer.close()

    # -- plumbing ----------------------------------------------------------------------------

    def _reader(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if self._closed:
            if db is not None:  # this thread's reader, left open by close() on another thread
                self._local.db = None
                db.close()
            raise RuntimeError("the journal is closed")
        if db is None:
            db = self._connect()
            db.execute("PRAGMA query_only = 1")
            self._local.db = db
        return db

    def _write(self, work: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``work`` in one committed transaction on the writer lane, then tell the listeners."""
        result = self._write_locked(work)
        self._notify()
        return result

    def _notify(self) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:  # a listener's bug never undoes or fails a committed write
                log.exception("journal listener failed")

    def _write_locked(self, work: Callable[[sqlite3.Connection], Any]) -> Any:
        with self._write_lock:
            if self._closed:
                raise RuntimeError("the journal is closed")
            db = self._writer
            if db is None:
                raise JournalReadOnlyError(self.path)
            db.execute("BEGIN IMMEDIATE")
            try:
                result = work(db)
                db.execute("COMMIT")
            except BaseException:
                # Also when COMMIT itself failed (full disk, I/O error): SQLite may leave the
                # transaction open, and then every later write would fail.
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            if not self._rows_noted:
                self._note_rows(db)
            return result

    # -- plumbing of time and ownership ------------------------------------------------------

    def _now(self) -> str:
        return format_time(self.clock())

    @property
    def owner(self) -> tuple[int, str]:
        """Who this process is when it sends: ``(pid, host)``."""
        return self._owner if self._owner is not None else (os.getpid(), socket.gethostname())

    def sent_elsewhere_now(self, entry: JournalEntry) -> bool:
        """Whether ``entry`` is a ``sending`` row that another live process is sending right now.

        Its sender is alive while its heartbeat is fresh (younger than :data:`HEARTBEAT_STALE_S`
        by this journal's clock) and, on this host, while its PID exists. Rows this process sends
        are not "elsewhere" (the service knows its own sends), nor rows without a sender.
        """
        if entry.state != "sending" or entry.owner_pid is None or entry.owner_host is None:
            return False
        pid, host = self.owner
        if (entry.owner_pid, entry.owner_host) == (pid, host):
            return False
        beat = entry.heartbeat_at
        if beat is None or self.clock() - beat > timedelta(seconds=HEARTBEAT_STALE_S):
            return False
        return entry.owner_host != host or _pid_alive(entry.owner_pid)

    # -- the change feed ---------------------------------------------------------------------

    def add_listener(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener()`` after every committed write through this object, on the writing
        thread; it should only schedule a read of :meth:`changes_since`. Returns a function that
        removes it. Other processes' writes are noticed by polling :meth:`data_version`."""
        self._listeners.append(listener)

        def remove() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return remove

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version`` on this thread's reader connection: it changes whenever
        any other connection (this process's writer, or another process) has committed. Cheap."""
        return int(self._reader().execute("PRAGMA data_version").fetchone()[0])

    def last_change_id(self) -> int:
        """The id of the newest change-log entry (0 when there is none)."""
        row = self._reader().execute("SELECT COALESCE(MAX(id), 0) FROM cashout_changes").fetchone()
        return int(row[0])

    def changes_since(self, after_id: int, limit: int = 5000) -> tuple[int, list[tuple[str, str]]]:
        """The cashouts (env_key, external_id) written after change ``after_id``, each once, oldest
        first, and the id to ask from next time. At most ``limit`` changes are read per call."""
        rows = self._reader().execute(
            "SELECT id, env_key, external_id FROM cashout_changes WHERE id > ? ORDER BY id LIMIT ?",
            (after_id, limit),
        ).fetchall()
        seen: dict[tuple[str, str], None] = {}
        for _id, env_key, external_id in rows:
            seen[(str(env_key), str(external_id))] = None
        return (int(rows[-1][0]) if rows else after_id), list(seen)

    def prune_changes(self, keep: int = 10_000) -> None:
        """Forget all but the newest ``keep`` change-log entries (a reader that fell further behind
        reloads instead)."""
        def work(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM cashout_changes WHERE id <= (SELECT MAX(id) FROM cashout_changes) - ?",
                       (keep,))

        self._write_locked(work)  # removes no cashout change: nothing to tell the listeners

    # -- writes ------------------------------------------------------------------------------

    def record_sending(self, env_key: str, request: CashoutRequest, redacted_body: str) -> bool:
        """Record a create about to be sent (state ``sending``, owned by this process, with a
        fresh heartbeat); committed before it returns. Returns ``True`` for a first send of this
        external_id from this journal (a new row), ``False`` for a send again.

        A row for this ``env_key``/``external_id`` in a state that may be sent again
        (:data:`RESENDABLE_STATES`: ``not_created``, ``declined``) is reused (a resubmit with the
        same id); any other existing row raises :class:`ExternalIdInUseError` — that cashout may
        exist, and must not be sent again.
        """
        now = self._now()
        pid, host = self.owner
        body = redact_body(redacted_body)
        values = (
            env_key, request.external_id, body, request.beneficiary_name, request.beneficiary_lastname,
            request.document_type, request.document_id, request.bank_account,
            _amount_text(request.amount), request.currency, now, now, now, pid, host, now,
        )
        resendable = ", ".join(f"'{state}'" for state in RESENDABLE_STATES)

        def work(db: sqlite3.Connection) -> bool:
            existed = db.execute(
                "SELECT 1 FROM cashouts WHERE env_key = ? AND external_id = ?",
                (env_key, request.external_id),
            ).fetchone() is not None
            cursor = db.execute(
                f"""
                INSERT INTO cashouts (env_key, external_id, state, request_json, beneficiary_name,
                    beneficiary_lastname, document_type, document_id, bank_account, amount, currency,
                    created_at, updated_at, send_started_at, owner_pid, owner_host, heartbeat_at)
                VALUES (?, ?, 'sending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (env_key, external_id) DO UPDATE SET
                    state = 'sending', request_json = excluded.request_json,
                    beneficiary_name = excluded.beneficiary_name,
                    beneficiary_lastname = excluded.beneficiary_lastname,
                    document_type = excluded.document_type, document_id = excluded.document_id,
                    bank_account = excluded.bank_account, amount = excluded.amount,
                    currency = excluded.currency, updated_at = excluded.updated_at,
                    send_started_at = excluded.send_started_at, owner_pid = excluded.owner_pid,
                    owner_host = excluded.owner_host, heartbeat_at = excluded.heartbeat_at,
                    cashout_id = NULL, error_code = NULL, error_message = NULL,
                    last_status = NULL, last_status_description = NULL, rejection_code = NULL,
                    rejection_reason = NULL, last_status_at = NULL
                WHERE cashouts.state IN ({resendable})
                """,
                values,
            )
            if cursor.rowcount != 1:
                raise ExternalIdInUseError(
                    f"external_id {request.external_id!r} is already journalled in {env_key}; "
                    "look it up instead of sending it again"
                )
            return not existed

        first: bool = self._write(work)
        return first

    def heartbeat(self, env_key: str, external_id: str) -> bool:
        """Refresh the heartbeat of a ``sending`` row this process sends; whether it still is."""
        pid, host = self.owner
        sql = (
            "UPDATE cashouts SET heartbeat_at = ? WHERE env_key = ? AND external_id = ? "
            "AND state = 'sending' AND owner_pid = ? AND owner_host = ?"
        )
        params = (self._now(), env_key, external_id, pid, host)
        changed: int = self._write(lambda db: db.execute(sql, params).rowcount)
        return changed > 0

    @staticmethod
    def _moving_to(state: str) -> tuple[str, list[Any]]:
        """The SQL condition (and its parameters) that a row may move to ``state``."""
        sources = list(sources_of(state))
        return f"state IN ({', '.join('?' for _ in sources) or 'NULL'})", sources

    def record_outcome(self, env_key: str, external_id: str, outcome: CreateOutcome) -> bool:
        """Record what a create ended as: created, declined, unknown, or not_created — if the
        state table allows it from the row's current state (e.g. an ``unknown`` answer never
        undoes a ``created`` that a lookup found meanwhile). Returns whether the row changed."""
        now = self._now()
        if isinstance(outcome, Created):
            condition, sources = self._moving_to("created")
            sql = (
                "UPDATE cashouts SET state = 'created', cashout_id = ?, "
                "last_status = COALESCE(last_status, ?), "
                "last_status_description = COALESCE(last_status_description, ?), "
                "last_status_at = COALESCE(last_status_at, ?), error_code = NULL, "
                f"error_message = NULL, updated_at = ? WHERE env_key = ? AND external_id = ? AND {condition}"
            )
            params: list[Any] = [
                outcome.cashout_id, int(CashoutStatusCode.PENDING), "Pending", now, now, env_key, external_id,
                *sources,
            ]
        else:
            if isinstance(outcome, ApiFailure):
                state, code, message = "declined", outcome.error.code, outcome.error.message
            elif isinstance(outcome, OutcomeUnknown):
                state, code, message = "unknown", None, outcome.message
            elif isinstance(outcome, NetworkError):
                state, code, message = "not_created", None, outcome.message
            else:  # pragma: no cover - exhaustive
                raise TypeError(f"not a create outcome: {type(outcome).__name__}")
            condition, sources = self._moving_to(state)
            sql = (
                "UPDATE cashouts SET state = ?, error_code = ?, error_message = ?, updated_at = ? "
                f"WHERE env_key = ? AND external_id = ? AND {condition}"
            )
            params = [state, code, message, now, env_key, external_id, *sources]
        changed: int = self._write(lambda db: db.execute(sql, params).rowcount)
        return changed > 0

    def mark(self, env_key: str, external_id: str, state: str, message: str | None = None,
             error_code: int | None = None, *, only_from: Iterable[str] | None = None,
             same_send: JournalEntry | None = None) -> bool:
        """Set a row's state (reconciliation, a conflict), keeping a message for the operator.

        The row changes only if the state table lets its current state move to ``state``, and,
        with ``only_from``, only while its state is one of those (another process sharing the
        journal may have recorded the create's outcome meanwhile); with ``same_send``, only while
        its latest send is still the one that entry saw (not a resubmit begun since). Returns
        whether a row changed.
        """
        condition, sources = self._moving_to(state)
        sql = (
            "UPDATE cashouts SET state = ?, error_code = ?, error_message = ?, updated_at = ? "
            f"WHERE env_key = ? AND external_id = ? AND {condition}"
        )
        params: list[Any] = [state, error_code, message, self._now(), env_key, external_id, *sources]
        allowed = list(only_from) if only_from is not None else None
        if allowed is not None:
            sql += f" AND state IN ({', '.join('?' for _ in allowed) or 'NULL'})"
            params += allowed
        if same_send is not None:
            sql += " AND send_started_at IS ?"
            params.append(format_time(same_send.send_started_at) if same_send.send_started_at else None)
        changed: int = self._write(lambda db: db.execute(sql, params).rowcount)
        return changed > 0

    def record_status(
        self,
        env_key: str,
        *,
        external_id: str | None = None,
        cashout_id: int | None = None,
        status: CashoutStatus,
        adopt: bool = False,
    ) -> int:
        """Store a looked-up status on the row named by ``external_id`` (preferred) or
        ``cashout_id``; returns the number of rows updated (0 if the journal does not know it).

        Only a ``created`` row takes a status. With ``adopt`` (a lookup found the cashout at
        TuPay), a row whose state may become ``created`` (``sending``, ``unknown``,
        ``not_found_yet``, ``not_created``) becomes ``created`` first — never a ``declined`` or
        ``conflict`` row, whose create TuPay answered itself. An adopted row without a
        ``cashout_id`` takes ``cashout_id`` when given, else the one the answer carries (D24-style
        peers send it).
        """
        if external_id is None and cashout_id is None:
            raise ValueError("record_status needs an external_id or a cashout_id")
        now = self._now()
        sets = (
            "last_status = ?, last_status_description = ?, rejection_code = ?, rejection_reason = ?, "
            "last_status_at = ?, updated_at = ?, bank_reference_id = COALESCE(?, bank_reference_id)"
        )
        params: list[Any] = [
            status.code, status.description, status.rejection_code, status.rejection_reason, now, now,
            status.bank_reference_id,
        ]
        learnt_id = cashout_id if cashout_id is not None else status.cashout_id
        if learnt_id is not None:
            sets += ", cashout_id = COALESCE(cashout_id, ?)"
            params.append(learnt_id)
        if adopt:
            sets += ", state = 'created', error_code = NULL, error_message = NULL"
            condition, sources = self._moving_to("created")
        else:
            condition, sources = "state = 'created'", []
        if external_id is not None:
            where = "env_key = ? AND external_id = ?"
            params += [env_key, external_id]
        else:
            where = "env_key = ? AND cashout_id = ?"
            params += [env_key, cashout_id]
        sql = f"UPDATE cashouts SET {sets} WHERE {where} AND {condition}"
        params += sources
        result: int = self._write(lambda db: db.execute(sql, params).rowcount)
        return result

    def record_exchange(
        self,
        env_key: str,
        exchange: Exchange,
        *,
        external_id: str | None = None,
        cashout_id: int | None = None,
    ) -> None:
        """Store one HTTP exchange (bodies redacted again, whatever the caller passed)."""
        self._write(lambda db: db.execute(
            """
            INSERT INTO exchanges (env_key, external_id, cashout_id, method, url, request_headers,
                request_body, status_code, response_headers, response_body, started_at, elapsed_ms, error)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            (
                env_key, external_id, cashout_id, exchange.method, exchange.url,
                _headers_json(exchange.request_headers), redact_body(exchange.request_body),
                exchange.status_code, _headers_json(exchange.response_headers),
                redact_body(exchange.response_body) if exchange.response_body is not None else None,
                format_time(exchange.started_at), exchange.elapsed_ms, exchange.error,
            ),
        ))

    # -- reads -------------------------------------------------------------------------------

    def get(self, env_key: str, external_id: str) -> JournalEntry | None:
        row = self._reader().execute(
            f"SELECT {_ENTRY_COLUMNS} FROM cashouts WHERE env_key = ? AND external_id = ?",
            (env_key, external_id),
        ).fetchone()
        return _entry(row) if row is not None else None

    def get_by_cashout_id(self, env_key: str, cashout_id: int) -> JournalEntry | None:
        row = self._reader().execute(
            f"SELECT {_ENTRY_COLUMNS} FROM cashouts WHERE env_key = ? AND cashout_id = ?",
            (env_key, cashout_id),
        ).fetchone()
        return _entry(row) if row is not None else None

    # -- the search index --------------------------------------------------------------------

    def search_index_progress(self) -> tuple[int, int] | None:
        """``(done, total)`` of the search index's build over the rows that predate it (ids up to
        ``total``); ``None`` when there is no index (the filter then always scans)."""
        try:
            row = self._reader().execute(
                f"SELECT done_upto, target FROM {SEARCH_BACKFILL_TABLE}"
            ).fetchone()
        except sqlite3.OperationalError:  # no such table: an SQLite without FTS5 trigram
            return None
        return (int(row[0]), int(row[1])) if row is not None else None

    def search_index_ready(self) -> bool:
        """Whether the text filter can use the full-text index (it is complete)."""
        if not self._search_ready:
            progress = self.search_index_progress()
            self._search_ready = progress is not None and progress[0] >= progress[1]
        return self._search_ready

    def build_search_index(
        self, batch: int = 1000, progress: Callable[[int, int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> bool:
        """Index the rows journalled before the search index existed, ``batch`` rows per write
        transaction (so a create waits at most one short batch for the writer lane), calling
        ``progress(done, total)`` after each. Returns whether the index is complete (``False``
        if ``should_stop`` said so first, or there is no index). Safe to run from several
        processes at once, and to stop and resume: progress is committed with each batch. A journal
        opened read-only is not indexed (its filter scans)."""
        if self.read_only:
            return False
        while True:
            if should_stop is not None and should_stop():
                return False

            def step(db: sqlite3.Connection) -> tuple[int, int] | None:
                row = db.execute(f"SELECT done_upto, target FROM {SEARCH_BACKFILL_TABLE}").fetchone()
                if row is None or row[0] >= row[1]:
                    return (int(row[0]), int(row[1])) if row is not None else None
                low, high = int(row[0]), min(int(row[0]) + batch, int(row[1]))
                # A row the triggers indexed meanwhile (updated since) is indexed again, once.
                db.execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid > ? AND rowid <= ?", (low, high))
                db.execute(
                    f"INSERT INTO {SEARCH_TABLE} (rowid, external_id, cashout_id, beneficiary, document_id, "
                    f"bank_account) SELECT id, {_SEARCH_VALUES.format(row='cashouts')} FROM cashouts "
                    "WHERE id > ? AND id <= ?",
                    (low, high),
                )
                db.execute(f"UPDATE {SEARCH_BACKFILL_TABLE} SET done_upto = ?", (high,))
                return high, int(row[1])

            try:
                state: tuple[int, int] | None = self._write(step)
            except sqlite3.OperationalError:
                if self.search_index_progress() is None:
                    return False  # no index in this journal
                raise
            if state is None:
                return False
            if progress is not None:
                progress(*state)
            if state[0] >= state[1]:
                self._search_ready = True
                return True

    def _where(
        self,
        env_key: str | None,
        states: Iterable[str] | None,
        statuses: Iterable[int] | None,
        since: datetime | None,
        until: datetime | None,
        text: str | None,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if env_key:
            clauses.append("env_key = ?")
            params.append(env_key)
        state_list = list(states) if states is not None else []
        status_list = [int(s) for s in statuses] if statuses is not None else []
        # States and statuses together mean "either": e.g. "unknown" rows plus "REJECTED" ones.
        either: list[str] = []
        if state_list:
            either.append(f"state IN ({', '.join('?' for _ in state_list)})")
            params += state_list
        if status_list:
            either.append(f"last_status IN ({', '.join('?' for _ in status_list)})")
            params += status_list
        if either:
            clauses.append("(" + " OR ".join(either) + ")")
        if since is not None:
            clauses.append("created_at >= ?")
            params.append(format_time(since))
        if until is not None:
            clauses.append("created_at < ?")
            params.append(format_time(until))
        if text:
            needle = text.strip()
            if needle:
                if len(needle) >= SEARCH_MIN_CHARS and self.search_index_ready():
                    # The index finds the candidates (a superset: it folds case beyond ASCII);
                    # the LIKE below keeps exactly the rows the scan would find.
                    clauses.append(f"id IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?)")
                    params.append('"' + needle.replace('"', '""') + '"')
                pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                clauses.append("(" + " OR ".join(f"{f} LIKE ? ESCAPE '\\'" for f in _SEARCH_FIELDS) + ")")
                params += [pattern] * len(_SEARCH_FIELDS)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def query(
        self,
        env_key: str | None = None,
        states: Iterable[str] | None = None,
        statuses: Iterable[int] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        text: str | None = None,
        order_by: str = "created_at",
        descending: bool = True,
        limit: int | None = None,
        offset: int = 0,
        keys: Iterable[tuple[str, str]] | None = None,
    ) -> list[JournalEntry]:
        """Rows matching every given filter (``until`` exclusive; ``text`` matches external_id,
        cashout_id, the beneficiary's names, document and account), sorted, one page at a time.

        ``states`` and ``statuses`` together select rows in any of those states *or* statuses.
        ``keys`` keeps only those ``(env_key, external_id)`` rows (which of them match the filter).
        """
        column = ORDER_COLUMNS.get(order_by)
        if column is None:
            raise ValueError(f"cannot order by {order_by!r}")
        where, params = self._where(env_key, states, statuses, since, until, text)
        if keys is not None:
            pairs = list(keys)
            if not pairs:
                return []
            where += (" AND " if where else " WHERE ") + (
                "(env_key, external_id) IN (VALUES " + ", ".join("(?, ?)" for _ in pairs) + ")")
            params += [value for pair in pairs for value in pair]
        direction = "DESC" if descending else "ASC"
        sql = f"SELECT {_ENTRY_COLUMNS} FROM cashouts{where} ORDER BY {column} {direction}, id {direction}"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [limit if limit is not None else -1, offset]
        return [_entry(row) for row in self._reader().execute(sql, params).fetchall()]

    def count(
        self,
        env_key: str | None = None,
        states: Iterable[str] | None = None,
        statuses: Iterable[int] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        text: str | None = None,
        **_ignored: Any,
    ) -> int:
        """How many rows :meth:`query` would return without a limit (order arguments are ignored)."""
        where, params = self._where(env_key, states, statuses, since, until, text)
        return int(self._reader().execute(f"SELECT COUNT(*) FROM cashouts{where}", params).fetchone()[0])

    def totals(
        self,
        env_key: str | None = None,
        states: Iterable[str] | None = None,
        statuses: Iterable[int] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        text: str | None = None,
        **_ignored: Any,
    ) -> JournalTotals:
        """Count, sum per currency and count per status of the rows :meth:`query` would return, in
        one ``GROUP BY`` query with :meth:`count`'s WHERE. Grouped by amount as well, so the sums
        are added up as Decimals here (SQLite's SUM of the TEXT amounts would go through floats)."""
        where, params = self._where(env_key, states, statuses, since, until, text)
        rows = self._reader().execute(
            "SELECT currency, state, CASE WHEN state = 'created' THEN last_status END, amount, COUNT(*) "
            f"FROM cashouts{where} GROUP BY 1, 2, 3, 4",
            params,
        ).fetchall()
        count = 0
        amounts: dict[str, Decimal] = {}
        by_status: dict[tuple[str, int | None], int] = {}
        for currency, state, status, amount, n in rows:
            count += n
            value = _parse_decimal(amount)
            if value is not None:
                amounts[currency] = amounts.get(currency, Decimal(0)) + value * n
            key = (str(state), int(status) if status is not None else None)
            by_status[key] = by_status.get(key, 0) + n
        return JournalTotals(count, dict(sorted(amounts.items())), by_status)

    def exchanges(self, env_key: str, external_id: str) -> list[Exchange]:
        """Every stored exchange of one cashout (by its external_id, or its cashout_id), oldest first."""
        reader = self._reader()
        entry = self.get(env_key, external_id)
        if entry is not None and entry.cashout_id is not None:
            rows = reader.execute(
                "SELECT method, url, request_headers, request_body, started_at, status_code, "
                "response_headers, response_body, elapsed_ms, error FROM exchanges "
                "WHERE env_key = ? AND (external_id = ? OR cashout_id = ?) ORDER BY started_at, id",
                (env_key, external_id, entry.cashout_id),
            ).fetchall()
        else:
            rows = reader.execute(
                "SELECT method, url, request_headers, request_body, started_at, status_code, "
                "response_headers, response_body, elapsed_ms, error FROM exchanges "
                "WHERE env_key = ? AND external_id = ? ORDER BY started_at, id",
                (env_key, external_id),
            ).fetchall()
        return [
            Exchange(
                method=row[0], url=row[1], request_headers=_headers_from_json(row[2]), request_body=row[3],
                started_at=_parse_time(row[4]) or datetime.now(UTC), status_code=row[5],
                response_headers=_headers_from_json(row[6]), response_body=row[7], elapsed_ms=row[8],
                error=row[9],
            )
            for row in rows
        ]

    def unresolved(self, env_key: str | None = None) -> list[JournalEntry]:
        """Rows whose create outcome is not known (:data:`UNRESOLVED_STATES`: ``sending``,
        ``unknown``, ``not_found_yet``), oldest first."""
        return self.query(env_key=env_key, states=UNRESOLVED_STATES, descending=False)

    def open_cashouts(self, env_key: str | None = None) -> list[JournalEntry]:
        """Created cashouts whose last known status is not final, oldest first."""
        where = "state = 'created' AND (last_status IS NULL OR last_status NOT IN ({}))".format(
            ", ".join(str(code) for code in FINAL_STATUSES)
        )
        params: list[Any] = []
        if env_key:
            where += " AND env_key = ?"
            params.append(env_key)
        rows = self._reader().execute(
            f"SELECT {_ENTRY_COLUMNS} FROM cashouts WHERE {where} ORDER BY created_at, id", params
        ).fetchall()
        return [_entry(row) for row in rows]

    def find_similar(
        self, env_key: str, document_id: str, bank_account: str, amount: Decimal, since: datetime,
        currency: str | None = None,
    ) -> list[JournalEntry]:
        """Cashouts to the same document and account for the same amount (and ``currency``, when
        given), journalled in ``env_key`` since ``since``, whose money left, may have left or may
        yet leave (:data:`DUPLICATE_RISK_STATES`: everything but ``declined`` and ``conflict``)."""
        states = list(DUPLICATE_RISK_STATES)
        rows = self._reader().execute(
            f"SELECT {_ENTRY_COLUMNS} FROM cashouts WHERE env_key = ? AND document_id = ? "
            f"AND bank_account = ? AND created_at >= ? AND state IN ({', '.join('?' for _ in states)}) "
            "ORDER BY created_at DESC",
            (env_key, document_id, bank_account, format_time(since), *states),
        ).fetchall()
        return [
            e for e in (_entry(row) for row in rows)
            if e.amount is not None and e.amount == amount and (currency is None or e.currency == currency)
        ]

    def record_cashout_id(self, env_key: str, external_id: str, cashout_id: int) -> bool:
        """Give a row whose ``cashout_id`` is not known (one adopted by a status lookup, whose answer
        carries none) the id TuPay's account list shows. Never overwrites a known id; returns
        whether the row changed."""
        sql = ("UPDATE cashouts SET cashout_id = ?, updated_at = ? "
               "WHERE env_key = ? AND external_id = ? AND cashout_id IS NULL")
        params = (cashout_id, self._now(), env_key, external_id)
        changed: int = self._write(lambda db: db.execute(sql, params).rowcount)
        return changed > 0

    def without_cashout_id(self, env_key: str, limit: int = 500) -> list[JournalEntry]:
        """Created rows of ``env_key`` whose ``cashout_id`` is not known, oldest first."""
        rows = self._reader().execute(
            f"SELECT {_ENTRY_COLUMNS} FROM cashouts WHERE env_key = ? AND state = 'created' "
            "AND cashout_id IS NULL ORDER BY created_at, id LIMIT ?",
            (env_key, limit),
        ).fetchall()
        return [_entry(row) for row in rows]


# --------------------------------------------------------------------------------------------
# CSV export
# --------------------------------------------------------------------------------------------

#: The columns of :func:`export_csv`. No request body, no header, no secret. ``state`` and
#: ``status`` are codes (``created``, ``0``); ``state_label`` and ``status_label`` say them in words.
CSV_COLUMNS = (
    "created_at", "env_key", "external_id", "cashout_id", "state", "state_label", "status", "status_label",
    "status_description", "rejection_code", "rejection_reason", "beneficiary_name", "beneficiary_lastname",
    "document_type", "document_id", "bank_account", "account_type", "amount", "currency", "last_status_at",
    "error_code", "error_message", "bank_reference_id",
)

#: Each journal state in words: the English text (marked for Qt's catalogue) and its Spanish.
STATE_LABELS: dict[str, tuple[str, str]] = {
    "sending": (QT_TRANSLATE_NOOP("JournalState", "Sending"), "Enviando"),
    "created": (QT_TRANSLATE_NOOP("JournalState", "Created"), "Creado"),
    "declined": (QT_TRANSLATE_NOOP("JournalState", "Declined"), "Denegado"),
    "unknown": (QT_TRANSLATE_NOOP("JournalState", "Outcome unknown"), "Resultado desconocido"),
    "not_created": (QT_TRANSLATE_NOOP("JournalState", "Not created"), "No creado"),
}


def state_label(state: str, lang: str = "en", translate: Translator = identity) -> str:
    """A journal state in words: Spanish from this table for ``lang="es"``, else the English text
    through ``translate`` (the GUI passes Qt's, for Portuguese). An unknown state is returned as is."""
    row = STATE_LABELS.get(state)
    if row is None:
        return state
    english, spanish = row
    return spanish if lang.lower().startswith("es") else translate("JournalState", english)


def status_label(code: int | None, lang: str = "en", translate: Translator = identity) -> str:
    """A status code in words (``Pending``), as :func:`state_label` picks its language; "" for none."""
    if code is None:
        return ""
    info = describe_status(code, lang)
    return info.label if lang.lower().startswith("es") or not info.known else translate("errors", info.label)


def _csv_safe(value: str) -> str:
    """Neutralise spreadsheet formulas (``=``, ``+``, ``-``, ``@`` at the start of free text)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_csv(
    entries: Iterable[JournalEntry], file: TextIO, lang: str = "en", translate: Translator = identity
) -> int:
    """Write ``entries`` as CSV (header row first) to an open text file; returns the row count.

    Open the file with ``newline=""``. Only the journal's non-secret columns are written (of the
    stored request, only ``account_type``). The ``*_label`` columns are in ``lang`` (see
    :func:`state_label`).
    """

    writer = csv.writer(file)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for e in entries:
        writer.writerow([
            format_time(e.created_at) if e.created_at else "",
            e.env_key,
            _csv_safe(e.external_id),
            "" if e.cashout_id is None else e.cashout_id,
            e.state,
            state_label(e.state, lang, translate),
            "" if e.last_status is None else e.last_status,
            _csv_safe(status_label(e.last_status, lang, translate)),
            _csv_safe(e.last_status_description or ""),
            "" if e.rejection_code is None else e.rejection_code,
            _csv_safe(e.rejection_reason or ""),
            _csv_safe(e.beneficiary_name),
            _csv_safe(e.beneficiary_lastname),
            e.document_type,
            e.document_id,
            e.bank_account,
            _csv_safe(str(e.request_fields().get("account_type") or "")),
            "" if e.amount is None else format(e.amount, "f"),
            e.currency,
            format_time(e.last_status_at) if e.last_status_at else "",
            "" if e.error_code is None else e.error_code,
            _csv_safe(e.error_message or ""),
            _csv_safe(e.bank_reference_id or ""),
        ])
        count += 1
    return count


def export_csv_file(
    entries: Iterable[JournalEntry], path: Path, lang: str = "en", translate: Translator = identity
) -> int:
    """Write ``entries`` as CSV to ``path``, readable and writable by its owner only (0600): it
    names beneficiaries, their documents and accounts. A file already there is overwritten and
    narrowed to 0600 too. Returns the row count."""
    with paths.open_private(path, "w", encoding="utf-8", newline="") as handle:
        return export_csv(entries, handle, lang, translate)
