"""After a scripted session, no secret is in any file the Desk wrote, nor in anything it printed.

The session: a custom environment pointing at the sandbox, ``credentials set --stdin`` with the
sandbox's credentials, ``credentials status``, then — through ``tupay_desktop.cli.main`` — check,
create and status against the sandbox over loopback, then ``credentials clear``. Afterwards every
byte of every file under the config and data dirs, everything printed (stdout, stderr) and every
log record are searched for the three secret values.

Run with a working keyring (in memory) and with no keyring at all (session-only: the place where
a careless fallback would write a plaintext file).
"""

from __future__ import annotations

import argparse
import importlib
import io
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from tests.store.conftest import MemoryKeyring
from tupay_desktop.api.models import Credentials
from tupay_desktop.cli import credentials as cli_credentials
from tupay_desktop.store import paths
from tupay_desktop.store.credentials import CredentialStore
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind, SettingsStore

ENV = "custom-desk-sandbox"


def secret_variants(creds: Credentials) -> list[bytes]:
    """The secrets as they could land in a file: UTF-8, and UTF-16 (Windows-style text)."""
    out: list[bytes] = []
    for secret in creds.secrets():
        out += [secret.encode("utf-8"), secret.encode("utf-16-le")]
    return out


def files_under(*dirs: Path) -> list[Path]:
    return [p for d in dirs for p in sorted(Path(d).rglob("*")) if p.is_file()]


def assert_no_secret(creds: Credentials, printed: str) -> int:
    """Scan the Desk's dirs and ``printed``; returns the number of files scanned."""
    files = files_under(paths.config_dir(), paths.data_dir())
    for file in files:
        blob = file.read_bytes()
        for needle in secret_variants(creds):
            assert needle not in blob, f"a secret value was written to {file}"
    for secret in creds.secrets():
        assert secret not in printed, "a secret value was printed or logged"
    return len(files)


def credentials_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tupay-cli")
    cli_credentials.register(parser.add_subparsers(dest="command", required=True))
    return parser


def run_credentials(argv: list[str]) -> int:
    args = credentials_parser().parse_args(argv)
    code: int = args.func(args)
    return code


def cli_main() -> Any | None:
    """``tupay_desktop.cli.main`` once the core CLI exists (another helper's file), else None."""
    try:
        module = importlib.import_module("tupay_desktop.cli")
    except ImportError:
        return None
    return getattr(module, "main", None)


@pytest.fixture(params=["keyring", "no-keyring"])
def backend(request: pytest.FixtureRequest) -> Iterator[keyring.backend.KeyringBackend]:
    """The keyring for the session; also installed as keyring's default, so code that builds its
    own CredentialStore() uses it too."""
    chosen: keyring.backend.KeyringBackend = MemoryKeyring() if request.param == "keyring" else fail.Keyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(chosen)
    cli_credentials.use_credential_store(CredentialStore(chosen))
    try:
        yield chosen
    finally:
        cli_credentials.use_credential_store(None)
        keyring.set_keyring(previous)


def test_scripted_session_leaves_no_secret_on_disk_or_screen(
    backend: keyring.backend.KeyringBackend,
    sandbox: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    creds: Credentials = sandbox.credentials
    printed = ""

    settings = SettingsStore()
    settings.put(EnvironmentConfig(ENV, EnvironmentKind.CUSTOM, "Desk sandbox", sandbox.url))
    settings.last_selected = ENV

    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(creds.secrets()) + "\n"))
    code = run_credentials(["credentials", "set", "--env", ENV, "--stdin"])
    assert code == (0 if isinstance(backend, MemoryKeyring) else 1)
    assert cli_credentials.resolve_credentials(ENV) == creds  # keyring, or session memory
    assert run_credentials(["credentials", "status"]) == 0
    out = capsys.readouterr()
    printed += out.out + out.err
    assert f"••••{creds.api_key[-4:]}" in out.out

    main = cli_main()
    if main is not None:
        printed += run_core_cli(main, sandbox, capsys)

    assert run_credentials(["credentials", "clear", "--env", ENV]) == (
        0 if isinstance(backend, MemoryKeyring) else 1
    )
    out = capsys.readouterr()
    printed += out.out + out.err + caplog.text

    scanned = assert_no_secret(creds, printed)
    sandbox_creds = cli_credentials.resolve_credentials("sandbox")  # generated on first use
    assert sandbox_creds is not None and sandbox_creds != creds
    assert_no_secret(sandbox_creds, printed)
    assert scanned >= 1  # at least settings.json: the scan looked at what the Desk wrote
    assert (paths.config_dir() / "settings.json").is_file()


CASHOUT_FIELDS = [
    "--amount",
    "125.50",
    "--currency",
    "PEN",
    "--document-type",
    "DNI",
    "--document-id",
    "71594743",
    "--name",
    "Alex",
    "--lastname",
    "Gonzales",
    "--bank-account",
    "00320001310356642337",
    "--account-type",
    "S",
]


def run_core_cli(main: Any, sandbox: Any, capsys: pytest.CaptureFixture[str]) -> str:
    """check, create and status on the sandbox through the core CLI, with the stored credentials;
    returns everything printed."""
    assert main(["check", "--env", ENV]) == 0
    assert main(["create", "--env", ENV, "--external-id", "no-secrets-1", *CASHOUT_FIELDS]) == 0
    assert main(["status", "--env", ENV, "--external-id", "no-secrets-1"]) == 0
    assert main(["status", "--env", ENV, "--external-id", "no-secrets-1", "--json"]) == 0
    assert main(["create", "--env", ENV, "--json", "--external-id", "no-secrets-2", *CASHOUT_FIELDS]) == 0
    out = capsys.readouterr()
    assert "no-secrets-1" in out.out and "no-secrets-2" in out.out
    assert main(["--env", ENV, "credentials", "status"]) == 0
    status = capsys.readouterr()
    assert f"••••{sandbox.credentials.api_key[-4:]}" in status.out
    # The embedded sandbox (--env sandbox) with its generated credentials and its state file.
    assert main(["check", "--env", "sandbox"]) == 0
    assert main(["create", "--env", "sandbox", "--external-id", "no-secrets-3", *CASHOUT_FIELDS]) == 0
    assert main(["status", "--env", "sandbox", "--external-id", "no-secrets-3"]) == 0
    embedded = capsys.readouterr()
    assert "no-secrets-3" in embedded.out
    return out.out + out.err + status.out + status.err + embedded.out + embedded.err
