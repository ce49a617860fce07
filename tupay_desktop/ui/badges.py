"""The cashout status badge: a coloured pill with the status word, readable in light and dark palettes.

Each status (spec §6.4) has one fill colour; the text colour on it (near-black or white) is chosen
by the fill's relative luminance (WCAG), so the pill reads the same whatever the window palette.
The history table reuses :func:`status_colour` / :func:`text_colour_on` for its status column.
Also home of :func:`ui_language`, the language code the error catalogue is asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from tupay_desktop.api import errors
from tupay_desktop.i18n import QT_TRANSLATE_NOOP

#: Fill colour per status code: PENDING amber, COMPLETED green, CANCELLED grey, REJECTED red,
#: DELIVERED blue, ON_HOLD purple.
STATUS_COLOURS: dict[int, str] = {
    0: "#f2a900",
    1: "#2e7d32",
    2: "#8a8f98",
    3: "#c62828",
    4: "#1e63c6",
    5: "#7b3fb0",
}
#: Fill for an undocumented status code.
UNKNOWN_COLOUR = "#5f6368"

#: The short word a badge shows per status code, translated (context ``StatusWord``); TuPay's
#: own name of the status (``ON_HOLD``) goes in the tooltip.
STATUS_WORDS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("StatusWord", "PENDING"),
    1: QT_TRANSLATE_NOOP("StatusWord", "COMPLETED"),
    2: QT_TRANSLATE_NOOP("StatusWord", "CANCELLED"),
    3: QT_TRANSLATE_NOOP("StatusWord", "REJECTED"),
    4: QT_TRANSLATE_NOOP("StatusWord", "DELIVERED"),
    5: QT_TRANSLATE_NOOP("StatusWord", "ON HOLD"),
}

_DARK_TEXT = QColor("#111111")
_LIGHT_TEXT = QColor("#ffffff")


def ui_language() -> str:
    """``"es"`` when the GUI speaks Spanish, else ``"en"`` (what the error catalogue understands)."""
    return "es" if QLocale().name().lower().startswith("es") else "en"


def core_text(text: str) -> str:
    """Translate a core (``errors`` context) string for the GUI; Spanish comes from the catalogue."""
    return QCoreApplication.translate("errors", text)


def status_word(code: int) -> str:
    """The short word for status ``code`` in the GUI's language (``ENTREGADO``); an undocumented
    code is shown as its number."""
    word = STATUS_WORDS.get(code)
    return QCoreApplication.translate("StatusWord", word) if word is not None else str(code)


def status_colour(code: int | None) -> QColor:
    """The badge fill of a status code."""
    return QColor(STATUS_COLOURS.get(code, UNKNOWN_COLOUR) if code is not None else UNKNOWN_COLOUR)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of ``colour`` (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = channel(colour.redF()), channel(colour.greenF()), channel(colour.blueF())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1 … 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour_on(fill: QColor) -> QColor:
    """Near-black or white, whichever contrasts more with ``fill``."""
    if contrast_ratio(fill, _DARK_TEXT) >= contrast_ratio(fill, _LIGHT_TEXT):
        return QColor(_DARK_TEXT)
    return QColor(_LIGHT_TEXT)


class StatusBadge(QLabel):
    """A pill showing a cashout status word (``PENDING``, ``PENDIENTE``…) on its colour. Empty until set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code: int | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Cashout status"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_status()

    @property
    def code(self) -> int | None:
        """The status code shown, or ``None``."""
        return self._code

    def fill_colour(self) -> QColor:
        return status_colour(self._code)

    def text_colour(self) -> QColor:
        return text_colour_on(self.fill_colour())

    def set_status(self, code: int | None) -> None:
        """Show status ``code`` (0–5; others are shown as their number). ``None`` clears."""
        if code is None:
            self.clear_status()
            return
        self._code = code
        info = errors.describe_status(code, ui_language())
        label = core_text(info.label) if ui_language() == "en" else info.label
        meaning = core_text(info.meaning) if ui_language() == "en" else info.meaning
        self.setText(status_word(code))
        # TuPay's name of the status (as in its API and panel) and the meaning, on hover.
        api_name = f"{info.name} ({code})" if info.known else str(code)
        self.setToolTip(f"{label} — {meaning}\n" + self.tr("TuPay status: %1").replace("%1", api_name))
        self.setAccessibleDescription(label)
        fill = self.fill_colour()
        text = self.text_colour()
        sheet = (f"QLabel {{ background-color: {fill.name()}; color: {text.name()}; border-radius: 9px; "
                 "padding: 2px 10px; font-weight: bold; }")
        if self.styleSheet() != sheet:  # the same status again: no re-polish, relayout, repaint
            self.setStyleSheet(sheet)
        self.setVisible(True)

    def clear_status(self) -> None:
        self._code = None
        self.setText("")
        self.setToolTip("")
        if self.styleSheet():
            self.setStyleSheet("")
