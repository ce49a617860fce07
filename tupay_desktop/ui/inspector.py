"""The response inspector: every HTTP exchange in detail, as Postman would show it — without secrets.

A table of recent exchanges under the heading "Exchanges" (newest first; time, request, HTTP
status, duration) on the left, kept per environment so one environment's exchanges never show next
to another's (:meth:`InspectorWidget.set_environment`); while there is none, the right side says
what will appear there. On the right: the method, URL, HTTP status
with its reason phrase, duration and start time, the request and response headers as tables, each
body as a collapsible JSON tree, pretty-printed, and raw (the exact compact bytes, which the
``Payload-Signature`` is computed over), and the TuPay error code of an error body explained in
words. The summary above the bodies folds away so the tree gets the height. "Copy as cURL" copies
a shell snippet with credential placeholders (:mod:`tupay_desktop.api.curl`); "Copy JSON" copies
the response body pretty-printed; "Save…" writes the exchange to a file
(:mod:`tupay_desktop.ui.exchange_file`). Exchanges arrive already redacted (``login``/``pass`` are
``***``), so nothing here can show a secret.

Status polls add a row each, so the list can be searched (URL, status, bodies) and narrowed to one
cashout ("Only this cashout": every exchange that names its ``external_id`` or ``cashout_id``) —
:class:`ExchangeFilter` decides, rows it refuses are hidden, not removed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tupay_desktop.api import errors
from tupay_desktop.api.models import Exchange
from tupay_desktop.lazy import lazy_module
from tupay_desktop.ui import theme
from tupay_desktop.ui.badges import core_text, ui_language
from tupay_desktop.ui.deferred import DeferredDetails
from tupay_desktop.ui.i18n import arg

if TYPE_CHECKING:
    from tupay_desktop.api import curl
    from tupay_desktop.ui import exchange_file, json_tree
else:  # imported with the first exchange shown (not part of the first frame)
    curl = lazy_module("tupay_desktop.api.curl")
    exchange_file = lazy_module("tupay_desktop.ui.exchange_file")
    json_tree = lazy_module("tupay_desktop.ui.json_tree")

#: How many exchanges the recent list keeps.
MAX_RECENT = 200
#: The extra width (px, more than a scroll bar's) the inspector needs to go back from its list
#: above the detail pane to side by side.
ORIENTATION_SLACK = 32
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


class _ElidedLabel(QLabel):
    """One line of text, elided in the middle to the width it gets (the whole text is the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.width()
        text = self._full
        if width > 0:
            text = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, width)
        self.setText(text)


