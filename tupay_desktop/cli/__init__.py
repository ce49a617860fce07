"""``tupay-cli``: the Desk's core, headless — create, look up, cancel, check, and manage credentials.

Where requests go: ``--base-url URL``, or ``--env KEY`` (default ``sandbox``). ``--env sandbox``
without ``--base-url`` runs the built-in sandbox in this process for the duration of the command,
over the Desk's own sandbox state file, so the CLI sees the Desk's sandbox cashouts.

Every command goes through :class:`tupay_desktop.service.CashoutService`, as in the Desk: a create
is journalled before a byte is sent, and a journalled external_id is never sent twice (``history``
and ``reconcile`` come from :mod:`tupay_desktop.cli.history`; ``account balance|cashouts``, the whole
account from TuPay's Merchants API, from :mod:`tupay_desktop.cli.account`). ``--base-url`` without ``--env``
journals under the configured environment with that URL, else an ad-hoc ``custom-url-<host>-<port>``.

Credentials: ``TUPAY_API_KEY``/``TUPAY_API_PASSPHRASE``/``TUPAY_API_SIGNATURE`` (all three) override
the OS keyring entry of the environment (``tupay-cli credentials set --env E``). No secret is ever
printed.

Exit codes: 0 ok, 1 TuPay answered with an error, 2 usage or validation problem, or a journal that
cannot be used (damaged, from a newer Desk, read-only: nothing sent), 3 network problem, outcome
unknown, or an unexpected failure of the Desk itself.
"""

from __future__ import annotations

import argparse
import logging
import sys

import tupay_desktop
from tupay_desktop.cli import account as cli_account
from tupay_desktop.cli import cashouts
from tupay_desktop.cli import credentials as cli_credentials
from tupay_desktop.cli import history as cli_history
from tupay_desktop.cli import receipt as cli_receipt
from tupay_desktop.cli.common import SANDBOX_STATE_FILE, UsageError, common_options, emit_json, status_command
from tupay_desktop.cli.exits import EXIT_API_ERROR, EXIT_NETWORK, EXIT_OK, EXIT_USAGE
from tupay_desktop.store.journal import JournalOpenError

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_NETWORK",
    "EXIT_OK",
    "EXIT_USAGE",
    "SANDBOX_STATE_FILE",
    "build_parser",
    "main",
]


class _Version(argparse.Action):
    """``--version``, looking the version up only when asked (importlib.metadata is slow to import)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        parser.exit(message=f"{parser.prog} {tupay_desktop.__version__}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tupay-cli",
        description="TuPay Cashout Desk from the command line: create and look up cashouts, check a "
                    "connection, manage credentials. Exit codes: 0 ok, 1 TuPay error, 2 usage or "
                    "validation problem, 3 network problem or outcome unknown.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    common_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    cashouts.register(commands)
    cli_credentials.register(commands)
    cli_history.register(commands)
    cli_receipt.register(commands)
    cli_account.register(commands)
    return parser


def _unknown_create_advice(args: argparse.Namespace) -> str:
    """For a create cut short (Ctrl+C, an unexpected error): how to learn whether it was sent."""
    external_id = getattr(args, "external_id", None) if args.command == "create" else None
    if not external_id:
        return ""
    return (
        f". If cashout {external_id} was sent, its outcome is unknown: look it up with "
        f"{status_command(external_id, args)} before sending it "
        "again, and never send it under a new id"
    )


def _journal_advice(exc: JournalOpenError) -> str:
    if exc.kind == JournalOpenError.TOO_NEW:
        return "Update tupay-cli to the version of the Desk that wrote it."
    if exc.kind == JournalOpenError.READ_ONLY:
        return "Make the data folder writable to send; tupay-cli history still reads it."
    return ("Start TuPay Cashout Desk to keep the file aside and begin a fresh journal, or move it "
            "away yourself (with its -wal and -shm files).")


def main(argv: list[str] | None = None) -> int:
    """Run ``tupay-cli`` with ``argv`` (default: the process arguments); return the exit code."""
    try:
        return _main(argv)
    finally:
        if argv is None:  # run as the program: where Python writes no bytecode, compile what this
            # call imported, in another process, for the next call (tupay_desktop/bytecode.py)
            try:
                from tupay_desktop.bytecode import compile_stale_bytecode

                compile_stale_bytecode()
            except Exception:  # never at the cost of the command's own exit code
                logging.getLogger(__name__).debug("bytecode compile not started", exc_info=True)


def _main(argv: list[str] | None) -> int:
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="tupay-cli: %(message)s", stream=sys.stderr)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if getattr(args, "json_arg", None) == cashouts.MACHINE:
        args.json_output = True
    try:
        code: int = args.func(args)
        return code
    except UsageError as exc:
        if getattr(args, "json_output", False):
            emit_json({"outcome": "usage_error", "ok": False, "message": str(exc)})
        print(f"tupay-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"tupay-cli: interrupted{_unknown_create_advice(args)}", file=sys.stderr)
        return 130
    except JournalOpenError as exc:
        # Raised on opening the journal, or on journalling 'sending': before any byte is sent.
        message = f"{exc}. Nothing was sent. {_journal_advice(exc)}"
        if getattr(args, "json_output", False):
            emit_json({"outcome": "journal_error", "ok": False, "kind": exc.kind,
                       "journal": str(exc.path), "message": message})
        print(f"tupay-cli: {message}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # a failure of the Desk itself (journal, disk, ...): never exit 1
        # Exit 1 means "TuPay refused it", after which a script may create the cashout again under
        # a new id. Here nothing is known about a create that was under way: outcome unknown (3).
        external_id = getattr(args, "external_id", None) if args.command == "create" else None
        message = f"unexpected error ({type(exc).__name__}: {str(exc)[:200]}){_unknown_create_advice(args)}"
        if getattr(args, "json_output", False):
            emit_json({"outcome": "internal_error", "ok": False, "external_id": external_id,
                        "message": message})
        print(f"tupay-cli: {message}", file=sys.stderr)
        return EXIT_NETWORK


if __name__ == "__main__":
    raise SystemExit(main())
