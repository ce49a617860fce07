"""``tupay-cli history`` and ``tupay-cli reconcile``: the journal from the command line.

``history [--env E] [--status S] [--since DATE] [--until DATE] [--text T] [--limit N] [--csv FILE]
[--json]`` lists journalled cashouts, newest first (``--csv FILE`` writes them as CSV, ``-`` for
stdout; never a secret). ``--status`` takes a status name or code (``PENDING``, ``3``…) or a journal state
(``unknown``, ``not_created``…), repeated or comma-separated. ``--since``/``--until`` take a date
(``2026-11-25``, local midnight) or an ISO date-time.

``reconcile [--env E | --base-url URL]`` looks up, by ``external_id``, every journalled create of
the environment whose outcome is not known (``sending``/``unknown``/``not_found_yet``) and records
what TuPay says; a 509 within the settling window after the send leaves it ``not_found_yet`` (looked
at again on the next run), after the window it is ``not_created``.
Exit code 0 when nothing is left unresolved, 1 when TuPay refused the lookups that failed (e.g.
401), 3 when a lookup failed on the network — as the rest of ``tupay-cli``.

Registered by :mod:`tupay_desktop.cli` via :func:`register`; targets are resolved by
:func:`tupay_desktop.cli.common.connect`, as for ``create``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tupay_desktop.api.errors import describe_status
from tupay_desktop.api.models import CashoutStatusCode
from tupay_desktop.cli.common import connect
from tupay_desktop.cli.exits import EXIT_API_ERROR, EXIT_NETWORK, EXIT_OK, EXIT_USAGE
from tupay_desktop.store.journal import (
    STATES,
    UNRESOLVED_STATES,
    JournalEntry,
    export_csv,
    export_csv_file,
    format_time,
    open_writable_or_read_only,
)

if TYPE_CHECKING:
    from tupay_desktop.service import CashoutService, Reconciliation

if TYPE_CHECKING:
    from tupay_desktop.service import CashoutService, Reconciliation

__all__ = ["cmd_history", "cmd_reconcile", "open_service", "parse_when", "register"]



_STATUS_NAMES = frozenset(CashoutStatusCode.__members__)


class HistoryUsageError(Exception):
    """A bad option value; printed as-is (never holds a secret)."""


def parse_when(text: str) -> datetime:
    """``YYYY-MM-DD`` (local midnight) or an ISO date-time (naive = local time), as an aware datetime."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # local time
    return moment.astimezone(UTC)


def parse_statuses(values: list[str] | None) -> tuple[list[str], list[int]]:
    """Split ``--status`` values into journal states and status codes."""
    states: list[str] = []
    codes: list[int] = []
    for value in values or []:
        for item in (part.strip() for part in value.split(",")):
            if not item:
                continue
            word = item.lower().replace("-", "_").replace(" ", "_")
            if word in STATES:
                states.append(word)
            elif item.isdigit():
                codes.append(int(item))
            elif (name := item.upper().replace(" ", "_").replace("CANCELED", "CANCELLED")) in _STATUS_NAMES:
                codes.append(int(CashoutStatusCode[name]))
            else:
                names = ", ".join(m.name for m in CashoutStatusCode) + ", " + ", ".join(STATES)
                raise HistoryUsageError(f"unknown status {item!r}; use one of: {names}")
    return states, codes


def _status_text(entry: JournalEntry, lang: str) -> str:
    if entry.last_status is not None:
        info = describe_status(entry.last_status, lang)
        return info.name if info.known else str(entry.last_status)
    return entry.state.upper()


def _entry_json(entry: JournalEntry) -> dict[str, Any]:
    return {
        "env": entry.env_key,
        "external_id": entry.external_id,
        "cashout_id": entry.cashout_id,
        "state": entry.state,
        "status": entry.last_status,
        "status_description": entry.last_status_description,
        "rejection_code": entry.rejection_code,
        "rejection_reason": entry.rejection_reason,
        "beneficiary_name": entry.beneficiary_name,
        "beneficiary_lastname": entry.beneficiary_lastname,
        "document_type": entry.document_type,
        "document_id": entry.document_id,
        "bank_account": entry.bank_account,
        "amount": format(entry.amount, "f") if entry.amount is not None else None,
        "currency": entry.currency,
        "created_at": format_time(entry.created_at) if entry.created_at else None,
        "last_status_at": format_time(entry.last_status_at) if entry.last_status_at else None,
        "error_code": entry.error_code,
        "error_message": entry.error_message,
    }


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment is not None else ""


def cmd_history(args: argparse.Namespace) -> int:
    """List (or export) journalled cashouts matching the filters."""
    try:
        states, codes = parse_statuses(getattr(args, "status", None))
    except HistoryUsageError as exc:
        print(f"tupay-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    filters: dict[str, Any] = {
        "env_key": getattr(args, "env", None),
        "states": states or None,
        "statuses": codes or None,
        "since": getattr(args, "since", None),
        "until": getattr(args, "until", None),
        "text": getattr(args, "text", None),
    }
    lang = getattr(args, "lang", None) or "en"
    with open_writable_or_read_only() as journal:  # history works on a read-only disk too
        entries = journal.query(**filters, limit=getattr(args, "limit", None))
        total = journal.count(**filters)
    csv_target = getattr(args, "csv", None)
    if csv_target:
        if csv_target == "-":
            export_csv(entries, sys.stdout, lang)
        else:
            export_csv_file(entries, Path(csv_target), lang)
            print(f"Exported {len(entries)} cashouts to {csv_target}.", file=sys.stderr)
        return EXIT_OK
    if getattr(args, "json_output", False):
        print(json.dumps({"count": total, "cashouts": [_entry_json(e) for e in entries]}, ensure_ascii=False))
        return EXIT_OK
    if not entries:
        print("No cashouts in the journal match.")
        return EXIT_OK
    rows = [("CREATED", "ENV", "EXTERNAL ID", "CASHOUT ID", "STATUS", "AMOUNT", "BENEFICIARY")]
    for e in entries:
        amount = f"{e.amount:,.2f} {e.currency}" if e.amount is not None else ""
        rows.append((_local(e.created_at), e.env_key, e.external_id,
                     "" if e.cashout_id is None else str(e.cashout_id), _status_text(e, lang), amount,
                     e.beneficiary))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    if total > len(entries):
        print(f"({len(entries)} of {total} shown)")
    return EXIT_OK


