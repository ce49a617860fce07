"""A keyring backend in this process's memory, for the self-test and the tests.

Kept apart from :mod:`tupay_desktop.app` so that starting the Desk does not import keyring (the
module is imported only by ``tupay-desktop --self-test`` and by tests).
"""

from __future__ import annotations

import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend in this process's memory: the self-test (and the GUI tests) must not
    touch the operator's OS keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)
