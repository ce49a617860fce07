"""The cashout journal: every create, its outcome, every status and every exchange, in one SQLite file.

Nothing is lost and nothing is paid twice because a create is recorded (state ``sending``,
committed and synced) *before* any byte leaves the machine, and its outcome is recorded after:
``created`` (with the ``cashout_id``), ``declined`` (TuPay's error code and message), ``unknown``
(timeout, dropped connection — resolve by a status lookup by ``external_id``) or ``not_created``
(nothing was sent, or a lookup said TuPay has no such cashout; may be resubmitted with the *same*
``external_id``).

One database (``paths.data_dir() / "journal.sqlite3"``) is shared by the GUI and the CLI; every row
carries its environment key. WAL mode; the schema is versioned with ``PRAGMA user_version`` and
migrated forward on open (:data:`MIGRATIONS`, one function per version). All writes go through one
connection guarded by one lock (the single writer lane); each reading thread has its own
connection, so readers never block the writer and never see a half-written row.

Timestamps are UTC ISO-8601 text with microseconds (``2026-11-25T02:11:27.123456+00:00``), so text
order is time order. Amounts are stored as TEXT and read back as ``Decimal``. ``login``/``pass``
are never stored: request bodies arrive redacted (``models.redact_body``) and are redacted again here.

This module knows nothing about Qt.
"""

# ruff: noqa: S608 - SQL text is built only from this module's constants; every value is a parameter.

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TextIO

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
from tupay_desktop.store import paths

__all__ = [
    "CSV_COLUMNS",
    "FINAL_STATUSES",
    "JOURNAL_FILE",
    "MIGRATIONS",
    "ORDER_COLUMNS",
    "STATES",
    "ExternalIdInUseError",
    "Journal",
    "JournalEntry",
    "default_path",
    "export_csv",
    "format_time",
]

JOURNAL_FILE = "journal.sqlite3"

#: The states of a cashout row.
STATES = ("sending", "created", "declined", "unknown", "not_created")
#: States whose outcome is not known yet (reconciled by a lookup by external_id).
UNRESOLVED_STATES = ("sending", "unknown")
#: States over which a create with the same external_id may be sent again (nothing exists at TuPay).
RESENDABLE_STATES = ("not_created", "declined")
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


def _now() -> str:
    return format_time(datetime.now(UTC))


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
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_migrate_1, _migrate_add_search_index)
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
    "last_status_description, rejection_code, rejection_reason, last_status_at, error_code, error_message"
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
# The journal
# --------------------------------------------------------------------------------------------


