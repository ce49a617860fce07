"""The one HTTP client of the project: signed, verified, never-retrying calls to TuPay's Cashout API.

Every request body is serialised once (:func:`models.encode_body`), signed over those exact bytes
(:func:`signing.payload_signature`) and sent as those bytes. TLS verification is always on (the OS
trust store through ``truststore`` unless an explicit ``ssl.SSLContext`` is given) and plain
``http://`` is refused for anything but loopback hosts, before a byte leaves the machine.

Results are values, never exceptions: a create ends as :class:`Created`, :class:`ApiFailure`,
:class:`NetworkError` (nothing was sent / nothing can have been created) or :class:`OutcomeUnknown`
(it may have been created — resolve by status lookup by ``external_id``; never resend with a new
id). A create answered with an HTTP 5xx is an :class:`OutcomeUnknown` too, even with a TuPay error
body: a server error does not prove that nothing was created. A create is never retried. Each call
records a redacted :class:`Exchange`.

The response parsers (:func:`parse_create_response`, :func:`parse_status_response`) are pure
functions that turn arbitrary bytes into a result or a clear problem, and never raise.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

import tupay_desktop
from tupay_desktop.api import signing
from tupay_desktop.api.addresses import (
    BaseAddress,
    InsecureURLError,
    InvalidURLError,
    check_base_url,
    is_loopback_host,
    parse_base_url,
    transport_host,
)
from tupay_desktop.api.models import (
    REDACTED,
    ApiError,
    ApiFailure,
    CashoutRequest,
    CashoutStatus,
    Created,
    CreateOutcome,
    Credentials,
    Exchange,
    NetworkError,
    OutcomeUnknown,
    PreparedRequest,
    StatusOutcome,
    StatusResult,
    encode_body,
    redact_body,
    status_body_fields,
)
from tupay_desktop.i18n import QT_TRANSLATE_NOOP, Translator, identity
from tupay_desktop.lazy import lazy_module

if TYPE_CHECKING:
    import socket
    import ssl

    import httpx
    import truststore
else:  # imported on the first request (on a worker), not by whoever only checks a URL
    httpx = lazy_module("httpx")
    socket = lazy_module("socket")
    ssl = lazy_module("ssl")
    truststore = lazy_module("truststore")

__all__ = [
    "CANCEL_PATH",
    "CREATE_PATH",
    "STATUS_PATH",
    "BaseAddress",
    "CashoutClient",
    "InsecureURLError",
    "InvalidURLError",
    "NetworkErrorKind",
    "Timeouts",
    "Unparseable",
    "check_base_url",
    "classify_network_error",
    "explain_network_failure",
    "is_loopback_host",
    "is_transport_message",
    "maybe_created_message",
    "parse_base_url",
    "parse_create_response",
    "parse_status_response",
    "transport_host",
]

_log = logging.getLogger(__name__)

CREATE_PATH = "/v3/cashout"
STATUS_PATH = "/v3/cashout/status"
CANCEL_PATH = "/v3/cashout/cancel"

#: At most this many characters of a response body are kept in an :class:`Exchange`.
MAX_EXCHANGE_BODY_CHARS = 200_000
#: An id longer than this many digits is not a TuPay id (int64 has 19).
_MAX_ID_DIGITS = 19
#: Credential values at least this long are scrubbed from whatever the server answers.
_MIN_SCRUBBED_SECRET = 6


#: The longest answer body accepted, before and after decompression (TuPay's answers are a few
#: hundred bytes); a longer one is unreadable and, for a create, an unknown outcome.
MAX_RESPONSE_BYTES = 1024 * 1024
#: What the client asks for and can decode (:func:`_decode_body`); anything else is unreadable.
_ACCEPT_ENCODING = "gzip, deflate"
#: Default of :attr:`Timeouts.deadline`.
DEFAULT_DEADLINE_S = 60.0


@dataclass(frozen=True)
class Timeouts:
    """Seconds allowed for each phase of a request (httpx semantics: read/write are per operation),
    and ``deadline``: the most one whole request may take, from connecting to the last byte of
    the answer, however the peer drips its bytes. After it a create's outcome is unknown."""

    connect: float = 5.0
    read: float = 30.0
    write: float = 10.0
    pool: float = 5.0
    deadline: float = DEFAULT_DEADLINE_S

    def __post_init__(self) -> None:
        if not self.deadline > 0:
            raise ValueError("the request deadline must be a positive number of seconds")

    def to_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


