"""The history table over the journal: a correct Qt model, paged, and filtering/sorting at 100,000 rows."""

from __future__ import annotations

import csv
import stat
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from tests.ui.history_support import BASE_TIME, NEEDLE_ROW, journal_with_rows, row_values
from tests.ui.support import assert_no_secret, make_request
from tupay_desktop.api.models import Created
from tupay_desktop.service import CashoutService
from tupay_desktop.store.journal import Journal
from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind
from tupay_desktop.ui.history import ENTRY_ROLE, HistoryFilter, HistoryModel, HistoryView, format_amount
from tupay_desktop.ui.workers import TaskRunner


def _journal_with(tmp_path: Path, rows: int, name: str = "journal.sqlite3") -> Journal:
    return journal_with_rows(tmp_path / name, rows)


@pytest.fixture
def small_journal(tmp_path: Path) -> Iterator[Any]:
    journal = _journal_with(tmp_path, 450)
    yield journal
    journal.close()


@pytest.fixture(scope="module")
def big_journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    journal = _journal_with(tmp_path_factory.mktemp("big"), 100_000)
    yield journal
    journal.close()


def _settle(qtbot: Any, view: HistoryView) -> None:
    """Wait until the view's model has its rows (queries run on the runner)."""
    qtbot.waitUntil(lambda: not view.model.loading, timeout=10_000)


def _column(model: HistoryModel, title: str) -> int:
    for section in range(model.columnCount()):
        if model.headerData(section, Qt.Orientation.Horizontal) == title:
            return section
    raise AssertionError(title)


def test_model_passes_qtmodeltester(qtmodeltester: Any, small_journal: Any) -> None:
    model = HistoryModel(small_journal, page_size=100)
    qtmodeltester.check(model)
    model.set_filter(HistoryFilter(text="hist-0001"))
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time(small_journal: Any) -> None:
    model = HistoryModel(small_journal, page_size=100)
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    # Newest first by default; every row is its journal entry.
    assert model.entry(0).external_id == "hist-000000"
    assert model.index(449, 0).data(ENTRY_ROLE).external_id == "hist-000449"


def test_cells_amount_status_and_beneficiary(small_journal: Any) -> None:
    model = HistoryModel(small_journal)
    amount = _column(model, "Amount")
    status = _column(model, "Status")
    beneficiary = _column(model, "Beneficiary")
    row = 7
    values = row_values(row)
    assert model.index(row, amount).data() == format_amount(values["amount"])
    align = model.index(row, amount).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(align) & Qt.AlignmentFlag.AlignRight
    assert model.index(row, status).data() == "COMPLETED"  # 7 % 6 == 1
    assert model.index(row, status).data(Qt.ItemDataRole.BackgroundRole) is not None
    name = f"{values['beneficiary_name']} {values['beneficiary_lastname']}"
    assert model.index(row, beneficiary).data() == name
    assert format_amount(Decimal("1234.5")) == "1,234.50"


def test_filter_and_sort_at_100k_rows(big_journal: Any) -> None:
    model = HistoryModel(big_journal)
    assert model.rowCount() == 200  # the first page only, not 100,000 rows

    model.set_filter(HistoryFilter(text="Quispe"))
    assert model.rowCount() == 1 and not model.canFetchMore(QModelIndex())
    assert model.entry(0).external_id == f"hist-{NEEDLE_ROW:06d}"

    # Status REJECTED in sandbox: i % 6 == 3 implies i % 3 == 0, the sandbox rows.
    wanted = HistoryFilter(env_key="sandbox", statuses=(3,))
    model.set_filter(wanted)
    expected = sum(1 for i in range(100_000) if i % 6 == 3)
    assert big_journal.count(**wanted.query_args()) == expected
    assert model.rowCount() == 200
    assert all(model.entry(r).last_status == 3 and model.entry(r).env_key == "sandbox" for r in range(200))
    assert big_journal.count(env_key="staging", statuses=[3]) == 0

    model.set_filter(HistoryFilter(since=BASE_TIME - timedelta(minutes=10)))
    assert model.rowCount() == 11

    model.set_filter(HistoryFilter())
    amount = _column(model, "Amount")
    model.sort(amount, Qt.SortOrder.AscendingOrder)
    assert model.entry(0).amount == Decimal("0.25") and model.rowCount() == 200
    model.sort(amount, Qt.SortOrder.DescendingOrder)
    assert model.entry(0).amount == Decimal("999.25")
    model.sort(_column(model, "Created"), Qt.SortOrder.AscendingOrder)
    assert model.entry(0).external_id == "hist-099999"
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400 and model.entry(399).external_id == "hist-099600"


