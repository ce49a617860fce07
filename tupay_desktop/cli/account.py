"""``tupay-cli account balance|cashouts``: the whole account, from TuPay's Merchants (reconciliation) API.

``account balance [--json]`` prints the total available balance. ``account cashouts [--from DATE]
[--to DATE] [--status S] [--json] [--csv FILE]`` lists every cashout of the account (default: the
last 7 days; ``--to`` a plain date means the end of that day), whoever made it, each marked as this
journal has it — *same status*, *differs* (both statuses shown), *not sent from here* — followed by
the journal's cashouts of the range that the account does not list (*missing at TuPay*).

Where the Merchants API is: ``--env E`` uses the environment's Merchants API URL (settings; the
built-in sandbox serves it itself, in this process for ``--env sandbox``); ``--base-url URL`` of a
sandbox on this machine uses that same base; any other ``--base-url`` needs ``--merchants-url URL``
(which also overrides the settings). Credentials: ``TUPAY_MERCHANTS_ACCESS_KEY`` and
``TUPAY_MERCHANTS_SECRET_KEY`` (both), else the environment's keyring entry (``tupay-cli credentials
set --env E --merchants-api``). Exit codes as everywhere: 0 ok, 1 TuPay refused (e.g. 403 code 83:
this machine's IP is not whitelisted for the Merchants API), 2 usage, 3 network.

:func:`attach_account` gives a command's :class:`~tupay_desktop.service.CashoutService` its account
when the environment's Merchants API user is set up (reconcile and the 511 check use it).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tupay_desktop.api.client import InsecureURLError, InvalidURLError, is_loopback_host
from tupay_desktop.api.client import check_base_url as check_url
from tupay_desktop.api.models import CashoutStatusCode
from tupay_desktop.cli import credentials as cli_credentials
from tupay_desktop.cli.common import (
    SANDBOX_STATE_FILE,
    UsageError,
    _environment,
    _environment_for_url,
    emit_json,
)
from tupay_desktop.cli.exits import EXIT_API_ERROR, EXIT_NETWORK, EXIT_OK
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.paths import data_dir
from tupay_desktop.store.settings import EnvironmentConfig, SettingsStore

if TYPE_CHECKING:
    from tupay_desktop.account import (
        AccountRow,
        AccountService,
    )
    from tupay_desktop.api.merchants import (
        MerchantsCredentials,
        MerchantsFailure,
    )
    from tupay_desktop.sandbox import Sandbox
    from tupay_desktop.service import CashoutService

# The Merchants client (httpx), the account service, the sandbox: imported when a command runs,
# so building the parser (every tupay-cli start) does not pay for them.

__all__ = ["attach_account", "cmd_balance", "cmd_cashouts", "open_account", "register"]

#: ``account cashouts`` without ``--from``: this many days back.
DEFAULT_DAYS = 7


def _credentials_for(env_key: str) -> MerchantsCredentials:

    creds = cli_credentials.resolve_merchants_credentials(env_key)
    if creds is None:
        raise UsageError(
            f"no Merchants API credentials for {env_key}: run tupay-cli credentials set --env {env_key} "
            "--merchants-api, or set TUPAY_MERCHANTS_ACCESS_KEY and TUPAY_MERCHANTS_SECRET_KEY"
        )
    return creds


def _checked(url: str) -> str:
    try:
        check_url(url)
    except (InsecureURLError, InvalidURLError) as exc:
        raise UsageError(str(exc)) from None
    return url.strip().rstrip("/")


@contextlib.contextmanager
def open_account(args: argparse.Namespace) -> Iterator[tuple[AccountService, EnvironmentConfig]]:
    """The account service for the command's target (see the module docstring); raises
    ``UsageError`` when it cannot be resolved. Logs out on exit."""
    from tupay_desktop.account import AccountService
    from tupay_desktop.api.merchants import MerchantsClient
    from tupay_desktop.sandbox import Sandbox

    base_url: str | None = getattr(args, "base_url", None)
    env_key: str | None = getattr(args, "env", None)
    merchants_url: str | None = getattr(args, "merchants_url", None)
    if base_url is None and env_key is None:
        env_key = "sandbox"
    with contextlib.ExitStack() as stack:
        env = _environment(env_key) if env_key is not None else _environment_for_url(_checked(str(base_url)))
        if merchants_url is not None:
            url = _checked(merchants_url)
            creds = _credentials_for(env.key)
        elif base_url is not None:
            host = urlsplit(_checked(base_url)).hostname or ""
            if not is_loopback_host(host):
                configured = SettingsStore().merchants_url(env.key) if env_key is not None else ""
                if not configured:
                    raise UsageError(
                        f"{base_url} is not a sandbox on this machine: give the Merchants API's address "
                        "with --merchants-url URL"
                    )
                url = configured
            else:
                url = base_url.strip().rstrip("/")
            creds = _credentials_for(env.key)
        elif env.is_sandbox and not env.base_url:
            creds = _credentials_for(env.key)
            cashout_creds = cli_credentials.resolve_credentials(env.key)
            sandbox = Sandbox(credentials=cashout_creds, state_file=data_dir() / SANDBOX_STATE_FILE)
            sandbox.merchants.credentials = creds
            stack.enter_context(sandbox)
            url = sandbox.url
        else:
            url = SettingsStore().merchants_url(env.key)
            if not url:
                raise UsageError(
                    f"{env.key} has no Merchants API URL: give it with --merchants-url URL"
                )
            creds = _credentials_for(env.key)
        journal = stack.enter_context(Journal())
        try:
            client = MerchantsClient(url, creds)
        except (InsecureURLError, InvalidURLError) as exc:
            raise UsageError(str(exc)) from None
        account = AccountService(env.key, client, journal)
        stack.callback(account.close)
        yield account, env


def attach_account(service: CashoutService, sandbox: Sandbox | None) -> None:
    """Give ``service`` its environment's account when its Merchants API user is set up (the
    in-process ``sandbox``'s, the configured URL's); otherwise leave it without one."""
    from tupay_desktop.account import AccountService
    from tupay_desktop.api.merchants import MerchantsClient

    env_key = service.env_key
    if sandbox is not None:
        creds = cli_credentials.resolve_merchants_credentials(env_key)
        if creds is None:
            return
        sandbox.merchants.credentials = creds
        url = sandbox.url
    else:
        creds = cli_credentials.resolve_merchants_credentials(env_key)
        host = urlsplit(service.base_url).hostname or ""
        url = service.base_url if is_loopback_host(host) else SettingsStore().merchants_url(env_key)
        if creds is None or not url:
            return
    try:
        service.account = AccountService(env_key, MerchantsClient(url, creds), service.journal)
    except (InsecureURLError, InvalidURLError):
        return


def _exit_for(failure: MerchantsFailure) -> int:
    from tupay_desktop.api.merchants import FailureKind

    return EXIT_NETWORK if failure.kind is FailureKind.NETWORK else EXIT_API_ERROR


def _report_failure(args: argparse.Namespace, failure: MerchantsFailure, env: EnvironmentConfig) -> int:
    from tupay_desktop.api.merchants import FailureKind, describe_failure

    message = describe_failure(failure)
    if getattr(args, "json_output", False):
        emit_json({"outcome": "network_error" if failure.kind is FailureKind.NETWORK else "api_error",
                   "ok": False, "environment": env.key, "kind": failure.kind.value,
                   "http_status": failure.http_status, "code": failure.code, "message": message})
    print(f"tupay-cli: {message}", file=sys.stderr)
    return _exit_for(failure)


def cmd_balance(args: argparse.Namespace) -> int:
    from tupay_desktop.api.merchants import MerchantsFailure

    with open_account(args) as (account, env):
        balances = account.balance()
    if isinstance(balances, MerchantsFailure):
        return _report_failure(args, balances, env)
    if getattr(args, "json_output", False):
        emit_json({"outcome": "balance", "ok": True, "environment": env.key,
                   "balances": [{"currency": b.currency, "available": format(b.available, "f"),
                                 "total": format(b.total, "f") if b.total is not None else None}
                                for b in balances]})
        return EXIT_OK
    for b in balances:
        print(f"{env.key}: available balance {b.available:,.2f} {b.currency}".rstrip())
    return EXIT_OK


def _when(text: str, *, end_of_day: bool) -> datetime:
    """``YYYY-MM-DD`` (local midnight; with ``end_of_day`` the end of that day) or an ISO date-time."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    if end_of_day and len(text.strip()) == 10:
        moment = moment + timedelta(days=1) - timedelta(seconds=1)
    return moment.astimezone(UTC)


