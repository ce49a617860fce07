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


class _FakeGc:
    """The interpreter's collector as :class:`GuiThreadCollector` sees it: the generations'
    counts, how many objects each holds, and what a collection frees."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, oldest: int) -> None:
        self.counts = (0, 0, 0)
        self.held = {0: 0, 1: 0, 2: oldest}
        self.frees = 0
        self.collected: list[int] = []
        self.walked: list[int] = []
        monkeypatch.setattr(gui_gc.gc, "get_count", lambda: self.counts)
        monkeypatch.setattr(gui_gc.gc, "collect", self.collect)
        monkeypatch.setattr(gui_gc.gc, "get_objects", self.get_objects)

    def collect(self, generation: int = 2) -> int:
        self.collected.append(generation)
        return self.frees

    def get_objects(self, generation: int | None = None) -> list[None]:
        assert generation is not None
        self.walked.append(generation)
        return [None] * self.held[generation]


def test_the_young_generation_is_collected_each_look_and_older_ones_by_the_thresholds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = _FakeGc(monkeypatch, oldest=1000)  # at install, 1000 objects are old: counted as kept
    collector = GuiThreadCollector(interval_ms=60_000)
    _first, second, third = gc.get_threshold()
    try:
        for count, young, frees, expected in [
            ((0, 0, 0), (0, 0), 0, -1),  # nothing allocated since the last look: nothing to do
            ((3, 0, 0), (3, 0), 0, 0),  # anything allocated: the young generation
            ((3, second + 1, 0), (50, 80), 30, 1),  # enough young collections: the middle one
            ((3, second + 1, third + 1), (40, 70), 10, 1),  # 100 + 100 promoted: not a quarter
            ((3, second + 1, third + 1), (60, 40), 0, 1),  # 300 promoted, not yet weighed
            ((3, second + 1, third + 1), (5, 5), 0, 2),  # 300 of 1000: the oldest
            ((3, second + 1, 0), (200, 200), 100, 1),  # 300 promoted since that one kept 1200
            ((3, second + 1, third + 1), (5, 5), 0, 1),  # 300 of 1200: not yet
        ]:
            fake.counts = count
            fake.held[0], fake.held[1] = young
            fake.frees = frees
            if expected == 2:
                fake.held[2] = 1200  # what the full collection keeps
            assert collector.collect_if_due() == expected
        assert fake.collected == [0, 1, 1, 1, 2, 1, 1] and collector.collections == [1, 5, 1]
        # The oldest generation was walked at install and after its collection only.
        assert fake.walked.count(2) == 2
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
    fake = _FakeGc(monkeypatch, oldest=500)
    _first, second, third = gc.get_threshold()
    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        fake.held[2] = 2000  # the start-up built the window: 1500 more old objects since install
        collector.collect_all()
        assert fake.collected == [2] and collector.collections[2] == 1
        fake.counts = (3, second + 1, third + 1)
        fake.held[0], fake.held[1] = 60, 40  # 100 promoted since: not a quarter of the 2000 kept
        assert collector.collect_if_due() == 1
        fake.held[0], fake.held[1] = 300, 200  # 600 promoted: the oldest is due
        assert collector.collect_if_due() == 1  # (weighed at this look, collected at the next)
        assert collector.collect_if_due() == 2
    finally:
        collector.stop()
        collector.deleteLater()


def test_a_full_collection_due_while_busy_waits_for_a_quiet_look(monkeypatch: pytest.MonkeyPatch) -> None:
    """It holds the GIL for ~20 ms: not while answers land, unless the Desk stays busy too long."""
    fake = _FakeGc(monkeypatch, oldest=100)
    _first, second, third = gc.get_threshold()
    collector = GuiThreadCollector(interval_ms=60_000)
    busy = [True]
    collector.postpone_full_while(lambda: busy[0])
    try:
        fake.counts = (3, second + 1, third + 1)
        fake.held[0], fake.held[1] = 100, 100  # 200 promoted: the oldest is due from now on
        assert collector.collect_if_due() == 1
        fake.held[0] = fake.held[1] = 0
        assert [collector.collect_if_due() for _ in range(3)] == [1, 1, 1]  # busy: it waits
        busy[0] = False
        assert collector.collect_if_due() == 2  # the first quiet look
        # Busy for good: it waits FULL_PATIENCE_LOOKS looks, then runs anyway.
        busy[0] = True
        fake.held[2] = 100
        fake.held[0], fake.held[1] = 100, 100
        assert collector.collect_if_due() == 1
        fake.held[0] = fake.held[1] = 0
        looks = [collector.collect_if_due() for _ in range(gui_gc.FULL_PATIENCE_LOOKS + 1)]
        assert looks == [1] * gui_gc.FULL_PATIENCE_LOOKS + [2]
    finally:
        collector.stop()
        collector.deleteLater()


def test_the_collector_knows_busy_from_the_runners_tasks_in_flight(qtbot: QtBot, qapp: Any) -> None:
    runner = TaskRunner()
    release = threading.Event()
    collector = collect_on_gui_thread(qapp, busy=lambda: runner.active_count() > 0)
    try:
        assert collect_on_gui_thread(qapp) is collector  # still the one collector
        done: list[bool] = []
        runner.submit(lambda: release.wait(5), done.append)
        assert collector._busy()
        release.set()
        qtbot.waitUntil(lambda: bool(done), timeout=5000)
        assert not collector._busy()
    finally:
        release.set()
        collector.postpone_full_while(lambda: False)


def test_a_postponed_full_collection_counts_every_look_even_without_allocations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The patience is a number of looks (a time), not of the looks that collect the middle
    generation (those come a dozen looks apart, and not at all while nothing is allocated)."""
    fake = _FakeGc(monkeypatch, oldest=100)
    _first, second, third = gc.get_threshold()
    collector = GuiThreadCollector(interval_ms=60_000)
    collector.postpone_full_while(lambda: True)
    try:
        fake.counts = (3, second + 1, third + 1)
        fake.held[0], fake.held[1] = 100, 100
        assert collector.collect_if_due() == 1  # 200 promoted: not yet weighed
        assert collector.collect_if_due() == 1  # due, and busy: owed
        fake.counts = (0, 0, 0)  # nothing allocated from now on
        looks = [collector.collect_if_due() for _ in range(gui_gc.FULL_PATIENCE_LOOKS)]
        assert looks == [-1] * (gui_gc.FULL_PATIENCE_LOOKS - 1) + [2]
    finally:
        collector.stop()
        collector.deleteLater()


