"""The response inspector: every HTTP exchange in detail, as Postman would show it — without secrets.

A table of recent exchanges under the heading "Exchanges" (newest first; time, request, HTTP
status, duration) on the left, kept per environment so one environment's exchanges never show next
to another's (:meth:`InspectorWidget.set_environment`); while there is none, the right side says
what will appear there. On the right: the method, URL, HTTP status
with its reason phrase, duration and start time, the request and response headers as tables, each
body as a collapsible JSON tree and as raw monospace text, and the TuPay error code of an error
body explained in words. "Copy as cURL" copies a shell snippet with credential placeholders
(:mod:`tupay_desktop.api.curl`); "Copy JSON" copies the response body pretty-printed. Exchanges
arrive already redacted (``login``/``pass`` are ``***``), so nothing here can show a secret.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tupay_desktop.api import errors
from tupay_desktop.api.curl import curl_for_exchange
from tupay_desktop.api.models import Exchange
from tupay_desktop.ui import theme
from tupay_desktop.ui.badges import core_text, ui_language
from tupay_desktop.ui.json_tree import JsonTreeView, parse_json, pretty_json

#: How many exchanges the recent list keeps.
MAX_RECENT = 200
#: How long a copy button says "Copied" (ms).
COPIED_FEEDBACK_MS = 1500

_EXCHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_phrase(status_code: int) -> str:
    """The standard HTTP reason phrase of ``status_code`` ("" if it has none)."""
    import http  # its enum costs ~1 ms to build: not before the first exchange

    try:
        return http.HTTPStatus(status_code).phrase
    except ValueError:
        return ""


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class _WrappingLabel(QLabel):
    """A word-wrapped label that asks its layout for every line it needs at its current width
    (a plain wrapped label in a squeezed panel gets fewer lines than it needs and is cut)."""

    _fitted = -1

    def _needed(self) -> int:
        return self.heightForWidth(self.width()) if self.text() and self.width() > 0 else -1

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        needed = self._needed()
        return QSize(hint.width(), needed) if needed > 0 else hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        needed = self._needed()
        return QSize(hint.width(), needed) if needed > 0 else hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._refit()

    def _refit(self) -> None:
        needed = self._needed()
        if needed != self._fitted:
            self._fitted = needed
            self.updateGeometry()


class _HeadersTable(QTableWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Header"), self.tr("Value")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAccessibleName(name)

    def set_headers(self, headers: tuple[tuple[str, str], ...]) -> None:
        self.setRowCount(len(headers))
        for row, (name, value) in enumerate(headers):
            self.setItem(row, 0, QTableWidgetItem(name))
            self.setItem(row, 1, QTableWidgetItem(value))


class _BodyView(QTabWidget):
    """A body as a JSON tree and as raw text. The tree (a model row per JSON member, expanded and
    measured: the slow part) is built only once it can be seen, so hidden bodies cost nothing."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = JsonTreeView(self)
        self.raw = QPlainTextEdit(self)
        self.raw.setReadOnly(True)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setAccessibleName(self.tr("%1 as raw text").replace("%1", name))
        self.tree.tree.setAccessibleName(self.tr("%1 as JSON tree").replace("%1", name))
        self.addTab(self.tree, self.tr("Tree"))
        self.addTab(self.raw, self.tr("Raw"))
        self.setAccessibleName(name)
        self._tree_text: str | None = None
        self._tree_stale = False
        self.currentChanged.connect(self._fill_tree)

    def set_body(self, text: str | None) -> None:
        self.raw.setPlainText(text or "")
        is_json = False  # as JsonTreeView.set_json will find (tree first for JSON, raw text else)
        if text is not None and text.strip():
            try:
                parse_json(text)
                is_json = True
            except ValueError:
                pass
        self._tree_text, self._tree_stale = text, True
        self.setCurrentIndex(0 if is_json else 1)
        self._fill_tree()

    def _fill_tree(self, *_: object) -> None:
        if self._tree_stale and self.tree.isVisible():
            self._tree_stale = False
            self.tree.set_json(self._tree_text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_tree()


class InspectorWidget(QWidget):
    """Shows HTTP exchanges: a recent list (newest first) and the selected exchange in detail."""

    #: Columns of the recent list.
    COLUMN_TIME, COLUMN_REQUEST, COLUMN_STATUS, COLUMN_DURATION = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exchange: Exchange | None = None
        self._env_key = ""
        #: Exchanges per environment key, newest first.
        self._by_env: dict[str, list[Exchange]] = {}

        self.recent_title = QLabel(self.tr("Exchanges — newest first"), self)
        self.recent_title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.recent_title.font()
        title_font.setBold(True)
        self.recent_title.setFont(title_font)
        self.recent = QTreeWidget(self)
        self.recent.setRootIsDecorated(False)
        self.recent.setUniformRowHeights(True)
        self.recent.setAllColumnsShowFocus(True)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the end of the path
        self.recent.setColumnCount(4)
        self.recent.setHeaderLabels([self.tr("Time"), self.tr("Request"), self.tr("Status"),
                                     self.tr("Duration")])
        header = self.recent.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.COLUMN_TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMN_REQUEST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COLUMN_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMN_DURATION, QHeaderView.ResizeMode.ResizeToContents)
        self.recent.setAccessibleName(self.tr("Recent exchanges"))
        self.recent.setToolTip(self.tr("Recent exchanges of this environment, newest first"))
        self.recent.currentItemChanged.connect(self._on_current_changed)
        self.recent_title.setBuddy(self.recent)
        recent_panel = QWidget(self)
        recent_layout = QVBoxLayout(recent_panel)
        recent_layout.setContentsMargins(0, 0, 0, 0)
        recent_layout.addWidget(self.recent_title)
        recent_layout.addWidget(self.recent, 1)

        self.empty_label = QLabel(
            self.tr("No exchanges yet in this environment.\n\nEvery request the Desk sends — a "
                    "cashout, a status lookup, a cancellation — appears in the list on the left, "
                    "newest first. Select one to see its URL, HTTP status, headers and bodies "
                    "(login and pass hidden), the TuPay error explained in words, and to copy it "
                    "as cURL."),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setMargin(12)
        self.empty_label.setAccessibleName(self.tr("No exchanges yet"))
        self.details_stack = QStackedWidget(self)
        self.details_stack.addWidget(self.empty_label)
        #: The detail pane (labels, header tables, body trees) is built for the first exchange
        #: shown, not for the first frame; see :meth:`build_details`.
        self._details_built = False

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(recent_panel)
        self.splitter.addWidget(self.details_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        recent_panel.setMinimumWidth(280)
        self.splitter.setSizes([900, 1100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.clear()

    #: Attributes made by :meth:`build_details`; reading one builds the pane.
    _DETAIL_ATTRIBUTES = frozenset({
        "method_label", "url_label", "status_label", "duration_label", "started_label", "error_label",
        "copy_curl_button", "copy_json_button", "tabs", "request_headers", "response_headers",
        "request_body", "response_body",
    })

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not (yet) set: the detail pane's, before it is built.
        if name in InspectorWidget._DETAIL_ATTRIBUTES and not self.__dict__.get("_details_built", True):
            self.build_details()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def build_details(self) -> None:
        """Build the detail pane of the selected exchange, if not yet done (the window asks for it
        right after its first frame; the first exchange shown would otherwise)."""
        if self._details_built:
            return
        self._details_built = True
        self.method_label = self._value_label(self.tr("Method"))
        self.url_label = self._value_label(self.tr("URL"))
        self.status_label = self._value_label(self.tr("HTTP status"))
        self.duration_label = self._value_label(self.tr("Duration"))
        self.started_label = self._value_label(self.tr("Started"))
        self.error_label = self._value_label(self.tr("Explanation"))
        for label in (self.url_label, self.status_label, self.error_label):
            # Long URLs and error texts wrap (or are cut, with the full text as a tooltip) instead
            # of widening the panel and squeezing the exchange list.
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        form = QFormLayout()
        form.addRow(self.tr("Method:"), self.method_label)
        form.addRow(self.tr("URL:"), self.url_label)
        form.addRow(self.tr("HTTP status:"), self.status_label)
        form.addRow(self.tr("Duration:"), self.duration_label)
        form.addRow(self.tr("Started:"), self.started_label)
        form.addRow(self.tr("Explanation:"), self.error_label)

        self.copy_curl_button = QPushButton(self.tr("Copy as cURL"), self)
        self.copy_curl_button.setToolTip(
            self.tr("Copy a shell snippet that replays this request; the credentials are read from "
                    "$TUPAY_API_KEY, $TUPAY_API_PASSPHRASE and $TUPAY_API_SIGNATURE.")
        )
        self.copy_json_button = QPushButton(self.tr("Copy JSON"), self)
        self.copy_json_button.setToolTip(self.tr("Copy the response body, pretty-printed"))
        self.copy_curl_button.clicked.connect(self.copy_curl)
        self.copy_json_button.clicked.connect(self.copy_json)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_curl_button)
        buttons.addWidget(self.copy_json_button)
        buttons.addStretch(1)

        # The tab widget (and its tab bar) before its pages, so Tab goes from the bar into the page.
        self.tabs = QTabWidget(self)
        self.request_headers = _HeadersTable(self.tr("Request headers"), self)
        self.response_headers = _HeadersTable(self.tr("Response headers"), self)
        self.request_body = _BodyView(self.tr("Request body"), self)
        self.response_body = _BodyView(self.tr("Response body"), self)
        self.tabs.addTab(self.response_body, self.tr("Response body"))
        self.tabs.addTab(self.response_headers, self.tr("Response headers"))
        self.tabs.addTab(self.request_body, self.tr("Request body"))
        self.tabs.addTab(self.request_headers, self.tr("Request headers"))

        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(form)
        details_layout.addLayout(buttons)
        details_layout.addWidget(self.tabs, 1)
        # Four tabs must not decide the panel's width: they scroll, and the list keeps its share.
        self.tabs.setUsesScrollButtons(True)
        self.details_stack.addWidget(details)
        self.copy_curl_button.setEnabled(False)
        self.copy_json_button.setEnabled(False)

    def _value_label(self, name: str) -> QLabel:
        label = _WrappingLabel(self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    # -- public API ----------------------------------------------------------------------------

    @property
    def exchange(self) -> Exchange | None:
        """The exchange shown, if any."""
        return self._exchange

    @property
    def environment(self) -> str:
        """The key of the environment whose exchanges are listed."""
        return self._env_key

    def exchanges(self) -> list[Exchange]:
        """The exchanges listed (the current environment's), newest first."""
        return list(self._by_env.get(self._env_key, []))

    def set_environment(self, env_key: str) -> None:
        """List only ``env_key``'s exchanges (each environment keeps its own, newest first)."""
        if env_key == self._env_key:
            return
        self._env_key = env_key
        self._rebuild()

    def add_exchange(self, exchange: Exchange, env_key: str | None = None) -> None:
        """Put ``exchange`` of ``env_key`` (default: the current environment) at the top of its
        environment's list; if that is the environment shown, select and show it. An exchange
        already listed is selected again, not added twice."""
        key = self._env_key if env_key is None else env_key
        kept = self._by_env.setdefault(key, [])
        if exchange not in kept:
            kept.insert(0, exchange)
            del kept[MAX_RECENT:]
            if key == self._env_key:
                self.recent.insertTopLevelItem(0, self._make_item(exchange))
                while self.recent.topLevelItemCount() > MAX_RECENT:
                    self.recent.takeTopLevelItem(self.recent.topLevelItemCount() - 1)
        if key != self._env_key:
            return
        for row in range(self.recent.topLevelItemCount()):
            item = self.recent.topLevelItem(row)
            if item is not None and item.data(0, _EXCHANGE_ROLE) == exchange:
                self.recent.setCurrentItem(item)  # shows it (currentItemChanged)
                break
        if self._exchange is not exchange:
            self.show_exchange(exchange)

    def show_exchange(self, exchange: Exchange) -> None:
        """Show ``exchange`` in detail (without adding it to the recent list)."""
        self.build_details()
        self._exchange = exchange
        self.details_stack.setCurrentIndex(1)
        self.method_label.setText(exchange.method)
        self.url_label.setText(exchange.url)
        self.url_label.setToolTip(exchange.url)
        if exchange.status_code is not None:
            phrase = reason_phrase(exchange.status_code)
            self.status_label.setText(f"{exchange.status_code} {phrase}".strip())
        elif exchange.error:
            self.status_label.setText(self.tr("No response: %1").replace("%1", exchange.error))
        else:
            self.status_label.setText(self.tr("No response"))
        elapsed = exchange.elapsed_ms
        duration = self.tr("%1 ms").replace("%1", f"{elapsed:.0f}") if elapsed is not None else "—"
        self.duration_label.setText(duration)
        self.started_label.setText(_local_time(exchange.started_at))
        self.error_label.setText(self._explanation(exchange))
        self.request_headers.set_headers(exchange.request_headers)
        self.response_headers.set_headers(exchange.response_headers)
        self.request_body.set_body(exchange.request_body)
        self.response_body.set_body(exchange.response_body)
        self.copy_curl_button.setEnabled(True)
        self.copy_json_button.setEnabled(pretty_json(exchange.response_body) is not None)

    def clear(self) -> None:
        """Forget every exchange, of every environment."""
        self._by_env.clear()
        self._rebuild()

    def _rebuild(self) -> None:
        """List the current environment's exchanges; show the newest, or the empty state."""
        self.recent.blockSignals(True)
        self.recent.clear()
        kept = self._by_env.get(self._env_key, [])
        self.recent.addTopLevelItems([self._make_item(exchange) for exchange in kept])
        self.recent.blockSignals(False)
        if kept:
            self._exchange = None
            first = self.recent.topLevelItem(0)
            if first is not None:
                self.recent.setCurrentItem(first)
            if self._exchange is None:
                self.show_exchange(kept[0])
            return
        self._exchange = None
        self.details_stack.setCurrentIndex(0)
        if not self._details_built:
            return
        self.url_label.setToolTip("")
        for label in (self.method_label, self.url_label, self.status_label, self.duration_label,
                      self.started_label, self.error_label):
            label.setText("")
        self.request_headers.set_headers(())
        self.response_headers.set_headers(())
        self.request_body.set_body(None)
        self.response_body.set_body(None)
        self.copy_curl_button.setEnabled(False)
        self.copy_json_button.setEnabled(False)

    def curl_text(self) -> str:
        """The "Copy as cURL" snippet of the shown exchange ("" if none)."""
        return curl_for_exchange(self._exchange) if self._exchange is not None else ""

    def copy_curl(self) -> None:
        """Copy the shown exchange as a cURL snippet."""
        if self._exchange is not None:
            QGuiApplication.clipboard().setText(self.curl_text())
            self._say_copied(self.copy_curl_button, self.tr("Copy as cURL"))

    def copy_json(self) -> None:
        """Copy the shown response body, pretty-printed."""
        if self._exchange is not None:
            text = pretty_json(self._exchange.response_body)
            if text is not None:
                QGuiApplication.clipboard().setText(text)
                self._say_copied(self.copy_json_button, self.tr("Copy JSON"))

    def _say_copied(self, button: QPushButton, caption: str) -> None:
        """Show on the button, for a moment, that the copy happened (nothing else would)."""
        button.setText(self.tr("Copied ✓"))
        QTimer.singleShot(COPIED_FEEDBACK_MS, button, lambda: button.setText(caption))

    # -- helpers -------------------------------------------------------------------------------

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        exchange = current.data(0, _EXCHANGE_ROLE)
        if isinstance(exchange, Exchange) and exchange is not self._exchange:
            self.show_exchange(exchange)

    def _make_item(self, exchange: Exchange) -> QTreeWidgetItem:
        path = exchange.url.split("://", 1)[-1]
        path = "/" + path.split("/", 1)[1] if "/" in path else path
        if exchange.status_code is not None:
            status = str(exchange.status_code)
            status_tip = f"{exchange.status_code} {reason_phrase(exchange.status_code)}".strip()
        else:
            status = self.tr("no response")
            status_tip = exchange.error or status
        elapsed = exchange.elapsed_ms
        duration = self.tr("%1 ms").replace("%1", f"{elapsed:.0f}") if elapsed is not None else "—"
        item = QTreeWidgetItem([
            exchange.started_at.astimezone().strftime("%H:%M:%S"),
            f"{exchange.method} {path}",
            status,
            duration,
        ])
        item.setData(0, _EXCHANGE_ROLE, exchange)
        item.setToolTip(self.COLUMN_REQUEST, exchange.url)
        item.setToolTip(self.COLUMN_STATUS, status_tip)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        item.setTextAlignment(self.COLUMN_DURATION, right)
        if exchange.status_code is None or exchange.status_code >= 400:
            item.setForeground(self.COLUMN_STATUS, theme.error_colour())
        return item

    def _explanation(self, exchange: Exchange) -> str:
        """The TuPay error code of the response body, in words ("" when the body has none)."""
        try:
            body = parse_json(exchange.response_body)
        except ValueError:
            return exchange.error or ""
        if not isinstance(body, dict) or "code" not in body:
            return ""
        code = body.get("code")
        message = body.get("message")
        lang = ui_language()
        info = errors.describe_error(
            code if isinstance(code, int) and not isinstance(code, bool) else None,
            str(message) if message is not None else None,
            lang,
        )
        title = core_text(info.title) if lang == "en" else info.title
        hint = core_text(info.hint) if lang == "en" else info.hint
        code_text = self.tr("code %1").replace("%1", str(code))
        parts = [f"{title} ({code_text})."]
        if message and info.known:
            quoted = str(message).rstrip(". ")  # the sentence's own full stop follows the quote
            parts.append(self.tr("TuPay says: “%1”.").replace("%1", quoted))
        parts.append(hint)
        return " ".join(parts)
