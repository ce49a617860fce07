"""A row of controls that wraps onto more lines when its width runs out.

A filter bar or a row of buttons in a :class:`QHBoxLayout` needs the sum of its items' widths:
in a narrow window (800×600, the right pane beside the form) the whole pane then scrolls
sideways and its right-hand controls are out of sight. :class:`FlowLayout` lays its items out
left to right and starts a new line when the next item does not fit; its minimum width is its
widest item's, and it reports the height it needs for a width (``heightForWidth``), so the layout
around it gives it its lines. Within a line, the spare width goes to the items that can grow
(horizontal policy Expanding, e.g. a search field, up to their maximum width), or, with
``align_right``, before the items (which then keep their preferred widths).
Hidden items take no room.

Its sizes, and each item's, are kept until Qt invalidates the layout (an item's size hint
changed, an item was shown or hidden), as Qt's own layouts keep theirs: the layouts around it ask
for the same width's height many times in one pass, each answer is Python walking every item, and
asking an item for its sizes lets the GIL go (a wait for it while workers parse answers).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget

__all__ = ["FlowLayout", "kept_together"]

#: The gap between items, and between lines, when the layout has no spacing of its own.
DEFAULT_SPACING = 6


def kept_together(parent: QWidget, *widgets: QWidget) -> QWidget:
    """``widgets`` side by side in one item of a flow (a caption or check box stays beside its
    field when the line wraps); they are reparented to it."""
    group = QWidget(parent)
    layout = QHBoxLayout(group)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        widget.setParent(group)
        layout.addWidget(widget)
    return group


class _Measure(NamedTuple):
    """A visible item's sizes, as the layout uses them."""

    item: QLayoutItem
    hint: QSize  # its size hint, at least its minimum size
    minimum: QSize
    maximum_width: int
    grows: bool  # horizontal policy Expanding: it takes a share of the line's spare width


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._align_right = align_right
        self._heights: dict[int, int] = {}  # width -> height, until invalidated
        self._measures: list[_Measure] | None = None
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's item interface ---------------------------------------------------------------

    def __del__(self) -> None:
        # The layout owns its items (as Qt's own layouts do): let them go with it.
        self._items.clear()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def invalidate(self) -> None:
        self._heights.clear()
        self._measures = None
        super().invalidate()

    # -- sizes ------------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return height

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        measures = self._measured()
        width = sum(m.hint.width() for m in measures) + self._gap() * max(0, len(measures) - 1)
        height = max((m.hint.height() for m in measures), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest item (one item per line), and the height of one line: the layout around asks
        :meth:`heightForWidth` for the height of the lines a width gives."""
        size = QSize()
        for measure in self._measured():
            size = size.expandedTo(measure.minimum)
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # -- the lines ------------------------------------------------------------------------------

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else DEFAULT_SPACING

    def _measured(self) -> list[_Measure]:
        """The visible items' sizes (hidden items take no room), measured once per invalidation."""
        if self._measures is None:
            self._measures = [_measure(item) for item in self._items if not item.isEmpty()]
        return self._measures

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Lay the items out in ``rect`` (only measure unless ``apply``); returns the height."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        lines: list[list[tuple[_Measure, QSize]]] = [[]]
        used = 0
        for measure in self._measured():
            width = min(measure.hint.width(), max(area.width(), measure.minimum.width()))
            line = lines[-1]
            if line and used + gap + width > area.width():
                lines.append([])
                line, used = lines[-1], 0
            used += (gap if line else 0) + width
            line.append((measure, QSize(width, measure.hint.height())))
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(size.height() for _measure, size in line)
            if apply:
                self._place(line, area, y, height, gap)
            y += height + gap
        return max(0, y - gap - area.y()) + margins.top() + margins.bottom()

    def _place(self, line: list[tuple[_Measure, QSize]], area: QRect, y: int, height: int,
               gap: int) -> None:
        spare = area.width() - sum(size.width() for _measure, size in line) - gap * (len(line) - 1)
        # Right-aligned (a row of buttons): nothing grows; else the fields that can take the rest.
        growing = 0 if self._align_right else sum(1 for measure, _size in line if measure.grows)
        extra = spare // growing if growing and spare > 0 else 0
        x = area.x() + (spare if self._align_right and not growing and spare > 0 else 0)
        for measure, size in line:
            grown = extra if growing and measure.grows else 0
            width = min(size.width() + grown, measure.maximum_width)
            top = y + (height - size.height()) // 2
            measure.item.setGeometry(QRect(QPoint(x, top), QSize(width, size.height())))
            x += width + gap


def _measure(item: QLayoutItem) -> _Measure:
    minimum = item.minimumSize()
    widget = item.widget()
    grows = widget is not None and bool(
        widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)
    return _Measure(item, item.sizeHint().expandedTo(minimum), minimum, item.maximumSize().width(), grows)
