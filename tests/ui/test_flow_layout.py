"""FlowLayout keeps its sizes between Qt's invalidations, and gives them up when an item changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QPushButton, QWidget, QWidgetItem
from pytestqt.qtbot import QtBot

from tupay_desktop.ui.flow_layout import FlowLayout


def _row(qtbot: QtBot, *captions: str) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = FlowLayout(widget)
    buttons = [QPushButton(caption, widget) for caption in captions]
    for button in buttons:
        layout.addWidget(button)
    widget.show()
    layout.activate()
    return widget, layout, buttons


def test_a_longer_caption_makes_the_row_wrap_at_the_same_width(qtbot: QtBot) -> None:
    _widget, layout, buttons = _row(qtbot, "One", "Two", "Three")
    width = layout.sizeHint().width() + 10  # one line, with room to spare
    one_line = layout.heightForWidth(width)
    assert layout.heightForWidth(width) == one_line

    buttons[1].setText("A caption far too long to stay on the line with the others")
    layout.activate()  # what Qt does before the next layout pass

    assert layout.heightForWidth(width) > one_line
    assert layout.sizeHint().width() > width


def test_a_hidden_item_gives_back_its_room(qtbot: QtBot) -> None:
    _widget, layout, buttons = _row(qtbot, "One", "Two", "Three")
    full = layout.sizeHint().width()

    buttons[2].hide()
    layout.activate()

    assert layout.sizeHint().width() < full
    assert layout.minimumSize().width() <= layout.sizeHint().width()


def test_an_added_or_taken_item_counts_at_once(qtbot: QtBot) -> None:
    """Before Qt's next layout pass: the sizes asked for right after are already the new ones."""
    widget, layout, _buttons = _row(qtbot, "One")
    before = layout.sizeHint().width()
    added = QPushButton("Two", widget)
    added.show()  # its parent is visible: shown at once

    layout.addWidget(added)
    assert layout.sizeHint().width() > before

    taken = layout.takeAt(layout.count() - 1)
    assert taken is not None and taken.widget() is added
    assert layout.sizeHint().width() == before


def test_the_same_width_is_measured_once_per_layout_pass(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _widget, layout, _buttons = _row(qtbot, "One", "Two", "Three")
    walks: list[bool] = []
    arrange = layout._arrange

    def counted(rect: QRect, *, apply: bool) -> int:
        walks.append(apply)
        return arrange(rect, apply=apply)

    monkeypatch.setattr(layout, "_arrange", counted)

    for _ in range(5):
        layout.heightForWidth(120)

    assert walks == [False]


class _CountingItem(QWidgetItem):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.asked = 0

    def sizeHint(self) -> QSize:
        self.asked += 1
        return super().sizeHint()


def test_each_item_is_measured_once_per_layout_pass(qtbot: QtBot) -> None:
    """Asking an item for its size lets the GIL go: one pass asks each item once, however many
    widths and geometries the layouts around it try."""
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = FlowLayout(widget)
    items = [_CountingItem(QPushButton(caption, widget)) for caption in ("One", "Two", "Three")]
    for item in items:
        layout.addItem(item)
    widget.show()
    layout.activate()
    for item in items:
        item.asked = 0
    layout.invalidate()

    for width in (80, 160, 400):
        layout.heightForWidth(width)
    layout.setGeometry(QRect(0, 0, 160, 60))
    layout.setGeometry(QRect(0, 0, 400, 30))

    assert [item.asked for item in items] == [1, 1, 1]