def test_settling_collects_the_start_ups_garbage_then_freezes_what_it_keeps(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Later full collections walk only what came after the start-up: the quarter rule then
    weighs what is promoted against what the oldest generation holds after the freeze."""
    fake = _FakeGc(monkeypatch, oldest=500)
    calls: list[str] = []
    monkeypatch.setattr(gui_gc.gc, "collect", lambda generation=2: calls.append(f"collect {generation}") or 0)

    def freeze() -> None:
        calls.append("freeze")
        fake.held[2] = 40  # what is left in sight: the little made since the collection

    monkeypatch.setattr(gui_gc.gc, "freeze", freeze)
    monkeypatch.setattr(gui_gc.gc, "unfreeze", lambda: calls.append("unfreeze"))
    _first, second, third = gc.get_threshold()
    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        fake.held[2] = 60_000
        assert not collector.settled
        collector.settle()
        # What was frozen before (the Desk's start-up, frozen with its first frame) is weighed too.
        assert calls == ["unfreeze", "collect 2", "freeze"] and collector.collections[2] == 1
        assert collector.settled
        fake.counts = (3, second + 1, third + 1)
        fake.held[0], fake.held[1] = 10, 10  # 20 promoted: more than a quarter of the 40 in sight
        assert collector.collect_if_due() == 1
        assert collector.collect_if_due() == 2
    finally:
        collector.stop()
        collector.deleteLater()
