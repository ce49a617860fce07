"""Environments and small UI preferences, kept in one JSON file under the platform config dir.

The Desk knows four kinds of environment: the embedded **Sandbox** (the default on first run),
**Staging** (fixed host), **Production** (default host, editable — TuPay hands the production host
over after certification) and any number of **Custom** ones (an https URL, or http on loopback).

Only non-secret settings live here: base URL, default ``notification_url``, display name, the
Merchants (reconciliation) API's URL, the last environment selected, the UI language and a few UI
preferences. Credentials live in the OS
keyring (``tupay_desktop.store.credentials``) and nowhere else; names that look like secrets are
refused by :meth:`SettingsStore.set_value` as a second line of defence.

Writes are atomic (temporary file in the same directory, fsync, ``os.replace``) and serialised
by a lock, so the GUI's worker threads and the CLI can share the file. No Qt here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tupay_desktop.api.addresses import InvalidURLError, is_loopback_host, parse_base_url
from tupay_desktop.api.addresses import check_base_url as client_check_base_url
from tupay_desktop.i18n import QT_TRANSLATE_NOOP
from tupay_desktop.store import paths

if TYPE_CHECKING:  # the client and the Merchants API are not imported by the first frame
    from tupay_desktop.api.client import Timeouts

log = logging.getLogger(__name__)

STAGING_URL = "https://api-stg.tupayonline.com"
PRODUCTION_URL = "https://api.tupayonline.com"
#: Hosts that move real money, whatever the environment is called.
PRODUCTION_HOSTS = frozenset({"api.tupayonline.com"})

SETTINGS_FILE = "settings.json"
SCHEMA_VERSION = 1
#: The spec caps ``notification_url`` at 300 characters.
NOTIFICATION_URL_MAX = 300
CUSTOM_PREFIX = "custom-"
#: Bounds of :attr:`SettingsStore.request_deadline` (seconds).
MIN_REQUEST_DEADLINE_S = 5.0
MAX_REQUEST_DEADLINE_S = 600.0
#: How long after a send a lookup's 509 means "not found yet" (seconds), unless set otherwise.
DEFAULT_SETTLING_WINDOW_S = 300
#: The longest settling window the settings accept (a day).
MAX_SETTLING_WINDOW_S = 86_400

# One lock for every SettingsStore in the process: two stores on the same file must not lose
# each other's read-modify-write updates.
_FILE_LOCK = threading.RLock()

_CUSTOM_KEY_RE = re.compile(r"^custom-[a-z0-9]+(?:-[a-z0-9]+)*$")
# A preference name containing any of these is refused: secrets belong in the keyring.
_SECRET_WORDS = ("secret", "pass", "signature", "api_key", "apikey", "api-key", "token", "credential")


def url_origin(url: str) -> tuple[str, str, int, str] | None:
    """``(scheme, host, port, path)`` of a base URL after the transport's own normalisation
    (``api.client.parse_base_url``: IDNA/UTS #46 mapping of the host, case, default port, no
    trailing dot or slash), so every spelling of one address compares equal; ``None`` if the URL
    is unusable (the client would refuse it too)."""
    try:
        return parse_base_url(url).identity
    except InvalidURLError:
        return None


def is_production_url(url: str, production_urls: Iterable[str] = ()) -> bool:
    """THE rule for "does this address move real money": after the transport's normalisation
    (:func:`url_origin`), its host is a known production host, or its scheme, host and port are
    those of one of ``production_urls`` (the production environment's address is editable; a
    different path prefix on that server is still production). Every path asks this — the Desk
    (through :attr:`EnvironmentConfig.is_production`), the CLI's ``--base-url`` and ``--env`` checks,
    and the environment a cashout is journalled under."""
    origin = url_origin(url)
    if origin is None:
        return False
    if origin[1] in PRODUCTION_HOSTS:
        return True
    return any(
        (known := url_origin(other)) is not None and known[:3] == origin[:3] for other in production_urls
    )


class EnvironmentKind(StrEnum):
    SANDBOX = "sandbox"
    STAGING = "staging"
    PRODUCTION = "production"
    CUSTOM = "custom"


@dataclass(frozen=True)
class EnvironmentConfig:
    """One environment's non-secret settings."""

    key: str  # "sandbox", "staging", "production", or "custom-<slug>"
    kind: EnvironmentKind
    display_name: str
    base_url: str  # "" for sandbox: the embedded simulator, whose URL the app fills in at runtime
    notification_url: str = ""
    #: Set by :meth:`SettingsStore.environments` (never stored) for a custom environment whose
    #: address is the production environment's (edited) one.
    production_alias: bool = field(default=False, compare=False)

    @property
    def is_production(self) -> bool:
        """True when requests here move real money: the production kind, or any environment
        (a custom one, say) whose address :func:`is_production_url` says is production's."""
        if self.kind is EnvironmentKind.PRODUCTION or self.production_alias:
            return True
        return bool(self.base_url) and is_production_url(self.base_url)

    @property
    def is_sandbox(self) -> bool:
        return self.kind is EnvironmentKind.SANDBOX


