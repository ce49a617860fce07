"""Receipts from the Desk: the cashout view's "Receipt…" button after a send, and History's, each
asking where to save (starting in Documents) and writing a PDF that says what was paid — in the
GUI's language, never with a full document or account number."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from tests.test_receipt import pdf_text
from tests.ui.support import make_request
from tupay_desktop.api.models import Created
from tupay_desktop.service import CashoutService
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind
from tupay_desktop.ui.files import documents_dir
from tupay_desktop.ui.history import HistoryView
from tupay_desktop.ui.workers import TaskRunner

from .conftest import VALID_FORM, Desk, fill_form


@pytest.fixture
def save_as(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The save dialog answers ``tmp_path/receipt.pdf``; the list gets the path it was opened at."""
    offered: list[str] = []

    def dialog(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(tmp_path / "receipt"), "PDF"  # no suffix typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return offered


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    from tupay_desktop.ui.i18n import install_translations

    previous = QLocale()
    translators = install_translations(qapp, "es")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_receipt_from_the_cashout_view_after_a_send(
    qtbot: QtBot, make_desk: Callable[..., Desk], save_as: list[str], tmp_path: Path
) -> None:
    window = make_desk().window
    view = window.cashout_view
    assert not view.receipt_button.isEnabled()  # nothing shown yet
    fill_form(window)
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    qtbot.waitUntil(lambda: view.status is not None and view.receipt_button.isEnabled(), timeout=10_000)
    view.receipt_button.click()
    assert save_as == [str(documents_dir() / f"receipt-{view.external_id}.pdf")]
    text = pdf_text(tmp_path / "receipt.pdf")
    for expected in ("Cashout receipt", "SIMULATED", "Alex Gonzales", "Interbank", "2337", "150.00 PEN",
                     str(view.cashout_id), str(view.external_id), "Sandbox"):
        assert expected in text, expected
    assert VALID_FORM["bank_account"] not in text.replace(" ", "")
    assert VALID_FORM["document_id"] not in text


def test_receipt_from_history_in_spanish(
    qtbot: QtBot, sandbox: Any, save_as: list[str], tmp_path: Path, spanish: None
) -> None:
    env = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")
    journal = Journal(tmp_path / "desk.sqlite3")
    with CashoutService(env, sandbox.url, sandbox.credentials, journal) as service:
        created = service.submit(make_request("hist-receipt"))
        assert isinstance(created, Created)
        runner = TaskRunner()
        view = HistoryView(journal, runner)
        qtbot.addWidget(view)
        view.set_service(service)
        qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
        assert not view.receipt_button.isEnabled()
        view.table.selectRow(0)
        assert view.receipt_button.isEnabled()
        spanish_text = QCoreApplication.translate("HistoryView", "Receipt…")
        assert view.receipt_button.text() == spanish_text != "Receipt…"
        view.receipt_button.click()
        runner.wait_for_done(5000)
    journal.close()
    assert save_as and save_as[0].endswith("receipt-hist-receipt.pdf")
    text = pdf_text(tmp_path / "receipt.pdf")
    for expected in ("Comprobante de retiro", "SIMULADO", "José Peña", "Pendiente", "150.25 PEN",
                     str(created.cashout_id), "hist-receipt"):
        assert expected in text, expected
    assert "Cashout receipt" not in text


def test_a_cashout_not_sent_from_here_has_no_receipt(
    qtbot: QtBot, sandbox: Any, save_as: list[str], tmp_path: Path
) -> None:
    env = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")
    elsewhere = Journal(tmp_path / "elsewhere.sqlite3")
    here = Journal(tmp_path / "here.sqlite3")
    with CashoutService(env, sandbox.url, sandbox.credentials, elsewhere) as other:
        created = other.submit(make_request())
    assert isinstance(created, Created)
    from tupay_desktop.ui.cashout_view import CashoutView

    runner = TaskRunner()
    view = CashoutView(runner)
    qtbot.addWidget(view)
    with CashoutService(env, sandbox.url, sandbox.credentials, here) as service:
        view.set_service(service)
        view.show_cashout(created.cashout_id, None)
        qtbot.waitUntil(lambda: view.status is not None, timeout=5000)
        assert view.export_receipt() is None
        assert save_as == [] and "not sent from this computer" in view.error_label.text()
        view.set_service(None)
        runner.wait_for_done(5000)
    here.close()
    elsewhere.close()
