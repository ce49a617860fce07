#!/usr/bin/env python3
"""Render the application icon from its SVG source into the files each platform needs.

From ``resources/icons/tupay-desktop.svg`` (rendered with Qt's ``QSvgRenderer``, offscreen):

* ``resources/icons/png/tupay-desktop-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512
  (Linux hicolor theme sizes; the window icon);
* ``resources/icons/tupay-desktop.ico`` — Windows: an ICO container of PNG-compressed images
  16…256 (PNG entries are valid in ICO since Windows Vista);
* ``resources/icons/tupay-desktop.icns`` — macOS: an ICNS container of PNG chunks
  (ic11/ic12/ic07/ic13/ic08/ic14/ic09/ic10 = 32, 64, 128, 256, 256, 512, 512, 1024 px).

Both containers are written by hand with ``struct``, so no Pillow or iconutil is needed.
Run after editing the SVG, and commit the results: ``uv run python tools/make_icons.py``.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "tupay-desktop.svg"
PNG_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
#: ICNS chunk type -> pixel size (the @2x types are the same pixels at double density).
ICNS_CHUNKS: tuple[tuple[bytes, int], ...] = (
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rendered to a ``size``×``size`` RGBA PNG, as bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A QApplication, not a QGuiApplication: in a test process the same instance is reused by
        # pytest-qt, and a widget created under a mere QGuiApplication aborts the interpreter.
        _app = QApplication([sys.argv[0]])  # kept alive by Qt's instance() afterwards
        globals()["_qt_app"] = _app
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; str works
        raise RuntimeError("Qt could not encode PNG")
    buffer.close()
    return bytes(data.data())


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def build_ico(pngs: Iterable[bytes]) -> bytes:
    """An ICO file holding the given PNG images (each at most 256 px square)."""
    images = list(pngs)
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries = b""
    for png in images:
        width, height = png_size(png)
        if width > 256 or height > 256:
            raise ValueError("ICO images are at most 256 px")
        # width, height (0 means 256), colours, reserved, planes, bits per pixel, size, offset
        entries += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(images)


def build_icns(chunks: Iterable[tuple[bytes, bytes]]) -> bytes:
    """An ICNS file of (4-byte type, PNG) chunks."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_ico(data: bytes) -> list[tuple[int, bytes]]:
    """(declared size, PNG) of every image in an ICO written by :func:`build_ico`."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    if reserved != 0 or kind != 1:
        raise ValueError("not an ICO")
    result = []
    for i in range(count):
        entry = data[6 + 16 * i : 22 + 16 * i]
        width, _h, _c, _r, _p, _bpp, length, offset = struct.unpack("<BBBBHHII", entry)
        result.append((width or 256, data[offset : offset + length]))
    return result


def read_icns(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, payload) of every chunk of an ICNS file."""
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise ValueError("not an ICNS")
    chunks = []
    pos = 8
    while pos < len(data):
        kind = data[pos : pos + 4]
        (length,) = struct.unpack(">I", data[pos + 4 : pos + 8])
        chunks.append((kind, data[pos + 8 : pos + length]))
        pos += length
    return chunks


def main() -> int:
    rendered: dict[int, bytes] = {}
    for size in sorted({*PNG_SIZES, *ICO_SIZES, *(s for _k, s in ICNS_CHUNKS)}):
        rendered[size] = render_png(SVG, size)
    png_dir = ICONS / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        (png_dir / f"tupay-desktop-{size}.png").write_bytes(rendered[size])
    (ICONS / "tupay-desktop.ico").write_bytes(build_ico(rendered[s] for s in ICO_SIZES))
    (ICONS / "tupay-desktop.icns").write_bytes(build_icns((k, rendered[s]) for k, s in ICNS_CHUNKS))
    for path in sorted(ICONS.rglob("*")):
        if path.is_file():
            print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
