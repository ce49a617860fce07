"""Accessibility: every input of every dialog and of the main window has an accessible name, and
the Tab key walks the inputs in visual order.

A screen reader announces an input by the name Qt's accessibility interface reports for it
(``QAccessible.queryAccessibleInterface(w).text(Name)``): the widget's ``accessibleName``, else its
label's text when the label has it as ``buddy``, else a button's own text. Each visible input must
have one. The tab order is found by pressing Tab (``QTest.keyClick``) from the first tab stop until
focus returns to it, so Qt's own rules apply (disabled widgets skipped, an exclusive button group is
one stop); Tab must never get stuck, and the stops must read like the screen: top to bottom,
left to right within a row, and a jump back up is allowed only into a column to the right (the
next panel or group), never to the left or within the same column.

Failures name the owning class and module (e.g. ``tupay_desktop/ui/cashout_form.py CashoutForm``)
and the widget, so they can be fixed where the widget is built.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from .support import make_request

INPUT_TYPES: tuple[type[QWidget], ...] = (
    QLineEdit,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)


# ---------------------------------------------------------------------------------------------
# The audit
# ---------------------------------------------------------------------------------------------


def _owner(widget: QWidget) -> str:
    """The nearest enclosing Desk class and its module file, e.g. ``tupay_desktop/ui/x.py Form``."""
    w: QWidget | None = widget
    while w is not None:
        module = type(w).__module__
        if module.startswith("tupay_desktop."):
            return f"{module.replace('.', '/')}.py {type(w).__name__}"
        w = w.parentWidget()
    return "?"


def describe(widget: QWidget) -> str:
    """Enough to find the widget in its source: owner, class, object name, visible text."""
    bits = [type(widget).__name__]
    if widget.objectName():
        bits.append(f"objectName={widget.objectName()!r}")
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText() or widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    if text:
        bits.append(f"text={text[:40]!r}")
    if widget.toolTip():
        bits.append(f"toolTip={widget.toolTip()[:40]!r}")
    pos = widget.mapTo(widget.window(), QPoint(0, 0))
    bits.append(f"at ({pos.x()},{pos.y()})")
    return f"{_owner(widget)}: {' '.join(bits)}"


def _inside_another_input(widget: QWidget, root: QWidget) -> bool:
    """Parts of a compound input (a spin box's line edit, a combo box's list, a view's editor)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INPUT_TYPES):
            return True
        parent = parent.parentWidget()
    return False


def visible_inputs(root: QWidget) -> list[QWidget]:
    """The inputs a person can see in ``root`` now (current tabs only), not parts of other inputs."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INPUT_TYPES)
        and w.window() is root
        and w.isVisibleTo(root)
        and not _inside_another_input(w, root)
    ]


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology gets for ``widget``."""
    name = widget.accessibleName().strip()
    if name:
        return name
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().replace("&", "").strip():
            return label.text().replace("&", "").strip()
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is not None and iface.isValid():
        return iface.text(QAccessible.Text.Name).strip()
    return ""


def unnamed_inputs(root: QWidget) -> list[str]:
    return [describe(w) for w in visible_inputs(root) if not accessible_name(w)]


def _first_tab_stop(root: QWidget) -> QWidget | None:
    w = root.nextInFocusChain()
    while w is not root:
        if (
            w.window() is root
            and w.isVisibleTo(root)
            and w.isEnabled()
            and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and w.focusProxy() is None
        ):
            return w
        w = w.nextInFocusChain()
    return None


def tab_walk(root: QWidget) -> tuple[list[QWidget], QWidget | None]:
    """Press Tab from the first tab stop until focus comes back to it, as a person would.

    Returns the widgets that got focus, in order, and the widget that kept the focus when Tab did
    not move it (a focus trap, e.g. an editable text box taking Tab as a character), else None.
    Qt's own rules apply: disabled widgets are skipped, an exclusive group of radio or tool
    buttons is one stop (arrow keys move inside it).
    """
    root.activateWindow()
    root.raise_()
    QApplication.processEvents()
    first = _first_tab_stop(root)
    if first is None:
        return [], None
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited: list[QWidget] = []
    for _ in range(len(root.findChildren(QWidget)) + 2):
        current = QApplication.focusWidget()
        if current is None or current.window() is not root or (visited and current is visited[0]):
            break
        if current in visited:
            break  # a cycle that does not pass the first stop again
        visited.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is current:
            return visited, current
    return visited, None


def tab_chain(root: QWidget) -> list[QWidget]:
    """The visible inputs (and tab bars) of ``root`` in the order the Tab key reaches them."""
    visited, _trap = tab_walk(root)
    return [w for w in visited if isinstance(w, (*INPUT_TYPES, QTabBar)) and w.isVisibleTo(root)]


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def tab_order_problems(root: QWidget) -> list[str]:
    """Steps of the Tab order that go against the visual order."""
    problems: list[str] = []
    _visited, trap = tab_walk(root)
    if trap is not None:
        problems.append(f"Tab does not leave (focus trap): {describe(trap)}")
    chain = tab_chain(root)
    for a, b in itertools.pairwise(chain):
        ra, rb = _rect(a, root), _rect(b, root)
        row = max(min(ra.height(), rb.height()), 1)
        same_row = abs(ra.center().y() - rb.center().y()) < row / 2 or (
            rb.top() < ra.bottom() and ra.top() < rb.bottom()  # vertical overlap
        )
        new_column_right = rb.left() >= ra.right() - 2 or rb.left() > ra.left() + ra.width() // 2
        if same_row:
            if rb.center().x() < ra.center().x() and rb.right() <= ra.left() + 2:
                problems.append(f"right to left in a row: {describe(a)}  ->  {describe(b)}")
        elif rb.top() < ra.top() - row and not new_column_right:
            problems.append(f"back up the same column: {describe(a)}  ->  {describe(b)}")
    return problems


def _tab_states(root: QWidget) -> Iterator[str]:
    """Show each page of each tab widget in turn (the others at their current page)."""
    yield "as opened"
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        original = tabs.currentIndex()
        for index in range(tabs.count()):
            if tabs.isTabVisible(index) and tabs.isTabEnabled(index) and index != original:
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield f"tab {tabs.tabText(index).replace('&', '')!r}"
        tabs.setCurrentIndex(original)
        QApplication.processEvents()


def audit(root: QWidget) -> list[str]:
    """All accessibility problems of ``root`` over every tab page, deduplicated, in order found."""
    problems: dict[str, None] = {}
    for state in _tab_states(root):
        for text in unnamed_inputs(root):
            problems[f"no accessible name ({state}): {text}"] = None
        for text in tab_order_problems(root):
            problems[f"tab order ({state}): {text}"] = None
    return list(problems)


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitActive(widget)
    QApplication.processEvents()
    return widget


# ---------------------------------------------------------------------------------------------
# The audit checks what it should (on small widgets built here)
# ---------------------------------------------------------------------------------------------


def _form(qtbot: QtBot, *, names: bool, order: str) -> QWidget:
    from PySide6.QtWidgets import QGridLayout, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    layout = QGridLayout(root)  # unlike QFormLayout, a grid does not make labels buddies by itself
    first, second = QLineEdit(root), QLineEdit(root)
    button = QPushButton("Send", root)
    label = QLabel("&First", root)
    layout.addWidget(label, 0, 0)
    layout.addWidget(first, 0, 1)
    layout.addWidget(QLabel("Second", root), 1, 0)
    layout.addWidget(second, 1, 1)
    layout.addWidget(button, 2, 1)
    if names:
        label.setBuddy(first)
        second.setAccessibleName("Second")
    if order == "reversed":
        QWidget.setTabOrder(button, second)
        QWidget.setTabOrder(second, first)
    return _shown(qtbot, root)


def test_audit_accepts_a_named_form_in_order(qtbot: QtBot) -> None:
    root = _form(qtbot, names=True, order="natural")
    assert len(tab_chain(root)) == 3
    assert audit(root) == []


def test_audit_finds_unnamed_inputs_and_reversed_tab_order(qtbot: QtBot) -> None:
    root = _form(qtbot, names=False, order="reversed")
    problems = audit(root)
    assert sum("no accessible name" in p for p in problems) == 2  # the button is named by its text
    assert any("tab order" in p and "back up the same column" in p for p in problems)


def test_audit_finds_a_focus_trap(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    notes = QPlainTextEdit(root)  # editable: Tab types a tab character unless tabChangesFocus
    notes.setAccessibleName("Notes")
    after = QLineEdit(root)
    after.setAccessibleName("After")
    layout.addWidget(notes)
    layout.addWidget(after)
    _shown(qtbot, root)
    assert any("focus trap" in p and "QPlainTextEdit" in p for p in audit(root))
    notes.setTabChangesFocus(True)
    assert audit(root) == []


def test_audit_allows_a_second_column(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    columns = QHBoxLayout(root)
    for side in ("left", "right"):
        column = QVBoxLayout()
        for i in range(3):
            edit = QLineEdit(root)
            edit.setAccessibleName(f"{side} {i}")
            column.addWidget(edit)
        columns.addLayout(column)
    _shown(qtbot, root)
    assert len(tab_chain(root)) == 6
    assert audit(root) == []


# ---------------------------------------------------------------------------------------------
# The Desk's windows
# ---------------------------------------------------------------------------------------------


def test_production_confirmation_dialog(qtbot: QtBot) -> None:
    from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind
    from tupay_desktop.ui.confirm_dialog import ConfirmProductionDialog

    env = EnvironmentConfig(
        "production", EnvironmentKind.PRODUCTION, "Production", "https://api.tupay.example"
    )
    dialog = ConfirmProductionDialog(make_request(), env)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    assert visible_inputs(dialog), "the dialog has inputs (amount, confirm, cancel)"
    assert audit(dialog) == []


@pytest.fixture
def settings_dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[QWidget]:
    from tests.store.conftest import MemoryKeyring
    from tupay_desktop.api.diagnosis import Diagnosis
    from tupay_desktop.store.credentials import CredentialStore
    from tupay_desktop.store.settings import EnvironmentConfig, SettingsStore
    from tupay_desktop.ui.settings_dialog import SettingsDialog
    from tupay_desktop.ui.workers import TaskRunner

    def check(env: EnvironmentConfig) -> Diagnosis:
        raise AssertionError("not used by this test")

    runner = TaskRunner()
    dialog = SettingsDialog(
        SettingsStore(tmp_path / "settings.json"), CredentialStore(backend=MemoryKeyring()), runner, check
    )
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    yield dialog
    runner.wait_for_done(5000)


def test_settings_dialog_for_every_environment(qtbot: QtBot, settings_dialog: QWidget) -> None:
    from tupay_desktop.ui.settings_dialog import SettingsDialog

    assert isinstance(settings_dialog, SettingsDialog)
    problems: list[str] = []
    keys = [
        settings_dialog.env_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(settings_dialog.env_list.count())
    ]
    assert len(keys) >= 3
    for key in keys:
        settings_dialog.select_environment(key)
        QApplication.processEvents()
        problems += [f"[{key}] {p}" for p in audit(settings_dialog)]
    assert problems == []


def test_main_window(make_desk: Callable[..., object]) -> None:
    desk = make_desk()
    window = desk.window  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert len(tab_chain(window)) >= 10
    assert audit(window) == []


def test_main_window_in_production(make_desk: Callable[..., object]) -> None:
    desk = make_desk(production=True)
    window = desk.window  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert audit(window) == []


def test_every_scroll_bar_of_the_window_is_named(make_desk: Callable[..., Any]) -> None:
    from PySide6.QtWidgets import QScrollBar

    window = make_desk().window
    assert window.history is not None  # built on first use: its scroll bars are named then
    window._build_inspector_details()
    bars = window.findChildren(QScrollBar)
    assert bars and all(bar.accessibleName() for bar in bars), [
        bar.parentWidget().objectName() for bar in bars if not bar.accessibleName()
    ]
    preview_bar = window.form.preview.verticalScrollBar()
    assert "vertical scroll bar" in preview_bar.accessibleName()
