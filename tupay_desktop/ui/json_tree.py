"""A collapsible JSON tree (key, value, type) over a ``QStandardItemModel``, and exact pretty-printing.

Numbers are parsed as ``Decimal`` so an amount is shown and copied exactly as it came
(``100.10`` stays ``100.10``); nothing is ever turned into a float.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeView, QVBoxLayout, QWidget

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
    """A JSON tree with "Expand all" / "Collapse all" buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = JsonTreeModel(self)
        # The buttons sit above the tree: create them first so Tab reaches them first.
        self.expand_button = QPushButton(self.tr("Expand all"), self)
        self.collapse_button = QPushButton(self.tr("Collapse all"), self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tree.setAccessibleName(self.tr("JSON tree"))
        self.expand_button.clicked.connect(self.tree.expandAll)
        self.collapse_button.clicked.connect(self.tree.collapseAll)
        buttons = QHBoxLayout()
        buttons.addWidget(self.expand_button)
        buttons.addWidget(self.collapse_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)

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
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        return True

    def clear(self) -> None:
        self.model.set_message("")
