"""What every ``tupay-cli`` command shares: exit codes, the usage error, output helpers, and
:func:`connect` — where a command's requests go and with which credentials.

``--base-url`` without ``--env`` journals under the configured environment with that URL, else an
ad-hoc ``custom-url-<host>-<port>``. Credentials: ``TUPAY_API_KEY``/``TUPAY_API_PASSPHRASE``/
``TUPAY_API_SIGNATURE`` (all three) override the OS keyring entry of the environment.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shlex
import sys
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from tupay_desktop.api.client import InsecureURLError, InvalidURLError, parse_base_url
from tupay_desktop.api.client import check_base_url as check_url
from tupay_desktop.api.errors import describe_error, describe_rejection, describe_status, explain_failure
from tupay_desktop.api.models import (
    ApiFailure,
    CashoutStatus,
    Credentials,
    Exchange,
    NetworkError,
    StatusOutcome,
    StatusResult,
)
from tupay_desktop.cli import credentials as cli_credentials
from tupay_desktop.cli.exits import EXIT_API_ERROR, EXIT_NETWORK, EXIT_OK
from tupay_desktop.store.paths import data_dir
from tupay_desktop.store.settings import (
    EnvironmentConfig,
    EnvironmentKind,
    SettingsStore,
    slugify,
    url_origin,
)

if TYPE_CHECKING:
    from tupay_desktop.service import CashoutService

#: The sandbox state file under data_dir(), shared with the Desk.
SANDBOX_STATE_FILE = "sandbox-state.json"

#: ``create --json`` without a file name: machine-readable output (like the global ``--json``).
_MACHINE = "\0machine"


class UsageError(Exception):
    """A problem with what the operator asked for; printed as-is, exit code 2. Never holds a secret."""


def default_lang() -> str:
    """``es`` when the LANG (or LC_ALL / LC_MESSAGES) environment variable starts with ``es``."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


def new_external_id() -> str:
    """A fresh external_id for a cashout: ``desk-`` + 20 hex characters."""
    return "desk-" + uuid.uuid4().hex[:20]


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def print_fields(pairs: list[tuple[str, object]], out: TextIO | None = None) -> None:
    shown = [(key, value) for key, value in pairs if value is not None and value != ""]
    if not shown:
        return
    width = max(12, *(len(key) for key, _ in shown))
    for key, value in shown:
        print(f"{key.ljust(width)} : {value}", file=out or sys.stdout)


def exchange_json(exchange: Exchange | None) -> dict[str, Any] | None:
    if exchange is None:
        return None
    return {
        "method": exchange.method,
        "url": exchange.url,
        "started_at": exchange.started_at.isoformat(),
        "elapsed_ms": None if exchange.elapsed_ms is None else round(exchange.elapsed_ms, 1),
        "status_code": exchange.status_code,
        "request_body": exchange.request_body,  # already redacted (login/pass → ***)
        "response_body": exchange.response_body,
        "error": exchange.error,
    }


def emit_json(payload: Mapping[str, Any]) -> None:
    print(json.dumps(payload, ensure_ascii=False, default=str))


def status_json(status: CashoutStatus, lang: str) -> dict[str, Any]:
    info = describe_status(status.code, lang)
    result: dict[str, Any] = {
        "code": status.code,
        "name": info.name,
        "label": info.label,
        "meaning": info.meaning,
        "description": status.description,
        "is_final": info.is_final,
        "cancellable": info.cancellable,
        "rejection_code": status.rejection_code,
        "rejection_reason": status.rejection_reason,
        "bank_reference_id": status.bank_reference_id,
    }
    if status.rejection_code is not None or status.rejection_reason:
        rejection = describe_rejection(status.rejection_code, status.rejection_reason, lang)
        result["rejection"] = {"title": rejection.title, "hint": rejection.hint}
    return result


# --------------------------------------------------------------------------------------------
# Where to send, with which credentials
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """The resolved destination of a command."""

    env_key: str | None
    label: str
    base_url: str
    is_production: bool
    notification_url: str = ""


def target_credentials(env_key: str | None) -> Credentials:
    if env_key is None:
        creds = cli_credentials.env_override()
        if creds is None:
            raise UsageError(
                "no credentials for --base-url: set TUPAY_API_KEY, TUPAY_API_PASSPHRASE and "
                "TUPAY_API_SIGNATURE, or add --env <env> to use that environment's stored credentials"
            )
        return creds
    creds = cli_credentials.resolve_credentials(env_key)
    if creds is None:
        store = cli_credentials.credential_store()
        if store.can_retry:  # a locked keyring may hold them: not "no credentials"
            raise UsageError(
                f"the credentials of {env_key} cannot be read: {store.problem} Unlock the OS keyring "
                "and run the command again (or set TUPAY_API_KEY, TUPAY_API_PASSPHRASE and "
                "TUPAY_API_SIGNATURE)"
            )
        raise UsageError(f"no credentials for {env_key}: run tupay-cli credentials set --env {env_key}")
    return creds


