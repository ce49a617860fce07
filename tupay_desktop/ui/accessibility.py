"""Accessible names the Desk gives that no single widget can: every scroll bar of a window.

Qt gives a ``QScrollBar`` no accessible name, so a screen reader meets an anonymous "scroll bar".
:func:`name_scroll_bars` names the scroll bars of every scroll area under a widget after the area
(or its nearest named ancestor) — "Request preview, vertical scroll bar" — in the GUI's language.
A name set by the widget's own code is kept. The main window calls it when it is shown and when
a tab is first opened (tabs may be built on first use).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QWidget

__all__ = ["name_scroll_bars", "scroll_bar_name"]

_CONTEXT = "Accessibility"


def _owner_name(area: QWidget) -> str:
    widget: QWidget | None = area
    while widget is not None:
        name = widget.accessibleName()
        if name:
            return name
        widget = widget.parentWidget()
    return ""


def scroll_bar_name(bar: QScrollBar, area: QWidget) -> str:
    """What a scroll bar of ``area`` is called: the area's name and the bar's direction."""
    vertical = bar.orientation() == Qt.Orientation.Vertical
    owner = _owner_name(area)
    if owner:
        text = (QCoreApplication.translate(_CONTEXT, "%1, vertical scroll bar") if vertical
                else QCoreApplication.translate(_CONTEXT, "%1, horizontal scroll bar"))
        return text.replace("%1", owner)
    return (QCoreApplication.translate(_CONTEXT, "Vertical scroll bar") if vertical
            else QCoreApplication.translate(_CONTEXT, "Horizontal scroll bar"))


def name_scroll_bars(root: QWidget) -> int:
    """Name every unnamed scroll bar of the scroll areas under ``root``; returns how many."""
    named = 0
    for area in root.findChildren(QAbstractScrollArea):
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            if bar is not None and not bar.accessibleName():
                bar.setAccessibleName(scroll_bar_name(bar, area))
                named += 1
    return named
