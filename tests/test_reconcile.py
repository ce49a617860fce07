"""Reconciliation and resubmission against the real sandbox: an unknown outcome is resolved by a lookup
by external_id, a missing cashout is resubmitted under the same id, and a 511 never makes a new id."""

from __future__ import annotations

import json
import socket
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tupay_desktop.api.client import CashoutClient
from tupay_desktop.api.models import ApiFailure, Created, OutcomeUnknown, StatusResult
from tupay_desktop.sandbox import Fault
from tupay_desktop.service import CashoutService, ExternalIdConflict, Reconciliation
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


def remote_ids(sandbox: Any, external_id: str) -> list[int]:
    return [c.cashout_id for c in sandbox.cashouts() if c.external_id == external_id]


def test_a_create_committed_then_reset_is_found_by_reconcile(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    sandbox.inject(Fault.RESET_AFTER_COMMIT)
    outcome = service.submit(make_request("rac-1"))
    assert isinstance(outcome, OutcomeUnknown)
    entry = journal.get("sandbox", "rac-1")
    assert entry is not None and entry.state == "unknown" and entry.error_message
    assert [e.external_id for e in journal.unresolved("sandbox")] == ["rac-1"]

    seen: list[tuple[int, int]] = []
    results = service.reconcile(progress=lambda done, total: seen.append((done, total)))
    assert results == [Reconciliation("rac-1", "unknown", "created", None, results[0].message)]
    assert seen == [(1, 1)]
    entry = journal.get("sandbox", "rac-1")
    assert entry is not None and (entry.state, entry.last_status, entry.error_message) == ("created", 0, None)
    assert journal.unresolved() == [] and len(remote_ids(sandbox, "rac-1")) == 1
    assert [e.external_id for e in journal.open_cashouts()] == ["rac-1"]
    # The create's exchange (no answer) and the lookup's are both kept.
    assert [x.status_code for x in journal.exchanges("sandbox", "rac-1")] == [None, 200]


def test_the_magic_reset_amount_is_reconciled_the_same_way(service: CashoutService, journal: Journal) -> None:
    assert isinstance(service.submit(make_request("magic-1", amount="666.66")), OutcomeUnknown)
    [result] = service.reconcile()
    assert (result.before, result.after) == ("unknown", "created")


def test_a_create_lost_before_commit_becomes_not_created_and_is_resubmitted_with_the_same_id(
    service: CashoutService, sandbox: Any, journal: Journal, sandbox_clock: FakeClock
) -> None:
    sandbox.inject(Fault.RESET_BEFORE_COMMIT)
    assert isinstance(service.submit(make_request("rbc-1")), OutcomeUnknown)
    assert remote_ids(sandbox, "rbc-1") == []
    [result] = service.reconcile()
    assert (result.before, result.after, result.cashout_id) == ("unknown", "not_found_yet", None)
    past_the_settling_window(sandbox_clock)
    [result] = service.reconcile()
    assert (result.before, result.after, result.cashout_id) == ("not_found_yet", "not_created", None)
    entry = journal.get("sandbox", "rbc-1")
    assert entry is not None and (entry.state, entry.error_code) == ("not_created", 509)
    assert service.reconcile() == []  # nothing left to reconcile

    outcome = service.resubmit("rbc-1")
    assert isinstance(outcome, Created) and outcome.external_id == "rbc-1"
    assert remote_ids(sandbox, "rbc-1") == [outcome.cashout_id]
    remote = sandbox.find(external_id="rbc-1")
    assert remote is not None and str(remote.amount) == "150.25" and remote.beneficiary_name == "José"
    assert remote.comments == "prueba" and remote.account_type == "S"
    entry = journal.get("sandbox", "rbc-1")
    assert entry is not None and (entry.state, entry.cashout_id) == ("created", outcome.cashout_id)
    assert journal.count() == 1


def test_a_row_left_sending_by_a_crash_is_reconciled(
    service: CashoutService, sandbox: Any, journal: Journal, sandbox_clock: FakeClock
) -> None:
    journal.record_sending("sandbox", make_request("crash-1"), "{}")  # the process died right here
    past_the_settling_window(sandbox_clock)
    [result] = service.reconcile()
    assert (result.before, result.after) == ("sending", "not_created")
    assert remote_ids(sandbox, "crash-1") == []


def test_a_failed_lookup_leaves_the_row_unresolved(sandbox: Any, journal: Journal) -> None:
    journal.record_sending("sandbox", make_request("far-1"), "{}")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with CashoutService(SANDBOX_ENV, dead_url, sandbox.credentials, journal) as offline:
        [result] = offline.reconcile()
    assert (result.before, result.after) == ("sending", "sending") and "still unknown" in result.message
    entry = journal.get("sandbox", "far-1")
    assert entry is not None and entry.state == "sending"


def test_reconcile_touches_only_its_own_environment(service: CashoutService, journal: Journal) -> None:
    journal.record_sending("staging", make_request("other-env-1"), "{}")
    assert service.reconcile() == []
    entry = journal.get("staging", "other-env-1")
    assert entry is not None and entry.state == "sending"


def test_a_511_on_resubmit_is_reconciled_never_a_new_id(
    service: CashoutService, sandbox: Any, journal: Journal, sandbox_clock: FakeClock
) -> None:
    sandbox.inject(Fault.RESET_BEFORE_COMMIT)
    service.submit(make_request("r511-1"))
    past_the_settling_window(sandbox_clock)
    service.reconcile()
    entry = journal.get("sandbox", "r511-1")
    assert entry is not None and entry.state == "not_created"
    # Meanwhile the cashout got created after all (say, a request that had been held up arrived).
    with CashoutClient(sandbox.url, sandbox.credentials) as other:
        assert isinstance(other.create(make_request("r511-1")), Created)

    outcome = service.resubmit("r511-1")
    assert isinstance(outcome, ApiFailure) and outcome.error.code == 511
    entry = journal.get("sandbox", "r511-1")
    assert entry is not None and (entry.state, entry.last_status) == ("created", 0)
    assert len(remote_ids(sandbox, "r511-1")) == 1 and len(sandbox.cashouts()) == 1
    assert journal.count() == 1


def test_a_lookup_that_finds_a_not_created_cashout_wins(
    service: CashoutService, sandbox: Any, journal: Journal, sandbox_clock: FakeClock
) -> None:
    sandbox.inject(Fault.RESET_BEFORE_COMMIT)
    service.submit(make_request("late-1"))
    past_the_settling_window(sandbox_clock)
    [result] = service.reconcile()
    assert result.after == "not_created"
    # TuPay commits it after all, even later (a request held up somewhere on the way).
    with CashoutClient(sandbox.url, sandbox.credentials) as held_up:
        assert isinstance(held_up.create(make_request("late-1")), Created)
    assert isinstance(service.lookup(external_id="late-1"), StatusResult)
    entry = journal.get("sandbox", "late-1")
    assert entry is not None and (entry.state, entry.last_status, entry.error_code) == ("created", 0, None)
    with pytest.raises(ValueError):  # and it can no longer be resubmitted
        service.resubmit("late-1")


def test_a_511_on_a_first_submit_is_a_conflict_never_created(
    service: CashoutService, sandbox: Any, journal: Journal, tmp_path: Path
) -> None:
    # Two journals (two machines, two operators) send the same typed external_id for different
    # beneficiaries and amounts. The second is answered 511: the id is the first one's at TuPay.
    with Journal(tmp_path / "other-desk.sqlite3") as other_journal, CashoutService(
        SANDBOX_ENV, sandbox.url, sandbox.credentials, other_journal
    ) as other:
        first = other.submit(make_request("typed-1", amount="990.00", beneficiary_name="Rosa"))
        assert isinstance(first, Created)
    outcome = service.submit(make_request("typed-1", amount="150.25", beneficiary_name="José"))
    assert isinstance(outcome, ExternalIdConflict) and outcome.error.code == 511
    entry = journal.get("sandbox", "typed-1")
    assert entry is not None and (entry.state, entry.cashout_id, entry.error_code) == ("conflict", None, 511)
    assert entry.error_message and "Conflict" in entry.error_message and "NOT created" in entry.error_message
    # Nothing of it is "created", now or after any reconcile or lookup: its money never left.
    assert service.reconcile() == [] and journal.unresolved() == []
    assert isinstance(service.lookup(external_id="typed-1"), StatusResult)  # finds the other one
    entry = journal.get("sandbox", "typed-1")
    assert entry is not None and (entry.state, entry.last_status) == ("conflict", None)
    assert service.possible_duplicates(make_request("typed-2", amount="150.25")) == []
    with pytest.raises(ExternalIdInUseError):  # and it is never sent again under that id
        service.submit(make_request("typed-1", amount="150.25"))
    [remote] = [c for c in sandbox.cashouts() if c.external_id == "typed-1"]
    assert (remote.amount, remote.beneficiary_name) == (Decimal("990.00"), "Rosa")


def test_resubmit_only_for_rows_that_were_not_created(service: CashoutService, journal: Journal) -> None:
    with pytest.raises(LookupError):
        service.resubmit("nope")
    service.submit(make_request("made-1"))
    with pytest.raises(ValueError, match="created"):
        service.resubmit("made-1")
    journal.record_sending("staging", make_request("made-2"), "{}")
    journal.mark("staging", "made-2", "not_created")
    with pytest.raises(LookupError):  # another environment's row is not this service's
        service.resubmit("made-2")


def test_reconcile_skips_a_create_this_process_is_still_sending(sandbox: Any, journal: Journal) -> None:
    import threading

    from .test_crash_safety import Relay, wait_for

    # The create is held on its way (for as long as the test needs, however busy the machine).
    gate = threading.Event()
    relay = Relay(journal, "busy-1", sandbox.url, forward=True, request_gate=gate)
    outcomes: list[Any] = []
    try:
        with CashoutService(SANDBOX_ENV, relay.url, sandbox.credentials, journal) as sending:
            sender = threading.Thread(target=lambda: outcomes.append(sending.submit(make_request("busy-1"))))
            sender.start()
            try:
                wait_for(lambda: journal.get("sandbox", "busy-1") is not None, "the create to be journalled")
                # Another service instance (the GUI builds one per environment switch) shares the rule.
                with CashoutService(SANDBOX_ENV, sandbox.url, sandbox.credentials, journal) as other:
                    [result] = other.reconcile()
                assert (result.before, result.after) == ("sending", "sending")
                assert "right now" in result.message
            finally:
                gate.set()
                sender.join()
    finally:
        relay.close()
    assert isinstance(outcomes[0], Created)
    entry = journal.get("sandbox", "busy-1")
    assert entry is not None and entry.state == "created"


# -- tupay-cli history / reconcile (tupay_desktop.cli.history) ---------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``tupay-cli`` in-process (its real entry point) and capture its output."""
    from tupay_desktop import cli

    capsys.readouterr()
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def default_journal_service(sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A service writing to the Desk's default journal (the one the CLI reads)."""
    creds = sandbox.credentials
    monkeypatch.setenv("TUPAY_API_KEY", creds.api_key)
    monkeypatch.setenv("TUPAY_API_PASSPHRASE", creds.passphrase)
    monkeypatch.setenv("TUPAY_API_SIGNATURE", creds.signature_secret)
    s = CashoutService(SANDBOX_ENV, sandbox.url, creds)
    yield s
    s.close()


def test_cli_history_lists_filters_and_exports(
    default_journal_service: CashoutService,
    sandbox: Any,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    import csv
    import json

    service = default_journal_service
    first = service.submit(make_request("cli-h-1", amount="1250.50"))
    assert isinstance(first, Created)
    service.submit(make_request("cli-h-2", amount="504.00"))
    sandbox.force_status(first.cashout_id, 3, rejection_code=806)
    service.lookup(external_id="cli-h-1")

    code, out, _ = run_cli(capsys, "history")
    assert code == 0
    assert "cli-h-1" in out and "REJECTED" in out and "1,250.50 PEN" in out and "José Peña" in out
    assert "DECLINED" in out and out.index("cli-h-2") < out.index("cli-h-1")  # newest first

    code, out, _ = run_cli(capsys, "history", "--status", "rejected", "--json")
    payload = json.loads(out)
    assert code == 0 and payload["count"] == 1
    [row] = payload["cashouts"]
    assert (row["external_id"], row["amount"], row["rejection_code"]) == ("cli-h-1", "1250.50", 806)

    code, out, _ = run_cli(capsys, "--json", "history", "--status", "declined,0", "--env", "sandbox")
    assert [c["external_id"] for c in json.loads(out)["cashouts"]] == ["cli-h-2"]
    code, out, _ = run_cli(capsys, "--json", "history", "--env", "staging")
    assert json.loads(out) == {"count": 0, "cashouts": []}
    code, out, _ = run_cli(capsys, "--json", "history", "--since", "2999-01-01")
    assert json.loads(out)["count"] == 0
    code, _, err = run_cli(capsys, "history", "--status", "paid")
    assert code == 2 and "unknown status" in err

    target = tmp_path / "out.csv"
    code, _, _ = run_cli(capsys, "history", "--csv", str(target))
    text = target.read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert code == 0 and [r["external_id"] for r in rows] == ["cli-h-2", "cli-h-1"]
    words = [(r["state_label"], r["status_label"]) for r in rows]
    assert words == [("Declined", ""), ("Created", "Rejected")]
    for secret in sandbox.credentials.secrets():
        assert secret not in text


def test_cli_reconcile_resolves_unknown_creates(
    default_journal_service: CashoutService, sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    sandbox.inject(Fault.RESET_AFTER_COMMIT)
    assert isinstance(default_journal_service.submit(make_request("cli-r-1")), OutcomeUnknown)
    # --base-url alone is its own environment (as for create): the sandbox's rows are not its rows.
    code, out, _ = run_cli(capsys, "reconcile", "--base-url", sandbox.url)
    assert code == 0 and "Nothing to reconcile" in out
    code, _, err = run_cli(capsys, "reconcile", "--env", "nowhere")
    assert code == 2 and "unknown environment" in err
    code, out, _ = run_cli(capsys, "--json", "reconcile", "--env", "sandbox", "--base-url", sandbox.url)
    assert code == 0
    payload = json.loads(out)
    assert payload["unresolved"] == 0
    [result] = payload["reconciled"]
    assert (result["external_id"], result["before"], result["after"]) == ("cli-r-1", "unknown", "created")
    code, out, _ = run_cli(capsys, "reconcile", "--env", "sandbox", "--base-url", sandbox.url)
    assert code == 0 and "Nothing to reconcile" in out


def test_cli_reconcile_with_the_built_in_sandbox(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sandbox_clock: FakeClock
) -> None:
    from tupay_desktop.service import open_journal
    from tupay_desktop.store import journal as journal_module

    monkeypatch.setattr(journal_module, "wall_clock", sandbox_clock.utc)  # the CLI's journal time
    with open_journal() as journal:
        journal.record_sending("sandbox", make_request("cli-r-2"), "{}")  # a crash right after journalling
    code, out, _ = run_cli(capsys, "reconcile")  # --env defaults to sandbox: the in-process one
    assert code == 3 and "cli-r-2: sending -> not_found_yet" in out and "not found yet" in out
    code, out, _ = run_cli(capsys, "history")
    assert "NOT_FOUND_YET" in out
    code, out, _ = run_cli(capsys, "reconcile")  # looked at again on a later run
    assert code == 3 and "cli-r-2: not_found_yet -> not_found_yet" in out
    past_the_settling_window(sandbox_clock)
    code, out, _ = run_cli(capsys, "reconcile")
    assert code == 0 and "cli-r-2: not_found_yet -> not_created" in out and "resubmit" in out


def test_cli_reconcile_takes_the_settling_window_from_the_settings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from datetime import timedelta

    from tupay_desktop.service import open_journal
    from tupay_desktop.store.settings import SettingsStore

    SettingsStore().settling_window = timedelta(0)  # the operator (or a test) shortened it
    with open_journal() as journal:
        journal.record_sending("sandbox", make_request("cli-r-0"), "{}")
    code, out, _ = run_cli(capsys, "reconcile")
    assert code == 0 and "cli-r-0: sending -> not_created" in out


def test_cli_reconcile_exit_3_when_a_lookup_fails(
    default_journal_service: CashoutService, sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    default_journal_service.journal.record_sending("sandbox", make_request("cli-r-3"), "{}")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    code, out, _ = run_cli(capsys, "reconcile", "--env", "sandbox", "--base-url", dead_url)
    assert code == 3 and "cli-r-3: sending -> sending" in out


def test_reconcile_never_overwrites_an_outcome_recorded_meanwhile_by_another_process(
    sandbox: Any, tmp_path: Path
) -> None:
    # The Desk and tupay-cli share the journal. The CLI's create is in flight (row 'sending', not
    # in this process's in-flight set); the Desk's reconcile looks it up before it arrives (509),
    # and the CLI records 'created' before the Desk records 'not_created'. The Desk must not
    # overwrite it: a created cashout shown as "not created" invites a second payment.
    path = tmp_path / "shared.sqlite3"
    cli_journal = Journal(path)
    request = make_request("race-1")
    cli_journal.record_sending("sandbox", request, "{}")
    created: list[Created] = []

    class DeskJournal(Journal):
        def mark(self, *args: Any, **kwargs: Any) -> Any:
            if not created:  # the CLI's create lands, and is journalled, just now
                with CashoutClient(sandbox.url, sandbox.credentials) as cli_client:
                    outcome = cli_client.create(request)
                assert isinstance(outcome, Created)
                created.append(outcome)
                cli_journal.record_outcome("sandbox", "race-1", outcome)
            return super().mark(*args, **kwargs)

    desk_journal = DeskJournal(path)
    try:
        with CashoutService(SANDBOX_ENV, sandbox.url, sandbox.credentials, desk_journal) as desk:
            [result] = desk.reconcile()
        entry = desk_journal.get("sandbox", "race-1")
        assert entry is not None and (entry.state, entry.cashout_id) == ("created", created[0].cashout_id)
        assert result.after == "created" and result.cashout_id == created[0].cashout_id
    finally:
        desk_journal.close()
        cli_journal.close()


def test_cli_reconcile_exit_1_when_tupay_refuses_the_lookups(
    default_journal_service: CashoutService, sandbox: Any, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Wrong credentials (401) are TuPay's answer, not a network problem: exit 1, as everywhere.
    default_journal_service.journal.record_sending("sandbox", make_request("cli-r-401"), "{}")
    monkeypatch.setenv("TUPAY_API_KEY", "wrong-key-0000")
    monkeypatch.setenv("TUPAY_API_PASSPHRASE", sandbox.credentials.passphrase)
    monkeypatch.setenv("TUPAY_API_SIGNATURE", sandbox.credentials.signature_secret)
    code, out, _ = run_cli(capsys, "reconcile", "--env", "sandbox", "--base-url", sandbox.url)
    assert code == 1 and "cli-r-401: sending -> sending" in out


class _D24StylePeer:
    """A loopback peer in front of the sandbox that answers status lookups as D24-style peers do:
    the sandbox's answer plus the cashout's ``cashout_id``. Everything else passes through."""

    def __init__(self, sandbox: Any) -> None:
        import http.server
        import threading

        import httpx

        upstream = httpx.Client(base_url=sandbox.url, timeout=10)
        peer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() in ("content-type", "payload-signature")}
                answer = upstream.post(self.path, content=body, headers=headers)
                content = answer.content
                if self.path == "/v3/cashout/status" and answer.status_code == 200:
                    found = sandbox.find(external_id=json.loads(body).get("external_id"))
                    content = json.dumps({**answer.json(), "cashout_id": found.cashout_id}).encode()
                    peer.answers.append(content)
                self.send_response(answer.status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.answers: list[bytes] = []
        self._upstream = upstream
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._upstream.close()


def test_an_adopted_row_takes_the_cashout_id_a_status_answer_carries(
    service: CashoutService, sandbox: Any, journal: Journal
) -> None:
    # Two creates whose answers were lost after TuPay committed them (outcome unknown, no id).
    for external_id in ("d24-1", "d24-2"):
        sandbox.inject(Fault.RESET_AFTER_COMMIT)
        assert isinstance(service.submit(make_request(external_id)), OutcomeUnknown)
    peer = _D24StylePeer(sandbox)
    try:
        with CashoutService(SANDBOX_ENV, peer.url, sandbox.credentials, journal) as d24:
            [one, two] = d24.reconcile()  # reconcile adopts them...
            looked = d24.lookup(external_id="d24-2")  # ...and a later lookup by external_id alone
        assert isinstance(looked, StatusResult) and looked.status.cashout_id is not None
    finally:
        peer.close()
    assert len(peer.answers) == 3 and all(b"cashout_id" in a for a in peer.answers)
    for result in (one, two):
        remote = sandbox.find(external_id=result.external_id)
        assert remote is not None
        entry = journal.get("sandbox", result.external_id)
        assert entry is not None and (entry.state, entry.cashout_id) == ("created", remote.cashout_id)
        assert (result.after, result.cashout_id) == ("created", remote.cashout_id)
        # Its status can now be followed by cashout_id, as for any created cashout.
        assert journal.get_by_cashout_id("sandbox", remote.cashout_id) == entry