BUILTIN_ENVIRONMENTS: tuple[EnvironmentConfig, ...] = (
    EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, QT_TRANSLATE_NOOP("Environment", "Sandbox"), ""),
    EnvironmentConfig(
        "staging", EnvironmentKind.STAGING, QT_TRANSLATE_NOOP("Environment", "Staging"), STAGING_URL
    ),
    EnvironmentConfig(
        "production",
        EnvironmentKind.PRODUCTION,
        QT_TRANSLATE_NOOP("Environment", "Production"),
        PRODUCTION_URL,
    ),
)
_BUILTINS = {env.key: env for env in BUILTIN_ENVIRONMENTS}
DEFAULT_ENVIRONMENT = "sandbox"


def slugify(name: str) -> str:
    """``"My Test Box!"`` -> ``"my-test-box"`` (ASCII letters and digits, dashes between)."""
    return "-".join(re.findall(r"[a-z0-9]+", name.lower()))


def custom_key(display_name: str) -> str:
    """The key for a custom environment named ``display_name``: ``custom-<slug>``."""
    slug = slugify(display_name)
    if not slug:
        raise ValueError("A custom environment needs a name with at least one letter or digit.")
    return CUSTOM_PREFIX + slug


def check_base_url(url: str) -> None:
    """Raise ``ValueError`` (with a message fit for the operator) unless ``url`` may be used: the
    client's rule (``tupay_desktop.api.client.check_base_url``: an http(s) URL with a host, no user
    name or password, query or fragment; https, or http only to loopback), the one that decides
    where requests may go."""
    client_check_base_url(url)


def _check_notification_url(url: str) -> None:
    if not url:
        return
    if len(url) > NOTIFICATION_URL_MAX:
        raise ValueError(f"The notification URL is longer than {NOTIFICATION_URL_MAX} characters.")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError(f"The notification URL must be an http(s) URL with a host name, not {url!r}.")


def check_notification_url(url: str) -> None:
    """Raise ``ValueError`` unless ``url`` is empty or usable as a default ``notification_url``."""
    _check_notification_url(url)


def validate(env: EnvironmentConfig) -> None:
    """Raise ``ValueError`` with a clear message if ``env`` cannot be saved."""
    if not env.display_name.strip():
        raise ValueError("The environment needs a display name.")
    builtin = _BUILTINS.get(env.key)
    if builtin is not None:
        if env.kind is not builtin.kind:
            raise ValueError(f"The environment {env.key!r} must be of kind {builtin.kind.value!r}.")
        if env.kind is EnvironmentKind.SANDBOX and env.base_url:
            raise ValueError("The sandbox runs inside the Desk; its base URL is not configurable.")
        if env.kind is EnvironmentKind.STAGING and env.base_url.rstrip("/") != STAGING_URL:
            raise ValueError(f"Staging is always {STAGING_URL}; use a custom environment for another host.")
    else:
        if env.kind is not EnvironmentKind.CUSTOM:
            raise ValueError(f"Unknown environment {env.key!r}: only custom environments can be added.")
        if not _CUSTOM_KEY_RE.match(env.key):
            raise ValueError(
                f"A custom environment's key must look like 'custom-<name>' "
                f"(lower-case letters, digits and dashes), not {env.key!r}."
            )
    if env.kind is not EnvironmentKind.SANDBOX:
        if not env.base_url:
            raise ValueError(f"The environment {env.display_name!r} needs a base URL.")
        check_base_url(env.base_url)
    _check_notification_url(env.notification_url)


