"""The create form as an operator uses it all day: what it keeps and clears after each outcome,
what it does on arriving in Production, how it looks while a send is in flight, messages that move
nothing, pasted numbers cleaned, and a focus ring that shows on the coloured Send button."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tupay_desktop.ui import theme
from tupay_desktop.ui.badges import contrast_ratio
from tupay_desktop.ui.cashout_form import BENEFICIARY_FIELDS, CashoutForm

from .conftest import VALID_FORM, Desk, fill_form

DEFAULTS = {"currency": "USD", "account_type": "C", "country": "PE",
            "notification_url": "https://merchant.example/notify", "comments": "desk test",
            "document_type": "DNI"}


def _send_and_wait(qtbot: QtBot, desk: Desk) -> None:
    desk.window.form.request_send()
    qtbot.waitUntil(lambda: not desk.window.create_in_flight, timeout=10_000)


# ------------------------------------------------------------------------------- life cycle


def test_after_a_created_cashout_the_beneficiary_and_amount_are_cleared_under_a_new_id(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    form = desk.window.form
    fill_form(desk.window, currency="USD", account_type="C")
    first_id = form.external_id
    assert not form.same_beneficiary_button.isVisible()  # nothing was paid yet
    _send_and_wait(qtbot, desk)
    assert "Created" in form.outcome_text()

    values = form.values()
    for name in ("beneficiary_name", "beneficiary_lastname", "document_id", "bank_account", "amount"):
        assert values[name] == "", name
    for name, value in DEFAULTS.items():  # the environment's defaults stay
        assert values[name] == value, name
    assert form.external_id != first_id and form.external_id.startswith("desk-")
    # Ready for the next beneficiary: no "Required" under the cleared fields, and nothing to send.
    assert [n for n in VALID_FORM if form.error_label(n).text()] == []
    assert not form.send_button.isEnabled()
    desk.window.send_action.trigger()  # Ctrl+Enter
    assert not desk.window.create_in_flight and len(desk.sandbox.cashouts()) == 1


def test_same_beneficiary_again_refills_the_beneficiary_under_a_new_id(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    form = desk.window.form
    fill_form(desk.window, account_type="C", beneficiary_name="María José", beneficiary_lastname="Peña")
    _send_and_wait(qtbot, desk)
    second_id = form.external_id
    button = form.same_beneficiary_button
    assert button.isVisible() and button.isEnabled()
    assert "María José Peña" in button.toolTip()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    values = form.values()
    for name in BENEFICIARY_FIELDS:
        assert values[name] == {**VALID_FORM, "account_type": "C", "beneficiary_name": "María José",
                                "beneficiary_lastname": "Peña"}[name], name
    assert values["amount"] == ""  # the amount is the operator's to type
    assert form.external_id not in (second_id, desk.sandbox.cashouts()[0].external_id)
    assert QApplication.focusWidget() is form.field("amount")

    qtbot.keyClicks(form.field("amount"), "75.00")  # another amount: no duplicate warning
    _send_and_wait(qtbot, desk)
    first, second = desk.sandbox.cashouts()
    assert (second.bank_account, second.document_id, second.beneficiary_name) == (
        first.bank_account, first.document_id, first.beneficiary_name)
    assert second.external_id != first.external_id


@pytest.mark.parametrize("amount", ["504.00", "666.66"])  # declined; outcome unknown (then found)
def test_after_a_decline_or_an_unknown_outcome_the_fields_stay(
    qtbot: QtBot, make_desk: Callable[..., Desk], amount: str
) -> None:
    desk = make_desk()
    form = desk.window.form
    fill_form(desk.window, amount=amount)
    shown: list[dict[str, str]] = []
    original = form.show_outcome

    def spy(text: str, kind: str, detail: str = "") -> None:
        original(text, kind, detail)
        shown.append(form.values())

    form.show_outcome = spy  # type: ignore[method-assign]
    form.request_send()
    qtbot.waitUntil(lambda: not desk.window.create_in_flight, timeout=10_000)
    after = shown[-1]  # right after the outcome arrived
    for name in ("beneficiary_name", "beneficiary_lastname", "document_id", "bank_account", "amount"):
        assert after[name] == {**VALID_FORM, "amount": amount}[name], name
    if amount == "504.00":
        assert "Not created" in form.outcome_text()
        assert form.values()["bank_account"] == VALID_FORM["bank_account"]
        assert not form.same_beneficiary_button.isVisible()


def _production_desk(qtbot: QtBot, make_desk: Callable[..., Desk]) -> Desk:
    desk = make_desk(production=True)
    desk.window.select_environment("sandbox")
    qtbot.waitUntil(lambda: desk.window.service is not None and desk.window.environment.is_sandbox,
                    timeout=5000)
    return desk


def test_switching_into_production_clears_the_amount_and_says_so(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = _production_desk(qtbot, make_desk)
    window, form = desk.window, desk.window.form
    fill_form(window, amount="666.66")  # the sandbox's magic amount, typed for the Sandbox
    window.select_environment("production")
    qtbot.waitUntil(lambda: window.service is not None and window.environment.is_production, timeout=5000)

    assert form.values()["amount"] == ""
    note = form.error_label("amount")
    assert note.isVisibleTo(form) and "Production" in note.text()
    assert form.field("amount").accessibleDescription() == note.text()
    assert not form.send_button.isEnabled()
    window.send_action.trigger()
    assert window.confirm_dialog is None and desk.sandbox.cashouts() == []
    # The rest was the operator's work and stays.
    assert form.values()["bank_account"] == VALID_FORM["bank_account"]

    qtbot.keyClicks(form.field("amount"), "1")
    assert form.notice("amount") == "" and not note.text()


def test_switching_out_of_production_keeps_the_amount(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk(production=True)
    fill_form(desk.window, amount="320.50")
    desk.window.select_environment("sandbox")
    qtbot.waitUntil(lambda: desk.window.environment.is_sandbox and desk.window.service is not None,
                    timeout=5000)
    assert desk.window.form.values()["amount"] == "320.50"
    assert desk.window.form.error_label("amount").text() == ""


# ------------------------------------------------------------------------------- in flight


def test_while_a_send_is_in_flight_the_fields_are_read_only_and_look_it(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    desk = make_desk()
    form = desk.window.form
    desk.sandbox.config.latency_s = 0.8
    fill_form(desk.window)
    edits = {name: w for name in VALID_FORM if isinstance(w := form.field(name), QLineEdit)}
    normal_base = {name: edit.palette().color(QPalette.ColorRole.Base) for name, edit in edits.items()}
    normal_text = {name: edit.palette().color(QPalette.ColorRole.Text) for name, edit in edits.items()}
    window_colour = form.palette().color(QPalette.ColorRole.Window)
    assert all(base != window_colour for base in normal_base.values())

    form.request_send()
    assert desk.window.create_in_flight
    for name, edit in edits.items():
        assert edit.isReadOnly(), name
        assert edit.palette().color(QPalette.ColorRole.Base) == window_colour, name
        assert edit.palette().color(QPalette.ColorRole.Text) != normal_text[name], name
    combos = [w for name in VALID_FORM if isinstance(w := form.field(name), QComboBox)]
    assert combos and not any(c.isEnabled() for c in combos)
    name_edit = edits["beneficiary_name"]
    qtbot.keyClicks(name_edit, "zz")
    assert name_edit.text() == VALID_FORM["beneficiary_name"]

    qtbot.waitUntil(lambda: not desk.window.create_in_flight, timeout=10_000)
    for name, edit in edits.items():
        assert not edit.isReadOnly(), name
        assert edit.palette().color(QPalette.ColorRole.Base) == normal_base[name], name
    assert all(c.isEnabled() for c in combos)


# ------------------------------------------------------------------------------- messages


def _geometries(form: CashoutForm) -> dict[str, QRect]:
    widgets: dict[str, QWidget] = {name: form.field(name) for name in VALID_FORM}
    widgets.update(external_id=form.field("external_id"), send=form.send_button,
                   new_id=form.new_id_button, preview=form.preview_toggle)
    return {name: QRect(w.mapTo(form, QPoint(0, 0)), w.size()) for name, w in widgets.items()}


@pytest.mark.parametrize(
    ("field", "typed"),
    [("external_id", ""), ("beneficiary_name", "Alex2"), ("document_id", "123"), ("bank_account", "0032"),
     ("amount", "12,5"), ("notification_url", "ftp://example.com/a/very/long/address/that/goes/on"),
     ("beneficiary_lastname", "")],
)
def test_a_message_appearing_moves_no_field(qtbot: QtBot, field: str, typed: str) -> None:
    form = CashoutForm()
    qtbot.addWidget(form)
    form.resize(460, 760)
    form.show()
    form.set_values(VALID_FORM)
    qtbot.waitExposed(form)
    before = _geometries(form)
    assert all(not form.error_label(n).isVisible() for n in VALID_FORM)

    edit = form.field(field)
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    edit.selectAll()
    if typed:
        qtbot.keyClicks(edit, typed)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    label = form.error_label(field)
    assert label.isVisible() and label.text(), field
    QApplication.processEvents()
    assert _geometries(form) == before
    # A long message is cut to its line, but whole in the tooltip and for a screen reader.
    assert edit.accessibleDescription() == label.text()
    if label.is_elided():
        assert label.toolTip() == label.text()


# ------------------------------------------------------------------------------- cleanup


@pytest.mark.parametrize(
    ("field", "pasted", "shown"),
    [("bank_account", "0032-0001-3103-5664-2337", "00320001310356642337"),
     ("bank_account", "003 200 013 103 566 423 37", "00320001310356642337"),
     ("document_id", "71.594.743", "71594743")],
)
def test_a_pasted_cci_or_document_is_shown_cleaned(
    qtbot: QtBot, make_desk: Callable[..., Desk], field: str, pasted: str, shown: str
) -> None:
    desk = make_desk()
    form = desk.window.form
    fill_form(desk.window, **{field: ""})
    edit = form.field(field)
    assert isinstance(edit, QLineEdit)
    QGuiApplication.clipboard().setText(pasted)
    edit.setFocus()
    qtbot.keySequence(edit, QKeySequence.StandardKey.Paste)
    assert edit.text() == shown
    assert form.error_label(field).text() == ""
    assert form.send_button.isEnabled()
    _send_and_wait(qtbot, desk)
    assert getattr(desk.sandbox.cashouts()[0], field) == shown


def test_typing_a_separator_in_a_cci_keeps_the_cursor_in_place(qtbot: QtBot) -> None:
    form = CashoutForm()
    qtbot.addWidget(form)
    edit = form.field("bank_account")
    assert isinstance(edit, QLineEdit)
    qtbot.keyClicks(edit, "0032-0001")
    assert edit.text() == "00320001"
    edit.setCursorPosition(4)
    qtbot.keyClicks(edit, " 9")
    assert edit.text() == "003290001" and edit.cursorPosition() == 5


def _paste(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the field's text as a paste does (Ctrl+V: ``textEdited``, like typing)."""
    edit.setFocus()
    edit.selectAll()
    QGuiApplication.clipboard().setText(text)
    qtbot.keySequence(edit, QKeySequence.StandardKey.Paste)


