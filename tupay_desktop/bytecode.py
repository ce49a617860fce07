"""Bytecode for what the Desk imports, compiled once where the interpreter is told not to write it.

With ``PYTHONDONTWRITEBYTECODE`` set (as on some office images and containers), Python never
writes a module's compiled bytecode, and uv installs packages without it, so every start compiles
again every module it imports: the first window took about a third longer, a ``tupay-cli`` call
about half as long again. So once the Desk's start-up has settled, and as ``tupay-cli`` ends, if
a module it imported — of the Desk's own package or of its environment (the virtual environment's
packages) — has no current bytecode, those modules are compiled in a separate, low-priority
process, as an installer's compile step would (``py_compile`` writes atomically), and the next
start reads them. Nothing happens when Python writes bytecode itself, in a frozen bundle, or for a
file whose directory cannot be written (the system's own Python).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import tupay_desktop

if TYPE_CHECKING:  # imported only when there is something to compile
    import subprocess

__all__ = ["ENVIRONMENT_DIR", "PACKAGE_DIR", "compile_stale_bytecode", "stale_sources"]

#: Where bytecode is compiled: the Desk's own package, and its environment (:data:`sys.prefix`:
#: the virtual environment uv made, with the packages it installed).
PACKAGE_DIR = Path(tupay_desktop.__file__).resolve().parent
ENVIRONMENT_DIR = Path(sys.prefix).resolve()

#: The compiling processes started (kept, so that none is reaped or warned about while it runs).
_STARTED: list[subprocess.Popen[bytes]] = []

#: Run in the separate process: lower its priority (where the OS has nice), then compile each
#: source named on standard input, one per line.
_COMPILE = (
    "import os, py_compile, sys\n"
    "if hasattr(os, 'nice'):\n"
    "    os.nice(10)\n"
    "failed = 0\n"
    "for line in sys.stdin.read().splitlines():\n"
    "    try:\n"
    "        py_compile.compile(line, doraise=True)\n"
    "    except (OSError, py_compile.PyCompileError):\n"
    "        failed += 1\n"
    "sys.exit(1 if failed else 0)\n"
)


def _roots() -> tuple[str, ...]:
    return tuple(str(Path(root).resolve()) + os.sep for root in (PACKAGE_DIR, ENVIRONMENT_DIR))


def stale_sources() -> list[str]:
    """The source files of imported modules, in the Desk's package or its environment, whose
    bytecode is missing or older than the source, and whose directory can be written."""
    roots = _roots()
    stale: set[str] = set()
    for module in list(sys.modules.values()):
        spec = getattr(module, "__spec__", None)
        origin, cached = getattr(spec, "origin", None), getattr(spec, "cached", None)
        if not isinstance(origin, str) or not origin.endswith(".py") or not isinstance(cached, str):
            continue
        if not origin.startswith(roots):
            continue
        try:
            source_time = os.stat(origin).st_mtime
        except OSError:
            continue
        try:
            fresh = os.stat(cached).st_mtime >= source_time
        except OSError:
            fresh = False
        if not fresh and os.access(os.path.dirname(origin), os.W_OK):
            stale.add(origin)
    return sorted(stale)


def compile_stale_bytecode() -> subprocess.Popen[bytes] | None:
    """Start compiling :func:`stale_sources` in a separate process if Python writes no bytecode
    itself; returns that process, or ``None`` when nothing was started."""
    if getattr(sys, "frozen", False) or not sys.dont_write_bytecode:
        return None
    sources = stale_sources()
    if not sources:
        return None
    import subprocess

    try:
        process = subprocess.Popen(  # noqa: S603  (this interpreter, our own code)
            [sys.executable, "-c", _COMPILE],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            # No console window flashing up on Windows.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except OSError:
        return None
    _STARTED.append(process)
    try:
        assert process.stdin is not None
        process.stdin.write("\n".join(sources).encode("utf-8", "surrogateescape"))
        process.stdin.close()
    except OSError:  # it ended early; the next start tries again
        pass
    return process
