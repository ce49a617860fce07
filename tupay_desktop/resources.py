"""Where the Desk's bundled resources are: ``resources/`` of a checkout or of a frozen bundle.

Qt-free, so the core, the CLI, tools and tests can use it. In a PyInstaller bundle the data files
are unpacked under ``sys._MEIPASS`` (onedir: ``<bundle>/_internal``), and the spec file
(``packaging/tupay-desktop.spec``) puts ``resources/icons`` and ``resources/translations`` there
under the same relative paths as in the repository, so one lookup serves both cases.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The application's id: icon file stem, ``.desktop`` file name, Qt ``desktopFileName``.
APP_ID = "tupay-desktop"

#: PNG sizes rendered from the SVG icon by ``tools/make_icons.py`` (and shipped).
ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)

#: Translation catalogues are ``<prefix><language>.qm``, e.g. ``tupay_desktop_es.qm``.
CATALOGUE_PREFIX = "tupay_desktop_"

#: Languages with a catalogue (English is the source language and needs none).
TRANSLATED_LANGUAGES: tuple[str, ...] = ("es", "pt_BR")


def resources_dir() -> Path:
    """The ``resources`` directory: the bundle's when frozen, else the checkout's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidate = Path(bundle) / "resources"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parent.parent / "resources"


def icons_dir() -> Path:
    """``resources/icons``."""
    return resources_dir() / "icons"


def icon_path(size: int | None = None) -> Path:
    """The application icon: the SVG source by default, or the rendered ``size``-pixel PNG.

    ``size`` must be one of :data:`ICON_SIZES`; the file may be missing only in a broken install.
    """
    if size is None:
        return icons_dir() / f"{APP_ID}.svg"
    if size not in ICON_SIZES:
        raise ValueError(f"no {size}px icon; sizes are {ICON_SIZES}")
    return icons_dir() / "png" / f"{APP_ID}-{size}.png"


def translations_dir() -> Path:
    """``resources/translations``: the ``.ts`` sources (checkout only) and compiled ``.qm`` files."""
    return resources_dir() / "translations"


def catalogue_path(language: str, suffix: str = ".qm") -> Path:
    """The catalogue file for ``language`` (``"es"``, ``"pt_BR"``): ``.qm`` by default, or ``.ts``."""
    return translations_dir() / f"{CATALOGUE_PREFIX}{language}{suffix}"