def _status_arg(text: str) -> str:
    from tupay_desktop.api.merchants import status_code_of

    code = status_code_of(text)
    if code is None:
        names = ", ".join(c.name for c in CashoutStatusCode)
        raise argparse.ArgumentTypeError(f"unknown status {text!r}; use one of: {names}")
    return CashoutStatusCode(code).name


def _presence_text(row: AccountRow) -> str:
    from tupay_desktop.account import PRESENCE_LABELS, Presence

    label = PRESENCE_LABELS[row.presence]
    if row.presence is Presence.DIFFERS:
        return f"{label} (here {row.journal_status}, TuPay {row.tupay_status})"
    return label


def _row_json(row: AccountRow) -> dict[str, Any]:

    a, e = row.account, row.entry
    return {
        "on_this_machine": row.presence.value,
        "id_cashout": a.id_cashout if a is not None else (e.cashout_id if e is not None else None),
        "external_id": row.external_id,
        "creation_date": a.creation_date.isoformat() if a is not None and a.creation_date else None,
        "amount": format(a.amount, "f") if a is not None and a.amount is not None else
        (format(e.amount, "f") if e is not None and e.amount is not None else None),
        "currency": a.currency if a is not None else (e.currency if e is not None else ""),
        "tupay_status": row.tupay_status or None,
        "journal_state": e.state if e is not None else None,
        "journal_status": row.journal_status or None,
        "client_document": a.client_document if a is not None else (e.document_id if e is not None else ""),
        "reason": a.reason if a is not None else None,
    }


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment is not None else ""


