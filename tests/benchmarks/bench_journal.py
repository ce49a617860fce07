"""Journal speed at 10,000 and 100,000 rows — what the history screen waits for — beside raw SQLite.

Run: ``uv run python tests/benchmarks/bench_journal.py``. For each size it fills a throw-away
journal as an older Desk left it (``executemany`` straight into the table, before the search
index existed), opens it (the migration adds the index) and builds the index as the Desk does
after the migration (timed, with the longest write transaction: how long a create may wait for the
writer lane meanwhile). Then, for each figure, the ``Journal`` call and — the floor — the same SQL on
a plain ``sqlite3`` connection (no Python objects made from the rows):

- open: ``Journal(path)`` + ``count()`` + the first screen (100 rows, newest first);
- text filter: ``count(text=…)`` + the first page of matches (one hit; and a broad one);
- text filter by scanning: the same with the index not used (as for a query of 1–2 characters,
  or while the index is being built);
- status + env filter, sort by amount (page), page deep (offset n/2).

Each figure is the median of 5 runs, in milliseconds. A figure, not a test.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.ui.history_support import create_journal_before_search_index
from tupay_desktop.store import journal as journal_module
from tupay_desktop.store.journal import Journal, format_time

SIZES = (10_000, 100_000)
PAGE = 100
RUNS = 5
FIRST = ("Alex", "María", "José", "Lucía", "Pedro")
LAST = ("Gonzales", "Peña", "Rojas", "Torres", "Flores", "Huamán", "Vargas")


def fill(path: Path, count: int) -> None:
    base = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    rows = []
    for i in range(count):
        name, lastname = ("Zacarías", "Quispe") if i == count // 2 else (FIRST[i % 5], LAST[i % 7])
        rows.append((
            ("sandbox", "staging", "production")[i % 3], f"hist-{i:06d}", 500_000 + i, "created",
            f'{{"login":"***","pass":"***","external_id":"hist-{i:06d}"}}', name, lastname, "DNI",
            f"{70_000_000 + i}", f"002193{i:014d}", f"{i % 1000}.25", "PEN" if i % 2 == 0 else "USD",
            format_time(base - timedelta(minutes=i)), format_time(base), i % 6,
        ))
    db = sqlite3.connect(path)
    with db:
        db.executemany(
            "INSERT INTO cashouts (env_key, external_id, cashout_id, state, request_json, beneficiary_name, "
            "beneficiary_lastname, document_type, document_id, bank_account, amount, currency, created_at, "
            "updated_at, last_status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    db.close()


def median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        work()
        times.append((time.perf_counter() - t0) * 1000.0)
    return statistics.median(times)


def raw_sql(j: Journal, *, count: bool, order_by: str = "created_at", limit: int | None = PAGE,
            offset: int = 0, **filters: Any) -> tuple[str, list[Any]]:
    """The SQL the journal runs for these filters (to time it on a plain connection)."""
    where, params = j._where(filters.get("env_key"), filters.get("states"), filters.get("statuses"),
                             None, None, filters.get("text"))
    if count:
        return f"SELECT COUNT(*) FROM cashouts{where}", params
    column = journal_module.ORDER_COLUMNS[order_by]
    sql = f"SELECT {journal_module._ENTRY_COLUMNS} FROM cashouts{where} ORDER BY {column} DESC, id DESC"
    return sql + " LIMIT ? OFFSET ?", [*params, limit if limit is not None else -1, offset]


def bench(size: int) -> tuple[dict[str, tuple[float, float]], dict[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.sqlite3"
        create_journal_before_search_index(path)
        fill(path, size)
        batches: list[float] = []
        with Journal(path) as j:  # the migration: the index exists, still to be built
            last = [time.perf_counter()]

            def progress(_done: int, _total: int) -> None:
                now = time.perf_counter()
                batches.append(now - last[0])
                last[0] = now

            t0 = time.perf_counter()
            assert j.build_search_index(progress=progress)
            built = {"index build (s)": time.perf_counter() - t0, "longest batch (ms)": max(batches) * 1000}

        raw = sqlite3.connect(path)
        raw.execute("PRAGMA query_only = 1")

        def raw_ms(*queries: tuple[str, list[Any]]) -> float:
            return median_ms(lambda: [raw.execute(sql, params).fetchall() for sql, params in queries])

        def open_first_screen() -> None:
            with Journal(path) as j:
                j.count()
                j.query(limit=PAGE)

        def raw_open() -> None:
            db = sqlite3.connect(path)
            db.execute("SELECT COUNT(*) FROM cashouts").fetchone()
            columns = journal_module._ENTRY_COLUMNS
            db.execute(f"SELECT {columns} FROM cashouts ORDER BY created_at DESC, id DESC LIMIT ?",
                       (PAGE,)).fetchall()
            db.close()

        results = {"open + first screen": (median_ms(open_first_screen), median_ms(raw_open))}
        with Journal(path) as j:
            j.query(limit=PAGE)  # warm the reader connection

            def pair(**filters: Any) -> tuple[float, float]:
                journal = median_ms(lambda: (j.count(**filters), j.query(**filters, limit=PAGE)))
                floor = raw_ms(raw_sql(j, count=True, **filters), raw_sql(j, count=False, **filters))
                return journal, floor

            results["text filter, 1 hit (count + page)"] = pair(text="quispe")
            results["text filter, 1/7 of rows"] = pair(text="Peña")
            ready = j._search_ready
            j._search_ready = False
            j.search_index_progress = lambda: None  # type: ignore[method-assign]  # as before the build
            results["text filter by scanning, 1 hit"] = pair(text="quispe")
            del j.search_index_progress
            j._search_ready = ready
            results["status + env filter"] = pair(env_key="staging", statuses=[3])
            results["sort by amount (page)"] = (
                median_ms(lambda: j.query(order_by="amount", limit=PAGE)),
                raw_ms(raw_sql(j, count=False, order_by="amount")),
            )
            results["page deep (offset n/2)"] = (
                median_ms(lambda: j.query(limit=PAGE, offset=size // 2)),
                raw_ms(raw_sql(j, count=False, offset=size // 2)),
            )
        raw.close()
        return results, built


def main() -> int:
    print(f"sqlite {sqlite3.sqlite_version}; median of {RUNS} runs, ms; "
          "each figure: Journal / raw SQLite (the same SQL on a plain connection)")
    table = {size: bench(size) for size in SIZES}
    names = list(table[SIZES[0]][0])
    width = max(len(n) for n in names)
    print(f"{'':{width}}  " + "  ".join(f"{size:>17,}" for size in SIZES))
    for name in names:
        cells = [f"{table[size][0][name][0]:>7.1f} / {table[size][0][name][1]:>7.1f}" for size in SIZES]
        print(f"{name:{width}}  " + "  ".join(cells))
    for name in table[SIZES[0]][1]:
        label = f"search index of an older journal: {name}"
        print(f"{label}  " + "  ".join(f"{table[size][1][name]:>7.2f}" for size in SIZES))
    print("goal: text filter, 1 hit (count + page) < 20 ms at 100,000 rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
