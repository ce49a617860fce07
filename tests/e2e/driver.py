"""The pytest side of the AT-SPI driver: a client of ``atspi_driver.py`` (run by the system
Python, which has pyatspi) over JSON lines, and :func:`wait_until`, the one way the suite waits.

:class:`Driver` starts the driver process in the session, sends one request at a time and reads
its answer with a timeout. :class:`Node` is one accessible as the driver last read it (role,
name, description, text, value, states); its methods act on it (press, set the text, read a table)
and find accessibles below it by role and name.
"""

from __future__ import annotations

import json
import queue
import re
import subprocess
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from tests.e2e.session import SYSTEM_PYTHON, A11ySession

DRIVER = Path(__file__).with_name("atspi_driver.py")
#: Default timeout of a wait (seconds). Generous for a loaded 2-core CI machine.
WAIT_S = 15.0
POLL_S = 0.05

T = TypeVar("T")


class DriverFailure(AssertionError):
    """The driver could not do what was asked (no such accessible, action refused, it died)."""


class Gone(DriverFailure):
    """The accessible no longer exists (its widget was deleted or rebuilt)."""


class WaitTimeout(AssertionError):
    pass


def wait_until(
    condition: Callable[[], T | None],
    message: str | Callable[[], str],
    timeout: float = WAIT_S,
) -> T:
    """Poll ``condition`` until it returns something truthy and return that; a
    :class:`WaitTimeout` naming ``message`` (and the last error) after ``timeout`` seconds.
    Accessibles that vanish mid-poll (:class:`Gone`) count as "not yet"."""
    deadline = time.monotonic() + timeout
    last_error: BaseException | None = None
    while True:
        try:
            value = condition()
        except (Gone, DriverFailure) as exc:
            value, last_error = None, exc
        if value:
            return value
        if time.monotonic() >= deadline:
            text = message() if callable(message) else message
            extra = f" (last error: {last_error})" if last_error is not None else ""
            raise WaitTimeout(f"timed out after {timeout:g} s waiting for: {text}{extra}")
        time.sleep(POLL_S)  # the poll interval, not a wait for something to happen


class Driver:
    def __init__(self, session: A11ySession, log_dir: Path) -> None:
        self.log_path = log_dir / "atspi-driver.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(DRIVER)],
            env=session.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log,
        )
        self._answers: queue.Queue[bytes] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._next_id = 0
        self._lock = threading.Lock()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._answers.put(line)
        self._answers.put(b"")

    def call(self, op: str, timeout: float = 30.0, **args: Any) -> Any:
        with self._lock:
            self._next_id += 1
            request = {"id": self._next_id, "op": op, **args}
            assert self.proc.stdin is not None
            try:
                self.proc.stdin.write(json.dumps(request).encode() + b"\n")
                self.proc.stdin.flush()
            except BrokenPipeError:
                raise DriverFailure(f"the AT-SPI driver has ended ({self.proc.poll()})") from None
            while True:
                try:
                    line = self._answers.get(timeout=timeout)
                except queue.Empty:
                    raise DriverFailure(
                        f"the AT-SPI driver did not answer {op} within {timeout:g} s"
                    ) from None
                if not line:
                    raise DriverFailure(f"the AT-SPI driver has ended ({self.proc.poll()})")
                answer = json.loads(line)
                if answer.get("id") == self._next_id:
                    break
        if answer["ok"]:
            return answer["result"]
        if answer.get("kind") == "gone":
            raise Gone(answer["error"])
        raise DriverFailure(f"{op}: {answer['error']}\n{answer.get('trace', '')}")

    def log_tail(self, lines: int = 30) -> str:
        """The end of the driver's own log (what its walks skipped, its failures)."""
        self._log.flush()
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            return f"(no log: {exc})"
        return "\n".join(text.splitlines()[-lines:])

    def ping(self) -> int:
        """Connects the driver to the accessibility bus (activating it); the number of apps."""
        return int(self.call("ping", timeout=60))

    def application(self, pid: int) -> Node | None:
        info = self.call("app", pid=pid)
        return None if info is None else Node(self, info)

    def forget(self) -> None:
        self.call("forget")

    def close(self) -> None:
        if self.proc.stdin is not None:
            try:
                self.proc.stdin.close()
            except OSError:
                pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
        self._log.close()


