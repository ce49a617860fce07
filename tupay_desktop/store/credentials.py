"""Per-environment credentials (API Key, API Passphrase, API Signature) in the OS keyring only.

One keyring entry per environment: service ``tupay-desktop``, username = the environment key,
value a compact JSON object of the three fields (kept under 1 KB; Windows Credential Manager caps
a blob at 2,560 bytes).

When the keyring cannot be used — no backend, ``NoKeyringError``, a locked keyring or a dismissed
unlock prompt (``KeyringLocked``), ``InitError``, a D-Bus error, any other backend failure — the
store keeps credentials in this process's memory only, says so in :attr:`CredentialStore.problem`,
and stops calling the keyring for the rest of the session (no prompt storm) until
:meth:`CredentialStore.retry_keyring`. A keyring that exists but could not be read (locked, D-Bus
error) may still hold saved credentials: :attr:`CredentialStatus.keyring_unreadable` says so, so
that nobody reports "no credentials" then. Nothing is ever written to a file. No secret appears in an
exception message, a log record or a ``repr``.

The Merchants (reconciliation) API's user — ``accessKey``/``secretKey`` — is a second secret pair
per environment, under the same rules: its own entry (username ``<env key>/merchants-api``), the
same session-only fallback, never a file (:meth:`CredentialStore.get_merchants` and its siblings).

Keyring calls can block on an unlock prompt, so the GUI calls this store from worker threads;
every method is serialised by one lock. No Qt here.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from tupay_desktop.api.models import Credentials
from tupay_desktop.api.validation import validate_credentials
from tupay_desktop.i18n import QT_TRANSLATE_NOOP, Translator, identity

if TYPE_CHECKING:
    import keyring.backend

    # The Merchants API (with it the client) is imported where its credentials are first read or
    # checked, on a worker: the first frame, which makes a CredentialStore, does not need it.
    from tupay_desktop.api.merchants import MerchantsCredentials

# keyring itself (about 40 ms to import, more to resolve its backend) is imported where it is
# first called, on a worker thread: never on the way to the Desk's first window.

log = logging.getLogger(__name__)

SERVICE = "tupay-desktop"
SANDBOX_KEY = "sandbox"
#: Upper bound for one keyring entry (bytes of the UTF-8 JSON value).
MAX_ENTRY_BYTES = 1024
MASK = "••••"

_CONTEXT = "CredentialStore"
PROBLEM_TEMPLATE = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "The OS keyring is unavailable ({reason}); credentials are kept for this session only "
    "and will be forgotten on exit.",
)
REASON_NO_BACKEND = QT_TRANSLATE_NOOP(_CONTEXT, "no keyring backend is installed")
REASON_LOCKED = QT_TRANSLATE_NOOP(_CONTEXT, "the keyring is locked or the unlock prompt was dismissed")
REASON_FILE_BACKEND = QT_TRANSLATE_NOOP(
    _CONTEXT, "only a file-based keyring is configured, and credentials never go into files"
)
REASON_INIT = QT_TRANSLATE_NOOP(_CONTEXT, "the keyring service could not be opened")
REASON_DBUS = QT_TRANSLATE_NOOP(_CONTEXT, "the D-Bus Secret Service did not answer")
REASON_ERROR = QT_TRANSLATE_NOOP(_CONTEXT, "the keyring reported an error")
REASON_NOT_USED = QT_TRANSLATE_NOOP(_CONTEXT, "this run does not use the OS keyring")

#: Reasons after which the keyring may work on a second try (the operator unlocks it, the Secret
#: Service comes back): the keyring exists, and may hold saved credentials that could not be read.
RETRYABLE_REASONS = (REASON_LOCKED, REASON_INIT, REASON_DBUS, REASON_ERROR)

_FILE_KEYRING_MODULES = ("keyrings.alt", "keyrings.cryptfile")

# What each field is called for people; field names of the JSON entry.
FIELD_LABELS = {
    "api_key": QT_TRANSLATE_NOOP(_CONTEXT, "API Key"),
    "passphrase": QT_TRANSLATE_NOOP(_CONTEXT, "API Passphrase"),
    "signature_secret": QT_TRANSLATE_NOOP(_CONTEXT, "API Signature"),
}


@dataclass(frozen=True)
class CredentialStatus:
    """What can be shown about an environment's credentials without revealing them."""

    env_key: str
    api_key_masked: str | None  # "••••1a2b" (last 4 chars), or None when no credentials are set
    has_passphrase: bool
    has_signature: bool
    persisted: bool  # True = in the OS keyring; False = session-only (or nothing set)
    #: The keyring exists but could not be read (locked, D-Bus error): saved credentials may be
    #: there. Never report "no credentials" then; offer :meth:`CredentialStore.retry_keyring`.
    keyring_unreadable: bool = False

    @property
    def complete(self) -> bool:
        return self.api_key_masked is not None and self.has_passphrase and self.has_signature


