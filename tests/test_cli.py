"""tupay-cli in-process against the loopback sandbox (exit codes, outputs, no secrets), plus one
end-to-end run in subprocesses: a sandbox process and the CLI as ``python -m tupay_desktop.cli``."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import keyring.backend
import keyring.errors
import pytest

from tupay_desktop.api.models import Credentials
from tupay_desktop.cli import credentials as cli_credentials
from tupay_desktop.cli import main
from tupay_desktop.sandbox import Fault
from tupay_desktop.store.credentials import CredentialStore
from tupay_desktop.store.paths import data_dir

BENEFICIARY = [
    "--amount", "150.00", "--currency", "PEN", "--document-type", "DNI", "--document-id", "71594743",
    "--name", "José", "--lastname", "Peña", "--bank-account", "00219300153895206813", "--account-type", "S",
]


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self.entries.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError("not found")


@pytest.fixture(autouse=True)
def memory_store() -> Iterator[CredentialStore]:
    store = CredentialStore(backend=MemoryKeyring())
    cli_credentials.use_credential_store(store)
    yield store
    cli_credentials.use_credential_store(None)


@pytest.fixture
def env_creds(sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Credentials:
    creds: Credentials = sandbox.credentials
    monkeypatch.setenv("TUPAY_API_KEY", creds.api_key)
    monkeypatch.setenv("TUPAY_API_PASSPHRASE", creds.passphrase)
    monkeypatch.setenv("TUPAY_API_SIGNATURE", creds.signature_secret)
    return creds


class Run:
    def __init__(self, capsys: pytest.CaptureFixture[str], secrets: tuple[str, ...]) -> None:
        self.capsys = capsys
        self.secrets = secrets

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        for secret in self.secrets:
            assert secret not in out and secret not in err
        return code, out, err


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], env_creds: Credentials) -> Run:
    return Run(capsys, env_creds.secrets())


def _field(out: str, key: str) -> str:
    match = re.search(rf"^{re.escape(key)}\s+: (.+)$", out, re.MULTILINE)
    assert match, out
    return match.group(1).strip()


# -- create -----------------------------------------------------------------------------------


def test_create_with_flags_then_status(sandbox: Any, run: Run) -> None:
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY)
    assert code == 0, out
    external_id = _field(out, "external_id")
    assert external_id.startswith("desk-")
    assert out.index("external_id") < out.index("cashout_id")
    cashout_id = int(_field(out, "cashout_id"))
    stored = sandbox.find(external_id=external_id)
    assert stored is not None and stored.cashout_id == cashout_id and stored.amount == Decimal("150.00")

    code, out, _ = run("status", "--base-url", sandbox.url, "--external-id", external_id)
    assert code == 0
    assert "Pending (0)" in _field(out, "status")

    sandbox.force_status(cashout_id, 3, rejection_code=801)
    code, out, _ = run("status", "--base-url", sandbox.url, "--cashout-id", str(cashout_id),
                       "--external-id", external_id, "--lang", "es")
    assert code == 0
    assert "(3)" in _field(out, "status")
    assert "801" in _field(out, "rejection")


def test_create_from_json_file_with_flag_override(sandbox: Any, run: Run, tmp_path: Path) -> None:
    request = {
        "external_id": "cli-file-1", "amount": 150.10, "currency": "PEN", "document_type": "DNI",
        "document_id": "71594743", "beneficiary_name": "Ana", "beneficiary_lastname": "Quispe",
        "bank_account": "00219300153895206813", "account_type": "S",
    }
    path = tmp_path / "req.json"
    path.write_text(json.dumps(request))
    code, out, _ = run("--base-url", sandbox.url, "create", "--json", str(path), "--comments", "from flags")
    assert code == 0, out
    stored = sandbox.find(external_id="cli-file-1")
    assert stored is not None and stored.amount == Decimal("150.10") and stored.comments == "from flags"

    request["external_id"] = "cli-file-2"
    path.write_text(json.dumps(request))
    code, _, _ = run("--base-url", sandbox.url, "create", "--json", str(path), "--amount", "20")
    assert code == 0
    stored = sandbox.find(external_id="cli-file-2")
    assert stored is not None and stored.amount == Decimal("20")


def test_create_machine_output(sandbox: Any, run: Run) -> None:
    code, out, err = run(
        "--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "cli-json-1", "--json"
    )
    assert code == 0
    result = json.loads(out)
    assert result["outcome"] == "created" and result["external_id"] == "cli-json-1"
    assert isinstance(result["cashout_id"], int) and result["status"]["code"] == 0
    assert result["exchange"]["status_code"] == 200 and '"pass":"***"' in result["exchange"]["request_body"]
    assert "cli-json-1" in err  # announced before sending


def test_validation_problems_exit_2_and_nothing_is_sent(sandbox: Any, run: Run) -> None:
    args = [a if a != "71594743" else "123" for a in BENEFICIARY]
    code, _, err = run("--base-url", sandbox.url, "create", *args)
    assert code == 2
    assert re.search(r"^document_id: ", err, re.MULTILINE), err
    assert sandbox.cashouts() == []


def test_credentials_in_a_request_file_are_refused(sandbox: Any, run: Run, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"login": "x", "amount": 1}))
    code, _, err = run("--base-url", sandbox.url, "create", "--json", str(path))
    assert code == 2 and "credentials never go in a request file" in err
    assert sandbox.cashouts() == []


def test_api_error_exit_1(sandbox: Any, run: Run) -> None:
    # The id exists at TuPay but not in this machine's journal: TuPay answers 511.
    from tupay_desktop.api.client import CashoutClient
    from tupay_desktop.api.validation import validate_form

    values = dict(zip(BENEFICIARY[::2], BENEFICIARY[1::2], strict=True))
    request, problems = validate_form({
        "external_id": "dup-1", "amount": values["--amount"], "currency": "PEN", "document_type": "DNI",
        "document_id": values["--document-id"], "beneficiary_name": "Ana", "beneficiary_lastname": "Q",
        "bank_account": values["--bank-account"], "account_type": "S",
    })
    assert request is not None and not problems
    with CashoutClient(sandbox.url, sandbox.credentials) as client:
        client.create(request)
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "dup-1")
    assert code == 1
    assert "511" in out
    # Not "Not created": TuPay has a cashout under this id (the journal adopted it); a reader told
    # "not created" would create it again under a new id.
    assert "Not created" not in out and "already has a cashout" in out
    code, out, _ = run("--base-url", sandbox.url, "status", "--external-id", "missing", "--json")
    assert code == 1
    assert json.loads(out)["error"]["code"] == 509


def test_a_journalled_external_id_is_never_sent_twice(sandbox: Any, run: Run) -> None:
    code, _, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "once-1")
    assert code == 0
    code, _, err = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "once-1")
    assert code == 2
    assert "NOT sent again" in err and "tupay-cli status --external-id once-1" in err
    assert len(sandbox.cashouts()) == 1


def test_outcome_unknown_exit_3_with_advice(sandbox: Any, run: Run) -> None:
    sandbox.inject(Fault.RESET_AFTER_COMMIT)
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "unknown-1")
    assert code == 3
    advice = "Outcome unknown — do NOT resubmit with a new id; run: tupay-cli status --external-id unknown-1"
    assert advice in out
    assert sandbox.find(external_id="unknown-1") is not None
    code, out, _ = run("--base-url", sandbox.url, "status", "--external-id", "unknown-1")
    assert code == 0 and "Pending" in out


def test_unknown_outcome_is_journalled_and_reconciled(sandbox: Any, run: Run) -> None:
    sandbox.inject(Fault.TRUNCATED_BODY)
    code, _, _ = run("--env", "sandbox", "--base-url", sandbox.url, "create", *BENEFICIARY,
                     "--external-id", "rec-1")
    assert code == 3
    code, out, _ = run("history", "--env", "sandbox", "--json")
    assert code == 0 and "rec-1" in out
    code, out, _ = run("--env", "sandbox", "--base-url", sandbox.url, "reconcile")
    assert code == 0, out
    assert "rec-1" in out and "created" in out


def test_network_error_exit_3(env_creds: Credentials, run: Run) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, out, _ = run("--base-url", f"http://127.0.0.1:{port}", "status", "--external-id", "x")
    assert code == 3 and "refused" in out.lower()
    code, out, _ = run("--base-url", f"http://127.0.0.1:{port}", "create", *BENEFICIARY, "--json")
    assert code == 3 and json.loads(out)["outcome"] == "network_error"


def test_cancel_is_experimental_and_works(sandbox: Any, run: Run) -> None:
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "cancel-1")
    cashout_id = _field(out, "cashout_id")
    code, out, err = run("--base-url", sandbox.url, "cancel", "--cashout-id", cashout_id,
                         "--external-id", "cancel-1")
    assert code == 0 and "EXPERIMENTAL" in err
    assert "(2)" in _field(out, "status")
    code, out, _ = run("--base-url", sandbox.url, "cancel", "--cashout-id", cashout_id,
                       "--external-id", "cancel-1")
    assert code == 1 and "510" in out


def test_check(sandbox: Any, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run("check", "--base-url", sandbox.url)
    assert code == 0 and "URL, credentials, IP whitelist and signature are all right" in out
    monkeypatch.setenv("TUPAY_API_PASSPHRASE", "wrong-passphrase")
    code, out, _ = run("check", "--base-url", sandbox.url, "--json")
    assert code == 1 and json.loads(out)["code"] == 401


# -- usage problems ---------------------------------------------------------------------------


def test_usage_errors_exit_2(sandbox: Any, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("status", "--base-url", sandbox.url)[0] == 2  # no id
    assert run("frobnicate")[0] == 2
    code, _, err = run("--base-url", "http://example.invalid", "status", "--external-id", "x")
    assert code == 2 and "http://" in err
    code, _, err = run("--env", "nowhere", "check")
    assert code == 2 and "unknown environment" in err
    for name in ("TUPAY_API_KEY", "TUPAY_API_PASSPHRASE", "TUPAY_API_SIGNATURE"):
        monkeypatch.delenv(name)
    code, _, err = run("--env", "staging", "check")
    assert code == 2
    assert "no credentials for staging: run tupay-cli credentials set --env staging" in err
    code, _, err = run("--base-url", sandbox.url, "check")
    assert code == 2 and "TUPAY_API_KEY" in err


def test_production_create_needs_yes(run: Run, sandbox: Any) -> None:
    code, _, err = run("--env", "production", "create", *BENEFICIARY)
    assert code == 2 and "--yes" in err and "real money" in err


def test_production_guard_cannot_be_bypassed_by_another_spelling_of_its_url(run: Run, sandbox: Any) -> None:
    from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind, SettingsStore

    # The production host is editable; here it is (a stand-in on loopback for) the edited host.
    edited = EnvironmentConfig("production", EnvironmentKind.PRODUCTION, "Production", sandbox.url)
    SettingsStore().put(edited)
    port = sandbox.url.rsplit(":", 1)[1]
    code, _, err = run("--base-url", f"HTTP://127.0.0.1:{port}/", "create", *BENEFICIARY)  # no --env
    assert code == 2 and "--yes" in err and "real money" in err, err
    # Under another environment's name it is refused outright, --yes or not: the cashout would be
    # journalled under that environment and later reconciled against the wrong server (509 ->
    # "not created"), though it exists in production.
    for extra in ([], ["--yes"]):
        code, _, err = run("--env", "staging", "--base-url", sandbox.url, "create", *BENEFICIARY, *extra)
        assert code == 2 and "--env production" in err, err
    assert sandbox.cashouts() == []
    code, out, _ = run("--base-url", f"HTTP://127.0.0.1:{port}/", "create", *BENEFICIARY, "--yes")
    assert code == 0
    from tupay_desktop.store.journal import Journal

    with Journal() as journal:  # journalled under the production environment it really went to
        [entry] = journal.query()
    assert entry.env_key == "production" and entry.external_id == _field(out, "external_id")


def test_an_unexpected_failure_is_exit_3_never_1(sandbox: Any, run: Run) -> None:
    # Exit 1 says "TuPay refused it" (a script may then create it again under a new id); a failure
    # of the Desk itself must not look like that: it is reported in words, with exit code 3.
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "journal.sqlite3").write_bytes(b"this is not a database" * 100)
    code, out, err = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "broken-1")
    assert code == 3, (out, err)
    assert "broken-1" in err and "Traceback" not in err
    code, out, _ = run("--base-url", sandbox.url, "--json", "create", *BENEFICIARY,
                       "--external-id", "broken-2")
    assert code == 3 and json.loads(out)["outcome"] == "internal_error"
    assert sandbox.cashouts() == []


def test_ctrl_c_during_a_create_says_its_outcome_is_unknown(
    sandbox: Any, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tupay_desktop.api.client import CashoutClient

    send = CashoutClient.send_prepared_create

    def sent_then_interrupted(self: CashoutClient, *args: Any, **kwargs: Any) -> Any:
        send(self, *args, **kwargs)  # the request reaches the sandbox, which creates the cashout
        raise KeyboardInterrupt  # the operator presses Ctrl+C before the answer is shown

    monkeypatch.setattr(CashoutClient, "send_prepared_create", sent_then_interrupted)
    code, _, err = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "ctrl-c-1")
    assert code == 130 and "interrupted" in err
    assert "ctrl-c-1" in err and "tupay-cli status --external-id ctrl-c-1" in err
    assert len(sandbox.cashouts()) == 1


def test_help_mentions_experimental_cancel(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "EXPERIMENTAL" in capsys.readouterr().out


# -- the in-process sandbox (--env sandbox) ---------------------------------------------------


def test_env_sandbox_runs_in_process_with_the_desk_state_file(
    capsys: pytest.CaptureFixture[str], memory_store: CredentialStore
) -> None:
    assert main(["--env", "sandbox", "create", *BENEFICIARY, "--external-id", "inproc-1"]) == 0
    out = capsys.readouterr().out
    assert "inproc-1" in out
    creds = memory_store.get("sandbox")
    assert creds is not None  # generated and stored on first use
    assert (data_dir() / "sandbox-state.json").exists()
    assert main(["status", "--external-id", "inproc-1"]) == 0  # default env: sandbox, new process-like run
    out, err = capsys.readouterr()
    assert "Pending" in out or "Delivered" in out or "Completed" in out
    for secret in creds.secrets():
        assert secret not in out and secret not in err
        assert secret not in (data_dir() / "sandbox-state.json").read_text()


# -- end to end in subprocesses ---------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_done_when_sandbox_process_then_cli_create_and_status(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUPAY_API_")}
    env["TUPAY_DESK_DATA_DIR"] = str(tmp_path / "data")
    env["TUPAY_DESK_CONFIG_DIR"] = str(tmp_path / "config")
    server = subprocess.Popen(
        [sys.executable, "-m", "tupay_desktop.sandbox", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        assert server.stdout is not None
        exports: dict[str, str] = {}
        for line in server.stdout:
            if line.startswith("export "):
                name, _, value = line[len("export "):].strip().partition("=")
                exports[name] = value.strip("'")
            if line.startswith("Press Ctrl+C"):
                break
        assert {"TUPAY_API_KEY", "TUPAY_API_PASSPHRASE", "TUPAY_API_SIGNATURE"} <= exports.keys()
        url = exports.get("TUPAY_SANDBOX_URL", f"http://127.0.0.1:{port}")
        cli_env = {**env, **{k: v for k, v in exports.items() if k.startswith("TUPAY_API_")}}
        secrets = [exports["TUPAY_API_KEY"], exports["TUPAY_API_PASSPHRASE"], exports["TUPAY_API_SIGNATURE"]]

        def cli(*argv: str) -> subprocess.CompletedProcess[str]:
            done = subprocess.run(
                [sys.executable, "-m", "tupay_desktop.cli", "--base-url", url, *argv],
                capture_output=True, text=True, env=cli_env, timeout=60, check=False,
            )
            for secret in secrets:
                assert secret not in done.stdout and secret not in done.stderr
            return done

        created = cli("create", *BENEFICIARY, "--external-id", "e2e-1")
        assert created.returncode == 0, created.stdout + created.stderr
        assert "e2e-1" in created.stdout
        assert re.search(r"^cashout_id\s+: \d+$", created.stdout, re.MULTILINE)
        status = cli("status", "--external-id", "e2e-1", "--json")
        assert status.returncode == 0, status.stdout + status.stderr
        result = json.loads(status.stdout)
        assert result["outcome"] == "status" and result["status"]["code"] in (0, 1, 4)
    finally:
        server.terminate()
        server.wait(timeout=10)
