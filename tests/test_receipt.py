"""Receipts: what a cashout's receipt says (masked numbers, the bank by name, status in words, the
SIMULATED mark of the Sandbox), and ``tupay-cli receipt`` writing it as a PDF whose text —
extracted with poppler's ``pdftotext`` — says it, in English, Spanish and Portuguese."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import tupay_desktop
from tupay_desktop.api.models import Created
from tupay_desktop.receipt import build_receipt, file_name, mask_account, mask_document
from tupay_desktop.service import CashoutService
from tupay_desktop.store.journal import Journal, JournalEntry
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind

from .crash_worker import SANDBOX_ENV, make_request

CCI = "00219300153895206813"
DOCUMENT = "71594743"
ROOT = Path(__file__).resolve().parent.parent


def pdf_text(path: Path) -> str:
    """The text of a PDF, as poppler extracts it (Debian: poppler-utils)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("CI=true but pdftotext (poppler-utils) is not installed", pytrace=False)
        pytest.skip("pdftotext (poppler-utils) is not installed")
    assert path.read_bytes().startswith(b"%PDF-")
    done = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          timeout=60, check=True)
    return done.stdout


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from tupay_desktop import cli

    capsys.readouterr()
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def journalled(sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A completed sandbox cashout and a rejected one, in the Desk's default journal (the CLI's)."""
    service = CashoutService(SANDBOX_ENV, sandbox.url, sandbox.credentials)
    try:
        completed = service.submit(make_request("rcpt-ok", amount="1250.5"))
        rejected = service.submit(make_request("rcpt-rej", amount="320.50"))
        assert isinstance(completed, Created) and isinstance(rejected, Created)
        sandbox.force_status(completed.cashout_id, 1)
        sandbox.force_status(rejected.cashout_id, 3, rejection_code=813)
        service.lookup(external_id="rcpt-ok")
        service.lookup(external_id="rcpt-rej")
        yield completed, rejected
    finally:
        service.close()


def _entry(external_id: str) -> JournalEntry:
    with Journal() as journal:
        entry = journal.get("sandbox", external_id)
    assert entry is not None
    return entry


# -- content -----------------------------------------------------------------------------------


def test_numbers_are_masked() -> None:
    assert mask_account(CCI) == "•••• •••• •••• •••• 6813"
    assert mask_document(DOCUMENT) == "•••••743"
    assert mask_document("1234") == "••••"  # too short to show any of it


def test_receipt_content_of_a_completed_sandbox_cashout(journalled: Any) -> None:
    completed, _ = journalled
    entry = _entry("rcpt-ok")
    receipt = build_receipt(entry, version="9.8.7")
    rows = dict(receipt.rows)
    assert rows["Beneficiary"] == "José Peña"
    assert rows["Document"] == "DNI •••••743"
    assert rows["Bank"] == "Banco de Crédito del Perú"
    assert rows["Account (CCI)"] == "•••• •••• •••• •••• 6813"
    assert rows["Account type"] == "Savings (S)"
    assert rows["Amount"] == "1250.50 PEN"  # two decimals, as sent
    assert rows["Status"].startswith("Completed (as of ")
    assert rows["TuPay cashout_id"] == str(completed.cashout_id)
    assert rows["Bank reference"] == entry.bank_reference_id and entry.bank_reference_id  # from the lookup
    assert rows["external_id"] == "rcpt-ok"
    assert rows["Environment"] == "Sandbox"
    assert receipt.mark == "SIMULATED" and "No money was moved" in receipt.mark_note
    assert "9.8.7" in receipt.footer
    assert CCI not in receipt.text() and DOCUMENT not in receipt.text()
    assert file_name(entry) == "receipt-rcpt-ok.pdf"


def test_only_the_sandbox_and_staging_are_marked(journalled: Any) -> None:
    entry = _entry("rcpt-ok")
    production = EnvironmentConfig("production", EnvironmentKind.PRODUCTION, "Production", "https://x.example")
    assert build_receipt(replace(entry, env_key="production"), environment=production).mark == ""
    assert build_receipt(replace(entry, env_key="staging")).mark == "TEST"
    custom = EnvironmentConfig("custom-box", EnvironmentKind.CUSTOM, "My Box", "https://box.example")
    receipt = build_receipt(replace(entry, env_key="custom-box"), environment=custom)
    assert receipt.mark == "" and dict(receipt.rows)["Environment"] == "My Box"


def test_a_rejection_and_a_create_that_never_happened_in_words(journalled: Any) -> None:
    rows = dict(build_receipt(_entry("rcpt-rej")).rows)
    assert rows["Status"].startswith("Rejected (as of ")
    assert "(813)" in rows["Rejection"]
    never = replace(_entry("rcpt-rej"), state="not_created", cashout_id=None, last_status=None)
    rows = dict(build_receipt(never).rows)
    assert rows["Status"].startswith("Not created") and rows["TuPay cashout_id"].startswith("none")
    rows = dict(build_receipt(_entry("rcpt-ok"), lang="es").rows)
    assert rows["Status"].startswith("Completado")  # the error catalogue's own Spanish


# -- tupay-cli receipt -------------------------------------------------------------------------


def test_cli_receipt_in_english(journalled: Any, qapp: Any, capsys: pytest.CaptureFixture[str],
                                tmp_path: Path) -> None:
    completed, _ = journalled
    out = tmp_path / "receipt.pdf"
    code, stdout, err = run_cli(capsys, "receipt", "--external-id", "rcpt-ok", "--out", str(out),
                                "--lang", "en")
    assert (code, err) == (0, "") and str(out) in stdout
    assert out.stat().st_mode & 0o077 == 0  # it names the beneficiary: this user's only
    text = pdf_text(out)
    for expected in ("Cashout receipt", "SIMULATED", "José Peña", "Banco de Crédito del Perú", "6813",
                     "•••••743", "1250.50 PEN", "Completed", str(completed.cashout_id), "rcpt-ok", "Sandbox",
                     f"TuPay Cashout Desk {tupay_desktop.__version__}"):
        assert expected in text, expected
    assert CCI not in text.replace(" ", "") and DOCUMENT not in text


def test_cli_receipt_in_spanish_and_portuguese_by_cashout_id(
    journalled: Any, qapp: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, rejected = journalled
    out = tmp_path / "recibo.pdf"
    code, _, _ = run_cli(capsys, "receipt", "--cashout-id", str(rejected.cashout_id), "--out", str(out),
                         "--lang", "es", "--env", "sandbox")
    assert code == 0
    text = pdf_text(out)
    for expected in ("Comprobante de retiro", "SIMULADO", "Beneficiario", "Rechazado", "320.50 PEN",
                     "Entorno", "rcpt-rej"):
        assert expected in text, expected
    assert "Cashout receipt" not in text and "SIMULATED" not in text
    assert CCI not in text.replace(" ", "") and DOCUMENT not in text

    code, _, _ = run_cli(capsys, "receipt", "--external-id", "rcpt-rej", "--out", str(out), "--lang", "pt_BR")
    assert code == 0
    text = pdf_text(out)
    assert "Comprovante de saque" in text and "SIMULADO" in text and "Rejeitado" in text


def test_cli_receipt_of_an_unknown_cashout_is_a_usage_error(
    journalled: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "none.pdf"
    code, _, err = run_cli(capsys, "receipt", "--external-id", "nobody", "--out", str(out))
    assert code == 2 and "no cashout with external_id nobody" in err and not out.exists()
    code, _, err = run_cli(capsys, "receipt", "--external-id", "rcpt-ok", "--out", str(out),
                           "--env", "staging")
    assert code == 2 and "of staging" in err
    code, _, _ = run_cli(capsys, "receipt", "--out", str(out))  # which cashout?
    assert code == 2


def test_cli_receipt_runs_headless_in_its_own_process(journalled: Any, tmp_path: Path) -> None:
    """No display and no QT_QPA_PLATFORM: the command picks the offscreen platform itself."""
    out = tmp_path / "headless.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-m", "tupay_desktop.cli", "receipt", "--external-id", "rcpt-ok", "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "rcpt-ok" in pdf_text(out)
