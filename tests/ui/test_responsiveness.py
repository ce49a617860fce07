"""The GUI thread stays responsive while slow requests are in flight (issue 4's one timing check)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from pytestqt.qtbot import QtBot

from tupay_desktop.api.models import Exchange
from tupay_desktop.ui import cashout_form
from tupay_desktop.ui.badges import StatusBadge
from tupay_desktop.ui.cashout_form import CLEARED_AFTER_CREATE, CashoutForm
from tupay_desktop.ui.inspector import InspectorWidget

from .conftest import VALID_FORM, Desk, fill_form

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


def _exchange(n: int) -> Exchange:
    return Exchange(
        method="POST", url="http://127.0.0.1:9/v3/cashout/status", request_headers=(),
        request_body=f'{{"login":"***","pass":"***","external_id":"burst-{n}"}}',
        started_at=datetime.now(UTC), status_code=200, response_body=f'{{"external_id":"burst-{n}"}}',
    )


def _count_validations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = cashout_form.validate_form

    def counting(values: Any) -> Any:
        calls.append(1)
        return real(values)

    monkeypatch.setattr(cashout_form, "validate_form", counting)
    return calls


def test_a_reset_or_a_fill_of_the_form_validates_it_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The create's outcome clears five fields under a new id: one validation of the form, not
    one per field's textChanged — and the form ends as if each field had been validated."""
    form = CashoutForm()
    qtbot.addWidget(form)
    calls = _count_validations(monkeypatch)
    form.set_values(dict(VALID_FORM))
    assert len(calls) == 1 and form.request() is not None
    old_id = form.external_id
    calls.clear()
    form.start_new_cashout()
    assert len(calls) == 1
    assert all(form.values()[name] == "" for name in CLEARED_AFTER_CREATE)
    assert form.external_id != old_id and form.request() is None
    # Cleared, untouched fields are not shown as errors; the problems are known all the same.
    assert set(CLEARED_AFTER_CREATE) <= set(form.problems())
    assert all(not form.error_label(name).isVisibleTo(form) for name in CLEARED_AFTER_CREATE)
    # Typing still validates at each keystroke.
    calls.clear()
    field = form.field("beneficiary_name")
    qtbot.keyClicks(field, "Al")
    assert len(calls) >= 2


class _StyleChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_the_same_status_again_does_not_restyle_the_badge(qtbot: QtBot) -> None:
    """Each answer of a followed cashout renders its status again, mostly unchanged: the badge is
    restyled (a re-polish, relayout and repaint) only when the status changes."""
    badge = StatusBadge()
    qtbot.addWidget(badge)
    changes = _StyleChanges()
    badge.installEventFilter(changes)
    badge.set_status(0)
    first = changes.count
    sheet = badge.styleSheet()
    assert first >= 1 and sheet
    badge.set_status(0)
    assert changes.count == first and badge.styleSheet() == sheet
    badge.set_status(1)
    assert changes.count > first and badge.styleSheet() != sheet


def test_exchanges_added_together_are_listed_and_the_newest_shown_once(qtbot: QtBot) -> None:
    inspector = InspectorWidget()
    qtbot.addWidget(inspector)
    inspector.set_environment("sandbox")
    renders: list[object] = []
    inspector.recent.currentItemChanged.connect(lambda current, _previous: renders.append(current))
    burst = [_exchange(n) for n in range(5)]
    inspector.add_exchanges([(exchange, "sandbox") for exchange in burst])
    assert inspector.exchanges() == burst[::-1]  # every one listed, newest first
    assert inspector.recent.topLevelItemCount() == 5
    assert inspector.exchange is burst[-1] and len(renders) == 1
    inspector.add_exchanges([(burst[2], "sandbox")])  # listed already: selected again, not added
    assert inspector.recent.topLevelItemCount() == 5 and inspector.exchange is burst[2]


