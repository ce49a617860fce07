"""A collapsible JSON tree (key, value, type) over a ``QStandardItemModel``, and exact pretty-printing.

Numbers are parsed as ``Decimal`` so an amount is shown and copied exactly as it came
(``100.10`` stays ``100.10``, ``320.50`` stays ``320.50``); nothing is ever turned into a float.
The tree takes the width it is given: the key column fits its keys (up to a share of the width),
the value column takes the rest (long values are elided, the whole value is the tooltip), so a
plain body needs no horizontal scrolling.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTreeView, QVBoxLayout, QWidget

from tupay_desktop.i18n import QT_TRANSLATE_NOOP

#: The JSON type names, as the tree's Type column says them (translated, context ``JsonType``).
JSON_TYPE_WORDS = {
    "object": QT_TRANSLATE_NOOP("JsonType", "object"),
    "array": QT_TRANSLATE_NOOP("JsonType", "array"),
    "string": QT_TRANSLATE_NOOP("JsonType", "string"),
    "number": QT_TRANSLATE_NOOP("JsonType", "number"),
    "boolean": QT_TRANSLATE_NOOP("JsonType", "boolean"),
    "null": QT_TRANSLATE_NOOP("JsonType", "null"),
}

#: Deeper JSON is shown as raw text only: the tree and the pretty-printer recurse once per level.
MAX_TREE_DEPTH = 100


def parse_json(text: str | None) -> Any:
    """Parse ``text`` with numbers as ``int``/``Decimal``. Raises ``ValueError`` when it is not JSON,
    or when it nests deeper than :data:`MAX_TREE_DEPTH` levels (a peer's body may be anything)."""
    if text is None:
        raise ValueError("no body")
    try:
        value = json.loads(text, parse_float=Decimal)
    except RecursionError:
        raise ValueError("nested too deeply to show") from None
    if _depth(value) > MAX_TREE_DEPTH:
        raise ValueError("nested too deeply to show")
    return value


def _depth(value: Any) -> int:
    """How many arrays/objects deep ``value`` goes (without recursion)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            level += 1
            deepest = max(deepest, level)
            if level > MAX_TREE_DEPTH:
                break
            stack.extend((child, level) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def _dump(value: Any, indent: int, level: int) -> str:
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {_dump(v, indent, level + 1)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [f"{pad}{_dump(v, indent, level + 1)}" for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def pretty_json(text: str | None, indent: int = 2) -> str | None:
    """``text`` re-indented (numbers kept exactly), or ``None`` if it is not JSON."""
    try:
        value = parse_json(text)
    except ValueError:
        return None
    return _dump(value, indent, 0)


def dump_pretty(value: Any, indent: int = 2) -> str:
    """A parsed value (``Decimal`` numbers kept exactly, as :func:`parse_json` makes them) as
    indented JSON text."""
    return _dump(value, indent, 0)


def signed_body_preview(body: str) -> str:
    """A request body to show before it is sent: pretty-printed (numbers exactly as sent), then
    the exact compact text — the bytes the ``Payload-Signature`` is computed over — under a line
    that says so. A body that is not JSON is shown as it is."""
    pretty = pretty_json(body)
    if pretty is None:
        return body
    note = QCoreApplication.translate(
        "JsonTree", "Signed and sent as exactly these bytes (compact; login and pass shown as ***):"
    )
    return f"{pretty}\n\n{note}\n{body}"


def json_type_name(value: Any) -> str:
    """The JSON type of a parsed value: object, array, string, number, boolean or null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | Decimal):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _scalar_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value)


