"""The Desk as a screen-reader user meets it: its controls found by role and accessible name.

:class:`DeskUI` wraps the main window's accessible (a :class:`~tests.e2e.driver.Node`) with what
the journeys do - fill the form, send, look a cashout up, switch tab or environment - and what they
read: the form's outcome line, the cashout view's status, meaning, identifiers, rejection and
error, and the History table cell by cell. :meth:`DeskUI.story` reads all three for one
external_id at once, and :func:`expect_story` waits (bounded) until they tell the expected story,
else raises :class:`StoryMismatch` saying what each view said.

Accessibles are found by role and name; the only exception is the form's outcome line, which has no
name of its own (its text is its name), found by its Qt object name (AT-SPI's accessible id).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.e2e.driver import WAIT_S, Node, Table, WaitTimeout, wait_until

#: How long the views get to agree once the journey's last step is done (seconds).
STORY_WAIT_S = 6.0

#: A valid beneficiary, as in the README's quick start.
BENEFICIARY = {
    "Beneficiary first name": "María",
    "Beneficiary last name": "Quispe",
    "Document number": "45872211",
    "Bank account (CCI, 20 digits)": "00219300153895206813",
}


class StoryMismatch(AssertionError):
    """The form, the cashout view and the History do not tell the story the journey expects."""


@dataclass
class Story:
    """What each view says about one cashout."""

    form: str
    external_id_field: str
    status: str
    meaning: str
    ids: str
    rejection: str
    error: str
    history: dict[str, str] | None
    history_rows: list[dict[str, str]] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"  form outcome line: {self.form!r}\n"
            f"  form external id:  {self.external_id_field!r}\n"
            f"  cashout view:      status={self.status!r} ids={self.ids!r}\n"
            f"                     meaning={self.meaning!r}\n"
            f"                     rejection={self.rejection!r} error={self.error!r}\n"
            f"  History row:       {self.history!r}\n"
            f"  History (all):     {self.history_rows!r}"
        )


class DeskUI:
    def __init__(self, window: Node) -> None:
        self.window = window

    # -- environment -----------------------------------------------------------------------------

    def sandbox_url(self) -> str:
        label = self.window.get("label", name_re=r"^Local sandbox at http://127\.0\.0\.1:\d+", timeout=30)
        match = re.search(r"http://127\.0\.0\.1:\d+", label.name)
        assert match is not None, label.name
        return match.group(0)

    def environment_button(self, name: str) -> Node:
        return self.window.get("check box", f"Environment {name}")

    def switch_environment(self, name: str) -> None:
        button = self.environment_button(name)
        if not button.checked:
            button.press()
        wait_until(lambda: self.environment_button(name).checked, f"environment {name} selected")
        wait_until(lambda: self.window.refresh().name.lower().startswith(f"{name.lower()} — "),
                   f"the window title names {name}")

    # -- form ------------------------------------------------------------------------------------

    def form(self) -> Node:
        return self.window.get(id_re=r"\.cashoutForm$")

    def field(self, name: str) -> Node:
        return self.form().get("text", name)

    def fill(self, amount: str, **overrides: str) -> None:
        values = dict(BENEFICIARY)
        values.update(overrides)
        values["Amount"] = amount
        for name, value in values.items():
            node = self.field(name)
            node.set_text(value)
            wait_until(lambda node=node, value=value: node.refresh().text == value,
                       f"the field {name!r} holds {value!r}")

    def external_id(self) -> str:
        return self.field("External id").text

    def send_button(self) -> Node:
        return self.form().get("push button", "Send cashout")

    def send(self) -> None:
        """Press Send once it is enabled (the form validates as it is typed)."""
        button = wait_until(lambda: (b := self.send_button()).enabled and b,
                            lambda: f"Send enabled (form says {self.form_note()!r})")
        button.press()

    def form_note(self) -> str:
        note = self.form().find(id_re=r"\.sendNote$")
        return note.name if note is not None else ""

    def outcome(self) -> str:
        """The form's outcome line ("" while hidden)."""
        label = self.form().find("label", id_re=r"\.outcome$")
        return label.name if label is not None else ""

    def wait_outcome(self, pattern: str, timeout: float = WAIT_S) -> str:
        return wait_until(
            lambda: (text := self.outcome()) and re.search(pattern, text) and text,
            lambda: f"the form's outcome line to match {pattern!r} (it says {self.outcome()!r})",
            timeout,
        )

    # -- tabs ------------------------------------------------------------------------------------

    def show_tab(self, name: str) -> None:
        tab = self.window.get("page tab", name)
        if "selected" not in tab.states:
            tab.press()
        wait_until(lambda: "selected" in self.window.get("page tab", name).states, f"tab {name!r} shown")

    # -- cashout view ----------------------------------------------------------------------------

    def cashout_view(self) -> Node:
        self.show_tab("Cashout and exchange")
        return self.window.get(id_re=r"\.CashoutView$")

    def _value(self, view: Node, name: str) -> str:
        label = view.find("label", name)
        if label is None:
            return ""
        return label.description

    def view_state(self) -> dict[str, str]:
        view = self.cashout_view()
        return {
            "status": self._value(view, "Cashout status"),
            "meaning": self._value(view, "Status meaning"),
            "ids": self._value(view, "Cashout identifiers"),
            "rejection": self._value(view, "Rejection"),
            "error": self._value(view, "Error"),
        }

    def wait_view_status(self, status: str, timeout: float = WAIT_S) -> dict[str, str]:
        return wait_until(
            lambda: (state := self.view_state())["status"] == status and state,
            lambda: f"the cashout view to say {status!r} (it says {self.view_state()!r})",
            timeout,
        )

    def refresh_view(self) -> None:
        self.cashout_view().get("push button", "Refresh").press()

    def look_up(self, text: str) -> None:
        view = self.cashout_view()
        field_ = view.get("text", "Cashout to look up")
        field_.set_text(text)
        wait_until(lambda: field_.refresh().text == text, "the lookup field holds the text")
        button = wait_until(lambda: (b := view.get("push button", "Look up")).enabled and b,
                            "Look up enabled")
        button.press()

    # -- history ---------------------------------------------------------------------------------

    def history(self) -> Table:
        self.show_tab("History")
        return self.window.get("table", "Cashout history").table()

    def history_view(self) -> Node:
        self.show_tab("History")
        return self.window.get(id_re=r"\.HistoryView$")

    # -- all at once -----------------------------------------------------------------------------

    def story(self, external_id: str) -> Story:
        table = self.history()
        rows = table.records()
        row = next((r for r in rows if r.get("External ID") == external_id), None)
        view = self.view_state()
        return Story(
            form=self.outcome(),
            external_id_field=self.external_id(),
            history=row,
            history_rows=rows,
            **view,
        )


def expect_story(desk: DeskUI, external_id: str, check: Callable[[Story], list[str]],
                 timeout: float = STORY_WAIT_S) -> Story:
    """Wait until ``check(story)`` finds no problem; else :class:`StoryMismatch` with the problems
    and what every view said last."""
    last: list[tuple[Story | None, list[str]]] = [(None, ["nothing read yet"])]

    def agreed() -> Story | None:
        story = desk.story(external_id)
        problems = check(story)
        last[0] = (story, problems)
        return story if not problems else None

    try:
        return wait_until(agreed, "the views to agree", timeout)
    except WaitTimeout:
        story, problems = last[0]
        raise StoryMismatch(
            f"the views do not tell one story about {external_id}:\n- " + "\n- ".join(problems)
            + f"\nwhat they said:\n{story}"
        ) from None