@contextlib.contextmanager
def open_service(args: argparse.Namespace) -> Iterator[CashoutService]:
    """The service for the command's target, resolved exactly as ``tupay-cli create`` does
    (:func:`tupay_desktop.cli.common.connect`: ``--env``, default sandbox — the built-in one in this process
    — or ``--base-url``), so reconcile looks at the same journal rows the creates wrote.
    Raises ``UsageError`` (exit code 2 in ``tupay-cli``)."""
    with connect(args) as (service, _target):
        yield service


def _reconciliation_json(result: Reconciliation) -> dict[str, Any]:
    return {"external_id": result.external_id, "before": result.before, "after": result.after,
            "cashout_id": result.cashout_id, "message": result.message, "error_code": result.error_code}


def cmd_reconcile(args: argparse.Namespace) -> int:
    """Resolve every unresolved create of the environment by a lookup by external_id."""
    with open_service(args) as service:
        results = service.reconcile()
        settling_window = service.settling_window
    unresolved = [r for r in results if r.after in UNRESOLVED_STATES]
    if getattr(args, "json_output", False):
        print(json.dumps({"reconciled": [_reconciliation_json(r) for r in results],
                          "unresolved": len(unresolved)}, ensure_ascii=False))
    elif not results:
        print("Nothing to reconcile: every create's outcome is known.")
    else:
        for r in results:
            print(f"{r.external_id}: {r.before} -> {r.after}. {r.message}")
        not_found_yet = [r for r in results if r.after == "not_found_yet"]
        if not_found_yet:
            minutes = settling_window.total_seconds() / 60
            print(f"{len(not_found_yet)} not found yet: TuPay may still be processing them. Run "
                  "tupay-cli reconcile again later (the Desk also looks again on start); they count "
                  f"as not created only if still missing {minutes:g} minutes after they were sent. "
                  "Do NOT send them again under a new id.")
        not_created = [r for r in results if r.after == "not_created"]
        if not_created:
            print(f"{len(not_created)} not created; resubmit them from the Desk "
                  "(they are sent again with the same external_id).")
    if not unresolved:
        return EXIT_OK
    # 1 when TuPay itself refused every failed lookup (wrong credentials, IP not whitelisted...),
    # as for any tupay-cli command; 3 when any lookup failed on the network.
    if all(r.error_code is not None for r in unresolved):
        return EXIT_API_ERROR
    return EXIT_NETWORK


def _target_options(parser: argparse.ArgumentParser, *, base_url: bool) -> None:
    # SUPPRESS: the main parser's values (given before the subcommand) stay unless repeated here.
    parser.add_argument("--env", metavar="ENV", default=argparse.SUPPRESS,
                        help="environment key (sandbox, staging, production, custom-…)")
    if base_url:
        parser.add_argument("--base-url", metavar="URL", default=argparse.SUPPRESS,
                            help="send the lookups to this URL")
    parser.add_argument("--json", dest="json_output", action="store_true", default=argparse.SUPPRESS,
                        help="print one JSON object instead of text")


def register(subparsers: Any) -> None:
    """Add ``history`` and ``reconcile`` to ``tupay-cli``'s subcommands."""
    p_history = subparsers.add_parser(
        "history", help="list journalled cashouts (filter, export CSV)",
        description="List the cashouts journalled on this machine, newest first. No network.",
    )
    _target_options(p_history, base_url=False)
    p_history.add_argument("--status", action="append", metavar="S",
                           help="status name/code or journal state (repeat or comma-separate)")
    p_history.add_argument("--since", type=parse_when, metavar="DATE", help="created at or after DATE")
    p_history.add_argument("--until", type=parse_when, metavar="DATE", help="created before DATE")
    p_history.add_argument("--text", metavar="T", help="match external_id, cashout_id, name, document")
    p_history.add_argument("--limit", type=int, metavar="N", help="at most N rows")
    p_history.add_argument("--csv", metavar="FILE", help="write the rows as CSV to FILE ('-' for stdout)")
    p_history.set_defaults(func=cmd_history)

    p_reconcile = subparsers.add_parser(
        "reconcile", help="resolve creates whose outcome is unknown (lookup by external_id)",
        description="Look up every journalled create of the environment whose outcome is unknown "
                    "(state sending, unknown or not_found_yet) by its external_id, and record what "
                    "TuPay says. Not found within the settling window after the send: not_found_yet "
                    "(looked at again on the next run); after it: not_created.",
    )
    _target_options(p_reconcile, base_url=True)
    p_reconcile.set_defaults(func=cmd_reconcile)