@pytest.mark.parametrize(("typed", "fragment"), [("Alex2", "digits"), ("Ana 😀", "😀"), ("<b>Ana", "“<”")])
def test_a_name_with_digits_emoji_or_markup_is_refused_next_to_it(
    qtbot: QtBot, typed: str, fragment: str
) -> None:
    form = CashoutForm()
    qtbot.addWidget(form)
    form.set_values(VALID_FORM)
    edit = form.field("beneficiary_lastname")
    assert isinstance(edit, QLineEdit)
    _paste(qtbot, edit, typed)  # pasted: QTest cannot type an emoji or an ñ
    assert edit.text() == typed
    assert fragment in form.error_label("beneficiary_lastname").text()
    assert form.request() is None
    _paste(qtbot, edit, "Peña-O'Brien")
    assert form.error_label("beneficiary_lastname").text() == "" and form.request() is not None


# ------------------------------------------------------------------------------- focus ring


@pytest.fixture
def palette_of() -> Iterator[Callable[[bool], None]]:
    saved = QPalette(QApplication.palette())

    def apply(dark: bool) -> None:
        if dark:
            palette = QPalette()
            for role, colour in ((QPalette.ColorRole.Window, "#2b2d30"),
                                 (QPalette.ColorRole.WindowText, "#e6e6e6"),
                                 (QPalette.ColorRole.Button, "#3a3c40"),
                                 (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                                 (QPalette.ColorRole.Base, "#1e1f22"),
                                 (QPalette.ColorRole.Text, "#e6e6e6"),
                                 (QPalette.ColorRole.Mid, "#4a4c50")):
                palette.setColor(role, QColor(colour))
            QApplication.setPalette(palette)

    yield apply
    QApplication.setPalette(saved)


@pytest.mark.parametrize("environment", ["sandbox", "production"])
@pytest.mark.parametrize("dark", [False, True])
def test_the_send_buttons_focus_ring_shows_in_light_and_dark(
    qtbot: QtBot, make_desk: Callable[..., Desk], palette_of: Callable[[bool], None],
    dark: bool, environment: str
) -> None:
    palette_of(dark)
    desk = make_desk(production=environment == "production")
    window, button = desk.window, desk.window.form.send_button
    fill_form(window)
    assert button.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.form.field("comments").setFocus()
    QApplication.processEvents()
    unfocused = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=3000)
    QApplication.processEvents()
    focused = button.grab().toImage()
    assert focused.size() == unfocused.size()  # focus never changes the button's size

    accent = theme.accent_for(window.environment)
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    # The ring: the left edge, half-way down (clear of the rounded corners).
    ring = focused.pixelColor(1, focused.height() // 2)
    assert unfocused.pixelColor(1, unfocused.height() // 2).name() == accent.name()
    assert contrast_ratio(ring, accent) >= 3.0, (ring.name(), accent.name())
    assert contrast_ratio(ring, background) >= 3.0, (ring.name(), background.name())


def test_an_unknown_outcome_found_created_clears_only_what_the_operator_did_not_retype(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    from tupay_desktop.sandbox import Fault

    desk = make_desk()
    form = desk.window.form
    fill_form(desk.window)
    original = form.show_outcome

    def spy(text: str, kind: str, detail: str = "") -> None:
        original(text, kind, detail)
        if text.startswith("Outcome unknown"):  # the lookup runs: the operator types meanwhile
            form.set_values({"beneficiary_name": "Luis"})

    form.show_outcome = spy  # type: ignore[method-assign]
    desk.sandbox.inject(Fault.RESET_AFTER_COMMIT)
    form.request_send()
    qtbot.waitUntil(lambda: "Found it" in form.outcome_text(), timeout=10_000)
    values = form.values()
    assert values["beneficiary_name"] == "Luis"  # theirs, kept
    assert values["beneficiary_lastname"] == values["bank_account"] == values["amount"] == ""
    assert form.external_id != desk.sandbox.cashouts()[0].external_id
    assert form.last_beneficiary is not None and form.last_beneficiary["beneficiary_name"] == "Alex"
