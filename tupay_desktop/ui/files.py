"""Where the Desk's save dialogs open: the user's Documents folder (``QStandardPaths``), never the
directory the Desk happened to be started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_dir() -> Path:
    """The user's Documents folder; the home folder when the platform has none (or it is missing)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def default_save_path(file_name: str) -> str:
    """``file_name`` in :func:`documents_dir`, as a save dialog's starting point."""
    return str(documents_dir() / file_name)
