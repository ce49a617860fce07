"""The Merchants API user as a second secret pair per environment: its own keyring entry, the same
session-only fallback, the CLI's ``--merchants-api`` and the environment variables."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.store.conftest import LockedKeyring, MemoryKeyring
from tests.store.test_credentials import CREDS, make_parser
from tupay_desktop.api.merchants import MerchantsCredentials
from tupay_desktop.cli import credentials as cli_credentials
from tupay_desktop.store.credentials import SERVICE, CredentialStore
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind, SettingsStore

USER = MerchantsCredentials("ops-api@merchant.pe", "panel-pass-9f8e7d")


def test_a_second_entry_beside_the_cashout_keys(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    assert store.set("staging", CREDS) is True
    assert store.set_merchants("staging", USER) is True
    assert json.loads(memory_keyring.entries[(SERVICE, "staging/merchants-api")]) == {
        "access_key": USER.access_key, "secret_key": USER.secret_key}
    # Each pair is read, cleared and reported on its own.
    fresh = CredentialStore(memory_keyring)
    assert fresh.get_merchants("staging") == USER and fresh.get("staging") == CREDS
    status = fresh.merchants_status("staging")
    assert status.complete and status.persisted and status.access_key_masked == "••••t.pe"
    assert fresh.clear_merchants("staging") is True
    assert fresh.get_merchants("staging") is None and fresh.get("staging") == CREDS
    assert not fresh.merchants_status("production").complete


def test_a_locked_keyring_keeps_them_for_the_session_only() -> None:
    store = CredentialStore(LockedKeyring())
    assert store.set_merchants("staging", USER) is False
    assert store.get_merchants("staging") == USER
    assert not store.merchants_status("staging").persisted
    assert store.problem is not None


def test_unusable_values_are_refused_naming_the_field_only(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    with pytest.raises(ValueError, match="Merchants API secret key") as error:
        store.set_merchants("staging", MerchantsCredentials("ops@merchant.pe", " padded "))
    assert "padded" not in str(error.value)
    assert memory_keyring.entries == {}


def test_the_sandbox_user_is_generated_once(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    first = store.ensure_sandbox_merchants_credentials()
    assert CredentialStore(memory_keyring).ensure_sandbox_merchants_credentials() == first


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str | None = None) -> int:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    args = make_parser().parse_args(argv)
    code: int = args.func(args)
    return code


def test_cli_set_status_clear_with_merchants_api(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_credentials.use_credential_store(CredentialStore(memory_keyring))
    try:
        stdin = f"{USER.access_key}\n{USER.secret_key}\n"
        assert run(["credentials", "set", "--env", "staging", "--merchants-api", "--stdin"],
                   monkeypatch, stdin) == 0
        assert (SERVICE, "staging/merchants-api") in memory_keyring.entries
        assert (SERVICE, "staging") not in memory_keyring.entries
        assert run(["credentials", "status", "--merchants-api"], monkeypatch) == 0
        out = capsys.readouterr().out
        assert any(line.startswith("staging") and "••••t.pe" in line and "stored in the OS keyring" in line
                   for line in out.splitlines())
        assert any(line.startswith("production") and "not set up" in line for line in out.splitlines())
        assert run(["credentials", "set", "--env", "staging", "--merchants-api", "--stdin"],
                   monkeypatch, "only-one\n") == 2
        assert run(["credentials", "clear", "--env", "staging", "--merchants-api"], monkeypatch) == 0
        assert (SERVICE, "staging/merchants-api") not in memory_keyring.entries
        captured = capsys.readouterr()
        assert USER.secret_key not in captured.out + captured.err
        assert USER.access_key not in captured.out + captured.err
    finally:
        cli_credentials.use_credential_store(None)


def test_the_environment_variables_override_the_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = CredentialStore(memory_keyring)
    store.set_merchants("staging", USER)
    cli_credentials.use_credential_store(store)
    try:
        assert cli_credentials.resolve_merchants_credentials("staging") == USER
        monkeypatch.setenv("TUPAY_MERCHANTS_ACCESS_KEY", "other@merchant.pe")
        assert cli_credentials.resolve_merchants_credentials("staging") == USER  # one of two: ignored
        monkeypatch.setenv("TUPAY_MERCHANTS_SECRET_KEY", "other-secret")
        assert cli_credentials.resolve_merchants_credentials("staging") == MerchantsCredentials(
            "other@merchant.pe", "other-secret")
    finally:
        cli_credentials.use_credential_store(None)


def test_the_merchants_url_per_environment(tmp_path: Path) -> None:
    settings = SettingsStore(tmp_path / "settings.json")
    assert settings.merchants_url("staging") == "https://merchants-api-stg.tupayonline.com"
    assert settings.merchants_url("production") == "https://merchants-api.tupayonline.com"
    assert settings.merchants_url("sandbox") == ""  # the built-in one serves it itself
    settings.put(EnvironmentConfig("custom-box", EnvironmentKind.CUSTOM, "Box", "http://127.0.0.1:8765"))
    settings.put(EnvironmentConfig("custom-far", EnvironmentKind.CUSTOM, "Far", "https://tupay.example"))
    assert settings.merchants_url("custom-box") == "http://127.0.0.1:8765"
    assert settings.merchants_url("custom-far") == ""
    settings.set_merchants_url("production", "https://merchants.example/")
    assert settings.merchants_url("production") == "https://merchants.example"
    with pytest.raises(ValueError, match="plain http"):
        settings.set_merchants_url("staging", "http://merchants.example")
    with pytest.raises(ValueError):
        settings.set_merchants_url("sandbox", "https://x.example")
    settings.set_merchants_url("production", "")
    assert settings.merchants_url("production") == "https://merchants-api.tupayonline.com"
    assert "merchants.example" not in (tmp_path / "settings.json").read_text()


def test_a_locked_keyring_is_not_called_no_merchants_user() -> None:
    # The same truth as for the cashout keys: a locked keyring may hold a saved user.
    store = CredentialStore(LockedKeyring())
    status = store.merchants_status("staging")
    assert not status.complete and status.keyring_unreadable
    assert store.set_merchants("staging", USER) is False  # kept for this session only
    status = store.merchants_status("staging")
    assert status.complete and not status.persisted and status.keyring_unreadable
