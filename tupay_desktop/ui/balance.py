"""The account's balance: in the header beside the environment switcher, and the form's note when
an amount exceeds it; and :func:`account_for`, the environment's account (its Merchants API user).

Part of the first window, so it imports only what the header needs; the Account tab
(:mod:`tupay_desktop.ui.account`) is built on first use or right after the first paint.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from tupay_desktop.api.models import parse_amount
from tupay_desktop.store.credentials import CredentialStore
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, SettingsStore
from tupay_desktop.ui import theme
from tupay_desktop.ui.i18n import arg
from tupay_desktop.ui.workers import TaskHandle, TaskRunner

if TYPE_CHECKING:
    # The Merchants API (and with it the client) is imported when a balance is first read or
    # shown, not by the first frame.
    from tupay_desktop.account import AccountService
    from tupay_desktop.api.merchants import AccountBalance, MerchantsCredentials, MerchantsFailure


def format_amount(amount: Any) -> str:
    """An amount as History shows it (History itself is built after the first paint)."""
    from tupay_desktop.ui.history import format_amount as history_amount

    return history_amount(amount)


def format_time(moment: Any) -> str:
    """A time as History shows it."""
    from tupay_desktop.ui.history import format_time as history_time

    return history_time(moment)

#: How often the header's balance is read again while an environment is selected.
BALANCE_REFRESH_MS = 3 * 60 * 1000


def account_for(
    env: EnvironmentConfig,
    base_url: str,
    journal: Journal | None,
    credentials: CredentialStore,
    settings: SettingsStore,
    sandbox_merchants: MerchantsCredentials | None,
) -> AccountService | None:
    """The environment's account, when its Merchants API user is set up (runs on a worker: it reads
    the keyring). The built-in sandbox serves the API on its own port with the user it was started
    with (``sandbox_merchants``); other environments use their saved user and Merchants API URL."""
    from tupay_desktop.account import AccountService
    from tupay_desktop.api.merchants import MerchantsClient

    if journal is None:
        return None
    if env.is_sandbox:
        creds, url = sandbox_merchants, base_url
    else:
        creds, url = credentials.get_merchants(env.key), settings.merchants_url(env.key)
    if creds is None or not url:
        return None
    try:
        return AccountService(env.key, MerchantsClient(url, creds), journal)
    except ValueError:  # a URL the client refuses: the Settings dialog says why
        return None


def failure_text(failure: MerchantsFailure) -> str:
    from tupay_desktop.api.merchants import describe_failure

    return describe_failure(failure, QCoreApplication.translate)


# --------------------------------------------------------------------------------------------
# Balance in the header, and on the form
# --------------------------------------------------------------------------------------------


class BalanceIndicator(QLabel):
    """The account's available balance beside the environment switcher, read on a worker when the
    environment is selected, after each create (:meth:`refresh`) and every few minutes."""

    #: Emitted on the GUI thread whenever the known balance changes (or is lost).
    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountBalance")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)
        self._runner = runner
        self._account: AccountService | None = None
        self._balances: list[AccountBalance] = []
        self._as_of: datetime | None = None
        self._task: TaskHandle | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(BALANCE_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    @property
    def account(self) -> AccountService | None:
        return self._account

    def set_account(self, account: AccountService | None) -> None:
        """Follow ``account`` (``None``: nothing to show, the label hides)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._account = account
        self._balances = []
        self._as_of = None
        if account is None:
            self._timer.stop()
            self.setVisible(False)
            self.changed.emit()
            return
        self.setVisible(True)
        self.setText(self.tr("Balance: reading…"))
        self.setToolTip("")
        self.setAccessibleName(self.tr("Available balance at TuPay"))
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Read the balance again (on a worker); a read already under way is superseded."""
        account = self._account
        if account is None:
            return
        if self._task is not None:
            self._task.cancel()
        self._task = self._runner.submit(account.balance, lambda result: self._on_balance(account, result),
                                         lambda message: self._on_failed(account, message))

    def available(self, currency: str) -> Decimal | None:
        """The last known available balance in ``currency`` (``None`` when not known)."""
        for balance in self._balances:
            if balance.currency == currency or not balance.currency:
                return balance.available
        return None

    def as_of(self) -> datetime | None:
        return self._as_of

    def _on_balance(self, account: AccountService, result: object) -> None:
        if account is not self._account:
            return
        self._task = None
        from tupay_desktop.api.merchants import MerchantsFailure

        if isinstance(result, MerchantsFailure):
            self._show_failure(failure_text(result))
            return
        self._balances = list(result) if isinstance(result, list) else []
        self._as_of = datetime.now(UTC)
        shown = " · ".join(f"{format_amount(b.available)} {b.currency}".strip() for b in self._balances)
        self.setText(arg(self.tr("Balance: %1"), shown))
        self.setToolTip(arg(self.tr("Available balance at TuPay (Merchants API), read at %1. It can be "
                                    "out of date: other machines and the web panel spend it too."),
                            self._as_of.astimezone().strftime("%H:%M")))
        self.setStyleSheet("font-weight: 600;")
        self.changed.emit()

    def _on_failed(self, account: AccountService, message: str) -> None:
        if account is self._account:
            self._task = None
            self._show_failure(message)

    def _show_failure(self, text: str) -> None:
        self._balances = []
        self.setText(self.tr("Balance: unavailable"))
        self.setToolTip(text)
        self.setStyleSheet(f"color: {theme.css(theme.warning_colour())};")
        self.changed.emit()


def balance_note(amount_text: str, currency: str, available: Decimal | None) -> str:
    """The form's warning when the amount exceeds the account's last known balance ("" otherwise).
    A warning only: the balance may be stale, TuPay decides (514)."""
    amount = parse_amount(amount_text)
    if amount is None or available is None or amount <= available:
        return ""
    return arg(
        QCoreApplication.translate(
            "BalanceIndicator",
            "This amount is more than the account's available balance (%1 %2, as last read). TuPay "
            "will likely refuse it (514 insufficient funds); you can still send it.",
        ),
        format_amount(available), currency,
    )
