"""``tupay-cli account balance|cashouts`` against the loopback sandbox: each row says how this journal
has it; exit codes 0/1/2/3; JSON and CSV; no secret in any output."""

from __future__ import annotations

import csv
import json
import socket
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.sandbox.support import FakeClock
from tests.test_cli import BENEFICIARY, MemoryKeyring, _field
from tupay_desktop.cli import credentials as cli_credentials
from tupay_desktop.cli import main
from tupay_desktop.sandbox import Sandbox, SandboxConfig
from tupay_desktop.store.credentials import CredentialStore
from tupay_desktop.store.paths import config_dir, data_dir


@pytest.fixture(autouse=True)
def memory_store() -> Iterator[CredentialStore]:
    store = CredentialStore(backend=MemoryKeyring())
    cli_credentials.use_credential_store(store)
    yield store
    cli_credentials.use_credential_store(None)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A sandbox whose lifecycle stands still (its clock starts now and moves only when told)."""
    with Sandbox(config=SandboxConfig()) as sb:
        sb.ledger.clock = FakeClock(time.time())
        yield sb


@pytest.fixture
def secrets(sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    creds, merchants = sandbox.credentials, sandbox.merchants.credentials
    monkeypatch.setenv("TUPAY_API_KEY", creds.api_key)
    monkeypatch.setenv("TUPAY_API_PASSPHRASE", creds.passphrase)
    monkeypatch.setenv("TUPAY_API_SIGNATURE", creds.signature_secret)
    monkeypatch.setenv("TUPAY_MERCHANTS_ACCESS_KEY", merchants.access_key)
    monkeypatch.setenv("TUPAY_MERCHANTS_SECRET_KEY", merchants.secret_key)
    return (*creds.secrets(), *merchants.secrets())


def cli(capsys: pytest.CaptureFixture[str], secrets: tuple[str, ...], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    for secret in secrets:
        assert secret not in out and secret not in err
    return code, out, err


def test_each_account_cashout_says_how_this_journal_has_it(
    sandbox: Any, secrets: tuple[str, ...], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = ("--env", "sandbox", "--base-url", sandbox.url)
    code, out, _ = cli(capsys, secrets, *base, "create", *BENEFICIARY, "--external-id", "here-same")
    assert code == 0, out
    code, out, _ = cli(capsys, secrets, *base, "create", *BENEFICIARY, "--allow-duplicate",
                       "--external-id", "here-differs")
    sandbox.force_status(int(_field(out, "cashout_id")), 3, rejection_code=801)  # not looked up since
    panel = sandbox.merchants.panel_cashout({"external_id": "panel-1", "amount": "75.00"})

    code, out, _ = cli(capsys, secrets, *base, "account", "cashouts")
    assert code == 0, out
    lines = {line.split()[3]: line for line in out.splitlines() if line[:1].isdigit()}
    assert lines["here-same"].endswith("same status")
    assert "differs (here PENDING, TuPay REJECTED)" in lines["here-differs"]
    assert lines["panel-1"].endswith("not sent from here") and str(panel.cashout_id) in lines["panel-1"]
    assert "3 cashout(s) at TuPay: 1 same status, 1 differ, 1 not sent from here; 0 of this journal's" in out

    code, out, _ = cli(capsys, secrets, *base, "account", "cashouts", "--json")
    data = json.loads(out)
    assert data["counts"] == {"same": 1, "differs": 1, "not_sent_here": 1, "missing_at_tupay": 0}
    assert {r["external_id"]: r["amount"] for r in data["cashouts"]}["panel-1"] == "75.00"

    target = tmp_path / "account.csv"
    code, _, _ = cli(capsys, secrets, *base, "account", "cashouts", "--status", "rejected",
                     "--csv", str(target))
    assert code == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert [(r["external_id"], r["on_this_machine"], r["journal_status"]) for r in rows] == [
        ("here-differs", "differs", "PENDING")]


def test_journal_cashouts_the_account_does_not_list_are_missing_at_tupay(
    sandbox: Any, secrets: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(capsys, secrets, "--env", "sandbox", "--base-url", sandbox.url, "create", *BENEFICIARY,
                       "--external-id", "sent-elsewhere")
    assert code == 0, out
    with Sandbox(config=SandboxConfig(), credentials=sandbox.credentials) as other:  # a fresh account
        other.merchants.credentials = sandbox.merchants.credentials
        code, out, _ = cli(capsys, secrets, "--env", "sandbox", "--base-url", other.url,
                           "account", "cashouts")
    assert code == 0, out
    assert any("sent-elsewhere" in line and line.endswith("missing at TuPay") for line in out.splitlines())


def test_balance_follows_the_ledger(sandbox: Any, secrets: tuple[str, ...],
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, secrets, "--base-url", sandbox.url, "account", "balance", "--json")
    assert code == 0, out
    before = Decimal(json.loads(out)["balances"][0]["available"])
    assert cli(capsys, secrets, "--base-url", sandbox.url, "create", *BENEFICIARY)[0] == 0
    code, out, _ = cli(capsys, secrets, "--base-url", sandbox.url, "account", "balance")
    assert code == 0 and f"{before - Decimal('150.00'):,.2f} PEN" in out


def test_exit_codes(sandbox: Any, secrets: tuple[str, ...], capsys: pytest.CaptureFixture[str],
                    monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox.merchants.update_config({"whitelist": ["10.0.0.0/8"]})
    code, _, err = cli(capsys, secrets, "--base-url", sandbox.url, "account", "balance")
    assert code == 1 and "IP is not whitelisted for the Merchants API" in err
    code, out, _ = cli(capsys, secrets, "--base-url", sandbox.url, "account", "cashouts", "--json")
    assert code == 1 and json.loads(out)["code"] == 83

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _, _ = cli(capsys, secrets, "--base-url", f"http://127.0.0.1:{port}", "account", "balance")
    assert code == 3

    code, _, err = cli(capsys, secrets, "--base-url", "https://api-stg.tupayonline.com", "account", "balance")
    assert code == 2 and "--merchants-url" in err
    code, _, err = cli(capsys, secrets, "--base-url", sandbox.url, "account", "cashouts", "--status", "LOST")
    assert code == 2
    monkeypatch.delenv("TUPAY_MERCHANTS_SECRET_KEY")
    code, _, err = cli(capsys, secrets, "--env", "staging", "account", "balance")
    assert code == 2 and "credentials set --env staging --merchants-api" in err


def test_env_sandbox_serves_the_account_in_process(capsys: pytest.CaptureFixture[str],
                                                   memory_store: CredentialStore) -> None:
    assert main(["--env", "sandbox", "create", *BENEFICIARY, "--external-id", "inproc-acc"]) == 0
    capsys.readouterr()
    assert main(["account", "cashouts"]) == 0
    out = capsys.readouterr().out
    assert any("inproc-acc" in line and line.endswith("same status") for line in out.splitlines())
    merchants = memory_store.get_merchants("sandbox")
    assert merchants is not None and merchants.secret_key not in out  # generated and stored like the others
    assert main(["reconcile"]) == 0  # with the account attached: it logs in and out
    capsys.readouterr()
    # Neither the Merchants API user nor anything else of it reached a file.
    for root in (data_dir(), config_dir()):
        for path in root.rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                for secret in merchants.secrets():
                    assert secret.encode() not in content, path
