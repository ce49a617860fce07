"""Peers that drip, flood, bloat or echo: every request ends by its deadline, reads at most 1 MiB
(before and after decompression), survives any JSON, and keeps no secret the peer sends back."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import tracemalloc
import zlib
from collections.abc import Callable
from decimal import Decimal

import pytest

from tupay_desktop.api.client import (
    MAX_RESPONSE_BYTES,
    CashoutClient,
    NetworkErrorKind,
    Timeouts,
    classify_network_error,
)
from tupay_desktop.api.models import Credentials, NetworkError, OutcomeUnknown, StatusResult
from tupay_desktop.service import CashoutService
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind

from .hostile import Behaviour, answer, drip, hostile_peer
from .test_client import make_request

CREDS = Credentials("key-123456789", "pass-123456789", "TestApiSignatureSecretKey0123456")
#: Short enough for a test, far shorter than the per-read timeout: only the deadline can end these.
FAST = Timeouts(read=30.0, write=30.0, deadline=1.0)


def _drip_headers(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
    drip(conn, b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100_000, stop)


def _drip_body(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
    drip(conn, b'{"cashout_id": 1' + b" " * 100_000, stop)


def _flood_continue(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
    while not stop.wait(0.01):
        conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")


@pytest.mark.parametrize("behave", [_drip_headers, _drip_body, _flood_continue],
                         ids=["drip-headers", "drip-body", "100-continue-flood"])
def test_a_peer_that_never_finishes_ends_a_create_by_its_deadline_as_an_unknown_outcome(
    behave: Behaviour,
) -> None:
    with hostile_peer(behave) as peer, CashoutClient(peer.url, CREDS, timeouts=FAST) as client:
        outcome = client.create(make_request(external_id="dripped-1"))
    assert isinstance(outcome, OutcomeUnknown), outcome
    assert outcome.external_id == "dripped-1"
    assert "deadline of 1 s" in outcome.message and "may or may not have been created" in outcome.message
    assert classify_network_error(outcome) is NetworkErrorKind.TIMEOUT
    assert outcome.exchange is not None and outcome.exchange.error is not None


def test_the_deadline_covers_a_lookup_too_and_the_client_stays_usable() -> None:
    calls = []

    def behave(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        calls.append(request)
        if len(calls) == 1:
            _drip_headers(conn, request, stop)
        else:
            body = json.dumps({"cashout_status": 0, "cashout_status_description": "Pending"}).encode()
            conn.sendall(answer("200 OK", body, "Content-Type: application/json"))

    with hostile_peer(behave) as peer, CashoutClient(peer.url, CREDS, timeouts=FAST) as client:
        first = client.status(external_id="slow-1")
        second = client.status(external_id="slow-1")
    assert isinstance(first, NetworkError) and "deadline" in first.message
    assert isinstance(second, StatusResult) and second.status.code == 0


def test_a_create_held_past_its_deadline_is_journalled_unknown_not_left_sending() -> None:
    env = EnvironmentConfig("custom-slow", EnvironmentKind.CUSTOM, "Slow", "http://127.0.0.1:1")
    with Journal() as journal, hostile_peer(_drip_headers) as peer, CashoutService(
        env, peer.url, CREDS, journal, timeouts=FAST
    ) as service:
        outcome = service.submit(make_request(external_id="dripped-2"))
        entry = journal.get("custom-slow", "dripped-2")
    assert isinstance(outcome, OutcomeUnknown)
    assert entry is not None and entry.state == "unknown"  # not left 'sending' for ever
    assert entry.error_message is not None and "deadline" in entry.error_message


def _serve(body: bytes, *headers: str) -> Behaviour:
    def behave(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        conn.sendall(answer("200 OK", body, *headers))

    return behave


def _endless_chunks(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
    chunk = b" " * 65536
    while not stop.is_set():
        conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))


def _bomb(compress: Callable[[bytes], bytes], size: int = 64 * 1024 * 1024) -> bytes:
    return compress(b" " * size)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda: _serve(b" " * (MAX_RESPONSE_BYTES + 1), "Content-Type: application/json"), "announces"),
        (lambda: _endless_chunks, "larger than the 1 MiB accepted"),
        (lambda: _serve(_bomb(gzip.compress), "Content-Encoding: gzip"),
         "decompresses to more than the 1 MiB accepted"),
        (lambda: _serve(_bomb(zlib.compress), "Content-Encoding: deflate"),
         "decompresses to more than the 1 MiB accepted"),
        (lambda: _serve(b"\x1f\x8b garbage", "Content-Encoding: gzip"), "damaged"),
        (lambda: _serve(b"{}", "Content-Encoding: br"), "cannot read"),
    ],
    ids=["content-length", "chunked", "gzip-bomb", "deflate-bomb", "broken-gzip", "unknown-encoding"],
)
def test_an_answer_too_large_or_unreadable_is_an_unknown_outcome_in_bounded_memory(
    make: Callable[[], Behaviour], words: str
) -> None:
    with hostile_peer(make()) as peer, CashoutClient(peer.url, CREDS) as client:
        tracemalloc.start()
        try:
            outcome = client.create(make_request(external_id="big-1"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert isinstance(outcome, OutcomeUnknown), outcome
    assert words in outcome.message and "may or may not have been created" in outcome.message
    assert classify_network_error(outcome) is NetworkErrorKind.BAD_RESPONSE
    assert outcome.exchange is not None and outcome.exchange.status_code == 200
    assert peak < 8 * MAX_RESPONSE_BYTES, f"peak {peak / 2**20:.1f} MiB"


def test_a_compressed_answer_within_the_limit_is_read() -> None:
    body = gzip.compress(json.dumps({"cashout_id": 8405147}).encode())
    with hostile_peer(_serve(body, "Content-Encoding: gzip")) as peer, CashoutClient(peer.url, CREDS) as c:
        outcome = c.create(make_request())
    assert getattr(outcome, "cashout_id", None) == 8405147, outcome
    assert b"accept-encoding: gzip, deflate" in peer.requests[0].lower()


DEEP = b"[" * 200_000 + b"]" * 200_000
DEEP_OBJECT = b'{"code": 300, "message": ' + DEEP + b"}"


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["array", "in-an-error"])
def test_deeply_nested_json_is_an_unreadable_answer_not_a_crash(body: bytes) -> None:
    with hostile_peer(_serve(body, "Content-Type: application/json")) as peer, CashoutClient(
        peer.url, CREDS
    ) as client:
        looked_up = client.status(external_id="deep-1")
        created = client.create(make_request(external_id="deep-2"))
    assert isinstance(looked_up, NetworkError) and "not valid JSON" in looked_up.message
    assert isinstance(created, OutcomeUnknown) and created.external_id == "deep-2"


def test_reconcile_goes_on_past_a_deeply_nested_answer() -> None:
    env = EnvironmentConfig("custom-deep", EnvironmentKind.CUSTOM, "Deep", "http://127.0.0.1:1")
    with Journal() as journal, hostile_peer(_serve(DEEP, "Content-Type: application/json")) as peer:
        for external_id in ("deep-a", "deep-b"):
            journal.record_sending("custom-deep", make_request(external_id=external_id), "{}")
        with CashoutService(env, peer.url, CREDS, journal) as service:
            results = service.reconcile()
        states = {e.external_id: e.state for e in journal.query(env_key="custom-deep")}
    assert sorted(r.external_id for r in results) == ["deep-a", "deep-b"]
    assert states == {"deep-a": "sending", "deep-b": "sending"}  # still to be resolved, by a later run


def test_secrets_a_peer_echoes_into_its_headers_never_reach_the_exchange_or_the_journal() -> None:
    def behave(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        _head, _, body = request.partition(b"\r\n\r\n")
        fields = json.loads(body)
        echo = [
            "X-Echo-Body: " + body.decode(),  # the whole request, login and pass included
            f"X-Login: {fields['login']}",
            f"X-Auth-{fields['pass']}: seen",  # even in a header's name
            "X-Echo-Signature-Secret: " + CREDS.signature_secret,
        ]
        conn.sendall(answer("200 OK", json.dumps({"cashout_id": 77}).encode(), *echo))

    env = EnvironmentConfig("custom-echo", EnvironmentKind.CUSTOM, "Echo", "http://127.0.0.1:1")
    with Journal() as journal, hostile_peer(behave) as peer:
        request = make_request(amount=Decimal("10.00"))
        with CashoutService(env, peer.url, CREDS, journal) as service:
            outcome = service.submit(request)
        stored = journal.exchanges("custom-echo", request.external_id)
        path = journal.path
    assert getattr(outcome, "cashout_id", None) == 77
    assert outcome.exchange is not None
    assert [e.response_headers for e in stored] == [outcome.exchange.response_headers]
    headers = dict(outcome.exchange.response_headers)
    assert headers["x-login"] == "***" and "X-Echo-Body".lower() in headers
    texts = [repr(outcome.exchange.response_headers), repr(stored), path.read_bytes().decode("latin-1")]
    for wal in path.parent.glob(path.name + "-wal"):
        texts.append(wal.read_bytes().decode("latin-1"))
    for secret in CREDS.secrets():
        for text in texts:
            assert secret not in text


def _redirect(status: str, location: str | None = "https://elsewhere.example/v3/cashout") -> Behaviour:
    def behave(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        headers = [f"Location: {location}"] if location is not None else []
        conn.sendall(answer(status, b"<html>Moved</html>", "Content-Type: text/html", *headers))

    return behave


@pytest.mark.parametrize("status", ["301 Moved Permanently", "302 Found", "307 Temporary Redirect"])
def test_a_redirect_is_reported_as_a_redirect_not_followed_with_its_target(status: str) -> None:
    from tupay_desktop.api.errors import explain_failure
    from tupay_desktop.api.models import ApiFailure

    with hostile_peer(_redirect(status)) as peer, CashoutClient(peer.url, CREDS) as client:
        created = client.create(make_request())
        looked_up = client.status(external_id="moved-1")
    assert len(peer.requests) == 2  # one each: nothing was sent to the new address
    for outcome in (created, looked_up):
        assert isinstance(outcome, ApiFailure), outcome
        error = outcome.error
        assert error.code is None and error.http_status == int(status[:3])
        assert error.location == "https://elsewhere.example/v3/cashout"
        assert "a redirect to https://elsewhere.example/v3/cashout that was not followed" in error.message
    explained = explain_failure(created.error)  # type: ignore[union-attr]
    assert explained.startswith(
        f"A redirect to https://elsewhere.example/v3/cashout that was not followed (HTTP {status[:3]})."
    )
    assert "nothing was created" in explained and "base URL" in explained and "?" not in explained
    assert "redirección" in explain_failure(created.error, "es")  # type: ignore[union-attr]


def test_a_redirect_without_a_location_and_a_303_after_a_create() -> None:
    from tupay_desktop.api.errors import explain_failure
    from tupay_desktop.api.models import ApiFailure

    with hostile_peer(_redirect("302 Found", None)) as peer, CashoutClient(peer.url, CREDS) as client:
        moved = client.create(make_request())
    assert isinstance(moved, ApiFailure) and moved.error.location is None
    assert explain_failure(moved.error).startswith("A redirect that was not followed (HTTP 302).")
    # 303 See Other answers a POST that was processed: the cashout may exist, so it is looked up.
    with hostile_peer(_redirect("303 See Other")) as peer, CashoutClient(peer.url, CREDS) as client:
        seen_other = client.create(make_request(external_id="see-other-1"))
    assert isinstance(seen_other, OutcomeUnknown) and seen_other.external_id == "see-other-1"


# -- the Merchants API's client speaks the same HTTP: the same deadline and the same cap -----------


@pytest.mark.parametrize("behave", [_drip_headers, _drip_body],
                         ids=["drip-headers", "drip-body"])
def test_a_merchants_call_that_never_finishes_ends_by_its_deadline(behave: Behaviour) -> None:
    from tupay_desktop.api.merchants import MerchantsClient, MerchantsCredentials, MerchantsFailure

    user = MerchantsCredentials("ops@merchant.pe", "secret-pass-1")
    with hostile_peer(behave) as peer, MerchantsClient(peer.url, user, timeouts=FAST) as client:
        failure = client.login()
    assert isinstance(failure, MerchantsFailure)
    assert "deadline of 1 s" in failure.message


def test_a_merchants_answer_is_read_to_1_mib_at_most() -> None:
    from tupay_desktop.api.merchants import MerchantsClient, MerchantsCredentials, MerchantsFailure

    user = MerchantsCredentials("ops@merchant.pe", "secret-pass-1")
    bomb = _serve(_bomb(gzip.compress), "Content-Encoding: gzip")  # made before memory is counted
    tracemalloc.start()
    try:
        with hostile_peer(bomb) as peer, \
                MerchantsClient(peer.url, user, timeouts=FAST) as client:
            failure = client.login()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(failure, MerchantsFailure)
    assert "1 MiB" in failure.message
    assert peak < 16 * 1024 * 1024
