"""CashoutClient against the real sandbox over loopback: outcomes, error codes, faults, threads."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any, ClassVar

import pytest

from tupay_desktop.api import signing
from tupay_desktop.api.client import (
    CashoutClient,
    InsecureURLError,
    InvalidURLError,
    NetworkErrorKind,
    Timeouts,
    classify_network_error,
    explain_network_failure,
    maybe_created_message,
    parse_base_url,
)
from tupay_desktop.api.diagnosis import diagnose
from tupay_desktop.api.models import (
    ApiFailure,
    CashoutRequest,
    Created,
    Credentials,
    NetworkError,
    OutcomeUnknown,
    StatusResult,
)
from tupay_desktop.sandbox import Fault


def make_request(external_id: str | None = None, **changes: Any) -> CashoutRequest:
    request = CashoutRequest(
        external_id=external_id or f"test-{uuid.uuid4().hex[:16]}",
        amount=Decimal("150.00"),
        currency="PEN",
        document_type="DNI",
        document_id="71594743",
        beneficiary_name="José",
        beneficiary_lastname="Peña",
        bank_account="00219300153895206813",
        account_type="S",
        notification_url="https://merchant.example/notify",
        comments="prueba",
    )
    return replace(request, **changes)


def assert_no_secrets(obj: object, credentials: Credentials) -> None:
    """Neither the outcome nor its exchange may carry login, pass or the signature secret."""
    texts = [repr(obj), str(obj)]
    exchange = getattr(obj, "exchange", None)
    if exchange is not None:
        texts += [repr(exchange), str(exchange.request_body), str(exchange.response_body),
                  str(exchange.request_headers), str(exchange.response_headers), str(exchange.error)]
    for secret in credentials.secrets():
        for text in texts:
            assert secret not in text


@pytest.fixture
def client(sandbox: Any) -> Iterator[CashoutClient]:
    with CashoutClient(sandbox.url, sandbox.credentials) as c:
        yield c


# -- round trip -------------------------------------------------------------------------------


def test_create_status_cancel_round_trip(sandbox: Any, client: CashoutClient) -> None:
    request = make_request()
    created = client.create(request)
    assert isinstance(created, Created), created
    assert created.external_id == request.external_id
    stored = sandbox.find(external_id=request.external_id)
    assert stored is not None and stored.cashout_id == created.cashout_id
    assert stored.amount == Decimal("150.00") and stored.beneficiary_name == "José"

    for lookup in ({"cashout_id": created.cashout_id}, {"external_id": request.external_id},
                   {"cashout_id": created.cashout_id, "external_id": request.external_id}):
        result = client.status(**lookup)
        assert isinstance(result, StatusResult), result
        assert result.status.code == 0
        assert_no_secrets(result, sandbox.credentials)

    cancelled = client.cancel(cashout_id=created.cashout_id, external_id=request.external_id)
    assert isinstance(cancelled, StatusResult), cancelled
    assert cancelled.status.code == 2
    after = client.status(external_id=request.external_id)
    assert isinstance(after, StatusResult) and after.status.code == 2
    assert_no_secrets(created, sandbox.credentials)


def test_exchange_records_request_and_response(sandbox: Any, client: CashoutClient) -> None:
    created = client.create(make_request())
    assert isinstance(created, Created)
    ex = created.exchange
    assert ex.method == "POST" and ex.url == sandbox.url + "/v3/cashout"
    headers = {k.lower(): v for k, v in ex.request_headers}
    assert len(headers["payload-signature"]) == 64
    assert headers["content-type"] == "application/json"
    assert headers["user-agent"].startswith("TuPayCashoutDesk/")
    assert '"login":"***"' in ex.request_body and '"pass":"***"' in ex.request_body
    assert ex.status_code == 200 and ex.response_body is not None and "cashout_id" in ex.response_body
    assert ex.elapsed_ms is not None and ex.error is None


def test_rejected_status_carries_rejection(sandbox: Any, client: CashoutClient) -> None:
    created = client.create(make_request())
    assert isinstance(created, Created)
    sandbox.force_status(created.cashout_id, 3, rejection_code=801)
    result = client.status(cashout_id=created.cashout_id)
    assert isinstance(result, StatusResult)
    assert result.status.code == 3 and result.status.rejection_code == 801
    assert result.status.rejection_reason == "ERROR_ACCOUNT_CLOSED"


# -- error codes ------------------------------------------------------------------------------


def _code(outcome: object) -> int | None:
    assert isinstance(outcome, ApiFailure), outcome
    return outcome.error.code


def test_wrong_signature_secret_is_302(sandbox: Any) -> None:
    creds = replace(sandbox.credentials, signature_secret="not-the-secret")
    with CashoutClient(sandbox.url, creds) as c:
        outcome = c.create(make_request())
        assert _code(outcome) == 302
        assert_no_secrets(outcome, sandbox.credentials)
    assert sandbox.cashouts() == []


def test_wrong_passphrase_is_401(sandbox: Any) -> None:
    creds = replace(sandbox.credentials, passphrase="wrong-pass")
    with CashoutClient(sandbox.url, creds) as c:
        outcome = c.status(external_id="anything")
        assert _code(outcome) == 401
        assert isinstance(outcome, ApiFailure) and outcome.error.http_status == 401
        assert_no_secrets(outcome, creds)


def test_ip_not_whitelisted_is_402(sandbox: Any, client: CashoutClient) -> None:
    sandbox.config.whitelist = ("10.0.0.0/8",)
    assert _code(client.create(make_request())) == 402
    assert sandbox.cashouts() == []


def test_invalid_param_is_300_and_bad_bank_is_303(sandbox: Any, client: CashoutClient) -> None:
    outcome = client.create(make_request(document_id="123"))
    assert _code(outcome) == 300
    assert isinstance(outcome, ApiFailure) and "document_id" in outcome.error.message
    assert _code(client.create(make_request(bank_account="99900000000000000000"))) == 303
    assert sandbox.cashouts() == []


def test_duplicate_external_id_is_511_and_no_funds_is_514(sandbox: Any, client: CashoutClient) -> None:
    request = make_request()
    assert isinstance(client.create(request), Created)
    assert _code(client.create(request)) == 511
    sandbox.config.balance = Decimal("10")
    assert _code(client.create(make_request())) == 514
    assert len(sandbox.cashouts()) == 1


def test_decline_with_reason(client: CashoutClient) -> None:
    outcome = client.create(make_request(amount=Decimal("504.00")))
    assert isinstance(outcome, ApiFailure)
    assert outcome.error.code == 504 and outcome.error.reason_code == 105
    assert outcome.error.reason == "Underage user detected"


def test_unknown_cashout_is_509_and_cancel_after_delivery_is_510(sandbox: Any, client: CashoutClient) -> None:
    assert _code(client.status(external_id="does-not-exist")) == 509
    request = make_request()
    created = client.create(request)
    assert isinstance(created, Created)
    sandbox.force_status(created.cashout_id, 4)
    assert _code(client.cancel(cashout_id=created.cashout_id, external_id=request.external_id)) == 510


# -- faults -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", [Fault.RESET_AFTER_COMMIT, Fault.TRUNCATED_BODY, Fault.MALFORMED_BODY])
def test_fault_after_commit_is_outcome_unknown_and_the_cashout_exists(
    sandbox: Any, client: CashoutClient, fault: Fault
) -> None:
    request = make_request()
    sandbox.inject(fault)
    outcome = client.create(request)
    assert isinstance(outcome, OutcomeUnknown), outcome
    assert outcome.external_id == request.external_id
    assert request.external_id in outcome.message
    assert outcome.exchange is not None and outcome.exchange.request_body.count("***") == 2
    assert_no_secrets(outcome, sandbox.credentials)
    stored = sandbox.find(external_id=request.external_id)
    assert stored is not None
    # Resolution: a status lookup by the same external_id finds it.
    resolved = client.status(external_id=request.external_id)
    assert isinstance(resolved, StatusResult) and resolved.status.code == 0


def test_a_transport_failure_is_explained_in_the_operators_words_with_its_detail_apart(
    sandbox: Any, client: CashoutClient
) -> None:
    """The GUI says what happened in its language and keeps the URL and the exception's English
    for a tooltip: the message splits into the two, and the "may or may not" advice is dropped
    (the caller words it)."""
    request = make_request()
    sandbox.inject(Fault.RESET_AFTER_COMMIT)
    outcome = client.create(request)
    assert isinstance(outcome, OutcomeUnknown), outcome
    kind = classify_network_error(outcome)
    assert kind is NetworkErrorKind.CONNECTION_LOST
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "La conexión se cortó antes de que llegara una respuesta completa:"

    words, detail = explain_network_failure(outcome.message, translate)
    assert seen == [("NetworkError", "The connection broke before a complete answer arrived:")]
    assert words == "La conexión se cortó antes de que llegara una respuesta completa."
    assert sandbox.url in detail and "may or may not" not in detail and detail
    assert not detail.startswith("The connection broke")
    # Untranslated (the CLI), the words are the English lead as a sentence.
    assert explain_network_failure(outcome.message)[0] == (
        "The connection broke before a complete answer arrived.")
    # A refused connection (nothing listening), before anything could be sent.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with CashoutClient(f"http://127.0.0.1:{port}", sandbox.credentials) as closed:
        refused = closed.create(make_request())
    assert isinstance(refused, NetworkError), refused
    words, detail = explain_network_failure(refused.message)
    assert words == "Connection refused." and f"127.0.0.1:{port}" in detail
    # A message of another origin (TuPay's own words): as it is, without its advice suffix.
    assert explain_network_failure("external_id already used") == ("external_id already used", "")
    assert explain_network_failure(maybe_created_message("Request failed: OSError.", "x-1")) == (
        "Request failed.", "OSError.")


def test_reset_before_commit_is_outcome_unknown_and_nothing_exists(
    sandbox: Any, client: CashoutClient
) -> None:
    request = make_request()
    sandbox.inject(Fault.RESET_BEFORE_COMMIT)
    outcome = client.create(request)
    assert isinstance(outcome, OutcomeUnknown), outcome
    assert sandbox.find(external_id=request.external_id) is None
    assert _code(client.status(external_id=request.external_id)) == 509


def test_response_timeout_is_outcome_unknown_and_the_cashout_exists(sandbox: Any) -> None:
    sandbox.config.response_delay_s = 1.5
    request = make_request()
    with CashoutClient(sandbox.url, sandbox.credentials, timeouts=Timeouts(read=0.3)) as c:
        outcome = c.create(request)
    assert isinstance(outcome, OutcomeUnknown), outcome
    assert classify_network_error(outcome) is NetworkErrorKind.TIMEOUT
    assert outcome.external_id == request.external_id
    assert sandbox.find(external_id=request.external_id) is not None


def test_http_500_with_tupay_body_is_outcome_unknown_for_create(sandbox: Any, client: CashoutClient) -> None:
    # A server error is no proof that nothing was created (it may have failed after committing):
    # a create answered 5xx must be looked up by external_id, never taken as a decline.
    sandbox.inject(Fault.HTTP_500, count=2)
    request = make_request()
    outcome = client.create(request)
    assert isinstance(outcome, OutcomeUnknown), outcome
    assert outcome.external_id == request.external_id
    assert "500" in outcome.message and "Internal server error" in outcome.message
    assert outcome.exchange is not None and outcome.exchange.status_code == 500
    assert classify_network_error(outcome) is NetworkErrorKind.BAD_RESPONSE
    # A lookup answered 5xx with a TuPay body stays an ApiFailure: nothing can have been created.
    lookup = client.status(external_id=request.external_id)
    assert isinstance(lookup, ApiFailure) and lookup.error.code == 500
    assert lookup.error.http_status == 500


def test_http_503_html_is_unknown_for_create_and_network_error_for_status(
    sandbox: Any, client: CashoutClient
) -> None:
    sandbox.inject(Fault.HTTP_503, count=2)
    request = make_request()
    outcome = client.create(request)
    assert isinstance(outcome, OutcomeUnknown) and outcome.external_id == request.external_id
    lookup = client.status(external_id=request.external_id)
    assert isinstance(lookup, NetworkError), lookup
    assert "503" in lookup.message
    assert lookup.exchange is not None and lookup.exchange.status_code == 503


@pytest.mark.parametrize("fault", [Fault.TRUNCATED_BODY, Fault.MALFORMED_BODY, Fault.RESET_BEFORE_COMMIT])
def test_status_faults_are_network_errors(sandbox: Any, client: CashoutClient, fault: Fault) -> None:
    created = client.create(make_request())
    assert isinstance(created, Created)
    sandbox.inject(fault)
    outcome = client.status(cashout_id=created.cashout_id)
    assert isinstance(outcome, NetworkError), outcome
    assert outcome.message
    assert isinstance(client.status(cashout_id=created.cashout_id), StatusResult)


# -- concurrency ------------------------------------------------------------------------------


def test_concurrent_creates_from_threads(sandbox: Any, client: CashoutClient) -> None:
    requests = [make_request(amount=Decimal("10.00")) for _ in range(24)]
    outcomes: list[object] = [None] * len(requests)

    def work(index: int) -> None:
        outcomes[index] = client.create(requests[index])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(requests))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(isinstance(o, Created) for o in outcomes), outcomes
    ids = {o.cashout_id for o in outcomes if isinstance(o, Created)}
    assert len(ids) == len(requests)
    for request, outcome in zip(requests, outcomes, strict=True):
        assert isinstance(outcome, Created) and outcome.external_id == request.external_id
        stored = sandbox.find(cashout_id=outcome.cashout_id)
        assert stored is not None and stored.external_id == request.external_id


# -- URL policy and transport failures ---------------------------------------------------------


def test_plain_http_to_a_remote_host_is_refused_before_any_io(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_io(*args: object, **kwargs: object) -> None:
        raise AssertionError("network I/O attempted")

    monkeypatch.setattr(socket, "getaddrinfo", no_io)
    monkeypatch.setattr(socket.socket, "connect", no_io)
    creds = Credentials("key-123456789", "pass-123456789", "secret-123456789")
    with pytest.raises(InsecureURLError, match="http://"):
        CashoutClient("http://example.invalid", creds)
    with pytest.raises(InsecureURLError):
        CashoutClient("http://10.1.2.3:8080/", creds)
    with pytest.raises(ValueError):
        CashoutClient("not a url", creds)


@pytest.mark.parametrize("url", ["http://localhost.:8080", "http://LOCALHOST.", "http://127.0.0.1.:8080"])
def test_a_trailing_dot_is_not_loopback_so_plain_http_there_is_refused(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "localhost." is an absolute DNS name: it is resolved by DNS, not the hosts file.
    def no_io(*args: object, **kwargs: object) -> None:
        raise AssertionError("network I/O attempted")

    monkeypatch.setattr(socket, "getaddrinfo", no_io)
    monkeypatch.setattr(socket.socket, "connect", no_io)
    creds = Credentials("key-123456789", "pass-123456789", "secret-123456789")
    with pytest.raises(InsecureURLError, match="plain http"):
        CashoutClient(url, creds)


def test_the_client_sends_to_the_host_as_normalised_where_it_was_checked(sandbox: Any) -> None:
    # Full-width letters and an ideographic dot: the address that is checked (loopback, production?)
    # is the very one connected to, because the client sends to the normalised form.
    port = sandbox.url.rsplit(":", 1)[1]
    spelt = f"HTTP://\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54:{port}/"
    with CashoutClient(spelt, sandbox.credentials) as c:
        assert c.base_url == f"http://localhost:{port}"
        outcome = c.create(make_request())
    assert isinstance(outcome, Created), outcome
    assert outcome.exchange.url == f"http://localhost:{port}/v3/cashout"
    assert parse_base_url("https://\uff41\uff50\uff49\u3002example\uff0ecom:443/v3/").url == "https://api.example.com/v3"
    assert parse_base_url("https://B\u00fccher.example").url == "https://xn--bcher-kva.example"
    with pytest.raises(InvalidURLError, match="IDNA"):
        parse_base_url("https://api.tupay\u200donline.com")  # a joiner where IDNA forbids one


def test_a_user_name_or_password_in_the_base_url_is_refused(sandbox: Any) -> None:
    # It would be sent as HTTP Basic auth and kept in every exchange's URL (journal, inspector).
    url = sandbox.url.replace("http://", "http://desk-user:pw-in-url-123@")
    with pytest.raises(InvalidURLError) as refused:
        CashoutClient(url, sandbox.credentials)
    assert "pw-in-url-123" not in str(refused.value)
    assert "user name or password" in str(refused.value)
    assert sandbox.cashouts() == []


def test_refused_connection_is_network_error_for_create(sandbox: Any) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with CashoutClient(f"http://127.0.0.1:{port}", sandbox.credentials) as c:
        outcome = c.create(make_request())
    assert isinstance(outcome, NetworkError), outcome
    assert classify_network_error(outcome) is NetworkErrorKind.REFUSED
    assert "Nothing was sent" in outcome.message
    assert_no_secrets(outcome, sandbox.credentials)


def test_unresolvable_host_is_network_error() -> None:
    creds = Credentials("key-123456789", "pass-123456789", "secret-123456789")
    with CashoutClient("https://desk-check.invalid", creds, timeouts=Timeouts(connect=3)) as c:
        outcome = c.status(external_id="x")
    assert isinstance(outcome, NetworkError)
    assert classify_network_error(outcome) in (NetworkErrorKind.DNS, NetworkErrorKind.CONNECT)


# -- the exact bytes --------------------------------------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[dict[str, str], bytes]]]

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        body = self.rfile.read(length)
        type(self).received.append(({k.lower(): v for k, v in self.headers.items()}, body))
        answer = json.dumps({"cashout_id": 8405147}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_the_signed_bytes_are_the_bytes_received() -> None:
    class Handler(_Recorder):
        received: ClassVar[list[tuple[dict[str, str], bytes]]] = []

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    creds = Credentials("key-123456789", "pass-123456789", "TestApiSignatureSecretKey0123456")
    try:
        with CashoutClient(f"http://127.0.0.1:{server.server_address[1]}", creds) as c:
            request = make_request(beneficiary_name="José", beneficiary_lastname="Conceição Peña")
            prepared = c.prepare_create(request)
            outcome = c.send_prepared_create(prepared, request.external_id)
    finally:
        server.shutdown()
        server.server_close()
    assert isinstance(outcome, Created) and outcome.cashout_id == 8405147
    [(headers, body)] = Handler.received
    assert body == prepared.body
    assert "José".encode() in body  # raw UTF-8, not \u escapes
    assert headers["payload-signature"] == signing.payload_signature(creds.signature_secret, body)
    assert headers["payload-signature"] == prepared.signature
    assert headers["content-type"] == "application/json"
    parsed = json.loads(body)
    assert parsed["login"] == creds.api_key and parsed["pass"] == creds.passphrase
    assert "pass-123456789" not in prepared.redacted_body and "pass-123456789" not in repr(prepared)
    assert_no_secrets(outcome, creds)


# -- diagnosis --------------------------------------------------------------------------------


def test_diagnosis_ok(sandbox: Any, client: CashoutClient) -> None:
    result = diagnose(client)
    assert result.ok and result.code == 509
    assert "URL, credentials, IP whitelist and signature are all right" in result.detail
    assert result.exchange is not None and "desk-check-" in result.exchange.request_body
    assert_no_secrets(result, sandbox.credentials)
    assert sandbox.cashouts() == []


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        ({"passphrase": "wrong"}, 401, "Passphrase"),
        ({"signature_secret": "wrong"}, 302, "Signature"),
    ],
)
def test_diagnosis_explains_bad_credentials(
    sandbox: Any, change: dict[str, str], code: int, words: str
) -> None:
    with CashoutClient(sandbox.url, replace(sandbox.credentials, **change)) as c:
        result = diagnose(c)
    assert not result.ok and result.code == code
    assert str(code) in result.verdict and words in result.detail


def test_diagnosis_explains_ip_whitelist_in_spanish(sandbox: Any, client: CashoutClient) -> None:
    sandbox.config.whitelist = ("10.0.0.0/8",)
    result = diagnose(client, lang="es")
    assert not result.ok and result.code == 402
    assert "IP" in result.verdict and "lista blanca" in result.detail


def test_diagnosis_explains_refused_connection(sandbox: Any) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with CashoutClient(f"http://127.0.0.1:{port}", sandbox.credentials) as c:
        result = diagnose(c)
    assert not result.ok and result.code is None
    assert result.verdict == "Connection refused" and "sandbox" in result.detail


def test_diagnosis_explains_unreadable_answer(sandbox: Any, client: CashoutClient) -> None:
    sandbox.inject(Fault.HTTP_503)
    result = diagnose(client)
    assert not result.ok and result.verdict == "Unreadable answer"


def test_diagnosis_explains_a_server_that_never_answers(sandbox: Any) -> None:
    with socket.socket() as listener:  # the kernel completes the handshake; nobody ever answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        port = listener.getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        with CashoutClient(url, sandbox.credentials, timeouts=Timeouts(read=0.2)) as c:
            result = diagnose(c)
            outcome = c.create(make_request(external_id="never-answered"))
    assert not result.ok and result.verdict == "No answer in time"
    assert isinstance(outcome, OutcomeUnknown) and outcome.external_id == "never-answered"


class _Echo(http.server.BaseHTTPRequestHandler):
    """A server (or a WAF's block page) that repeats what it received in its answer."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        fields = json.loads(body)
        if self.path.endswith("/status"):  # a TuPay-shaped error that names the login
            status = 401
            answer = json.dumps({"code": 401, "message": f"Invalid credentials for {fields['login']}",
                                 "reason": f"pass {fields['pass']} refused"}).encode()
            kind = "application/json"
        else:  # an HTML page quoting the request (HTML-escaped, so no '"login":' to find)
            status = 400
            escaped = body.replace('"', "&quot;")
            answer = f"<html><body>Request blocked: <pre>{escaped}</pre></body></html>".encode()
            kind = "text/html"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_secrets_echoed_by_the_server_are_not_kept_or_shown() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    creds = Credentials("key-123456789", "pass-123456789", "TestApiSignatureSecretKey0123456")
    try:
        with CashoutClient(f"http://127.0.0.1:{server.server_address[1]}", creds) as c:
            created = c.create(make_request())
            looked_up = c.status(external_id="echo-1")
    finally:
        server.shutdown()
        server.server_close()
    assert isinstance(created, ApiFailure) and created.error.http_status == 400
    assert isinstance(looked_up, ApiFailure) and looked_up.error.code == 401
    assert created.exchange is not None and "Request blocked" in (created.exchange.response_body or "")
    assert "Invalid credentials for" in looked_up.error.message
    for outcome in (created, looked_up):
        assert_no_secrets(outcome, creds)
        assert_no_secrets(outcome.error, creds)
