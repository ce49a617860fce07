"""The create form against the in-process sandbox: send, validation next to each field, no double send."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.relay import GatedRelay
from tupay_desktop.api.models import CashoutStatusCode
from tupay_desktop.sandbox import Fault
from tupay_desktop.ui.cashout_form import CashoutForm

from .conftest import VALID_FORM, Desk, fill_form, route_through


def test_fill_and_send_shows_the_cashout_and_follows_it_to_completed(
    qtbot: QtBot, make_desk: Callable[..., Desk], sandbox_clock: Any
) -> None:
    desk = make_desk()
    window = desk.window
    fill_form(window)
    external_id = window.form.external_id
    assert window.form.send_button.isEnabled()
    assert window.form.send_button.text() == "Send to Sandbox"

    qtbot.mouseClick(window.form.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)

    created = desk.sandbox.cashouts()
    assert [c.external_id for c in created] == [external_id]
    assert str(created[0].amount) in ("150", "150.00")
    assert "Created" in window.form.outcome_text()
    # The view follows it: PENDING → … → COMPLETED (the sandbox's clock moves on; short back-off).
    qtbot.waitUntil(lambda: window.cashout_view.cashout_id == created[0].cashout_id, timeout=5000)
    qtbot.waitUntil(lambda: window.cashout_view.status is not None, timeout=5000)
    assert window.cashout_view.status is not None
    assert window.cashout_view.status.code == CashoutStatusCode.PENDING
    sandbox_clock.advance(1.0)
    qtbot.waitUntil(
        lambda: window.cashout_view.status is not None
        and window.cashout_view.status.code == CashoutStatusCode.COMPLETED,
        timeout=15_000,
    )
    # The inspector shows the redacted create exchange.
    exchanges = window.inspector.exchanges()
    assert any(e.method == "POST" and e.url.endswith("/v3/cashout") for e in exchanges)
    assert all('"pass":"***"' in e.request_body for e in exchanges)
    # A new external id for the next cashout.
    assert window.form.external_id != external_id


def test_fresh_form_shows_no_errors_but_cannot_send(qtbot: QtBot) -> None:
    form = CashoutForm()
    qtbot.addWidget(form)
    assert not form.send_button.isEnabled()
    for name in VALID_FORM:
        assert not form.error_label(name).isVisible()
        assert form.error_label(name).text() == ""
    assert form.external_id.startswith("desk-") and len(form.external_id) == 25


def test_each_invalid_field_is_explained_next_to_it_and_send_is_disabled(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    window = make_desk().window
    form = window.form
    bad = {
        "amount": "12.345",
        "document_id": "1234",
        "beneficiary_name": "",
        "beneficiary_lastname": "x" * 101,
        "bank_account": "0032000131035664233",
        "notification_url": "ftp://nope",
        "external_id": "",
    }
    for name, value in bad.items():
        fill_form(window)
        field = form.field(name)
        assert isinstance(field, QLineEdit)
        field.setFocus()
        field.selectAll()
        if value:
            qtbot.keyClicks(field, value)
        else:
            qtbot.keyClick(field, Qt.Key.Key_Delete)
            if field.text():
                field.clear()
                form._on_edited(name)
        if field.maxLength() < len(value):
            # The widget caps the length itself; the cap is the rule, so nothing to explain.
            continue
        label = form.error_label(name)
        assert label.isVisibleTo(form), name
        assert label.text(), name
        assert not form.send_button.isEnabled(), name
        # Every other field stays quiet.
        others = [n for n in VALID_FORM if n != name and form.error_label(n).text()]
        assert others == [], name


def test_send_attempt_on_an_empty_form_reveals_every_problem(qtbot: QtBot) -> None:
    form = CashoutForm()
    qtbot.addWidget(form)
    form.show()
    sent: list[Any] = []
    form.send_requested.connect(sent.append)
    form.request_send()
    assert sent == []
    for name in ("amount", "document_id", "beneficiary_name", "bank_account"):
        assert form.error_label(name).isVisible(), name


def test_bank_name_appears_as_the_cci_is_typed(qtbot: QtBot) -> None:
    form = CashoutForm()
    qtbot.addWidget(form)
    field = form.field("bank_account")
    assert isinstance(field, QLineEdit)
    qtbot.keyClicks(field, "00")
    assert "Interbank" not in form.bank_label.text()
    qtbot.keyClicks(field, "3")
    assert form.bank_label.text() == "Interbank"
    field.setText("002")
    assert form.bank_label.text() == "Banco de Crédito del Perú"


def test_preview_is_the_redacted_body_with_its_signature(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    window = desk.window
    fill_form(window)
    qtbot.waitUntil(lambda: "Payload-Signature" in window.form.preview.toPlainText(), timeout=3000)
    text = window.form.preview.toPlainText()
    # The exact compact bytes that are signed and sent, on one line (the last), under a note…
    body_line = text.splitlines()[-1]
    assert body_line.startswith("{") and ": " not in body_line
    assert "exactly these bytes" in text.splitlines()[-2]
    body = json.loads(body_line)
    assert body["login"] == "***" and body["pass"] == "***"
    # …and first pretty-printed, the same JSON, the amount as sent (two decimals).
    pretty = text.split("\n\n")[1]
    assert pretty.startswith("{\n  \"login\": \"***\",\n") and json.loads(pretty) == body
    assert '"amount": 150.00,' in pretty and '"amount":150.00,' in body_line
    assert body["external_id"] == window.form.external_id
    assert desk.sandbox.credentials.api_key not in text
    assert desk.sandbox.credentials.passphrase not in text
    assert window.service is not None
    request = window.form.request()
    assert request is not None
    assert window.service.prepare(request).signature in text


def test_double_click_and_double_ctrl_enter_send_once(
    qtbot: QtBot, make_desk: Callable[..., Desk], relay: GatedRelay
) -> None:
    desk = make_desk()
    window = desk.window
    route_through(qtbot, window, relay)
    relay.hold()  # the first create stays in flight while the operator keeps clicking
    fill_form(window)
    qtbot.mouseDClick(window.form.send_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.form.send_button, Qt.MouseButton.LeftButton)
    window.form.request_send()
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.send_action.trigger()
    qtbot.waitUntil(lambda: relay.waiting > 0, timeout=5000)  # one create is on its way, held
    window.send_action.trigger()  # and more tries while it is
    window.form.request_send()
    relay.release()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    assert len(desk.sandbox.cashouts()) == 1
    # And Ctrl+Enter twice on the next cashout (another amount, so no duplicate warning): one more.
    fill_form(window, amount="151.00")
    window.send_action.trigger()
    window.send_action.trigger()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    assert len(desk.sandbox.cashouts()) == 2


def test_outcome_unknown_keeps_the_external_id_and_looks_it_up(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    window = desk.window
    fill_form(window)
    external_id = window.form.external_id
    shown: list[tuple[str, str]] = []
    original = window.form.show_outcome

    def spy(text: str, kind: str, detail: str = "") -> None:
        shown.append((text, kind))
        ids_seen.append(window.form.external_id)
        original(text, kind, detail)

    ids_seen: list[str] = []
    window.form.show_outcome = spy  # type: ignore[method-assign]
    desk.sandbox.inject(Fault.RESET_AFTER_COMMIT)
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    unknown = [i for i, (text, _kind) in enumerate(shown) if text.startswith("Outcome unknown")]
    assert unknown, shown
    assert ids_seen[unknown[0]] == external_id
    assert len(desk.sandbox.cashouts()) == 1
    # The lookup by external id finds it, and only then does the form move on.
    qtbot.waitUntil(lambda: window.cashout_view.external_id == external_id, timeout=5000)
    qtbot.waitUntil(lambda: window.form.unresolved_external_id is None, timeout=10_000)
    assert "Found it" in window.form.outcome_text()


def test_a_possible_duplicate_is_shown_before_sending(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    desk = make_desk()
    window = desk.window
    fill_form(window)
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    assert len(desk.sandbox.cashouts()) == 1
    # The same beneficiary account and amount again, under the new external id.
    qtbot.mouseClick(window.form.same_beneficiary_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.form.field("amount"), VALID_FORM["amount"])
    window.form.request_send()
    qtbot.waitUntil(lambda: window.duplicates_box is not None, timeout=5000)
    box = window.duplicates_box
    assert box is not None
    assert desk.sandbox.cashouts()[0].external_id in box.informativeText()
    box.reject()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=5000)
    assert len(desk.sandbox.cashouts()) == 1
    # The operator may go on.
    window.form.request_send()
    qtbot.waitUntil(lambda: window.duplicates_box is not None, timeout=5000)
    box = window.duplicates_box
    assert box is not None
    send_anyway = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
    send_anyway.click()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    assert len(desk.sandbox.cashouts()) == 2


@pytest.mark.parametrize("dark", [False, True])
def test_a_disabled_send_button_looks_disabled_and_stays_readable(
    make_desk: Callable[..., Desk], dark: bool
) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from tupay_desktop.ui import theme
    from tupay_desktop.ui.badges import contrast_ratio

    saved = QPalette(QApplication.palette())
    try:
        if dark:
            palette = QPalette()
            for role, colour in ((QPalette.ColorRole.Window, "#2b2d30"),
                                 (QPalette.ColorRole.Button, "#3a3c40"),
                                 (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                                 (QPalette.ColorRole.Mid, "#4a4c50")):
                palette.setColor(role, QColor(colour))
            QApplication.setPalette(palette)
        form = make_desk().window.form
        assert not form.send_button.isEnabled()  # the form starts empty
        pal = QApplication.palette()
        text, button = pal.color(QPalette.ColorRole.ButtonText), pal.color(QPalette.ColorRole.Button)
        greyed = theme.disabled_text_colour()
        assert theme.css(greyed) in form.send_button.styleSheet()
        assert contrast_ratio(greyed, button) >= 3.0  # readable…
        assert contrast_ratio(greyed, button) < contrast_ratio(text, button) - 2  # …and visibly greyed
    finally:
        QApplication.setPalette(saved)


def test_the_duplicate_warning_counts_unknown_not_found_yet_and_not_created_rows(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    from tupay_desktop.api.validation import validate_form

    desk = make_desk()
    window = desk.window
    qtbot.waitUntil(lambda: window.runner.active_count() == 0, timeout=5000)  # the start's reconcile
    # Earlier creates of this very payment whose money may still leave: one whose outcome is
    # unknown, one TuPay had not found yet, one reconciled "not created" (it may be resubmitted,
    # or TuPay may commit it late). A declined one and a conflict paid nothing.
    states = {"earlier-unknown": "unknown", "earlier-not-yet": "not_found_yet",
              "earlier-missing": "not_created", "earlier-declined": "declined",
              "earlier-conflict": "conflict"}
    for external_id, state in states.items():
        request, problems = validate_form({**VALID_FORM, "external_id": external_id})
        assert request is not None and not problems
        desk.journal.record_sending("sandbox", request, "{}")
        desk.journal.mark("sandbox", external_id, state)
    fill_form(window)
    window.form.request_send()
    qtbot.waitUntil(lambda: window.duplicates_box is not None, timeout=5000)
    box = window.duplicates_box
    assert box is not None
    assert "3 cashout(s)" in box.text() or "3 cashouts" in box.text()
    listed = box.informativeText()
    assert "earlier-unknown" in listed and "Outcome unknown" in listed
    assert "earlier-not-yet" in listed and "Not found yet" in listed
    assert "earlier-missing" in listed and "Not created" in listed
    assert "earlier-declined" not in listed and "earlier-conflict" not in listed
    box.reject()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=5000)
    assert desk.sandbox.cashouts() == []


def test_a_511_on_a_first_send_is_shown_as_a_conflict_never_created(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    from tupay_desktop.api.client import CashoutClient
    from tupay_desktop.api.models import Created
    from tupay_desktop.api.validation import validate_form
    from tupay_desktop.ui.history import status_word

    desk = make_desk()
    window = desk.window
    # Another Desk (another journal) already sent this typed external_id for someone else.
    theirs, _ = validate_form({**VALID_FORM, "external_id": "typed-x1", "amount": "990.00",
                               "beneficiary_name": "Rosa"})
    assert theirs is not None
    with CashoutClient(desk.sandbox.url, desk.sandbox.credentials) as other:
        assert isinstance(other.create(theirs), Created)
    fill_form(window, external_id="typed-x1")
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    text = window.form.outcome_text()
    assert text.startswith("Conflict — NOT created") and "typed-x1" in text and "Nothing was paid" in text
    entry = desk.journal.get("sandbox", "typed-x1")
    assert entry is not None and (entry.state, entry.cashout_id) == ("conflict", None)
    assert status_word(entry) == "Conflict — id used by another cashout"
    history = window.history
    assert history is not None
    qtbot.waitUntil(lambda: history.model.rowCount() == 1 and not history.model.loading, timeout=5000)
    assert history.model.entry(0).state == "conflict"
    model = history.model
    [column] = [c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == "Status"]
    assert model.index(0, column).data() == "Conflict"  # the sentence is in its tooltip
    assert "Conflict — id used by another cashout" in model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert len(desk.sandbox.cashouts()) == 1  # only theirs