def cmd_cashouts(args: argparse.Namespace) -> int:
    from tupay_desktop.account import Presence, export_comparison_csv
    from tupay_desktop.api.merchants import MerchantsFailure, status_code_of

    end: datetime = args.to if args.to is not None else datetime.now(UTC)
    start: datetime = args.from_ if args.from_ is not None else end - timedelta(days=DEFAULT_DAYS)
    if end < start:
        raise UsageError("--to is before --from")
    with open_account(args) as (account, env):
        listing = account.cashouts(start, end, status=args.status)
        if isinstance(listing, MerchantsFailure):
            return _report_failure(args, listing, env)
        status_code = status_code_of(args.status) if args.status else None
        rows = account.comparison(listing, status_code=status_code)
    counts = Counter(row.presence for row in rows)
    if args.csv:
        if args.csv == "-":
            export_comparison_csv(rows, sys.stdout)
        else:
            with open(args.csv, "w", encoding="utf-8", newline="") as handle:
                export_comparison_csv(rows, handle)
            print(f"Exported {len(rows)} rows to {args.csv}.", file=sys.stderr)
        return EXIT_OK
    if getattr(args, "json_output", False):
        print(json.dumps({"outcome": "cashouts", "ok": True, "environment": env.key,
                          "from": start.isoformat(), "to": end.isoformat(), "pages": listing.pages,
                          "counts": {p.value: counts.get(p, 0) for p in Presence},
                          "cashouts": [_row_json(r) for r in rows]}, ensure_ascii=False))
        return EXIT_OK
    print(f"{env.key}: the account's cashouts from {_local(start)} to {_local(end)}")
    table = [("CREATED", "CASHOUT ID", "EXTERNAL ID", "TUPAY STATUS", "AMOUNT", "DOCUMENT",
              "ON THIS MACHINE")]
    for r in rows:
        a, e = r.account, r.entry
        created = a.creation_date if a is not None else (e.created_at if e is not None else None)
        amount = a.amount if a is not None else (e.amount if e is not None else None)
        currency = a.currency if a is not None else (e.currency if e is not None else "")
        cashout_id = a.id_cashout if a is not None else (e.cashout_id if e is not None else None)
        table.append((_local(created), "" if cashout_id is None else str(cashout_id), r.external_id,
                      r.tupay_status, f"{amount:,.2f} {currency}" if amount is not None else "",
                      a.client_document if a is not None else (e.document_id if e is not None else ""),
                      _presence_text(r)))
    if len(table) > 1:
        widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
        for line in table:
            print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
    listed = len(listing.rows)
    print(f"{listed} cashout(s) at TuPay: {counts.get(Presence.SAME, 0)} same status, "
          f"{counts.get(Presence.DIFFERS, 0)} differ, {counts.get(Presence.NOT_SENT_HERE, 0)} not sent "
          f"from here; {counts.get(Presence.MISSING_AT_TUPAY, 0)} of this journal's missing at TuPay.")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``account balance|cashouts`` to the CLI's subcommands."""
    parser = subparsers.add_parser(
        "account", help="the whole account from TuPay's Merchants (reconciliation) API: balance, cashouts",
        description="The account as TuPay sees it (every machine, the web panel), joined with this journal.",
    )
    commands = parser.add_subparsers(dest="account_command", required=True, metavar="{balance,cashouts}")

    def target(sub: argparse.ArgumentParser) -> None:
        # SUPPRESS: values given before the subcommand (tupay-cli's global options) show through.
        sub.add_argument("--env", metavar="ENV", default=argparse.SUPPRESS,
                         help="environment (default sandbox, the built-in one in this process)")
        sub.add_argument("--base-url", metavar="URL", default=argparse.SUPPRESS,
                         help="a sandbox on this machine serves the Merchants API at the same base")
        sub.add_argument("--merchants-url", metavar="URL", default=None,
                         help="the Merchants API's address (overrides the environment's setting)")
        sub.add_argument("--json", dest="json_output", action="store_true", default=argparse.SUPPRESS,
                         help="print one JSON object instead of text")

    p_balance = commands.add_parser("balance", help="the total available balance")
    target(p_balance)
    p_balance.set_defaults(func=cmd_balance)

    p_cashouts = commands.add_parser(
        "cashouts", help="every cashout of the account in a range, and how this journal has it")
    target(p_cashouts)
    p_cashouts.add_argument("--from", dest="from_", type=lambda t: _when(t, end_of_day=False),
                            metavar="DATE", default=None, help=f"from DATE (default {DEFAULT_DAYS} days ago)")
    p_cashouts.add_argument("--to", type=lambda t: _when(t, end_of_day=True), metavar="DATE", default=None,
                            help="to DATE, inclusive (default now)")
    p_cashouts.add_argument("--status", type=_status_arg, metavar="S", default=None,
                            help="only this status (PENDING, COMPLETED, REJECTED, …)")
    p_cashouts.add_argument("--csv", metavar="FILE", help="write the rows as CSV to FILE ('-' for stdout)")
    p_cashouts.set_defaults(func=cmd_cashouts)