class Journal:
    """The journal database. Thread-safe: writes are serialised, each thread reads on its own
    connection. Close it with :meth:`close` (or use it as a context manager)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._write_lock = threading.Lock()
        self._closed = False
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._local = threading.local()
        self._search_ready = False
        if not self.path.exists():
            # Personal data (names, documents, accounts): readable by this user only. SQLite gives
            # the -wal and -shm files the database file's permissions.
            self.path.touch(mode=0o600)
        self._writer = self._connect()
        self._writer.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before it returns (a crash or power cut cannot undo 'sending').
        self._writer.execute("PRAGMA synchronous=FULL")
        _migrate(self._writer)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(
            self.path, timeout=30.0, isolation_level=None, check_same_thread=False
        )
        db.execute("PRAGMA busy_timeout = 30000")
        return db

    def __repr__(self) -> str:
        return f"Journal({str(self.path)!r})"

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every connection (idempotent). The journal cannot be used afterwards."""
        with self._write_lock:
            if self._closed:
                return
            self._closed = True
            with self._readers_lock:
                for reader in self._readers:
                    reader.close()
                self._readers.clear()
            self._writer.close()

    # -- plumbing ----------------------------------------------------------------------------

    def _reader(self) -> sqlite3.Connection:
        if self._closed:
            raise RuntimeError("the journal is closed")
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = self._connect()
            db.execute("PRAGMA query_only = 1")
            self._local.db = db
            with self._readers_lock:
                self._readers.append(db)
        return db

    def _write(self, work: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``work`` in one committed transaction on the writer lane."""
        with self._write_lock:
            if self._closed:
                raise RuntimeError("the journal is closed")
            db = self._writer
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
            return result

    # -- writes ------------------------------------------------------------------------------

    def record_sending(self, env_key: str, request: CashoutRequest, redacted_body: str) -> None:
        """Record a create about to be sent (state ``sending``); committed before it returns.

        A row for this ``env_key``/``external_id`` that is ``not_created`` or ``declined`` is
        reused (a resubmit with the same id); any other existing row raises
        :class:`ExternalIdInUseError` — that cashout may exist, and must not be sent again.
        """
        now = _now()
        body = redact_body(redacted_body)
        values = (
            env_key, request.external_id, body, request.beneficiary_name, request.beneficiary_lastname,
            request.document_type, request.document_id, request.bank_account,
            _amount_text(request.amount), request.currency, now, now,
        )

        def work(db: sqlite3.Connection) -> None:
            cursor = db.execute(
                f"""
                INSERT INTO cashouts (env_key, external_id, state, request_json, beneficiary_name,
                    beneficiary_lastname, document_type, document_id, bank_account, amount, currency,
                    created_at, updated_at)
                VALUES (?, ?, 'sending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (env_key, external_id) DO UPDATE SET
                    state = 'sending', request_json = excluded.request_json,
                    beneficiary_name = excluded.beneficiary_name,
                    beneficiary_lastname = excluded.beneficiary_lastname,
                    document_type = excluded.document_type, document_id = excluded.document_id,
                    bank_account = excluded.bank_account, amount = excluded.amount,
                    currency = excluded.currency, updated_at = excluded.updated_at,
                    cashout_id = NULL, error_code = NULL, error_message = NULL
                WHERE cashouts.state IN {RESENDABLE_STATES!r}
                """,
                values,
            )
            if cursor.rowcount != 1:
                raise ExternalIdInUseError(
                    f"external_id {request.external_id!r} is already journalled in {env_key}; "
                    "look it up instead of sending it again"
                )

        self._write(work)

    def record_outcome(self, env_key: str, external_id: str, outcome: CreateOutcome) -> None:
        """Record what a create ended as: created, declined, unknown, or not_created."""
        now = _now()
        if isinstance(outcome, Created):
            sql = (
                "UPDATE cashouts SET state = 'created', cashout_id = ?, last_status = ?, "
                "last_status_description = ?, last_status_at = ?, error_code = NULL, "
                "error_message = NULL, updated_at = ? WHERE env_key = ? AND external_id = ?"
            )
            params: tuple[Any, ...] = (
                outcome.cashout_id, int(CashoutStatusCode.PENDING), "Pending", now, now, env_key, external_id,
            )
        else:
            if isinstance(outcome, ApiFailure):
                state, code, message = "declined", outcome.error.code, outcome.error.message
            elif isinstance(outcome, OutcomeUnknown):
                state, code, message = "unknown", None, outcome.message
            elif isinstance(outcome, NetworkError):
                state, code, message = "not_created", None, outcome.message
            else:  # pragma: no cover - exhaustive
                raise TypeError(f"not a create outcome: {type(outcome).__name__}")
            sql = (
                "UPDATE cashouts SET state = ?, error_code = ?, error_message = ?, updated_at = ? "
                "WHERE env_key = ? AND external_id = ?"
            )
            params = (state, code, message, now, env_key, external_id)
        self._write(lambda db: db.execute(sql, params))

    def mark(self, env_key: str, external_id: str, state: str, message: str | None = None,
             error_code: int | None = None, *, only_from: Iterable[str] | None = None) -> bool:
        """Set a row's state (used by reconciliation), keeping a message for the operator.

        With ``only_from``, the row changes only while its state is one of those (another process
        sharing the journal may have recorded the create's outcome meanwhile). Returns whether a
        row changed.
        """
        if state not in STATES:
            raise ValueError(f"unknown journal state {state!r}")
        sql = (
            "UPDATE cashouts SET state = ?, error_code = ?, error_message = ?, updated_at = ? "
            "WHERE env_key = ? AND external_id = ?"
        )
        params: list[Any] = [state, error_code, message, _now(), env_key, external_id]
        allowed = list(only_from) if only_from is not None else None
        if allowed is not None:
            sql += f" AND state IN ({', '.join('?' for _ in allowed) or 'NULL'})"
            params += allowed
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

        With ``adopt`` (reconciliation found the cashout at TuPay) the row becomes ``created``
        and, when given, takes ``cashout_id``.
        """
        if external_id is None and cashout_id is None:
            raise ValueError("record_status needs an external_id or a cashout_id")
        now = _now()
        sets = (
            "last_status = ?, last_status_description = ?, rejection_code = ?, rejection_reason = ?, "
            "last_status_at = ?, updated_at = ?"
        )
        params: list[Any] = [
            status.code, status.description, status.rejection_code, status.rejection_reason, now, now,
        ]
        if adopt:
            sets += ", state = 'created', error_code = NULL, error_message = NULL"
            if cashout_id is not None:
                sets += ", cashout_id = ?"
                params.append(cashout_id)
        if external_id is not None:
            where = "env_key = ? AND external_id = ?"
            params += [env_key, external_id]
        else:
            where = "env_key = ? AND cashout_id = ?"
            params += [env_key, cashout_id]
        sql = f"UPDATE cashouts SET {sets} WHERE {where}"
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
        processes at once, and to stop and resume: progress is committed with each batch."""
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
    ) -> list[JournalEntry]:
        """Rows matching every given filter (``until`` exclusive; ``text`` matches external_id,
        cashout_id, the beneficiary's names, document and account), sorted, one page at a time.

        ``states`` and ``statuses`` together select rows in any of those states *or* statuses.
        """
        column = ORDER_COLUMNS.get(order_by)
        if column is None:
            raise ValueError(f"cannot order by {order_by!r}")
        where, params = self._where(env_key, states, statuses, since, until, text)
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
        """Rows whose create outcome is not known (``sending`` or ``unknown``), oldest first."""
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
        self, env_key: str, document_id: str, bank_account: str, amount: Decimal, since: datetime
    ) -> list[JournalEntry]:
        """Cashouts to the same document and account for the same amount, journalled in ``env_key``
        since ``since``, that exist or may exist (not ``declined``/``not_created``)."""
        rows = self._reader().execute(
            f"SELECT {_ENTRY_COLUMNS} FROM cashouts WHERE env_key = ? AND document_id = ? "
            "AND bank_account = ? AND created_at >= ? AND state IN ('sending', 'created', 'unknown') "
            "ORDER BY created_at DESC",
            (env_key, document_id, bank_account, format_time(since)),
        ).fetchall()
        return [e for e in (_entry(row) for row in rows) if e.amount is not None and e.amount == amount]


# --------------------------------------------------------------------------------------------
# CSV export
# --------------------------------------------------------------------------------------------

#: The columns of :func:`export_csv`. No request body, no header, no secret.
CSV_COLUMNS = (
    "created_at", "env_key", "external_id", "cashout_id", "state", "status", "status_description",
    "rejection_code", "rejection_reason", "beneficiary_name", "beneficiary_lastname", "document_type",
    "document_id", "bank_account", "amount", "currency", "last_status_at", "error_code", "error_message",
)


def _csv_safe(value: str) -> str:
    """Neutralise spreadsheet formulas (``=``, ``+``, ``-``, ``@`` at the start of free text)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_csv(entries: Iterable[JournalEntry], file: TextIO) -> int:
    """Write ``entries`` as CSV (header row first) to an open text file; returns the row count.

    Open the file with ``newline=""``. Only the journal's non-secret columns are written.
    """
    import csv  # only for an export: not on the way to the first window

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
            "" if e.last_status is None else e.last_status,
            _csv_safe(e.last_status_description or ""),
            "" if e.rejection_code is None else e.rejection_code,
            _csv_safe(e.rejection_reason or ""),
            _csv_safe(e.beneficiary_name),
            _csv_safe(e.beneficiary_lastname),
            e.document_type,
            e.document_id,
            e.bank_account,
            "" if e.amount is None else format(e.amount, "f"),
            e.currency,
            format_time(e.last_status_at) if e.last_status_at else "",
            "" if e.error_code is None else e.error_code,
            _csv_safe(e.error_message or ""),
        ])
        count += 1
    return count
