"""TuPay Cashout Desk: a desktop client for TuPay's Cashout API, with a local sandbox."""

from __future__ import annotations

# ``__version__`` and ``USER_AGENT`` are computed on first use, without importlib.metadata when
# the dist-info is found directly: importing it costs 10-20 ms, which every start of the Desk and
# of ``tupay-cli`` would otherwise pay.


def _version() -> str:
    # The installed distribution's METADATA, found the way importlib.metadata finds it (a
    # ``tupay_desktop-*.dist-info`` on sys.path) without importing it (email, zipfile, csv...).
    import os
    import sys

    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("tupay_desktop-") and name.endswith(".dist-info"):
                try:
                    with open(os.path.join(entry or ".", name, "METADATA"), encoding="utf-8") as metadata:
                        for line in metadata:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():
                                break  # end of the headers
                except OSError:
                    continue
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
