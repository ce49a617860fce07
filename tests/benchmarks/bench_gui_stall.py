"""The GUI thread's longest stall while 20 slow requests are in flight.

Run: ``uv run python tests/benchmarks/bench_gui_stall.py``. Builds the real main window on an
in-process sandbox with 2 s of added latency, starts 20 status lookups at once through the window's
task runner (a pool wide enough to run them all concurrently) plus one create through the form,
and measures the gaps between ticks of a 10 ms heartbeat timer on the GUI thread. Prints the
longest gap and percentiles in milliseconds. A figure, not a test.
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REQUESTS = 20
LATENCY_S = 2.0


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="tupay-bench-"))
    os.environ["TUPAY_DESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["TUPAY_DESK_DATA_DIR"] = str(tmp / "data")

    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the tests' in-memory keyring
    from tests.store.conftest import MemoryKeyring
    from tupay_desktop.app import _make_app
    from tupay_desktop.sandbox import Sandbox, SandboxConfig
    from tupay_desktop.store.credentials import CredentialStore
    from tupay_desktop.store.journal import Journal
    from tupay_desktop.store.settings import SettingsStore
    from tupay_desktop.ui.main_window import MainWindow
    from tupay_desktop.ui.workers import TaskRunner

    app = _make_app([])
    assert isinstance(app, QApplication)

    def pump(condition: object, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not (callable(condition) and condition()):
            app.processEvents()
            time.sleep(0.001)

    with Sandbox(config=SandboxConfig(latency_s=0.0)) as sandbox:
        credentials = CredentialStore(backend=MemoryKeyring())
        credentials.set("sandbox", sandbox.credentials)
        journal = Journal(tmp / "journal.sqlite3")
        pool = QThreadPool()
        pool.setMaxThreadCount(REQUESTS + 4)
        runner = TaskRunner(pool=pool)
        window = MainWindow(SettingsStore(), credentials, journal, runner)
        window.set_sandbox_url(sandbox.url)
        window.show()
        pump(lambda: window.service is not None, 10)
        service = window.service
        assert service is not None
        sandbox.config.latency_s = LATENCY_S

        ticks: list[float] = []
        heartbeat = QTimer()
        heartbeat.setInterval(10)
        heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
        heartbeat.start()
        window.form.set_values({
            "amount": "150.00", "currency": "PEN", "document_type": "DNI", "document_id": "71594743",
            "beneficiary_name": "Alex", "beneficiary_lastname": "Gonzales",
            "bank_account": "00320001310356642337", "account_type": "S",
        })
        started = time.perf_counter()
        window.form.request_send()
        for n in range(REQUESTS):
            runner.submit(lambda n=n: service.lookup(external_id=f"bench-{n}"), lambda _r: None)
        peak = runner.active_count()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (runner.active_count() or window.create_in_flight):
            app.processEvents()
            peak = max(peak, runner.active_count())
            time.sleep(0.0005)
        elapsed = time.perf_counter() - started
        heartbeat.stop()
        window._closing_confirmed = True
        window.close()
        window.shutdown()
        pool.waitForDone(10_000)
        journal.close()
        window.deleteLater()
        app.processEvents()

    gaps_ms = sorted((b - a) * 1000 for a, b in itertools.pairwise(ticks))
    print(f"{REQUESTS} concurrent lookups + 1 create, {LATENCY_S:.0f} s sandbox latency, "
          f"{peak} tasks in flight at peak, all done in {elapsed:.2f} s")
    print(f"heartbeat gaps (10 ms timer), {len(gaps_ms)} ticks: longest {gaps_ms[-1]:.1f} ms, "
          f"p99 {gaps_ms[int(len(gaps_ms) * 0.99)]:.1f} ms, median {statistics.median(gaps_ms):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
