"""``tupay-cli create``, ``status``, ``cancel`` and ``check``: one cashout at a time.

Every command goes through :class:`tupay_desktop.service.CashoutService`, as in the Desk: a create
is journalled before a byte is sent, and a journalled external_id is never sent twice.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tupay_desktop.api.errors import describe_status
from tupay_desktop.api.models import (
    ApiFailure,
    CashoutStatus,
    Created,
    OutcomeUnknown,
)
from tupay_desktop.cli.common import (
    UsageError,
    common_options,
    connect,
    emit_json,
    env_suffix,
    exchange_json,
    positive_int,
    print_fields,
    report_api_failure,
    report_network_error,
    report_status_outcome,
    status_json,
)
from tupay_desktop.cli.exits import EXIT_API_ERROR, EXIT_NETWORK, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from tupay_desktop.api.diagnosis import Diagnosis

# What only ``create`` needs (validation, the journal's and the service's create rules) is imported
# in ``cmd_create``: a lookup script does not pay for the create path.

#: ``create --json`` without a file name: machine-readable output (like the global ``--json``).
MACHINE = "\0machine"

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


def new_external_id() -> str:
    """A fresh external_id for a cashout: ``desk-`` + 20 hex characters."""
    return "desk-" + uuid.uuid4().hex[:20]



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
    from tupay_desktop.api.validation import FIELD_ORDER

    unknown = sorted(k for k in raw if k not in FIELD_ORDER)
    if unknown:
        raise UsageError(f"{name}: unknown field(s) {', '.join(unknown)}; known: {', '.join(FIELD_ORDER)}")
    return {key: _text_value(key, value) for key, value in raw.items()}


def cmd_create(args: argparse.Namespace) -> int:
    from tupay_desktop.api.validation import validate_form
    from tupay_desktop.service import EXTERNAL_ID_USED
    from tupay_desktop.store.journal import ExternalIdInUseError

    values: dict[str, str] = {}
    if args.json_arg not in (None, MACHINE):
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
                emit_json({
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
            print_fields([("environment", target.label), ("external_id", request.external_id)])
            sys.stdout.flush()
        try:
            outcome = service.submit(request)
        except ExternalIdInUseError:
            raise UsageError(
                f"external_id {request.external_id} is already journalled for {target.label} and may "
                "exist at TuPay, so it was NOT sent again; run: tupay-cli status --external-id "
                f"{request.external_id}{env_suffix(args)}"
            ) from None
        except ValueError as exc:  # the service's own validation
            raise UsageError(str(exc)) from None

    base: dict[str, Any] = {"environment": target.label, "base_url": target.base_url,
                            "external_id": request.external_id}
    suffix = env_suffix(args)
    if isinstance(outcome, Created):
        if args.json_output:
            emit_json({"outcome": "created", "ok": True, **base, "cashout_id": outcome.cashout_id,
                        "status": status_json(CashoutStatus(0, "Pending"), args.lang),
                        "exchange": exchange_json(outcome.exchange)})
        else:
            info = describe_status(0, args.lang)
            print_fields([("cashout_id", outcome.cashout_id), ("status", f"{info.label} — {info.meaning}")])
        return EXIT_OK
    if isinstance(outcome, ApiFailure):
        if outcome.error.code == EXTERNAL_ID_USED:  # reconciled by the service: it exists at TuPay
            lead = "Not sent again: TuPay already has a cashout with this external_id"
            return report_api_failure(args, outcome, base, lead)
        return report_api_failure(args, outcome, base, "Not created")
    if isinstance(outcome, OutcomeUnknown):
        advice = (
            "Outcome unknown — do NOT resubmit with a new id; "
            f"run: tupay-cli status --external-id {request.external_id}{suffix}"
        )
        if args.json_output:
            emit_json({"outcome": "outcome_unknown", "ok": False, **base, "message": outcome.message,
                        "advice": advice, "exchange": exchange_json(outcome.exchange)})
        else:
            print(advice)
            print_fields([("detail", outcome.message)])
        return EXIT_NETWORK
    return report_network_error(args, outcome, base, "Not sent")



def cmd_status(args: argparse.Namespace) -> int:
    if args.cashout_id is None and not args.external_id:
        raise UsageError("status needs --external-id X or --cashout-id N (or both)")
    with connect(args) as (service, target):
        outcome = service.lookup(cashout_id=args.cashout_id, external_id=args.external_id)
    return report_status_outcome(args, outcome, target, "status", "Lookup failed")


def cmd_cancel(args: argparse.Namespace) -> int:
    print("Note: cancel is EXPERIMENTAL — documented by D24, not (yet) by TuPay.", file=sys.stderr)
    with connect(args) as (service, target):
        outcome = service.cancel(cashout_id=args.cashout_id, external_id=args.external_id)
    return report_status_outcome(args, outcome, target, "cancelled", "Not cancelled")



def cmd_check(args: argparse.Namespace) -> int:
    with connect(args) as (service, target):
        result: Diagnosis = service.check(args.lang)
    if args.json_output:
        emit_json({"outcome": "diagnosis", "ok": result.ok, "environment": target.label,
                    "base_url": target.base_url, "verdict": result.verdict, "detail": result.detail,
                    "code": result.code, "exchange": exchange_json(result.exchange)})
    else:
        print_fields([("environment", target.label), ("base_url", target.base_url),
                       ("result", ("OK — " if result.ok else "FAILED — ") + result.verdict),
                       ("detail", result.detail)])
    if result.ok:
        return EXIT_OK
    return EXIT_API_ERROR if result.code is not None else EXIT_NETWORK



def register(commands: Any) -> None:
    """Add ``create``, ``status``, ``cancel`` and ``check`` to ``tupay-cli``'s subcommands."""
    p_create = commands.add_parser(
        "create", help="create a cashout (validated first; never resent automatically)",
        description="Create a cashout. Fields come from --json FILE (a JSON object) and/or flags; "
                    "flags win. The external_id is printed before anything is sent.",
    )
    common_options(p_create, top=False, json_flag=False)
    p_create.add_argument(
        "--json", dest="json_arg", nargs="?", const=MACHINE, default=None, metavar="FILE",
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
    common_options(p_status, top=False)
    p_status.add_argument("--external-id", help="your id for the cashout")
    p_status.add_argument("--cashout-id", type=positive_int, help="TuPay's id for the cashout")
    p_status.set_defaults(func=cmd_status)

    p_cancel = commands.add_parser(
        "cancel", help="EXPERIMENTAL: cancel a PENDING cashout (D24-documented endpoint)",
        description="EXPERIMENTAL: cancel a cashout that is still PENDING, via DELETE /v3/cashout/cancel. "
                    "Documented by D24 only; TuPay may not offer it.",
    )
    common_options(p_cancel, top=False)
    p_cancel.add_argument("--cashout-id", type=positive_int, required=True, help="TuPay's id")
    p_cancel.add_argument("--external-id", required=True, help="your id")
    p_cancel.set_defaults(func=cmd_cancel)

    p_check = commands.add_parser(
        "check", help="check URL, credentials, IP whitelist and signature with a harmless lookup"
    )
    common_options(p_check, top=False)
    p_check.set_defaults(func=cmd_check)
