"""The dialog shown when the journal cannot be opened (damaged, from a newer Desk, empty or missing
though it had cashouts): it says what is wrong in plain words, names the file, and offers to keep
it aside (renamed, not a byte changed) and start a fresh journal, or to quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tupay_desktop.store.journal import JournalOpenError
from tupay_desktop.ui.i18n import arg


class JournalProblemDialog(QMessageBox):
    """What is wrong with the journal, and the way on. :attr:`keep_aside_chosen` after it closes."""

    def __init__(
        self,
        error: JournalOpenError,
        aside: Path | None,
        failure: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalProblemDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The journal cannot be opened"))
        self.error = error
        kind = error.kind
        if kind == JournalOpenError.TOO_NEW:
            headline = self.tr("The journal was written by a newer version of TuPay Cashout Desk.")
            explanation = self.tr("This version cannot read it safely. Install the newer version to "
                                  "use it. The Desk has not changed the file.")
        elif kind == JournalOpenError.LOST:
            headline = self.tr("The journal is empty or missing, but this profile's journal had cashouts.")
            explanation = self.tr("It was not replaced by an empty one: its cashouts may be in a backup "
                                  "or a copy of this folder.")
        elif kind == JournalOpenError.READ_ONLY:
            headline = self.tr("The journal cannot be written, and cannot be read as it is.")
            explanation = self.tr("Its folder or disk is read-only. Make it writable, then start the "
                                  "Desk again.")
        else:
            headline = self.tr("The journal is damaged, or it is not a journal file.")
            explanation = self.tr("The Desk cannot read it and has not changed it.")
        lines = [arg(self.tr("File: %1"), str(error.path)), "", explanation, "",
                 self.tr("Nothing has been sent.")]
        self.keep_aside_button = None
        if error.can_keep_aside and aside is not None:
            lines += ["", arg(
                self.tr("Keep it aside (renamed to %1, unchanged) and start a fresh, empty journal? "
                        "Cashouts in it whose outcome was unknown will then not be looked up by this "
                        "Desk. Or quit, and restore or update first."),
                aside.name,
            )]
            self.keep_aside_button = self.addButton(
                self.tr("Keep it aside and start a fresh journal"), QMessageBox.ButtonRole.AcceptRole
            )
        if failure:
            lines += ["", arg(self.tr("It could not be kept aside: %1"), failure)]
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.quit_button)
        self.setEscapeButton(self.quit_button)
        self.setText(headline)
        self.setInformativeText("\n".join(lines))
        self.setDetailedText(str(error))

    @property
    def keep_aside_chosen(self) -> bool:
        return self.keep_aside_button is not None and self.clickedButton() is self.keep_aside_button


def ask_about_journal(error: JournalOpenError, aside: Path | None, failure: str | None) -> bool:
    """Show the dialog (modal, before the main window exists); ``True`` = keep it aside."""
    dialog = JournalProblemDialog(error, aside, failure)
    dialog.exec()
    return dialog.keep_aside_chosen


def kept_aside_message(aside: Path | None, original: Path) -> str:
    """What the window says after a fresh journal was started."""
    if aside is None:
        return arg(QCoreApplication.translate(
            "JournalProblemDialog", "A fresh journal was started at %1."), str(original))
    return arg(QCoreApplication.translate(
        "JournalProblemDialog",
        "The unusable journal was kept aside, unchanged, as %1; a fresh journal was started."),
        str(aside))
