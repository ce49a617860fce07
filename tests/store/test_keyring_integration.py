"""Against a real Secret Service: gnome-keyring-daemon on a private D-Bus session (see conftest).

With ``CI=true`` these run and fail if the daemon cannot be started; elsewhere they skip with the
reason when gnome-keyring / dbus / secret-tool are missing.
"""

from __future__ import annotations

import argparse
import io
import json
import secrets
from pathlib import Path

import pytest
from keyring.backends import SecretService as SecretServiceBackend

from tests.store.conftest import SecretService, start_secret_service
from tupay_desktop.api.models import Credentials
from tupay_desktop.cli import credentials as cli_credentials
from tupay_desktop.store import paths
from tupay_desktop.store.credentials import SERVICE, CredentialStore

pytestmark = pytest.mark.keyring_integration


def fresh_credentials() -> Credentials:
    return Credentials(
        api_key="stg-" + secrets.token_hex(8),
        passphrase="pp-" + secrets.token_urlsafe(12),
        signature_secret="sig-" + secrets.token_hex(24),
    )


def search(service: SecretService, env_key: str) -> str:
    result = service.secret_tool("search", "--all", "service", SERVICE, "username", env_key)
    return result.stdout + result.stderr


def test_store_set_get_clear_through_the_secret_service(secret_service_env: SecretService) -> None:
    creds = fresh_credentials()
    store = CredentialStore(SecretServiceBackend.Keyring())
    assert store.set("staging", creds) is True, store.problem
    assert store.problem is None

    found = search(secret_service_env, "staging")
    assert "attribute.service = tupay-desktop" in found
    assert "attribute.username = staging" in found
    lookup = secret_service_env.secret_tool("lookup", "service", SERVICE, "username", "staging")
    assert lookup.returncode == 0
    assert json.loads(lookup.stdout) == {
        "api_key": creds.api_key,
        "passphrase": creds.passphrase,
        "signature_secret": creds.signature_secret,
    }

    again = CredentialStore(SecretServiceBackend.Keyring())  # a new process would see the same
    assert again.get("staging") == creds
    assert again.status("staging").persisted is True

    store.clear("staging")
    assert "tupay-desktop" not in search(secret_service_env, "staging")
    assert again.get("staging") is None


def test_environments_are_separate_entries(secret_service_env: SecretService) -> None:
    store = CredentialStore(SecretServiceBackend.Keyring())
    staging, production = fresh_credentials(), fresh_credentials()
    assert store.set("staging", staging) and store.set("production", production)
    try:
        assert store.get("staging") == staging
        assert store.get("production") == production
        assert "attribute.username = production" in search(secret_service_env, "production")
        store.set("staging", fresh_credentials())  # replacing one leaves a single entry
        listed = secret_service_env.secret_tool("search", "--all", "service", SERVICE, "username", "staging")
        assert (listed.stdout + listed.stderr).count("attribute.username = staging") == 1
    finally:
        store.clear("staging")
        store.clear("production")


def test_sandbox_credentials_land_in_the_secret_service(secret_service_env: SecretService) -> None:
    store = CredentialStore(SecretServiceBackend.Keyring())
    try:
        generated = store.ensure_sandbox_credentials()
        assert "attribute.username = sandbox" in search(secret_service_env, "sandbox")
        assert CredentialStore(SecretServiceBackend.Keyring()).ensure_sandbox_credentials() == generated
    finally:
        store.clear("sandbox")


def test_done_when_cli_set_stdin_status_masks_and_no_file_has_them(
    secret_service_env: SecretService,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 3's "Done when", through the parser that tupay-cli builds with register()."""
    creds = fresh_credentials()
    parser = argparse.ArgumentParser(prog="tupay-cli")
    cli_credentials.register(parser.add_subparsers(dest="command", required=True))
    cli_credentials.use_credential_store(CredentialStore(SecretServiceBackend.Keyring()))

    def run(*argv: str) -> int:
        args = parser.parse_args(list(argv))
        code: int = args.func(args)
        return code

    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(creds.secrets()) + "\n"))
    try:
        assert run("credentials", "set", "--env", "staging", "--stdin") == 0
        found = search(secret_service_env, "staging")
        assert "attribute.service = tupay-desktop" in found and "attribute.username = staging" in found

        assert run("credentials", "status") == 0
        out = capsys.readouterr()
        staging_line = next(line for line in out.out.splitlines() if line.startswith("staging"))
        assert f"API Key ••••{creds.api_key[-4:]}" in staging_line
        assert "Passphrase set" in staging_line and "Signature set" in staging_line
        assert "stored in the OS keyring" in staging_line
        printed = out.out + out.err
        for secret in creds.secrets():
            assert secret not in printed

        for directory in (paths.config_dir(), paths.data_dir()):
            for file in Path(directory).rglob("*"):
                if file.is_file():
                    blob = file.read_bytes()
                    for secret in creds.secrets():
                        assert secret.encode() not in blob, f"a secret was written to {file}"

        assert run("credentials", "clear", "--env", "staging") == 0
        assert "tupay-desktop" not in search(secret_service_env, "staging")
    finally:
        cli_credentials.credential_store().clear("staging")


@pytest.mark.timeout(60)
def test_locked_collection_falls_back_to_session_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A locked login keyring whose unlock prompt cannot be answered (headless: dismissed)."""
    import secretstorage

    with start_secret_service() as service:  # its own daemon: the shared one stays unlocked
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.bus_address)
        connection = secretstorage.dbus_init()
        try:
            collection = secretstorage.get_default_collection(connection)
            collection.lock()
            assert collection.is_locked()
        finally:
            connection.close()

        creds = fresh_credentials()
        store = CredentialStore(SecretServiceBackend.Keyring())
        assert store.set("staging", creds) is False
        assert store.problem == (
            "The OS keyring is unavailable (the keyring is locked or the unlock prompt was dismissed); "
            "credentials are kept for this session only and will be forgotten on exit."
        )
        assert store.get("staging") == creds
        assert store.status("staging").persisted is False
        assert "tupay-desktop" not in search(service, "staging")
