"""Where the Desk keeps its files: the platform config and data dirs (platformdirs).

``TUPAY_DESK_CONFIG_DIR`` and ``TUPAY_DESK_DATA_DIR`` override them (tests, portable installs).
No secret is ever written under either directory.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, overload

import platformdirs

APP_NAME = "tupay-desktop"


def config_dir() -> Path:
    override = os.environ.get("TUPAY_DESK_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    override = os.environ.get("TUPAY_DESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path



@overload
def open_private(path: Path, mode: Literal["wb"] = "wb") -> BinaryIO: ...


@overload
def open_private(path: Path, mode: Literal["w"], *, encoding: str, newline: str) -> TextIO: ...


def open_private(path: Path, mode: str = "wb", **kwargs: Any) -> IO[Any]:
    """Open ``path`` for writing (truncated), readable and writable by this user only (0600):
    what the Desk writes for the operator (CSV, receipts, saved exchanges) names beneficiaries.
    A file already there is narrowed to 0600 too (``O_CREAT`` keeps an existing file's mode).
    ``mode`` is ``"wb"``, or ``"w"`` with ``os.fdopen``'s ``encoding`` and ``newline``."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o600)
        handle: IO[Any] = os.fdopen(descriptor, mode, **kwargs)
        return handle
    except BaseException:
        os.close(descriptor)
        raise
