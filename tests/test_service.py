"""CashoutService against the real sandbox over loopback: submit, decline, lookup, cancel, duplicates,
refresh of open cashouts, check, concurrent submits, and no secret in the journal."""

from __future__ import annotations

import http.server
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tupay_desktop.api.models import ApiFailure, Created, StatusResult
from tupay_desktop.service import CashoutService, ExternalIdConflict, open_journal
from tupay_desktop.store.journal import ExternalIdInUseError, Journal

from .crash_worker import SANDBOX_ENV, make_request, past_the_settling_window
from .sandbox.support import FakeClock


@pytest.fixture
def journal(tmp_path: Path, sandbox_clock: FakeClock) -> Any:
    j = Journal(tmp_path / "journal.sqlite3", clock=sandbox_clock.utc)
    yield j
    j.close()


@pytest.fixture
def service(sandbox: Any, journal: Journal) -> Any:
    s = CashoutService(SANDBOX_ENV, sandbox.url, sandbox.credentials, journal)
    yield s
    s.close()


def test_submit_creates_and_journals_the_cashout(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    request = make_request()
    outcome = service.submit(request)
    assert isinstance(outcome, Created)
    remote = sandbox.find(external_id=request.external_id)
    assert remote is not None and remote.cashout_id == outcome.cashout_id
    entry = journal.get("sandbox", request.external_id)
    assert entry is not None
    assert (entry.state, entry.cashout_id, entry.last_status) == ("created", outcome.cashout_id, 0)
    assert entry.amount == Decimal("150.25") and entry.beneficiary == "José Peña"
    assert entry.request_fields()["login"] == "***"
    [exchange] = journal.exchanges("sandbox", request.external_id)
    assert exchange.status_code == 200 and '"pass":"***"' in exchange.request_body


def test_an_invalid_request_is_neither_journalled_nor_sent(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    request = make_request(document_id="123")
    assert [p.field for p in service.validate(request)] == ["document_id"]
    with pytest.raises(ValueError, match="document_id"):
        service.submit(request)
    assert journal.count() == 0 and sandbox.cashouts() == []


def test_prepare_previews_the_redacted_body(service: CashoutService, sandbox: Any) -> None:
    prepared = service.prepare(make_request("prev-1"))
    assert '"login":"***"' in prepared.redacted_body
    assert sandbox.credentials.api_key not in prepared.redacted_body
    assert len(prepared.signature) == 64
    assert sandbox.cashouts() == []


def test_a_declined_create_is_journalled_with_its_code(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    outcome = service.submit(make_request("decl-1", amount="504.00"))
    assert isinstance(outcome, ApiFailure) and outcome.error.code == 504
    entry = journal.get("sandbox", "decl-1")
    assert entry is not None and (entry.state, entry.error_code) == ("declined", 504)
    assert entry.error_message and "cadastral" in entry.error_message
    assert journal.unresolved() == [] and journal.open_cashouts() == []
    assert sandbox.cashouts() == []


def test_a_create_answered_5xx_is_unknown_then_reconciled_not_declined(
    service: CashoutService, sandbox: Any, journal: Journal, sandbox_clock: FakeClock
) -> None:
    from tupay_desktop.api.models import OutcomeUnknown
    from tupay_desktop.sandbox import Fault

    sandbox.inject(Fault.HTTP_500)
    outcome = service.submit(make_request("svc-500"))
    assert isinstance(outcome, OutcomeUnknown), outcome
    entry = journal.get("sandbox", "svc-500")
    assert entry is not None and entry.state == "unknown"
    assert service.possible_duplicates(make_request("svc-other")) != []  # still warns: may exist
    [result] = service.reconcile()
    assert (result.before, result.after) == ("unknown", "not_found_yet")  # TuPay may be busy with it
    past_the_settling_window(sandbox_clock)
    [result] = service.reconcile()
    assert (result.before, result.after) == ("not_found_yet", "not_created")
    assert isinstance(service.resubmit("svc-500"), Created)
    assert len(sandbox.cashouts()) == 1


def test_a_create_on_a_closed_service_is_not_sent_and_not_left_sending(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    from tupay_desktop.api.models import NetworkError

    service.close()  # e.g. the Desk shutting down while a worker is about to submit
    outcome = service.submit(make_request("svc-closed"))
    assert isinstance(outcome, NetworkError), outcome
    assert "nothing was sent" in outcome.message.lower()
    entry = journal.get("sandbox", "svc-closed")
    assert entry is not None and entry.state == "not_created"
    assert sandbox.cashouts() == []


def test_the_answer_survives_a_journal_closed_while_the_create_was_in_flight(
    sandbox: Any, tmp_path: Path
) -> None:
    class ClosedOnAnswer(Journal):
        """The journal is closed (the Desk exiting) just as the create's answer arrives."""

        def record_outcome(self, *args: Any, **kwargs: Any) -> None:
            self.close()
            super().record_outcome(*args, **kwargs)

    journal = ClosedOnAnswer(tmp_path / "closing.sqlite3")
    with CashoutService(SANDBOX_ENV, sandbox.url, sandbox.credentials, journal) as service:
        outcome = service.submit(make_request("svc-closing"))
    assert isinstance(outcome, Created), outcome  # never an exception that hides a created cashout
    with Journal(tmp_path / "closing.sqlite3") as reopened:
        entry = reopened.get("sandbox", "svc-closing")
        assert entry is not None and entry.state == "sending"  # the next reconcile finds the truth
    assert len(sandbox.cashouts()) == 1


def test_a_journalled_external_id_is_never_sent_again(service: CashoutService, sandbox: Any) -> None:
    service.submit(make_request("once-1"))
    with pytest.raises(ExternalIdInUseError):
        service.submit(make_request("once-1"))
    assert len(sandbox.cashouts()) == 1


def test_lookup_and_cancel_update_the_journal(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    first = service.submit(make_request("look-1"))
    second = service.submit(make_request("look-2"))
    assert isinstance(first, Created) and isinstance(second, Created)
    sandbox.force_status(first.cashout_id, 3, rejection_code=806)

    outcome = service.lookup(external_id="look-1")
    assert isinstance(outcome, StatusResult) and outcome.status.code == 3
    entry = journal.get("sandbox", "look-1")
    assert entry is not None and (entry.last_status, entry.rejection_code) == (3, 806)
    assert entry.rejection_reason and entry.last_status_at is not None and entry.is_final

    cancelled = service.cancel(cashout_id=second.cashout_id, external_id="look-2")
    assert isinstance(cancelled, StatusResult) and cancelled.status.code == 2
    entry = journal.get("sandbox", "look-2")
    assert entry is not None and entry.last_status == 2
    assert len(journal.exchanges("sandbox", "look-2")) == 2  # the create and the cancel


def test_lookup_by_cashout_id_alone_finds_the_row(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    created = service.submit(make_request("byid-1"))
    assert isinstance(created, Created)
    sandbox.force_status(created.cashout_id, 4)
    assert isinstance(service.lookup(cashout_id=created.cashout_id), StatusResult)
    entry = journal.get("sandbox", "byid-1")
    assert entry is not None and entry.last_status == 4
    assert len(journal.exchanges("sandbox", "byid-1")) == 2


def test_a_failed_lookup_is_journalled_but_changes_no_status(
    service: CashoutService, journal: Journal
) -> None:
    outcome = service.lookup(external_id="never-sent")
    assert isinstance(outcome, ApiFailure) and outcome.error.code == 509
    assert journal.get("sandbox", "never-sent") is None
    assert len(journal.exchanges("sandbox", "never-sent")) == 1


def test_possible_duplicates_same_document_account_and_amount(service: CashoutService) -> None:
    service.submit(make_request("dupe-1", amount="200"))
    service.submit(make_request("dupe-2", amount="200.00", document_id="12345678"))
    again = make_request("dupe-3", amount="200.00")
    assert [e.external_id for e in service.possible_duplicates(again)] == ["dupe-1"]
    assert service.possible_duplicates(make_request("dupe-4", amount="201")) == []
    # The operator may go on: the warning does not block the create.
    assert isinstance(service.submit(again), Created)


def test_possible_duplicates_count_every_row_whose_money_may_leave(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    from tupay_desktop.api.client import CashoutClient
    from tupay_desktop.sandbox import Fault

    # unknown: TuPay may have it; not_found_yet / not_created: TuPay may commit it late, or the
    # operator may resubmit it — each is money that may leave, so a new id for the same payment
    # is a possible duplicate. declined and conflict rows paid nothing.
    sandbox.inject(Fault.RESET_BEFORE_COMMIT)
    service.submit(make_request("may-unknown", amount="300"))
    journal.record_sending("sandbox", make_request("may-not-yet", amount="300"), "{}")
    journal.mark("sandbox", "may-not-yet", "not_found_yet", "not yet", 509)
    journal.record_sending("sandbox", make_request("may-not-created", amount="300"), "{}")
    journal.mark("sandbox", "may-not-created", "not_created", "not found", 509)
    service.submit(make_request("paid-nothing", amount="504.00"))  # declined (504)
    with CashoutClient(sandbox.url, sandbox.credentials) as other:
        other.create(make_request("someone-elses", amount="999"))
    assert isinstance(service.submit(make_request("someone-elses", amount="300")), ExternalIdConflict)
    service.submit(make_request("in-dollars", amount="300", currency="USD"))

    found = service.possible_duplicates(make_request("new-id", amount="300.00"))
    assert sorted(e.external_id for e in found) == ["may-not-created", "may-not-yet", "may-unknown"]
    assert [e.external_id for e in service.possible_duplicates(
        make_request("new-usd", amount="300", currency="USD"))] == ["in-dollars"]
    assert service.possible_duplicates(make_request("new-decl", amount="504.00")) == []


def test_refresh_open_looks_up_every_non_final_cashout(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    created = [service.submit(make_request(f"open-{i}")) for i in range(3)]
    assert all(isinstance(c, Created) for c in created)
    ids = [c.cashout_id for c in created if isinstance(c, Created)]
    sandbox.force_status(ids[0], 1)
    sandbox.force_status(ids[1], 5)
    seen: list[tuple[int, int]] = []
    answered = service.refresh_open(progress=lambda done, total: seen.append((done, total)), min_interval_s=0)
    assert answered == 3
    assert seen == [(1, 3), (2, 3), (3, 3)]
    statuses = {e.external_id: e.last_status for e in journal.query()}
    assert statuses["open-0"] == 1 and statuses["open-1"] == 5
    assert [e.external_id for e in journal.open_cashouts()] == ["open-1", "open-2"]


def test_check_says_the_sandbox_is_usable(service: CashoutService) -> None:
    assert service.check().ok


def test_concurrent_submits_from_many_threads(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    results: list[Any] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        outcome = service.submit(make_request(f"conc-{i:02d}", amount=f"{10 + i}"))
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 12 and all(isinstance(r, Created) for r in results)
    assert journal.count(states=["created"]) == 12 == len(sandbox.cashouts())
    assert {e.cashout_id for e in journal.query()} == {c.cashout_id for c in sandbox.cashouts()}


def test_no_secret_in_the_journal_files(service: CashoutService, sandbox: Any, journal: Journal) -> None:
    service.submit(make_request("sec-1"))
    service.submit(make_request("sec-2", amount="504.00"))
    service.lookup(external_id="sec-1")
    service.check()
    blobs = b"".join(p.read_bytes() for p in journal.path.parent.glob(journal.path.name + "*"))
    assert b"sec-1" in blobs
    for secret in sandbox.credentials.secrets():
        assert secret.encode() not in blobs


def test_open_journal_uses_the_data_dir(isolated_dirs: Path) -> None:
    j = open_journal()
    try:
        assert j.path.parent == isolated_dirs / "data"
    finally:
        j.close()


class _AlwaysCompleted(http.server.BaseHTTPRequestHandler):
    """A TuPay that answers every status lookup with COMPLETED, whichever pair of ids it is given
    (as a TuPay that looks up by cashout_id alone would, for a mistyped pair)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        answer = b'{"cashout_status": 1, "cashout_status_description": "Completed"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_a_lookup_by_a_mismatched_pair_of_ids_changes_no_row(journal: Journal) -> None:
    from datetime import UTC, datetime

    from tupay_desktop.api.models import Credentials, Exchange, NetworkError

    exchange = Exchange("POST", "http://127.0.0.1/v3/cashout", (), "{}", datetime.now(UTC))
    for external_id, cashout_id in (("pair-a", 111), ("pair-b", 222)):
        journal.record_sending("sandbox", make_request(external_id), "{}")
        journal.record_outcome("sandbox", external_id, Created(cashout_id, external_id, exchange))
    journal.record_sending("sandbox", make_request("pair-c"), "{}")
    journal.record_outcome("sandbox", "pair-c", NetworkError("refused. Nothing was sent."))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _AlwaysCompleted)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    creds = Credentials("key-123456789", "pass-123456789", "secret-123456789")
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        with CashoutService(SANDBOX_ENV, url, creds, journal) as service:
            # 111 is pair-a's id: the answer may be pair-a's, not pair-b's or pair-c's.
            assert isinstance(service.lookup(cashout_id=111, external_id="pair-b"), StatusResult)
            assert isinstance(service.lookup(cashout_id=111, external_id="pair-c"), StatusResult)
            # pair-b's own id under its own external_id is a consistent pair: recorded.
            assert isinstance(service.lookup(cashout_id=222, external_id="pair-b"), StatusResult)
    finally:
        server.shutdown()
        server.server_close()
    a, b, c = (journal.get("sandbox", x) for x in ("pair-a", "pair-b", "pair-c"))
    assert a is not None and (a.state, a.cashout_id, a.last_status) == ("created", 111, 0)
    assert c is not None and (c.state, c.cashout_id) == ("not_created", None)
    assert b is not None and (b.state, b.cashout_id, b.last_status) == ("created", 222, 1)
    assert len(journal.exchanges("sandbox", "pair-c")) == 1  # the exchange is kept all the same
