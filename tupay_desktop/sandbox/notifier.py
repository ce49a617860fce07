"""The sandbox's notification sender: TuPay's webhooks (spec §9), on a thread of their own.

The ledger queues one notification per status change (``Ledger._set_status``); this thread moves
the lifecycle along (so a cashout that nobody looks up still changes status and is notified), takes
the notifications that are due and POSTs each as ``application/x-www-form-urlencoded`` to its URL.
A 2xx answer delivers it; anything else (another status, a refused connection, a timeout) is
retried up to 5 more times after 5, 25, 125, 625, … schedule "minutes" (``notify_retry_unit_s``
seconds each; ``ledger.NOTIFY_RETRY_MINUTES``). Deliveries never run on a request thread, so a slow
receiver never slows the API.

Every attempt and its answer is kept in the ledger (the admin API lists them; ``resend`` sends one
again). Bodies and answers are never logged.
"""

from __future__ import annotations

import logging
import ssl
import threading
from collections.abc import Callable

import httpx
import truststore

from tupay_desktop.sandbox.ledger import (
    Ledger,
    NotificationAttempt,
    SandboxConfig,
    SandboxNotification,
)

log = logging.getLogger("tupay_desktop.sandbox")

#: The longest wait between two looks at the lifecycle and the queue (seconds, real time). The
#: ledger's clock may be a test's fake clock, so the thread never sleeps longer than this.
POLL_S = 0.25
#: At most this many characters of a receiver's answer are kept.
MAX_ANSWER_CHARS = 500
USER_AGENT = "TuPaySandbox/1 (notifications)"


class Notifier:
    """Delivers the ledger's notifications on one daemon thread; ``start()``/``stop()``."""

    def __init__(self, ledger: Ledger, config: Callable[[], SandboxConfig]) -> None:
        self._ledger = ledger
        self._config = config
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, name: str = "tupay-sandbox-notifier") -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop after the delivery in progress (if any); undelivered notifications stay queued
        (in the state file, for the next sandbox that uses it)."""
        thread = self._thread
        if thread is None:
            return
        self._stop.set()
        self._wake.set()
        thread.join(timeout)
        self._thread = None

    def wake(self) -> None:
        """Look at the queue now (a notification was queued or the clock moved)."""
        self._wake.set()

    def _run(self) -> None:
        client: httpx.Client | None = None  # made at the first delivery: most sandboxes send none
        try:
            while not self._stop.is_set():
                self._wake.clear()
                try:
                    self._ledger.tick()
                    due = self._ledger.claim_due_notifications()
                except Exception:  # a broken state file must not kill the thread; retried next poll
                    log.debug("notifier: could not read the ledger", exc_info=True)
                    due = []
                for notification in due:
                    if self._stop.is_set():
                        break  # its lease ends and it is retried (here or in another process)
                    if client is None:
                        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                        client = httpx.Client(verify=context, follow_redirects=False, trust_env=False)
                    attempt = self._deliver(client, notification)
                    try:
                        self._ledger.record_attempt(notification.notification_id, attempt)
                    except Exception:
                        log.debug("notifier: could not record an attempt", exc_info=True)
                if not due:
                    self._wake.wait(POLL_S)
        finally:
            if client is not None:
                client.close()

    def _deliver(self, client: httpx.Client, notification: SandboxNotification) -> NotificationAttempt:
        started = self._ledger.clock()
        timeout = max(0.1, float(self._config().notify_timeout_s))
        try:
            response = client.post(
                notification.url,
                content=notification.body,
                headers={"Content-Type": "application/x-www-form-urlencoded", "User-Agent": USER_AGENT},
                timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            )
        except httpx.HTTPError as error:
            log.debug("notification %s to %s: %s", notification.notification_id, notification.url,
                      type(error).__name__)
            return NotificationAttempt(started, None, "", f"{type(error).__name__}: {error}"[:300])
        log.debug("notification %s to %s: HTTP %s", notification.notification_id, notification.url,
                  response.status_code)
        return NotificationAttempt(started, response.status_code, response.text[:MAX_ANSWER_CHARS])
