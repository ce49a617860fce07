"""Reference cycles holding Qt objects are collected on the GUI thread, never on a worker's."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from tupay_desktop.ui import gui_gc
from tupay_desktop.ui.gui_gc import GuiThreadCollector, collect_on_gui_thread
from tupay_desktop.ui.workers import TaskRunner


class _Cycle:
    """A Qt object held by a reference cycle: garbage only the cyclic collector frees (as a closed
    dialog's helper that refers back to it). Freed on a worker, its QObject would be deleted there."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.me = self


def test_the_desk_collects_on_the_gui_thread_only(qapp: Any) -> None:
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # installed once
    assert not gc.isenabled()  # no collection in whatever thread allocates


def test_a_cycle_freed_while_a_worker_allocates_is_freed_on_the_gui_thread(qtbot: QtBot, qapp: Any) -> None:
    collect_on_gui_thread(qapp)
    gui_thread = threading.get_ident()
    freed: list[int] = []
    cycle = _Cycle()
    weakref.finalize(cycle, lambda: freed.append(threading.get_ident()))
    del cycle  # garbage now, but only the cyclic collector can free it

    def allocate() -> int:  # a worker parsing answers: far past the young generation's threshold
        junk = [[n] for n in range(20 * gc.get_threshold()[0])]
        return len(junk)

    runner = TaskRunner()
    done: list[int] = []
    runner.submit(allocate, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    qtbot.waitUntil(lambda: bool(freed), timeout=5000)  # the collector's timer, on this thread
    assert freed == [gui_thread]


def test_the_young_generation_is_collected_each_look_and_older_ones_by_the_thresholds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    collected: list[int] = []
    counts = [(0, 0, 0)]
    oldest = [1000]  # how many objects the oldest generation holds: at install, 1000
    monkeypatch.setattr(gui_gc.gc, "get_count", lambda: counts[0])
    monkeypatch.setattr(gui_gc.gc, "collect", lambda generation=2: collected.append(generation) or 0)
    monkeypatch.setattr(gui_gc.gc, "get_objects", lambda generation=None: [None] * oldest[0])
    collector = GuiThreadCollector(interval_ms=60_000)
    _first, second, third = gc.get_threshold()
    try:
        for count, held, expected in [
            ((0, 0, 0), 1000, -1),  # nothing allocated since the last look: nothing to do
            ((3, 0, 0), 1000, 0),  # anything allocated: the young generation
            ((3, second + 1, 0), 1000, 1),  # enough young collections: the middle one
            ((3, second + 1, third + 1), 1100, 1),  # 100 promoted since install: not a quarter
            ((3, second + 1, 2 * third + 2), 1300, 2),  # 300: the oldest
            ((3, second + 1, third + 1), 1400, 1),  # 100 since that one kept 1300: not yet
            ((3, second + 1, 2 * third + 2), 1700, 2),  # 400: the oldest again
        ]:
            counts[0], oldest[0] = count, held
            assert collector.collect_if_due() == expected
        assert collected == [0, 1, 1, 2, 1, 2] and collector.collections == [1, 3, 2]
    finally:
        collector.stop()
        collector.deleteLater()
    assert not gc.isenabled()  # a second collector never gives the collection back


def test_the_collector_gives_the_collection_back_only_if_it_took_it(qapp: Any) -> None:
    session = collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    other = GuiThreadCollector(interval_ms=60_000)  # made while the session's is in charge
    other.stop()
    other.deleteLater()
    assert not gc.isenabled() and collect_on_gui_thread(qapp) is session


def test_a_full_collection_on_demand_counts_its_survivors_as_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    collected: list[object] = []
    oldest = [500]
    monkeypatch.setattr(gui_gc.gc, "collect", lambda *generation: collected.append(generation) or 0)
    monkeypatch.setattr(gui_gc.gc, "get_objects", lambda generation=None: [None] * oldest[0])
    _first, second, third = gc.get_threshold()
    monkeypatch.setattr(gui_gc.gc, "get_count", lambda: (3, second + 1, third + 1))
    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        oldest[0] = 2000  # the start-up built the window: 1500 promoted since install
        collector.collect_all()
        assert collected == [()] and collector.collections[2] == 1
        oldest[0] = 2100  # 100 more since: not a quarter of the 2000 kept
        assert collector.collect_if_due() == 1
    finally:
        collector.stop()
        collector.deleteLater()