def test_the_window_hands_an_answers_exchanges_to_the_inspector_on_the_next_turn(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    """An answer is rendered in its own slot; its exchange is shown a turn later — with every
    other exchange of that turn, in one render."""
    window = make_desk().window
    inspector = window.inspector
    before = inspector.exchanges()
    renders: list[object] = []
    inspector.recent.currentItemChanged.connect(lambda current, _previous: renders.append(current))
    burst = [_exchange(n) for n in range(3)]
    for exchange in burst:
        window.cashout_view.exchange_recorded.emit(exchange)
    assert inspector.exchanges() == before and window.exchanges_pending == 3  # not in this slot
    qtbot.waitUntil(lambda: window.exchanges_pending == 0, timeout=5000)
    assert inspector.exchanges()[:3] == burst[::-1]
    assert inspector.exchange is burst[-1] and len(renders) == 1


class _TurnCounter(QObject):
    """Counts turns of the event loop: a zero-interval timer that starts itself again."""

    def __init__(self) -> None:
        super().__init__()
        self.turns = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self.turns += 1


def test_an_exchange_is_listed_on_one_turn_and_shown_in_detail_on_a_later_one(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    """Listing a row and rendering the detail pane (headers, bodies, the JSON tree) are two
    stalls of the GUI thread, with a turn of the event loop — a heartbeat, a repaint — between."""
    window = make_desk().window
    inspector = window.inspector
    exchange = _exchange(7)
    listed_on: list[int] = []
    shown_on: list[int] = []
    counter = _TurnCounter()
    real_list, real_select = inspector.list_exchanges, inspector.select_exchange

    def listing(exchanges: Any) -> Any:
        listed_on.append(counter.turns)
        return real_list(exchanges)

    def selecting(chosen: Exchange) -> None:
        shown_on.append(counter.turns)
        real_select(chosen)

    inspector.list_exchanges = listing  # type: ignore[method-assign]
    inspector.select_exchange = selecting  # type: ignore[method-assign]
    window.cashout_view.exchange_recorded.emit(exchange)
    qtbot.waitUntil(lambda: window.exchanges_pending == 0, timeout=5000)
    assert inspector.exchanges()[0] is exchange and inspector.exchange is exchange
    assert len(listed_on) == 1 and len(shown_on) == 1 and shown_on[0] > listed_on[0]


def test_an_exchange_the_operator_picks_before_the_detail_turn_stays_shown(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    window = make_desk().window
    inspector = window.inspector
    older, shown, newer = _exchange(1), _exchange(2), _exchange(3)
    inspector.add_exchanges([(older, None), (shown, None)])
    assert inspector.exchange is shown
    real_list = inspector.list_exchanges
    clicked: list[Exchange | None] = []

    def click_older() -> None:  # the operator's click, between the listing and the detail turn
        assert window.exchanges_pending == 1 and inspector.exchange is shown
        inspector.recent.setCurrentItem(inspector.recent.topLevelItem(2))  # rows newest first
        clicked.append(inspector.exchange)

    def listing(exchanges: Any) -> Any:
        QTimer.singleShot(0, click_older)  # due before the detail turn, which is started after
        return real_list(exchanges)

    inspector.list_exchanges = listing  # type: ignore[method-assign]
    window.cashout_view.exchange_recorded.emit(newer)
    qtbot.waitUntil(lambda: window.exchanges_pending == 0 and bool(clicked), timeout=5000)
    assert clicked == [older]
    assert inspector.exchange is older  # theirs stays; the new row is listed above it
    assert inspector.exchanges()[:3] == [newer, shown, older]


def test_an_exchange_the_filter_hides_before_the_detail_turn_is_not_shown(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    window = make_desk().window
    inspector = window.inspector
    shown, hidden = _exchange(1), _exchange(2)
    inspector.add_exchanges([(shown, None)])
    real_list = inspector.list_exchanges

    def listing(exchanges: Any) -> Any:
        listed = real_list(exchanges)
        inspector.search_edit.setText("burst-1")  # the operator filters before the detail turn
        return listed

    inspector.list_exchanges = listing  # type: ignore[method-assign]
    window.cashout_view.exchange_recorded.emit(hidden)
    qtbot.waitUntil(lambda: window.exchanges_pending == 0, timeout=5000)
    assert hidden in inspector.exchanges() and inspector.exchange is shown


def test_a_steady_stream_of_exchanges_does_not_put_the_detail_off(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    """An answer landing every turn: the listing and the detail take turns, so an exchange of the
    stream is shown in detail while the stream still runs."""
    window = make_desk().window
    inspector = window.inspector
    before = inspector.exchange
    sent: list[Exchange] = []

    def feed() -> None:
        sent.append(_exchange(1000 + len(sent)))
        window.cashout_view.exchange_recorded.emit(sent[-1])

    feeder = QTimer()
    feeder.setInterval(0)
    feeder.timeout.connect(feed)
    feeder.start()
    try:
        qtbot.waitUntil(lambda: inspector.exchange is not before and inspector.exchange in sent,
                        timeout=5000)
        assert feeder.isActive()  # shown while answers still land
    finally:
        feeder.stop()


def test_a_body_out_of_sight_is_rendered_when_it_comes_into_sight(qtbot: QtBot) -> None:
    """Each answer's exchange is shown as it lands: the bodies' pages not in sight (the request's,
    the pretty and raw texts behind the response's tree) cost nothing until they are looked at."""
    from .support import all_texts

    inspector = InspectorWidget()
    qtbot.addWidget(inspector)
    inspector.resize(1000, 600)
    inspector.show()
    qtbot.waitExposed(inspector)
    exchange = Exchange(
        method="POST", url="http://127.0.0.1:9/v3/cashout", request_headers=(),
        request_body='{"login":"***","pass":"***","external_id":"sight-1","amount":12.50}',
        started_at=datetime.now(UTC), status_code=200, response_body='{"cashout_id":"77001"}',
    )
    inspector.add_exchange(exchange, "")
    texts = "\n".join(all_texts(inspector))
    assert "77001" in texts  # the response's tree, in sight
    assert exchange.request_body not in texts and '"external_id": "sight-1"' not in texts
    inspector.tabs.setCurrentWidget(inspector.request_body)
    body = inspector.request_body
    body.setCurrentWidget(body.raw_page)
    assert exchange.request_body in "\n".join(all_texts(inspector))  # the exact bytes, once seen
    body.setCurrentIndex(1)  # "Pretty"
    assert '"external_id": "sight-1"' in "\n".join(all_texts(inspector))