def test_queries_on_a_runner_keep_the_rows_until_the_new_ones_arrive(qtbot: Any, big_journal: Any) -> None:
    runner = TaskRunner()
    model = HistoryModel(big_journal, runner=runner)
    assert model.loading and model.rowCount() == 0
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        pass
    assert model.rowCount() == 200
    model.sort(_column(model, "Amount"), Qt.SortOrder.AscendingOrder)
    assert model.loading and model.rowCount() == 200  # the old rows stay meanwhile
    assert not model.canFetchMore(QModelIndex())
    model.set_filter(HistoryFilter(text="Quispe"))  # supersedes the sort's query
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.rowCount() == 1 and model.entry(0).external_id == f"hist-{NEEDLE_ROW:06d}"
    model.set_filter(HistoryFilter())
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.entry(0).amount == Decimal("0.25")  # still sorted by amount
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.rowCount() == 400
    runner.wait_for_done(5000)


def test_view_filter_bar_count_and_selection(qtbot: Any, small_journal: Any) -> None:
    runner = TaskRunner()
    view = HistoryView(small_journal, runner)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: "450" in view.count_label.text(), timeout=5000)
    _settle(qtbot, view)
    # Without a service nothing can be looked up or resubmitted, and the buttons say why.
    for button in (view.refresh_button, view.reconcile_button, view.resubmit_button):
        assert not button.isEnabled() and button.toolTip()
    assert view.model.rowCount() == 200  # the first page, fetched on a worker
    view.search_edit.setText("hist-00012")
    view.apply_filter()
    _settle(qtbot, view)
    assert view.model.rowCount() == 10
    qtbot.waitUntil(lambda: view.count_label.text().startswith("10 "), timeout=5000)

    view.search_edit.clear()
    view.status_combo.setCurrentIndex(view.status_combo.findText("ON_HOLD"))
    view.apply_filter()
    _settle(qtbot, view)
    assert view.model.rowCount() == 75
    assert all(view.model.entry(r).last_status == 5 for r in range(75))

    with qtbot.waitSignal(view.cashout_selected, timeout=5000) as blocker:
        view.table.selectRow(3)
    assert blocker.args[0].external_id == view.model.entry(3).external_id
    runner.wait_for_done(5000)


# -- the view with the real service ------------------------------------------------------------


@pytest.fixture
def desk_service(sandbox: Any, tmp_path: Path) -> Iterator[CashoutService]:
    env = EnvironmentConfig("sandbox", EnvironmentKind.SANDBOX, "Sandbox", "")
    journal = Journal(tmp_path / "desk.sqlite3")
    with CashoutService(env, sandbox.url, sandbox.credentials, journal) as service:
        yield service
    journal.close()


