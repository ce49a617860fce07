"""``tupay-cli credentials set|status|clear``: provisioning the OS keyring from a terminal or a script.

``set --env E`` prompts for the three values without echo (getpass); ``set --env E --stdin`` reads
them as three lines (API Key, API Passphrase, API Signature) for scripts. ``status [--env E]`` shows
which fields are set, the API Key masked to its last 4 characters, and whether the values live in
the OS keyring or only in this session. ``clear --env E`` removes them. No value is ever printed.

With ``--merchants-api`` each command manages the environment's second pair instead: the
Merchants (reconciliation) API user's access key and secret key (``--stdin``: two lines).

:func:`resolve_credentials` is what the other commands use: ``TUPAY_API_KEY``,
``TUPAY_API_PASSPHRASE`` and ``TUPAY_API_SIGNATURE`` (all three set) override the store;
:func:`resolve_merchants_credentials` likewise with ``TUPAY_MERCHANTS_ACCESS_KEY`` and
``TUPAY_MERCHANTS_SECRET_KEY`` (both set).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable
from typing import TextIO

from tupay_desktop.api.merchants import MerchantsCredentials
from tupay_desktop.api.models import Credentials
from tupay_desktop.cli.exits import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from tupay_desktop.store.credentials import SANDBOX_KEY, CredentialStore
from tupay_desktop.store.settings import SettingsStore

log = logging.getLogger(__name__)

ENV_VARS = ("TUPAY_API_KEY", "TUPAY_API_PASSPHRASE", "TUPAY_API_SIGNATURE")
PROMPTS = ("API Key: ", "API Passphrase: ", "API Signature: ")
MERCHANTS_ENV_VARS = ("TUPAY_MERCHANTS_ACCESS_KEY", "TUPAY_MERCHANTS_SECRET_KEY")
MERCHANTS_PROMPTS = ("Merchants API access key: ", "Merchants API secret key: ")

_store: CredentialStore | None = None


def credential_store() -> CredentialStore:
    """The process-wide credential store (so session-only values survive between commands)."""
    global _store
    if _store is None:
        _store = CredentialStore()
    return _store


def use_credential_store(store: CredentialStore | None) -> None:
    """Install ``store`` as the process-wide one (tests, the app's composition root); ``None`` resets."""
    global _store
    _store = store


def env_override() -> Credentials | None:
    """Credentials from the three environment variables, when all three are set and non-empty."""
    values = [os.environ.get(name, "") for name in ENV_VARS]
    if all(values):
        return Credentials(api_key=values[0], passphrase=values[1], signature_secret=values[2])
    return None


def env_override_problem() -> str | None:
    """Plain words when only some of the three variables are set (they are then ignored)."""
    present = [name for name in ENV_VARS if os.environ.get(name)]
    if present and len(present) < len(ENV_VARS):
        missing = [name for name in ENV_VARS if name not in present]
        return (
            f"Ignoring {', '.join(present)}: the credential variables override the keyring only when "
            f"all three are set (missing: {', '.join(missing)})."
        )
    return None


def resolve_credentials(env_key: str) -> Credentials | None:
    """Credentials for ``env_key``: the environment variables if all three are set, else the store.

    For the sandbox, credentials are generated and stored on first use.
    """
    override = env_override()
    if override is not None:
        return override
    problem = env_override_problem()
    if problem:
        log.warning("%s", problem)
    store = credential_store()
    if env_key == SANDBOX_KEY:
        return store.ensure_sandbox_credentials()
    return store.get(env_key)


def merchants_env_override() -> MerchantsCredentials | None:
    """The Merchants API user from ``TUPAY_MERCHANTS_ACCESS_KEY``/``TUPAY_MERCHANTS_SECRET_KEY``
    (both set and non-empty)."""
    values = [os.environ.get(name, "") for name in MERCHANTS_ENV_VARS]
    if all(values):
        return MerchantsCredentials(access_key=values[0], secret_key=values[1])
    return None


def resolve_merchants_credentials(env_key: str) -> MerchantsCredentials | None:
    """The Merchants API user for ``env_key``: the two environment variables if both are set,
    else the store (generated on first use for the sandbox)."""
    override = merchants_env_override()
    if override is not None:
        return override
    present = [name for name in MERCHANTS_ENV_VARS if os.environ.get(name)]
    if present:
        log.warning("Ignoring %s: the Merchants API variables override the keyring only when both "
                    "are set.", ", ".join(present))
    store = credential_store()
    if env_key == SANDBOX_KEY:
        return store.ensure_sandbox_merchants_credentials()
    return store.get_merchants(env_key)


# -- command handlers ---------------------------------------------------------------------------


def _env_arg(args: argparse.Namespace) -> str | None:
    value = getattr(args, "env", None)
    return value if isinstance(value, str) else None


def _known_env(settings: SettingsStore, env_key: str | None, err: TextIO) -> bool:
    if env_key is None:
        print("tupay-cli credentials: --env E is required (sandbox, staging, production, ...).", file=err)
        return False
    keys = settings.keys()
    if env_key in keys:
        return True
    print(f"tupay-cli credentials: unknown environment {env_key!r}; known: {', '.join(keys)}.", file=err)
    return False


def _read_values(args: argparse.Namespace) -> list[str] | None:
    merchants = getattr(args, "merchants_api", False)
    prompts = MERCHANTS_PROMPTS if merchants else PROMPTS
    if args.stdin:
        lines = sys.stdin.read().splitlines()
        count = len(prompts)
        values = [line.strip() for line in lines[:count]]
        if len(values) < count or (len(lines) > count and any(line.strip() for line in lines[count:])):
            expected = ("exactly two lines (Merchants API access key, secret key)" if merchants else
                        "exactly three lines (API Key, API Passphrase, API Signature)")
            print(f"tupay-cli credentials set --stdin: expected {expected}.", file=sys.stderr)
            return None
        return values
    try:
        return [getpass.getpass(prompt).strip() for prompt in prompts]
    except (EOFError, KeyboardInterrupt):
        print("\ntupay-cli credentials set: cancelled; nothing stored.", file=sys.stderr)
        return None


def cmd_set(args: argparse.Namespace) -> int:
    settings = SettingsStore()
    env_key = _env_arg(args)
    if not _known_env(settings, env_key, sys.stderr) or env_key is None:
        return EXIT_USAGE
    values = _read_values(args)
    if values is None:
        return EXIT_USAGE
    if getattr(args, "merchants_api", False):
        return _set_merchants(settings, env_key, values)
    credentials = Credentials(api_key=values[0], passphrase=values[1], signature_secret=values[2])
    store = credential_store()
    return _stored(settings, env_key, "Credentials", lambda: store.set(env_key, credentials),
                   lambda: f"API Key {store.status(env_key).api_key_masked}")


def _set_merchants(settings: SettingsStore, env_key: str, values: list[str]) -> int:
    store = credential_store()
    user = MerchantsCredentials(values[0], values[1])
    return _stored(settings, env_key, "Merchants API credentials", lambda: store.set_merchants(env_key, user),
                   lambda: f"access key {store.merchants_status(env_key).access_key_masked}")


def _stored(settings: SettingsStore, env_key: str, what: str, save: Callable[[], bool],
            masked: Callable[[], str]) -> int:
    """Run ``save`` (a store's set) and say where ``what`` went: the keyring (exit 0), refused
    (a field named, never its value: exit 2) or nowhere lasting (exit 1)."""
    try:
        persisted = save()
    except ValueError as exc:  # names the field, never its value
        print(f"tupay-cli credentials set: {exc} Nothing stored.", file=sys.stderr)
        return EXIT_USAGE
    name = settings.get(env_key).display_name
    if persisted:
        print(f"{what} for {name} ({env_key}) stored in the OS keyring: {masked()}.")
        return EXIT_OK
    print(credential_store().problem or "The OS keyring is unavailable.", file=sys.stderr)
    print(f"{what} for {name} ({env_key}) were NOT saved.", file=sys.stderr)
    return EXIT_FAILURE


def _merchants_status_line(store: CredentialStore, settings: SettingsStore, env_key: str) -> str:
    env = settings.get(env_key)
    status = store.merchants_status(env_key)
    if status.access_key_masked is None and status.keyring_unreadable:
        where = "unknown: the OS keyring could not be read (locked?)"
        fields = "Merchants API access key ?, secret key ?"
    elif status.access_key_masked is None:
        where, fields = "not set up", "Merchants API access key not set, secret key not set"
    else:
        where = "stored in the OS keyring" if status.persisted else "session-only (forgotten on exit)"
        fields = (f"Merchants API access key {status.access_key_masked}, "
                  f"secret key {'set' if status.has_secret else 'not set'}")
    return f"{env.key:<12} {env.display_name:<14} {fields} — {where}"


def _status_line(store: CredentialStore, settings: SettingsStore, env_key: str) -> str:
    env = settings.get(env_key)
    status = store.status(env_key)
    if status.api_key_masked is None and status.keyring_unreadable:
        # A locked keyring may well hold them: never say "no credentials" then.
        where = "unknown: the OS keyring could not be read (locked?)"
        fields = "API Key ?, Passphrase ?, Signature ?"
    elif status.api_key_masked is None:
        where = "no credentials"
        fields = "API Key not set, Passphrase not set, Signature not set"
    else:
        where = "stored in the OS keyring" if status.persisted else "session-only (forgotten on exit)"
        fields = (
            f"API Key {status.api_key_masked}, "
            f"Passphrase {'set' if status.has_passphrase else 'not set'}, "
            f"Signature {'set' if status.has_signature else 'not set'}"
        )
    return f"{env.key:<12} {env.display_name:<14} {fields} — {where}"


def cmd_status(args: argparse.Namespace) -> int:
    settings = SettingsStore()
    env_key = _env_arg(args)
    if env_key is not None and not _known_env(settings, env_key, sys.stderr):
        return EXIT_USAGE
    store = credential_store()
    keys = [env_key] if env_key is not None else settings.keys()
    if getattr(args, "merchants_api", False):
        for key in keys:
            print(_merchants_status_line(store, settings, key))
        if merchants_env_override() is not None:
            print("Note: TUPAY_MERCHANTS_ACCESS_KEY and TUPAY_MERCHANTS_SECRET_KEY are set and override "
                  "the stored Merchants API credentials for every environment.")
        if store.problem:
            print(store.problem, file=sys.stderr)
        return EXIT_OK
    for key in keys:
        print(_status_line(store, settings, key))
    if env_override() is not None:
        print("Note: TUPAY_API_KEY, TUPAY_API_PASSPHRASE and TUPAY_API_SIGNATURE are set and override "
              "the stored credentials for every environment.")
    problem = env_override_problem()
    if problem:
        print(f"Note: {problem}", file=sys.stderr)
    if store.problem:
        print(store.problem, file=sys.stderr)
    return EXIT_OK


def cmd_clear(args: argparse.Namespace) -> int:
    settings = SettingsStore()
    env_key = _env_arg(args)
    if not _known_env(settings, env_key, sys.stderr) or env_key is None:
        return EXIT_USAGE
    store = credential_store()
    name = settings.get(env_key).display_name
    merchants = getattr(args, "merchants_api", False)
    what = "Merchants API credentials" if merchants else "Credentials"
    if (store.clear_merchants(env_key) if merchants else store.clear(env_key)):
        print(f"{what} for {name} ({env_key}) cleared.")
        return EXIT_OK
    print(store.problem or "The OS keyring is unavailable.", file=sys.stderr)
    print(f"{what} for {name} ({env_key}) were forgotten for this session, but the OS keyring "
          "could not be reached: an entry may remain there.", file=sys.stderr)
    return EXIT_FAILURE


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``credentials set|status|clear`` to the CLI's subcommands."""
    parser = subparsers.add_parser(
        "credentials",
        help="store, show (masked) or clear an environment's API credentials in the OS keyring",
        description="API credentials per environment, kept in the OS keyring (service 'tupay-desktop').",
    )
    commands = parser.add_subparsers(dest="credentials_command", required=True, metavar="{set,status,clear}")

    p_set = commands.add_parser("set", help="store the API Key, Passphrase and Signature for an environment")
    # default=SUPPRESS: a --env given before "credentials" (tupay-cli's global option) shows through.
    p_set.add_argument("--env", default=argparse.SUPPRESS, metavar="E", help="environment key (required)")
    p_set.add_argument(
        "--stdin",
        action="store_true",
        help="read three lines from standard input (API Key, API Passphrase, API Signature) "
        "instead of prompting",
    )
    p_set.set_defaults(func=cmd_set)

    p_status = commands.add_parser("status", help="show which credentials are set (API Key masked)")
    p_status.add_argument(
        "--env", default=argparse.SUPPRESS, metavar="E", help="one environment (default: all)"
    )
    p_status.set_defaults(func=cmd_status)

    p_clear = commands.add_parser("clear", help="remove an environment's credentials from the OS keyring")
    p_clear.add_argument("--env", default=argparse.SUPPRESS, metavar="E", help="environment key (required)")
    p_clear.set_defaults(func=cmd_clear)

    for sub in (p_set, p_status, p_clear):
        sub.add_argument(
            "--merchants-api", action="store_true",
            help="the environment's Merchants (reconciliation) API user instead: access key and "
                 "secret key (with --stdin: two lines)",
        )