@dataclass
class Node:
    """One accessible, as last read. ``refresh()`` reads it again."""

    driver: Driver
    info: dict[str, Any]

    # -- what it says ----------------------------------------------------------------------------

    @property
    def handle(self) -> int:
        return int(self.info["handle"])

    @property
    def role(self) -> str:
        return str(self.info["role"])

    @property
    def name(self) -> str:
        return str(self.info["name"])

    @property
    def accessible_id(self) -> str:
        return str(self.info.get("id", ""))

    @property
    def description(self) -> str:
        return str(self.info["description"])

    @property
    def text(self) -> str:
        """The Text interface's content (a label's or a field's text), else the name."""
        text = self.info.get("text")
        return str(text) if text is not None else self.name

    @property
    def value(self) -> float | None:
        value = self.info.get("value")
        return None if value is None else float(value)

    @property
    def states(self) -> set[str]:
        return set(self.info["states"])

    @property
    def showing(self) -> bool:
        return "showing" in self.states

    @property
    def enabled(self) -> bool:
        return "enabled" in self.states and "sensitive" in self.states

    @property
    def checked(self) -> bool:
        return "checked" in self.states or "pressed" in self.states

    def refresh(self) -> Node:
        self.info = self.driver.call("info", handle=self.handle)
        return self

    def __repr__(self) -> str:
        text = self.info.get("text")
        extra = f" text={text[:60]!r}" if isinstance(text, str) and text and text != self.name else ""
        return f"<{self.role} {self.name!r}{extra}>"

    # -- finding ---------------------------------------------------------------------------------

    def find_all(self, role: str | None = None, name: str | None = None, *, name_re: str | None = None,
                 text_re: str | None = None, id_re: str | None = None, showing: bool = True,
                 into_data: bool = False,
                 states: list[str] | None = None, limit: int = 1000) -> list[Node]:
        criteria: dict[str, Any] = {"showing": showing, "into_data": into_data}
        if role is not None:
            criteria["role"] = role
        if name is not None:
            criteria["name"] = name
        if name_re is not None:
            criteria["name_re"] = name_re
        if text_re is not None:
            criteria["text_re"] = text_re
        if id_re is not None:
            criteria["id_re"] = id_re
        if states:
            criteria["states"] = states
        found = self.driver.call("find", root=self.handle, criteria=criteria, limit=limit)
        return [Node(self.driver, info) for info in found]

    def find(self, role: str | None = None, name: str | None = None, **kw: Any) -> Node | None:
        found = self.find_all(role, name, limit=1, **kw)
        return found[0] if found else None

    def get(self, role: str | None = None, name: str | None = None, *, timeout: float = WAIT_S,
            **kw: Any) -> Node:
        """The first accessible below this one with ``role`` and ``name``, waiting for it."""
        what = f"{role or 'any role'} named {name or kw.get('name_re') or '…'!r} in {self!r}"
        return wait_until(lambda: self.find(role, name, **kw), what, timeout)

    def children(self) -> list[Node]:
        return [Node(self.driver, info) for info in self.driver.call("children", handle=self.handle)]

    def parent(self) -> Node | None:
        info = self.driver.call("parent", handle=self.handle)
        return None if info is None else Node(self.driver, info)

    def tree(self, *, showing: bool = True, into_data: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = self.driver.call(
            "tree", root=self.handle, showing=showing, into_data=into_data, timeout=120
        )
        return result

    # -- acting ----------------------------------------------------------------------------------

    def action(self, name: str = "Press") -> None:
        if not self.driver.call("action", handle=self.handle, name=name):
            raise DriverFailure(f"{self!r} refused the action {name!r}")

    def press(self) -> None:
        self.action("Press")

    def set_text(self, text: str) -> None:
        self.driver.call("set_text", handle=self.handle, text=text)

    def focus(self) -> None:
        self.driver.call("focus", handle=self.handle)

    # -- tables ----------------------------------------------------------------------------------

    def table(self, max_rows: int = 200) -> Table:
        data = self.driver.call("table", handle=self.handle, max_rows=max_rows)
        return Table(headers=list(data["headers"]), cells=[list(r) for r in data["cells"]],
                     rows=int(data["rows"]))

    def select_row(self, row: int) -> None:
        self.driver.call("select_row", handle=self.handle, row=row)

    def cell(self, row: int, column: int) -> Node | None:
        info = self.driver.call("cell", handle=self.handle, row=row, column=column)
        return None if info is None else Node(self.driver, info)


@dataclass
class Table:
    headers: list[str]
    cells: list[list[str]]
    rows: int

    def records(self) -> list[dict[str, str]]:
        """Every row as ``{header: cell text}``."""
        return [dict(zip(self.headers, row, strict=False)) for row in self.cells]

    def find(self, column: str, pattern: str) -> list[dict[str, str]]:
        return [r for r in self.records() if re.search(pattern, r.get(column, ""))]


def flatten(tree: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """A tree from :meth:`Node.tree` as a list, parents before children (depth added)."""
    out: list[Mapping[str, Any]] = []
    stack: list[tuple[Mapping[str, Any], int, tuple[str, ...]]] = [(tree, 0, ())]
    while stack:
        node, depth, path = stack.pop()
        here = (*path, f"{node['role']}:{node['name']}")
        out.append({**node, "depth": depth, "path": here})
        for child in reversed(node.get("kids", [])):
            stack.append((child, depth + 1, here))
    return out
