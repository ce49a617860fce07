"""A layout that holds from 800×600 up, in every language: nothing drawn over anything else, no
button text elided, History's columns with room for their titles and the Beneficiary."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QSplitterHandle,
    QStackedLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tupay_desktop.api.models import OutcomeUnknown
from tupay_desktop.ui.main_window import MainWindow

from .conftest import Desk, fill_form
from .support import make_request

LANGUAGES = ("en", "es", "pt_BR")
SIZES = ((800, 600), (1280, 820), (1920, 1080))
LONG_OUTCOME = (
    "Outcome unknown — looking it up by external id desk-6d476e6a18b55cb9297c… (The connection "
    "broke before a complete answer arrived: http://127.0.0.1:41637/v3/cashout (ReadError: [Errno "
    "104] Connection reset by peer). The cashout may or may not have been created: look it up by "
    "its external_id 'desk-6d476e6a18b55cb9297c'; do not resubmit it with a new id.) Do not send "
    "it again under a new id until the lookup answers."
)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from tupay_desktop.ui.i18n import install_translations

    previous = QLocale()
    translators = install_translations(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()})"


def overlapping(root: QWidget) -> list[str]:
    """Visible sibling widgets whose rectangles intersect, and visible widgets narrower than their
    layout's minimum (squeezed: their own children are then drawn over each other)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kids = [child for child in widget.children()
                if isinstance(child, QWidget) and child.isVisible() and not child.isWindow()
                and not isinstance(child, QSplitterHandle)]
        for first, second in itertools.combinations(kids, 2):
            if first.geometry().intersects(second.geometry()):
                found.append(f"{_name(first)} {first.geometry()} overlaps {_name(second)} "
                             f"{second.geometry()} in {_name(widget)}")
        layout = widget.layout()
        # A stack's minimum counts its hidden pages too; the page shown is checked on its own.
        if layout is not None and not isinstance(layout, QStackedLayout):
            needed = layout.totalMinimumSize()
            if layout.hasHeightForWidth():
                needed.setHeight(max(needed.height(), layout.totalMinimumHeightForWidth(widget.width())))
            if widget.width() < needed.width() or widget.height() < needed.height():
                found.append(f"{_name(widget)} is {widget.width()}×{widget.height()}, its layout "
                             f"needs {needed.width()}×{needed.height()}")
    return found


def elided_buttons(root: QWidget) -> list[str]:
    return [f"{_name(b)} {b.text()!r} {b.width()} < {b.sizeHint().width()}"
            for b in root.findChildren(QAbstractButton)
            if b.isVisible() and b.text() and b.width() < b.sizeHint().width()]


