"""The GUI thread stays responsive while slow requests are in flight (issue 4's one timing check)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from .conftest import Desk, fill_form

#: The longest the GUI thread may go without running its 10 ms heartbeat.
MAX_STALL_S = 0.100


def test_heartbeat_never_stalls_with_slow_requests_in_flight(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    window = desk.window
    service = window.service
    assert service is not None
    desk.sandbox.config.latency_s = 2.0

    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    qtbot.wait(50)

    # A create through the window, several lookups through the cashout view and the runner.
    fill_form(window)
    window.form.request_send()
    window.cashout_view.show_cashout(None, "desk-nonexistent-0001")
    for n in range(6):
        window.runner.submit(lambda n=n: service.lookup(external_id=f"desk-probe-{n}"), lambda _r: None)
    qtbot.waitUntil(lambda: window.runner.active_count() >= 6, timeout=2000)
    assert window.busy.isVisibleTo(window)
    qtbot.waitUntil(lambda: not window.create_in_flight and window.runner.active_count() == 0, timeout=20_000)
    heartbeat.stop()

    assert len(desk.sandbox.cashouts()) == 1
    assert len(ticks) > 50
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < MAX_STALL_S, f"GUI thread stalled {max(gaps) * 1000:.0f} ms"
