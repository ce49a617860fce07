"""TuPay Cashout Desk: a desktop client for TuPay's Cashout API, with a local sandbox."""

from __future__ import annotations

# ``__version__`` and ``USER_AGENT`` are computed on first use: ``importlib.metadata`` costs about
# 20 ms to import, which every start of the Desk and of ``tupay-cli`` would otherwise pay.


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tupay-desktop")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        value = _version()
    elif name == "USER_AGENT":
        value = f"TuPayCashoutDesk/{__getattr__('__version__')}"
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
