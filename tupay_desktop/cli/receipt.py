"""``tupay-cli receipt``: a journalled cashout's receipt as a PDF file, from the command line.

``receipt (--external-id X | --cashout-id N) --out FILE.pdf [--lang en|es|pt_BR] [--env E]``
finds the cashout in this machine's journal (no network; without ``--env`` in any environment, as
long as only one has it) and writes its receipt (``tupay_desktop.receipt``) in the language asked
for. The PDF is laid out by QtGui on the offscreen platform; Qt is imported only when the command
runs, and only through ``tupay_desktop.ui.receipt``.

Exit codes: 0 written; 2 the cashout is not in the journal, or the options are wrong; 1 the file
could not be written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tupay_desktop.cli.common import UsageError, positive_int
from tupay_desktop.cli.exits import EXIT_FAILURE, EXIT_OK
from tupay_desktop.store.journal import Journal, JournalEntry
from tupay_desktop.store.settings import EnvironmentConfig, SettingsStore

__all__ = ["RECEIPT_LANGUAGES", "cmd_receipt", "find_entry", "register"]

#: Languages a receipt can be written in.
RECEIPT_LANGUAGES = ("en", "es", "pt_BR")


def find_entry(
    journal: Journal, *, env_key: str | None, external_id: str | None = None, cashout_id: int | None = None
) -> JournalEntry:
    """The one journalled cashout with this external_id or cashout_id (in ``env_key``, or in any
    environment). Raises ``UsageError`` when there is none, or when several environments have one."""
    if env_key:
        found = (journal.get(env_key, external_id) if external_id is not None
                 else journal.get_by_cashout_id(env_key, cashout_id) if cashout_id is not None else None)
        matches = [found] if found is not None else []
    else:
        needle = external_id if external_id is not None else str(cashout_id)
        matches = [
            e for e in journal.query(text=needle)
            if (e.external_id == external_id if external_id is not None else e.cashout_id == cashout_id)
        ]
    what = f"external_id {external_id}" if external_id is not None else f"cashout_id {cashout_id}"
    where = f" of {env_key}" if env_key else ""
    if not matches:
        raise UsageError(f"no cashout with {what} in this machine's journal{where}")
    if len(matches) > 1:
        envs = ", ".join(sorted({e.env_key for e in matches}))
        raise UsageError(f"several environments have a cashout with {what} ({envs}): add --env")
    return matches[0]


def _environment(env_key: str) -> EnvironmentConfig | None:
    try:
        return SettingsStore().get(env_key)
    except KeyError:  # removed since, or an ad-hoc --base-url environment
        return None


def cmd_receipt(args: argparse.Namespace) -> int:
    """Write the receipt of one journalled cashout to ``--out``."""
    external_id: str | None = getattr(args, "external_id", None)
    cashout_id: int | None = getattr(args, "cashout_id", None)
    language = getattr(args, "lang", None) or "en"
    out = Path(args.out)
    with Journal() as journal:
        entry = find_entry(journal, env_key=getattr(args, "env", None), external_id=external_id,
                           cashout_id=cashout_id)
    from tupay_desktop.ui.receipt import write_receipt_headless  # Qt, only for this command

    try:
        write_receipt_headless(entry, out, language, _environment(entry.env_key))
    except OSError as exc:
        message = f"the receipt could not be written to {out}: {exc.strerror or exc}"
        if getattr(args, "json_output", False):
            print(json.dumps({"outcome": "write_failed", "ok": False, "message": message},
                             ensure_ascii=False))
        print(f"tupay-cli: {message}", file=sys.stderr)
        return EXIT_FAILURE
    if getattr(args, "json_output", False):
        print(json.dumps({"outcome": "receipt", "ok": True, "path": str(out), "env": entry.env_key,
                          "external_id": entry.external_id, "cashout_id": entry.cashout_id,
                          "language": language}, ensure_ascii=False))
    else:
        print(f"Receipt of cashout {entry.external_id} ({entry.env_key}) written to {out}.")
    return EXIT_OK


def register(subparsers: Any) -> None:
    """Add ``receipt`` to ``tupay-cli``'s subcommands."""
    p_receipt = subparsers.add_parser(
        "receipt", help="write a journalled cashout's receipt as PDF",
        description="Write the receipt of a cashout journalled on this machine as a PDF: beneficiary, "
                    "masked document and CCI, bank, amount, status in words, ids, environment "
                    "(a Sandbox receipt is marked SIMULATED). No network.",
    )
    which = p_receipt.add_mutually_exclusive_group(required=True)
    which.add_argument("--external-id", metavar="X", help="the cashout's external_id")
    which.add_argument("--cashout-id", metavar="N", type=positive_int, help="TuPay's cashout_id")
    p_receipt.add_argument("--out", metavar="FILE.pdf", required=True, help="the PDF file to write")
    p_receipt.add_argument("--lang", choices=RECEIPT_LANGUAGES, default=argparse.SUPPRESS,
                           help="language of the receipt (default: from LANG)")
    p_receipt.add_argument("--env", metavar="ENV", default=argparse.SUPPRESS,
                           help="the environment the cashout was sent to (default: whichever has it)")
    p_receipt.add_argument("--json", dest="json_output", action="store_true", default=argparse.SUPPRESS,
                           help="print one JSON object instead of text")
    p_receipt.set_defaults(func=cmd_receipt)
