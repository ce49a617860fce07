"""Helpers for the view tests: a real sandbox cashout, and every text a widget tree shows."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tupay_desktop.api.models import CashoutRequest


def make_request(external_id: str | None = None) -> CashoutRequest:
    return CashoutRequest(
        external_id=external_id or f"ui-{uuid.uuid4().hex[:12]}",
        amount=Decimal("150.25"),
        currency="PEN",
        document_type="DNI",
        document_id="71594743",
        beneficiary_name="José",
        beneficiary_lastname="Peña",
        bank_account="00219300153895206813",
        account_type="S",
        notification_url="https://merchant.example/notify",
        comments="prueba",
    )


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, out: list[str]) -> None:
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in (0, 3):  # DisplayRole, ToolTipRole
                value = model.data(index, role)
                if value is not None:
                    out.append(str(value))
        first = model.index(row, 0, parent)
        if model.rowCount(first) > 0:
            _model_texts(model, first, out)


def all_texts(root: QWidget) -> list[str]:
    """Every text the widget tree shows or carries as tooltip/accessible text."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        out += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        out.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            out.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            out.append(widget.toPlainText())
        if isinstance(widget, QTextEdit):
            out.append(widget.toPlainText())
        if isinstance(widget, QTabWidget):
            out += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            cells = [widget.item(r, c) for r in range(widget.rowCount()) for c in range(widget.columnCount())]
            out += [cell.text() for cell in cells if cell is not None]
        elif isinstance(widget, QListWidget):
            out += [widget.item(r).text() for r in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            _model_texts(widget.model(), QModelIndex(), out)
    return out


def assert_no_secret(root: QWidget, secrets: Any) -> None:
    texts = all_texts(root)
    for secret in secrets:
        for text in texts:
            assert secret not in text, f"a secret is shown in {text[:80]!r}"
