"""Parts of a widget built after the window's first frame, or as soon as something needs them.

A widget whose detail part the first frame does not show (the inspector's detail pane, the cashout
view's status rows and actions) lists that part's attributes in ``_DETAIL_ATTRIBUTES``, starts
with ``self._details_built = False`` and builds the part in ``build_details()``. The window calls
``build_details()`` right after its first paint; any earlier read of one of those attributes
builds the part first, so no caller has to know it may not exist yet.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = ["DeferredDetails"]


class DeferredDetails:
    """Mixin (put it before the Qt base class)."""

    _DETAIL_ATTRIBUTES: ClassVar[frozenset[str]] = frozenset()

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not (yet) set: the detail part's, before it is built.
        if name in type(self)._DETAIL_ATTRIBUTES and not self.__dict__.get("_details_built", True):
            self.build_details()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def details_built(self) -> bool:
        return bool(self.__dict__.get("_details_built", True))

    def build_details(self) -> None:
        raise NotImplementedError
