"""A reader of the local sandbox's admin API (``/_sandbox/…``, loopback only, no credentials): the
notifications it sent for a cashout, and its default notification URL.

The Desk shows, in Sandbox, what a merchant's server would have received (spec §9): each
notification's form fields and every attempt's answer. Not TuPay's API — TuPay has nothing like it;
calls go to loopback URLs only, and never carry a secret. Blocking: run on a worker.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from tupay_desktop.api.client import is_loopback_host
from tupay_desktop.lazy import lazy_module

if TYPE_CHECKING:
    import httpx
else:  # only when the Desk asks the sandbox (on a worker), not for the first window
    httpx = lazy_module("httpx")

__all__ = [
    "Delivery",
    "DeliveryAttempt",
    "SandboxAdminError",
    "default_notification_url",
    "notifications",
    "set_default_notification_url",
]

_TIMEOUT_S = 5.0


class SandboxAdminError(Exception):
    """The sandbox's admin API could not be asked or gave an unusable answer (message in words)."""


@dataclass(frozen=True)
class DeliveryAttempt:
    """One POST of a notification: when, the receiver's HTTP status and answer, or the error."""

    at: datetime | None
    http_status: int | None
    answer: str
    error: str | None

    @property
    def ok(self) -> bool:
        return self.http_status is not None and 200 <= self.http_status < 300


@dataclass(frozen=True)
class Delivery:
    """One notification the sandbox sent (or will send, or refused to send) for a cashout."""

    notification_id: int
    url: str
    fields: tuple[tuple[str, str], ...]
    #: The status it announces (the notification itself does not carry it, spec §9).
    status: int
    state: str
    created_at: datetime | None
    next_attempt_at: datetime | None
    attempts: tuple[DeliveryAttempt, ...]
    problem: str | None
    resend_of: int | None

    @property
    def body(self) -> str:
        """The form body as sent (``date=…&bank_reference_id=…&…``)."""
        return urlencode(self.fields)


def _base(url: str) -> str:
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not is_loopback_host(parts.hostname or ""):
        raise SandboxAdminError(f"the sandbox admin API is only asked on this machine, not {text!r}")
    return text + "/_sandbox"


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _delivery(item: Mapping[str, Any]) -> Delivery:
    fields = item.get("fields") or {}
    attempts = item.get("attempts") or []
    return Delivery(
        notification_id=int(item["notification_id"]),
        url=str(item.get("url", "")),
        fields=tuple((str(k), str(v)) for k, v in dict(fields).items()),
        status=int(item.get("status", -1)),
        state=str(item.get("state", "")),
        created_at=_time(item.get("created_at")),
        next_attempt_at=_time(item.get("next_attempt_at")),
        attempts=tuple(
            DeliveryAttempt(
                at=_time(a.get("at")),
                http_status=None if a.get("http_status") is None else int(a["http_status"]),
                answer=str(a.get("answer") or ""),
                error=None if a.get("error") is None else str(a["error"]),
            )
            for a in attempts
        ),
        problem=None if item.get("problem") is None else str(item["problem"]),
        resend_of=None if item.get("resend_of") is None else int(item["resend_of"]),
    )


def _request(method: str, url: str, **kwargs: Any) -> Any:
    try:
        with httpx.Client(timeout=_TIMEOUT_S, trust_env=False, follow_redirects=False) as client:
            response = client.request(method, url, **kwargs)
    except httpx.HTTPError as exc:
        raise SandboxAdminError(f"the sandbox did not answer ({type(exc).__name__})") from None
    if response.status_code != 200:
        raise SandboxAdminError(f"the sandbox answered HTTP {response.status_code}")
    try:
        return response.json()
    except ValueError:
        raise SandboxAdminError("the sandbox's answer is not JSON") from None


def notifications(sandbox_url: str, cashout_id: int) -> list[Delivery]:
    """The notifications of ``cashout_id`` at the sandbox ``sandbox_url``, oldest first."""
    answer = _request("GET", _base(sandbox_url) + "/notifications", params={"cashout_id": cashout_id})
    try:
        return [_delivery(item) for item in answer["notifications"]]
    except (KeyError, TypeError, ValueError, AttributeError):
        raise SandboxAdminError("the sandbox's answer is not a list of notifications") from None


def set_default_notification_url(sandbox_url: str, url: str) -> str:
    """Make ``url`` the sandbox's notification URL for cashouts created without one ("" for none);
    returns the URL now in force."""
    answer = _request("POST", _base(sandbox_url) + "/config", json={"notification_url": url})
    return str(answer.get("notification_url", "")) if isinstance(answer, dict) else ""


def default_notification_url(sandbox_url: str) -> str:
    """The sandbox's notification URL for cashouts created without one ("" for none)."""
    answer = _request("GET", _base(sandbox_url) + "/config")
    return str(answer.get("notification_url", "")) if isinstance(answer, dict) else ""
