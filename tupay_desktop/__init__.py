"""TuPay Cashout Desk: a desktop client for TuPay's Cashout API, with a local sandbox."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tupay-desktop")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0.0.0"

USER_AGENT = f"TuPayCashoutDesk/{__version__}"
