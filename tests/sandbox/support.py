"""Helpers for sandbox tests: valid bodies and signed requests over real loopback sockets (httpx)."""

from __future__ import annotations

import contextlib
import itertools
import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Protocol

import httpx

from tupay_desktop.api.models import Credentials, encode_body
from tupay_desktop.api.signing import payload_signature


class Peer(Protocol):
    """What the helpers need of a sandbox: an in-process ``Sandbox`` or one started by the CLI."""

    @property
    def url(self) -> str: ...

    @property
    def credentials(self) -> Credentials: ...


_counter = itertools.count(1)

#: A signature value that is never right; ``None`` means "do not send the header".
SIGN = object()


def new_external_id() -> str:
    return f"test-{next(_counter):06d}"


def creation_fields(sb: Peer, **overrides: Any) -> dict[str, Any]:
    """A valid Peru creation body with the sandbox's credentials; ``None`` overrides drop a field."""
    fields: dict[str, Any] = {
        "login": sb.credentials.api_key,
        "pass": sb.credentials.passphrase,
        "external_id": new_external_id(),
        "country": "PE",
        "amount": Decimal("100.00"),
        "currency": "PEN",
        "document_type": "DNI",
        "document_id": "71594743",
        "beneficiary_name": "Alex",
        "beneficiary_lastname": "Gonzales",
        "bank_account": "00320001310356642337",
        "account_type": "S",
        "notification_url": "https://merchant.example/notify",
        "comments": "sandbox test",
    }
    for key, value in overrides.items():
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    return fields


def lookup_fields(sb: Peer, **ids: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {"login": sb.credentials.api_key, "pass": sb.credentials.passphrase}
    fields.update({k: v for k, v in ids.items() if v is not None})
    return fields


def encode(fields: dict[str, Any]) -> bytes:
    """The project's ``encode_body``; amounts it refuses to render are written verbatim instead."""
    try:
        return encode_body(fields)
    except ValueError:
        parts = [f"{json.dumps(k)}:{v if isinstance(v, Decimal) else json.dumps(v)}"
                 for k, v in fields.items()]
        return ("{" + ",".join(parts) + "}").encode("utf-8")


def call(sb: Peer, method: str, path: str, body: dict[str, Any] | bytes, *,
         signature: Any = SIGN, client: httpx.Client | None = None) -> httpx.Response:
    """Send ``body`` (a field mapping is encoded once) signed with the sandbox's secret."""
    raw = body if isinstance(body, bytes) else encode(body)
    headers = {"Content-Type": "application/json", "User-Agent": "SandboxTests/1"}
    if signature is SIGN:
        headers["Payload-Signature"] = payload_signature(sb.credentials.signature_secret, raw)
    elif signature is not None:
        headers["Payload-Signature"] = str(signature)
    return (client or _shared_client()).request(method, sb.url + path, content=raw, headers=headers)


_client: httpx.Client | None = None


def _shared_client() -> httpx.Client:
    """One plain-HTTP client for all tests (building an httpx client costs an SSL context each time)."""
    global _client
    if _client is None:
        _client = httpx.Client(timeout=5.0)
    return _client


#: The external_id each cashout made by :func:`create` was given, by (login, cashout_id): what a
#: client knows of its own cashouts, for :func:`cancel`.
_EXTERNAL_IDS: dict[tuple[str, int], str] = {}


def create(sb: Peer, **overrides: Any) -> httpx.Response:
    fields = creation_fields(sb, **overrides)
    response = call(sb, "POST", "/v3/cashout", fields)
    if response.status_code == 200 and isinstance(fields.get("external_id"), str):
        with contextlib.suppress(ValueError, KeyError, TypeError):
            _EXTERNAL_IDS[sb.credentials.api_key, int(response.json()["cashout_id"])] = fields["external_id"]
    return response


def status(sb: Peer, **ids: Any) -> httpx.Response:
    return call(sb, "POST", "/v3/cashout/status", lookup_fields(sb, **ids))


def cancel(sb: Peer, **ids: Any) -> httpx.Response:
    """A cancel as a client sends it, with both ids (spec §7: all four fields required): given only
    the ``cashout_id`` of a cashout :func:`create` made, its ``external_id`` is added. Pass
    ``external_id=None`` (or ``cashout_id=None``) to leave one out."""
    if "external_id" not in ids and isinstance(ids.get("cashout_id"), int):
        ids["external_id"] = _EXTERNAL_IDS.get((sb.credentials.api_key, ids["cashout_id"]))
    return call(sb, "DELETE", "/v3/cashout/cancel", lookup_fields(sb, **ids))


def created_id(response: httpx.Response) -> int:
    assert response.status_code == 200, response.text
    value = response.json()["cashout_id"]
    assert isinstance(value, str)
    return int(value)


class FakeClock:
    """A settable wall clock for the ledger's lifecycle (call it: seconds since the epoch) and for
    a journal (:meth:`utc`: the same moment as an aware datetime), so one clock drives both."""

    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def utc(self) -> datetime:
        return datetime.fromtimestamp(self.now, UTC)

    def advance(self, seconds: float) -> None:
        self.now += seconds
