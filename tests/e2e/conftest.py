"""Fixtures of the end-to-end suite: one private desktop session (Xvfb, D-Bus, AT-SPI, keyring)
for the whole run, one AT-SPI driver in it, and a fresh real Desk per test.

Without the Debian tools (see session.py) the suite skips, saying what is missing; with
``CI=true`` it fails instead - CI must run it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desk import DeskUI
from tests.e2e.driver import Driver, Node, wait_until
from tests.e2e.sandboxes import EmbeddedSandbox
from tests.e2e.session import A11ySession, DeskProcess, SessionUnavailable, start_session

#: How long a Desk may take to come up under load: register on the bus, show the window, start
#: its sandbox.
START_S = 60.0


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def a11y_session() -> Iterator[A11ySession]:
    try:
        with start_session() as session:
            yield session
    except SessionUnavailable as exc:
        if _in_ci():
            pytest.fail(f"CI=true but the end-to-end session could not be started: {exc}", pytrace=False)
        pytest.skip(f"end-to-end session unavailable: {exc}")


@pytest.fixture(scope="session")
def atspi(a11y_session: A11ySession) -> Iterator[Driver]:
    driver = Driver(a11y_session, a11y_session.root / "logs")
    try:
        driver.ping()  # activates the accessibility bus before any Desk starts
        yield driver
    finally:
        driver.close()


class RunningDesk:
    """A started Desk: its process, its main window as a :class:`DeskUI`, its embedded sandbox."""

    def __init__(self, process: DeskProcess, ui: DeskUI, sandbox: EmbeddedSandbox) -> None:
        self.process = process
        self.ui = ui
        self.sandbox = sandbox


@pytest.fixture
def start_desk(
    a11y_session: A11ySession, atspi: Driver, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[object]:
    """``start_desk(before_start=None)``: start the real Desk with a fresh profile (the callable
    may seed its settings and keyring first) and wait until its window and sandbox are ready."""
    started: list[RunningDesk] = []

    def start(before_start: object = None) -> RunningDesk:
        process = DeskProcess(a11y_session, tmp_path / f"desk-{len(started)}")
        if callable(before_start):
            before_start(process)
        pid = process.start()
        try:
            app = wait_until(
                lambda: atspi.application(pid) if process.alive() else "dead",
                "the Desk to register on the accessibility bus", START_S,
            )
            if app == "dead":
                raise AssertionError(f"the Desk exited at start-up:\n{process.log_tail()}")
            window = app.get("frame", name_re=r"TuPay Cashout Desk$", timeout=START_S)
            ui = DeskUI(window)
            sandbox = EmbeddedSandbox(ui.sandbox_url())
            sandbox.freeze()
            # Ready once the sandbox's service is built: the form can send.
            wait_until(lambda: ui.form().find("push button", "Send cashout"), "the form", START_S)
        except BaseException:
            process.stop()
            print(f"--- Desk log ({process.log_path}) ---\n{process.log_tail()}")
            raise
        desk = RunningDesk(process, ui, sandbox)
        started.append(desk)
        return desk

    yield start
    failed = getattr(request.node, "rep_call", None)
    for desk in started:
        if failed is not None and failed.failed and desk.process.alive():
            # What a screen reader saw when it failed, before the Desk is stopped.
            print(f"--- The window's accessible tree when the test failed ---\n{_outline(desk.ui.window)}")
        desk.sandbox.close()
        desk.process.stop()
        if failed is not None and failed.failed:
            print(f"--- Desk log ({desk.process.log_path}) ---\n{desk.process.log_tail()}")
    if failed is not None and failed.failed:
        print(f"--- AT-SPI driver log ({atspi.log_path}) ---\n{atspi.log_tail()}")
    atspi.forget()


def _outline(window: Node, max_lines: int = 400) -> str:
    """The window's containers and controls, one a line (role, name, the end of its id, whether
    it is showing): what is not showing as one line, without its insides; data (table rows) left
    out."""
    try:
        tree = window.tree(showing=False)
    except Exception as exc:  # the bus or the Desk no longer answers: that is the finding
        return f"(unavailable: {type(exc).__name__}: {exc})"
    lines: list[str] = []

    def visit(node: dict[str, Any], depth: int) -> None:
        if len(lines) >= max_lines:
            return
        ident = str(node.get("id") or "").rsplit(".", 1)[-1]
        showing = "showing" in node.get("states", [])
        lines.append(f"{'  ' * depth}{node.get('role')} {str(node.get('name') or '')[:50]!r} "
                     f"#{ident}{'' if showing else '  [not showing]'}")
        if showing or depth == 0:
            for kid in node.get("kids", []):
                visit(kid, depth + 1)

    visit(tree, 0)
    return "\n".join(lines)


@pytest.fixture
def desk(start_desk: object) -> RunningDesk:
    assert callable(start_desk)
    running: RunningDesk = start_desk()
    return running


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.when == "call":
        item.rep_call = report  # type: ignore[attr-defined]