#: Default of ``CashoutClient(proxy=...)``: take the HTTPS proxy from the environment.
_FROM_ENVIRONMENT = object()


def proxy_for(base_url: str) -> str | None:
    """The proxy for ``base_url`` from ``HTTPS_PROXY``/``ALL_PROXY`` (any case), or None: never for
    loopback hosts or hosts listed in ``NO_PROXY``. Only https targets go through a proxy."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.scheme != "https" or is_loopback_host(host):
        return None
    import urllib.request

    proxies = urllib.request.getproxies()
    if urllib.request.proxy_bypass(host):
        return None
    return proxies.get("https") or proxies.get("all") or None


# --------------------------------------------------------------------------------------------
# Pure response parsing
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unparseable:
    """A response that is neither a TuPay result nor a TuPay error; ``message`` says why, in words."""

    message: str


def _as_int(value: Any) -> int | None:
    """An int from a JSON int or a string of digits; None for anything else (bools included)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if abs(value) < 10**_MAX_ID_DIGITS else None
    if isinstance(value, str):
        text = value.strip()
        digits = text[1:] if text[:1] in "+-" else text
        if digits.isascii() and digits.isdigit() and len(digits) <= _MAX_ID_DIGITS:
            return int(text)
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except (ValueError, TypeError, RecursionError):
        return repr(value)


def _http_words(status_code: int) -> str:
    try:
        from http import HTTPStatus

        return f"HTTP {status_code} {HTTPStatus(status_code).phrase}"
    except ValueError:
        return f"HTTP {status_code}"


def _load_object(status_code: int, body: bytes) -> dict[str, Any] | Unparseable:
    if not body or not body.strip():
        return Unparseable(f"The server answered {_http_words(status_code)} with an empty body.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return Unparseable(
            f"The server answered {_http_words(status_code)} with a body that is not UTF-8 text."
        )
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return Unparseable(
            f"The server answered {_http_words(status_code)} with a body that is not valid JSON "
            "(it may have been cut off)."
        )
    if not isinstance(value, dict):
        return Unparseable(
            f"The server answered {_http_words(status_code)} with JSON that is not an object."
        )
    return value


def _api_error(status_code: int, obj: Mapping[str, Any]) -> ApiError | None:
    if "code" not in obj:
        return None
    code = _as_int(obj.get("code"))
    if code is None:
        return None
    message = _as_text(obj.get("message")) or _as_text(obj.get("description")) or ""
    reason = _as_text(obj.get("reason"))
    reason_code = _as_int(obj.get("reason_code"))
    return ApiError(
        code=code, message=message, http_status=status_code, reason=reason, reason_code=reason_code
    )


#: A redirect target is shown (and journalled) at most this long.
_MAX_LOCATION_CHARS = 300


def _printable(text: str, limit: int) -> str:
    cleaned = "".join(ch if ch.isprintable() else "\ufffd" for ch in text.strip())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def _non_tupay_failure(status_code: int, location: str | None = None) -> ApiError:
    if 300 <= status_code < 400:
        where = _printable(location, _MAX_LOCATION_CHARS) if location and location.strip() else None
        target = f" to {where}" if where else ""
        return ApiError(
            code=None,
            message=(
                f"The server answered {_http_words(status_code)}: a redirect{target} that was not "
                "followed (requests are never redirected), so nothing was sent there and the request "
                "was not processed. Check the base URL."
            ),
            http_status=status_code,
            location=where,
        )
    return ApiError(
        code=None,
        message=(
            f"The server answered {_http_words(status_code)} without a TuPay error body; "
            "the request was not processed. Check the base URL."
        ),
        http_status=status_code,
    )


