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


#: Text roles whose disabled colour must differ from the enabled one, with the background each is
#: drawn on (the disabled colour is blended toward it).
_DISABLED_TEXT_ROLES: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
)


def _blend(colour: QColor, toward: QColor, amount: float) -> QColor:
    return QColor(
        round(colour.red() + (toward.red() - colour.red()) * amount),
        round(colour.green() + (toward.green() - colour.green()) * amount),
        round(colour.blue() + (toward.blue() - colour.blue()) * amount),
    )


def with_disabled_colours(palette: QPalette) -> QPalette | None:
    """A copy of ``palette`` whose disabled texts are dimmed, or ``None`` if they already differ.

    Some palettes (a hand-made dark palette, some platform themes) give the Disabled group the
    same text colours as the Active one, so a disabled button looks exactly like an enabled one.
    """
    fixed = QPalette(palette)
    changed = False
    active, disabled = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled
    for text_role, background_role in _DISABLED_TEXT_ROLES:
        text = palette.color(active, text_role)
        if palette.color(disabled, text_role) == text:
            background = palette.color(active, background_role)
            fixed.setColor(disabled, text_role, _blend(text, background, 0.55))
            changed = True
    return fixed if changed else None


def ensure_disabled_colours() -> bool:
    """Give the application palette distinct disabled text colours if it lacks them (see
    :func:`with_disabled_colours`). Returns True if the palette was changed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    fixed = with_disabled_colours(QApplication.palette())
    if fixed is None:
        return False
    QApplication.setPalette(fixed)
    return True


def disabled_text_colour() -> QColor:
    """The text colour for a disabled accent button's own stylesheet (whose ``palette(button-text)``
    is the enabled colour): the button text halfway to the button colour — clearly greyed out,
    still readable (about 4:1 on the usual light and dark button colours)."""
    pal = QApplication.palette()
    active = QPalette.ColorGroup.Active
    return _blend(pal.color(active, QPalette.ColorRole.ButtonText),
                  pal.color(active, QPalette.ColorRole.Button), 0.5)


def disabled_button_css() -> str:
    """``QPushButton:disabled`` rules for a button with an accent stylesheet: the palette's button
    colour, a visible outline and greyed text, so it reads as a button that cannot be pressed."""
    return (
        "QPushButton:disabled { background: palette(button); border: 1px solid palette(mid);"
        f" color: {css(disabled_text_colour())}; }}"
    )


def focus_ring_colour() -> QColor:
    """The keyboard-focus ring drawn around an accent-filled button: the palette's window text
    (near black on a light window, near white on a dark one), which stands out from the window
    around the button and from the mid-tone accent inside it. A highlight colour would not: it is
    often as dark, or as blue, as the accents and vanishes on them in a dark palette."""
    return QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def accent_button_css(accent: QColor, *, padding: str = "4px 16px", radius: int = 4) -> str:
    """The stylesheet of a button filled with an environment's ``accent`` (Send, the Production
    confirmation): white bold text; a 2 px border in the accent that becomes the focus ring
    (:func:`focus_ring_colour`) when the button has keyboard focus — the border is always there,
    so focus changes its colour and never the button's size; greyed out when disabled."""
    fill = css(accent)
    return (
        f"QPushButton {{ background: {fill}; color: white; font-weight: 700;"
        f" border: 2px solid {fill}; border-radius: {radius}px; padding: {padding}; }}"
        f"QPushButton:focus {{ border-color: {css(focus_ring_colour())}; }}"
        "QPushButton:disabled { background: palette(button); border: 2px solid palette(mid);"
        f" color: {css(disabled_text_colour())}; }}"
    )