def _env_to_json(env: EnvironmentConfig) -> dict[str, str]:
    return {
        "kind": env.kind.value,
        "display_name": env.display_name,
        "base_url": env.base_url,
        "notification_url": env.notification_url,
    }


def _env_from_json(key: str, raw: Any) -> EnvironmentConfig | None:
    if not isinstance(raw, dict):
        return None
    try:
        kind = EnvironmentKind(raw.get("kind", ""))
        env = EnvironmentConfig(
            key=key,
            kind=kind,
            display_name=str(raw.get("display_name", "")),
            base_url=str(raw.get("base_url", "")),
            notification_url=str(raw.get("notification_url", "")),
        )
        validate(env)
    except ValueError as exc:
        log.warning("Ignoring invalid saved environment %r: %s", key, exc)
        return None
    return env


class SettingsStore:
    """The settings file: environments, last selection, language, UI preferences. Thread-safe.

    Every read goes to the file, so a CLI run and the GUI see each other's changes; the file is
    small. A file that cannot be parsed is treated as empty (defaults) and set aside as
    ``settings.json.corrupt`` on the next write, never silently lost.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.config_dir() / SETTINGS_FILE
        self._lock = _FILE_LOCK
        #: Plain words when the file could not be read (the defaults are used meanwhile).
        self.problem: str | None = None

    # -- file ---------------------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            self.problem = f"The settings file {self.path} could not be read ({exc.strerror}); defaults used."
            return {}
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            self.problem = f"The settings file {self.path} is damaged; using defaults."
            return {"__corrupt__": True}
        return data

    def _save(self, data: dict[str, Any]) -> None:
        if data.pop("__corrupt__", False) and self.path.exists():
            os.replace(self.path, self.path.with_name(self.path.name + ".corrupt"))
        data["version"] = SCHEMA_VERSION
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=True)
                fh.write("\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        self.problem = None

    def _update(self, change: Any) -> None:
        with self._lock:
            data = self._load()
            change(data)
            self._save(data)

    # -- environments -------------------------------------------------------------------------

    def environments(self) -> list[EnvironmentConfig]:
        """Sandbox, staging, production (defaults, with any saved edits), then customs by name."""
        with self._lock:
            saved = self._load().get("environments", {})
        if not isinstance(saved, dict):
            saved = {}
        result: list[EnvironmentConfig] = []
        for builtin in BUILTIN_ENVIRONMENTS:
            env = _env_from_json(builtin.key, saved[builtin.key]) if builtin.key in saved else None
            result.append(env if env is not None and env.kind is builtin.kind else builtin)
        customs = [
            env
            for key, raw in saved.items()
            if key not in _BUILTINS and (env := _env_from_json(key, raw)) is not None
        ]
        customs.sort(key=lambda e: (e.display_name.casefold(), e.key))
        production = [e.base_url for e in result if e.is_production and e.base_url]
        customs = [
            replace(env, production_alias=True) if is_production_url(env.base_url, production) else env
            for env in customs
        ]
        return result + customs

    def is_production_url(self, url: str) -> bool:
        """Whether requests to ``url`` move real money (:func:`is_production_url`): a known
        production host, or the address of a configured production environment, however spelt."""
        return is_production_url(url, [env.base_url for env in self.environments() if env.is_production])

    def production_environment_for(self, url: str) -> EnvironmentConfig | None:
        """The production environment requests to ``url`` belong to — one configured at that very
        address, else the one on that server, else the built-in Production — or None when ``url``
        is not a production address. Cashouts sent there are journalled under it."""
        if not self.is_production_url(url):
            return None
        origin = url_origin(url)
        production = [(env, url_origin(env.base_url)) for env in self.environments() if env.is_production]
        exact = [env for env, known in production if known == origin]
        same_server = [env for env, known in production if known and origin and known[:3] == origin[:3]]
        return (exact or same_server or [self.get("production")])[0]

    def keys(self) -> list[str]:
        return [env.key for env in self.environments()]

    def get(self, key: str) -> EnvironmentConfig:
        """The environment ``key``; ``KeyError`` if there is none."""
        for env in self.environments():
            if env.key == key:
                return env
        raise KeyError(key)

    def put(self, env: EnvironmentConfig) -> None:
        """Add or replace an environment; ``ValueError`` with a clear message if it is invalid."""
        validate(env)
        stored = env
        if env.base_url:
            stored = EnvironmentConfig(
                env.key, env.kind, env.display_name.strip(), env.base_url.rstrip("/"), env.notification_url
            )

        def change(data: dict[str, Any]) -> None:
            envs = data.get("environments")
            if not isinstance(envs, dict):
                envs = data["environments"] = {}
            envs[stored.key] = _env_to_json(stored)

        self._update(change)

    def remove(self, key: str) -> None:
        """Remove a custom environment (``ValueError`` for built-ins, ``KeyError`` if unknown)."""
        if key in _BUILTINS:
            raise ValueError(f"The built-in environment {key!r} cannot be removed.")
        self.get(key)

        def change(data: dict[str, Any]) -> None:
            envs = data.get("environments")
            if isinstance(envs, dict):
                envs.pop(key, None)
            if data.get("last_selected") == key:
                data["last_selected"] = DEFAULT_ENVIRONMENT

        self._update(change)

    def reset(self, key: str) -> None:
        """Forget saved edits to a built-in environment (back to its defaults)."""
        if key not in _BUILTINS:
            raise ValueError(f"{key!r} is not a built-in environment; use remove().")

        def change(data: dict[str, Any]) -> None:
            envs = data.get("environments")
            if isinstance(envs, dict):
                envs.pop(key, None)

        self._update(change)

    # -- the Merchants (reconciliation) API's host, per environment ------------------------------

    def merchants_url(self, key: str) -> str:
        """Where ``key``'s Merchants API is: the saved URL, else Staging's and Production's known
        hosts, or — for a custom environment on this machine (a sandbox started on its own) — its
        base URL; ``""`` for the built-in sandbox (it serves the API on its own port) and for a
        custom environment elsewhere that nobody set one for."""
        with self._lock:
            saved = self._load().get("merchants_urls")
        if isinstance(saved, dict) and isinstance(saved.get(key), str) and saved[key]:
            return str(saved[key])
        kind = _BUILTINS[key].kind if key in _BUILTINS else EnvironmentKind.CUSTOM
        if kind is EnvironmentKind.CUSTOM:
            try:
                env = self.get(key)
                host = urlsplit(env.base_url).hostname or ""
            except (KeyError, ValueError):
                return ""
            return env.base_url if is_loopback_host(host) else ""
        from tupay_desktop.api.merchants import PRODUCTION_MERCHANTS_URL, STAGING_MERCHANTS_URL

        return {EnvironmentKind.STAGING: STAGING_MERCHANTS_URL,
                EnvironmentKind.PRODUCTION: PRODUCTION_MERCHANTS_URL}.get(kind, "")

    def set_merchants_url(self, key: str, url: str) -> None:
        """Save ``key``'s Merchants API URL (``""`` = back to the default); ``ValueError`` with a
        clear message for a URL the client would refuse, ``KeyError`` for an unknown environment."""
        env = self.get(key)
        text = url.strip().rstrip("/")
        if text:
            if env.is_sandbox:
                raise ValueError("The sandbox serves the Merchants API itself; its URL is not configurable.")
            check_base_url(text)

        def change(data: dict[str, Any]) -> None:
            urls = data.get("merchants_urls")
            if not isinstance(urls, dict):
                urls = data["merchants_urls"] = {}
            if text:
                urls[key] = text
            else:
                urls.pop(key, None)

        self._update(change)

    # -- selection and preferences ------------------------------------------------------------

    @property
    def last_selected(self) -> str:
        """The environment selected last; ``"sandbox"`` on first run or if that one is gone."""
        with self._lock:
            value = self._load().get("last_selected")
        if isinstance(value, str) and value in self.keys():
            return value
        return DEFAULT_ENVIRONMENT

    @last_selected.setter
    def last_selected(self, key: str) -> None:
        self.get(key)  # KeyError for an unknown environment

        def change(data: dict[str, Any]) -> None:
            data["last_selected"] = key

        self._update(change)

    @property
    def request_deadline(self) -> float:
        """Seconds one request to TuPay may take in all, however slowly the answer arrives
        (``"request_deadline_s"`` in the settings file; default 60, kept within 5–600). After it a
        create's outcome is unknown and is resolved by a lookup, as after any timeout."""
        with self._lock:
            value = self._load().get("request_deadline_s")
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            from tupay_desktop.api.client import DEFAULT_DEADLINE_S

            return DEFAULT_DEADLINE_S
        return float(min(max(value, MIN_REQUEST_DEADLINE_S), MAX_REQUEST_DEADLINE_S))

    @request_deadline.setter
    def request_deadline(self, seconds: float) -> None:
        if not MIN_REQUEST_DEADLINE_S <= seconds <= MAX_REQUEST_DEADLINE_S:
            raise ValueError(
                f"The request deadline must be between {MIN_REQUEST_DEADLINE_S:g} and "
                f"{MAX_REQUEST_DEADLINE_S:g} seconds."
            )

        def change(data: dict[str, Any]) -> None:
            data["request_deadline_s"] = float(seconds)

        self._update(change)

    def timeouts(self) -> Timeouts:
        """The client's timeouts, with the configured :attr:`request_deadline`."""
        from tupay_desktop.api.client import Timeouts

        return Timeouts(deadline=self.request_deadline)

    @property
    def language(self) -> str | None:
        """UI language (e.g. ``"es"``), or ``None`` to follow the operating system."""
        with self._lock:
            value = self._load().get("language")
        return value if isinstance(value, str) and value else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value is not None and not re.fullmatch(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*", value):
            raise ValueError(f"{value!r} is not a language code such as 'es' or 'en_US'.")

        def change(data: dict[str, Any]) -> None:
            data["language"] = value

        self._update(change)

    @property
    def settling_window(self) -> timedelta:
        """How long after a create was sent a lookup's "not found" (509) only means "not found
        yet" — TuPay may still be processing it — before it counts as "not created". Key
        ``settling_window_s`` (seconds) in the settings file; default 5 minutes."""
        with self._lock:
            value = self._load().get("settling_window_s")
        if isinstance(value, int | float) and not isinstance(value, bool):
            if 0 <= value <= MAX_SETTLING_WINDOW_S:
                return timedelta(seconds=value)
        return timedelta(seconds=DEFAULT_SETTLING_WINDOW_S)

    @settling_window.setter
    def settling_window(self, value: timedelta) -> None:
        seconds = value.total_seconds()
        if not 0 <= seconds <= MAX_SETTLING_WINDOW_S:
            raise ValueError(f"The settling window must be between 0 and {MAX_SETTLING_WINDOW_S} seconds.")

        def change(data: dict[str, Any]) -> None:
            data["settling_window_s"] = seconds

        self._update(change)

    def get_value(self, name: str, default: object = None) -> object:
        """A small UI preference (window geometry, column widths, ...), or ``default``."""
        with self._lock:
            values = self._load().get("values")
        if isinstance(values, dict) and name in values:
            return values[name]
        return default

    def set_value(self, name: str, value: object) -> None:
        """Store a JSON-serialisable UI preference. Names that look like secrets are refused."""
        lowered = name.lower()
        if any(word in lowered for word in _SECRET_WORDS):
            raise ValueError(f"{name!r} looks like a secret; secrets belong in the OS keyring, not settings.")
        try:
            json.dumps(value)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"The preference {name!r} must be JSON-serialisable.") from exc

        def change(data: dict[str, Any]) -> None:
            values = data.get("values")
            if not isinstance(values, dict):
                values = data["values"] = {}
            values[name] = value

        self._update(change)
