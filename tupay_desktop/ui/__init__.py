"""The Qt face of the Desk: the only package that imports Qt.

Importing this package imports PySide6 and turns off one start-up cost of it (see
:func:`_stop_source_scan`), so every module imported after it is spared.
"""

from __future__ import annotations

import sys


def _stop_source_scan() -> None:
    """PySide6 installs an import hook (``shibokensupport.feature``, the machinery behind
    ``from __feature__ import snake_case``) that, for every module imported after PySide6, reads
    the module's whole source with ``inspect.getsource`` to see whether it mentions "PySide6",
    and leaves those sources in ``linecache``. The Desk uses no ``__feature__``; that scan cost
    about 5 MiB of memory and several milliseconds before the first window. Every module gets the
    selection a module mentioning PySide6 gets (0: no features), without reading its source. A
    module that does import ``__feature__`` still gets its own selection, set by that import.
    The sources the hook read while PySide6 itself was being imported (the standard library's
    modules its own code imports, ~2 MiB) are dropped from ``linecache``: a traceback reads them
    again when it needs them."""
    import linecache

    import PySide6  # noqa: F401  (installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
        linecache.clearcache()


def _uses_pyside(_module: object) -> bool:
    return True


_stop_source_scan()
