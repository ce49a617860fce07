"""Filling a real journal with many rows fast (``executemany`` into its table), for tests and benchmarks.

Row ``i`` is deterministic: environment ``ENVS[i % 3]``, ``external_id`` ``hist-{i:06d}``,
``cashout_id`` ``500000 + i``, status ``i % 6``, amount ``(i % 1000) + 0.25`` PEN/USD alternating,
beneficiary from a small list (row 4242 is the only "Zacarías Quispe"), created one minute apart
going back from ``BASE_TIME``.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from tupay_desktop.store import journal as journal_module
from tupay_desktop.store.journal import Journal, format_time

ENVS = ("sandbox", "staging", "production")
FIRST_NAMES = ("Alex", "María", "José", "Lucía", "Pedro")
LAST_NAMES = ("Gonzales", "Peña", "Rojas", "Torres", "Flores", "Huamán", "Vargas")
BASE_TIME = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
NEEDLE_ROW = 4242
NEEDLE_NAME = ("Zacarías", "Quispe")


def row_values(i: int) -> dict[str, Any]:
    first, last = (NEEDLE_NAME if i == NEEDLE_ROW else
                   (FIRST_NAMES[i % len(FIRST_NAMES)], LAST_NAMES[i % len(LAST_NAMES)]))
    return {
        "env_key": ENVS[i % 3],
        "external_id": f"hist-{i:06d}",
        "cashout_id": 500_000 + i,
        "state": "created",
        "created_at": BASE_TIME - timedelta(minutes=i),
        "beneficiary_name": first,
        "beneficiary_lastname": last,
        "amount": Decimal(i % 1000) + Decimal("0.25"),
        "currency": "PEN" if i % 2 == 0 else "USD",
        "last_status": i % 6,
    }


def fill_journal(path: Path, count: int) -> None:
    """Insert ``count`` rows into the journal database at ``path`` (the Journal must have created it)."""
    connection = sqlite3.connect(path)
    try:
        rows = []
        for i in range(count):
            values = row_values(i)
            values["created_at"] = format_time(values["created_at"])
            values["amount"] = str(values["amount"])
            rows.append(values)
        with connection:
            insert_rows(connection, "cashouts", rows)
    finally:
        connection.close()


def insert_rows(connection: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """``executemany`` of same-keyed row dicts into ``table``."""
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    connection.executemany(sql, [tuple(row[c] for c in columns) for row in rows])


def create_journal_before_search_index(path: Path) -> None:
    """A journal file at the schema just before the history's search index: an existing journal
    as an older Desk left it. Rows inserted into it go in without the index's triggers (fast)."""
    before = journal_module.MIGRATIONS.index(journal_module._migrate_add_search_index)
    connection = sqlite3.connect(path)
    try:
        with connection:
            for migration in journal_module.MIGRATIONS[:before]:
                migration(connection)
            connection.execute(f"PRAGMA user_version = {before}")
    finally:
        connection.close()


def journal_with_rows(path: Path, count: int) -> Journal:
    """A journal of ``count`` rows (see :func:`row_values`), its search index built: filled as an
    older Desk's journal, then opened (migrated) and indexed in one batch."""
    create_journal_before_search_index(path)
    fill_journal(path, count)
    journal = Journal(path)
    journal.build_search_index(batch=count + 1)
    return journal
