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

from .crash_worker import past_the_settling_window

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


@pytest.mark.parametrize("amount", ["1.500", "1.000", "1.5000"])
def test_create_refuses_an_amount_with_three_decimals_written_and_sends_nothing(
        sandbox: Any, run: Run, amount: str) -> None:
    """"1.500" is 1500 to an operator used to dots between thousands: read as 1.50 it would pay a
    thousandth. Refused before anything is sent, in every language."""
    flags = [amount if flag == "150.00" else flag for flag in BENEFICIARY]
    for lang in ("en", "es"):
        code, out, err = run("--lang", lang, "--base-url", sandbox.url, "create", "--external-id",
                             f"dots-{lang}-{amount}", *flags)
        assert code == 2, out + err
        assert sandbox.find(external_id=f"dots-{lang}-{amount}") is None


@pytest.mark.parametrize("command", ["status", "cancel"])
@pytest.mark.parametrize("cashout_id", ["9223372036854775808", "0", "١٢", "12x"])
def test_a_cashout_id_that_cannot_be_one_is_refused_before_any_request(
        run: Run, command: str, cashout_id: str) -> None:
    # A closed port: a request would end in exit 3 (no answer), not in the usage error (exit 2).
    args = ["--base-url", "http://127.0.0.1:9", command, "--cashout-id", cashout_id]
    if command == "cancel":
        args += ["--external-id", "x-1"]
    code, out, err = run(*args)
    assert code == 2, out + err
    assert "not a cashout id" in err


@pytest.mark.parametrize("command", ["status", "cancel"])
def test_an_external_id_longer_than_tupays_limit_is_refused_before_any_request(
        run: Run, command: str) -> None:
    args = ["--base-url", "http://127.0.0.1:9", command, "--external-id", "x" * 101]
    if command == "cancel":
        args += ["--cashout-id", "8405147"]
    code, out, err = run(*args)
    assert code == 2, out + err
    assert "not an external id: 101 characters (1 to 100)" in err
    # 100 is within the limit: the request is tried (and finds nothing listening, exit 3).
    code, out, err = run(*args[:4], "x" * 100, *args[5:])
    assert code == 3, out + err


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
    # A first send of this id from this journal: TuPay's cashout under it is somebody else's (Ana
    # Q), never this one (José Peña) — a conflict, exit 1, never "created".
    assert code == 1
    assert "CONFLICT" in out and "511" in out and "new external_id" in out and "Nothing was paid" in out
    from tupay_desktop.store.journal import Journal

    with Journal() as journal:
        entry = journal.get(_environment_key(sandbox), "dup-1")
    assert entry is not None and (entry.state, entry.cashout_id) == ("conflict", None)
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "dup-1", "--json")
    assert code == 1 and json.loads(out)["outcome"] == "conflict"  # a re-run says the same
    assert len(sandbox.cashouts()) == 1
    code, out, _ = run("--base-url", sandbox.url, "status", "--external-id", "missing", "--json")
    assert code == 1
    assert json.loads(out)["error"]["code"] == 509


def test_a_field_given_twice_in_a_request_file_is_refused(sandbox: Any, run: Run, tmp_path: Path) -> None:
    path = tmp_path / "req.json"
    path.write_text(
        '{"external_id": "dup-1", "amount": 15.00, "currency": "PEN", "document_type": "DNI",'
        ' "document_id": "71594743", "beneficiary_name": "Ana", "beneficiary_lastname": "Quispe",'
        ' "bank_account": "00219300153895206813", "account_type": "S", "amount": 1500.00}'
    )
    code, _, err = run("--base-url", sandbox.url, "create", "--json", str(path))
    assert code == 2 and "'amount' more than once" in err, err
    assert sandbox.cashouts() == []


def test_history_csv_is_written_for_its_owner_only(sandbox: Any, run: Run, tmp_path: Path) -> None:
    import stat

    code, _, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY)
    assert code == 0
    target = tmp_path / "export.csv"
    for _ in range(2):  # a new file, then one that already exists (and was readable by all)
        code, _, err = run("history", "--csv", str(target))
        assert code == 0 and "Exported 1 cashouts" in err
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert "Peña" in target.read_text(encoding="utf-8")
        target.chmod(0o644)


def _environment_key(sandbox: Any) -> str:
    """The journal environment of ``--base-url sandbox.url`` alone (an ad-hoc custom one)."""
    from tupay_desktop.cli.common import _environment_for_url

    return _environment_for_url(sandbox.url).key


