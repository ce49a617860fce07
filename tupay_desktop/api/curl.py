"""Turn a recorded exchange into a shell snippet that replays it with ``curl`` — without a secret.

The exchange's request body is already redacted (``login``/``pass`` are ``***``). The snippet puts
the credentials back from environment variables (``$TUPAY_API_KEY``, ``$TUPAY_API_PASSPHRASE``)
and, since the body then differs from the one that was signed, recomputes the
``Payload-Signature`` with ``openssl`` from ``$TUPAY_API_SIGNATURE`` over the exact bytes curl
sends. The original signature is kept as a comment (it is safe to show). Every literal is
shell-quoted with :func:`shlex.quote`; the snippet is POSIX ``sh``. Qt-free so the CLI can use it.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable

from tupay_desktop.api.models import REDACTED, Exchange

API_KEY_VAR = "TUPAY_API_KEY"
PASSPHRASE_VAR = "TUPAY_API_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
SIGNATURE_VAR = "TUPAY_API_SIGNATURE"

#: Which environment variable fills which redacted body field.
_PLACEHOLDERS = {"login": API_KEY_VAR, "pass": PASSPHRASE_VAR}

#: Headers curl sets itself or that describe the old transfer, not the request.
_SKIPPED_HEADERS = frozenset(
    {"host", "content-length", "connection", "accept-encoding", "accept", "payload-signature"}
)

_REDACTED_FIELD_RE = re.compile(r'("(login|pass)"\s*:\s*)"' + re.escape(REDACTED) + '"')


def body_expression(body: str) -> str:
    """A shell word that expands to ``body`` with the redacted ``login``/``pass`` values replaced
    by the credentials from the environment, e.g. ``'{"login":"'"$TUPAY_API_KEY"'",…}'``."""
    parts: list[str] = []
    position = 0
    for match in _REDACTED_FIELD_RE.finditer(body):
        literal = body[position : match.end(1)] + '"'
        parts.append(shlex.quote(literal))
        parts.append(f'"${_PLACEHOLDERS[match.group(2)]}"')
        position = match.end() - 1  # keep the closing quote in the next literal
    parts.append(shlex.quote(body[position:]))
    return "".join(part for part in parts if part != "''") or "''"


def curl_snippet(
    method: str,
    url: str,
    body: str,
    headers: Iterable[tuple[str, str]] = (),
) -> str:
    """A POSIX shell snippet that signs ``body`` (with placeholders for the credentials) and sends
    it with curl. ``headers`` are the request's headers; the signature header is recomputed."""
    kept: list[tuple[str, str]] = []
    original_signature: str | None = None
    seen_content_type = False
    for name, value in headers:
        lowered = name.lower()
        if lowered == "payload-signature":
            original_signature = value
        if lowered in _SKIPPED_HEADERS:
            continue
        if lowered == "content-type":
            seen_content_type = True
        kept.append((name, value))
    if not seen_content_type:
        kept.insert(0, ("Content-Type", "application/json"))

    lines = [
        f"# Replays a TuPay request. Set {API_KEY_VAR}, {PASSPHRASE_VAR} and {SIGNATURE_VAR} first.",
    ]
    if original_signature:
        lines.append(
            "# Signature of the original request (over the real credentials): "
            + re.sub(r"[^0-9A-Za-z]", "", original_signature)
        )
    lines.append(f"BODY={body_expression(body)}")
    lines.append(
        'SIG=$(printf %s "$BODY" | openssl dgst -sha256 -hmac '
        f"\"${SIGNATURE_VAR}\" | sed 's/^.* //')"
    )
    command = [f"curl -sS -X {shlex.quote(method.upper())} {shlex.quote(url)}"]
    for name, value in kept:
        command.append(f"-H {shlex.quote(f'{name}: {value}')}")
    command.append('-H "Payload-Signature: $SIG"')
    command.append('--data-raw "$BODY"')
    lines.append(" \\\n  ".join(command))
    return "\n".join(lines) + "\n"


def curl_for_exchange(exchange: Exchange) -> str:
    """:func:`curl_snippet` for a recorded (redacted) exchange."""
    return curl_snippet(exchange.method, exchange.url, exchange.request_body, exchange.request_headers)
