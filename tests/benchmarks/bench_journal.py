"""Journal speed at 10,000 and 100,000 rows: what the history screen waits for.

Run: ``uv run python tests/benchmarks/bench_journal.py``. For each size it fills a throw-away journal
(``executemany`` straight into the table), then measures, as the history does:

- open: ``Journal(path)`` + ``count()`` + the first screen (100 rows, newest first);
- text filter: ``count(text=…)`` + the first page of matches;
- sort by amount: the first page ordered by amount (no index: a full sort);
- page deep: the page at offset 50,000 (or the middle), newest first.

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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

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


def bench(size: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.sqlite3"
        Journal(path).close()
        fill(path, size)

        def open_first_screen() -> None:
            with Journal(path) as j:
                j.count()
                j.query(limit=PAGE)

        results = {"open + first screen": median_ms(open_first_screen)}
        with Journal(path) as j:
            j.query(limit=PAGE)  # warm the reader connection
            results["text filter (count + page)"] = median_ms(
                lambda: (j.count(text="quispe"), j.query(text="quispe", limit=PAGE))
            )
            results["text filter, many hits"] = median_ms(
                lambda: (j.count(text="Peña"), j.query(text="Peña", limit=PAGE))
            )
            results["status + env filter"] = median_ms(
                lambda: (j.count(env_key="staging", statuses=[3]),
                         j.query(env_key="staging", statuses=[3], limit=PAGE))
            )
            results["sort by amount (page)"] = median_ms(lambda: j.query(order_by="amount", limit=PAGE))
            results["page deep (offset n/2)"] = median_ms(lambda: j.query(limit=PAGE, offset=size // 2))
        return results


def main() -> int:
    print(f"sqlite {sqlite3.sqlite_version}; median of {RUNS} runs, ms")
    table = {size: bench(size) for size in SIZES}
    names = list(next(iter(table.values())))
    width = max(len(n) for n in names)
    print(f"{'':{width}}  " + "  ".join(f"{size:>10,}" for size in SIZES))
    for name in names:
        print(f"{name:{width}}  " + "  ".join(f"{table[size][name]:>10.1f}" for size in SIZES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
