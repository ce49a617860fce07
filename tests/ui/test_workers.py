"""The worker helper: work runs off the GUI thread, callbacks come back on it."""

from __future__ import annotations

import threading
import weakref

import shiboken6
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from tupay_desktop.ui.workers import TaskRunner


def test_result_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        seen["callback"] = threading.get_ident()
        results.append(value)

    runner.submit(work, done)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread
    assert runner.active_count() == 0


def test_failure_reaches_the_error_callback(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[str] = []

    def boom() -> None:
        raise RuntimeError("no route")

    runner.submit(boom, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "no route" in errors[0]


def test_cancelled_task_drops_its_result_and_busy_is_reported(qtbot: QtBot) -> None:
    runner = TaskRunner()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    results: list[str] = []
    gate = threading.Event()  # the task runs until the test has cancelled it, however busy the machine
    handle = runner.submit(lambda: (gate.wait(10), "late")[1], results.append)
    assert handle.running
    handle.cancel()
    gate.set()
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=5000)
    assert results == []
    assert busy[0] is True and busy[-1] is False


def test_a_result_for_a_widget_deleted_meanwhile_is_dropped(qtbot: QtBot) -> None:
    # A window closed while its lookup ran: the shared runner outlives the widget, and the late
    # result must not raise "Internal C++ object already deleted" into Qt's event loop.
    from PySide6.QtWidgets import QLabel

    runner = TaskRunner()
    label = QLabel()
    release = threading.Event()
    runner.submit(lambda: release.wait(10) and "late", lambda text: label.setText(text))
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=5000)  # delivered and dropped
    runner.submit(lambda: 1 / 0, lambda _r: None, lambda message: label.setText(message))
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=5000)


def test_tasks_finishing_together_are_one_count_update_with_the_final_count(qtbot: QtBot) -> None:
    """20 answers landing in one turn of the event loop: the status bar's "N requests" is told
    once, with what is still in flight, not once per answer."""
    runner = TaskRunner()
    counts: list[int] = []
    runner.active_changed.connect(counts.append)
    gate = threading.Event()
    results: list[int] = []
    slow = runner.submit(lambda: (gate.wait(10), -1)[1], results.append)
    for n in range(20):
        runner.submit(lambda n=n: n, results.append)
    qtbot.waitUntil(lambda: len(results) == 20 and counts[-1:] == [1], timeout=5000)
    assert runner.active_count() == 1 and slow.running
    assert len(counts) < 20  # not one per task (41 before: each submit and each answer)
    gate.set()
    qtbot.waitUntil(lambda: counts[-1:] == [0], timeout=5000)
    assert sorted(results) == [-1, *range(20)]


def test_a_submitted_call_starts_once_the_submitting_slot_is_over(qtbot: QtBot) -> None:
    """Not inside the slot that submits it (where its worker would compete for the GIL with the
    GUI thread rendering the answer that asked for it), but on the next turn of the event loop."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    runner = TaskRunner(pool=pool)
    gate = threading.Event()
    results: list[str] = []
    handle = runner.submit(lambda: (gate.wait(10), "done")[1], results.append)
    assert pool.activeThreadCount() == 0 and handle.running and runner.active_count() == 1
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 1, timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)


def test_waiting_for_the_pool_starts_what_was_submitted_first(qtbot: QtBot) -> None:
    """At shutdown no turn of the event loop follows: what was submitted still runs."""
    runner = TaskRunner()
    ran: list[int] = []
    runner.submit(lambda: ran.append(1), lambda _r: None)
    assert runner.wait_for_done(5000)
    assert ran == [1]


class _Held:
    """Something a call's closure holds (in the Desk: a widget, a service, a slot)."""


def _freed_on(held: _Held) -> list[int]:
    threads: list[int] = []
    weakref.finalize(held, lambda: threads.append(threading.get_ident()))
    return threads


def test_a_calls_closure_is_freed_on_the_gui_thread_after_its_answer(qtbot: QtBot) -> None:
    """Whatever a submitted call holds is freed on the GUI thread, never on the pool thread that
    ran it: freeing a Qt object's Python side there can take Qt's signal-slot locks and then wait
    for the GIL, which the GUI thread may hold while it waits for those locks (a frozen window)."""
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    held = _Held()
    freed = _freed_on(held)
    answered: list[object] = []

    def work(held: _Held = held) -> int:
        return id(held)

    runner.submit(work, answered.append)
    del work, held
    qtbot.waitUntil(lambda: bool(answered) and runner.active_count() == 0, timeout=5000)
    qtbot.waitUntil(lambda: bool(freed), timeout=5000)
    assert freed == [gui_thread]


def test_a_call_raising_systemexit_is_answered_as_a_failure(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[str] = []

    def leave() -> None:
        raise SystemExit(3)

    runner.submit(leave, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors[0].startswith("SystemExit") and runner.active_count() == 0


def test_a_call_still_running_when_its_runner_is_deleted_is_not_freed_on_the_pool_thread(
    qtbot: QtBot,
) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    runner = TaskRunner(owner)
    held = _Held()
    freed = _freed_on(held)
    release, finished = threading.Event(), threading.Event()
    worker: list[int] = []

    def work(held: _Held = held) -> int:
        worker.append(threading.get_ident())
        release.wait(5)
        finished.set()
        return id(held)

    runner.submit(work, lambda _r: None)
    del work, held
    qtbot.waitUntil(lambda: bool(worker), timeout=5000)
    owner.deleteLater()  # the window closes, its runner with it, while the call runs
    runners = [runner]
    del runner
    qtbot.waitUntil(lambda: not shiboken6.isValid(runners[0]), timeout=5000)
    runners.clear()
    release.set()
    assert finished.wait(5)
    QThreadPool.globalInstance().waitForDone(5000)
    assert worker[0] not in freed  # kept (with the runner's signals) on the GUI thread's side
