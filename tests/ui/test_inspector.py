"""The response inspector over real sandbox exchanges: redacted, explained, copyable."""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.support import all_texts, assert_no_secret, make_request
from tupay_desktop.api import errors
from tupay_desktop.api.client import CashoutClient
from tupay_desktop.api.models import ApiFailure, Created, Exchange, StatusResult
from tupay_desktop.ui.badges import STATUS_COLOURS, StatusBadge, contrast_ratio
from tupay_desktop.ui.inspector import InspectorWidget, reason_phrase
from tupay_desktop.ui.json_tree import JsonTreeModel, pretty_json


@pytest.fixture
def client(sandbox: Any) -> Iterator[CashoutClient]:
    with CashoutClient(sandbox.url, sandbox.credentials) as c:
        yield c


@pytest.fixture
def inspector(qtbot: Any) -> InspectorWidget:
    widget = InspectorWidget()
    qtbot.addWidget(widget)
    return widget


def test_shows_a_redacted_create_exchange_without_secrets(
    qtbot: Any, sandbox: Any, client: CashoutClient, inspector: InspectorWidget
) -> None:
    created = client.create(make_request())
    assert isinstance(created, Created)
    inspector.add_exchange(created.exchange)

    assert inspector.method_label.text() == "POST"
    assert inspector.url_label.text() == sandbox.url + "/v3/cashout"
    assert inspector.status_label.text() == "200 OK"
    assert inspector.duration_label.text().endswith("ms")
    assert inspector.started_label.text()
    assert inspector.error_label.text() == ""
    # The request body: raw text keeps the exact redacted bytes, the tree shows members and types.
    assert inspector.request_body.raw.toPlainText() == created.exchange.request_body
    assert '"login":"***"' in inspector.request_body.raw.toPlainText()
    inspector.show()  # a body's tree is built when it can be seen: look at the request body
    inspector.tabs.setCurrentWidget(inspector.request_body)
    texts = all_texts(inspector)
    assert "150.25" in texts  # the amount exactly, as a number
    assert "number" in texts and "string" in texts
    table = inspector.request_headers
    headers = [item.text() for item in (table.item(r, 0) for r in range(table.rowCount())) if item]
    assert "payload-signature" in [h.lower() for h in headers]
    assert inspector.response_headers.rowCount() > 0
    assert_no_secret(inspector, sandbox.credentials.secrets())

    inspector.copy_curl()
    snippet = QGuiApplication.clipboard().text()
    assert inspector.copy_curl_button.text() == "Copied ✓"  # the copy is acknowledged…
    assert "$TUPAY_API_KEY" in snippet and "$TUPAY_API_PASSPHRASE" in snippet
    for secret in sandbox.credentials.secrets():
        assert secret not in snippet
    for line in snippet.replace("\\\n", "").splitlines():
        shlex.split(line, comments=True)

    inspector.copy_json()
    copied = QGuiApplication.clipboard().text()
    assert inspector.copy_json_button.text() == "Copied ✓"
    # …then the button reads as before.
    qtbot.waitUntil(lambda: inspector.copy_curl_button.text() == "Copy as cURL", timeout=5000)
    assert json.loads(copied) == json.loads(created.exchange.response_body or "")
    assert "\n  " in copied


def test_explains_the_tupay_error_code(client: CashoutClient, inspector: InspectorWidget) -> None:
    outcome = client.status(cashout_id=999_999_999)
    assert isinstance(outcome, ApiFailure) and outcome.exchange is not None
    inspector.add_exchange(outcome.exchange)
    info = errors.describe_error(509)
    assert info.known
    assert info.title in inspector.error_label.text()
    assert "509" in inspector.error_label.text()
    status = outcome.exchange.status_code
    assert status is not None and inspector.status_label.text() == f"{status} {reason_phrase(status)}"


def _row(inspector: InspectorWidget, row: int) -> list[str]:
    item = inspector.recent.topLevelItem(row)
    assert item is not None
    return [item.text(c) for c in range(inspector.recent.columnCount())]


def test_recent_list_is_newest_first_with_status_column_and_selects(
    sandbox: Any, client: CashoutClient, inspector: InspectorWidget
) -> None:
    created = client.create(make_request())
    assert isinstance(created, Created)
    looked = client.status(cashout_id=created.cashout_id)
    assert isinstance(looked, StatusResult)
    unknown = client.status(cashout_id=987654321)  # an HTTP error status
    assert isinstance(unknown, ApiFailure) and unknown.exchange is not None
    inspector.add_exchange(created.exchange)
    inspector.add_exchange(looked.exchange)
    inspector.add_exchange(unknown.exchange)
    assert inspector.recent.topLevelItemCount() == 3
    header = inspector.recent.headerItem()
    assert [header.text(c) for c in range(4)] == ["Time", "Request", "Status", "Duration"]
    # Every row shows its HTTP status in its own column, whatever the width of the panel.
    time_text, request, status, duration = _row(inspector, 0)
    assert request == "POST /v3/cashout/status" and status == str(unknown.exchange.status_code)
    assert status != "200" and duration.endswith("ms") and time_text.count(":") == 2
    assert _row(inspector, 1)[1:3] == ["POST /v3/cashout/status", "200"]
    assert _row(inspector, 2)[1:3] == ["POST /v3/cashout", "200"]
    assert inspector.exchange is unknown.exchange
    inspector.recent.setCurrentItem(inspector.recent.topLevelItem(2))
    assert inspector.exchange is created.exchange
    assert inspector.url_label.text().endswith("/v3/cashout")
    # The same exchange again (e.g. a history row selected twice) is selected, not listed twice.
    inspector.add_exchange(looked.exchange)
    assert inspector.recent.topLevelItemCount() == 3 and inspector.exchange is looked.exchange
    inspector.clear()
    assert inspector.recent.topLevelItemCount() == 0 and inspector.method_label.text() == ""
    assert not inspector.copy_curl_button.isEnabled()


