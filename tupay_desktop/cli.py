"""``tupay-cli``: the Desk's core, headless — create, look up, cancel, check, and manage credentials.

Where requests go: ``--base-url URL``, or ``--env KEY`` (default ``sandbox``). ``--env sandbox``
without ``--base-url`` runs the built-in sandbox in this process for the duration of the command,
over the Desk's own sandbox state file, so the CLI sees the Desk's sandbox cashouts.

Every command goes through :class:`tupay_desktop.service.CashoutService`, as in the Desk: a create
is journalled before a byte is sent, and a journalled external_id is never sent twice (``history``
and ``reconcile`` come from :mod:`tupay_desktop.cli_history`). ``--base-url`` without ``--env``
journals under the configured environment with that URL, else an ad-hoc ``custom-url-<host>-<port>``.

Credentials: ``TUPAY_API_KEY``/``TUPAY_API_PASSPHRASE``/``TUPAY_API_SIGNATURE`` (all three) override
the OS keyring entry of the environment (``tupay-cli credentials set --env E``). No secret is ever
printed.

Exit codes: 0 ok, 1 TuPay answered with an error, 2 usage or validation problem (nothing sent),
3 network problem, outcome unknown, or an unexpected failure of the Desk itself.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

import tupay_desktop
from tupay_desktop import cli_credentials, cli_history
from tupay_desktop.api.client import InsecureURLError, InvalidURLError
from tupay_desktop.api.client import check_base_url as check_url
from tupay_desktop.api.diagnosis import Diagnosis
from tupay_desktop.api.errors import describe_error, describe_rejection, describe_status, explain_failure
from tupay_desktop.api.models import (
    ApiFailure,
    CashoutStatus,
    Created,
    Credentials,
    Exchange,
    NetworkError,
    OutcomeUnknown,
    StatusOutcome,
    StatusResult,
)
from tupay_desktop.api.validation import FIELD_ORDER, validate_form
from tupay_desktop.sandbox import Sandbox
from tupay_desktop.service import EXTERNAL_ID_USED, CashoutService
from tupay_desktop.store.journal import ExternalIdInUseError
from tupay_desktop.store.paths import data_dir
from tupay_desktop.store.settings import (
    EnvironmentConfig,
    EnvironmentKind,
    SettingsStore,
    slugify,
    url_origin,
)

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_NETWORK",
    "EXIT_OK",
    "EXIT_USAGE",
    "SANDBOX_STATE_FILE",
    "build_parser",
    "main",
]

EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_NETWORK = 3

#: The sandbox state file under data_dir(), shared with the Desk.
SANDBOX_STATE_FILE = "sandbox-state.json"

#: ``create --json`` without a file name: machine-readable output (like the global ``--json``).
_MACHINE = "\0machine"

#: CLI flag (dest) → request field.
_FIELD_FLAGS: dict[str, str] = {
    "external_id": "external_id",
    "amount": "amount",
    "currency": "currency",
    "country": "country",
    "document_type": "document_type",
    "document_id": "document_id",
    "name": "beneficiary_name",
    "lastname": "beneficiary_lastname",
    "bank_account": "bank_account",
    "account_type": "account_type",
    "notification_url": "notification_url",
    "comments": "comments",
}


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


def _print_fields(pairs: list[tuple[str, object]], out: TextIO | None = None) -> None:
    shown = [(key, value) for key, value in pairs if value is not None and value != ""]
    if not shown:
        return
    width = max(12, *(len(key) for key, _ in shown))
    for key, value in shown:
        print(f"{key.ljust(width)} : {value}", file=out or sys.stdout)


def _exchange_json(exchange: Exchange | None) -> dict[str, Any] | None:
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


def _emit_json(payload: Mapping[str, Any]) -> None:
    print(json.dumps(payload, ensure_ascii=False, default=str))


def _status_json(status: CashoutStatus, lang: str) -> dict[str, Any]:
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


def _resolve_credentials(env_key: str | None) -> Credentials:
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
    """The configured environment with this base URL, else an ad-hoc one keyed by host and port
    (journal rows belong to an environment; different sandboxes must not share one key)."""
    wanted = base_url.strip().rstrip("/")
    origin = url_origin(wanted)
    for env in SettingsStore().environments():
        if env.base_url and origin is not None and url_origin(env.base_url) == origin:
            return env
    parts = urlsplit(wanted)
    try:
        port = parts.port
    except ValueError:
        port = None
    key = "custom-url-" + (slugify(f"{parts.hostname or 'host'}-{port or ''}") or "host")
    return EnvironmentConfig(key, EnvironmentKind.CUSTOM, wanted, wanted)


@contextlib.contextmanager
def connect(args: argparse.Namespace) -> Iterator[tuple[CashoutService, Target]]:
    """Open the service (client + journal) for the command's target, starting the in-process
    sandbox when needed. Every create is journalled before it is sent, as in the Desk."""
    base_url: str | None = args.base_url
    env_key: str | None = args.env
    if base_url is None and env_key is None:
        env_key = "sandbox"
    credentials = _resolve_credentials(env_key)
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
                sandbox = Sandbox(credentials=credentials, state_file=data_dir() / SANDBOX_STATE_FILE)
                stack.enter_context(sandbox)
                base_url = sandbox.url
            else:
                base_url = env.base_url
        target = Target(
            env_key=env.key,
            label=env.key if env_key is not None else base_url,
            base_url=base_url,
            # Whatever the environment is called: its URL, however spelt, may be production's.
            is_production=env.is_production or SettingsStore().is_production_url(base_url),
            notification_url=env.notification_url,
        )
        try:
            service = CashoutService(env, base_url, credentials)
        except (InsecureURLError, InvalidURLError) as exc:
            raise UsageError(str(exc)) from None
        stack.enter_context(service)
        yield service, target


def _env_suffix(args: argparse.Namespace) -> str:
    if args.base_url is not None:
        suffix = f" --base-url {args.base_url}"
        return suffix + (f" --env {args.env}" if args.env else "")
    return f" --env {args.env}" if args.env else ""


# --------------------------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------------------------


def _text_value(field: str, value: object) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, list | dict):
        raise UsageError(f"{field}: must be a string or a number in the JSON file")
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _read_request_file(name: str) -> dict[str, str]:
    try:
        if name == "-":
            raw = json.load(sys.stdin, parse_float=Decimal)
        else:
            with Path(name).open(encoding="utf-8") as handle:
                raw = json.load(handle, parse_float=Decimal)
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
    except (ValueError, RecursionError) as exc:
        raise UsageError(f"{name} is not valid JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise UsageError(f"{name} must contain a JSON object of cashout fields")
    secret_fields = sorted(k for k in raw if k in ("login", "pass"))
    if secret_fields:
        raise UsageError(
            f"{name} contains {', '.join(secret_fields)}: credentials never go in a request file; "
            "they come from the keyring or the TUPAY_API_* variables"
        )
    unknown = sorted(k for k in raw if k not in FIELD_ORDER)
    if unknown:
        raise UsageError(f"{name}: unknown field(s) {', '.join(unknown)}; known: {', '.join(FIELD_ORDER)}")
    return {key: _text_value(key, value) for key, value in raw.items()}


def cmd_create(args: argparse.Namespace) -> int:
    values: dict[str, str] = {}
    if args.json_arg not in (None, _MACHINE):
        values.update(_read_request_file(args.json_arg))
    for dest, field in _FIELD_FLAGS.items():
        value = getattr(args, dest, None)
        if value is not None:
            values[field] = value
    if not values.get("external_id", "").strip():
        values["external_id"] = new_external_id()
    args.external_id = values["external_id"]  # named in the report of an unexpected failure

    with connect(args) as (service, target):
        if not values.get("notification_url", "").strip() and target.notification_url:
            values["notification_url"] = target.notification_url
        request, problems = validate_form(values)
        if problems or request is None:
            if args.json_output:
                _emit_json({
                    "outcome": "validation_error",
                    "ok": False,
                    "external_id": values.get("external_id"),
                    "problems": [{"field": p.field, "message": p.message} for p in problems],
                })
            else:
                print("Not sent — fix these fields:", file=sys.stderr)
                for problem in problems:
                    print(f"{problem.field}: {problem.message}", file=sys.stderr)
            return EXIT_USAGE
        if target.is_production and not args.yes:
            raise UsageError(
                f"{target.label} moves real money: repeat the command with --yes to send "
                f"{request.currency} {request.amount} to {request.beneficiary_name} "
                f"{request.beneficiary_lastname} (CCI {request.bank_account})"
            )
        # The operator always has the external_id, whatever happens next.
        if args.json_output:
            print(f"tupay-cli: sending cashout external_id {request.external_id}",
                  file=sys.stderr, flush=True)
        else:
            _print_fields([("environment", target.label), ("external_id", request.external_id)])
            sys.stdout.flush()
        try:
            outcome = service.submit(request)
        except ExternalIdInUseError:
            raise UsageError(
                f"external_id {request.external_id} is already journalled for {target.label} and may "
                "exist at TuPay, so it was NOT sent again; run: tupay-cli status --external-id "
                f"{request.external_id}{_env_suffix(args)}"
            ) from None
        except ValueError as exc:  # the service's own validation
            raise UsageError(str(exc)) from None

    base: dict[str, Any] = {"environment": target.label, "base_url": target.base_url,
                            "external_id": request.external_id}
    suffix = _env_suffix(args)
    if isinstance(outcome, Created):
        if args.json_output:
            _emit_json({"outcome": "created", "ok": True, **base, "cashout_id": outcome.cashout_id,
                        "status": _status_json(CashoutStatus(0, "Pending"), args.lang),
                        "exchange": _exchange_json(outcome.exchange)})
        else:
            info = describe_status(0, args.lang)
            _print_fields([("cashout_id", outcome.cashout_id), ("status", f"{info.label} — {info.meaning}")])
        return EXIT_OK
    if isinstance(outcome, ApiFailure):
        if outcome.error.code == EXTERNAL_ID_USED:  # reconciled by the service: it exists at TuPay
            lead = "Not sent again: TuPay already has a cashout with this external_id"
            return _report_api_failure(args, outcome, base, lead)
        return _report_api_failure(args, outcome, base, "Not created")
    if isinstance(outcome, OutcomeUnknown):
        advice = (
            "Outcome unknown — do NOT resubmit with a new id; "
            f"run: tupay-cli status --external-id {request.external_id}{suffix}"
        )
        if args.json_output:
            _emit_json({"outcome": "outcome_unknown", "ok": False, **base, "message": outcome.message,
                        "advice": advice, "exchange": _exchange_json(outcome.exchange)})
        else:
            print(advice)
            _print_fields([("detail", outcome.message)])
        return EXIT_NETWORK
    return _report_network_error(args, outcome, base, "Not sent")


def _report_api_failure(
    args: argparse.Namespace, outcome: ApiFailure, base: dict[str, Any], lead: str
) -> int:
    error = outcome.error
    info = describe_error(error.code, error.message or None, args.lang)
    if args.json_output:
        _emit_json({"outcome": "api_error", "ok": False, **base,
                    "error": {"code": error.code, "message": error.message, "http_status": error.http_status,
                              "reason": error.reason, "reason_code": error.reason_code,
                              "title": info.title, "hint": info.hint},
                    "exchange": _exchange_json(outcome.exchange)})
    else:
        _print_fields([
            ("result", f"{lead}: TuPay error {error.code if error.code is not None else '?'}"),
            ("error", explain_failure(error, args.lang)),
        ])
    return EXIT_API_ERROR


def _report_network_error(
    args: argparse.Namespace, outcome: NetworkError, base: dict[str, Any], lead: str
) -> int:
    if args.json_output:
        _emit_json({"outcome": "network_error", "ok": False, **base, "message": outcome.message,
                    "exchange": _exchange_json(outcome.exchange)})
    else:
        _print_fields([("result", f"{lead}: network problem"), ("error", outcome.message)])
    return EXIT_NETWORK


def _report_status(args: argparse.Namespace, outcome: StatusResult, base: dict[str, Any], kind: str) -> int:
    status = outcome.status
    if args.json_output:
        _emit_json({"outcome": kind, "ok": True, **base, "status": _status_json(status, args.lang),
                    "exchange": _exchange_json(outcome.exchange)})
        return EXIT_OK
    info = describe_status(status.code, args.lang)
    pairs: list[tuple[str, object]] = [
        ("environment", base.get("environment")),
        ("cashout_id", base.get("cashout_id")),
        ("external_id", base.get("external_id")),
        ("status", f"{info.label} ({status.code})"),
        ("meaning", info.meaning),
        ("description", status.description),
    ]
    if status.rejection_code is not None or status.rejection_reason:
        rejection = describe_rejection(status.rejection_code, status.rejection_reason, args.lang)
        code = f" ({status.rejection_code})" if status.rejection_code is not None else ""
        pairs += [("rejection", f"{rejection.title}{code}"), ("what to do", rejection.hint)]
    _print_fields(pairs)
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    if args.cashout_id is None and not args.external_id:
        raise UsageError("status needs --external-id X or --cashout-id N (or both)")
    with connect(args) as (service, target):
        outcome = service.lookup(cashout_id=args.cashout_id, external_id=args.external_id)
    return _report_status_outcome(args, outcome, target, "status", "Lookup failed")


def cmd_cancel(args: argparse.Namespace) -> int:
    print("Note: cancel is EXPERIMENTAL — documented by D24, not (yet) by TuPay.", file=sys.stderr)
    with connect(args) as (service, target):
        outcome = service.cancel(cashout_id=args.cashout_id, external_id=args.external_id)
    return _report_status_outcome(args, outcome, target, "cancelled", "Not cancelled")


def _report_status_outcome(
    args: argparse.Namespace, outcome: StatusOutcome, target: Target, done: str, failed: str
) -> int:
    """Report a status or cancel answer: the status, or the failure headed ``failed``."""
    base = {"environment": target.label, "base_url": target.base_url,
            "cashout_id": args.cashout_id, "external_id": args.external_id}
    if isinstance(outcome, StatusResult):
        return _report_status(args, outcome, base, done)
    if isinstance(outcome, ApiFailure):
        return _report_api_failure(args, outcome, base, failed)
    return _report_network_error(args, outcome, base, failed)


def cmd_check(args: argparse.Namespace) -> int:
    with connect(args) as (service, target):
        result: Diagnosis = service.check(args.lang)
    if args.json_output:
        _emit_json({"outcome": "diagnosis", "ok": result.ok, "environment": target.label,
                    "base_url": target.base_url, "verdict": result.verdict, "detail": result.detail,
                    "code": result.code, "exchange": _exchange_json(result.exchange)})
    else:
        _print_fields([("environment", target.label), ("base_url", target.base_url),
                       ("result", ("OK — " if result.ok else "FAILED — ") + result.verdict),
                       ("detail", result.detail)])
    if result.ok:
        return EXIT_OK
    return EXIT_API_ERROR if result.code is not None else EXIT_NETWORK


# --------------------------------------------------------------------------------------------
# Parser
# --------------------------------------------------------------------------------------------


def _common_options(parser: argparse.ArgumentParser, *, top: bool, json_flag: bool = True) -> None:
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


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a cashout id: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a cashout id: {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tupay-cli",
        description="TuPay Cashout Desk from the command line: create and look up cashouts, check a "
                    "connection, manage credentials. Exit codes: 0 ok, 1 TuPay error, 2 usage or "
                    "validation problem, 3 network problem or outcome unknown.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {tupay_desktop.__version__}")
    _common_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p_create = commands.add_parser(
        "create", help="create a cashout (validated first; never resent automatically)",
        description="Create a cashout. Fields come from --json FILE (a JSON object) and/or flags; "
                    "flags win. The external_id is printed before anything is sent.",
    )
    _common_options(p_create, top=False, json_flag=False)
    p_create.add_argument(
        "--json", dest="json_arg", nargs="?", const=_MACHINE, default=None, metavar="FILE",
        help="read the request fields from FILE ('-' for stdin); without FILE: print one JSON object",
    )
    p_create.add_argument("--output-json", dest="json_output", action="store_true",
                          default=argparse.SUPPRESS, help="print one JSON object instead of text")
    p_create.add_argument("--external-id", help="your unique id (default: generated, desk-…)")
    p_create.add_argument("--amount", help="amount, e.g. 1250.50 (at most 2 decimals)")
    p_create.add_argument("--currency", help="PEN or USD")
    p_create.add_argument("--country", help="PE (default)")
    p_create.add_argument("--document-type", help="DNI, CE, RUC or PASS")
    p_create.add_argument("--document-id", help="the beneficiary's document number")
    p_create.add_argument("--name", help="beneficiary's first name")
    p_create.add_argument("--lastname", help="beneficiary's last name")
    p_create.add_argument("--bank-account", help="the 20-digit CCI")
    p_create.add_argument("--account-type", help="C (checking) or S (savings)")
    p_create.add_argument("--notification-url", help="where TuPay notifies status changes")
    p_create.add_argument("--comments", help="free text (at most 200 characters)")
    p_create.add_argument("--yes", action="store_true", help="confirm a production cashout (real money)")
    p_create.set_defaults(func=cmd_create)

    p_status = commands.add_parser("status", help="look a cashout up by external_id and/or cashout_id")
    _common_options(p_status, top=False)
    p_status.add_argument("--external-id", help="your id for the cashout")
    p_status.add_argument("--cashout-id", type=_positive_int, help="TuPay's id for the cashout")
    p_status.set_defaults(func=cmd_status)

    p_cancel = commands.add_parser(
        "cancel", help="EXPERIMENTAL: cancel a PENDING cashout (D24-documented endpoint)",
        description="EXPERIMENTAL: cancel a cashout that is still PENDING, via DELETE /v3/cashout/cancel. "
                    "Documented by D24 only; TuPay may not offer it.",
    )
    _common_options(p_cancel, top=False)
    p_cancel.add_argument("--cashout-id", type=_positive_int, required=True, help="TuPay's id")
    p_cancel.add_argument("--external-id", required=True, help="your id")
    p_cancel.set_defaults(func=cmd_cancel)

    p_check = commands.add_parser(
        "check", help="check URL, credentials, IP whitelist and signature with a harmless lookup"
    )
    _common_options(p_check, top=False)
    p_check.set_defaults(func=cmd_check)

    cli_credentials.register(commands)
    cli_history.register(commands)
    return parser


def _unknown_create_advice(args: argparse.Namespace) -> str:
    """For a create cut short (Ctrl+C, an unexpected error): how to learn whether it was sent."""
    external_id = getattr(args, "external_id", None) if args.command == "create" else None
    if not external_id:
        return ""
    return (
        f". If cashout {external_id} was sent, its outcome is unknown: look it up with "
        f"tupay-cli status --external-id {external_id}{_env_suffix(args)} before sending it "
        "again, and never send it under a new id"
    )


def main(argv: list[str] | None = None) -> int:
    """Run ``tupay-cli`` with ``argv`` (default: the process arguments); return the exit code."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="tupay-cli: %(message)s", stream=sys.stderr)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if getattr(args, "json_arg", None) == _MACHINE:
        args.json_output = True
    try:
        code: int = args.func(args)
        return code
    except UsageError as exc:
        if getattr(args, "json_output", False):
            _emit_json({"outcome": "usage_error", "ok": False, "message": str(exc)})
        print(f"tupay-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"tupay-cli: interrupted{_unknown_create_advice(args)}", file=sys.stderr)
        return 130
    except Exception as exc:  # a failure of the Desk itself (journal, disk, ...): never exit 1
        # Exit 1 means "TuPay refused it", after which a script may create the cashout again under
        # a new id. Here nothing is known about a create that was under way: outcome unknown (3).
        external_id = getattr(args, "external_id", None) if args.command == "create" else None
        message = f"unexpected error ({type(exc).__name__}: {str(exc)[:200]}){_unknown_create_advice(args)}"
        if getattr(args, "json_output", False):
            _emit_json({"outcome": "internal_error", "ok": False, "external_id": external_id,
                        "message": message})
        print(f"tupay-cli: {message}", file=sys.stderr)
        return EXIT_NETWORK


if __name__ == "__main__":
    raise SystemExit(main())