def parse_create_response(
    status_code: int, body: bytes, *, location: str | None = None
) -> int | ApiError | Unparseable:
    """Interpret a creation response: the new ``cashout_id``, a TuPay error, or :class:`Unparseable`.

    A 3xx/4xx without a TuPay body is an :class:`ApiError` with ``code=None`` (HTTP semantics: the
    request was not processed; for a redirect, ``location`` is where it pointed) — except 303 See
    Other, which answers a POST that *was* processed. A 2xx/5xx that is not understood, or a 303, is
    :class:`Unparseable` — the caller must treat the outcome as unknown. Never raises.
    """
    try:
        if status_code == 303:
            return Unparseable(
                f"The server answered {_http_words(status_code)}, which says a request was processed "
                "and points elsewhere for its result (not followed)."
            )
        obj = _load_object(status_code, body)
        if isinstance(obj, dict):
            if 200 <= status_code < 300 and "cashout_id" in obj and "code" not in obj:
                cashout_id = _as_int(obj.get("cashout_id"))
                if cashout_id is not None and cashout_id > 0:
                    return cashout_id
                return Unparseable(
                    f"The server answered {_http_words(status_code)} with an unusable cashout_id "
                    f"({_as_text(obj.get('cashout_id'))!s:.60})."
                )
            error = _api_error(status_code, obj)
            if error is not None:
                return error
            problem = Unparseable(
                f"The server answered {_http_words(status_code)} with JSON that is neither a "
                "created cashout nor a TuPay error."
            )
        else:
            problem = obj
        if 300 <= status_code < 500:
            return _non_tupay_failure(status_code, location)
        return problem
    except Exception as exc:  # pragma: no cover - defensive: the parser must never raise
        return Unparseable(f"The server's answer could not be read ({type(exc).__name__}).")


def _positive_id(value: Any) -> int | None:
    """A cashout_id carried by an answer, if it is a usable one (a positive integer)."""
    number = _as_int(value)
    return number if number is not None and number > 0 else None


def parse_status_response(
    status_code: int, body: bytes, *, location: str | None = None
) -> CashoutStatus | ApiError | Unparseable:
    """Interpret a status (or cancel) response: a :class:`CashoutStatus`, a TuPay error, or a problem.

    Never raises.
    """
    try:
        obj = _load_object(status_code, body)
        if isinstance(obj, dict):
            if 200 <= status_code < 300 and "cashout_status" in obj and "code" not in obj:
                code = _as_int(obj.get("cashout_status"))
                if code is not None:
                    return CashoutStatus(
                        code=code,
                        description=_as_text(obj.get("cashout_status_description")) or "",
                        rejection_code=_as_int(obj.get("rejection_code")),
                        rejection_reason=_as_text(obj.get("rejection_reason")),
                        bank_reference_id=_as_text(obj.get("bank_reference_id")) or None,
                        cashout_id=_positive_id(obj.get("cashout_id")),
                    )
                return Unparseable(
                    f"The server answered {_http_words(status_code)} with an unusable cashout_status."
                )
            error = _api_error(status_code, obj)
            if error is not None:
                return error
            problem = Unparseable(
                f"The server answered {_http_words(status_code)} with JSON that is neither a "
                "cashout status nor a TuPay error."
            )
        else:
            problem = obj
        if 300 <= status_code < 500:
            return _non_tupay_failure(status_code, location)
        return problem
    except Exception as exc:  # pragma: no cover - defensive: the parser must never raise
        return Unparseable(f"The server's answer could not be read ({type(exc).__name__}).")


# --------------------------------------------------------------------------------------------
# Transport failures, in words
# --------------------------------------------------------------------------------------------


class NetworkErrorKind(StrEnum):
    """Why a request failed at the transport level (see :func:`classify_network_error`)."""

    INSECURE_URL = "insecure_url"
    INVALID_URL = "invalid_url"
    DNS = "dns"
    REFUSED = "refused"
    CONNECT_TIMEOUT = "connect_timeout"
    TLS_CERTIFICATE = "tls_certificate"
    TLS = "tls"
    CONNECT = "connect"
    TIMEOUT = "timeout"
    CONNECTION_LOST = "connection_lost"
    BAD_RESPONSE = "bad_response"
    OTHER = "other"


