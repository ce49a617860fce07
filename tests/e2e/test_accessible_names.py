"""Every control a screen-reader user can reach in the main window has an accessible name, as
AT-SPI reports it (Qt's own rules: an explicit accessibleName, a button's text, a combo box's
current text on Linux...).

The walk covers the window as opened on the Sandbox, with a cashout sent (the cashout view and the
inspector filled), every page of every tab widget, the menus' entries, and the Staging and
Production environments (no credentials: the form offers Settings instead). A failure names each
unnamed control by role and Qt object path (AT-SPI's accessible id), e.g.
``QApplication.mainWindow.….cashoutForm.QToolButton``, so it can be fixed where it is built.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from tests.e2e.conftest import RunningDesk
from tests.e2e.desk import DeskUI
from tests.e2e.driver import Node, flatten, wait_until

pytestmark = pytest.mark.e2e

#: AT-SPI roles a person operates (not labels, panels, fillers or table cells).
CONTROL_ROLES = frozenset({
    "push button", "toggle button", "check box", "radio button", "text", "password text", "entry",
    "combo box", "spin button", "slider", "scroll bar", "page tab", "page tab list", "table",
    "tree", "tree table", "list", "menu item", "check menu item", "radio menu item", "link",
})


def unnamed_controls(nodes: list[Mapping[str, Any]], where: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in nodes:
        if node["role"] in CONTROL_ROLES and not str(node["name"]).strip():
            key = f"{node['role']} {node['id'] or '/'.join(node['path'])}"
            found.setdefault(key, where)
    return found


def walk(window: Node, environment: str, where: str, seen_tabs: set[str]) -> tuple[dict[str, str], int]:
    """The unnamed controls showing now and on every page of every tab widget (pressing each tab
    once per environment, depth first); and how many controls were checked."""
    nodes = flatten(window.tree())
    problems = unnamed_controls(nodes, where)
    checked = sum(1 for n in nodes if n["role"] in CONTROL_ROLES)
    for tab in [n for n in nodes if n["role"] == "page tab"]:
        key = f"{environment}:{tab['id']}:{tab['name']}"
        if key in seen_tabs or "selected" in tab["states"]:
            seen_tabs.add(key)
            continue
        seen_tabs.add(key)
        node = window.find("page tab", tab["name"])
        if node is None:
            continue
        node.press()
        wait_until(lambda name=tab["name"]: (t := window.find("page tab", name)) and "selected" in t.states,
                   f"tab {tab['name']!r} selected")
        more, count = walk(window, environment, f"{where}, tab {tab['name']!r}", seen_tabs)
        problems.update({k: v for k, v in more.items() if k not in problems})
        checked += count
    return problems, checked


def menu_entries(window: Node) -> list[Mapping[str, Any]]:
    bar = window.get("menu bar")
    return flatten(bar.tree(showing=False))


def test_every_control_in_the_main_window_has_an_accessible_name(desk: RunningDesk) -> None:
    ui: DeskUI = desk.ui
    ui.fill("150.00")
    ui.send()
    ui.wait_outcome(r"^Created")
    ui.wait_view_status("Pending")

    problems: dict[str, str] = {}
    checked = 0
    seen: set[str] = set()
    for environment in ("Sandbox", "Staging", "Production"):
        if environment != "Sandbox":
            ui.switch_environment(environment)
        found, count = walk(ui.window, environment, environment, seen)
        problems.update({k: v for k, v in found.items() if k not in problems})
        checked += count
    entries = menu_entries(ui.window)
    problems.update(unnamed_controls(entries, "menus"))
    checked += sum(1 for n in entries if n["role"] in CONTROL_ROLES)

    assert checked >= 60, f"the walk reached only {checked} controls: is the tree exposed?"
    assert not problems, "controls without an accessible name:\n" + "\n".join(
        f"  {control}   (seen: {where})" for control, where in sorted(problems.items())
    )


def test_the_audit_flags_an_unnamed_control_and_ignores_unnamed_decoration() -> None:
    """The check itself, on a tree as the driver returns it (no session needed)."""
    tree = {
        "role": "frame", "name": "Desk", "id": "w", "states": [], "kids": [
            {"role": "push button", "name": "", "id": "w.form.QToolButton", "states": [], "kids": []},
            {"role": "push button", "name": "Send cashout", "id": "w.form.send", "states": [], "kids": []},
            {"role": "filler", "name": "", "id": "w.form", "states": [], "kids": []},
            {"role": "label", "name": "", "id": "w.status", "states": [], "kids": []},
            {"role": "text", "name": " ", "id": "", "states": [], "kids": []},
        ],
    }
    found = unnamed_controls(flatten(tree), "here")
    assert found == {"push button w.form.QToolButton": "here", "text frame:Desk/text: ": "here"}