class _SummaryGrid(QWidget):
    """Caption/value pairs, two pairs a line where they fit and one a line where they do not
    (so the summary never makes the panel wider than one pair needs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self._rows: list[list[tuple[QLabel, QLabel]]] = []
        self._two_a_line: bool | None = None

    def set_rows(self, rows: list[list[tuple[QLabel, QLabel]]]) -> None:
        self._rows = rows
        self._arrange(True)

    @property
    def two_a_line(self) -> bool:
        return bool(self._two_a_line)

    def _width_for_two(self) -> int:
        spacing = max(self._grid.horizontalSpacing(), 0)
        widths = [sum(c.sizeHint().width() + v.sizeHint().width() + 2 * spacing for c, v in row)
                  for row in self._rows if len(row) == 2]
        return max(widths, default=0)

    def _arrange(self, two: bool) -> None:
        if two == self._two_a_line:
            return
        self._two_a_line = two
        for row in self._rows:
            for caption, value in row:
                self._grid.removeWidget(caption)
                self._grid.removeWidget(value)
        line = 0
        for row in self._rows:
            pairs = [row] if two else [[pair] for pair in row]
            for pairs_of_line in pairs:
                for position, (caption, value) in enumerate(pairs_of_line):
                    span = 3 if len(pairs_of_line) == 1 else 1
                    self._grid.addWidget(caption, line, 2 * position)
                    self._grid.addWidget(value, line, 2 * position + 1, 1, span)
                line += 1
        for column, stretch in enumerate((0, 1, 0, 2)):
            self._grid.setColumnStretch(column, stretch if two else (1 if column == 1 else 0))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._two_a_line:  # one pair a line is always possible: ask only for that width
            spacing = max(self._grid.horizontalSpacing(), 0)
            one = max((c.sizeHint().width() + v.minimumSizeHint().width() + spacing
                       for row in self._rows for c, v in row), default=0)
            return QSize(min(hint.width(), one), hint.height())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.width() >= self._width_for_two())


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
    """A body as a JSON tree, pretty-printed, and raw: the exact text as sent or received. The tree
    (a model row per JSON member, expanded and measured: the slow part) is built only once it can be
    seen, and so are the pretty and raw texts (or when :attr:`raw` or :attr:`pretty` is read), so
    hidden bodies cost nothing — every answer's exchange is shown as it lands."""

    def __init__(self, name: str, parent: QWidget | None = None, *, sent: bool = False) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.tree = json_tree.JsonTreeView(self)
        self._pretty = QPlainTextEdit(self)
        self._pretty.setReadOnly(True)
        self._pretty.setFont(fixed)
        self._pretty.setAccessibleName(self.tr("%1, pretty-printed").replace("%1", name))
        raw_page = QWidget(self)
        self.raw_note = QLabel(raw_page)
        self.raw_note.setWordWrap(True)
        self.raw_note.setTextFormat(Qt.TextFormat.PlainText)
        self.raw_note.setText(
            self.tr("Exactly the bytes sent (compact JSON), login and pass shown as ***. The "
                    "Payload-Signature is computed over these bytes, with the real login and pass; "
                    "Pretty only re-indents them.")
            if sent else
            self.tr("Exactly the text received (login and pass, if quoted, shown as ***).")
        )
        self._raw = QPlainTextEdit(raw_page)
        self._raw.setReadOnly(True)
        self._raw.setFont(fixed)
        self._raw.setAccessibleName(self.tr("%1 as raw text").replace("%1", name))
        raw_layout = QVBoxLayout(raw_page)
        raw_layout.setContentsMargins(0, 2, 0, 0)
        raw_layout.addWidget(self.raw_note)
        raw_layout.addWidget(self._raw, 1)
        self.raw_page = raw_page
        self.tree.tree.setAccessibleName(self.tr("%1 as JSON tree").replace("%1", name))
        self.addTab(self.tree, self.tr("Tree"))
        self.addTab(self._pretty, self.tr("Pretty"))
        self.addTab(raw_page, self.tr("Raw"))
        # "Expand all" / "Collapse all" beside the tabs, not on a row of their own: the tree gets it.
        self.tree.use_compact_buttons()
        self.setCornerWidget(self.tree.buttons, Qt.Corner.TopRightCorner)
        self.tree.buttons.show()
        self.currentChanged.connect(self._on_page_changed)
        self.setAccessibleName(name)
        self._tree_text: str | None = None
        self._tree_stale = False
        self._texts_stale = False
        self.currentChanged.connect(self._fill_tree)
        self.currentChanged.connect(self._fill_texts_if_seen)

    @property
    def raw(self) -> QPlainTextEdit:
        """The raw page's text (filled in first if it was not yet)."""
        self._fill_texts()
        return self._raw

    @property
    def pretty(self) -> QPlainTextEdit:
        """The pretty-printed page's text (filled in first if it was not yet)."""
        self._fill_texts()
        return self._pretty

    def set_body(self, text: str | None) -> None:
        is_json = False  # as JsonTreeView.set_json will find (tree first for JSON, raw text else)
        if text is not None and text.strip():
            try:
                json_tree.parse_json(text)
                is_json = True
            except ValueError:
                pass
        self._tree_text, self._tree_stale, self._texts_stale = text, True, True
        self.setCurrentWidget(self.tree if is_json else self.raw_page)
        self._fill_tree()
        self._fill_texts_if_seen()
        self._on_page_changed()

    def _on_page_changed(self, *_: object) -> None:
        self.tree.buttons.setVisible(self.currentWidget() is self.tree)

    def _fill_tree(self, *_: object) -> None:
        if self._tree_stale and self.tree.isVisible():
            self._tree_stale = False
            self.tree.set_json(self._tree_text)

    def _fill_texts_if_seen(self, *_: object) -> None:
        if self._texts_stale and (self._pretty.isVisible() or self.raw_page.isVisible()):
            self._fill_texts()

    def _fill_texts(self) -> None:
        if self._texts_stale:
            self._texts_stale = False
            text = self._tree_text
            self._raw.setPlainText(text or "")
            pretty = json_tree.pretty_json(text)
            self._pretty.setPlainText(pretty if pretty is not None else (text or ""))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_tree()
        self._fill_texts_if_seen()


