"""Where requests may go: the base-URL policy of the one client (:mod:`tupay_desktop.api.client`,
which re-exports all of it), kept apart so that what only checks or compares an address (the
settings, the environment switcher, the first frame) need not import the client.

A base URL is parsed and normalised as the transport sends it (:func:`parse_base_url`: IDNA/UTS #46
host, case, default port, no trailing slash) and is usable only over https, or plain http to this
machine (:func:`check_base_url`).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from tupay_desktop.lazy import lazy_module

if TYPE_CHECKING:
    import httpx
    import idna
else:  # imported when a URL is first checked against the transport's own parser
    httpx = lazy_module("httpx")
    idna = lazy_module("idna")

__all__ = [
    "BaseAddress",
    "InsecureURLError",
    "InvalidURLError",
    "check_base_url",
    "is_loopback_host",
    "parse_base_url",
    "transport_host",
]




class InvalidURLError(ValueError):
    """The base URL is not a usable http(s) URL."""


class InsecureURLError(ValueError):
    """Plain ``http://`` to a host that is not this machine: refused, nothing is sent."""


def is_loopback_host(host: str) -> bool:
    """True for ``localhost``, 127.0.0.0/8 and ``::1`` (with or without brackets), any case.

    ``localhost.`` (a trailing dot) is not: it is an absolute DNS name, resolved by DNS rather than
    by the hosts file, so it may lead anywhere.
    """
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def transport_host(host: str) -> str:
    """``host`` as the transport connects to it and sends it: ASCII, lower case, trailing dot kept.

    A name with non-ASCII characters is mapped as IDNA/UTS #46 prescribes (full-width letters and
    the dots U+3002, U+FF0E and U+FF61 become ASCII letters and dots, ignorable characters such as
    a soft hyphen or a zero-width space vanish, case is folded) and encoded as an A-label
    (``xn--…``). Raises :class:`InvalidURLError` for a name that IDNA refuses.
    """
    if host.isascii():
        return host.lower()
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        raise InvalidURLError(
            f"The host name {host!r} is not a valid international domain name (IDNA)."
        ) from None


@dataclass(frozen=True)
class BaseAddress:
    """A base URL as the client uses it, after the transport's normalisation (see :func:`parse_base_url`)."""

    scheme: str  #: "http" or "https"
    host: str  #: :func:`transport_host` of the URL's host (no brackets around an IPv6 address)
    port: int | None  #: an explicit port other than the scheme's default, else None
    path: str  #: the path prefix, without a trailing slash

    @property
    def url(self) -> str:
        """The URL the client sends to: ``scheme://host[:port]path``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = f":{self.port}" if self.port is not None else ""
        return f"{self.scheme}://{host}{port}{self.path}"

    @property
    def identity(self) -> tuple[str, str, int, str]:
        """``(scheme, host, port, path)`` with trailing dots dropped from the host and the default
        port filled in: two spellings of one server (``API.example.com.:443`` and
        ``api.example.com``, ``ａｐｉ。example。com``) have the same identity."""
        return self.scheme, self.host.rstrip("."), self.port or _DEFAULT_PORTS[self.scheme], self.path


_DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_base_url(url: str) -> BaseAddress:
    """The :class:`BaseAddress` of a base URL, normalised exactly as the client sends it.

    Raises :class:`InvalidURLError` for anything that is not an http(s) URL with a host (no user
    name or password, query or fragment). Says nothing about whether plain http is allowed: that
    is :func:`check_base_url`.
    """
    if not isinstance(url, str) or not url.strip():
        raise InvalidURLError("The base URL is empty; expected something like https://api-stg.tupayonline.com")
    text = url.strip()
    if any(ch.isspace() for ch in text):
        raise InvalidURLError(f"The base URL {text!r} contains spaces; it is not a valid URL")
    try:
        parts = urlsplit(text)
        host = parts.hostname
        port = parts.port  # raises ValueError for a non-numeric or out-of-range port
    except ValueError as exc:
        raise InvalidURLError(f"The base URL {text!r} is not a valid URL ({exc})") from None
    if "@" in parts.netloc:
        # Never echoed: it would be sent as HTTP Basic auth and kept in every exchange's URL.
        raise InvalidURLError("The base URL must not contain a user name or password (user:pass@host).")
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise InvalidURLError(
            f"The base URL {text!r} must start with https:// (for example https://api-stg.tupayonline.com)"
        )
    if not host:
        raise InvalidURLError(f"The base URL {text!r} has no host name")
    if parts.query or parts.fragment:
        raise InvalidURLError(f"The base URL {text!r} must not contain a query or a fragment")
    address = BaseAddress(
        scheme=scheme,
        host=transport_host(host),
        port=None if port is None or port == _DEFAULT_PORTS[scheme] else port,
        path=parts.path.rstrip("/"),
    )
    return address


def check_base_url(url: str) -> None:
    """Raise unless ``url`` is an ``https://`` URL, or an ``http://`` URL to a loopback host.

    Raises :class:`InsecureURLError` for plain http to any other host and :class:`InvalidURLError`
    for anything that is not an http(s) URL with a host. The host is judged as the transport
    will use it (:func:`parse_base_url`).
    """
    address = parse_base_url(url)
    if address.scheme == "http" and not is_loopback_host(address.host):
        raise InsecureURLError(
            f"Refusing to send to {url.strip()!r}: plain http:// is not encrypted, so credentials and "
            "beneficiary data would travel in clear text. Use https:// (plain http is only allowed "
            "to this machine: localhost, 127.0.0.1 or ::1)."
        )
    try:
        # The transport's own parser has the last word: what it cannot parse is not a base URL.
        httpx.URL(address.url)
    except (httpx.InvalidURL, ValueError) as exc:
        raise InvalidURLError(f"The base URL {url.strip()!r} is not a valid URL ({exc})") from None
