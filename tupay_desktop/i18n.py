"""Translation markers for the Qt-free core.

The core (api/, store/, service.py) must not import Qt, yet every user-visible string has to go
through Qt's translation functions in the GUI. The core therefore marks its strings with
``QT_TRANSLATE_NOOP(context, text)`` — the name Qt's ``lupdate`` extracts — which returns the text
unchanged. The GUI passes them through ``QCoreApplication.translate(context, text)`` before showing
them (see ``tupay_desktop.ui``); the CLI prints them as they are (English) unless it has its own
catalogue (the error catalogue carries Spanish itself).
"""

from __future__ import annotations

from collections.abc import Callable

#: A function that translates ``(context, text)``; the GUI installs Qt's, the default is identity.
Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context``; returns it unchanged."""
    return text


def identity(context: str, text: str) -> str:
    return text
