#!/usr/bin/python3
"""The screen-reader side of the end-to-end suite: AT-SPI over the private D-Bus session.

Runs under the *system* Python (``/usr/bin/python3``, which has Debian's ``python3-pyatspi``; the
project's venv has no ``gi``) as a child of the pytest process, and speaks JSON lines on
stdin/stdout: one request ``{"id": N, "op": "...", ...}`` per line, one answer
``{"id": N, "ok": true, "result": ...}`` or ``{"id": N, "ok": false, "error": "...", "kind": "..."}``
per line. It keeps no state but a table of the accessibles it has handed out (``"handle"``
numbers); the pytest side (``tests/e2e/driver.py``) does the waiting.

Nothing here knows the Desk: it finds accessibles by role and name, reads names, texts, values and
states, sets the text of editable fields, performs actions ("Press", "Toggle", "SetFocus"), and
reads tables cell by cell - what Orca does. Standard library + pyatspi only.
"""

from __future__ import annotations

import json
import re
import sys
import traceback

import pyatspi

_handles: dict[int, object] = {}
#: id() of each accessible handed out -> its handle (libatspi hands out one object per accessible,
#: and _handles keeps it alive, so an id is never reused while it is in the table).
_by_identity: dict[int, int] = {}
_next = [1]


class DriverError(Exception):
    kind = "error"


class Gone(DriverError):
    """The accessible no longer exists (its widget was deleted)."""

    kind = "gone"


def _handle(acc: object) -> int:
    key = _by_identity.get(id(acc))
    if key is not None:
        return key
    key = _next[0]
    _next[0] += 1
    _handles[key] = acc
    _by_identity[id(acc)] = key
    return key


def op_forget(req: dict[str, object]) -> object:
    """Drop every handle (between tests)."""
    _handles.clear()
    _by_identity.clear()
    return True


def _acc(handle: int) -> object:
    try:
        return _handles[int(handle)]
    except (KeyError, TypeError, ValueError):
        raise Gone(f"unknown handle {handle!r}") from None


def _states(acc: object) -> list[str]:
    state_set = acc.getState()
    return sorted(
        pyatspi.stateToString(s) for s in state_set.getStates()
    )


def _text(acc: object) -> str | None:
    try:
        text = acc.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, -1)


def _value(acc: object) -> float | None:
    try:
        return acc.queryValue().currentValue
    except NotImplementedError:
        return None


def _accessible_id(acc: object) -> str:
    """Qt's AccessibleId: the objectName path ("mainWindow.….cashoutForm.outcome")."""
    try:
        return acc.get_accessible_id() or ""
    except Exception:
        return ""


def _info(acc: object, *, with_text: bool = True) -> dict[str, object]:
    try:
        info: dict[str, object] = {
            "handle": _handle(acc),
            "role": acc.getRoleName(),
            "name": acc.name or "",
            "description": acc.description or "",
            "states": _states(acc),
            "children": acc.childCount,
            "id": _accessible_id(acc),
        }
        if with_text:
            info["text"] = _text(acc)
            info["value"] = _value(acc)
    except Exception as exc:  # the widget went away mid-read
        raise Gone(f"{type(exc).__name__}: {exc}") from None
    return info


def _children(acc: object) -> list[object]:
    out = []
    try:
        count = acc.childCount
    except Exception:
        return out
    for index in range(count):
        try:
            child = acc.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            out.append(child)
    return out


def _matches(acc: object, crit: dict[str, object]) -> bool:
    role = crit.get("role")
    if role is not None and acc.getRoleName() != role:
        return False
    name = acc.name or ""
    if "name" in crit and crit["name"] is not None and name != crit["name"]:
        return False
    if crit.get("name_re") is not None and not re.search(str(crit["name_re"]), name):
        return False
    if crit.get("id_re") is not None and not re.search(str(crit["id_re"]), _accessible_id(acc)):
        return False
    if crit.get("text_re") is not None:
        text = _text(acc)
        if text is None or not re.search(str(crit["text_re"]), text):
            return False
    wanted = crit.get("states") or []
    if wanted:
        have = set(_states(acc))
        if not set(wanted) <= have:
            return False
    return True


# Containers whose children are data, not controls: skipped by a walk unless asked for.
_DATA_ROLES = {"table", "tree table", "list", "tree", "table cell", "list item"}


def _walk(root: object, crit: dict[str, object], limit: int) -> list[object]:
    showing_only = bool(crit.get("showing", True))
    into_data = bool(crit.get("into_data", False))
    found: list[object] = []
    stack = [root]
    seen = errors = 0
    while stack and len(found) < limit:
        acc = stack.pop()
        seen += 1
        if seen > 20000:
            break
        try:
            if acc is not root and showing_only and "showing" not in _states(acc):
                continue
            if acc is not root and _matches(acc, crit):
                found.append(acc)
            role = acc.getRoleName()
        except Exception as exc:  # gone mid-walk, or the bus did not answer: noted in the log
            errors += 1
            if errors <= 3:
                print(f"walk: skipped an accessible: {type(exc).__name__}: {exc}", file=sys.stderr,
                      flush=True)
            continue
        if acc is not root and role in _DATA_ROLES and not into_data:
            continue
        stack.extend(reversed(_children(acc)))
    return found


# -- operations ---------------------------------------------------------------------------------


def op_ping(req: dict[str, object]) -> object:
    """Connect to the accessibility bus (D-Bus activates it on first use); the number of apps."""
    return pyatspi.Registry.getDesktop(0).childCount