#: The sentence every NetworkError message of a kind starts with (lets callers classify it, and
#: say it in the operator's language: :func:`explain_network_failure`).
_KIND_LEAD: dict[NetworkErrorKind, str] = {
    NetworkErrorKind.INSECURE_URL: QT_TRANSLATE_NOOP("NetworkError", "Refused before sending:"),
    NetworkErrorKind.INVALID_URL: QT_TRANSLATE_NOOP("NetworkError", "Invalid base URL:"),
    NetworkErrorKind.DNS: QT_TRANSLATE_NOOP("NetworkError", "Host name not found (DNS):"),
    NetworkErrorKind.REFUSED: QT_TRANSLATE_NOOP("NetworkError", "Connection refused:"),
    NetworkErrorKind.CONNECT_TIMEOUT: QT_TRANSLATE_NOOP("NetworkError", "Timed out while connecting:"),
    NetworkErrorKind.TLS_CERTIFICATE: QT_TRANSLATE_NOOP(
        "NetworkError", "The server's TLS certificate is not trusted:"),
    NetworkErrorKind.TLS: QT_TRANSLATE_NOOP("NetworkError", "TLS handshake failed:"),
    NetworkErrorKind.CONNECT: QT_TRANSLATE_NOOP("NetworkError", "Could not connect:"),
    NetworkErrorKind.TIMEOUT: QT_TRANSLATE_NOOP("NetworkError", "Timed out waiting for the answer:"),
    NetworkErrorKind.CONNECTION_LOST: QT_TRANSLATE_NOOP(
        "NetworkError", "The connection broke before a complete answer arrived:"),
    NetworkErrorKind.BAD_RESPONSE: QT_TRANSLATE_NOOP("NetworkError", "Unreadable answer:"),
    NetworkErrorKind.OTHER: QT_TRANSLATE_NOOP("NetworkError", "Request failed:"),
}
#: What an OutcomeUnknown's message ends with (``%r`` of the external_id in between).
_MAYBE_CREATED = " The cashout may or may not have been created: look it up by its external_id "
_MAYBE_CREATED_END = "; do not resubmit it with a new id."


def maybe_created_message(message: str, external_id: str) -> str:
    """An unknown outcome's message: what happened, then the advice to look the cashout up by its
    external_id and never resubmit it under a new one (:func:`explain_network_failure` knows it)."""
    return f"{message}{_MAYBE_CREATED}{external_id!r}{_MAYBE_CREATED_END}"


def is_transport_message(message: str) -> bool:
    """Whether ``message`` is this client's words for a transport failure (it starts with one of
    the lead sentences :func:`explain_network_failure` translates)."""
    return any(message.startswith(lead) for lead in _KIND_LEAD.values())


def explain_network_failure(message: str, translate: Translator = identity) -> tuple[str, str]:
    """A transport failure's message (a :class:`NetworkError`'s or :class:`OutcomeUnknown`'s, as
    this client words it, also as journalled) split into what happened — one sentence in the
    operator's language through ``translate`` — and the technical detail after it (URL, the
    exception), which stays as it came. The "may or may not have been created" advice an unknown
    outcome carries is dropped: the caller says it in its own words. A message of another origin
    (TuPay's own words, journalled with an unknown outcome) is returned as it is, without detail:
    it cannot be translated, and a generic sentence would hide what TuPay said."""
    kind = next((k for k, lead in _KIND_LEAD.items() if message.startswith(lead)), None)
    if kind is None:
        return _without_advice(message.strip()), ""
    detail = message[len(_KIND_LEAD[kind]):].strip()
    words = translate("NetworkError", _KIND_LEAD[kind]).rstrip().rstrip(":：").rstrip()
    return f"{words}.", _without_advice(detail)


def _without_advice(text: str) -> str:
    cut = text.find(_MAYBE_CREATED)
    if cut >= 0 and text.endswith(_MAYBE_CREATED_END):
        return text[:cut].rstrip()
    return text


def classify_network_error(error: NetworkError | OutcomeUnknown) -> NetworkErrorKind:
    """The :class:`NetworkErrorKind` of a failure produced by :class:`CashoutClient`."""
    for kind, lead in _KIND_LEAD.items():
        if error.message.startswith(lead):
            return kind
    return NetworkErrorKind.OTHER


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 20:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _connect_kind(exc: httpx.HTTPError) -> NetworkErrorKind:
    """Classify an error raised before the request could have been sent."""
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return NetworkErrorKind.CONNECT_TIMEOUT
    chain = _chain(exc)
    text = " ".join(str(e) for e in chain).lower()
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or "certificate verify failed" in text:
        return NetworkErrorKind.TLS_CERTIFICATE
    if any(isinstance(e, ssl.SSLError) for e in chain) or "ssl" in text or "tls" in text:
        return NetworkErrorKind.TLS
    if any(isinstance(e, socket.gaierror) for e in chain) or any(
        marker in text
        for marker in (
            "name or service not known",
            "nodename nor servname",
            "getaddrinfo",
            "no address associated",
            "temporary failure in name resolution",
        )
    ):
        return NetworkErrorKind.DNS
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text:
        return NetworkErrorKind.REFUSED
    if isinstance(exc, httpx.TimeoutException):
        return NetworkErrorKind.CONNECT_TIMEOUT
    return NetworkErrorKind.CONNECT


