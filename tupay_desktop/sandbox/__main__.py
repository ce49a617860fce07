"""``python -m tupay_desktop.sandbox``: run the local TuPay sandbox until Ctrl+C.

Prints the URL and the sandbox's own throwaway credentials as ``export`` lines an operator can paste
into a shell. This is the one place those secrets are printed, deliberately.
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import threading
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import FrameType

from tupay_desktop.sandbox.ledger import SandboxConfig
from tupay_desktop.sandbox.merchants import ENV_ACCESS_KEY, ENV_SECRET_KEY
from tupay_desktop.sandbox.server import ENV_API_KEY, ENV_PASSPHRASE, ENV_SIGNATURE, Sandbox


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tupay_desktop.sandbox",
                                     description="Run a local TuPay Cashout API sandbox.")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), type=Path,
                        help="serve HTTPS with this PEM certificate chain and key")
    parser.add_argument("--state", type=Path, metavar="FILE", help="persist cashouts to this JSON file")
    parser.add_argument("--latency", type=float, default=0.0, metavar="S",
                        help="seconds added before handling every request")
    parser.add_argument("--balance", type=_decimal, default=SandboxConfig().balance, metavar="AMOUNT",
                        help="merchant balance (default 1000000.00)")
    parser.add_argument("--pending-to-delivered", type=float, default=SandboxConfig().pending_to_delivered_s,
                        metavar="S", help="seconds a cashout stays PENDING")
    parser.add_argument("--delivered-to-completed", type=float,
                        default=SandboxConfig().delivered_to_completed_s, metavar="S",
                        help="seconds a cashout stays DELIVERED")
    parser.add_argument("--notification-url", default="", metavar="URL",
                        help="notify here for cashouts created without a notification_url "
                             "(https, or http to this machine)")
    parser.add_argument("--notify-retry-unit", type=_positive_seconds,
                        default=SandboxConfig().notify_retry_unit_s, metavar="SECONDS",
                        help="length of one 'minute' of the notification retry schedule 5, 25, 125, 625 "
                             "(default 60; e.g. 1 to see retries within minutes)")
    parser.add_argument("--no-cci-check", action="store_true",
                        help="accept a bank_account whose CCI check digits are wrong")
    parser.add_argument("--strict-ids", action="store_true",
                        help="status lookups with both ids answer 509 unless both name the same cashout")
    return parser


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds: {text!r}")
    return value


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    config = SandboxConfig(
        pending_to_delivered_s=args.pending_to_delivered,
        delivered_to_completed_s=args.delivered_to_completed,
        balance=args.balance,
        latency_s=args.latency,
        notification_url=args.notification_url,
        notify_retry_unit_s=args.notify_retry_unit,
        enforce_cci_check_digits=not args.no_cci_check,
        strict_id_match=args.strict_ids,
    )
    tls = (args.tls[0], args.tls[1]) if args.tls else None
    sandbox = Sandbox(config=config, host=args.host, port=args.port, tls=tls, state_file=args.state)
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _on_signal)
    with sandbox:
        creds = sandbox.credentials
        print(f"TuPay sandbox listening on {sandbox.url}")
        print(f"Admin API (loopback only): {sandbox.url}/_sandbox/cashouts, "
              f"{sandbox.url}/_sandbox/notifications")
        print("# Throwaway sandbox credentials — paste into your shell:")
        print(f"export TUPAY_SANDBOX_URL={shlex.quote(sandbox.url)}")
        print(f"export {ENV_API_KEY}={shlex.quote(creds.api_key)}")
        print(f"export {ENV_PASSPHRASE}={shlex.quote(creds.passphrase)}")
        print(f"export {ENV_SIGNATURE}={shlex.quote(creds.signature_secret)}")
        merchants = sandbox.merchants.credentials
        print(f"# Merchants (reconciliation) API on the same port: {sandbox.url}/v1/…")
        print(f"export {ENV_ACCESS_KEY}={shlex.quote(merchants.access_key)}")
        print(f"export {ENV_SECRET_KEY}={shlex.quote(merchants.secret_key)}")
        print("Press Ctrl+C to stop.", flush=True)
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
    print("Sandbox stopped.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
