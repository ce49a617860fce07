"""History at scale: time to open the history and show its first screen, and to apply a text filter.

Run: ``uv run python tests/benchmarks/bench_history.py``. For 10,000 and 100,000 journal rows
(real journal file, rows inserted with ``executemany``, search index built), builds the history
view, shows it and waits until its first screen is painted (the query runs on a worker; the GUI
thread stays free); then types a text filter (applied at once, not after the typing pause) and
waits until the filtered screen is painted — the rows and the count; then sorts by amount, and
measures the GUI thread's longest stall (2 ms heartbeat) while a sort runs. Prints the median of 5
runs of each (the stall: the worst), in milliseconds, and under each figure its floor: the same
SQL on a plain ``sqlite3`` connection. A figure, not a test.
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZES = (10_000, 100_000)
RUNS = 5


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="tupay-bench-history-"))
    os.environ["TUPAY_DESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["TUPAY_DESK_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))

    import sqlite3

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from tests.ui.history_support import journal_with_rows
    from tupay_desktop.store import journal as journal_module
    from tupay_desktop.store.journal import Journal
    from tupay_desktop.ui.history import HistoryView
    from tupay_desktop.ui.workers import TaskRunner

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()

    def settle(view: HistoryView) -> None:
        """Until the rows and the count (queried on workers) have arrived and are painted."""
        app.processEvents()
        while view.model.loading or view._count_task is not None:
            app.processEvents()
            time.sleep(0.0005)
        view.table.viewport().repaint()
        app.processEvents()

    def timed(work: Callable[[], object]) -> float:
        t0 = time.perf_counter()
        work()
        return (time.perf_counter() - t0) * 1000.0

    def floor_ms(journal: Journal, path: Path, text: str | None, order_by: str = "created_at") -> float:
        """The same count + first page as the view asks for, on a plain connection."""
        where, params = journal._where(None, None, None, None, None, text)
        column = journal_module.ORDER_COLUMNS[order_by]
        page = (f"SELECT {journal_module._ENTRY_COLUMNS} FROM cashouts{where} "
                f"ORDER BY {column} DESC, id DESC LIMIT 201 OFFSET 0")
        db = sqlite3.connect(path)
        times = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            db.execute(f"SELECT COUNT(*) FROM cashouts{where}", params).fetchone()
            db.execute(page, params).fetchall()
            times.append((time.perf_counter() - t0) * 1000.0)
        db.close()
        return statistics.median(times)

    rows: list[tuple[str, int, float, float, float, float, float]] = []
    floors: list[tuple[float, float, float, float]] = []
    for size in SIZES:
        path = tmp / f"journal-{size}.sqlite3"
        t0 = time.perf_counter()
        journal = journal_with_rows(path, size)
        fill_s = time.perf_counter() - t0
        opens, needle, broad, sorts, stalls = [], [], [], [], []
        for _ in range(RUNS):
            holder: list[HistoryView] = []

            def open_view(holder: list[HistoryView] = holder, journal: Journal = journal) -> None:
                view = HistoryView(journal, runner)
                view.resize(1200, 700)
                view.show()
                settle(view)
                holder.append(view)

            opens.append(timed(open_view))
            view = holder[0]

            def filter_to(text: str, view: HistoryView = view) -> None:
                view.search_edit.setText(text)
                view.apply_filter()
                settle(view)

            needle.append(timed(lambda: filter_to("Quispe")))
            broad.append(timed(lambda: filter_to("Peña")))

            def sort_amount(view: HistoryView = view) -> None:
                view.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
                settle(view)

            sorts.append(timed(sort_amount))

            # The GUI thread's longest stall while a sort by amount runs (a 2 ms heartbeat).
            ticks: list[float] = []
            heartbeat = QTimer()
            heartbeat.setInterval(2)
            heartbeat.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
            heartbeat.start()
            view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
            end = time.perf_counter() + 0.05
            while view.model.loading or time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.0005)
            heartbeat.stop()
            gaps = [b - a for a, b in itertools.pairwise(ticks)]
            stalls.append(max(gaps) * 1000.0 if gaps else 0.0)
            runner.wait_for_done(10_000)
            app.processEvents()
            view.close()
            view.deleteLater()
            app.processEvents()
        floors.append((floor_ms(journal, path, None), floor_ms(journal, path, "Quispe"),
                       floor_ms(journal, path, "Peña"), floor_ms(journal, path, None, "amount")))
        journal.close()
        print(f"{size:>7} rows: filled and indexed in {fill_s:.1f} s", file=sys.stderr)
        rows.append((f"{size:,}", size, statistics.median(opens), statistics.median(needle),
                     statistics.median(broad), statistics.median(sorts), max(stalls)))

    print(f"History view (median of {RUNS} runs, ms)")
    print(f"{'rows':>10} | {'open + first screen':>19} | {'text filter (1 hit)':>19} | "
          f"{'text filter (broad)':>19} | {'sort by amount':>14} | {'longest GUI stall in sort':>25}")
    for (label, _size, opened, one, many, sort, stall), floor in zip(rows, floors, strict=True):
        print(f"{label:>10} | {opened:>19.1f} | {one:>19.1f} | {many:>19.1f} | {sort:>14.1f} | "
              f"{stall:>25.1f}")
        widths = (19, 19, 19, 14)
        cells = " | ".join(f"{value:>{width}.1f}" for value, width in zip(floor, widths, strict=True))
        print(f"{'raw SQLite':>10} | {cells} |")
    print("goal at 100,000 rows: text filter (1 hit) ≤ 20 ms; open + first screen ≤ 50 ms; GUI stall ≤ 16 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