def op_app(req: dict[str, object]) -> object:
    """The application accessible of process ``pid``, or None while it has not registered."""
    desktop = pyatspi.Registry.getDesktop(0)
    for app in _children(desktop):
        try:
            if app.get_process_id() == int(req["pid"]):
                return _info(app, with_text=False)
        except Exception:
            continue
    return None


def op_find(req: dict[str, object]) -> object:
    root = _acc(req["root"])
    crit = dict(req.get("criteria") or {})
    limit = int(req.get("limit", 1000))
    return [_info(acc) for acc in _walk(root, crit, limit)]


def op_info(req: dict[str, object]) -> object:
    return _info(_acc(req["handle"]))


def op_children(req: dict[str, object]) -> object:
    return [_info(c) for c in _children(_acc(req["handle"]))]


def op_parent(req: dict[str, object]) -> object:
    parent = _acc(req["handle"]).parent
    return None if parent is None else _info(parent)


def op_tree(req: dict[str, object]) -> object:
    """Every showing accessible under ``root`` as nested dicts (for audits and debugging)."""
    into_data = bool(req.get("into_data", False))
    showing_only = bool(req.get("showing", True))

    def node(acc: object, depth: int) -> dict[str, object] | None:
        info = _info(acc)
        if showing_only and depth > 0 and "showing" not in info["states"]:
            return None
        kids: list[dict[str, object]] = []
        if into_data or info["role"] not in _DATA_ROLES or depth == 0:
            for child in _children(acc):
                sub = node(child, depth + 1)
                if sub is not None:
                    kids.append(sub)
        info["kids"] = kids
        return info

    return node(_acc(req["root"]), 0)


def op_set_text(req: dict[str, object]) -> object:
    acc = _acc(req["handle"])
    try:
        editable = acc.queryEditableText()
    except NotImplementedError:
        raise DriverError(f"{acc.getRoleName()} {acc.name!r} has no editable text") from None
    if not editable.setTextContents(str(req["text"])):
        raise DriverError(f"setting the text of {acc.name!r} was refused")
    return _text(acc)


def op_action(req: dict[str, object]) -> object:
    acc = _acc(req["handle"])
    try:
        action = acc.queryAction()
    except NotImplementedError:
        raise DriverError(f"{acc.getRoleName()} {acc.name!r} has no actions") from None
    names = [action.getName(i) for i in range(action.nActions)]
    wanted = str(req.get("name", "Press"))
    for index, name in enumerate(names):
        if name.lower() == wanted.lower():
            return bool(action.doAction(index))
    raise DriverError(f"{acc.getRoleName()} {acc.name!r} has no action {wanted!r} (only {names})")


def op_focus(req: dict[str, object]) -> object:
    acc = _acc(req["handle"])
    return bool(acc.queryComponent().grabFocus())


def op_table(req: dict[str, object]) -> object:
    """A table as the screen reader reads it: header names and every cell's name, row by row."""
    acc = _acc(req["handle"])
    try:
        table = acc.queryTable()
    except NotImplementedError:
        raise DriverError(f"{acc.getRoleName()} {acc.name!r} is not a table") from None
    rows, cols = table.nRows, table.nColumns
    headers = []
    for c in range(cols):
        header = table.getColumnHeader(c)
        headers.append((header.name if header is not None else "") or table.getColumnDescription(c) or "")
    cells = []
    max_rows = int(req.get("max_rows", 200))
    for r in range(min(rows, max_rows)):
        row = []
        for c in range(cols):
            cell = table.getAccessibleAt(r, c)
            if cell is None:
                row.append("")
                continue
            name = cell.name or ""
            if not name:
                name = _text(cell) or ""
            row.append(name)
        cells.append(row)
    return {"rows": rows, "columns": cols, "headers": headers, "cells": cells}


def op_select_row(req: dict[str, object]) -> object:
    acc = _acc(req["handle"])
    table = acc.queryTable()
    row = int(req["row"])
    return bool(table.addRowSelection(row))


def op_cell(req: dict[str, object]) -> object:
    acc = _acc(req["handle"])
    cell = acc.queryTable().getAccessibleAt(int(req["row"]), int(req["column"]))
    return None if cell is None else _info(cell)


OPS = {
    "ping": op_ping,
    "app": op_app,
    "find": op_find,
    "info": op_info,
    "children": op_children,
    "parent": op_parent,
    "tree": op_tree,
    "set_text": op_set_text,
    "action": op_action,
    "focus": op_focus,
    "table": op_table,
    "select_row": op_select_row,
    "cell": op_cell,
    "forget": op_forget,
}


def main() -> int:
    out = sys.stdout
    sys.stdout = sys.stderr  # stray prints must not corrupt the protocol
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        req: dict[str, object] = {}
        try:
            req = json.loads(line)
            op = OPS.get(str(req.get("op")))
            if op is None:
                raise DriverError(f"unknown op {req.get('op')!r}")
            answer = {"id": req.get("id"), "ok": True, "result": op(req)}
        except DriverError as exc:
            answer = {"id": req.get("id"), "ok": False, "kind": exc.kind, "error": str(exc)}
        except Exception as exc:
            answer = {
                "id": req.get("id"),
                "ok": False,
                "kind": "error",
                "error": f"{type(exc).__name__}: {exc}",
                "trace": traceback.format_exc(),
            }
        out.write(json.dumps(answer) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