def mask_api_key(api_key: str) -> str:
    """``"••••1a2b"``: the last 4 characters, and only when that leaves most of the key hidden."""
    return MASK + api_key[-4:] if len(api_key) >= 8 else MASK


def check_credentials(credentials: Credentials) -> None:
    """``ValueError`` (naming the field, never its value) for what the API would refuse anyway
    (``api.validation.validate_credentials``: empty, too long, control characters, surrounding
    spaces) or an entry too large for a keyring."""
    problems = validate_credentials(credentials)
    if problems:
        raise ValueError(
            " ".join(f"{FIELD_LABELS.get(p.field, p.field)}: {p.message}" for p in problems)
        )
    if len(encode_entry(credentials)) >= MAX_ENTRY_BYTES:
        raise ValueError(
            f"The credentials are too long for one keyring entry (limit {MAX_ENTRY_BYTES} bytes)."
        )


def encode_entry(credentials: Credentials) -> bytes:
    """The keyring value: compact JSON of the three fields, UTF-8."""
    fields = dict(zip(FIELD_LABELS, credentials.secrets(), strict=True))
    return json.dumps(fields, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def decode_entry(value: str) -> Credentials | None:
    """Parse a keyring value; ``None`` if it is not one of ours (never echoes the value)."""
    try:
        data = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    fields = [data.get(name) for name in FIELD_LABELS]
    strings = [v for v in fields if isinstance(v, str) and v]
    if len(strings) != len(FIELD_LABELS):
        return None
    return Credentials(api_key=strings[0], passphrase=strings[1], signature_secret=strings[2])


def generate_sandbox_credentials() -> Credentials:
    """Fresh random sandbox credentials (``login``/``pass`` within the API's 32-character limit)."""
    import secrets  # here, on the worker that needs it: it loads OpenSSL's libcrypto

    return Credentials(
        api_key="sbx-" + secrets.token_hex(12),
        passphrase=secrets.token_urlsafe(18),
        signature_secret=secrets.token_hex(32),
    )


# -- the Merchants API's pair --------------------------------------------------------------------

#: Appended to the environment key to name the Merchants API entry (env keys never contain "/").
MERCHANTS_SUFFIX = "/merchants-api"

MERCHANTS_FIELD_LABELS = {
    "access_key": QT_TRANSLATE_NOOP(_CONTEXT, "Merchants API access key"),
    "secret_key": QT_TRANSLATE_NOOP(_CONTEXT, "Merchants API secret key"),
}


@dataclass(frozen=True)
class MerchantsCredentialStatus:
    """What can be shown about an environment's Merchants API user without revealing it."""

    env_key: str
    access_key_masked: str | None  # None when not set
    has_secret: bool
    persisted: bool
    #: The keyring exists but could not be read (locked, D-Bus error): a saved user may be there.
    keyring_unreadable: bool = False

    @property
    def complete(self) -> bool:
        return self.access_key_masked is not None and self.has_secret


def merchants_entry(env_key: str) -> str:
    """The keyring username of ``env_key``'s Merchants API entry."""
    return env_key + MERCHANTS_SUFFIX


def check_merchants_credentials(credentials: MerchantsCredentials) -> None:
    """``ValueError`` naming the field (never its value) for an unusable value or an entry too large."""
    from tupay_desktop.api.merchants import validate_merchants_credentials

    problems = validate_merchants_credentials(credentials)
    if problems:
        raise ValueError(" ".join(f"{MERCHANTS_FIELD_LABELS[f]}: {p}." for f, p in problems))
    if len(encode_merchants_entry(credentials)) >= MAX_ENTRY_BYTES:
        raise ValueError(
            f"The credentials are too long for one keyring entry (limit {MAX_ENTRY_BYTES} bytes)."
        )


def encode_merchants_entry(credentials: MerchantsCredentials) -> bytes:
    fields = {"access_key": credentials.access_key, "secret_key": credentials.secret_key}
    return json.dumps(fields, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def decode_merchants_entry(value: str) -> MerchantsCredentials | None:
    """Parse a Merchants API keyring value; ``None`` if it is not one of ours (never echoes it)."""
    try:
        data = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    access, secret = data.get("access_key"), data.get("secret_key")
    if not (isinstance(access, str) and access and isinstance(secret, str) and secret):
        return None
    from tupay_desktop.api.merchants import MerchantsCredentials

    return MerchantsCredentials(access_key=access, secret_key=secret)


def generate_sandbox_merchants_credentials() -> MerchantsCredentials:
    """Fresh random Merchants API credentials for the built-in sandbox."""
    import secrets  # here, on the worker that needs it: it loads OpenSSL's libcrypto

    from tupay_desktop.api.merchants import MerchantsCredentials

    return MerchantsCredentials(
        access_key=f"api-{secrets.token_hex(6)}@sandbox.invalid", secret_key=secrets.token_urlsafe(18)
    )


def _reason_for(exc: BaseException) -> str:
    import keyring.errors

    if isinstance(exc, keyring.errors.NoKeyringError):
        return REASON_NO_BACKEND
    if isinstance(exc, keyring.errors.KeyringLocked):
        return REASON_LOCKED
    if isinstance(exc, keyring.errors.InitError):
        return REASON_INIT
    names = " ".join(f"{c.__module__}.{c.__name__}" for c in type(exc).__mro__).lower()
    if "dbus" in names or "jeepney" in names or "secretstorage" in names:
        return REASON_DBUS
    return REASON_ERROR


def _unusable_reason(backend: keyring.backend.KeyringBackend | None) -> str | None:
    """Why ``backend`` must not hold credentials, or ``None`` if it is an OS keyring."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, chainer.ChainerBackend):
        # Writes go to the highest-priority backend: that one decides.
        chained = list(backend.backends)
        backend = chained[0] if chained else None
    # "fail" raises on every call; "null" silently stores nothing (we would claim "persisted").
    if backend is None or isinstance(backend, (fail.Keyring, null.Keyring)):
        return REASON_NO_BACKEND
    # keyrings.alt / keyrings.cryptfile keep secrets in a file of their own: never that.
    module = type(backend).__module__
    if module.startswith(_FILE_KEYRING_MODULES) or hasattr(backend, "file_path"):
        return REASON_FILE_BACKEND
    return None


#: A secret pair kept by the store (the cashout keys, or the Merchants API user).
_Secret = TypeVar("_Secret")


class CredentialStore:
    """Credentials per environment in the OS keyring, falling back to session-only memory."""

    def __init__(
        self, backend: keyring.backend.KeyringBackend | None = None, *, use_keyring: bool = True
    ) -> None:
        """``backend``: the keyring to use (default: keyring's choice, resolved on first use).
        ``use_keyring=False``: never touch any keyring; session-only memory (the self-test)."""
        self._lock = threading.RLock()
        self._backend = backend
        self._backend_resolved = backend is not None or not use_keyring
        self._reason: str | None = None if use_keyring else REASON_NOT_USED
        self._use_keyring = use_keyring
        self._memory: dict[str, Credentials] = {}
        self._persisted: dict[str, bool] = {}
        self._merchants_memory: dict[str, MerchantsCredentials] = {}

    # -- keyring plumbing ---------------------------------------------------------------------

    def _keyring(self) -> keyring.backend.KeyringBackend | None:
        """The backend to call, or ``None`` if the keyring is unavailable for this session."""
        if self._reason is not None:
            return None
        if not self._backend_resolved:
            self._backend_resolved = True
            try:
                import keyring

                self._backend = keyring.get_keyring()
            except Exception as exc:
                self._fail(exc, "opening")
                return None
        backend = self._backend
        reason = _unusable_reason(backend)
        if reason is not None:
            self._reason = reason
            log.warning("No usable keyring backend (%s); session-only credentials", type(backend).__name__)
            return None
        return backend

    def _fail(self, exc: BaseException, action: str) -> None:
        self._reason = _reason_for(exc)
        # The class name only: backend messages are not ours to vouch for.
        log.warning("Keyring %s failed (%s); credentials are session-only", action, type(exc).__name__)

    @property
    def problem(self) -> str | None:
        """Plain words when the keyring is unavailable, else ``None``."""
        return self.describe_problem(identity)

    def describe_problem(self, translate: Translator) -> str | None:
        """:attr:`problem`, translated (the GUI passes Qt's translate function)."""
        reason = self._reason
        if reason is None:
            return None
        template, translated_reason = translate(_CONTEXT, PROBLEM_TEMPLATE), translate(_CONTEXT, reason)
        try:
            return template.format(reason=translated_reason)
        except (KeyError, IndexError, ValueError):  # a translation that broke the placeholder
            return PROBLEM_TEMPLATE.format(reason=reason)

    @property
    def available(self) -> bool:
        """False once the keyring has failed in this session (see :attr:`problem`)."""
        with self._lock:
            return self._keyring() is not None

    @property
    def locked(self) -> bool:
        """The keyring is locked, or its unlock prompt was dismissed, in this session."""
        return self._reason == REASON_LOCKED

    @property
    def can_retry(self) -> bool:
        """The keyring failed in a way that another try may fix (:meth:`retry_keyring`)."""
        return self._reason in RETRYABLE_REASONS

    def retry_keyring(self) -> None:
        """Try the keyring again (after the operator unlocked it, say); session values are kept.

        Only resets the session's verdict; the next call reaches the keyring (and may show its
        unlock prompt), so call this and what follows on a worker thread."""
        with self._lock:
            if not self._use_keyring:
                return
            self._reason = None
            if self._backend is None:
                self._backend_resolved = False

    # -- public API ---------------------------------------------------------------------------

    # -- one path for every secret entry (the cashout keys and the Merchants API user) ----------

    def _read(self, name: str, memory: dict[str, _Secret], env_key: str,
              decode: Callable[[str], _Secret | None]) -> _Secret | None:
        """The entry ``name`` from the keyring (remembered in ``memory[env_key]``), else the
        session's value. A keyring that cannot be read leaves the session's value; never raises."""
        with self._lock:
            backend = self._keyring()
            if backend is not None:
                try:
                    value = backend.get_password(SERVICE, name)
                except Exception as exc:
                    self._fail(exc, "read")
                else:
                    if value is None:
                        if self._persisted.get(name, True):
                            # Cleared elsewhere (another process); keep only session-only values.
                            memory.pop(env_key, None)
                            self._persisted.pop(name, None)
                        return memory.get(env_key)
                    credentials = decode(value)
                    if credentials is None:
                        log.warning("Unreadable keyring entry %r; ignoring it", name)
                        return memory.get(env_key)
                    memory[env_key] = credentials
                    self._persisted[name] = True
                    return credentials
            return memory.get(env_key)

    def _store(self, name: str, memory: dict[str, _Secret], env_key: str, credentials: _Secret,
               value: str) -> bool:
        """Keep ``credentials`` for the session and write ``value`` as the keyring entry ``name``;
        ``True`` = persisted in the OS keyring, ``False`` = session-only. Never a file."""
        with self._lock:
            memory[env_key] = credentials
            self._persisted[name] = False
            backend = self._keyring()
            if backend is None:
                return False
            try:
                backend.set_password(SERVICE, name, value)
            except Exception as exc:
                self._fail(exc, "write")
                return False
            self._persisted[name] = True
            return True

    def _forget(self, name: str, memory: dict[str, _Secret], env_key: str) -> bool:
        """Forget the entry ``name``; ``False`` if the keyring could not be reached (an entry may
        then remain in it)."""
        import keyring.errors

        with self._lock:
            memory.pop(env_key, None)
            self._persisted.pop(name, None)
            backend = self._keyring()
            if backend is None:
                return False
            try:
                backend.delete_password(SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored: already clear
            except Exception as exc:
                self._fail(exc, "delete")
                return False
            return True

    # -- the cashout API's credentials -------------------------------------------------------

    def get(self, env_key: str) -> Credentials | None:
        """The environment's credentials, or ``None``. Never raises."""
        return self._read(env_key, self._memory, env_key, decode_entry)

    def set(self, env_key: str, credentials: Credentials) -> bool:
        """Store; ``True`` = persisted in the OS keyring, ``False`` = session-only. Never a file.

        ``ValueError`` (naming the field, not its value) for an empty or malformed field.
        """
        check_credentials(credentials)
        value = encode_entry(credentials)
        assert len(value) < MAX_ENTRY_BYTES
        return self._store(env_key, self._memory, env_key, credentials, value.decode("utf-8"))

    def clear(self, env_key: str) -> bool:
        """Forget the environment's credentials; ``False`` if the keyring could not be reached
        (an entry may then remain in it)."""
        return self._forget(env_key, self._memory, env_key)

    def status(self, env_key: str) -> CredentialStatus:
        """Which fields are set (the API key masked), and whether they live in the keyring."""
        with self._lock:
            credentials = self.get(env_key)
            if credentials is None:
                return CredentialStatus(
                    env_key, None, False, False, False, keyring_unreadable=self.can_retry
                )
            return CredentialStatus(
                env_key=env_key,
                api_key_masked=mask_api_key(credentials.api_key),
                has_passphrase=bool(credentials.passphrase),
                has_signature=bool(credentials.signature_secret),
                persisted=self._persisted.get(env_key, False),
                keyring_unreadable=self.can_retry,
            )

    def ensure_sandbox_credentials(self) -> Credentials:
        """The sandbox's credentials, generated and stored (like any other) on first run."""
        with self._lock:
            existing = self.get(SANDBOX_KEY)
            if existing is not None:
                return existing
            credentials = generate_sandbox_credentials()
            self.set(SANDBOX_KEY, credentials)
            return credentials

    # -- the Merchants API's pair (same rules, its own entry) ------------------------------------

    def get_merchants(self, env_key: str) -> MerchantsCredentials | None:
        """The environment's Merchants API user, or ``None``. Never raises."""
        return self._read(merchants_entry(env_key), self._merchants_memory, env_key, decode_merchants_entry)

    def set_merchants(self, env_key: str, credentials: MerchantsCredentials) -> bool:
        """Store; ``True`` = persisted in the OS keyring, ``False`` = session-only. Never a file.
        ``ValueError`` (naming the field, not its value) for an unusable value."""
        check_merchants_credentials(credentials)
        value = encode_merchants_entry(credentials).decode("utf-8")
        return self._store(merchants_entry(env_key), self._merchants_memory, env_key, credentials, value)

    def clear_merchants(self, env_key: str) -> bool:
        """Forget the environment's Merchants API user; ``False`` if the keyring could not be reached."""
        return self._forget(merchants_entry(env_key), self._merchants_memory, env_key)

    def merchants_status(self, env_key: str) -> MerchantsCredentialStatus:
        """Whether the Merchants API user is set (access key masked) and where it lives."""
        with self._lock:
            credentials = self.get_merchants(env_key)
            if credentials is None:
                return MerchantsCredentialStatus(
                    env_key, None, False, False, keyring_unreadable=self.can_retry
                )
            return MerchantsCredentialStatus(
                env_key=env_key,
                access_key_masked=mask_api_key(credentials.access_key),
                has_secret=bool(credentials.secret_key),
                persisted=self._persisted.get(merchants_entry(env_key), False),
                keyring_unreadable=self.can_retry,
            )

    def ensure_sandbox_merchants_credentials(self) -> MerchantsCredentials:
        """The built-in sandbox's Merchants API user, generated and stored on first use."""
        with self._lock:
            existing = self.get_merchants(SANDBOX_KEY)
            if existing is not None:
                return existing
            credentials = generate_sandbox_merchants_credentials()
            self.set_merchants(SANDBOX_KEY, credentials)
            return credentials

    def __repr__(self) -> str:
        return f"<CredentialStore backend={type(self._backend).__name__} problem={self._reason is not None}>"
