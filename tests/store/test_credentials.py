"""CredentialStore and the credentials CLI with in-memory, failing, locked and D-Bus-failing keyrings."""

from __future__ import annotations

import argparse
import io
import json
import logging
import threading

import keyring
import keyring.backend
import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyring.backends import fail, null

from tests.store.conftest import DBusFailingKeyring, LockedKeyring, MemoryKeyring
from tupay_desktop.api.models import Credentials
from tupay_desktop.cli import credentials as cli_credentials
from tupay_desktop.store.credentials import (
    MAX_ENTRY_BYTES,
    SERVICE,
    CredentialStatus,
    CredentialStore,
    check_credentials,
    decode_entry,
    encode_entry,
    mask_api_key,
)

CREDS = Credentials(
    api_key="key-0123456789-1a2b", passphrase="pass-phrase-xyz", signature_secret="sig-secret-abc"
)
SESSION_ONLY_WORDS = "credentials are kept for this session only and will be forgotten on exit."


def entry(backend: MemoryKeyring, env_key: str) -> str | None:
    return backend.entries.get((SERVICE, env_key))


# -- the store ---------------------------------------------------------------------------------


def test_one_compact_json_entry_per_environment(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    assert store.set("staging", CREDS) is True
    value = entry(memory_keyring, "staging")
    assert value is not None
    assert json.loads(value) == {
        "api_key": CREDS.api_key,
        "passphrase": CREDS.passphrase,
        "signature_secret": CREDS.signature_secret,
    }
    assert " " not in value and len(value.encode()) < MAX_ENTRY_BYTES
    assert list(memory_keyring.entries) == [(SERVICE, "staging")]
    assert SERVICE == "tupay-desktop"
    assert store.problem is None


def test_get_reads_the_keyring_so_other_processes_are_seen(memory_keyring: MemoryKeyring) -> None:
    CredentialStore(memory_keyring).set("production", CREDS)
    other = CredentialStore(memory_keyring)  # e.g. the GUI, after the CLI provisioned
    assert other.get("production") == CREDS
    assert other.get("staging") is None
    CredentialStore(memory_keyring).clear("production")
    assert other.get("production") is None


def test_environments_never_mix(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    prod = Credentials("prod-key-00000001", "prod-pass", "prod-sig")
    store.set("staging", CREDS)
    store.set("production", prod)
    assert store.get("staging") == CREDS
    assert store.get("production") == prod
    store.clear("staging")
    assert store.get("staging") is None
    assert store.get("production") == prod


def test_status_masks_the_api_key(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    assert store.status("staging") == CredentialStatus("staging", None, False, False, False)
    store.set("staging", CREDS)
    status = store.status("staging")
    assert status == CredentialStatus("staging", "••••1a2b", True, True, True)
    assert status.complete
    assert CREDS.api_key not in repr(status)


def test_mask_hides_short_keys_entirely() -> None:
    assert mask_api_key("abcdefgh1a2b") == "••••1a2b"
    assert mask_api_key("abc4") == "••••"  # the last 4 of a 4-char key would be the key


def test_clear_of_nothing_is_fine(memory_keyring: MemoryKeyring) -> None:
    assert CredentialStore(memory_keyring).clear("staging") is True


@pytest.mark.parametrize(
    "creds, field",
    [
        (Credentials("", "p", "s"), "API Key"),
        (Credentials("k", "", "s"), "API Passphrase"),
        (Credentials("k", "p", " sig-secret-value "), "API Signature"),
        (Credentials("k", "p\nsecond-line", "s"), "API Passphrase"),
        (Credentials("k" * 33, "p", "s"), "API Key: Too long: at most 32"),
    ],
)
def test_bad_fields_are_named_never_echoed(
    memory_keyring: MemoryKeyring, creds: Credentials, field: str
) -> None:
    store = CredentialStore(memory_keyring)
    with pytest.raises(ValueError) as info:
        store.set("staging", creds)
    assert field in str(info.value)
    for secret in creds.secrets():
        if len(secret) > 2:
            assert secret.strip() not in str(info.value)
    assert memory_keyring.entries == {}


def test_oversized_entry_refused(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValueError, match="too long for one keyring entry"):
        CredentialStore(memory_keyring).set("staging", Credentials("k", "p", "s" * 1100))
    assert memory_keyring.entries == {}


def test_unreadable_entry_is_ignored_without_echo(
    memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    memory_keyring.entries[(SERVICE, "staging")] = "plain-old-password-value"
    store = CredentialStore(memory_keyring)
    with caplog.at_level(logging.DEBUG):
        assert store.get("staging") is None
    assert "plain-old-password-value" not in caplog.text
    assert "staging" in caplog.text


def test_sandbox_credentials_generated_once_and_stored(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    first = store.ensure_sandbox_credentials()
    assert entry(memory_keyring, "sandbox") is not None
    assert len(first.api_key) <= 32 and len(first.passphrase) <= 32 and len(first.signature_secret) >= 32
    assert CredentialStore(memory_keyring).ensure_sandbox_credentials() == first
    assert CredentialStore(MemoryKeyring()).ensure_sandbox_credentials() != first


def test_sandbox_generation_is_thread_safe(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    results: list[Credentials] = []

    def worker() -> None:
        results.append(store.ensure_sandbox_credentials())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1
    assert store.get("sandbox") == results[0]


def test_default_backend_is_keyrings_choice(memory_keyring: MemoryKeyring) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(memory_keyring)
    try:
        store = CredentialStore()
        assert store.set("staging", CREDS) is True
        assert entry(memory_keyring, "staging") is not None
    finally:
        keyring.set_keyring(previous)


def test_repr_shows_no_secret(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    store.set("staging", CREDS)
    for secret in CREDS.secrets():
        assert secret not in repr(store)
        assert secret not in repr(store.get("staging"))


# -- keyring unavailable: session-only, in plain words, never a file ----------------------------


@pytest.mark.parametrize(
    "backend, reason",
    [
        (fail.Keyring(), "no keyring backend is installed"),
        (null.Keyring(), "no keyring backend is installed"),
        (LockedKeyring(), "the keyring is locked or the unlock prompt was dismissed"),
    ],
    ids=["fail", "null", "locked"],
)
def test_unavailable_keyring_falls_back_to_session(
    backend: keyring.backend.KeyringBackend, reason: str
) -> None:
    store = CredentialStore(backend)
    assert store.problem is None or reason in store.problem
    assert store.get("staging") is None  # never raises
    assert store.set("staging", CREDS) is False
    assert store.problem == f"The OS keyring is unavailable ({reason}); {SESSION_ONLY_WORDS}"
    assert store.get("staging") == CREDS
    status = store.status("staging")
    assert status.persisted is False and status.api_key_masked == "••••1a2b"
    assert store.clear("staging") is False
    assert store.get("staging") is None
    assert store.available is False


def test_file_based_keyrings_are_refused() -> None:
    """keyrings.alt's PlaintextKeyring & co. keep secrets in a file: that is not the OS keyring."""

    class FileKeyring(MemoryKeyring):
        file_path = "/somewhere/keyring_pass.cfg"

    class AltKeyring(MemoryKeyring):
        pass

    AltKeyring.__module__ = "keyrings.alt.file"
    for backend in (FileKeyring(), AltKeyring()):
        store = CredentialStore(backend)
        assert store.set("staging", CREDS) is False
        assert backend.entries == {} and backend.calls == 0
        assert store.problem is not None and "file-based keyring" in store.problem
        assert store.get("staging") == CREDS  # session-only


def test_chainer_is_judged_by_the_backend_that_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import chainer

    memory = MemoryKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [memory, fail.Keyring()])
    store = CredentialStore(chainer.ChainerBackend())
    assert store.set("staging", CREDS) is True
    assert entry(memory, "staging") is not None
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    empty = CredentialStore(chainer.ChainerBackend())
    assert empty.set("staging", CREDS) is False
    assert empty.problem is not None and "no keyring backend" in empty.problem


def test_locked_keyring_prompts_once_per_session() -> None:
    locked = LockedKeyring()
    store = CredentialStore(locked)
    store.get("staging")
    store.set("staging", CREDS)
    store.get("staging")
    store.status("production")
    assert locked.calls == 1  # the dismissed prompt is not shown again and again
    store.retry_keyring()
    assert store.problem is None
    assert store.get("staging") == CREDS  # the session value survives a retry
    assert locked.calls == 2


def test_dbus_error_mid_session_keeps_working_from_memory(caplog: pytest.LogCaptureFixture) -> None:
    backend = DBusFailingKeyring()
    store = CredentialStore(backend)
    assert store.set("staging", CREDS) is True
    backend.broken = True
    with caplog.at_level(logging.DEBUG):
        assert store.get("staging") == CREDS  # the last known value, from memory
    assert store.problem is not None and "D-Bus" in store.problem and SESSION_ONLY_WORDS in store.problem
    assert store.set("production", Credentials("prod-key-000001", "pp", "ss")) is False
    assert store.status("production").persisted is False
    for secret in CREDS.secrets():
        assert secret not in caplog.text


def test_generic_backend_exception_is_contained() -> None:
    class Exploding(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("boom")

    store = CredentialStore(Exploding())
    assert store.get("staging") is None
    assert store.problem is not None and "the keyring reported an error" in store.problem


def test_get_keyring_failure_is_contained(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> keyring.backend.KeyringBackend:
        raise keyring.errors.InitError("cannot init")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    store = CredentialStore()
    assert store.set("staging", CREDS) is False
    assert store.problem is not None and "could not be opened" in store.problem


def test_problem_is_translatable() -> None:
    store = CredentialStore(fail.Keyring())
    store.get("staging")
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper().replace("{REASON}", "{reason}")

    text = store.describe_problem(translate)
    assert text is not None and text.startswith("THE OS KEYRING IS UNAVAILABLE (NO KEYRING BACKEND")
    assert all(context == "CredentialStore" for context, _ in seen)
    # A translation that mangled the placeholder falls back to English instead of crashing.
    assert store.describe_problem(lambda c, t: t.replace("{reason}", "{oops}")) == store.problem


# -- the CLI -----------------------------------------------------------------------------------


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tupay-cli")
    sub = parser.add_subparsers(dest="command", required=True)
    cli_credentials.register(sub)
    return parser


def run(argv: list[str], stdin: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    args = make_parser().parse_args(argv)
    code: int = args.func(args)
    return code


def test_cli_set_stdin_status_clear(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_credentials.use_credential_store(CredentialStore(memory_keyring))
    stdin = f"{CREDS.api_key}\n{CREDS.passphrase}\n{CREDS.signature_secret}\n"
    assert run(["credentials", "set", "--env", "staging", "--stdin"], stdin, monkeypatch) == 0
    assert entry(memory_keyring, "staging") is not None
    assert run(["credentials", "status"]) == 0
    assert run(["credentials", "status", "--env", "staging"]) == 0
    out = capsys.readouterr()
    assert "••••1a2b" in out.out and "stored in the OS keyring" in out.out
    lines = out.out.splitlines()
    assert any(line.startswith("production") and "not set" in line for line in lines)
    assert any(line.startswith("staging") and "Passphrase set, Signature set" in line for line in lines)
    assert run(["credentials", "clear", "--env", "staging"]) == 0
    assert entry(memory_keyring, "staging") is None
    out = capsys.readouterr()
    for secret in CREDS.secrets():
        assert secret not in out.out + out.err


def test_cli_set_prompts_without_echo(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_credentials.use_credential_store(CredentialStore(memory_keyring))
    answers = iter(CREDS.secrets())
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    assert run(["credentials", "set", "--env", "production"]) == 0
    assert prompts == ["API Key: ", "API Passphrase: ", "API Signature: "]
    assert CredentialStore(memory_keyring).get("production") == CREDS
    out = capsys.readouterr()
    assert "••••1a2b" in out.out and CREDS.api_key not in out.out


@pytest.mark.parametrize(
    "argv, stdin",
    [
        (["credentials", "set", "--env", "nowhere", "--stdin"], "a\nb\nc\n"),
        (["credentials", "set", "--env", "staging", "--stdin"], "only-one-line\n"),
        (["credentials", "set", "--env", "staging", "--stdin"], "a-key-value\n\nsig-value\n"),
        (["credentials", "set", "--env", "staging", "--stdin"], "a\nb\nc\nd\n"),
        (["credentials", "status", "--env", "nowhere"], None),
        (["credentials", "clear", "--env", "nowhere"], None),
    ],
)
def test_cli_usage_errors_exit_2_and_store_nothing(
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    stdin: str | None,
) -> None:
    cli_credentials.use_credential_store(CredentialStore(memory_keyring))
    assert run(argv, stdin, monkeypatch) == 2
    assert memory_keyring.entries == {}
    err = capsys.readouterr().err
    assert err
    if stdin:
        assert "a-key-value" not in err and "sig-value" not in err


def test_cli_missing_env_is_a_usage_error(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_credentials.use_credential_store(CredentialStore(memory_keyring))
    assert run(["credentials", "set"]) == 2
    assert run(["credentials", "clear"]) == 2
    assert capsys.readouterr().err.count("--env E is required") == 2
    assert memory_keyring.entries == {}


def test_cli_global_env_option_shows_through(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """tupay-cli has a global --env; `tupay-cli --env staging credentials ...` must honour it."""
    parser = argparse.ArgumentParser(prog="tupay-cli")
    parser.add_argument("--env", default=None)
    cli_credentials.register(parser.add_subparsers(dest="command", required=True))
    cli_credentials.use_credential_store(CredentialStore(memory_keyring))
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(CREDS.secrets())))
    args = parser.parse_args(["--env", "staging", "credentials", "set", "--stdin"])
    assert args.func(args) == 0
    assert entry(memory_keyring, "staging") is not None
    capsys.readouterr()
    args = parser.parse_args(["--env", "staging", "credentials", "status"])
    assert args.func(args) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == ["staging"]
    args = parser.parse_args(["--env", "production", "credentials", "clear", "--env", "staging"])
    assert args.func(args) == 0  # the subcommand's own --env wins
    assert entry(memory_keyring, "staging") is None


def test_cli_without_keyring_says_so_and_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_credentials.use_credential_store(CredentialStore(fail.Keyring()))
    assert run(["credentials", "set", "--env", "staging", "--stdin"], "k-123456789\np\ns\n", monkeypatch) == 1
    err = capsys.readouterr().err
    assert SESSION_ONLY_WORDS in err and "NOT saved" in err
    assert run(["credentials", "status", "--env", "staging"]) == 0
    out = capsys.readouterr()
    assert "session-only" in out.out and SESSION_ONLY_WORDS in out.err
    assert run(["credentials", "clear", "--env", "staging"]) == 1


def test_cli_custom_environment_is_known(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind, SettingsStore

    SettingsStore().put(EnvironmentConfig("custom-lab", EnvironmentKind.CUSTOM, "Lab", "http://127.0.0.1:9"))
    cli_credentials.use_credential_store(CredentialStore(memory_keyring))
    assert (
        run(["credentials", "set", "--env", "custom-lab", "--stdin"], "k-123456789\np\ns\n", monkeypatch) == 0
    )
    assert entry(memory_keyring, "custom-lab") is not None


# -- resolve_credentials -----------------------------------------------------------------------


def test_resolve_env_vars_override_store_only_when_all_three_set(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = CredentialStore(memory_keyring)
    cli_credentials.use_credential_store(store)
    store.set("staging", CREDS)
    assert cli_credentials.resolve_credentials("staging") == CREDS
    monkeypatch.setenv("TUPAY_API_KEY", "env-key-00001")
    monkeypatch.setenv("TUPAY_API_PASSPHRASE", "env-pass")
    assert cli_credentials.resolve_credentials("staging") == CREDS  # partial: ignored
    problem = cli_credentials.env_override_problem()
    assert problem is not None and "TUPAY_API_SIGNATURE" in problem and "env-key" not in problem
    monkeypatch.setenv("TUPAY_API_SIGNATURE", "env-sig")
    assert cli_credentials.resolve_credentials("staging") == Credentials(
        "env-key-00001", "env-pass", "env-sig"
    )
    assert cli_credentials.resolve_credentials("production") == Credentials(
        "env-key-00001", "env-pass", "env-sig"
    )
    assert cli_credentials.env_override_problem() is None


def test_resolve_missing_and_sandbox(memory_keyring: MemoryKeyring) -> None:
    cli_credentials.use_credential_store(CredentialStore(memory_keyring))
    assert cli_credentials.resolve_credentials("production") is None
    sandbox = cli_credentials.resolve_credentials("sandbox")
    assert sandbox is not None
    assert cli_credentials.resolve_credentials("sandbox") == sandbox
    assert entry(memory_keyring, "sandbox") is not None


# -- the entry format --------------------------------------------------------------------------

_field = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=32,
)


@given(api_key=_field, passphrase=_field, signature=st.text(min_size=1, max_size=200).map(str.strip))
def test_entry_round_trips_and_stays_small(api_key: str, passphrase: str, signature: str) -> None:
    creds = Credentials(api_key, passphrase, signature)
    try:
        check_credentials(creds)
    except ValueError:
        return  # refused values are never stored
    encoded = encode_entry(creds)
    assert len(encoded) < MAX_ENTRY_BYTES
    assert decode_entry(encoded.decode("utf-8")) == creds
    backend = MemoryKeyring()
    assert CredentialStore(backend).set("custom-x", creds) is True
    assert CredentialStore(backend).get("custom-x") == creds


def test_keyring_calls_are_serialised_across_threads() -> None:
    """Worker threads never call the backend concurrently (an unlock prompt blocks them all)."""

    class Watching(MemoryKeyring):
        def __init__(self) -> None:
            super().__init__()
            self.active = 0
            self.max_active = 0
            self.gate = threading.Lock()

        def _enter(self) -> None:
            with self.gate:
                self.active += 1
                self.max_active = max(self.max_active, self.active)

        def _leave(self) -> None:
            with self.gate:
                self.active -= 1

        def get_password(self, service: str, username: str) -> str | None:
            self._enter()
            try:
                threading.Event().wait(0.001)  # widen the window a concurrent caller would hit
                return super().get_password(service, username)
            finally:
                self._leave()

        def set_password(self, service: str, username: str, password: str) -> None:
            self._enter()
            try:
                threading.Event().wait(0.001)
                super().set_password(service, username, password)
            finally:
                self._leave()

    backend = Watching()
    store = CredentialStore(backend)

    def worker(i: int) -> None:
        for j in range(5):
            store.set(f"custom-{i}", Credentials(f"key-{i}-{j}-0000", "p", "s"))
            store.get(f"custom-{i}")

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert backend.max_active == 1
    assert all(store.get(f"custom-{i}") == Credentials(f"key-{i}-4-0000", "p", "s") for i in range(6))