def _settle(window: MainWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()


def _check(window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle(window)
        assert overlapping(window) == [], window.tabs.tabText(index)
        assert elided_buttons(window) == [], window.tabs.tabText(index)
    window.tabs.setCurrentIndex(0)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("production", [False, True])
def test_nothing_overlaps_at_800x600_opened_or_resized(
    qtbot: QtBot, make_desk: Callable[..., Desk], language: str, production: bool
) -> None:
    desk = make_desk(production=production)
    window = desk.window
    fill_form(window)
    window.form.show_outcome(LONG_OUTCOME, "warning")
    window.resize(800, 600)  # made smaller by the operator
    _settle(window)
    assert (window.width(), window.height()) == (800, 600)
    _check(window)
    window.splitter.setSizes(window.default_splitter_sizes())  # as opened at that size
    _settle(window)
    _check(window)
    # Every environment button shows its whole name ("Sandbox", not "Sa…ox").
    for button in window.env_bar.buttons().values():
        assert button.width() >= button.sizeHint().width(), button.text()
    # The form is never narrower than it needs: its fields are side by side, not on top.
    assert window.form.width() >= window.form.minimumSizeHint().width()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_nothing_overlaps_and_history_columns_fit_at_the_larger_sizes(
    qtbot: QtBot, make_desk: Callable[..., Desk], language: str
) -> None:
    desk = make_desk()
    window = desk.window
    history = window.history
    assert history is not None
    # Enough rows for a vertical scroll bar, in every state the status column can say.
    for index in range(40):
        external_id = f"layout-{index:02d}"
        desk.journal.record_sending("sandbox", make_request(external_id), "{}")
        if index % 3 == 0:
            desk.journal.record_outcome("sandbox", external_id, OutcomeUnknown(external_id, "reset"))
        elif index % 3 == 1:
            desk.journal.mark("sandbox", external_id, "not_created", None, 509)
    history.reload()
    qtbot.waitUntil(lambda: history.model.rowCount() >= 30, timeout=5000)
    fill_form(window)
    window.form.show_outcome(LONG_OUTCOME, "warning")  # the form taller than the window
    for width, height in SIZES[1:]:
        window.resize(width, height)
        _settle(window)
        window.splitter.setSizes(window.default_splitter_sizes())
        _settle(window)
        _check(window)
        for index in range(window.tabs.count()):  # from the default size up, no pane scrolls sideways
            window.tabs.setCurrentIndex(index)
            _settle(window)
            assert not window.right_scroll.horizontalScrollBar().isVisible(), (width, index)
            assert not window.form_scroll.horizontalScrollBar().isVisible(), (width, index)
        window.tabs.setCurrentWidget(history)
        _settle(window)
        header = history.table.horizontalHeader()
        keys = history.model.column_keys()
        widths = {key: header.sectionSize(column) for column, key in enumerate(keys)}
        for column, key in enumerate(keys):  # every title has its room ("Beneficiary", not "efic…")
            assert widths[key] >= header.sectionSizeHint(column), (width, key, widths)
        # At the default size and up, every column is in sight: no sideways scrolling.
        assert history.table.verticalScrollBar().isVisible()
        assert sum(widths.values()) <= history.table.viewport().width(), (width, widths)
        # And every status word is whole in its cell (bold italic for the journal's states).
        status = keys.index("status")
        for row in range(history.model.rowCount()):
            index = history.model.index(row, status)
            needed = history.table.sizeHintForIndex(index).width()
            assert needed <= widths["status"], (index.data(), needed, widths["status"])
        window.tabs.setCurrentIndex(0)


def test_the_right_pane_is_never_drawn_over_the_form(qtbot: QtBot, make_desk: Callable[..., Desk]) -> None:
    window = make_desk().window
    window.resize(800, 600)
    _settle(window)
    for sizes in ([10, 2000], [2000, 10], window.default_splitter_sizes()):
        window.splitter.setSizes(sizes)  # the operator drags the handle all the way
        _settle(window)
        form = QRect(window.form_scroll.geometry())
        right = QRect(window.right_scroll.geometry())
        assert not form.intersects(right), (sizes, form, right)
        assert window.form_scroll.width() >= window.form_scroll.minimumSizeHint().width()


def test_history_columns_keep_a_minimum_and_can_be_restored(
    qtbot: QtBot, make_desk: Callable[..., Desk]
) -> None:
    window = make_desk().window
    history = window.history
    assert history is not None
    window.tabs.setCurrentWidget(history)
    _settle(window)
    header = history.table.horizontalHeader()
    keys = history.model.column_keys()
    beneficiary, status = keys.index("beneficiary"), keys.index("status")
    original = [header.sectionSize(c) for c in range(len(keys))]

    header.resizeSection(beneficiary, 5)  # dragged to nothing: "efic…" no more
    header.resizeSection(status, 3)
    assert header.sectionSize(beneficiary) == history.column_minimum(beneficiary) > 5
    assert header.sectionSize(status) == history.column_minimum(status) >= header.sectionSizeHint(status)
    header.resizeSection(keys.index("amount"), 300)  # another column widened: Beneficiary keeps its width
    assert header.sectionSize(beneficiary) == history.column_minimum(beneficiary)

    assert history.restore_columns_action in header.actions()  # the header's context menu
    history.restore_columns_action.trigger()
    _settle(window)
    assert [header.sectionSize(c) for c in range(len(keys))] == original


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_at_800x600_the_right_pane_fits_beside_the_form_without_scrolling_sideways(
    qtbot: QtBot, make_desk: Callable[..., Desk], language: str
) -> None:
    """Opened at 800×600, every tab of the right pane fits its width: History's filters and
    buttons and the Account tab's controls wrap onto more lines, the exchanges list stands above
    the exchange's detail where the two do not fit side by side. At 1280×820 they are side by
    side."""
    desk = make_desk()
    window = desk.window
    fill_form(window)
    window.resize(800, 600)
    _settle(window)
    window.splitter.setSizes(window.default_splitter_sizes())  # as opened at that size
    _settle(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle(window)
        assert window.right_scroll.horizontalScrollBar().maximum() == 0, window.tabs.tabText(index)
        assert overlapping(window) == [], window.tabs.tabText(index)
    assert window.form.width() >= window.form.minimumSizeHint().width()
    window.tabs.setCurrentIndex(0)
    window.resize(1280, 820)
    window.splitter.setSizes(window.default_splitter_sizes())
    _settle(window)
    assert window.inspector.splitter.orientation() == Qt.Orientation.Horizontal
    assert overlapping(window) == []


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_a_shown_cashout_fits_the_cashout_pane_at_800x600(
    qtbot: QtBot, make_desk: Callable[..., Desk], language: str
) -> None:
    """Its details scroll up and down only: nothing in them (the row of actions, in Spanish the
    widest) makes the page wider than the pane, which would cut every value on the right."""
    window = make_desk().window
    window.resize(800, 600)
    _settle(window)
    fill_form(window, external_id=f"fit-{language}")
    window.form.request_send()
    view = window.cashout_view
    qtbot.waitUntil(lambda: view.badge.code is not None, timeout=10_000)
    _settle(window)
    page = view.details_scroll.widget()
    assert page is not None
    assert page.width() <= view.details_scroll.viewport().width()
    for button in (view.refresh_button, view.cancel_cashout_button, view.hold_button,
                   view.release_button, view.receipt_button):
        assert button.geometry().right() < view.details_box.width(), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()  # whole captions
