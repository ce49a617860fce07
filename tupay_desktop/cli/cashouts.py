"""``tupay-cli create``, ``status``, ``cancel``, ``hold``, ``release`` and ``check``: one cashout at a
time. ``cancel``, ``hold`` and ``release`` are EXPERIMENTAL: D24 documents those endpoints, TuPay
does not (spec §7).

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

from tupay_desktop.api.errors import describe_status, explain_failure
from tupay_desktop.api.models import (
    ApiError,
    ApiFailure,
    CashoutRequest,
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
    external_id_arg,
    positive_int,
    print_fields,
    report_api_failure,
    report_network_error,
    report_status_outcome,
    status_command,
    status_json,
)
from tupay_desktop.cli.exits import EXIT_API_ERROR, EXIT_NETWORK, EXIT_OK, EXIT_USAGE
from tupay_desktop.store.journal import UNRESOLVED_STATES, ExternalIdInUseError, JournalEntry

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


class _DuplicateKeyError(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object's members, refusing a name given twice: with "last one wins" the file would
    pay what its second ``amount`` says while a reader of the file sees the first."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _read_request_file(name: str) -> dict[str, str]:
    try:
        if name == "-":
            raw = json.load(sys.stdin, parse_float=Decimal, object_pairs_hook=_unique_keys)
        else:
            with Path(name).open(encoding="utf-8") as handle:
                raw = json.load(handle, parse_float=Decimal, object_pairs_hook=_unique_keys)
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
    except _DuplicateKeyError as exc:
        raise UsageError(
            f"{name} gives the field {str(exc)[:60]!r} more than once; give each field once"
        ) from None
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


#: The fields that make two requests the same payment (an idempotent re-run must repeat them).
_SAME_PAYMENT_FIELDS = (
    "amount", "currency", "document_type", "document_id", "bank_account", "beneficiary_name",
    "beneficiary_lastname", "account_type",
)


def _state_words(entry: JournalEntry, lang: str) -> str:
    """A journal row's state, with TuPay's status name for a created cashout: ``created, PENDING``."""
    if entry.state == "created" and entry.last_status is not None:
        info = describe_status(entry.last_status, lang)
        return f"created, {info.name if info.known else entry.last_status}"
    return entry.state


def _refuse_a_different_payment(entry: JournalEntry, request: CashoutRequest, target_label: str) -> None:
    """A re-run with an external_id already journalled must be the same payment."""
    from tupay_desktop.service import request_from_entry
    try:
        journalled = request_from_entry(entry)
    except ValueError:
        return
    differ = [name for name in _SAME_PAYMENT_FIELDS
              if getattr(journalled, name) != getattr(request, name)]
    if differ:
        raise UsageError(
            f"external_id {entry.external_id} is already journalled for {target_label} as a different "
            f"cashout ({', '.join(differ)} differ), so nothing was sent. Use a new external_id for a "
            f"different cashout; its journalled state is {entry.state}"
        )


def _refuse_duplicates(
    duplicates: list[JournalEntry], request: CashoutRequest, args: argparse.Namespace
) -> None:
    """Refuse a create that may pay the same thing again (exit 2), naming the earlier cashouts."""

    def when(entry: JournalEntry) -> str:
        return entry.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if entry.created_at else "?"

    shown = "; ".join(
        f"{e.external_id} ({_state_words(e, args.lang)}, journalled {when(e)})" for e in duplicates[:5]
    )
    more = f" and {len(duplicates) - 5} more" if len(duplicates) > 5 else ""
    first = duplicates[0].external_id
    raise UsageError(
        f"possible duplicate, NOT sent: the journal already has {len(duplicates)} cashout(s) to document "
        f"{request.document_id} and account {request.bank_account} for {request.currency} "
        f"{format(request.amount, 'f')} in the last 24 h: {shown}{more}. Check it with: "
        f"{status_command(first, args)} — if this is really another payment, "
        "repeat the command with --allow-duplicate"
    )


def report_conflict(args: argparse.Namespace, error: ApiError | None, base: dict[str, Any],
                    exchange: Any = None) -> int:
    """A conflict: the external_id is some other cashout's at TuPay; this one was not created."""
    message = (
        f"CONFLICT — not created: external_id {base['external_id']} already belongs to a different "
        "cashout at TuPay (error 511), one this journal never sent. Nothing was paid. Create it "
        "again with a new external_id."
    )
    if args.json_output:
        emit_json({"outcome": "conflict", "ok": False, **base, "message": message,
                   "error": None if error is None else {"code": error.code, "message": error.message},
                   "exchange": exchange_json(exchange)})
    else:
        print_fields([("result", message)])
    return EXIT_API_ERROR


