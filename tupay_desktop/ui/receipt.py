"""A cashout receipt as PDF: :class:`~tupay_desktop.receipt.Receipt` laid out with QtGui's
``QTextDocument`` on a ``QPdfWriter`` (A4, 300 dpi), no other dependency.

A receipt with a mark (Sandbox: SIMULATED, Staging: TEST) says so twice: a banner above the
details, and a large translucent word drawn diagonally across the page.

:func:`save_receipt` is what the Desk calls (the cashout view's "Receipt…" button, History): it
asks where to save, starting in the user's Documents folder. :func:`write_receipt_headless` is what
``tupay-cli receipt`` calls: it makes a ``QGuiApplication`` on the offscreen platform when there is
none, installs the receipt's language for the duration and writes the file.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tupay_desktop.receipt import Receipt, build_receipt, file_name
from tupay_desktop.store.journal import JournalEntry
from tupay_desktop.store.paths import open_private
from tupay_desktop.store.settings import EnvironmentConfig, SettingsStore
from tupay_desktop.ui.badges import ui_language
from tupay_desktop.ui.files import default_save_path
from tupay_desktop.ui.i18n import arg, install_translations

#: The PDF's resolution (dots per inch).
RESOLUTION = 300
_MARK_COLOUR = QColor(198, 40, 40)
#: The application :func:`write_receipt_headless` made, kept for the life of the process.
_headless_app: list[QGuiApplication] = []


def _html(receipt: Receipt) -> str:
    rows = "".join(
        f'<tr><td style="color:#555555; padding: 4px 18px 4px 0;">{html.escape(label)}</td>'
        f'<td style="padding: 4px 0;"><b>{html.escape(value)}</b></td></tr>'
        for label, value in receipt.rows
    )
    banner = ""
    if receipt.mark_note:
        banner = (
            f'<table width="100%" cellspacing="0" cellpadding="10" bgcolor="{_MARK_COLOUR.name()}">'
            f'<tr><td style="color:#ffffff; font-weight:bold;">{html.escape(receipt.mark_note)}</td></tr>'
            "</table><p></p>"
        )
    return (
        f"<h1>{html.escape(receipt.title)}</h1>{banner}"
        f'<table cellspacing="0" cellpadding="0">{rows}</table>'
        f'<p style="color:#555555; margin-top: 24px;">{html.escape(receipt.disclaimer)}</p>'
        f'<p style="color:#777777;">{html.escape(receipt.footer)}</p>'
    )


def _font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(11)
    # No ligatures: "fi" stays two letters, so the PDF's text can be searched and copied as typed.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def render_receipt_pdf(receipt: Receipt) -> bytes:
    """The receipt as the bytes of a one-page A4 PDF. Needs a ``QGuiApplication``."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(receipt.title)
    writer.setCreator(receipt.creator)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    painter = QPainter(writer)
    try:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)  # lay out at the PDF's resolution
        document.setDefaultFont(_font())
        document.setDocumentMargin(0)
        document.setHtml(_html(receipt))
        document.setTextWidth(area.width())
        if receipt.mark:  # under the text, across the receipt's details
            height = min(float(area.height()), max(document.size().height(), area.width() * 0.8))
            _draw_mark(painter, receipt.mark, area.width(), height)
        document.drawContents(painter)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def _draw_mark(painter: QPainter, mark: str, width: float, height: float) -> None:
    """The mark, large, translucent and diagonal across the page, under the text."""
    painter.save()
    painter.translate(width / 2, height / 2)
    painter.rotate(-35)
    font = _font()
    font.setBold(True)
    font.setPixelSize(max(1, int(width / max(4, len(mark) * 0.75))))
    painter.setFont(font)
    colour = QColor(_MARK_COLOUR)
    colour.setAlpha(45)
    painter.setPen(colour)
    painter.drawText(QRectF(-width, -height / 4, 2 * width, height / 2), Qt.AlignmentFlag.AlignCenter, mark)
    painter.restore()


def write_receipt_pdf(receipt: Receipt, path: Path) -> None:
    """Write the receipt's PDF to ``path`` (readable by this user only, an existing file narrowed too: it
    names the beneficiary). Raises ``OSError`` when it cannot be written."""
    data = render_receipt_pdf(receipt)
    with open_private(path) as handle:
        handle.write(data)


def receipt_for(entry: JournalEntry, environment: EnvironmentConfig | None = None) -> Receipt:
    """The receipt of ``entry`` in the GUI's language (its environment from the settings unless given)."""
    if environment is None or environment.key != entry.env_key:
        try:
            environment = SettingsStore().get(entry.env_key)
        except (KeyError, OSError):  # removed since: the receipt names it by its key
            environment = None
    return build_receipt(
        entry, environment=environment, lang=ui_language(), translate=QCoreApplication.translate
    )


def save_receipt(
    parent: QWidget | None, entry: JournalEntry, environment: EnvironmentConfig | None = None
) -> Path | None:
    """Ask where to save the receipt of ``entry`` (starting in Documents) and write it there.

    Returns the path written, or ``None`` when the operator cancelled or writing failed (then a
    message says why). ``environment``, when given, names the entry's environment.
    """
    title = QCoreApplication.translate("Receipt", "Save the receipt")
    chosen, _selected = QFileDialog.getSaveFileName(
        parent, title, default_save_path(file_name(entry)),
        QCoreApplication.translate("Receipt", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".pdf")
    try:
        write_receipt_pdf(receipt_for(entry, environment), path)
    except OSError as exc:
        QMessageBox.warning(
            parent, title,
            arg(QCoreApplication.translate("Receipt", "The receipt could not be saved to %1: %2"),
                str(path), exc.strerror or str(exc)),
        )
        return None
    return path


def write_receipt_headless(
    entry: JournalEntry, path: Path, language: str, environment: EnvironmentConfig | None = None
) -> None:
    """Write the receipt of ``entry`` in ``language`` (``en``, ``es``, ``pt_BR``) to ``path``,
    without a window: on the offscreen platform unless ``QT_QPA_PLATFORM`` says otherwise."""
    app = QCoreApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["tupay-cli"])
        _headless_app.append(app)
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("a receipt needs a QGuiApplication (fonts); this process has a QCoreApplication")
    previous = QLocale()
    translators = install_translations(app, language)
    try:
        receipt = build_receipt(
            entry, environment=environment, lang=language, translate=QCoreApplication.translate
        )
        write_receipt_pdf(receipt, path)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)
