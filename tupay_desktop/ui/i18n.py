"""Loading the GUI's translations: Qt Linguist ``.qm`` catalogues from ``resources/translations``
(``tupay_desktop_<lang>.qm``, see :mod:`tupay_desktop.resources`).

The language is the one chosen in the settings, or else the operating system's (``QLocale``).
Missing catalogues are not an error: the Desk then speaks English, with its English catalogue of
plural forms. Qt's own catalogue (standard dialog buttons) is installed too when the Desk speaks
a language Qt ships one for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tupay_desktop.resources import CATALOGUE_PREFIX, translations_dir

#: Languages offered in the settings: (code, name in that language). The names are endonyms and
#: are deliberately not translated.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("es", "Español"), ("pt_BR", "Português"))


def resolve_locale(language: str | None) -> QLocale:
    """The locale for ``language`` (``"es"``, ``"pt_BR"``), or the system's when ``None``."""
    return QLocale(language) if language else QLocale.system()


def install_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the Desk's and Qt's catalogues for ``language`` (or the OS locale) into ``app``.

    Returns the installed translators (keep them alive as long as the app). Whenever the Desk
    speaks English — asked for, or falling back to it (``LANG=C.UTF-8``, a language without a
    catalogue) — it gets the Desk's own small English catalogue of plural forms ("1 field",
    "5 fields"), and Qt's standard buttons stay English with it.
    """
    locale = resolve_locale(language)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    if locale.language() != QLocale.Language.English:
        ours = QTranslator(app)
        if ours.load(locale, CATALOGUE_PREFIX.rstrip("_"), "_", str(translations_dir())):
            app.installTranslator(ours)
            installed.append(ours)
            qt = QTranslator(app)
            if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                installed.append(qt)
            return installed
    english = QTranslator(app)
    if english.load(f"{CATALOGUE_PREFIX}en", str(translations_dir())):
        app.installTranslator(english)
        installed.append(english)
    return installed


def catalogue_translator(language: str | None = None) -> Callable[[str, str], str]:
    """A ``(context, text)`` translator from the Desk's catalogue for ``language`` (or the OS
    locale) that needs no ``QCoreApplication`` (for messages printed before Qt can start)."""
    translator = QTranslator()
    locale = resolve_locale(language)
    if locale.language() != QLocale.Language.English:
        translator.load(locale, CATALOGUE_PREFIX.rstrip("_"), "_", str(translations_dir()))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` with the ``(context, text)`` signature the core expects."""
    return QCoreApplication.translate(context, text)


def arg(text: str, *values: object) -> str:
    """Fill Qt-style placeholders ``%1``, ``%2``… of a translated ``text`` (highest first, so that
    ``%1`` never eats the start of ``%10``)."""
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text
