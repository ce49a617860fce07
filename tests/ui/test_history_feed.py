"""The History model fed by the state feed: a changed row is re-read and announced row by row (never
a reset); a new row that matches the filter is inserted where the current order puts it, or left
to the page that holds it; and the Desk's one refresh schedule never polls a cashout twice."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.history_support import fill_journal
from tests.ui.support import make_request
from tupay_desktop.api.models import CashoutStatus
from tupay_desktop.store.journal import Journal
from tupay_desktop.ui.cashout_feed import CashoutFeed
from tupay_desktop.ui.history import HistoryFilter, HistoryModel

from .conftest import Desk, fill_form


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as opened:
        fill_journal(path, 450)  # amounts 0.25, 1.25, … 449.25; created one minute apart
        yield opened


def _sending(journal: Journal, external_id: str, amount: str, env_key: str = "sandbox") -> None:
    request = dataclasses.replace(make_request(external_id), amount=Decimal(amount))
    journal.record_sending(env_key, request, "{}")


def _ids(model: HistoryModel) -> list[str]:
    return [model.entry(row).external_id for row in range(model.rowCount())]


def test_a_changed_row_is_read_again_and_announced_alone(qtbot: QtBot, journal: Journal) -> None:
    feed = CashoutFeed(journal, poll_ms=60_000)
    model = HistoryModel(journal, page_size=100, feed=feed)
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    target = model.entry(3)
    assert target.last_status != 1
    journal.record_status(target.env_key, external_id=target.external_id,
                          status=CashoutStatus(1, "Completed"))
    qtbot.waitUntil(lambda: model.entry(3).last_status == 1, timeout=5000)
    assert changed == [(3, 3)] and resets == []
    assert model.index(3, 1).data() == "COMPLETED"
    feed.stop()


def test_new_rows_are_inserted_where_the_order_puts_them(qtbot: QtBot, journal: Journal) -> None:
    feed = CashoutFeed(journal, poll_ms=60_000)
    model = HistoryModel(journal, page_size=100, feed=feed)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))

    _sending(journal, "newest", "7.00")  # newest first (the default order): at the top
    qtbot.waitUntil(lambda: _ids(model)[:1] == ["newest"], timeout=5000)
    assert model.rowCount() == 101 and resets == []

    amount = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Amount")
    model.sort(amount, Qt.SortOrder.AscendingOrder)  # 0.25, 1.25, …, 6.25, 7.00 (newest), 7.25, …
    assert _ids(model)[6:9] == ["hist-000006", "newest", "hist-000007"]
    resets.clear()
    _sending(journal, "middle", "50.30")  # between 50.25 and 51.25
    _sending(journal, "beyond", "300.30")  # past the rows loaded so far: its page brings it
    qtbot.waitUntil(lambda: "middle" in _ids(model), timeout=5000)
    ids = _ids(model)
    assert ids[ids.index("middle") - 1] == "hist-000050" and ids[ids.index("middle") + 1] == "hist-000051"
    assert "beyond" not in ids and resets == []
    while model.canFetchMore():
        model.fetchMore()
    ids = _ids(model)
    assert ids.count("beyond") == 1 and len(ids) == len(set(ids)) == 453
    assert [model.entry(r).amount for r in range(model.rowCount())] == sorted(
        model.entry(r).amount for r in range(model.rowCount()))

    model.set_filter(HistoryFilter(env_key="staging"))
    before = model.rowCount()
    _sending(journal, "other-env", "1.00", env_key="sandbox")  # does not match the filter
    _sending(journal, "staging-new", "0.10", env_key="staging")  # does: first by amount
    qtbot.waitUntil(lambda: _ids(model)[:1] == ["staging-new"], timeout=5000)
    assert "other-env" not in _ids(model) and model.rowCount() == before + 1
    feed.stop()


def test_the_view_and_history_share_one_schedule_and_never_poll_a_cashout_twice(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    """The shown cashout is open in History too: both follow it, through the one schedule, so its
    lookups stay a back-off delay apart."""
    desk = make_desk(backoff_ms=(300,))
    desk.sandbox.update_config({"pending_to_delivered_s": 10_000})  # it stays PENDING
    window = desk.window
    history = window.history
    assert history is not None
    fill_form(window)
    external_id = window.form.external_id
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    qtbot.waitUntil(lambda: window.cashout_view.external_id == external_id, timeout=5000)
    key = ("sandbox", external_id)

    def lookups() -> list[float]:
        return [e.started_at.timestamp() for e in desk.journal.exchanges(*key)
                if e.url.endswith("/v3/cashout/status")]

    history.set_service(window.service)  # History asks again to follow every open cashout
    qtbot.waitUntil(lambda: len(lookups()) >= 5, timeout=15_000)
    assert window.schedule.following().count(key) == 1
    times = lookups()
    # The view's first lookup may meet History's start-up one; after that, one plan: a delay apart.
    gaps = [later - earlier for earlier, later in itertools.pairwise(times[1:])]
    assert gaps and min(gaps) >= 0.25, gaps
