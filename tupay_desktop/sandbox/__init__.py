"""A local TuPay Cashout API simulator: the Desk's default environment and every test's HTTP peer.

Start one in-process with ``with Sandbox() as sb: ...`` (see ``server.Sandbox``) or from a shell
with ``python -m tupay_desktop.sandbox``. Behaviour, magic values and the admin API are described
in ``README.md`` next to this file. No Qt; only ``app``, ``cli`` and tests import this package.
"""

from tupay_desktop.sandbox.ledger import (
    REJECTION_NAMES,
    NotificationState,
    SandboxCashout,
    SandboxConfig,
    SandboxNotification,
)
from tupay_desktop.sandbox.server import Fault, Sandbox

__all__ = [
    "REJECTION_NAMES",
    "Fault",
    "NotificationState",
    "Sandbox",
    "SandboxCashout",
    "SandboxConfig",
    "SandboxNotification",
]