def _ids_of(text: str | None) -> set[str]:
    """The cashout identifiers a body names: ``external_id:…`` and ``cashout_id:…`` keys."""
    try:
        body = json_tree.parse_json(text)
    except ValueError:
        return set()
    if not isinstance(body, dict):
        return set()
    keys = set()
    for name in ("external_id", "cashout_id"):
        value = body.get(name)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            keys.add(f"{name}:{str(value).strip()}")
    return keys


def cashout_keys(exchange: Exchange) -> frozenset[str]:
    """Which cashout an exchange is about: the ``external_id`` / ``cashout_id`` its request or
    response body names (a create names the first and answers the second; a poll names either)."""
    return frozenset(_ids_of(exchange.request_body) | _ids_of(exchange.response_body))


def search_text(exchange: Exchange) -> str:
    """What a search looks in: method, URL, HTTP status and its phrase, the error, both bodies."""
    status = (f"{exchange.status_code} {reason_phrase(exchange.status_code)}"
              if exchange.status_code is not None else "")
    parts = (exchange.method, exchange.url, status, exchange.error or "", exchange.request_body,
             exchange.response_body or "")
    return "\n".join(parts).casefold()


class ExchangeFilter:
    """Which exchanges the list shows: every search word (case-insensitive) found in
    :func:`search_text`, and — when pinned to a cashout — only exchanges about that cashout."""

    def __init__(self) -> None:
        self.words: tuple[str, ...] = ()
        #: The pinned cashout's identifiers (``external_id:…``/``cashout_id:…``); empty: any.
        self.cashout: frozenset[str] = frozenset()

    @property
    def active(self) -> bool:
        return bool(self.words or self.cashout)

    def set_text(self, text: str) -> None:
        self.words = tuple(text.casefold().split())

    def accepts(self, exchange: Exchange) -> bool:
        if self.cashout and not (cashout_keys(exchange) & self.cashout):
            return False
        if self.words:
            haystack = search_text(exchange)
            return all(word in haystack for word in self.words)
        return True