def _environment(env_key: str) -> EnvironmentConfig:
    settings = SettingsStore()
    try:
        return settings.get(env_key)
    except KeyError:
        raise UsageError(
            f"unknown environment {env_key!r}; known: {', '.join(settings.keys())}"
        ) from None


def _environment_for_url(base_url: str) -> EnvironmentConfig:
    """The environment requests to ``base_url`` belong to (journal rows belong to an environment):
    a production address, however spelt, is journalled under Production; else the configured
    environment with this address; else an ad-hoc one keyed by host and port (different
    sandboxes must not share one key). Addresses compare as the transport sends them."""
    settings = SettingsStore()
    production = settings.production_environment_for(base_url)
    if production is not None:
        return production
    origin = url_origin(base_url)
    for env in settings.environments():
        if env.base_url and origin is not None and url_origin(env.base_url) == origin:
            return env
    wanted = parse_base_url(base_url).url
    _scheme, host, port, _path = origin or ("", "host", "", "")
    key = "custom-url-" + (slugify(f"{host}-{port}") or "host")
    return EnvironmentConfig(key, EnvironmentKind.CUSTOM, wanted, wanted)


@contextlib.contextmanager
def connect(args: argparse.Namespace, *, account: bool = True) -> Iterator[tuple[CashoutService, Target]]:
    """Open the service (client + journal) for the command's target, starting the in-process
    sandbox when needed. Every create is journalled before it is sent, as in the Desk."""
    from tupay_desktop.service import CashoutService  # the client and httpx: only when a command runs

    base_url: str | None = args.base_url
    env_key: str | None = args.env
    if base_url is None and env_key is None:
        env_key = "sandbox"
    credentials = target_credentials(env_key)
    sandbox: Sandbox | None = None
    with contextlib.ExitStack() as stack:
        if env_key is not None:
            env = _environment(env_key)
        else:
            assert base_url is not None
            try:
                check_url(base_url)
            except (InsecureURLError, InvalidURLError) as exc:
                raise UsageError(str(exc)) from None
            env = _environment_for_url(base_url)
        if env_key is not None and base_url is not None and not env.is_production:
            if SettingsStore().is_production_url(base_url):
                # Journalled under env_key, its cashouts would later be reconciled against that
                # environment's server (509 -> "not created"), though they exist in production.
                raise UsageError(
                    f"{base_url} is the production address, but {env_key} is not the production "
                    "environment: use --env production (cashouts are journalled and reconciled "
                    "under the environment they are sent to)"
                )
        if base_url is None:
            if env.is_sandbox and not env.base_url:
                from tupay_desktop.sandbox import Sandbox  # only for the built-in sandbox

                sandbox = Sandbox(credentials=credentials, state_file=data_dir() / SANDBOX_STATE_FILE)
                stack.enter_context(sandbox)
                base_url = sandbox.url
            else:
                base_url = env.base_url
        try:  # shown and sent as the transport spells it: the host that is really reached
            base_url = parse_base_url(base_url).url
        except InvalidURLError as exc:
            raise UsageError(str(exc)) from None
        target = Target(
            env_key=env.key,
            label=env.key if env_key is not None else base_url,
            base_url=base_url,
            # Whatever the environment is called: its URL, however spelt, may be production's.
            is_production=env.is_production or SettingsStore().is_production_url(base_url),
            notification_url=env.notification_url,
        )
        try:
            service = CashoutService(env, base_url, credentials,
                                     settling_window=SettingsStore().settling_window)
        except (InsecureURLError, InvalidURLError) as exc:
            raise UsageError(str(exc)) from None
        stack.enter_context(service)
        if account:
            # The account (Merchants API), where its user is set up: the create's duplicate and
            # 511 checks and reconcile use it; a lookup does not (nor does it touch the keyring).
            from tupay_desktop.cli.account import attach_account  # cli.account imports this module

            attach_account(service, sandbox)
        yield service, target


def env_suffix(args: argparse.Namespace) -> str:
    """The target options of this command, quoted for a POSIX shell (to paste into advice)."""
    if args.base_url is not None:
        suffix = f" --base-url {shlex.quote(args.base_url)}"
        return suffix + (f" --env {shlex.quote(args.env)}" if args.env else "")
    return f" --env {shlex.quote(args.env)}" if args.env else ""


def status_command(external_id: str, args: argparse.Namespace) -> str:
    """The shell command that looks ``external_id`` up where this command sent it. Every value is
    quoted (``shlex.quote``): an external_id such as ``a;rm -rf ~`` or ``$(…)`` is pasted as data."""
    return f"tupay-cli status --external-id {shlex.quote(external_id)}{env_suffix(args)}"