def test_a_journalled_external_id_is_never_sent_twice(sandbox: Any, run: Run) -> None:
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "once-1")
    assert code == 0
    cashout_id = _field(out, "cashout_id")
    # The same command again (a script retrying): it reports the known outcome, sends nothing.
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "once-1")
    assert code == 0, out
    assert "NOT sent again" in out and _field(out, "cashout_id") == cashout_id
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "once-1", "--json")
    result = json.loads(out)
    assert code == 0 and (result["outcome"], result["cashout_id"]) == ("created", int(cashout_id))
    assert result["already_journalled"] is True and result["status"]["name"] == "PENDING"
    # The same id for a different payment is refused: nothing is sent, nothing is reported as it.
    other = [a if a != "150.00" else "151.00" for a in BENEFICIARY]
    code, _, err = run("--base-url", sandbox.url, "create", *other, "--external-id", "once-1")
    assert code == 2 and "different cashout" in err and "amount" in err
    assert len(sandbox.cashouts()) == 1


def test_running_the_same_create_twice_does_not_pay_twice(sandbox: Any, run: Run) -> None:
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY)
    assert code == 0
    first = _field(out, "external_id")
    # Same document, CCI, amount and currency within 24 h, no --external-id of its own: refused.
    code, out, err = run("--base-url", sandbox.url, "create", *BENEFICIARY)
    assert code == 2, out + err
    assert "possible duplicate" in err and f"{first} (created, PENDING" in err and "--allow-duplicate" in err
    assert "external_id" not in out  # refused before anything was announced or sent
    code, out, _ = run("--base-url", sandbox.url, "--json", "create", *BENEFICIARY)
    assert code == 2 and json.loads(out)["outcome"] == "usage_error" and first in json.loads(out)["message"]
    assert len(sandbox.cashouts()) == 1
    # Another amount, currency or account is another payment.
    another = [a if a != "150.00" else "150.01" for a in BENEFICIARY]
    code, _, _ = run("--base-url", sandbox.url, "create", *another)
    assert code == 0
    # The operator says it really is a second payment.
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--allow-duplicate")
    assert code == 0 and _field(out, "external_id") != first
    assert len(sandbox.cashouts()) == 3


def test_rerunning_a_create_reports_each_known_outcome_with_its_exit_code(
    sandbox: Any, run: Run, monkeypatch: pytest.MonkeyPatch, sandbox_clock: Any
) -> None:
    from tupay_desktop.store import journal as journal_module

    monkeypatch.setattr(journal_module, "wall_clock", sandbox_clock.utc)  # the CLI's journal time
    base = ["--base-url", sandbox.url, "create"]
    declined = [a if a != "150.00" else "504.00" for a in BENEFICIARY]
    assert run(*base, *declined, "--external-id", "again-declined")[0] == 1
    code, out, _ = run(*base, *declined, "--external-id", "again-declined")
    assert code == 1 and "NOT sent again" in out and "declined" in out and "504" in out

    # Unknown, but TuPay committed it: the re-run looks it up, adopts it, reports it created.
    sandbox.inject(Fault.RESET_AFTER_COMMIT)
    assert run(*base, *BENEFICIARY, "--external-id", "again-unknown")[0] == 3
    code, out, err = run(*base, *BENEFICIARY, "--external-id", "again-unknown")
    assert code == 0 and "looking it up" in err and "NOT sent again" in out
    [remote] = [c for c in sandbox.cashouts() if c.external_id == "again-unknown"]

    # Unknown, and TuPay never got it: "not found yet" at first — still exit 3, not sent again —
    # and only after the settling window is it sent again, with the same id, exactly once.
    sandbox.inject(Fault.RESET_BEFORE_COMMIT)
    other = [a if a != "150.00" else "160.00" for a in BENEFICIARY]
    assert run(*base, *other, "--external-id", "again-lost")[0] == 3
    code, out, _ = run(*base, *other, "--external-id", "again-lost")
    assert code == 3 and "not_found_yet" in out and "NOT sent again" in out
    assert sandbox.find(external_id="again-lost") is None
    past_the_settling_window(sandbox_clock)
    code, out, _ = run(*base, *other, "--external-id", "again-lost")
    assert code == 0, out
    assert [c.external_id for c in sandbox.cashouts()].count("again-lost") == 1
    code, out, _ = run(*base, *other, "--external-id", "again-lost")
    assert code == 0 and "NOT sent again" in out
    assert len(sandbox.cashouts()) == 2 and remote.cashout_id in {c.cashout_id for c in sandbox.cashouts()}


def test_outcome_unknown_exit_3_with_advice(sandbox: Any, run: Run) -> None:
    sandbox.inject(Fault.RESET_AFTER_COMMIT)
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "unknown-1")
    assert code == 3
    advice = "Outcome unknown — do NOT resubmit with a new id; run: tupay-cli status --external-id unknown-1"
    assert advice in out
    assert sandbox.find(external_id="unknown-1") is not None
    code, out, _ = run("--base-url", sandbox.url, "status", "--external-id", "unknown-1")
    assert code == 0 and "Pending" in out