class InspectorWidget(DeferredDetails, QWidget):
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
        filter_bar = self._build_filter_bar()  # before the list: Tab reaches the search first
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
        recent_layout.addLayout(filter_bar)
        self._extend_list()
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
        # Room for the list's columns, and never less than its filter bar needs (in any language).
        recent_panel.setMinimumWidth(max(250, recent_panel.minimumSizeHint().width()))
        self._recent_panel = recent_panel
        self.splitter.setSizes([900, 1100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.clear()

    # -- side by side, or one above the other in a narrow pane ------------------------------------

    def _list_width(self) -> int:
        return self._recent_panel.minimumSizeHint().expandedTo(self._recent_panel.minimumSize()).width()

    def _side_by_side_width(self) -> int:
        """The least width that shows the list and the detail pane side by side (the widget's
        layout has no margins)."""
        return self._list_width() + self.details_stack.minimumSizeHint().width() + self.splitter.handleWidth()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the list or the detail pane alone: below :meth:`_side_by_side_width` the
        two are shown one above the other (800×600: no sideways scrolling of the right pane)."""
        hint = super().minimumSizeHint()
        narrow = max(self._list_width(), self.details_stack.minimumSizeHint().width())
        return QSize(min(hint.width(), narrow), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_orientation(event.size().width())
        super().resizeEvent(event)

    def _fit_orientation(self, width: int) -> None:
        needed = self._side_by_side_width()
        if self.splitter.orientation() == Qt.Orientation.Vertical:
            # Back side by side only with room to spare: stacking may bring the pane's scroll bar,
            # whose width must not flip the arrangement back and forth.
            needed += ORIENTATION_SLACK
        wanted = Qt.Orientation.Horizontal if width >= needed else Qt.Orientation.Vertical
        if self.splitter.orientation() == wanted:
            return
        self.splitter.setOrientation(wanted)
        self.splitter.setSizes([900, 1100])  # the detail pane a little larger, either way
        self.updateGeometry()  # the minimum height changes with the orientation

    #: Attributes made by :meth:`build_details`; reading one builds the pane.
    _DETAIL_ATTRIBUTES: ClassVar[frozenset[str]] = frozenset({
        "method_label", "url_label", "status_label", "duration_label", "started_label", "error_label",
        "copy_curl_button", "copy_json_button", "save_button", "tabs", "request_headers",
        "response_headers", "request_body", "response_body", "summary", "summary_line",
        "summary_toggle", "_explanation_caption",
    })

    def build_details(self) -> None:
        """Build the detail pane of the selected exchange, if not yet done (the window asks for it
        right after its first frame; the first exchange shown would otherwise)."""
        if self._details_built:
            return
        self._details_built = True
        self.search_edit.setClearButtonEnabled(True)
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

        form = self._summary_layout()

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
        buttons.addWidget(self._actions_bar(), 1)

        # The tab widget (and its tab bar) before its pages, so Tab goes from the bar into the page.
        self.tabs = QTabWidget(self)
        self.request_headers = _HeadersTable(self.tr("Request headers"), self)
        self.response_headers = _HeadersTable(self.tr("Response headers"), self)
        self.request_body = _BodyView(self.tr("Request body"), self, sent=True)
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
        # The detail pane's minimum widens the side-by-side arrangement: arrange again, no resize
        # comes when it is built in a window already at its size.
        self._fit_orientation(self.width())

    def _value_label(self, name: str) -> QLabel:
        label = _WrappingLabel(self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    def _summary_layout(self) -> QVBoxLayout:
        """The exchange's summary, two fields a line where they fit (the tree gets the height);
        it folds away with :attr:`summary_toggle`."""
        self.summary = _SummaryGrid(self)
        for label in (self.method_label, self.duration_label, self.started_label):
            # Short values; like the others they never make the panel wider (the list keeps it).
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        def caption(text: str, value: QLabel) -> QLabel:
            label = QLabel(text, self.summary)
            label.setBuddy(value)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            return label

        self._explanation_caption = caption(self.tr("Explanation:"), self.error_label)
        self.summary.set_rows([
            [(caption(self.tr("Method:"), self.method_label), self.method_label),
             (caption(self.tr("HTTP status:"), self.status_label), self.status_label)],
            [(caption(self.tr("URL:"), self.url_label), self.url_label)],
            [(caption(self.tr("Duration:"), self.duration_label), self.duration_label),
             (caption(self.tr("Started:"), self.started_label), self.started_label)],
            [(self._explanation_caption, self.error_label)],
        ])
        # Folded, the summary is this one line.
        self.summary_line = _ElidedLabel(self)
        self.summary_line.setAccessibleName(self.tr("Exchange summary"))
        self.summary_line.hide()
        # The fold toggle: a disclosure arrow at the summary's right, in both states.
        self.summary_toggle = QToolButton(self)
        self.summary_toggle.setCheckable(True)
        self.summary_toggle.setChecked(True)
        self.summary_toggle.setAutoRaise(True)
        self.summary_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.summary_toggle.toggled.connect(self.set_summary_shown)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.summary)
        texts.addWidget(self.summary_line)
        row = QHBoxLayout()
        row.addLayout(texts, 1)
        row.addWidget(self.summary_toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout()
        layout.addLayout(row)
        self.set_summary_shown(True)
        return layout

    def _actions_bar(self) -> QToolBar:
        """The copy buttons and "Save…", on a bar that tucks what does not fit behind a »
        button rather than widening the panel."""
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setToolTip(
            self.tr("Save this exchange to a file (JSON; login and pass hidden), to send to a "
                    "colleague or to TuPay's support")
        )
        self.save_button.clicked.connect(self.save_to_file)
        bar = QToolBar(self)
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setStyleSheet("QToolBar { border: none; background: transparent; spacing: 6px; }")
        bar.setAccessibleName(self.tr("Exchange actions"))
        for button in (self.copy_curl_button, self.copy_json_button, self.save_button):
            bar.addWidget(button)
        return bar

    def _build_filter_bar(self) -> QHBoxLayout:
        """The search field, "Only this cashout" and the count of what the filter shows."""
        self._filter = ExchangeFilter()
        self.search_edit = QLineEdit(self)
        # Its clear button comes with the detail pane (build_details): loading its icon costs the
        # first frame ~3 ms, and an empty field shows no clear button anyway.
        self.search_edit.setPlaceholderText(self.tr("Search URL, status, bodies…"))
        self.search_edit.setAccessibleName(self.tr("Search the exchanges"))
        self.search_edit.setToolTip(
            self.tr("Lists only the exchanges whose URL, HTTP status or bodies contain every word "
                    "typed: an external_id, a cashout_id, a status code, a name…")
        )
        self.search_edit.textChanged.connect(self._on_search_changed)
        self.only_cashout = QCheckBox(self.tr("Only this cashout"), self)
        self.only_cashout.setToolTip(
            self.tr("List only the exchanges of the selected exchange's cashout (the same "
                    "external_id or cashout_id): its creation and its status lookups")
        )
        self.only_cashout.setEnabled(False)
        self.only_cashout.toggled.connect(self._on_only_cashout_toggled)
        self.filter_count = QLabel(self)
        self.filter_count.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_count.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.only_cashout)
        bar.addWidget(self.filter_count)
        return bar

    def _extend_list(self) -> None:
        """Filter rows as they are inserted, however they are inserted, and give the list a
        context menu with the detail pane's actions."""
        model = self.recent.model()
        model.rowsInserted.connect(self._on_rows_inserted)
        model.rowsRemoved.connect(self._update_filter_count)
        model.modelReset.connect(self._update_filter_count)
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot in (
            (self.tr("Copy as cURL"), self.copy_curl),
            (self.tr("Copy JSON"), self.copy_json),
            (self.tr("Save…"), self.save_to_file),
        ):
            action = self.recent.addAction(text)
            action.triggered.connect(slot)
        toggle = self.recent.addAction(self.tr("Only this cashout"))
        toggle.triggered.connect(lambda: self.only_cashout.toggle())

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
        self._unpin_cashout()  # that cashout is not this environment's
        self._rebuild()

    def add_exchange(self, exchange: Exchange, env_key: str | None = None) -> None:
        """Put ``exchange`` of ``env_key`` (default: the current environment) at the top of its
        environment's list; if that is the environment shown, select and show it. An exchange
        already listed is selected again, not added twice."""
        self.add_exchanges([(exchange, env_key)])

    def add_exchanges(self, exchanges: list[tuple[Exchange, str | None]]) -> None:
        """:meth:`add_exchange` for several exchanges, oldest first, at once: the shown
        environment's new rows are inserted in one go and only the newest one the filter lets
        through is selected and shown — one render of the detail pane, not one per exchange."""
        shown = self.list_exchanges(exchanges)
        if shown is not None:
            self.select_exchange(shown)

    def list_exchanges(self, exchanges: list[tuple[Exchange, str | None]]) -> Exchange | None:
        """The first half of :meth:`add_exchanges`: list the exchanges (oldest first; one
        already listed is not added twice) without rendering any in detail. Returns the one to
        show — the newest of the shown environment that the filter lets through — or ``None``.
        The main window shows it a turn later (:meth:`select_exchange`), so that listing and
        rendering are two short stalls of the GUI thread."""
        new_items: list[QTreeWidgetItem] = []
        shown: Exchange | None = None
        for exchange, env_key in exchanges:
            key = self._env_key if env_key is None else env_key
            kept = self._by_env.setdefault(key, [])
            if exchange not in kept:
                kept.insert(0, exchange)
                del kept[MAX_RECENT:]
                if key == self._env_key:
                    new_items.insert(0, self._make_item(exchange))
            if key == self._env_key and self._filter.accepts(exchange):  # else listed, hidden
                shown = exchange
        if new_items:
            self.recent.insertTopLevelItems(0, new_items)
            while self.recent.topLevelItemCount() > MAX_RECENT:
                self.recent.takeTopLevelItem(self.recent.topLevelItemCount() - 1)
        return shown

    def select_exchange(self, exchange: Exchange) -> None:
        """Select a listed exchange of the shown environment and show it in detail; one that is
        not listed there (any more), or that the filter now hides, is left alone."""
        if exchange not in self._by_env.get(self._env_key, []) or not self._filter.accepts(exchange):
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
        self.copy_json_button.setEnabled(json_tree.pretty_json(exchange.response_body) is not None)
        self._refresh_summary_extras()

    def clear(self) -> None:
        """Forget every exchange, of every environment."""
        self._by_env.clear()
        self._unpin_cashout()
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
        self._refresh_summary_extras()

    def curl_text(self) -> str:
        """The "Copy as cURL" snippet of the shown exchange ("" if none)."""
        return curl.curl_for_exchange(self._exchange) if self._exchange is not None else ""

    def copy_curl(self) -> None:
        """Copy the shown exchange as a cURL snippet."""
        if self._exchange is not None:
            QGuiApplication.clipboard().setText(self.curl_text())
            self._say_copied(self.copy_curl_button, self.tr("Copy as cURL"))

    def copy_json(self) -> None:
        """Copy the shown response body, pretty-printed."""
        if self._exchange is not None:
            text = json_tree.pretty_json(self._exchange.response_body)
            if text is not None:
                QGuiApplication.clipboard().setText(text)
                self._say_copied(self.copy_json_button, self.tr("Copy JSON"))

    def save_to_file(self) -> Path | None:
        """Ask where, then save the shown exchange to a file (redacted, readable by this user
        only); returns the path written."""
        if self._exchange is None:
            return None
        path = exchange_file.save_exchange(self, self._exchange, self._env_key)
        if path is not None:
            self.save_button.setText(self.tr("Saved ✓"))
            self.save_button.setToolTip(arg(self.tr("Saved to %1"), str(path)))
            button = self.save_button
            QTimer.singleShot(COPIED_FEEDBACK_MS, button, lambda: button.setText(self.tr("Save…")))
        return path

    def set_summary_shown(self, shown: bool) -> None:
        """Show the summary (method, URL, status, times, explanation) or fold it into one line."""
        if self.summary_toggle.isChecked() != shown:
            self.summary_toggle.setChecked(shown)  # comes back here through toggled
            return
        self.summary.setVisible(shown)
        words = self.tr("Hide summary") if shown else self.tr("Show summary")
        self.summary_toggle.setText(words)
        self.summary_toggle.setAccessibleName(words)
        self.summary_toggle.setToolTip(
            arg(self.tr("%1: the method, URL, status and times; folded, the bodies get more room"),
                words)
        )
        self.summary_toggle.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)
        self._refresh_summary_extras()

    @property
    def exchange_filter(self) -> ExchangeFilter:
        """What the list shows (search words, pinned cashout)."""
        return self._filter

    def visible_exchanges(self) -> list[Exchange]:
        """The exchanges the list shows (the filter's), newest first."""
        model = self.recent.model()
        shown: list[Exchange] = []
        for row in range(model.rowCount()):
            if not self.recent.isRowHidden(row, QModelIndex()):
                exchange = model.index(row, 0).data(_EXCHANGE_ROLE)
                if isinstance(exchange, Exchange):
                    shown.append(exchange)
        return shown

    def set_search(self, text: str) -> None:
        """Search the exchanges (the same as typing ``text`` in the search field)."""
        self.search_edit.setText(text)

    def _on_search_changed(self, text: str) -> None:
        self._filter.set_text(text)
        self._apply_filter()

    def _on_only_cashout_toggled(self, on: bool) -> None:
        keys = cashout_keys(self._exchange) if on and self._exchange is not None else frozenset()
        if on and not keys:
            self.only_cashout.setChecked(False)
            return
        if keys:
            # A poll by cashout_id alone and the create (which names both ids) are one cashout.
            for _pass in range(2):
                for exchange in self._by_env.get(self._env_key, []):
                    other = cashout_keys(exchange)
                    if other & keys:
                        keys |= other
        self._filter.cashout = frozenset(keys)
        names = sorted(key.partition(":")[2] for key in keys if key.startswith("external_id:"))
        self.only_cashout.setToolTip(
            arg(self.tr("Listing only the exchanges of external_id %1"), ", ".join(names))
            if names else self.tr("List only the exchanges of the selected exchange's cashout (the "
                                  "same external_id or cashout_id): its creation and its status "
                                  "lookups")
        )
        self._apply_filter()

    def _unpin_cashout(self) -> None:
        self.only_cashout.setChecked(False)

    def _on_rows_inserted(self, parent: QModelIndex | QPersistentModelIndex, first: int, last: int) -> None:
        if self._filter.active and not parent.isValid():  # exchanges are top-level rows
            model = self.recent.model()
            for row in range(first, last + 1):
                exchange = model.index(row, 0).data(_EXCHANGE_ROLE)
                accepted = isinstance(exchange, Exchange) and self._filter.accepts(exchange)
                self.recent.setRowHidden(row, QModelIndex(), not accepted)
                if accepted and self._filter.cashout and isinstance(exchange, Exchange):
                    self._filter.cashout |= cashout_keys(exchange)
        self._update_filter_count()

    def _apply_filter(self) -> None:
        """Hide the rows the filter refuses; keep a shown exchange selected."""
        model = self.recent.model()
        first_shown: QTreeWidgetItem | None = None
        for row in range(model.rowCount()):
            item = self.recent.topLevelItem(row)
            exchange = item.data(0, _EXCHANGE_ROLE) if item is not None else None
            accepted = isinstance(exchange, Exchange) and self._filter.accepts(exchange)
            self.recent.setRowHidden(row, QModelIndex(), not accepted)
            if accepted and first_shown is None:
                first_shown = item
        current = self.recent.currentItem()
        if first_shown is not None and (current is None or current.isHidden()):
            self.recent.setCurrentItem(first_shown)
        self._update_filter_count()

    def _update_filter_count(self, *_: object) -> None:
        total = self.recent.model().rowCount()
        if not self._filter.active:
            self.filter_count.hide()
            return
        shown = len(self.visible_exchanges())
        self.filter_count.setText(arg(self.tr("%1 of %2"), shown, total))
        self.filter_count.setToolTip(
            arg(self.tr("%1 of the %2 exchanges match the filter"), shown, total)
        )
        self.filter_count.show()

    def _refresh_summary_extras(self) -> None:
        """The explanation row only when there is one; the folded one-line summary; whether
        "Only this cashout" can pin the shown exchange's cashout."""
        explained = bool(self.error_label.text())
        self.error_label.setVisible(explained)
        self._explanation_caption.setVisible(explained)
        exchange = self._exchange
        folded = not self.summary_toggle.isChecked()
        line = ""
        if exchange is not None:
            path = exchange.url.split("://", 1)[-1]
            path = "/" + path.split("/", 1)[1] if "/" in path else path
            line = " · ".join(part for part in (
                self.status_label.text(), f"{exchange.method} {path}", self.duration_label.text(),
                self.started_label.text()) if part)
        self.summary_line.set_full_text(line)
        self.summary_line.setVisible(folded and bool(line))
        self.only_cashout.setEnabled(
            self.only_cashout.isChecked() or (exchange is not None and bool(cashout_keys(exchange)))
        )

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
            body = json_tree.parse_json(exchange.response_body)
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
