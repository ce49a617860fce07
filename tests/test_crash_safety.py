"""kill -9 a create at each point, then reconcile: exactly one cashout per external_id, and the journal
agrees with the sandbox. Also an "outcome unknown" from a client read timeout, reconciled the same way,
and a create another live process is sending, which no reconcile judges.

Each create runs in a subprocess (tests/crash_worker.py: ``CashoutService.submit``, as the Desk does).
The parent test reaches each point by watching real state, not by hooks in the code under test:

(a) before the send — the worker talks to a "black hole" relay that takes the request and never
    forwards it: the sandbox never receives it. The relay also records the journal row's state at
    the moment the first byte arrived (it must already be ``sending``, committed).
(b) in flight — a relay takes the whole request from the worker and holds it; the worker is killed,
    and only then does the relay pass the request on, so the sandbox commits it after the death.
(c) after the commit, before the answer — the relay holds the sandbox's answer on its way back; the
    worker is killed as soon as the sandbox shows the cashout.

Nothing races a delay: the relay holds each request or answer for as long as the test needs, and
the sandbox's lifecycle runs on the test's clock (``sandbox_clock``), so a busy machine changes
nothing. A last test kills nothing at first: a live second process is sending, and this process's
reconcile must leave its row alone until it dies.
"""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tupay_desktop.api.client import Timeouts
from tupay_desktop.api.models import Created, OutcomeUnknown
from tupay_desktop.service import MSG_IN_FLIGHT, CashoutService
from tupay_desktop.store.journal import Journal

from .crash_worker import SANDBOX_ENV, make_request, past_the_settling_window
from .sandbox.support import FakeClock

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

WORKER = Path(__file__).with_name("crash_worker.py")


