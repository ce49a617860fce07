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

Its sizes are kept until Qt invalidates the layout (an item's size hint changed, an item was
shown or hidden): the layouts around it ask for the same width's height many times in one pass,
and each answer is Python walking every item.
"""

from __future__ import annotations

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


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._align_right = align_right
        self._heights: dict[int, int] = {}  # width -> height, until invalidated
        self._size_hint: QSize | None = None
        self._minimum_size: QSize | None = None
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
        self._size_hint = self._minimum_size = None
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
        if self._size_hint is None:
            self._size_hint = self._one_line()
        return QSize(self._size_hint)

    def _one_line(self) -> QSize:
        visible = self._visible()
        gap = self._gap()
        hints = [item.sizeHint().expandedTo(item.minimumSize()) for item in visible]
        width = sum(hint.width() for hint in hints) + gap * max(0, len(visible) - 1)
        height = max((hint.height() for hint in hints), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest item (one item per line), and the height of one line: the layout around asks
        :meth:`heightForWidth` for the height of the lines a width gives."""
        if self._minimum_size is None:
            self._minimum_size = self._widest()
        return QSize(self._minimum_size)

    def _widest(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # -- the lines ------------------------------------------------------------------------------

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else DEFAULT_SPACING

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Lay the items out in ``rect`` (only measure unless ``apply``); returns the height."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint().expandedTo(item.minimumSize())
            width = min(hint.width(), max(area.width(), item.minimumSize().width()))
            line = lines[-1]
            if line and used + gap + width > area.width():
                lines.append([])
                line, used = lines[-1], 0
            used += (gap if line else 0) + width
            line.append((item, QSize(width, hint.height())))
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(size.height() for _item, size in line)
            if apply:
                self._place(line, area, y, height, gap)
            y += height + gap
        return max(0, y - gap - area.y()) + margins.top() + margins.bottom()

    def _place(self, line: list[tuple[QLayoutItem, QSize]], area: QRect, y: int, height: int,
               gap: int) -> None:
        spare = area.width() - sum(size.width() for _item, size in line) - gap * (len(line) - 1)
        # Right-aligned (a row of buttons): nothing grows; else the fields that can take the rest.
        growing = [] if self._align_right else [item for item, _size in line if _grows(item)]
        extra = spare // len(growing) if growing and spare > 0 else 0
        x = area.x() + (spare if self._align_right and not growing and spare > 0 else 0)
        for item, size in line:
            width = min(size.width() + (extra if item in growing else 0), item.maximumSize().width())
            top = y + (height - size.height()) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, size.height())))
            x += width + gap


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    policy = widget.sizePolicy().horizontalPolicy()
    return bool(policy.value & QSizePolicy.PolicyFlag.ExpandFlag.value)