class JsonTreeModel(QStandardItemModel):
    """Three columns — key, value, type — one row per JSON member or array element."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, 3, parent)
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value"), self.tr("Type")])

    def set_value(self, value: Any) -> None:
        """Show a parsed JSON value (its members at the top level)."""
        self.clear()
        self.setColumnCount(3)
        self._set_headers()
        root = self.invisibleRootItem()
        if isinstance(value, dict | list):
            self._add_children(root, value)
        else:
            self._add_row(root, "", value)

    def set_message(self, message: str) -> None:
        """Show one explanatory row instead of a tree (e.g. "not JSON")."""
        self.clear()
        self.setColumnCount(3)
        self._set_headers()
        item = QStandardItem(message)
        item.setEditable(False)
        self.invisibleRootItem().appendRow([item, _item(""), _item("")])

    def _add_children(self, parent: QStandardItem, value: dict[str, Any] | list[Any]) -> None:
        pairs = value.items() if isinstance(value, dict) else ((f"[{i}]", v) for i, v in enumerate(value))
        for key, child in pairs:
            self._add_row(parent, str(key), child)

    def _add_row(self, parent: QStandardItem, key: str, value: Any) -> None:
        key_item = _item(key)
        type_item = _item(QCoreApplication.translate("JsonType", JSON_TYPE_WORDS[json_type_name(value)]))
        if isinstance(value, dict):
            value_item = _item(self.tr("{%n member(s)}", "", len(value)))
        elif isinstance(value, list):
            value_item = _item(self.tr("[%n item(s)]", "", len(value)))
        else:
            value_item = _item(_scalar_text(value))
        parent.appendRow([key_item, value_item, type_item])
        if isinstance(value, dict | list):
            self._add_children(key_item, value)


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(text if len(text) < 2000 else text[:2000] + "…")
    return item


class JsonTreeView(QWidget):
    """A JSON tree with "Expand all" / "Collapse all" buttons (in :attr:`buttons`, which a
    container may place elsewhere, e.g. beside its tabs, to leave the tree more rows)."""

    #: The key column is never fitted wider than this share of the tree's width (or, before the
    #: tree is shown and laid out, than :attr:`KEY_COLUMN_CHARS` characters).
    KEY_COLUMN_SHARE = 0.45
    KEY_COLUMN_CHARS = 32

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = JsonTreeModel(self)
        # The buttons sit above the tree: create them first so Tab reaches them first.
        self.buttons = QWidget(self)
        self.expand_button = QPushButton(self.tr("Expand all"), self.buttons)
        self.collapse_button = QPushButton(self.tr("Collapse all"), self.buttons)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAccessibleName(self.tr("JSON tree"))
        self.expand_button.clicked.connect(self.tree.expandAll)
        self.collapse_button.clicked.connect(self.tree.collapseAll)
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.expand_button)
        buttons.addWidget(self.collapse_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.buttons)
        layout.addWidget(self.tree)
        header = self.tree.header()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        header.setStretchLastSection(False)
        self._set_column_modes()
        # A model reset forgets the sections' resize modes: set them again after each one.
        self.model.modelReset.connect(self._set_column_modes)
        self.model.headerDataChanged.connect(self._set_column_modes)

    def use_compact_buttons(self) -> None:
        """Show "Expand all" / "Collapse all" as two small symbol buttons (the words stay their
        tooltips and accessible names), for a container that puts them beside its tabs."""
        for button, symbol in ((self.expand_button, "⊞"), (self.collapse_button, "⊟")):
            words = button.text()
            button.setToolTip(words)
            button.setAccessibleName(words)
            button.setText(symbol)
            button.setFlat(True)
            width = button.fontMetrics().horizontalAdvance(symbol) + 16
            button.setFixedWidth(max(width, button.sizeHint().height()))

    def _set_column_modes(self, *_: object) -> None:
        """Key column sized by :meth:`_fit_key_column` (and by hand), value column taking the
        rest of the width, type column fitted to its words."""
        header = self.tree.header()
        if header.count() < 3:
            return
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def _fit_key_column(self) -> None:
        """The key column fitted to its keys, but never more than a share of the width."""
        self._set_column_modes()
        self.tree.resizeColumnToContents(0)
        width = self.tree.viewport().width()
        if self.tree.isVisible() and width > 0:
            limit = int(width * self.KEY_COLUMN_SHARE)
        else:  # not laid out yet: its width says nothing
            limit = self.tree.fontMetrics().horizontalAdvance("x" * self.KEY_COLUMN_CHARS)
        header = self.tree.header()
        if header.sectionSize(0) > limit:
            header.resizeSection(0, limit)

    def set_json(self, text: str | None) -> bool:
        """Show ``text`` as a tree, expanded; returns False (and says so) when it is not JSON."""
        if text is None or not text.strip():
            self.model.set_message(self.tr("(no body)"))
            return False
        try:
            value = parse_json(text)
        except ValueError:
            self.model.set_message(self.tr("(not JSON — see the raw text)"))
            return False
        self.model.set_value(value)
        self.tree.expandAll()
        self._fit_key_column()
        return True

    def clear(self) -> None:
        self.model.set_message("")