def test_the_advice_quotes_the_external_id_for_the_shell(sandbox: Any, run: Run, tmp_path: Path) -> None:
    # An external_id is the operator's (or a script's) text: pasted advice must pass it as data.
    external_id = "pay;$(touch PWNED) `touch PWNED2` it's"
    sandbox.inject(Fault.RESET_AFTER_COMMIT)
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", external_id)
    assert code == 3, out
    command = out.split("run: ", 1)[1].splitlines()[0]
    # The same payment again (a new id): refused as a possible duplicate, naming the earlier one.
    code, _, err = run("--base-url", sandbox.url, "create", *BENEFICIARY)
    assert code == 2, err
    commands = [command, err.split("Check it with: ", 1)[1].split(" — ", 1)[0]]
    for pasted in commands:
        shell = subprocess.run(
            ["bash", "-c", "tupay-cli() { printf '%s\\n' \"$@\"; }; " + pasted],
            cwd=tmp_path, capture_output=True, text=True, check=True,
        )
        argv = ["status", "--external-id", external_id, "--base-url", sandbox.url]
        assert shell.stdout.splitlines() == argv
    assert list(tmp_path.iterdir()) == []  # nothing the id spelt was run


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


SPELT_PRODUCTION = [
    "https://api\u3002tupayonline\u3002com",  # U+3002 ideographic full stop
    "https://api\uff0etupayonline\uff61com",  # U+FF0E, U+FF61
    "https://\uff41\uff50\uff49.tupayonline.com",  # full-width ａｐｉ
]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_io(*args: object, **kwargs: object) -> None:
        raise AssertionError("network I/O attempted")

    monkeypatch.setattr(socket, "getaddrinfo", no_io)
    monkeypatch.setattr(socket.socket, "connect", no_io)


@pytest.mark.parametrize("url", SPELT_PRODUCTION)
def test_a_spelling_of_the_production_host_needs_yes_and_is_never_another_environment(
    run: Run, url: str, no_network: None
) -> None:
    code, _, err = run("--base-url", url, "create", *BENEFICIARY)
    assert code == 2 and "--yes" in err and "real money" in err, err
    assert "https://api.tupayonline.com" in err  # the host it would really reach, in plain ASCII
    for extra in ([], ["--yes"]):
        code, _, err = run("--env", "staging", "--base-url", url, "create", *BENEFICIARY, *extra)
        assert code == 2 and "--env production" in err, err


def test_a_spelt_production_address_is_journalled_under_production(run: Run, sandbox: Any) -> None:
    from tupay_desktop.store.journal import Journal
    from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind, SettingsStore

    # The production host is editable; here (a stand-in on loopback for) the edited host.
    port = sandbox.url.rsplit(":", 1)[1]
    SettingsStore().put(
        EnvironmentConfig("production", EnvironmentKind.PRODUCTION, "Production", f"http://localhost:{port}")
    )
    spelt = f"http://\uff2c\uff2f\uff23\uff21\uff2c\uff28\uff2f\uff33\uff34:{port}/"  # ＬＯＣＡＬＨＯＳＴ
    code, _, err = run("--base-url", spelt, "create", *BENEFICIARY)
    assert code == 2 and "--yes" in err, err
    code, out, _ = run("--base-url", spelt, "create", *BENEFICIARY, "--yes")
    assert code == 0, out
    with Journal() as journal:
        [entry] = journal.query()
    assert entry.env_key == "production" and entry.external_id == _field(out, "external_id")
    assert sandbox.find(external_id=entry.external_id) is not None


def test_a_redirect_is_reported_as_one_not_as_a_tupay_error(run: Run) -> None:
    from tests.api.hostile import answer, hostile_peer

    def moved(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        conn.sendall(answer("301 Moved Permanently", b"", "Location: https://www.merchant.example/"))

    with hostile_peer(moved) as peer:
        code, out, _ = run("--base-url", peer.url, "create", *BENEFICIARY)
        assert code == 1, out
        assert "Not created: a redirect that was not followed (HTTP 301)" in _field(out, "result")
        assert "https://www.merchant.example/" in _field(out, "error") and "TuPay error" not in out
        code, out, _ = run("--base-url", peer.url, "--json", "status", "--external-id", "x-1")
    assert code == 1
    error = json.loads(out)["error"]
    assert error["http_status"] == 301 and error["location"] == "https://www.merchant.example/"


def test_an_unexpected_failure_is_exit_3_never_1(sandbox: Any, run: Run) -> None:
    # Exit 1 says "TuPay refused it" (a script may then create it again under a new id); a failure
    # of the Desk itself must not look like that: it is reported in words, with exit code 3.
    # (A journal that cannot be opened at all is exit 2, nothing sent: tests/test_cli_journal.py.)
    # Here the journal opens, then fails in the middle of the command.
    import sqlite3

    from tupay_desktop.store.journal import Journal

    Journal().close()
    db = sqlite3.connect(data_dir() / "journal.sqlite3")
    db.execute("CREATE TRIGGER broken BEFORE INSERT ON cashouts "
               "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
    db.close()
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