def report_journalled(args: argparse.Namespace, entry: JournalEntry, base: dict[str, Any]) -> int:
    """What the journal knows of a cashout that was not sent (again): its outcome, with the exit
    code that outcome always has (0 created, 1 declined or conflict, 3 still unknown)."""
    lead = "Already journalled — NOT sent again"
    base = {**base, "already_journalled": True, "state": entry.state}
    if not args.json_output:
        print_fields([("environment", base.get("environment")), ("external_id", entry.external_id)])
    if entry.state == "created":
        status = CashoutStatus(entry.last_status if entry.last_status is not None else 0,
                               entry.last_status_description or "", entry.rejection_code,
                               entry.rejection_reason)
        if args.json_output:
            emit_json({"outcome": "created", "ok": True, **base, "cashout_id": entry.cashout_id,
                       "status": status_json(status, args.lang)})
        else:
            info = describe_status(status.code, args.lang)
            print_fields([("result", f"{lead}: TuPay has this cashout"), ("cashout_id", entry.cashout_id),
                          ("status", f"{info.label} — {info.meaning}")])
        return EXIT_OK
    if entry.state == "conflict":
        return report_conflict(args, ApiError(entry.error_code, entry.error_message or ""), base)
    if entry.state == "declined":
        error = ApiError(entry.error_code, entry.error_message or "")
        if args.json_output:
            emit_json({"outcome": "api_error", "ok": False, **base,
                       "error": {"code": error.code, "message": error.message}})
        else:
            code = error.code if error.code is not None else "?"
            print_fields([("result", f"{lead}: TuPay declined it (error {code}); nothing was created"),
                          ("error", explain_failure(error, args.lang))])
        return EXIT_API_ERROR
    advice = (
        f"{lead}: its outcome is still unknown ({entry.state}) — do NOT resubmit with a new id; "
        f"run this command again later, or: tupay-cli reconcile{env_suffix(args)}"
    )
    if args.json_output:
        emit_json({"outcome": "outcome_unknown", "ok": False, **base, "advice": advice,
                   "message": entry.error_message})
    else:
        print(advice)
        print_fields([("detail", entry.error_message)])
    return EXIT_NETWORK