def report_api_failure(
    args: argparse.Namespace, outcome: ApiFailure, base: dict[str, Any], lead: str
) -> int:
    error = outcome.error
    info = describe_error(error.code, error.message or None, args.lang)
    if args.json_output:
        emit_json({"outcome": "api_error", "ok": False, **base,
                    "error": {"code": error.code, "message": error.message, "http_status": error.http_status,
                              "reason": error.reason, "reason_code": error.reason_code,
                              "location": error.location, "title": info.title, "hint": info.hint},
                    "exchange": exchange_json(outcome.exchange)})
    else:
        if error.code is not None:
            what = f"TuPay error {error.code}"
        elif error.http_status is not None and 300 <= error.http_status < 400:
            what = f"a redirect that was not followed (HTTP {error.http_status})"
        else:
            what = f"not a TuPay answer (HTTP {error.http_status if error.http_status is not None else '?'})"
        print_fields([("result", f"{lead}: {what}"), ("error", explain_failure(error, args.lang))])
    return EXIT_API_ERROR


def report_network_error(
    args: argparse.Namespace, outcome: NetworkError, base: dict[str, Any], lead: str
) -> int:
    if args.json_output:
        emit_json({"outcome": "network_error", "ok": False, **base, "message": outcome.message,
                    "exchange": exchange_json(outcome.exchange)})
    else:
        print_fields([("result", f"{lead}: network problem"), ("error", outcome.message)])
    return EXIT_NETWORK


def report_status(args: argparse.Namespace, outcome: StatusResult, base: dict[str, Any], kind: str) -> int:
    status = outcome.status
    if args.json_output:
        emit_json({"outcome": kind, "ok": True, **base, "status": status_json(status, args.lang),
                    "exchange": exchange_json(outcome.exchange)})
        return EXIT_OK
    info = describe_status(status.code, args.lang)
    pairs: list[tuple[str, object]] = [
        ("environment", base.get("environment")),
        ("cashout_id", base.get("cashout_id")),
        ("external_id", base.get("external_id")),
        ("status", f"{info.label} ({status.code})"),
        ("meaning", info.meaning),
        ("description", status.description),
        ("bank reference", status.bank_reference_id),
    ]
    if status.rejection_code is not None or status.rejection_reason:
        rejection = describe_rejection(status.rejection_code, status.rejection_reason, args.lang)
        code = f" ({status.rejection_code})" if status.rejection_code is not None else ""
        pairs += [("rejection", f"{rejection.title}{code}"), ("what to do", rejection.hint)]
    print_fields(pairs)
    return EXIT_OK



def report_status_outcome(
    args: argparse.Namespace, outcome: StatusOutcome, target: Target, done: str, failed: str
) -> int:
    """Report a status or cancel answer: the status, or the failure headed ``failed``."""
    base = {"environment": target.label, "base_url": target.base_url,
            "cashout_id": args.cashout_id, "external_id": args.external_id}
    if isinstance(outcome, StatusResult):
        return report_status(args, outcome, base, done)
    if isinstance(outcome, ApiFailure):
        return report_api_failure(args, outcome, base, failed)
    return report_network_error(args, outcome, base, failed)



def common_options(parser: argparse.ArgumentParser, *, top: bool, json_flag: bool = True) -> None:
    """Target/output options, accepted before or after the subcommand (after wins)."""
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument("--env", metavar="ENV", default=default,
                        help="environment: sandbox (default; runs the built-in sandbox), staging, "
                             "production, or a custom environment's key")
    parser.add_argument("--base-url", metavar="URL", default=default,
                        help="send to this URL instead (https; http only to this machine)")
    if json_flag:
        parser.add_argument("--json", dest="json_output", action="store_true",
                            default=False if top else argparse.SUPPRESS,
                            help="print one JSON object instead of text")
    parser.add_argument("--lang", choices=("en", "es"), default=default_lang() if top else argparse.SUPPRESS,
                        help="language of messages (default: from LANG)")


def external_id_arg(text: str) -> str:
    """An ``--external-id`` to look up or act on: 1 to 100 characters (TuPay's limit), refused
    here rather than by TuPay's 300."""
    from tupay_desktop.api.validation import MAX_EXTERNAL_ID

    value = text.strip()
    if not value or len(value) > MAX_EXTERNAL_ID:
        raise argparse.ArgumentTypeError(
            f"not an external id: {len(value)} characters (1 to {MAX_EXTERNAL_ID})")
    return value


def positive_int(text: str) -> int:
    """A ``--cashout-id``: ASCII digits, 1 to ``api.models.MAX_CASHOUT_ID`` (refused here, before
    any request, not after TuPay answered)."""
    from tupay_desktop.api.models import parse_cashout_id

    try:
        return parse_cashout_id(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a cashout id: {text!r} ({exc})") from None


