"""The Desk's main window: environment switcher, create form, cashout view, inspector and history.

The window owns no business rule: it builds one :class:`~tupay_desktop.service.CashoutService` per
selected environment (credentials read from the keyring on a worker) and hands requests to it on
the task runner. Production is unmistakable: a red frame around the whole work area, a banner
"PRODUCTION — real money", a send button that says PRODUCTION, and a confirmation dialog in which
the operator types the amount.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tupay_desktop.api.models import (
    Credentials,
    Exchange,
)
from tupay_desktop.store.credentials import CredentialStore
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind, SettingsStore
from tupay_desktop.ui import theme
from tupay_desktop.ui.accessibility import name_scroll_bars
from tupay_desktop.ui.badges import ui_language
from tupay_desktop.ui.balance import BalanceIndicator, account_for, balance_note
from tupay_desktop.ui.cashout_feed import CashoutFeed
from tupay_desktop.ui.cashout_form import CashoutForm
from tupay_desktop.ui.cashout_view import CashoutView
from tupay_desktop.ui.create_flow import CreateFlow
from tupay_desktop.ui.environment_bar import EnvironmentBar, environment_name
from tupay_desktop.ui.i18n import arg
from tupay_desktop.ui.inspector import InspectorWidget
from tupay_desktop.ui.refresh_schedule import RefreshSchedule
from tupay_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    # Imported where first used: the service (and with it httpx, the client and the diagnosis),
    # the history, the settings and the Production confirmation are not needed for the first frame.
    from tupay_desktop.api.diagnosis import Diagnosis
    from tupay_desktop.api.merchants import MerchantsCredentials
    from tupay_desktop.service import CashoutService
    from tupay_desktop.ui.account import AccountView
    from tupay_desktop.ui.confirm_dialog import ConfirmProductionDialog
    from tupay_desktop.ui.history import HistoryView
    from tupay_desktop.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

#: Builds the service of an environment (runs on a worker thread).
ServiceFactory = Callable[[EnvironmentConfig, str, Credentials, "Journal | None"], "CashoutService"]

#: How long closing the window waits for a create in flight before recording it as unknown.
CLOSE_WAIT_MS = 8000


def _default_factory(
    env: EnvironmentConfig, base_url: str, credentials: Credentials, journal: Journal | None
) -> CashoutService:
    from tupay_desktop.service import CashoutService

    return CashoutService(env, base_url, credentials, journal)


class DeskFrame(QFrame):
    """The frame around the work area, in the environment's accent colour (Production: thick, red).

    Painted here rather than by a style sheet: a style sheet on the frame would put every widget
    inside it under Qt's style-sheet style, which costs start-up time and about 2.5 MiB.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor()
        self._width = 0

    @property
    def border_colour(self) -> QColor:
        return QColor(self._colour)

    @property
    def border_width(self) -> int:
        return self._width

    def set_border(self, colour: QColor, width: int) -> None:
        self._colour, self._width = QColor(colour), width
        self.setContentsMargins(width, width, width, width)  # the layout stays inside the border
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._width > 0:
            painter = QPainter(self)
            pen = QPen(self._colour, self._width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            inset = self._width / 2
            painter.drawRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset))
            painter.end()


