"""Can Qt open a window here? Asked before the ``QApplication`` exists, because Qt's own answer
to "no" is ``abort()``: SIGABRT, a core file and "no Qt platform plugin could be initialized".

Two causes account for nearly every such abort on Linux, and both are detected here:

- **No display**: ``DISPLAY`` is unset or names no X server that answers (over ssh without X
  forwarding, in a service, on a server), and there is no Wayland socket either.
- **The xcb plugin's libraries are missing** (a minimal Debian/Ubuntu install lacks
  ``libxcb-cursor0``, ``libxcb-icccm4``, ``libxkbcommon-x11-0`` and friends). The list of libraries
  is not hard-coded: it is read from the ``DT_NEEDED`` entries of the ELF files of Qt's own xcb
  plugin (``libqxcb.so``) and of the Qt libraries it links to, found through their ``RUNPATH``;
  each library outside Qt is then loaded with ``dlopen`` as the plugin loader would load it.

:func:`qt_start_problem` returns ``None`` when Qt can start (always on Windows and macOS, and for
platforms that need no display, e.g. ``QT_QPA_PLATFORM=offscreen``), else a :class:`QtStartProblem`
that says in words what is wrong, names ``tupay-cli`` for headless use and, for Debian/Ubuntu,
the ``apt-get install`` line. The caller prints it and exits 2.

Only the cheap part runs on a working desktop (about a millisecond): one connection attempt to the
X server, and loading the plugin with ``QLibrary`` (which Qt's plugin loader then finds loaded). The
ELF reading and the library-by-library probe run only when the plugin does not load. This module
imports only QtCore, and nothing slow at import time (no dataclasses, no ``socket`` module).
"""

from __future__ import annotations

import _socket  # the C module: ``socket`` would import selectors & co. on every start of the Desk
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tupay_desktop.i18n import QT_TRANSLATE_NOOP, Translator, identity

_CONTEXT = "QtStart"

NO_DISPLAY = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "There is no display to open the Desk's window on: {reason}. This happens over ssh without X "
    "forwarding (use ssh -X), in a service, or on a server without a desktop.",
)
REASON_NO_DISPLAY_SET = QT_TRANSLATE_NOOP(
    _CONTEXT, "neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set"
)
REASON_DISPLAY_SILENT = QT_TRANSLATE_NOOP(_CONTEXT, "no X server answers at DISPLAY={display}")
REASON_WAYLAND_SILENT = QT_TRANSLATE_NOOP(_CONTEXT, "no Wayland compositor answers at {socket}")
MISSING_LIBRARIES = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "Qt cannot load its X11 (xcb) platform plugin, because these system libraries cannot be "
    "loaded: {libraries}.",
)
MISSING_PLUGIN = QT_TRANSLATE_NOOP(
    _CONTEXT, "Qt's X11 (xcb) platform plugin is missing ({path}); reinstall the Desk."
)
APT_HINT = QT_TRANSLATE_NOOP(_CONTEXT, "On Debian or Ubuntu, install them with:")
XVFB_HINT = QT_TRANSLATE_NOOP(
    _CONTEXT, "To run the Desk on a virtual display instead (Debian or Ubuntu):"
)
CLI_HINT = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "Without a window, everything the Desk does is available from the command line: tupay-cli "
    "(see tupay-cli --help).",
)

#: Debian/Ubuntu packages whose name does not follow from the library's soname
#: (``libfoo-bar.so.N`` is normally in package ``libfoo-barN``, ``libfoo2.so.N`` in ``libfoo2-N``).
_DEBIAN_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libc.so.6": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libz.so.1": "zlib1g",
    "libpng16.so.16": "libpng16-16",
}

#: X11's well-known socket directory (``:N`` is ``/tmp/.X11-unix/XN``, also in the abstract
#: namespace on Linux) and TCP base port (``host:N`` is port 6000 + N).
_X11_SOCKET_DIR = "/tmp/.X11-unix"  # noqa: S108 - the X server's fixed, system-wide socket directory
_X11_TCP_BASE = 6000
_CONNECT_TIMEOUT_S = 2.0

_RTLD_LAZY = getattr(os, "RTLD_LAZY", 1)
_RTLD_LOCAL = getattr(os, "RTLD_LOCAL", 0)


class MissingLibrary:
    """A library the xcb plugin needs that the dynamic loader cannot load, and why."""

    __slots__ = ("error", "name")

    def __init__(self, name: str, error: str) -> None:
        self.name = name  # the soname, e.g. "libxcb-cursor.so.0"
        self.error = error  # the loader's words: "... cannot open shared object file: ..."

    def __repr__(self) -> str:
        return f"MissingLibrary({self.name!r}, {self.error!r})"


