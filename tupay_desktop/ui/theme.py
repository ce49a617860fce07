"""Colours of the Desk: one accent per environment kind, and text colours that read in light and dark.

The Desk follows the operating system's palette; nothing here sets a global stylesheet. Accents are
mid-tone colours chosen to keep enough contrast with white text (on filled buttons and the
Production banner) and to stay visible as frames on both light and dark window backgrounds.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind

#: Accent per environment kind (Sandbox teal, Staging amber, Production red, Custom purple).
ACCENTS: dict[EnvironmentKind, str] = {
    EnvironmentKind.SANDBOX: "#0f8a7e",
    EnvironmentKind.STAGING: "#b7791f",
    EnvironmentKind.PRODUCTION: "#c62828",
    EnvironmentKind.CUSTOM: "#6a4fc2",
}
PRODUCTION_ACCENT = ACCENTS[EnvironmentKind.PRODUCTION]


def accent_for(env: EnvironmentConfig) -> QColor:
    """The environment's accent; anything pointing at a production host gets Production's red."""
    if env.is_production:
        return QColor(PRODUCTION_ACCENT)
    return QColor(ACCENTS[env.kind])


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background of ``palette`` (default: the application's) is dark."""
    pal = palette if palette is not None else QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def ok_colour() -> QColor:
    """Green for "it worked" text, readable on the current palette's background."""
    return QColor("#5fd38d") if is_dark() else QColor("#1b7a3d")


def error_colour() -> QColor:
    """Red for error text, readable on the current palette's background."""
    return QColor("#ff7b72") if is_dark() else QColor("#b3261e")


def warning_colour() -> QColor:
    """Amber/brown for warnings, readable on the current palette's background."""
    return QColor("#f0b75a") if is_dark() else QColor("#8a5a00")


def muted_colour() -> QColor:
    """Secondary text: the palette's placeholder colour."""
    return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def css(colour: QColor) -> str:
    """``#rrggbb`` for use in a widget's own stylesheet."""
    return colour.name(QColor.NameFormat.HexRgb)
