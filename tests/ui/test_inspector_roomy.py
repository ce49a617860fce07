"""The inspector, roomy and findable: the JSON tree gets the height at the default size, bodies are
pretty-printed with the exact signed bytes beside them, amounts read as sent (``320.50``), the
exchange list can be searched and narrowed to one cashout, and one exchange saves to a private,
redacted file. Over real sandbox exchanges."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk, fill_form
from tests.ui.support import make_request
from tupay_desktop.api.client import CashoutClient
from tupay_desktop.api.models import ApiFailure, Created, Exchange, StatusResult
from tupay_desktop.ui.exchange_file import exchange_file_text
from tupay_desktop.ui.files import documents_dir
from tupay_desktop.ui.inspector import _EXCHANGE_ROLE, InspectorWidget, reason_phrase
from tupay_desktop.ui.json_tree import JsonTreeView


@pytest.fixture
def client(sandbox: Any) -> Iterator[CashoutClient]:
    with CashoutClient(sandbox.url, sandbox.credentials) as c:
        yield c


@pytest.fixture
def inspector(qtbot: QtBot) -> InspectorWidget:
    widget = InspectorWidget()
    qtbot.addWidget(widget)
    return widget


def _value_of(view: JsonTreeView, key: str) -> str:
    model = view.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == key:
            return str(model.index(row, 1).data())
    raise AssertionError(f"no {key!r} row")


def _rows_that_fit(view: JsonTreeView) -> int:
    tree = view.tree
    row_height = tree.visualRect(view.model.index(0, 0)).height()
    assert row_height > 0
    return tree.viewport().height() // row_height


def _sent_and_followed(qtbot: QtBot, desk: Desk, amount: str, clock: Any) -> Exchange:
    """Send a cashout from the form, follow it to COMPLETED (moving the sandbox's clock); its
    create exchange."""
    window = desk.window
    fill_form(window, amount=amount)
    qtbot.waitUntil(window.form.send_button.isEnabled, timeout=5000)
    window.form.request_send()
    qtbot.waitUntil(lambda: not window.create_in_flight, timeout=10_000)
    view = window.cashout_view
    qtbot.waitUntil(lambda: view.status is not None, timeout=10_000)
    clock.advance(1.0)
    qtbot.waitUntil(lambda: view.status is not None and view.status.code == 1, timeout=15_000)
    qtbot.waitUntil(lambda: window.exchanges_pending == 0, timeout=5000)  # the last one shown too
    return next(e for e in window.inspector.exchanges() if e.url.endswith("/v3/cashout"))


def _select(inspector: InspectorWidget, exchange: Exchange) -> None:
    for row in range(inspector.recent.topLevelItemCount()):
        item = inspector.recent.topLevelItem(row)
        if item is not None and item.data(0, _EXCHANGE_ROLE) is exchange:
            inspector.recent.setCurrentItem(item)
            return
    raise AssertionError("exchange not listed")


def test_at_the_default_size_the_tree_gets_the_height_and_reads_amounts_as_sent(
    qtbot: QtBot, make_desk: Callable[..., Desk], sandbox_clock: Any
) -> None:
    desk = make_desk()
    window = desk.window
    assert (window.width(), window.height()) == (1280, 820)
    create = _sent_and_followed(qtbot, desk, "320.50", sandbox_clock)
    inspector = window.inspector
    _select(inspector, create)
    inspector.tabs.setCurrentWidget(inspector.request_body)
    QApplication.processEvents()
    view = inspector.request_body.tree
    assert inspector.request_body.currentWidget() is view

    # The amount exactly as the Desk sent it — the cents as operators read them.
    assert '"amount":320.50,' in create.request_body
    assert _value_of(view, "amount") == "320.50"
    assert '"amount": 320.50,' in inspector.request_body.pretty.toPlainText()

    # Room: twice the four rows it used to get, and no sideways scrolling for a plain body.
    rows = _rows_that_fit(view)
    assert rows >= 8
    assert not view.tree.horizontalScrollBar().isVisible()
    assert view.tree.header().sectionSize(0) >= view.tree.fontMetrics().horizontalAdvance(
        "beneficiary_lastname"
    )  # no key cut
    # Folding the summary gives the tree more; its one line still says what the exchange is.
    inspector.set_summary_shown(False)
    QApplication.processEvents()
    assert not inspector.summary.isVisible() and inspector.summary_line.isVisible()
    assert "POST" in inspector.summary_line.full_text() and "200 OK" in inspector.summary_line.full_text()
    assert _rows_that_fit(view) > rows
    inspector.summary_toggle.click()
    assert inspector.summary.isVisible() and not inspector.summary_line.isVisible()
    assert inspector.summary_toggle.text() == "Hide summary"


def test_bodies_are_pretty_printed_and_raw_is_the_exact_signed_bytes(
    sandbox: Any, client: CashoutClient, inspector: InspectorWidget
) -> None:
    created = client.create(make_request())
    assert isinstance(created, Created)
    inspector.add_exchange(created.exchange)
    body = inspector.request_body
    pretty = body.pretty.toPlainText()
    assert pretty.startswith('{\n  "login": "***",\n  "pass": "***",\n')
    assert json.loads(pretty) == json.loads(created.exchange.request_body)
    assert '"amount": 150.25,' in pretty
    # Raw: byte for byte the compact text sent, and it says the signature is over it.
    assert body.raw.toPlainText() == created.exchange.request_body
    assert "\n" not in body.raw.toPlainText()
    assert "Payload-Signature" in body.raw_note.text() and "these bytes" in body.raw_note.text()
    assert "received" in inspector.response_body.raw_note.text()
    # Expand/Collapse only where there is a tree to expand.
    body.setCurrentWidget(body.tree)
    assert not body.tree.buttons.isHidden()
    body.setCurrentWidget(body.raw_page)
    assert body.tree.buttons.isHidden()
    for secret in sandbox.credentials.secrets():
        assert secret not in pretty and secret not in body.raw.toPlainText()


def _follow(client: CashoutClient, polls: int) -> tuple[Created, list[Exchange]]:
    created = client.create(make_request())
    assert isinstance(created, Created)
    exchanges = [created.exchange]
    for number in range(polls):
        # Polls name the cashout by cashout_id alone, or by external_id alone.
        outcome = (client.status(cashout_id=created.cashout_id) if number % 2 == 0
                   else client.status(external_id=created.external_id))
        assert isinstance(outcome, StatusResult)
        exchanges.append(outcome.exchange)
    return created, exchanges


def test_search_and_only_this_cashout_narrow_a_list_flooded_by_polls(
    client: CashoutClient, inspector: InspectorWidget
) -> None:
    first, first_exchanges = _follow(client, 4)
    second, second_exchanges = _follow(client, 2)
    unknown = client.status(cashout_id=987654321)
    assert isinstance(unknown, ApiFailure) and unknown.exchange is not None
    everything = [*first_exchanges, *second_exchanges, unknown.exchange]
    for exchange in everything:
        inspector.add_exchange(exchange)
    assert len(inspector.visible_exchanges()) == 9
    assert inspector.filter_count.isHidden()

    # Search: every word, in the URL, the status or the bodies, case-insensitive.
    inspector.set_search(second.external_id.upper())
    assert set(inspector.visible_exchanges()) == {
        e for e in second_exchanges if second.external_id in e.request_body
    }
    assert inspector.filter_count.text() == f"{len(inspector.visible_exchanges())} of 9"
    code = unknown.exchange.status_code
    assert code is not None and code >= 400
    inspector.set_search(f"{code} {reason_phrase(code).lower()}")  # the status and its phrase
    assert inspector.visible_exchanges() == [unknown.exchange]
    inspector.set_search("  /v3/cashout  JOSÉ ")  # only the creates carry the beneficiary
    assert inspector.visible_exchanges() == [second.exchange, first.exchange]
    assert inspector.exchange in inspector.visible_exchanges()  # the selection follows the filter
    inspector.set_search("")
    assert len(inspector.visible_exchanges()) == 9 and inspector.filter_count.isHidden()

    # Only this cashout, from a poll that names only the cashout_id: its create and every poll.
    poll_by_id = first_exchanges[1]
    assert first.external_id not in poll_by_id.request_body
    _select(inspector, poll_by_id)
    assert inspector.only_cashout.isEnabled()
    inspector.only_cashout.setChecked(True)
    assert inspector.visible_exchanges() == list(reversed(first_exchanges))
    assert first.external_id in inspector.only_cashout.toolTip()
    assert inspector.filter_count.text() == "5 of 9"
    # A poll of another cashout comes in: listed but hidden, and the one shown stays shown.
    shown = inspector.exchange
    other = client.status(cashout_id=second.cashout_id)
    assert isinstance(other, StatusResult)
    inspector.add_exchange(other.exchange)
    assert inspector.exchange is shown and other.exchange not in inspector.visible_exchanges()
    assert inspector.exchanges()[0] is other.exchange and inspector.filter_count.text() == "5 of 10"
    # A poll of this cashout comes in: shown and selected, as always.
    again = client.status(cashout_id=first.cashout_id)
    assert isinstance(again, StatusResult)
    inspector.add_exchange(again.exchange)
    assert inspector.exchange is again.exchange and inspector.visible_exchanges()[0] is again.exchange
    # Both filters at once, then neither.
    inspector.set_search("/v3/cashout/status")
    assert len(inspector.visible_exchanges()) == 5
    inspector.only_cashout.setChecked(False)
    inspector.set_search("")
    assert len(inspector.visible_exchanges()) == 11
    # Another environment's list is not narrowed to a cashout it does not have.
    inspector.only_cashout.setChecked(True)
    inspector.set_environment("production")
    assert not inspector.only_cashout.isChecked() and not inspector.only_cashout.isEnabled()


def test_save_one_exchange_redacted_private_from_documents(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sandbox: Any, client: CashoutClient,
    inspector: InspectorWidget,
) -> None:
    request = make_request()
    created = client.create(request)
    assert isinstance(created, Created)
    inspector.set_environment("sandbox")
    inspector.add_exchange(created.exchange)
    target = tmp_path / "shared-with-support"
    target.with_suffix(".json").write_text("old")
    target.with_suffix(".json").chmod(0o644)  # an existing file does not keep its wider mode
    asked: list[str] = []

    def dialog(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    path = inspector.save_to_file()
    assert path == target.with_suffix(".json")
    # The dialog opened in Documents, with a name that says when and what.
    assert Path(asked[0]).parent == documents_dir()
    assert Path(asked[0]).name.startswith("tupay-exchange-") and asked[0].endswith("-cashout.json")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert inspector.save_button.text() == "Saved ✓"
    text = path.read_text(encoding="utf-8")
    for secret in sandbox.credentials.secrets():
        assert secret not in text
    saved = json.loads(text, parse_float=Decimal)
    assert saved["environment"] == "sandbox" and saved["method"] == "POST"
    assert saved["url"] == sandbox.url + "/v3/cashout" and saved["status_code"] == 200
    sent = saved["request"]["body"]
    assert sent["exact"] == created.exchange.request_body  # byte for byte, as signed (less secrets)
    assert sent["json"]["login"] == "***" and sent["json"]["pass"] == "***"
    assert '"amount": 150.25' in text and str(sent["json"]["amount"]) == "150.25"
    assert saved["response"]["body"]["json"]["cashout_id"] == str(created.cashout_id)
    assert any(name.lower() == "payload-signature" for name, _ in saved["request"]["headers"])
    # Cancelled: nothing written, nothing said.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: ("", "")))
    assert inspector.save_to_file() is None


def test_the_file_goes_through_the_one_redaction(sandbox: Any) -> None:
    # Even an exchange that somehow carried a credential is written with login/pass masked.
    leaky = Exchange(
        method="POST", url=sandbox.url + "/v3/cashout/status", request_headers=(),
        request_body='{"login":"real-login-value","pass":"real-pass-value","cashout_id":1}',
        started_at=datetime.now(UTC), status_code=400,
        response_body='{"code":300,"message":"bad","echo":{"login":"real-login-value"}}',
    )
    text = exchange_file_text(leaky, "sandbox")
    assert "real-login-value" not in text and "real-pass-value" not in text
    assert json.loads(text)["request"]["body"]["json"]["pass"] == "***"


def test_copy_and_save_are_in_the_lists_context_menu_and_keep_working(
    client: CashoutClient, inspector: InspectorWidget
) -> None:
    created = client.create(make_request())
    assert isinstance(created, Created)
    inspector.add_exchange(created.exchange)
    actions = {action.text(): action for action in inspector.recent.actions()}
    assert {"Copy as cURL", "Copy JSON", "Save…", "Only this cashout"} <= set(actions)
    actions["Copy as cURL"].trigger()
    assert QGuiApplication.clipboard().text() == inspector.curl_text()
    assert "--data-raw" in inspector.curl_text() and '"amount":150.25' in inspector.curl_text()
    actions["Copy JSON"].trigger()
    assert json.loads(QGuiApplication.clipboard().text()) == {"cashout_id": str(created.cashout_id)}
    actions["Only this cashout"].trigger()
    assert inspector.only_cashout.isChecked()
    assert not inspector.recent.isRowHidden(0, QModelIndex())


def test_the_summary_takes_two_fields_a_line_only_where_they_fit(
    qtbot: QtBot, client: CashoutClient, inspector: InspectorWidget
) -> None:
    from PySide6.QtWidgets import QLabel

    created = client.create(make_request())
    assert isinstance(created, Created)
    inspector.add_exchange(created.exchange)
    inspector.resize(1400, 500)
    inspector.show()
    qtbot.waitExposed(inspector)

    def labels_overlap() -> bool:
        shown = [w for w in inspector.summary.findChildren(QLabel) if w.isVisible()]
        rects = [w.geometry() for w in shown]
        return any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])

    qtbot.waitUntil(lambda: inspector.summary.two_a_line)
    qtbot.waitUntil(lambda: inspector.method_label.y() == inspector.status_label.y())  # side by side
    assert not labels_overlap()
    # As narrow as the inspector goes: the list above the detail pane (a narrow right pane at
    # 800×600 does not scroll sideways), one field a line, nothing on top of anything. (Once the
    # pane stacks, its minimum is narrower: a window is resized to it again.)
    from PySide6.QtCore import Qt

    assert inspector.splitter.orientation() == Qt.Orientation.Horizontal  # side by side at 1400
    inspector.resize(inspector.minimumSizeHint().width(), 500)
    qtbot.waitUntil(lambda: inspector.splitter.orientation() == Qt.Orientation.Vertical)

    def narrowest() -> bool:
        inspector.resize(1, 500)  # a window is kept at its layout's minimum
        return inspector.width() <= inspector.minimumSizeHint().width() + 8

    qtbot.waitUntil(narrowest)
    qtbot.waitUntil(lambda: not inspector.summary.two_a_line)
    qtbot.waitUntil(lambda: inspector.status_label.y() > inspector.method_label.y())  # laid out again
    assert not labels_overlap()
    assert inspector.started_label.width() > 0 and inspector.url_label.text().endswith("/v3/cashout")


def test_the_list_stacks_above_the_detail_in_a_narrow_pane_and_does_not_flip_at_the_edge(
    qtbot: QtBot,
) -> None:
    """Below the width the two need side by side, the list stands above the detail pane; it goes
    back side by side only with room to spare (a scroll bar coming and going at the edge must not
    flip it back and forth)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from tupay_desktop.ui.inspector import ORIENTATION_SLACK

    holder = QWidget()
    qtbot.addWidget(holder)
    inspector = InspectorWidget(holder)  # a child: its parent gives it its width, as in the window
    inspector.build_details()
    holder.resize(1600, 700)
    holder.show()
    qtbot.waitExposed(holder)
    edge = inspector._side_by_side_width()

    def at(width: int) -> Qt.Orientation:
        inspector.resize(width, 600)
        QApplication.processEvents()
        return inspector.splitter.orientation()

    assert at(edge + 200) == Qt.Orientation.Horizontal
    assert at(edge - 1) == Qt.Orientation.Vertical
    assert inspector.minimumSizeHint().width() < edge  # what lets the pane be that narrow
    assert at(edge + ORIENTATION_SLACK // 2) == Qt.Orientation.Vertical  # not back yet
    assert at(edge) == Qt.Orientation.Vertical
    assert at(edge + ORIENTATION_SLACK) == Qt.Orientation.Horizontal
    assert at(edge - 1) == Qt.Orientation.Vertical