class FormScrollArea(QScrollArea):
    """The form's scroll area: never narrower than the form's own minimum and a scroll bar (the
    splitter would otherwise squeeze it and the form's fields would overlap), following the form
    when its minimum changes (another language, the Send button naming another environment)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        width = (widget.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        return QSize(width, hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


class MainWindow(QMainWindow):
    """The main window. Build it with the app's stores; call :meth:`set_sandbox_url` once the
    embedded sandbox listens (the window shows "starting the sandbox…" until then)."""

    #: Emitted once, just after the window's first frame has been painted (or a second after it
    #: was shown, should no paint come): the moment for work the first frame does not need.
    first_painted = Signal()
    _first_paint_seen = False
    _first_paint_done = False

    def __init__(
        self,
        settings: SettingsStore,
        credentials: CredentialStore,
        journal: Journal | None,
        runner: TaskRunner | None = None,
        *,
        service_factory: ServiceFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # A palette whose disabled texts look enabled would make every greyed-out button look usable.
        theme.ensure_disabled_colours()
        self._settings = settings
        self._credentials = credentials
        self._journal = journal
        self.runner = runner if runner is not None else TaskRunner(self)
        self._factory = service_factory if service_factory is not None else _default_factory
        self._sandbox_url: str | None = None
        #: The Merchants API user the embedded sandbox was started with (its account), if any.
        self._sandbox_merchants: MerchantsCredentials | None = None
        self._sandbox_problem: str | None = None
        self._service: CashoutService | None = None
        self._all_services: list[CashoutService] = []
        self._generation = 0
        self._service_env_key: str | None = None
        self._reconciled: set[str] = set()
        #: The environment of the cashout last selected in the history (its exchanges follow).
        self._history_env_key: str | None = None
        #: A settings change for the selected environment arrived mid-create; apply it after.
        self._reselect_after_create = False
        self._closing_confirmed = False
        self._close_wait: QProgressDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._env = self._initial_environment()
        #: The Desk's one feed of journal changes (every view renders a cashout from its row) and
        #: its one schedule of automatic lookups (the cashout view's and the History's).
        self.feed: CashoutFeed | None = CashoutFeed(journal, self) if journal is not None else None
        self.schedule = RefreshSchedule(self.runner, self)
        if self.feed is not None:
            self.schedule.attach_feed(self.feed)
            if journal is not None and not journal.read_only:  # the change log stays short
                self.runner.submit(journal.prune_changes, lambda _r: None, lambda _m: None)

        self.installEventFilter(self)  # until the first paint (see eventFilter)
        self._build()
        self._build_actions()
        self._restore_geometry()
        self.runner.busy_changed.connect(self._on_busy)
        self.runner.active_changed.connect(self._on_active)
        self._refresh_keyring_warning()
        self._select(self._env.key, initial=True)

    # -- construction ---------------------------------------------------------------------------

    def _initial_environment(self) -> EnvironmentConfig:
        try:
            return self._settings.get(self._settings.last_selected)
        except KeyError:
            return self._settings.get("sandbox")

    def _build(self) -> None:
        self.setWindowTitle(self.tr("TuPay Cashout Desk"))
        self.setMinimumSize(720, 520)

        outer = QWidget(self)
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(8, 6, 8, 4)
        outer_layout.setSpacing(6)

        self.env_bar = EnvironmentBar(outer)
        self.env_bar.environment_selected.connect(self._on_environment_selected)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.env_bar, 1)
        # The account's balance, where the environment's Merchants API is set up (ui/account.py).
        self.balance = BalanceIndicator(self.runner, outer)
        header.addWidget(self.balance)
        outer_layout.addLayout(header)

        self.frame = DeskFrame(outer)
        self.frame.setObjectName("deskFrame")
        frame_layout = QVBoxLayout(self.frame)
        frame_layout.setContentsMargins(6, 6, 6, 6)
        frame_layout.setSpacing(6)
        outer_layout.addWidget(self.frame, 1)

        self.banner = QLabel(self.frame)
        self.banner.setObjectName("environmentBanner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        frame_layout.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.frame)
        self.splitter.setChildrenCollapsible(False)
        frame_layout.addWidget(self.splitter, 1)

        self.form = CashoutForm()
        self.form.settings_requested.connect(self.open_settings)
        scroll = FormScrollArea(self.splitter)
        scroll.setObjectName("formScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.verticalScrollBar().setAccessibleName(self.tr("Scroll the cashout form"))
        scroll.horizontalScrollBar().setAccessibleName(self.tr("Scroll the cashout form sideways"))
        self.splitter.addWidget(scroll)
        self.form_scroll = scroll

        self.tabs = QTabWidget(self.splitter)
        self.tabs.setDocumentMode(True)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self.tabs)
        self.cashout_view = CashoutView(self.runner, self.right_splitter, schedule=self.schedule,
                                        feed=self.feed)
        self.cashout_view.exchange_recorded.connect(self._show_exchange)
        self.inspector = InspectorWidget(self.right_splitter)
        # A zero-interval timer, not a queued call: it runs after the events already posted
        # (the answer's repaint) and after the timers already due (see _exchange_for_inspector).
        self._inspector_due: list[tuple[Exchange, str | None]] = []
        #: Listed, to be shown in detail a turn later: (that exchange, the one shown when it was
        #: listed — should the operator pick another meanwhile, theirs stays).
        self._inspector_to_show: tuple[Exchange, Exchange | None] | None = None
        self._inspector_timer = QTimer(self)
        self._inspector_timer.setSingleShot(True)
        self._inspector_timer.setInterval(0)
        self._inspector_timer.timeout.connect(self._show_due_exchanges)
        self.right_splitter.addWidget(self.cashout_view)
        self.right_splitter.addWidget(self.inspector)
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.setStretchFactor(0, 2)
        self.right_splitter.setStretchFactor(1, 3)
        self.right_splitter.setSizes([1000, 1000])  # the cashout's texts get room to wrap
        self.tabs.addTab(self.right_splitter, self.tr("Cashout and exchange"))
        # The History tab is built on first use, or right after the first paint (see ``history``).
        self._history: HistoryView | None = None
        self._history_placeholder: QWidget | None = None
        if self._journal is not None:
            self._history_placeholder = QWidget(self.tabs)
            self.tabs.addTab(self._history_placeholder, self.tr("History"))
            self.first_painted.connect(self._build_history_later)
        # The inspector's detail pane, a moment later (a separate short stall, not one long one).
        self.first_painted.connect(lambda: QTimer.singleShot(50, self, self._build_inspector_details))
        # The Account tab likewise (it is never the tab shown first).
        self._account_view: AccountView | None = None
        self._account_placeholder: QWidget | None = QWidget(self.tabs)
        self.tabs.addTab(self._account_placeholder, self.tr("Account"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.first_painted.connect(lambda: QTimer.singleShot(100, self, lambda: self.account_view))
        self.balance.changed.connect(self._update_balance_note)
        # The create flow: duplicate check -> Production confirmation -> submit -> outcome.
        self.create_flow = CreateFlow(self.form, self.runner, self.balance, lambda: self._env, self,
                                      feed=self.feed)
        self.form.send_requested.connect(lambda request: self.create_flow.start(self._service, request))
        self.create_flow.busy_changed.connect(self._on_create_busy)
        self.create_flow.exchange.connect(self._show_exchange)
        self.create_flow.follow.connect(self.cashout_view.show_cashout)
        self.create_flow.cleared.connect(self.cashout_view.clear)
        amount, currency = self.form.field("amount"), self.form.field("currency")
        if isinstance(amount, QLineEdit):
            amount.textChanged.connect(self._update_balance_note)
        if isinstance(currency, QComboBox):
            currency.currentIndexChanged.connect(self._update_balance_note)
        # The right pane scrolls when the window is too small for it (800×600): a splitter pane
        # squeezed below its minimum would be drawn over the form.
        right = QScrollArea(self.splitter)
        right.setObjectName("rightScroll")
        right.setWidgetResizable(True)
        right.setFrameShape(QFrame.Shape.NoFrame)
        right.setWidget(self.tabs)
        right.setMinimumWidth(280)
        right.verticalScrollBar().setAccessibleName(self.tr("Scroll the cashout and history panes"))
        right.horizontalScrollBar().setAccessibleName(
            self.tr("Scroll the cashout and history panes sideways"))
        self.splitter.addWidget(right)
        self.right_scroll = right
        # A wider window widens mostly the right pane (History's columns, the inspector).
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)

        self.setCentralWidget(outer)
        # Scroll bars have no name of their own: named right after the first paint (walking the
        # window's widgets costs ~8 ms); tabs built on first use get theirs when opened.
        self.tabs.currentChanged.connect(lambda _index: name_scroll_bars(self.tabs))

        bar = self.statusBar()
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Requests in progress"))
        self.busy.setVisible(False)
        self.busy_label = QLabel(self)
        self.keyring_warning = QLabel(self)
        self.keyring_warning.setObjectName("keyringWarning")
        self.keyring_warning.setWordWrap(False)
        self.keyring_warning.setStyleSheet(f"color: {theme.css(theme.warning_colour())}; font-weight: 600;")
        self.keyring_warning.setVisible(False)
        self.keyring_retry_button = QPushButton(self.tr("Retry keyring"), self)
        self.keyring_retry_button.setObjectName("keyringRetryButton")
        self.keyring_retry_button.setAccessibleName(self.tr("Retry keyring"))
        self.keyring_retry_button.setToolTip(
            self.tr("Try the OS keyring again, after unlocking it (it may ask for its password)")
        )
        self.keyring_retry_button.setVisible(False)
        self.keyring_retry_button.clicked.connect(self.retry_keyring)
        bar.addWidget(self.busy)
        bar.addWidget(self.busy_label)
        bar.addPermanentWidget(self.keyring_warning)
        bar.addPermanentWidget(self.keyring_retry_button)

    def _build_inspector_details(self) -> None:
        self.inspector.build_details()
        name_scroll_bars(self.inspector)
        # The cashout view's details, in the next turn (a separate short stall, not one long one).
        QTimer.singleShot(0, self, self._build_cashout_details)

    def _build_cashout_details(self) -> None:
        self.cashout_view.build_details()
        name_scroll_bars(self.cashout_view)

    @property
    def fully_built(self) -> bool:
        """Whether the parts built after the first paint (History, the inspector's detail pane)
        exist: from then on the window's layout no longer changes by itself."""
        history_built = self._history is not None or self._history_placeholder is None
        return (self._first_paint_done and self.inspector.details_built and history_built
                and self.cashout_view.details_built and self._account_view is not None)

    @property
    def history(self) -> HistoryView | None:
        """The History tab (``None`` without a journal), built on first use."""
        if self._history is None and self._history_placeholder is not None:
            self._history = self._build_history()
        return self._history

    def _build_history_later(self) -> None:
        QTimer.singleShot(0, self, lambda: self.history)

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if self._history is None and widget is self._history_placeholder:
            _ = self.history
        elif self._account_view is None and widget is self._account_placeholder:
            _ = self.account_view

    @property
    def account_view(self) -> AccountView:
        """The Account tab, built on first use (or right after the first paint)."""
        if self._account_view is None:
            from tupay_desktop.ui.account import AccountView

            view = AccountView(self.runner, self.tabs)
            view.set_account(self._service.account if self._service is not None else None)
            if self._account_placeholder is not None:
                self._replace_placeholder(self._account_placeholder, view)
                self._account_placeholder = None
            self._account_view = view
        return self._account_view

    def _replace_placeholder(self, placeholder: QWidget, view: QWidget) -> None:
        """``view`` takes the placeholder's tab (and focus, if the operator is on that tab)."""
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex() == index
        self.tabs.blockSignals(True)
        self.tabs.insertTab(index, view, self.tabs.tabText(index))
        self.tabs.removeTab(index + 1)
        if current:
            self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.setParent(None)  # Python owns it now: deleted on return (not deleteLater)
        self._fix_tab_order()
        name_scroll_bars(view)

    def _build_history(self) -> HistoryView | None:
        placeholder = self._history_placeholder
        if self._journal is None or placeholder is None:
            return None
        from tupay_desktop.ui.history import HistoryView

        view = HistoryView(self._journal, self.runner, self, feed=self.feed, schedule=self.schedule)
        view.set_environments([(env.key, environment_name(env)) for env in self._settings.environments()])
        view.set_service(self._service)
        view.cashout_selected.connect(self._open_from_history)
        view.cashout_activated.connect(self._activate_from_history)
        view.new_cashout_requested.connect(self._new_cashout_from)
        view.exchange_selected.connect(self._show_history_exchange)
        self._replace_placeholder(placeholder, view)
        self._history_placeholder = None
        return view

    def _fix_tab_order(self) -> None:
        """Tab follows the screen: the switcher, the form, then the right-hand panels.

        Widgets made or reparented after construction (the switcher's buttons, the form placed in
        its scroll area) would otherwise sit wherever Qt put them in the focus chain.
        """
        ring: list[QWidget] = []
        seen: set[int] = set()
        widget: QWidget | None = self.nextInFocusChain()
        while widget is not None and widget is not self and id(widget) not in seen:
            seen.add(id(widget))
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                ring.append(widget)
            widget = widget.nextInFocusChain()

        def inside(panel: QWidget) -> list[QWidget]:
            return [w for w in ring if panel.isAncestorOf(w)]

        order = list(self.env_bar.buttons().values()) + inside(self.form) + inside(self.tabs)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Desk"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        menu.addAction(self.settings_action)
        self.addAction(self.settings_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

        cashout_menu = self.menuBar().addMenu(self.tr("&Cashout"))
        self.send_action = QAction(self.tr("Send"), self)
        self.send_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.send_action.triggered.connect(self.form.request_send)
        cashout_menu.addAction(self.send_action)
        refresh = QAction(self.tr("Refresh status"), self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.cashout_view.refresh)
        cashout_menu.addAction(refresh)
        lookup = QAction(self.tr("Look up a cashout…"), self)
        lookup.setShortcut(QKeySequence("Ctrl+L"))
        lookup.triggered.connect(self._focus_lookup)
        cashout_menu.addAction(lookup)
        for action in (self.send_action, refresh, lookup):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    # -- sandbox --------------------------------------------------------------------------------

    def set_sandbox_url(self, url: str) -> None:
        """The embedded sandbox now listens at ``url``."""
        self._sandbox_url = url
        self._sandbox_problem = None
        if self._env.is_sandbox:
            self._select(self._env.key, initial=True)

    def set_sandbox_merchants(self, credentials: MerchantsCredentials | None) -> None:
        """The Merchants API user the embedded sandbox serves its account with (call it before
        :meth:`set_sandbox_url`); without one the sandbox environment has no Account tab data."""
        self._sandbox_merchants = credentials

    def set_sandbox_failed(self, message: str) -> None:
        """The embedded sandbox could not start; say so where the operator looks."""
        self._sandbox_problem = message
        if self._env.is_sandbox:
            self._select(self._env.key, initial=True)

    # -- environments ---------------------------------------------------------------------------

    @property
    def environment(self) -> EnvironmentConfig:
        return self._env

    @property
    def service(self) -> CashoutService | None:
        return self._service

    def select_environment(self, key: str) -> None:
        """Switch to ``key`` (as if its button had been clicked)."""
        self._on_environment_selected(key)

    def _on_environment_selected(self, key: str) -> None:
        if self.create_flow.in_flight is not None:
            self.env_bar.set_current(self._env.key)
            self.statusBar().showMessage(
                self.tr("Wait for the cashout in flight before switching environment."), 5000
            )
            return
        self._select(key)

    def _select(self, key: str, *, initial: bool = False) -> None:
        try:
            env = self._settings.get(key)
        except KeyError:
            env = self._settings.get("sandbox")
        self._env = env
        if not initial:
            try:
                self._settings.last_selected = env.key
            except (KeyError, OSError, ValueError):
                log.warning("could not remember the selected environment")
        self.env_bar.set_environments(self._settings.environments(), env.key)
        if self._first_paint_done:  # else right after the first paint (walking the chain is slow)
            self._fix_tab_order()
        self._apply_look(env)
        self._generation += 1
        generation = self._generation
        if self._service_env_key not in (None, env.key):
            # Another environment's results must not linger next to this one's.
            self.create_flow.stop_following()
            self.form.show_outcome("", "info")
        # The inspector lists only this environment's exchanges (each keeps its own).
        self.inspector.set_environment(env.key)
        self._service_env_key = env.key
        self._set_service(None)
        if self._journal is not None and self._journal.read_only:
            # Every create is journalled before it is sent: no journal to write, nothing sent.
            self.env_bar.set_target_text(self.tr("History only: the journal is read-only"))
            self._block(arg(
                self.tr("Nothing can be sent: the journal %1 cannot be written (a read-only file or "
                        "disk). The history is shown as it is."),
                str(self._journal.path),
            ))
            return
        if env.is_sandbox:
            if self._sandbox_problem is not None:
                self._block(self.tr("The sandbox could not start: %1").replace("%1", self._sandbox_problem))
                self.env_bar.set_target_text(self.tr("Sandbox unavailable"))
                return
            if self._sandbox_url is None:
                self._block(self.tr("Starting the sandbox…"))
                self.env_bar.set_target_text(self.tr("Starting the sandbox…"))
                return
            base_url = self._sandbox_url
            self.env_bar.set_target_text(
                self.tr("Local sandbox at %1 — simulated, no real money").replace("%1", base_url)
            )
        else:
            base_url = env.base_url
            self.env_bar.set_target_text(self.tr("Requests go to %1").replace("%1", base_url))
        self._block(self.tr("Reading the credentials from the keyring…"))
        journal, factory, store = self._journal, self._factory, self._credentials
        settings, sandbox_merchants = self._settings, self._sandbox_merchants

        def build() -> CashoutService | None:
            creds = store.get(env.key)
            if creds is None:
                return None
            service = factory(env, base_url, creds, journal)
            service.settling_window = settings.settling_window  # the setting, read off the GUI thread
            if service.account is None:  # the account, where its Merchants API user is set up
                service.account = account_for(env, base_url, journal, store, settings, sandbox_merchants)
            return service

        self.runner.submit(
            build,
            lambda service: self._on_service_built(generation, env, service),
            lambda message: self._on_service_failed(generation, env, message),
        )

    def _block(self, reason: str, *, offer_settings: bool = False) -> None:
        self.form.set_environment(self._env, None, reason, offer_settings=offer_settings)

    def _set_service(self, service: CashoutService | None) -> None:
        self._service = service
        self.schedule.set_service(service)
        self.cashout_view.set_service(service)
        # In Sandbox the view lists the notifications the sandbox sent (its admin API).
        self.cashout_view.set_sandbox_admin(
            service.base_url if service is not None and self._env.is_sandbox else None)
        if self._history is not None:
            self._history.set_service(service)
        account = service.account if service is not None else None
        self.balance.set_account(account)
        if self._account_view is not None:
            self._account_view.set_account(account)

    def _update_balance_note(self, *_args: object) -> None:
        """The form's warning when the amount exceeds the account's last known balance."""
        values = self.form.values()
        currency = values.get("currency", "")
        self.form.set_balance_note(balance_note(values.get("amount", ""), currency,
                                                self.balance.available(currency)))

    def _on_service_built(
        self, generation: int, env: EnvironmentConfig, service: CashoutService | None
    ) -> None:
        self._refresh_keyring_warning()
        if generation != self._generation:
            if service is not None:
                self._close_later(service)
            return
        if service is None:
            if self._credentials.can_retry:
                # The keyring may hold them: it could not be read (locked, D-Bus error).
                self._block(
                    arg(
                        self.tr("%1's credentials cannot be read: the OS keyring is locked or did not "
                                "answer. Unlock it, then press “Retry keyring”."),
                        environment_name(env),
                    ),
                    offer_settings=True,
                )
                return
            self._block(
                arg(
                    self.tr("%1 has no credentials: add its API Key, Passphrase and Signature in Settings."),
                    environment_name(env),
                ),
                offer_settings=True,
            )
            return
        self._all_services.append(service)
        self._set_service(service)
        self.form.set_environment(env, service.prepare, None)
        if env.key not in self._reconciled:
            self._reconciled.add(env.key)
            self.runner.submit(service.reconcile, self._on_reconciled, lambda _m: None)

    def _on_service_failed(self, generation: int, env: EnvironmentConfig, message: str) -> None:
        self._refresh_keyring_warning()
        if generation == self._generation:
            self._block(arg(self.tr("%1 cannot be used: %2"), environment_name(env), message))

    def _on_reconciled(self, result: Any) -> None:
        """Say in the status bar what the start-up reconciliation of unknown outcomes found."""
        results = list(result) if isinstance(result, list | tuple) else []
        if not results:
            return
        lines = [
            f"{getattr(r, 'external_id', '')}: "
            f"{QCoreApplication.translate('CashoutService', str(getattr(r, 'message', '')))}"
            for r in results
        ]
        summary = self.tr("Checked %n cashout(s) whose outcome was unknown.", "", len(results))
        self.statusBar().showMessage(f"{summary} {lines[0]}" + (" …" if len(lines) > 1 else ""), 15000)
        self.statusBar().setToolTip("\n".join(lines))

    def _close_later(self, service: CashoutService) -> None:
        self.runner.submit(service.close, lambda _r: None, lambda _m: None)

    def _apply_look(self, env: EnvironmentConfig) -> None:
        accent = theme.css(theme.accent_for(env))
        name = environment_name(env)
        if env.is_production:
            self.setWindowTitle(self.tr("PRODUCTION — TuPay Cashout Desk"))
            self.banner.setText(
                self.tr("PRODUCTION — real money. Every cashout sent here pays a real bank account.")
            )
            self.banner.setStyleSheet(
                f"QLabel#environmentBanner {{ background: {accent}; color: white; font-weight: 800;"
                " font-size: 15pt; padding: 8px 12px; border-radius: 3px; }"
            )
            self.frame.set_border(theme.accent_for(env), 5)
        else:
            self.setWindowTitle(self.tr("%1 — TuPay Cashout Desk").replace("%1", name))
            if env.is_sandbox:
                text = self.tr("Sandbox — simulated cashouts on this computer. No real money moves.")
            elif env.kind is EnvironmentKind.STAGING:
                text = self.tr("Staging — TuPay's test system. No real money moves.")
            else:
                text = arg(self.tr("%1 — custom environment at %2"), name, env.base_url)
            self.banner.setText(text)
            tint = theme.accent_for(env)
            self.banner.setStyleSheet(
                f"QLabel#environmentBanner {{ border-left: 6px solid {accent}; padding: 5px 10px;"
                f" font-weight: 600; background: rgba({tint.red()}, {tint.green()}, {tint.blue()}, 38); }}"
            )
            self.frame.set_border(tint, 2)
        self.banner.setAccessibleName(self.banner.text())

    # -- sending --------------------------------------------------------------------------------

    @property
    def create_in_flight(self) -> bool:
        """A create is under way (duplicate check, confirmation, or sent and awaiting its outcome)."""
        return self.create_flow.in_flight is not None

    @property
    def create_submitted(self) -> bool:
        """The create in flight has been handed to the service (it may have left the machine)."""
        return self.create_flow.submitted

    @property
    def confirm_dialog(self) -> ConfirmProductionDialog | None:
        """The open Production confirmation, if any (tests drive it)."""
        return self.create_flow.confirm_dialog

    @property
    def duplicates_box(self) -> QMessageBox | None:
        """The open possible-duplicates warning, if any."""
        return self.create_flow.duplicates_box

    def _on_create_busy(self, busy: bool) -> None:
        """A create began or ended: the environment stays put while one is under way."""
        self.env_bar.setEnabled(not busy)
        if busy:
            return
        if self._reselect_after_create:
            self._reselect_after_create = False
            self._on_environments_changed(force=True)

    def _show_exchange(self, exchange: Exchange | None) -> None:
        if exchange is not None:
            self._exchange_for_inspector(exchange, self._env.key)

    def _show_history_exchange(self, exchange: Exchange, env_key: str | None = None) -> None:
        """An exchange of the cashout selected in the history, filed under its own environment
        (the selected row's, which ``cashout_selected`` announced just before)."""
        key = env_key if env_key is not None else self._history_env_key
        self._exchange_for_inspector(exchange, key if key is not None else self._env.key)

    def _exchange_for_inspector(self, exchange: Exchange, env_key: str) -> None:
        """The inspector lists ``exchange`` on the next turn of the event loop, after the answer
        it came with has been rendered (and painted, and due timers have run), and shows it in
        detail a turn after that: an answer, its row and its detail are three short stalls of the
        GUI thread, not one long one. The exchanges of one turn (a history row's several,
        answers landing together) are listed at once, and only the newest is shown."""
        self._inspector_due.append((exchange, env_key))
        if not self._inspector_timer.isActive():  # restarting it would put it off, turn after turn
            self._inspector_timer.start()

    @property
    def exchanges_pending(self) -> int:
        """How many exchanges wait for a later turn to be listed, or shown, in the inspector."""
        return len(self._inspector_due) + (self._inspector_to_show is not None)

    def _show_due_exchanges(self) -> None:
        """One step per turn: a detail owed from an earlier turn is shown first (a steady stream
        of answers never puts it off), else the exchanges due are listed and the newest is owed."""
        pending, self._inspector_to_show = self._inspector_to_show, None
        if pending is not None:
            shown, when_listed = pending
            if self.inspector.exchange is when_listed:  # else the operator picked one meanwhile
                self.inspector.select_exchange(shown)
            if self._inspector_due:
                self._inspector_timer.start()
            return
        due, self._inspector_due = self._inspector_due, []
        if due:
            newest = self.inspector.list_exchanges(due)
            if newest is not None:
                self._inspector_to_show = (newest, self.inspector.exchange)
                self._inspector_timer.start()

    def _open_from_history(self, entry: Any) -> None:
        """A history row was selected: follow that cashout in the cashout view."""
        env_key = getattr(entry, "env_key", self._env.key)
        self._history_env_key = env_key if isinstance(env_key, str) else None
        if env_key != self._env.key:
            # Another environment's cashout: its service is not the one selected.
            try:
                name = environment_name(self._settings.get(env_key))
            except KeyError:
                name = str(env_key)
            self.statusBar().showMessage(
                arg(self.tr("That cashout was sent to %1: switch to %1 to follow it and see its "
                            "exchanges."), name),
                8000,
            )
            return
        cashout_id = getattr(entry, "cashout_id", None)
        external_id = getattr(entry, "external_id", None)
        if cashout_id is None and not external_id:
            return
        self.cashout_view.show_cashout(
            int(cashout_id) if cashout_id is not None else None, str(external_id) if external_id else None
        )

    def _activate_from_history(self, entry: Any) -> None:
        """A history row was activated (double-click, Enter, "Look up"): show it in the cashout
        view and go there (another environment's row: the status bar says where it belongs)."""
        self._open_from_history(entry)
        if getattr(entry, "env_key", None) == self._env.key:
            self.tabs.setCurrentWidget(self.right_splitter)
            self.cashout_view.setFocus()

    def _new_cashout_from(self, entry: Any) -> None:
        """History's "New cashout from this one": the form gets its beneficiary and amount under a
        new external id (only in the row's own environment: the menu refuses others)."""
        if getattr(entry, "env_key", None) != self._env.key:
            return
        amount = getattr(entry, "amount", None)
        values = {name: str(getattr(entry, name, "") or "") for name in (
            "beneficiary_name", "beneficiary_lastname", "document_type", "document_id", "bank_account")}
        values["account_type"] = str(entry.request_fields().get("account_type") or "")
        values["amount"] = format(amount, "f") if amount is not None else ""
        self.form.fill_from({name: value for name, value in values.items() if value})

    def _focus_lookup(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.cashout_view.focus_lookup()

    # -- settings -------------------------------------------------------------------------------

    def open_settings(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        from tupay_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._settings, self._credentials, self.runner, self._check_environment, self._env.key, self
        )
        dialog.environments_changed.connect(self._on_environments_changed)
        dialog.credentials_changed.connect(self._on_credentials_changed)
        self.settings_dialog = dialog

        def finished(_result: int) -> None:
            self.settings_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _on_environments_changed(self, force: bool = False) -> None:
        """Settings saved an environment: rebuild only if the selected one changed (or is gone)."""
        envs = self._settings.environments()
        if self._history is not None:
            self._history.set_environments([(env.key, environment_name(env)) for env in envs], keep=True)
        current = next((env for env in envs if env.key == self._env.key), None)
        if current is not None and current == self._env and not force:
            self.env_bar.set_environments(envs, self._env.key)
            return
        if self.create_flow.in_flight is None:
            self._select(current.key if current is not None else "sandbox", initial=current is not None)
        else:
            self._reselect_after_create = True
            self.env_bar.set_environments(envs, self._env.key)

    def _on_credentials_changed(self, key: str) -> None:
        """Credentials were saved or cleared: rebuild the service if they are the selected ones'."""
        self._refresh_keyring_warning()
        if key != self._env.key:
            return
        if self.create_flow.in_flight is None:
            self._select(key, initial=True)
        else:
            self._reselect_after_create = True

    def _check_environment(self, env: EnvironmentConfig) -> Diagnosis:
        """Runs on a worker: the connection check of ``env`` with its saved credentials."""
        from tupay_desktop.api.diagnosis import Diagnosis as _Diagnosis

        if env.is_sandbox:
            if self._sandbox_url is None:
                return _Diagnosis(False, QCoreApplication.translate("MainWindow", "Sandbox not running"),
                                  self._sandbox_problem or "")
            base_url = self._sandbox_url
        else:
            base_url = env.base_url
        creds = self._credentials.get(env.key)
        if creds is None:
            return _Diagnosis(
                False,
                QCoreApplication.translate("MainWindow", "No credentials"),
                QCoreApplication.translate(
                    "MainWindow", "Save the API Key, Passphrase and Signature first, then test again."
                ),
            )
        service = self._factory(env, base_url, creds, None)
        try:
            return service.check(ui_language())
        finally:
            service.close()

    # -- status bar -----------------------------------------------------------------------------

    def _on_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if not busy:
            self.busy_label.setText("")

    def _on_active(self, count: int) -> None:
        self.busy_label.setText(self.tr("%n request(s) in progress", "", count) if count else "")

    def _refresh_keyring_warning(self) -> None:
        store = self._credentials
        problem = store.describe_problem(QCoreApplication.translate)
        if problem:
            if store.locked:
                text = self.tr("Keyring locked: saved credentials cannot be read")
            else:
                text = self.tr("Keyring unavailable: credentials are session-only")
            self.keyring_warning.setText(text)
            self.keyring_warning.setToolTip(problem)
            self.keyring_warning.setVisible(True)
        else:
            self.keyring_warning.setVisible(False)
        self.keyring_retry_button.setVisible(store.can_retry)
        self.keyring_retry_button.setEnabled(True)

    def retry_keyring(self) -> None:
        """Try the OS keyring again on a worker (it may prompt), then rebuild the environment."""
        store, key = self._credentials, self._env.key
        self.keyring_retry_button.setEnabled(False)

        def retry() -> None:
            store.retry_keyring()
            store.get(key)

        self.runner.submit(retry, lambda _r: self._on_credentials_changed(key),
                           lambda _m: self._refresh_keyring_warning())

    # -- geometry and closing -------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._settings.get_value("window.geometry")
        state = self._settings.get_value("window.state")
        splitter = self._settings.get_value("window.splitter")
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(1280, 820)
        if isinstance(state, str):
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        if isinstance(splitter, str):
            self.splitter.restoreState(QByteArray.fromBase64(splitter.encode("ascii")))
        else:
            self.splitter.setSizes(self.default_splitter_sizes())
        right = self._settings.get_value("window.right_splitter")
        if isinstance(right, str):
            self.right_splitter.restoreState(QByteArray.fromBase64(right.encode("ascii")))

    def default_splitter_sizes(self) -> list[int]:
        """The form's and the right pane's widths for the window's width. When the right pane's
        content fits beside the form, the form gets 28 % (at least its minimum, at most 520 px)
        and the right pane the rest (History's columns need it); in a window too small for that
        (800×600) the right pane scrolls anyway, and the form gets half."""
        total = max(self.splitter.width(), self.width() - 32)
        smallest = self.form_scroll.minimumSizeHint().width()
        wanted = self.tabs.minimumSizeHint().width() + self.splitter.handleWidth()
        share = 0.28 if total - smallest >= wanted else 0.5
        form = min(max(smallest, round(total * share)), 520)
        if share < 0.5:
            form = max(smallest, min(form, total - wanted))
        return [form, max(total - form - self.splitter.handleWidth(), self.right_scroll.minimumWidth())]

    def _save_geometry(self) -> None:
        try:
            self._settings.set_value("window.geometry", bytes(self.saveGeometry().toBase64().data()).decode())
            self._settings.set_value("window.state", bytes(self.saveState().toBase64().data()).decode())
            splitter = bytes(self.splitter.saveState().toBase64().data()).decode()
            self._settings.set_value("window.splitter", splitter)
            right = bytes(self.right_splitter.saveState().toBase64().data()).decode()
            self._settings.set_value("window.right_splitter", right)
        except (OSError, ValueError):
            log.warning("could not save the window geometry")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed on the window itself until its first paint, then removed: an ``event()``
        # override would run Python (and wait for the GIL while workers hold it) at every event of
        # the window for its whole life — every repaint of the Desk begins with one.
        if watched is self:
            if not self._first_paint_seen and event.type() == QEvent.Type.Paint:
                self._first_paint_seen = True
                self.removeEventFilter(self)
                QTimer.singleShot(0, self, self._after_first_paint)  # after the whole frame is painted
            elif event.type() == QEvent.Type.Show and not self._first_paint_seen:
                QTimer.singleShot(1000, self, self._after_first_paint)  # minimised or never exposed
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        if not self._first_paint_done:
            self._first_paint_done = True
            name_scroll_bars(self)
            self.first_painted.emit()
            self._fix_tab_order()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange,
                            QEvent.Type.ThemeChange):
            # A new OS or application palette: make sure its disabled texts still look disabled.
            QTimer.singleShot(0, theme.ensure_disabled_colours)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.create_flow.in_flight is not None and not self.create_flow.submitted:
            # Still at the duplicate check or a confirmation: nothing has been sent; abandon it.
            self.create_flow.abandon_unsent()
        if self.create_flow.in_flight is not None and not self._closing_confirmed:
            event.ignore()
            self._wait_for_in_flight()
            return
        self._save_geometry()
        self.schedule.set_service(None)  # closing: no automatic lookup starts any more
        event.accept()

    def _wait_for_in_flight(self) -> None:
        if self._close_wait is not None:
            return
        request = self.create_flow.in_flight
        external = request.external_id if request is not None else ""
        dialog = QProgressDialog(
            self.tr("Waiting for the cashout in flight (external id %1) to settle…").replace("%1", external),
            "",
            0,
            0,
            self,
        )
        dialog.setObjectName("closeWaitDialog")
        dialog.setWindowTitle(self.tr("Closing"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self._close_wait = dialog
        waited = {"ms": 0}
        timer = QTimer(self)
        timer.setInterval(100)

        def tick() -> None:
            waited["ms"] += 100
            if self.create_flow.in_flight is None:
                timer.stop()
                dialog.close()
                self._close_wait = None
                self._closing_confirmed = True
                self.close()
            elif waited["ms"] >= CLOSE_WAIT_MS:
                timer.stop()
                dialog.close()
                self._close_wait = None
                self._report_unsettled(external)

        timer.timeout.connect(tick)
        timer.start()

    def _report_unsettled(self, external_id: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Outcome unknown"),
            self.tr(
                "The cashout with external id %1 has not settled. It is recorded in the journal as "
                "sent with an unknown outcome; the Desk looks it up by its external id the next time "
                "it starts. Do not send it again under a new id."
            ).replace("%1", external_id),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("unsettledBox")

        def done(_result: int) -> None:
            self._closing_confirmed = True
            self.close()

        box.finished.connect(done)
        box.open()

    def shutdown(self) -> None:
        """Close every service this window built (after the event loop has ended), and stop
        listening to the journal (before it is closed)."""
        self.schedule.set_service(None)  # no automatic lookup starts any more
        if self.feed is not None:
            self.feed.stop()
        for service in self._all_services:
            try:
                service.close()
            except Exception:
                log.warning("closing a service failed", exc_info=True)
        self._all_services.clear()