class QtStartProblem:
    """Why Qt cannot open a window, with what to do about it."""

    def __init__(
        self,
        *,
        no_display: str | None = None,
        display: str = "",
        missing: Sequence[MissingLibrary] = (),
        missing_plugin: str | None = None,
    ) -> None:
        #: Why there is no display (a REASON_* text, untranslated) and the DISPLAY or socket named.
        self.no_display = no_display
        self.display = display
        #: The libraries that cannot be loaded, and the Debian/Ubuntu packages that ship them.
        self.missing = tuple(missing)
        self.packages = tuple(dict.fromkeys(debian_package(m.name) for m in self.missing))
        #: The path of an xcb plugin that is not there.
        self.missing_plugin = missing_plugin

    def __repr__(self) -> str:
        return (f"QtStartProblem(no_display={self.no_display!r}, display={self.display!r}, "
                f"missing={[m.name for m in self.missing]!r}, missing_plugin={self.missing_plugin!r})")

    def explain(self, translate: Translator = identity, program: str = "tupay-desktop") -> str:
        """The message for stderr (translated with ``translate``), several lines."""

        def tr(text: str) -> str:
            return translate(_CONTEXT, text) or text

        lines: list[str] = []
        if self.no_display is not None:
            reason = _fill(tr(self.no_display), self.no_display, display=self.display, socket=self.display)
            lines.append(f"{program}: " + _fill(tr(NO_DISPLAY), NO_DISPLAY, reason=reason))
        if self.missing_plugin is not None:
            lines.append(f"{program}: " + _fill(tr(MISSING_PLUGIN), MISSING_PLUGIN, path=self.missing_plugin))
        if self.missing:
            names = ", ".join(m.name for m in self.missing)
            lines.append(f"{program}: " + _fill(tr(MISSING_LIBRARIES), MISSING_LIBRARIES, libraries=names))
            lines += [f"    {m.name}: {m.error}" for m in self.missing]
        if self.packages:
            lines += [tr(APT_HINT), "    sudo apt-get install " + " ".join(self.packages)]
        if self.no_display is not None:
            lines += [tr(XVFB_HINT), "    sudo apt-get install xvfb && xvfb-run tupay-desktop"]
        lines.append(tr(CLI_HINT))
        return "\n".join(lines)