def test_selection_refresh_open_and_export(
    qtbot: Any, sandbox: Any, desk_service: CashoutService, tmp_path: Path
) -> None:
    sandbox.update_config({"pending_to_delivered_s": 300})
    created = [desk_service.submit(make_request()) for _ in range(3)]
    assert all(isinstance(c, Created) for c in created)
    runner = TaskRunner()
    view = HistoryView(desk_service.journal, runner)
    qtbot.addWidget(view)
    view.set_service(desk_service)
    assert view.env_combo.findData("sandbox") > 0
    _settle(qtbot, view)
    assert view.model.rowCount() == 3
    assert view.model.index(0, _column(view.model, "Status")).data() == "PENDING"

    # Selecting a row hands its journal entry and its recorded exchanges to the main window.
    exchanges: list[Any] = []
    view.exchange_selected.connect(exchanges.append)
    with qtbot.waitSignal(view.cashout_selected, timeout=5000) as blocker:
        view.table.selectRow(0)
    entry = blocker.args[0]
    assert entry.external_id == view.model.entry(0).external_id
    qtbot.waitUntil(lambda: len(exchanges) == 1, timeout=5000)
    assert exchanges[0].url.endswith("/v3/cashout")

    # Refresh open cashouts: every non-final row is looked up, with progress, then the table reloads.
    first = created[0]
    assert isinstance(first, Created)
    sandbox.force_status(first.cashout_id, 3, rejection_code=806)
    view.refresh_button.click()
    assert view.progress.isVisibleTo(view) and not view.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: view.refresh_button.isEnabled(), timeout=10_000)
    assert "3" in view.message_label.text()
    _settle(qtbot, view)
    refreshed = desk_service.journal.get("sandbox", first.external_id)
    assert refreshed is not None and refreshed.last_status == 3
    status = _column(view.model, "Status")
    assert "REJECTED" in [view.model.index(r, status).data() for r in range(view.model.rowCount())]
    view.refresh_button.click()  # straight again: rate-limited
    assert view.refresh_button.isEnabled() and "wait" in view.message_label.text()

    # Export the filtered rows: the file has them, and no secret.
    view.status_combo.setCurrentIndex(view.status_combo.findText("PENDING"))
    view.apply_filter()
    _settle(qtbot, view)
    assert view.model.rowCount() == 2
    target = tmp_path / "history.csv"
    target.write_text("an older export, readable by all")
    target.chmod(0o644)
    counts: list[int] = []
    view.export_to(target, counts.append)
    qtbot.waitUntil(lambda: counts == [2], timeout=5000)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # it names beneficiaries and their accounts
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 3 and "external_id" in rows[0]
    assert {r[rows[0].index("external_id")] for r in rows[1:]} == {
        c.external_id for c in created[1:] if isinstance(c, Created)
    }
    data = target.read_bytes()
    for secret in sandbox.credentials.secrets():
        assert secret.encode() not in data
    assert_no_secret(view, sandbox.credentials.secrets())
    runner.wait_for_done(5000)


def test_date_range_and_environment_filters(qtbot: Any, small_journal: Any) -> None:
    runner = TaskRunner()
    view = HistoryView(small_journal, runner)
    qtbot.addWidget(view)
    view.set_environments([("sandbox", "Sandbox"), ("staging", "Staging"), ("production", "Production")])
    view.env_combo.setCurrentIndex(view.env_combo.findData("staging"))
    day = BASE_TIME.astimezone().date()
    view.since_check.setChecked(True)
    view.since_edit.setDate(QDate(day.year, day.month, day.day))
    view.until_check.setChecked(True)
    view.until_edit.setDate(QDate(day.year, day.month, day.day))
    wanted = view.current_filter()
    assert wanted.env_key == "staging"
    assert wanted.since is not None and wanted.until is not None
    assert wanted.until - wanted.since == timedelta(days=1)  # "To" is inclusive: up to the next midnight
    view.apply_filter()
    _settle(qtbot, view)
    expected = [
        f"hist-{i:06d}" for i in range(450)
        if i % 3 == 1 and wanted.since <= row_values(i)["created_at"] < wanted.until
    ]
    assert expected
    assert [view.model.entry(r).external_id for r in range(view.model.rowCount())] == expected
    assert view.model.index(0, _column(view.model, "Environment")).data() == "Staging"  # its name
    runner.wait_for_done(5000)


def test_export_dialog_opens_in_the_documents_folder(
    qtbot: Any, small_journal: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not the directory the Desk was started from: the user's Documents folder."""
    from PySide6.QtWidgets import QFileDialog

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs: ~/Documents
    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    offered: list[str] = []

    def fake_dialog(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    runner = TaskRunner()
    view = HistoryView(small_journal, runner)
    qtbot.addWidget(view)
    view.export_button.click()
    assert offered == [str(home / "Documents" / "tupay-history.csv")]
    runner.wait_for_done(5000)  # the view's first queries, before the journal closes