def cmd_create(args: argparse.Namespace) -> int:
    from tupay_desktop.api.validation import validate_form
    from tupay_desktop.service import EXTERNAL_ID_USED, ExternalIdConflict

    values: dict[str, str] = {}
    if args.json_arg not in (None, MACHINE):
        values.update(_read_request_file(args.json_arg))
    for dest, field in _FIELD_FLAGS.items():
        value = getattr(args, dest, None)
        if value is not None:
            values[field] = value
    typed_id = bool(values.get("external_id", "").strip())
    if not typed_id:
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
        base: dict[str, Any] = {"environment": target.label, "base_url": target.base_url,
                                "external_id": request.external_id}
        # An idempotent re-run: a journalled external_id reports what became of that cashout
        # (looked up first while its outcome is unknown) instead of sending it again. Only a
        # cashout TuPay surely does not have (not_created) is sent again, with the same id.
        known = service.journal.get(service.env_key, request.external_id) if typed_id else None
        if known is not None:
            _refuse_a_different_payment(known, request, target.label)
            if known.state in UNRESOLVED_STATES:
                print(f"tupay-cli: external_id {request.external_id} is already journalled "
                      f"({known.state}); looking it up instead of sending it again",
                      file=sys.stderr, flush=True)
                service.reconcile_external_id(request.external_id)
                known = service.journal.get(service.env_key, request.external_id) or known
            if known.state != "not_created":
                return report_journalled(args, known, base)
        duplicates = service.possible_duplicates(request)
        if duplicates and not args.allow_duplicate:
            _refuse_duplicates(duplicates, request, args)
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
                f"exist at TuPay, so it was NOT sent again; run: {status_command(request.external_id, args)}"
            ) from None
        except ValueError as exc:  # the service's own validation
            raise UsageError(str(exc)) from None
        after = service.journal.get(service.env_key, request.external_id)

    if isinstance(outcome, Created):
        if args.json_output:
            emit_json({"outcome": "created", "ok": True, **base, "cashout_id": outcome.cashout_id,
                        "status": status_json(CashoutStatus(0, "Pending"), args.lang),
                        "exchange": exchange_json(outcome.exchange)})
        else:
            info = describe_status(0, args.lang)
            print_fields([("cashout_id", outcome.cashout_id), ("status", f"{info.label} — {info.meaning}")])
        return EXIT_OK
    if isinstance(outcome, ExternalIdConflict):
        return report_conflict(args, outcome.error, base, outcome.exchange)
    if isinstance(outcome, ApiFailure):
        if outcome.error.code == EXTERNAL_ID_USED and after is not None:
            # Sent before from this journal; the service reconciled it: report what it is.
            return report_journalled(args, after, base)
        return report_api_failure(args, outcome, base, "Not created")
    if isinstance(outcome, OutcomeUnknown):
        advice = (
            "Outcome unknown — do NOT resubmit with a new id; "
            f"run: {status_command(request.external_id, args)}"
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
    with connect(args, account=False) as (service, target):
        outcome = service.lookup(cashout_id=args.cashout_id, external_id=args.external_id)
    return report_status_outcome(args, outcome, target, "status", "Lookup failed")


def cmd_cancel(args: argparse.Namespace) -> int:
    print("Note: cancel is EXPERIMENTAL — documented by D24, not (yet) by TuPay.", file=sys.stderr)
    with connect(args, account=False) as (service, target):
        outcome = service.cancel(cashout_id=args.cashout_id, external_id=args.external_id)
    return report_status_outcome(args, outcome, target, "cancelled", "Not cancelled")



def cmd_hold(args: argparse.Namespace) -> int:
    print("Note: hold is EXPERIMENTAL — documented by D24, not (yet) by TuPay.", file=sys.stderr)
    with connect(args, account=False) as (service, target):
        outcome = service.hold(cashout_id=args.cashout_id, external_id=args.external_id)
    return report_status_outcome(args, outcome, target, "held", "Not put on hold")


def cmd_release(args: argparse.Namespace) -> int:
    print("Note: release is EXPERIMENTAL — documented by D24, not (yet) by TuPay.", file=sys.stderr)
    with connect(args, account=False) as (service, target):
        outcome = service.release(cashout_id=args.cashout_id, external_id=args.external_id)
    return report_status_outcome(args, outcome, target, "released", "Not released")


def cmd_check(args: argparse.Namespace) -> int:
    with connect(args, account=False) as (service, target):
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
    """Add ``create``, ``status``, ``cancel``, ``hold``, ``release`` and ``check`` to ``tupay-cli``'s
    subcommands."""
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
    p_create.add_argument(
        "--allow-duplicate", action="store_true",
        help="send even though the journal has a cashout to the same document and account for the "
             "same amount and currency in the last 24 h (refused otherwise, exit 2)",
    )
    p_create.set_defaults(func=cmd_create)

    p_status = commands.add_parser("status", help="look a cashout up by external_id and/or cashout_id")
    common_options(p_status, top=False)
    p_status.add_argument("--external-id", type=external_id_arg, help="your id for the cashout")
    p_status.add_argument("--cashout-id", type=positive_int, help="TuPay's id for the cashout")
    p_status.set_defaults(func=cmd_status)

    p_cancel = commands.add_parser(
        "cancel", help="EXPERIMENTAL: cancel a PENDING cashout (D24-documented endpoint)",
        description="EXPERIMENTAL: cancel a cashout that is still PENDING, via DELETE /v3/cashout/cancel. "
                    "Documented by D24 only; TuPay may not offer it.",
    )
    common_options(p_cancel, top=False)
    p_cancel.add_argument("--cashout-id", type=positive_int, required=True, help="TuPay's id")
    p_cancel.add_argument("--external-id", type=external_id_arg, required=True, help="your id")
    p_cancel.set_defaults(func=cmd_cancel)

    for name, func, what in (
        ("hold", cmd_hold, "put a PENDING cashout ON_HOLD (it is not processed until released)"),
        ("release", cmd_release, "move an ON_HOLD cashout back to PENDING"),
    ):
        p_update = commands.add_parser(
            name, help=f"EXPERIMENTAL: {what} (D24-documented endpoint)",
            description=f"EXPERIMENTAL: {what}, via PUT /v3/cashout/status. Documented by D24 only; "
                        "TuPay may not offer it.",
        )
        common_options(p_update, top=False)
        p_update.add_argument("--cashout-id", type=positive_int, required=True, help="TuPay's id")
        p_update.add_argument("--external-id", type=external_id_arg, required=True, help="your id")
        p_update.set_defaults(func=func)

    p_check = commands.add_parser(
        "check", help="check URL, credentials, IP whitelist and signature with a harmless lookup"
    )
    common_options(p_check, top=False)
    p_check.set_defaults(func=cmd_check)