def _fill(text: str, source: str, **values: str) -> str:
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder
        return source.format(**values)


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships ``soname`` (by the Debian library naming policy)."""
    known = _DEBIAN_PACKAGES.get(soname)
    if known is not None:
        return known
    match = re.fullmatch(r"(lib[\w+.-]*?)\.so\.(\d+)(?:\.\d+)*", soname)
    if match is None:
        return soname
    stem, major = match.group(1).lower(), match.group(2)
    return f"{stem}-{major}" if stem[-1].isdigit() else f"{stem}{major}"


# ---------------------------------------------------------------------------------------------
# ELF: DT_NEEDED and DT_RUNPATH of a shared library, read from its dynamic section
# ---------------------------------------------------------------------------------------------

_PT_LOAD, _PT_DYNAMIC = 1, 2
_DT_NULL, _DT_NEEDED, _DT_STRTAB, _DT_RPATH, _DT_RUNPATH = 0, 1, 5, 15, 29


class ElfDependencies:
    __slots__ = ("needed", "runpath")

    def __init__(self, needed: tuple[str, ...], runpath: tuple[str, ...]) -> None:
        self.needed = needed
        self.runpath = runpath  # directories, with $ORIGIN already replaced


def elf_dependencies(path: Path) -> ElfDependencies:
    """The libraries ``path`` (an ELF shared object) needs and where it looks for them first.

    Raises ``ValueError`` when ``path`` is not an ELF file (``OSError`` when it cannot be read).
    """
    import struct

    with open(path, "rb") as file:
        ident = file.read(16)
        if len(ident) < 16 or ident[:4] != b"\x7fELF" or ident[4] not in (1, 2) or ident[5] not in (1, 2):
            raise ValueError(f"{path} is not an ELF file")
        is64, order = ident[4] == 2, "<" if ident[5] == 1 else ">"
        header = file.read(48 if is64 else 36)
        if is64:
            phoff, phentsize, phnum = (struct.unpack_from(order + "Q", header, 16)[0],
                                       *struct.unpack_from(order + "HH", header, 38))
        else:
            phoff, phentsize, phnum = (struct.unpack_from(order + "I", header, 12)[0],
                                       *struct.unpack_from(order + "HH", header, 26))
        loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
        dynamic: tuple[int, int] | None = None  # (offset, filesz)
        for index in range(phnum):
            file.seek(phoff + index * phentsize)
            entry = file.read(phentsize)
            if is64:
                p_type, _, p_offset, p_vaddr, _, p_filesz = struct.unpack_from(order + "IIQQQQ", entry)
            else:
                p_type, p_offset, p_vaddr, _, p_filesz = struct.unpack_from(order + "IIIII", entry)
            if p_type == _PT_LOAD:
                loads.append((p_vaddr, p_offset, p_filesz))
            elif p_type == _PT_DYNAMIC:
                dynamic = (p_offset, p_filesz)
        if dynamic is None:
            return ElfDependencies((), ())
        file.seek(dynamic[0])
        raw = file.read(dynamic[1])
        size = 16 if is64 else 8
        pair = order + ("qQ" if is64 else "iI")
        entries: list[tuple[int, int]] = []
        for offset in range(0, len(raw) - size + 1, size):
            tag, value = struct.unpack_from(pair, raw, offset)
            if tag == _DT_NULL:
                break
            entries.append((tag, value))
        strtab_vaddr = next((value for tag, value in entries if tag == _DT_STRTAB), None)
        if strtab_vaddr is None:
            return ElfDependencies((), ())
        strtab = next((offset + strtab_vaddr - vaddr for vaddr, offset, filesz in loads
                       if vaddr <= strtab_vaddr < vaddr + filesz), strtab_vaddr)

        def string(at: int) -> str:
            file.seek(strtab + at)
            data = b""
            while b"\0" not in data:
                chunk = file.read(256)
                if not chunk:
                    break
                data += chunk
            return data.split(b"\0", 1)[0].decode("utf-8", "replace")

        needed = tuple(string(value) for tag, value in entries if tag == _DT_NEEDED)
        runpaths = [string(value) for tag, value in entries if tag == _DT_RUNPATH]
        if not runpaths:  # DT_RPATH counts only without a DT_RUNPATH
            runpaths = [string(value) for tag, value in entries if tag == _DT_RPATH]
    origin = str(path.resolve().parent)
    dirs = tuple(
        part.replace("$ORIGIN", origin).replace("${ORIGIN}", origin)
        for text in runpaths for part in text.split(":") if part
    )
    return ElfDependencies(needed, dirs)


# ---------------------------------------------------------------------------------------------
# The dynamic loader, as Qt's plugin loader calls it
# ---------------------------------------------------------------------------------------------


def try_load(name_or_path: str) -> str | None:
    """``dlopen`` it (lazy binding, local symbols: as QLibrary does); ``None`` or the loader's error.

    A library that loads stays loaded (Qt loads it anyway a moment later).
    """
    import ctypes

    libc = ctypes.CDLL(None)
    dlopen, dlerror = libc.dlopen, libc.dlerror
    dlopen.argtypes, dlopen.restype = [ctypes.c_char_p, ctypes.c_int], ctypes.c_void_p
    dlerror.argtypes, dlerror.restype = [], ctypes.c_char_p
    dlerror()
    if dlopen(os.fsencode(name_or_path), _RTLD_LAZY | _RTLD_LOCAL):
        return None
    message = dlerror()
    return message.decode("utf-8", "replace") if message else "cannot be loaded"


def plugin_loads(plugin: Path) -> bool:
    """Whether Qt's plugin loader will be able to load ``plugin`` (``QLibrary``: Qt's own dlopen)."""
    from PySide6.QtCore import QLibrary

    return bool(QLibrary(str(plugin)).load())


def missing_libraries(plugin: Path) -> list[MissingLibrary]:
    """Every library in the dependency closure of ``plugin`` that the loader cannot load.

    Libraries found in a ``RUNPATH`` directory (Qt's own) are followed into; any other library is
    loaded by its soname, as the loader would find it (``LD_LIBRARY_PATH``, the cache, /usr/lib...).
    """
    missing: dict[str, MissingLibrary] = {}
    seen: set[str] = set()
    queue = [plugin]
    while queue:
        current = queue.pop()
        try:
            deps = elf_dependencies(current)
        except (OSError, ValueError):
            continue
        for name in deps.needed:
            if name in seen:
                continue
            seen.add(name)
            inside = next((Path(d) / name for d in deps.runpath if (Path(d) / name).exists()), None)
            if inside is not None:
                queue.append(inside)
                continue
            error = try_load(name)
            if error is not None:
                # "libfoo.so.1: cannot open shared object file: ..." names the library the loader
                # could not load, which may be a dependency of ``name``: report that one.
                culprit = os.path.basename(error.split(":", 1)[0].strip())
                culprit = culprit if ".so" in culprit else name
                missing.setdefault(culprit, MissingLibrary(culprit, error))
    return list(missing.values())


# ---------------------------------------------------------------------------------------------
# Displays
# ---------------------------------------------------------------------------------------------


def x11_display_answers(display: str) -> bool:
    """Whether an X server accepts connections at ``display`` (``:0``, ``:1.0``, ``host:10.0``,
    ``unix:0``, ``/path/to/socket:0``). Only connects; speaks no X protocol."""
    match = re.fullmatch(r"(?P<host>.*):(?P<number>\d+)(?:\.\d+)?", display.strip())
    if match is None:
        return False
    host, number = match.group("host"), int(match.group("number"))
    candidates: list[tuple[int, tuple[Any, ...] | str]] = []
    if host.startswith("/"):  # a socket path (XQuartz's launchd sockets look like this)
        candidates.append((_socket.AF_UNIX, host))
    elif host in ("", "unix"):
        path = f"{_X11_SOCKET_DIR}/X{number}"
        candidates.append((_socket.AF_UNIX, path))
        if sys.platform.startswith("linux"):
            candidates.append((_socket.AF_UNIX, "\0" + path))  # the abstract-namespace twin
    else:
        host = host.removeprefix("tcp/").strip("[]")
        try:
            infos = _socket.getaddrinfo(host, _X11_TCP_BASE + number, 0, _socket.SOCK_STREAM)
        except OSError:
            infos = []
        candidates += [(family, address) for family, _type, _proto, _name, address in infos]
    return any(_connects(family, address) for family, address in candidates)


def _connects(family: int, address: tuple[Any, ...] | str) -> bool:
    sock = _socket.socket(family, _socket.SOCK_STREAM)
    try:
        sock.settimeout(_CONNECT_TIMEOUT_S)
        sock.connect(address)
    except OSError:
        return False
    else:
        return True
    finally:
        sock.close()


def wayland_socket(environ: Mapping[str, str]) -> Path | None:
    """The Wayland socket ``WAYLAND_DISPLAY`` names, if set."""
    name = environ.get("WAYLAND_DISPLAY", "")
    if not name:
        return None
    path = Path(name)
    if not path.is_absolute():
        runtime = environ.get("XDG_RUNTIME_DIR", "")
        if not runtime:
            return None
        path = Path(runtime) / name
    return path


def _wayland_answers(path: Path) -> bool:
    return _connects(_socket.AF_UNIX, str(path))


def requested_platforms(environ: Mapping[str, str], argv: Sequence[str]) -> list[str] | None:
    """The platform plugins Qt will try, in order, when the user chose them (``-platform`` or
    ``QT_QPA_PLATFORM``, e.g. ``wayland;xcb``), else ``None``."""
    chosen = ""
    args = list(argv)
    for index, arg in enumerate(args):
        if arg in ("-platform", "--platform") and index + 1 < len(args):
            chosen = args[index + 1]
        elif arg.startswith(("-platform=", "--platform=")):
            chosen = arg.split("=", 1)[1]
    chosen = chosen or environ.get("QT_QPA_PLATFORM", "")
    names = [part.split(":", 1)[0].strip() for part in chosen.split(";")]
    names = [name for name in names if name]
    return names or None


def xcb_plugin_path(environ: Mapping[str, str]) -> Path:
    """Where Qt will look for ``libqxcb.so``."""
    override = environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "")
    if override:
        return Path(override) / "libqxcb.so"
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def qt_start_problem(
    environ: Mapping[str, str] | None = None,
    argv: Sequence[str] = (),
    *,
    platform: str | None = None,
    plugin: Path | None = None,
) -> QtStartProblem | None:
    """``None`` when Qt can open a window here, else what stands in the way (see the module)."""
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None
    requested = requested_platforms(environ, argv)
    if requested is not None and not any(name == "xcb" or name.startswith("wayland") for name in requested):
        return None  # offscreen, minimal, vnc, eglfs, linuxfb...: no display needed
    wants_wayland = requested is None or any(name.startswith("wayland") for name in requested)
    wants_xcb = requested is None or "xcb" in requested
    way = wayland_socket(environ) if wants_wayland else None
    if way is not None and _wayland_answers(way):
        return None  # a Wayland session: Qt uses it (or XWayland through xcb)
    display = environ.get("DISPLAY", "") if wants_xcb else ""
    no_display: str | None = None
    named = display
    if not display:
        if way is not None:
            no_display, named = REASON_WAYLAND_SILENT, str(way)
        else:
            no_display = REASON_NO_DISPLAY_SET
    elif not x11_display_answers(display):
        no_display = REASON_DISPLAY_SILENT
    if not wants_xcb:
        return QtStartProblem(no_display=no_display, display=named) if no_display else None
    plugin = plugin if plugin is not None else xcb_plugin_path(environ)
    if not plugin.exists():
        return QtStartProblem(no_display=no_display, display=named, missing_plugin=str(plugin))
    if plugin_loads(plugin):
        return QtStartProblem(no_display=no_display, display=named) if no_display else None
    missing = missing_libraries(plugin)
    if not missing and no_display is None:
        return None  # the plugin would not load for another reason: let Qt say which
    return QtStartProblem(no_display=no_display, display=named, missing=missing)
