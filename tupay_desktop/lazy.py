"""Modules imported on first use, so that a start-up path does not pay for what it never calls.

``httpx = lazy_module("httpx")`` binds a stand-in whose first attribute access imports the real
module (through the normal, thread-safe import system) and from then on behaves as it. Type checkers
should see the real import: put it under ``if TYPE_CHECKING:`` and the stand-in under ``else:``.
"""

from __future__ import annotations

import importlib
import types
from typing import Any


class _LazyModule(types.ModuleType):
    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self.__name__)
        # Later lookups find the attributes directly (``__getattr__`` runs only for missing ones).
        self.__dict__.update(module.__dict__)
        return getattr(module, attribute)


def lazy_module(name: str) -> types.ModuleType:
    """A stand-in for module ``name`` that imports it on first attribute access."""
    return _LazyModule(name)
