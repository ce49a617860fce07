"""Where the Desk keeps its files: the platform config and data dirs (platformdirs).

``TUPAY_DESK_CONFIG_DIR`` and ``TUPAY_DESK_DATA_DIR`` override them (tests, portable installs).
No secret is ever written under either directory.
"""

from __future__ import annotations

import os
from pathlib import Path

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