def wait_for(condition: Callable[[], Any], what: str, timeout: float = 20.0) -> Any:
    """Poll ``condition`` until it returns something truthy (a wait, not a timed assertion)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.005)
    raise AssertionError(f"gave up waiting for {what}")


@pytest.fixture
def journal(tmp_path: Path, sandbox_clock: FakeClock) -> Iterator[Journal]:
    j = Journal(tmp_path / "journal.sqlite3", clock=sandbox_clock.utc)
    yield j
    j.close()


class Worker:
    def __init__(self, journal: Journal, base_url: str, sandbox: Any, external_id: str,
                 heartbeat_s: float | None = None) -> None:
        env = dict(os.environ)
        creds = sandbox.credentials
        env.update(TUPAY_API_KEY=creds.api_key, TUPAY_API_PASSPHRASE=creds.passphrase,
                   TUPAY_API_SIGNATURE=creds.signature_secret)
        if heartbeat_s is not None:
            env["CRASH_WORKER_HEARTBEAT_S"] = str(heartbeat_s)
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), str(journal.path), base_url, external_id, "150.25"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        assert self.process.wait(timeout=10) == -signal.SIGKILL
        assert self.process.stdout is not None and self.process.stderr is not None
        out = self.process.stdout.read().decode()
        self.process.stdout.close()
        self.process.stderr.close()
        assert out.strip() in ("", "ready"), f"the worker finished before the kill: {out!r}"


class Relay:
    """A loopback TCP relay in front of the sandbox that shows where a request is, and holds it
    there for as long as the test needs (no race against a delay, however busy the machine).

    ``forward=False`` makes it a black hole: it reads the request and never passes it on. With
    ``forward=True`` it passes bytes both ways and counts what it delivered to the sandbox; with
    ``request_gate`` it reads the whole request but passes it on only once the gate is set, with
    ``answer_gate`` it passes the sandbox's answer back only once that gate is set.
    It also records the journal row's state at the moment the first byte arrived.
    """

    def __init__(self, journal: Journal, external_id: str, upstream: str, *, forward: bool,
                 request_gate: threading.Event | None = None,
                 answer_gate: threading.Event | None = None) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        host, port = upstream.removeprefix("http://").split(":")
        self._upstream = (host, int(port))
        self._forward = forward
        self._gates = [g for g in (request_gate, answer_gate) if g is not None]
        self._request_gate, self._answer_gate = request_gate, answer_gate
        self._outbound: queue.Queue[bytes | None] = queue.Queue()
        self.received = b""  # from the worker
        self.delivered = 0  # bytes handed to the sandbox
        self.state_at_first_byte: str | None = None
        self._journal, self._external_id = journal, external_id
        self._sockets: list[socket.socket] = [self._listener]
        self._threads = [threading.Thread(target=self._run, daemon=True)]
        self._threads[0].start()

    def request_complete(self, count: int) -> bool:
        head, sep, body = self.received.partition(b"\r\n\r\n")
        if not sep:
            return False
        length = 0
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        return len(body) >= length and count >= len(head) + len(sep) + length

    @property
    def request_received(self) -> bool:
        return self.request_complete(len(self.received))

    @property
    def request_delivered(self) -> bool:
        return self.request_complete(self.delivered)

    def _run(self) -> None:
        try:
            client, _ = self._listener.accept()
        except OSError:
            return
        self._sockets.append(client)
        if self._forward:
            upstream = socket.create_connection(self._upstream)
            self._sockets.append(upstream)
            for target in (lambda: self._pump_out(upstream), lambda: self._pump_back(upstream, client)):
                thread = threading.Thread(target=target, daemon=True)
                self._threads.append(thread)
                thread.start()
        while True:
            try:
                chunk = client.recv(65536)
            except OSError:
                chunk = b""
            if not chunk:
                self._outbound.put(None)
                return
            if not self.received:
                entry = self._journal.get("sandbox", self._external_id)
                self.state_at_first_byte = entry.state if entry is not None else "absent"
            self.received += chunk
            self._outbound.put(chunk)

    def _pump_out(self, upstream: socket.socket) -> None:
        if self._request_gate is not None:
            self._request_gate.wait()
        while True:
            chunk = self._outbound.get()
            try:
                if chunk is None:
                    upstream.shutdown(socket.SHUT_WR)  # the sandbox still reads what was sent
                    return
                upstream.sendall(chunk)
            except OSError:
                return
            self.delivered += len(chunk)

    def _pump_back(self, upstream: socket.socket, client: socket.socket) -> None:
        while True:
            try:
                chunk = upstream.recv(65536)
                if not chunk:
                    return
                if self._answer_gate is not None:
                    self._answer_gate.wait()
                client.sendall(chunk)
            except OSError:
                return

    def close(self) -> None:
        for gate in self._gates:
            gate.set()
        self._outbound.put(None)
        for sock in self._sockets:
            sock.close()
        for thread in self._threads:
            thread.join(timeout=5)


def assert_one_cashout_agreeing(sandbox: Any, journal: Journal, external_id: str) -> None:
    remote = [c for c in sandbox.cashouts() if c.external_id == external_id]
    assert len(remote) == 1, remote
    entry = journal.get("sandbox", external_id)
    assert entry is not None and entry.state == "created"
    found = sandbox.find(external_id=external_id)
    assert found is not None and entry.last_status == int(found.status)
    assert entry.cashout_id in (None, found.cashout_id)
    assert journal.unresolved() == []


def assert_no_secret_in_the_files(journal: Journal, sandbox: Any) -> None:
    files = sorted(journal.path.parent.glob(journal.path.name + "*"))
    blobs = b"".join(p.read_bytes() for p in files)
    assert len(blobs) > 0
    for secret in sandbox.credentials.secrets():
        assert secret.encode() not in blobs


def test_killed_before_the_send_then_reconciled_and_resubmitted(
    sandbox: Any, journal: Journal, sandbox_clock: FakeClock
) -> None:
    external_id = "kill-before-send"
    hole = Relay(journal, external_id, sandbox.url, forward=False)
    try:
        worker = Worker(journal, hole.url, sandbox, external_id)
        wait_for(lambda: hole.request_received, "the request to leave the worker")
        worker.kill()
    finally:
        hole.close()
    # The row was committed as 'sending' before the first byte left the worker.
    assert hole.state_at_first_byte == "sending"
    assert hole.delivered == 0
    entry = journal.get("sandbox", external_id)
    assert entry is not None and entry.state == "sending"
    assert sandbox.find(external_id=external_id) is None  # the sandbox never received it

    with CashoutService(SANDBOX_ENV, sandbox.url, sandbox.credentials, journal) as service:
        [result] = service.reconcile()  # its sender is dead; TuPay may still be processing it
        assert (result.before, result.after) == ("sending", "not_found_yet")
        past_the_settling_window(sandbox_clock)
        [result] = service.reconcile()
        assert (result.before, result.after) == ("not_found_yet", "not_created")
        assert sandbox.cashouts() == []
        outcome = service.resubmit(external_id)
    assert isinstance(outcome, Created)
    assert_one_cashout_agreeing(sandbox, journal, external_id)
    assert journal.get("sandbox", external_id).cashout_id == outcome.cashout_id  # type: ignore[union-attr]
    assert_no_secret_in_the_files(journal, sandbox)


def test_killed_while_in_flight_then_reconciled(sandbox: Any, journal: Journal) -> None:
    external_id = "kill-in-flight"
    held = threading.Event()  # the whole request has left the worker; the network holds it
    relay = Relay(journal, external_id, sandbox.url, forward=True, request_gate=held)
    try:
        worker = Worker(journal, relay.url, sandbox, external_id)
        wait_for(lambda: relay.request_received, "the whole request to leave the worker")
        assert sandbox.find(external_id=external_id) is None  # held: nothing committed yet
        worker.kill()
        assert relay.state_at_first_byte == "sending"
        entry = journal.get("sandbox", external_id)
        assert entry is not None and entry.state == "sending"
        # The held request reaches TuPay, and is committed, after the worker died.
        held.set()
        wait_for(lambda: sandbox.find(external_id=external_id), "the held create to be committed")
        assert relay.request_delivered
    finally:
        relay.close()

    with CashoutService(SANDBOX_ENV, sandbox.url, sandbox.credentials, journal) as service:
        [result] = service.reconcile()
        assert (result.before, result.after) == ("sending", "created")
        assert service.reconcile() == []
    assert_one_cashout_agreeing(sandbox, journal, external_id)
    assert_no_secret_in_the_files(journal, sandbox)


def test_killed_after_the_commit_before_the_answer_then_reconciled(sandbox: Any, journal: Journal) -> None:
    external_id = "kill-after-commit"
    answer = threading.Event()  # TuPay's answer is held on its way back until after the kill
    relay = Relay(journal, external_id, sandbox.url, forward=True, answer_gate=answer)
    try:
        worker = Worker(journal, relay.url, sandbox, external_id)
        wait_for(lambda: sandbox.find(external_id=external_id), "the sandbox to commit the create")
        worker.kill()
    finally:
        relay.close()
    entry = journal.get("sandbox", external_id)
    assert entry is not None and entry.state == "sending"  # the answer was never read

    with CashoutService(SANDBOX_ENV, sandbox.url, sandbox.credentials, journal) as service:
        [result] = service.reconcile()
        assert (result.before, result.after) == ("sending", "created")
        # A resubmit is refused: the row is created, so the same money cannot go out twice.
        with pytest.raises(ValueError):
            service.resubmit(external_id)
    assert_one_cashout_agreeing(sandbox, journal, external_id)
    assert_no_secret_in_the_files(journal, sandbox)


def test_a_read_timeout_is_an_unknown_outcome_reconciled_by_lookup(sandbox: Any, journal: Journal) -> None:
    external_id = "timeout-1"
    held = threading.Event()  # the request is held on its way until the client has given up
    relay = Relay(journal, external_id, sandbox.url, forward=True, request_gate=held)
    try:
        with CashoutService(SANDBOX_ENV, relay.url, sandbox.credentials, journal,
                            timeouts=Timeouts(read=0.3)) as service:
            outcome = service.submit(make_request(external_id))
            assert isinstance(outcome, OutcomeUnknown)
            entry = journal.get("sandbox", external_id)
            assert entry is not None and entry.state == "unknown"
        held.set()  # it arrives late: TuPay commits it after the client timed out
        wait_for(lambda: sandbox.find(external_id=external_id), "the timed-out create to be committed")
    finally:
        relay.close()
    # The sandbox's lifecycle runs on the test's clock: its status cannot move on between the
    # reconcile and the assertions below, however busy the machine is.
    with CashoutService(SANDBOX_ENV, sandbox.url, sandbox.credentials, journal) as service:
        [result] = service.reconcile()
        assert (result.before, result.after) == ("unknown", "created")
    assert_one_cashout_agreeing(sandbox, journal, external_id)
    assert_no_secret_in_the_files(journal, sandbox)


def test_another_process_never_judges_a_create_a_live_process_is_sending(
    sandbox: Any, journal: Journal, sandbox_clock: FakeClock
) -> None:
    # A CLI (the worker, a real second process) is sending a create that is still on its way to
    # TuPay. The Desk (this process) reconciles meanwhile: TuPay has nothing yet (509), but the
    # row must not be judged while its sender lives. Once the sender is killed, it is.
    external_id = "cross-process-1"
    hole = Relay(journal, external_id, sandbox.url, forward=False)
    try:
        worker = Worker(journal, hole.url, sandbox, external_id, heartbeat_s=0.05)
        wait_for(lambda: hole.request_received, "the request to leave the worker")
        entry = journal.get("sandbox", external_id)
        assert entry is not None and entry.state == "sending"
        assert (entry.owner_pid, entry.owner_host) == (worker.process.pid, socket.gethostname())
        first_beat = entry.heartbeat_at
        assert first_beat is not None
        # The sender keeps its heartbeat fresh while the request is in flight.
        wait_for(lambda: (journal.get("sandbox", external_id).heartbeat_at or first_beat) > first_beat,
                 "the heartbeat to be refreshed")
        assert journal.sent_elsewhere_now(journal.get("sandbox", external_id))  # type: ignore[arg-type]

        with CashoutService(SANDBOX_ENV, sandbox.url, sandbox.credentials, journal) as desk:
            [result] = desk.reconcile()
            assert (result.before, result.after, result.message) == ("sending", "sending", MSG_IN_FLIGHT)
            assert journal.get("sandbox", external_id).state == "sending"  # type: ignore[union-attr]

            worker.kill()  # the sender dies with its request unanswered
            assert not journal.sent_elsewhere_now(journal.get("sandbox", external_id))  # type: ignore[arg-type]
            [result] = desk.reconcile()
            assert (result.before, result.after) == ("sending", "not_found_yet")
            past_the_settling_window(sandbox_clock)
            [result] = desk.reconcile()
            assert (result.before, result.after) == ("not_found_yet", "not_created")
    finally:
        hole.close()
    assert sandbox.cashouts() == []
