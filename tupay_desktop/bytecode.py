"""Bytecode for what the Desk imports, compiled once where the interpreter is told not to write it.

With ``PYTHONDONTWRITEBYTECODE`` set (as on some office images and containers), Python never
writes a module's compiled bytecode, and uv installs packages without it, so every start compiles
again every module it imports: the first window took about a third longer, a ``tupay-cli`` call
about half as long again. So once the Desk's start-up has settled, and as ``tupay-cli`` ends, if
a module it imported — of the Desk's own package or of its virtual environment's packages — has
no bytecode that Python would accept, those modules are compiled in a separate, low-priority,
isolated process, as an installer's compile step would (``py_compile`` writes atomically), and the
next start reads them. One such process at a time. Nothing happens when Python writes bytecode
itself, in a frozen bundle, outside a virtual environment (the system's own packages), or where
the bytecode's directory cannot be written.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import tupay_desktop

if TYPE_CHECKING:  # imported only when there is something to compile
    import subprocess

__all__ = ["ENVIRONMENT_DIR", "PACKAGE_DIR", "compile_stale_bytecode", "stale_sources"]

#: Where bytecode is compiled: the Desk's own package, and its environment (:data:`sys.prefix`,
#: only when it is a virtual environment: the one uv made, with the packages it installed).
PACKAGE_DIR = Path(tupay_desktop.__file__).resolve().parent
ENVIRONMENT_DIR: Path | None = Path(sys.prefix).resolve() if sys.prefix != sys.base_prefix else None

#: A compile younger than this still runs (its lock file is kept); an older lock is abandoned.
LOCK_STALE_S = 120.0

#: The compiling processes started (kept, and reaped by a thread, while they run).
_STARTED: list[subprocess.Popen[bytes]] = []

#: Run in the separate process (``python -I -c``): lower its priority (where the OS has nice),
#: then compile each ``source<TAB>bytecode`` line of the list file (UTF-8), then remove the list
#: and the lock.
_COMPILE = (
    "import os, py_compile, sys\n"
    "if hasattr(os, 'nice'):\n"
    "    os.nice(10)\n"
    "listing, lock = sys.argv[1], sys.argv[2]\n"
    "failed = 0\n"
    "try:\n"
    "    with open(listing, 'rb') as f:\n"
    "        lines = f.read().decode('utf-8', 'surrogateescape').splitlines()\n"
    "    for line in lines:\n"
    "        source, _, cached = line.partition('\\t')\n"
    "        try:\n"
    "            py_compile.compile(source, cfile=cached, doraise=True,\n"
    "                               invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP)\n"
    "        except (OSError, py_compile.PyCompileError):\n"
    "            failed += 1\n"
    "finally:\n"
    "    for path in (listing, lock):\n"
    "        try:\n"
    "            os.remove(path)\n"
    "        except OSError:\n"
    "            pass\n"
    "sys.exit(1 if failed else 0)\n"
)


def _roots() -> tuple[str, ...]:
    roots = [PACKAGE_DIR] + ([ENVIRONMENT_DIR] if ENVIRONMENT_DIR is not None else [])
    return tuple(os.path.normcase(os.path.realpath(root)) + os.sep for root in roots)


def _accepted(source: str, cached: str) -> bool:
    """Whether Python would load ``cached`` for ``source``: its header has this interpreter's magic
    number and either a hash (checked by Python itself) or the source's mtime and size, as
    ``importlib`` validates it (not the bytecode file's own mtime)."""
    try:
        with open(cached, "rb") as file:
            header = file.read(16)
        stat = os.stat(source)
    except OSError:
        return False
    if len(header) < 16 or header[:4] != importlib.util.MAGIC_NUMBER:
        return False
    if int.from_bytes(header[4:8], "little") != 0:  # hash-based: Python checks it as it loads it
        return True
    mtime = int.from_bytes(header[8:12], "little")
    size = int.from_bytes(header[12:16], "little")
    return mtime == int(stat.st_mtime) & 0xFFFFFFFF and size == stat.st_size & 0xFFFFFFFF


def _writable(cached: str) -> bool:
    """Whether the bytecode's directory (``__pycache__``, or where it would be made) can be written."""
    directory = os.path.dirname(cached)
    while directory and not os.path.isdir(directory):
        parent = os.path.dirname(directory)
        if parent == directory:
            return False
        directory = parent
    return bool(directory) and os.access(directory, os.W_OK)


def stale_sources() -> list[tuple[str, str]]:
    """``(source, bytecode path)`` of each imported module, in the Desk's package or its virtual
    environment, whose bytecode Python would not accept and could be written."""
    roots = _roots()
    stale: set[tuple[str, str]] = set()
    for module in list(sys.modules.values()):
        spec = getattr(module, "__spec__", None)
        origin, cached = getattr(spec, "origin", None), getattr(spec, "cached", None)
        if not isinstance(origin, str) or not origin.endswith(".py") or not isinstance(cached, str):
            continue
        if not os.path.normcase(os.path.realpath(origin)).startswith(roots):
            continue
        if not _accepted(origin, cached) and _writable(cached):
            stale.add((origin, cached))
    return sorted(stale)


def _lock_path() -> Path:
    import hashlib
    import tempfile

    tag = hashlib.sha256(str(PACKAGE_DIR).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"tupay-desk-bytecode-{tag}.lock"


def _take_lock(lock: Path) -> bool:
    """The right to compile now: no other compile of this package started less than
    :data:`LOCK_STALE_S` ago (a CLI called in a loop starts one, not one per call)."""
    for _attempt in range(2):
        try:
            os.close(os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            return True
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime < LOCK_STALE_S:
                    return False
                lock.unlink()  # abandoned (its compile was killed): take it over
            except OSError:
                return False
        except OSError:
            return False
    return False


def compile_stale_bytecode() -> subprocess.Popen[bytes] | None:
    """Start compiling :func:`stale_sources` in a separate process if Python writes no bytecode
    itself; returns that process, or ``None`` when nothing was started."""
    if getattr(sys, "frozen", False) or not sys.dont_write_bytecode:
        return None
    sources = stale_sources()
    if not sources:
        return None
    lock = _lock_path()
    if not _take_lock(lock):
        return None
    import subprocess
    import tempfile
    import threading

    listing: str | None = None
    try:
        fd, listing = tempfile.mkstemp(prefix="tupay-desk-bytecode-", suffix=".txt")
        with os.fdopen(fd, "wb") as file:
            file.write("\n".join(f"{source}\t{cached}" for source, cached in sources)
                       .encode("utf-8", "surrogateescape"))
        # Windows: no console window, and a lower priority (elsewhere the child nices itself).
        flags = (getattr(subprocess, "CREATE_NO_WINDOW", 0)
                 | getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0))
        process = subprocess.Popen(  # noqa: S603  (this interpreter, our own code)
            [sys.executable, "-I", "-c", _COMPILE, listing, str(lock)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            creationflags=flags,
        )
    except OSError:
        for path in (listing, str(lock)):
            if path is not None:
                try:
                    os.remove(path)
                except OSError:
                    pass
        return None
    _STARTED.append(process)
    threading.Thread(target=process.wait, name="bytecode-reaper", daemon=True).start()
    return process
