"""Operator journeys through the real Desk, driven and read over AT-SPI as a screen reader does.

Each journey ends by reading what the form's outcome line, the cashout view and the History row say
about the cashout, and asserts that they tell one and the same, correct story (issue 10): since the
state feed, every view renders the cashout from its journal row, so they do (the journeys were
strict xfails until then).

The Desk's embedded sandbox is frozen at start (tests/e2e/sandboxes.py); ``run_lifecycle()`` moves
every open cashout to its end at once, so nothing waits for the wall clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.e2e.conftest import RunningDesk
from tests.e2e.desk import DeskUI, Story, expect_story
from tests.e2e.driver import wait_until
from tests.e2e.sandboxes import SecondSandbox
from tests.e2e.session import A11ySession, DeskProcess
from tupay_desktop.store.credentials import SERVICE, encode_entry
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind, SettingsStore

pytestmark = pytest.mark.e2e


def created(ui: DeskUI) -> tuple[int, str]:
    """Wait for the form to say "Created"; the cashout_id and external_id it names."""
    text = ui.wait_outcome(r"^Created: cashout \d+")
    match = re.search(r"cashout (\d+) \(external id ([^)]+)\)", text)
    assert match is not None, text
    return int(match.group(1)), match.group(2)


def rows_for(story: Story, external_id: str) -> list[dict[str, str]]:
    return [r for r in story.history_rows if r.get("External ID") == external_id]


def view_shows(story: Story, cashout_id: int | None, external_id: str) -> list[str]:
    problems = []
    if cashout_id is not None and f"cashout_id {cashout_id}" not in story.ids:
        problems.append(f"the cashout view does not name cashout_id {cashout_id}")
    if f"external_id {external_id}" not in story.ids:
        problems.append(f"the cashout view does not name external_id {external_id}")
    if story.error:
        problems.append(f"the cashout view shows an error: {story.error!r}")
    return problems


def history_says(story: Story, external_id: str, status: str | re.Pattern[str], **cells: str) -> list[str]:
    """Problems with the History row of ``external_id`` (exactly one, its Status ``status`` - a
    pattern to match in full, or the exact text - and the given cells)."""
    rows = rows_for(story, external_id)
    if len(rows) != 1:
        return [f"History has {len(rows)} rows for {external_id}, not 1"]
    row = rows[0]
    problems = []
    said = row.get("Status", "")
    if not (status.fullmatch(said) if isinstance(status, re.Pattern) else said == status):
        wanted = status.pattern if isinstance(status, re.Pattern) else status
        problems.append(f"History says {said!r} for {external_id}, not {wanted!r}")
    for column, value in cells.items():
        column = column.replace("_", " ")
        if row.get(column) != value:
            problems.append(f"History's {column!r} is {row.get(column)!r}, not {value!r}")
    return problems


# -- journeys ---------------------------------------------------------------------------------------


def test_a_completed_cashout(desk: RunningDesk) -> None:
    ui = desk.ui
    ui.fill("150.00")
    external_id = ui.external_id()
    ui.send()
    cashout_id, said = created(ui)
    assert said == external_id
    assert desk.sandbox.find(external_id)["status"] == 0  # type: ignore[index]
    ui.wait_view_status("Pending")

    assert desk.sandbox.run_lifecycle()[0]["status"] == 1
    ui.refresh_view()  # F5: the operator asks the cashout view to look again
    ui.wait_view_status("Completed")

    def check(story: Story) -> list[str]:
        problems = view_shows(story, cashout_id, external_id)
        if story.status != "Completed":
            problems.append(f"the cashout view says {story.status!r}")
        if f"cashout {cashout_id}" not in story.form:
            problems.append("the form's outcome line no longer names the cashout")
        problems += history_says(story, external_id, "COMPLETED", Cashout_ID=str(cashout_id),
                                 Amount="150.00", Environment="Sandbox")
        return problems

    expect_story(ui, external_id, check)


def test_a_rejection(desk: RunningDesk) -> None:
    ui = desk.ui
    ui.fill("813.00")  # sandbox magic amount: the normal lifecycle, then REJECTED 813
    ui.send()
    cashout_id, external_id = created(ui)
    ui.wait_view_status("Pending")

    final = {c["external_id"]: c for c in desk.sandbox.run_lifecycle()}[external_id]
    assert (final["status"], final["rejection_code"]) == (3, 813)
    ui.refresh_view()
    ui.wait_view_status("Rejected")

    def check(story: Story) -> list[str]:
        problems = view_shows(story, cashout_id, external_id)
        if story.status != "Rejected":
            problems.append(f"the cashout view says {story.status!r}")
        if "813" not in story.rejection:
            problems.append(f"the cashout view's rejection does not give the code 813: {story.rejection!r}")
        problems += history_says(story, external_id, "REJECTED", Cashout_ID=str(cashout_id))
        return problems

    expect_story(ui, external_id, check)


def test_a_decline_then_a_new_send(desk: RunningDesk) -> None:
    ui = desk.ui
    ui.fill("504.00")  # sandbox magic amount: declined with code 504, nothing created
    declined_id = ui.external_id()
    ui.send()
    ui.wait_outcome(r"^Not created")
    assert desk.sandbox.find(declined_id) is None

    def after_decline(story: Story) -> list[str]:
        problems = []
        if "504" not in story.form and "cadastral" not in story.form:
            problems.append("the form's outcome line does not explain the decline")
        problems += history_says(story, declined_id, re.compile(r"Declined \(.*504\)"))
        if story.external_id_field == declined_id:
            problems.append("the form still offers the declined external_id for the next send")
        elif story.external_id_field not in story.form and not ui.field("External id").description:
            problems.append("the form does not say that it moved to a new external_id")
        return problems

    before = expect_story(ui, declined_id, after_decline)
    declined_row = rows_for(before, declined_id)[0]
    new_id = before.external_id_field

    amount = ui.field("Amount")
    amount.set_text("100.00")
    wait_until(lambda: amount.refresh().text == "100.00", "the amount is 100.00")
    ui.send()
    cashout_id, said = created(ui)
    assert said == new_id
    ledger = desk.sandbox.cashouts()
    assert [c["external_id"] for c in ledger] == [new_id]
    ui.wait_view_status("Pending")

    def after_new_send(story: Story) -> list[str]:
        problems = view_shows(story, cashout_id, new_id)
        problems += history_says(story, new_id, "PENDING", Cashout_ID=str(cashout_id), Amount="100.00")
        kept = rows_for(story, declined_id)
        if kept != [declined_row]:
            problems.append(f"History no longer shows the declined row as it was: {kept!r}")
        return problems

    expect_story(ui, new_id, after_new_send)


def test_an_unknown_outcome_that_resolves(desk: RunningDesk) -> None:
    ui = desk.ui
    ui.fill("666.66")  # sandbox magic amount: created, then the connection is reset (no answer)
    external_id = ui.external_id()
    ui.send()
    ui.wait_outcome(r"Outcome unknown|Found it")
    ledger = desk.sandbox.find(external_id)
    assert ledger is not None and ledger["status"] == 0, "the sandbox created it"

    # A status answer carries no cashout_id (spec §6): found by external_id, the cashout_id stays
    # unknown to the Desk, so no view is asked to show it.
    def found(status_word: str, history_status: str) -> Callable[[Story], list[str]]:
        def check(story: Story) -> list[str]:
            problems = view_shows(story, None, external_id)
            if story.status != status_word:
                problems.append(f"the cashout view says {story.status!r}, not {status_word!r}")
            if "unknown" in story.form.lower() or "was created" not in story.form:
                problems.append("the form's outcome line does not say that the cashout was found")
            problems += history_says(story, external_id, history_status)
            return problems

        return check

    expect_story(ui, external_id, found("Pending", "PENDING"))

    desk.sandbox.run_lifecycle()
    ui.refresh_view()
    ui.wait_view_status("Completed")
    expect_story(ui, external_id, found("Completed", "COMPLETED"))


def test_a_lookup_error_after_a_shown_cashout(desk: RunningDesk) -> None:
    ui = desk.ui
    ui.fill("150.00")
    ui.send()
    cashout_id, external_id = created(ui)
    ui.wait_view_status("Pending")

    ui.look_up("99999999")  # no such cashout: TuPay answers 509
    wait_until(lambda: "not found" in ui.view_state()["error"].lower() or None,
               lambda: f"the lookup error (the view says {ui.view_state()!r})")

    def check(story: Story) -> list[str]:
        problems = []
        if "not found" not in story.error.lower():
            problems.append(f"the cashout view does not show the lookup error: {story.error!r}")
        if story.ids or story.status or story.meaning:
            problems.append("the cashout view still shows the previous cashout beside the error "
                            f"(ids={story.ids!r}, status={story.status!r})")
        if f"cashout {cashout_id}" not in story.form:
            problems.append("the form's outcome line lost the cashout it sent")
        problems += history_says(story, external_id, "PENDING", Cashout_ID=str(cashout_id))
        return problems

    expect_story(ui, external_id, check)


SECOND_NAME = "Second sandbox"
SECOND_KEY = "custom-second"


def test_an_environment_switch(start_desk: object, a11y_session: A11ySession) -> None:
    """Sandbox → a Custom environment (a second sandbox) → Sandbox: each environment's form line and
    cashout view are its own, History keeps both cashouts under their own environment."""
    assert callable(start_desk)
    with SecondSandbox() as second:

        def seed(process: DeskProcess) -> None:
            # What Settings would save: a Custom environment, and its credentials in the keyring.
            settings = SettingsStore(process.config_dir / "settings.json")
            settings.put(EnvironmentConfig(SECOND_KEY, EnvironmentKind.CUSTOM, SECOND_NAME, second.url))
            stored = a11y_session.secret_tool(
                "store", f"--label={SERVICE} {SECOND_KEY}", "service", SERVICE, "username", SECOND_KEY,
                input=encode_entry(second.sandbox.credentials).decode(),
            )
            assert stored.returncode == 0, stored.stderr

        desk: RunningDesk = start_desk(seed)
        ui = desk.ui
        ui.fill("150.00")
        ui.send()
        sandbox_id, sandbox_external = created(ui)
        ui.wait_view_status("Pending")

        ui.switch_environment(SECOND_NAME)
        wait_until(lambda: ui.form().find("push button", "Send cashout") and ui.send_button(), "the form")

        def clean(story: Story) -> list[str]:
            problems = []
            if story.form:
                problems.append(f"the form still shows the other environment's outcome: {story.form!r}")
            if story.ids or story.status:
                problems.append(f"the cashout view still shows the other environment's cashout: "
                                f"{story.ids!r}")
            problems += history_says(story, sandbox_external, "PENDING", Environment="Sandbox",
                                     Cashout_ID=str(sandbox_id))
            return problems

        expect_story(ui, sandbox_external, clean)

        ui.fill("200.00")
        ui.send()
        second_id, second_external = created(ui)
        ui.wait_view_status("Pending")
        assert second.sandbox.find(external_id=second_external) is not None
        assert second.sandbox.find(external_id=sandbox_external) is None
        assert desk.sandbox.find(second_external) is None

        def in_second(story: Story) -> list[str]:
            problems = view_shows(story, second_id, second_external)
            problems += history_says(story, second_external, "PENDING", Environment=SECOND_NAME,
                                     Cashout_ID=str(second_id), Amount="200.00")
            problems += history_says(story, sandbox_external, "PENDING", Environment="Sandbox")
            return problems

        expect_story(ui, second_external, in_second)

        ui.switch_environment("Sandbox")
        expect_story(ui, sandbox_external, clean_of(second_external, second_id))


def clean_of(external_id: str, cashout_id: int) -> Callable[[Story], list[str]]:
    def check(story: Story) -> list[str]:
        problems = []
        if story.form:
            problems.append(f"the form still shows the other environment's outcome: {story.form!r}")
        if external_id in story.ids or str(cashout_id) in story.ids:
            problems.append(f"the cashout view still shows the other environment's cashout: {story.ids!r}")
        problems += history_says(story, external_id, "PENDING", Environment=SECOND_NAME)
        return problems

    return check