def test_empty_state_has_a_heading_and_says_what_will_appear(
    sandbox: Any, client: CashoutClient, inspector: InspectorWidget
) -> None:
    assert "Exchanges" in inspector.recent_title.text()
    assert "newest first" in inspector.recent_title.text()
    # Nothing yet: an explanation instead of a column of empty "Method:", "URL:"… labels.
    assert inspector.details_stack.currentWidget() is inspector.empty_label
    assert "No exchanges yet" in inspector.empty_label.text()
    created = client.create(make_request())
    assert isinstance(created, Created)
    inspector.add_exchange(created.exchange)
    assert inspector.details_stack.currentWidget() is not inspector.empty_label
    inspector.clear()
    assert inspector.details_stack.currentWidget() is inspector.empty_label


def test_exchanges_are_kept_per_environment(
    sandbox: Any, client: CashoutClient, inspector: InspectorWidget
) -> None:
    inspector.set_environment("sandbox")
    created = client.create(make_request())
    assert isinstance(created, Created)
    inspector.add_exchange(created.exchange)
    assert inspector.exchanges() == [created.exchange]

    inspector.set_environment("production")
    assert inspector.recent.topLevelItemCount() == 0 and inspector.exchange is None
    assert inspector.details_stack.currentWidget() is inspector.empty_label
    assert created.external_id not in " ".join(all_texts(inspector))
    # An exchange of another environment (e.g. a Sandbox row of the history) is filed under it.
    looked = client.status(cashout_id=created.cashout_id)
    assert isinstance(looked, StatusResult)
    inspector.add_exchange(looked.exchange, "sandbox")
    assert inspector.recent.topLevelItemCount() == 0 and inspector.exchange is None

    inspector.set_environment("sandbox")
    assert inspector.exchanges() == [looked.exchange, created.exchange]
    assert inspector.exchange is looked.exchange  # the newest is shown


def test_no_response_and_non_json_bodies(inspector: InspectorWidget) -> None:
    failed = Exchange(
        method="POST", url="http://127.0.0.1:9/v3/cashout/status", request_headers=(),
        request_body='{"login":"***","pass":"***","cashout_id":1}', started_at=datetime.now(UTC),
        error="Connection refused",
    )
    inspector.show_exchange(failed)
    assert "Connection refused" in inspector.status_label.text()
    assert not inspector.copy_json_button.isEnabled()
    html = Exchange(
        method="POST", url="http://127.0.0.1:9/x", request_headers=(), request_body="",
        started_at=datetime.now(UTC), status_code=503, response_body="<html>busy</html>",
    )
    inspector.show_exchange(html)
    assert inspector.status_label.text() == "503 Service Unavailable"
    # The raw text, since it is not JSON.
    assert inspector.response_body.currentWidget() is inspector.response_body.raw_page
    assert inspector.response_body.raw.toPlainText() == "<html>busy</html>"


@pytest.mark.parametrize("depth", [900, 5_000, 90_000])
def test_deeply_nested_json_is_shown_as_raw_text_not_a_crash(inspector: InspectorWidget, depth: int) -> None:
    deep = "[" * depth + "]" * depth
    exchange = Exchange(
        method="POST", url="http://127.0.0.1:9/v3/cashout/status", request_headers=(),
        request_body=deep, started_at=datetime.now(UTC), status_code=200, response_body=deep,
    )
    inspector.show_exchange(exchange)
    assert inspector.response_body.currentWidget() is inspector.response_body.raw_page  # the raw text
    assert inspector.response_body.raw.toPlainText() == deep
    assert pretty_json(deep) is None


def test_json_tree_model_and_pretty_printing(qtmodeltester: Any, inspector: InspectorWidget) -> None:
    model = JsonTreeModel()
    model.set_value(json.loads('{"a":{"b":[1,2,{"c":null}]},"d":true}'))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert pretty_json('{"amount":100.10,"x":[1,{"y":"ñ"}],"e":{}}') == (
        '{\n  "amount": 100.10,\n  "x": [\n    1,\n    {\n      "y": "ñ"\n    }\n  ],\n  "e": {}\n}'
    )
    assert pretty_json("not json") is None
    view = inspector.response_body.tree
    view.set_json('{"a":{"b":1}}')
    first = view.model.index(0, 0)
    assert view.tree.isExpanded(first)
    view.collapse_button.click()
    assert not view.tree.isExpanded(first)
    view.expand_button.click()
    assert view.tree.isExpanded(first)


def test_status_badge_colours_read_in_light_and_dark(qtbot: Any) -> None:
    badge = StatusBadge()
    qtbot.addWidget(badge)
    original = QApplication.palette()
    try:
        for window in ("#ffffff", "#1e1e1e"):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.Window, window)
            QApplication.setPalette(palette)
            names = ["PENDING", "COMPLETED", "CANCELLED", "REJECTED", "DELIVERED", "ON HOLD"]
            for code, name in enumerate(names):
                badge.set_status(code)
                assert badge.text() == name
                assert badge.fill_colour().name() == STATUS_COLOURS[code]
                # The pill carries its own background, so contrast does not depend on the palette.
                assert contrast_ratio(badge.fill_colour(), badge.text_colour()) >= 4.5
    finally:
        QApplication.setPalette(original)
    badge.set_status(42)
    assert badge.text() == "42"
    badge.set_status(None)
    assert badge.text() == "" and badge.code is None