def _message(kind: NetworkErrorKind, detail: str) -> str:
    return f"{_KIND_LEAD[kind]} {detail}"


def _exc_text(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# --------------------------------------------------------------------------------------------
# The transport: one deadline per request, a size limit per answer
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sent:
    """What happened to one HTTP exchange at the transport level."""

    exchange: Exchange
    response_body: bytes | None
    status_code: int | None
    #: None when a response arrived; else whether the request may have reached the server.
    failure: NetworkErrorKind | None = None
    maybe_sent: bool = False
    message: str = ""
    #: The ``Location`` header of the answer, if any (a redirect's target, never followed).
    location: str | None = None


class CashoutClient:
    """A thread-safe client of one TuPay environment (one base URL, one credential set).

    Holds one ``httpx.Client``; close it with :meth:`close` or use the client as a context manager.
    """

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        timeouts: Timeouts = Timeouts(),
        ssl_context: ssl.SSLContext | None = None,
        user_agent: str | None = None,
        proxy: str | object | None = _FROM_ENVIRONMENT,
    ) -> None:
        check_base_url(base_url)
        # Sent to exactly the address that was checked, and that Production is recognised by.
        self._base_url = parse_base_url(base_url).url
        self._credentials = credentials
        self._timeouts = timeouts
        self._user_agent = user_agent if user_agent is not None else tupay_desktop.USER_AGENT
        from tupay_desktop.api.http import HttpSession  # httpx and TLS: when a client is built

        self._session = HttpSession(self._base_url, timeouts, ssl_context, proxy)
        self._http = self._session.http

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeouts(self) -> Timeouts:
        return self._timeouts

    def __repr__(self) -> str:
        return f"CashoutClient(base_url={self._base_url!r}, credentials={self._credentials!r})"

    # -- context management ------------------------------------------------------------------

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- requests ----------------------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        """``text`` with any credential value in it replaced by ``***``: a server (or a proxy's
        error page) may quote the request, HTML-escaped where ``redact_body`` cannot see it."""
        for secret in self._credentials.secrets():
            if len(secret) >= _MIN_SCRUBBED_SECRET:
                for form in {secret, json.dumps(secret)[1:-1]}:
                    text = text.replace(form, REDACTED)
        return text

    def _redact(self, data: bytes | str) -> str:
        """What the server sent, as text fit to keep and show: ``login``/``pass`` values masked
        (:func:`models.redact_body`) and any credential value in it scrubbed (:meth:`_scrub`)."""
        return self._scrub(redact_body(data))

    def _scrub_parsed(self, parsed: ApiError | Unparseable) -> ApiError | Unparseable:
        if isinstance(parsed, ApiError):
            return dataclasses.replace(
                parsed,
                message=self._scrub(parsed.message),
                reason=self._scrub(parsed.reason) if parsed.reason is not None else None,
            )
        return Unparseable(self._scrub(parsed.message))

    def _prepare(self, method: str, path: str, fields: Mapping[str, Any]) -> PreparedRequest:
        body = encode_body(fields)
        return PreparedRequest(
            method=method,
            path=path,
            body=body,
            signature=signing.payload_signature(self._credentials.signature_secret, body),
            redacted_body=redact_body(body),
        )

    def prepare_create(self, request: CashoutRequest) -> PreparedRequest:
        """The exact bytes (and signature) a create would send. Raises ``ValueError`` for an amount
        that cannot be rendered (more than 2 decimals, not finite) — validate first."""
        return self._prepare("POST", CREATE_PATH, request.body_fields(self._credentials))

    def create(self, request: CashoutRequest) -> CreateOutcome:
        """Create a cashout. Never retried; see the module docstring for the outcome kinds."""
        return self.send_prepared_create(self.prepare_create(request), request.external_id)

    def send_prepared_create(self, prepared: PreparedRequest, external_id: str) -> CreateOutcome:
        """Send a create prepared by :meth:`prepare_create` (e.g. after journalling its bytes)."""
        sent = self._send(prepared)
        if sent.failure is not None:
            if sent.maybe_sent:
                return OutcomeUnknown(
                    external_id=external_id,
                    message=maybe_created_message(sent.message, external_id),
                    exchange=sent.exchange,
                )
            return NetworkError(message=sent.message, exchange=sent.exchange)
        assert sent.status_code is not None and sent.response_body is not None
        answer = parse_create_response(sent.status_code, sent.response_body, location=sent.location)
        if isinstance(answer, int):
            return Created(cashout_id=answer, external_id=external_id, exchange=sent.exchange)
        parsed = self._scrub_parsed(answer)
        if isinstance(parsed, ApiError) and parsed.http_status is not None and parsed.http_status >= 500:
            # A server error is no proof that nothing was created (the server may have failed after
            # committing the cashout): never a decline, which could be re-created under a new id.
            code = f"TuPay error {parsed.code}: " if parsed.code is not None else ""
            parsed = Unparseable(
                f"The server answered {_http_words(parsed.http_status)} ({code}{parsed.message})."
            )
        if isinstance(parsed, ApiError):
            return ApiFailure(error=parsed, exchange=sent.exchange)
        return OutcomeUnknown(
            external_id=external_id,
            message=maybe_created_message(
                _message(NetworkErrorKind.BAD_RESPONSE, parsed.message), external_id),
            exchange=sent.exchange,
        )

    def status(self, *, cashout_id: int | None = None, external_id: str | None = None) -> StatusOutcome:
        """Look a cashout up by ``cashout_id``, ``external_id`` or both (``POST /v3/cashout/status``)."""
        fields = status_body_fields(self._credentials, cashout_id=cashout_id, external_id=external_id)
        return self._status_call(self._prepare("POST", STATUS_PATH, fields))

    def cancel(self, *, cashout_id: int, external_id: str) -> StatusOutcome:
        """EXPERIMENTAL: cancel a PENDING cashout (``DELETE /v3/cashout/cancel`` with a JSON body).

        Documented by D24 only (spec §7); TuPay may not expose it.
        """
        fields = status_body_fields(self._credentials, cashout_id=cashout_id, external_id=external_id)
        return self._status_call(self._prepare("DELETE", CANCEL_PATH, fields))

    def hold(self, *, cashout_id: int, external_id: str) -> StatusOutcome:
        """EXPERIMENTAL: put a PENDING cashout ON_HOLD (``PUT /v3/cashout/status``, ``status``
        ``ON_HOLD``). Documented by D24 only (spec §7); TuPay may not expose it."""
        return self._update_status(cashout_id, external_id, "ON_HOLD")

    def release(self, *, cashout_id: int, external_id: str) -> StatusOutcome:
        """EXPERIMENTAL: move an ON_HOLD cashout back to PENDING (``PUT /v3/cashout/status``,
        ``status`` ``PENDING``). Documented by D24 only (spec §7); TuPay may not expose it."""
        return self._update_status(cashout_id, external_id, "PENDING")

    def _update_status(self, cashout_id: int, external_id: str, status: str) -> StatusOutcome:
        fields = status_body_fields(self._credentials, cashout_id=cashout_id, external_id=external_id)
        fields["status"] = status
        return self._status_call(self._prepare("PUT", STATUS_PATH, fields))

    def _status_call(self, prepared: PreparedRequest) -> StatusOutcome:
        sent = self._send(prepared)
        if sent.failure is not None:
            return NetworkError(message=sent.message, exchange=sent.exchange)
        assert sent.status_code is not None and sent.response_body is not None
        answer = parse_status_response(sent.status_code, sent.response_body, location=sent.location)
        if isinstance(answer, CashoutStatus):
            return StatusResult(status=answer, exchange=sent.exchange)
        parsed = self._scrub_parsed(answer)
        if isinstance(parsed, ApiError):
            return ApiFailure(error=parsed, exchange=sent.exchange)
        message = _message(NetworkErrorKind.BAD_RESPONSE, parsed.message)
        return NetworkError(message=message, exchange=sent.exchange)

    # -- transport ---------------------------------------------------------------------------

    def _send(self, prepared: PreparedRequest) -> _Sent:
        url = self._base_url + prepared.path
        started_at = datetime.now(UTC)
        t0 = time.perf_counter()
        headers = {
            signing.HEADER: prepared.signature,
            "Content-Type": "application/json",
            "User-Agent": self._user_agent,
            "Accept-Encoding": _ACCEPT_ENCODING,
        }

        def exchange(
            request_headers: tuple[tuple[str, str], ...],
            *,
            response: httpx.Response | None = None,
            body: bytes | None = None,
            error: str | None = None,
        ) -> Exchange:
            return Exchange(
                method=prepared.method,
                url=url,
                request_headers=request_headers,
                request_body=prepared.redacted_body,
                started_at=started_at,
                status_code=response.status_code if response is not None else None,
                # A peer may echo the request (credentials included) into its headers as into its body.
                response_headers=(
                    tuple((self._redact(k), self._redact(v)) for k, v in response.headers.multi_items())
                    if response is not None
                    else ()
                ),
                response_body=self._redact(body)[:MAX_EXCHANGE_BODY_CHARS] if body is not None else None,
                elapsed_ms=(time.perf_counter() - t0) * 1000.0,
                error=self._scrub(error) if error is not None else None,
            )

        def fail(
            kind: NetworkErrorKind,
            maybe_sent: bool,
            message: str,
            sent_headers: tuple[tuple[str, str], ...],
            response: httpx.Response | None = None,
        ) -> _Sent:
            _log.info("%s %s: %s", prepared.method, url, kind.value)
            message = self._scrub(message)
            record = exchange(sent_headers, response=response, error=message)
            return _Sent(record, None, None, kind, maybe_sent, message)

        plain_headers = tuple(headers.items())
        try:
            check_base_url(self._base_url)
        except InsecureURLError as exc:
            kind = NetworkErrorKind.INSECURE_URL
            return fail(kind, False, _message(kind, str(exc)), plain_headers)
        except InvalidURLError as exc:
            kind = NetworkErrorKind.INVALID_URL
            return fail(kind, False, _message(kind, str(exc)), plain_headers)

        try:
            request = self._http.build_request(prepared.method, url, content=prepared.body, headers=headers)
        except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
            kind = NetworkErrorKind.INVALID_URL
            return fail(kind, False, _message(kind, _exc_text(exc)), plain_headers)
        request_headers = tuple(request.headers.multi_items())
        if self._http.is_closed:
            kind = NetworkErrorKind.OTHER
            message = _message(kind, "the client was closed. Nothing was sent.")
            return fail(kind, False, message, request_headers)

        from tupay_desktop.api.http import BodyProblem, read_body

        response: httpx.Response | None = None
        with self._session.deadline() as deadline:
            try:
                response = self._http.send(request, stream=True)
                try:
                    body = read_body(response, MAX_RESPONSE_BYTES)
                finally:
                    response.close()
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
                kind = _connect_kind(exc)
                message = _message(kind, f"{url} ({_exc_text(exc)}). Nothing was sent.")
                return fail(kind, False, message, request_headers)
            except httpx.TimeoutException as exc:  # read or write timeout: the server may have acted
                kind = NetworkErrorKind.TIMEOUT
                if self._session.deadline_passed():
                    detail = (f"{url} gave no complete answer within the request deadline of {deadline:g} s "
                              "(the connection was still busy).")
                else:
                    detail = f"{url} ({_exc_text(exc)})."
                return fail(kind, True, _message(kind, detail), request_headers, response)
            except BodyProblem as exc:  # an answer came, but it cannot be read safely
                kind = NetworkErrorKind.BAD_RESPONSE
                status = _http_words(response.status_code) if response is not None else "an answer"
                message = _message(kind, f"{url} answered {status}, but {exc}.")
                return fail(kind, True, message, request_headers, response)
            except (httpx.TransportError, OSError) as exc:  # reset, protocol error, truncated body
                kind = NetworkErrorKind.CONNECTION_LOST
                detail = f"{url} ({_exc_text(exc)})."
                return fail(kind, True, _message(kind, detail), request_headers, response)
            except Exception as exc:  # anything else: bytes may have left, so the server may have acted
                kind = NetworkErrorKind.OTHER
                detail = f"{url} ({_exc_text(exc)})."
                return fail(kind, True, _message(kind, detail), request_headers, response)

        _log.info("%s %s -> %s", prepared.method, url, response.status_code)
        location = response.headers.get("location")
        return _Sent(
            exchange(request_headers, response=response, body=body), body, response.status_code,
            location=self._redact(location) if location is not None else None,
        )

