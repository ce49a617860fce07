"""The history of every cashout sent from this machine: a table over the journal that scales to
100,000 rows, in three modules:

* :mod:`~tupay_desktop.ui.history.model` — :class:`HistoryModel`, the rows (fetched a page at a
  time), and the words of a row's status (:func:`status_word`, also the duplicate warning's);
* :mod:`~tupay_desktop.ui.history.view` — :class:`HistoryView`, the tab: filter bar, table, buttons;
* :mod:`~tupay_desktop.ui.history.actions` — :class:`HistoryActions`, the row actions: refresh open
  cashouts, reconcile, resubmit, export CSV, receipt.
"""

from tupay_desktop.ui.history.actions import REFRESH_MIN_INTERVAL_S, HistoryActions
from tupay_desktop.ui.history.model import (
    ATTENTION_STATES,
    ENTRY_ROLE,
    PAGE_SIZE,
    Column,
    HistoryFilter,
    HistoryModel,
    beneficiary_of,
    format_amount,
    format_time,
    last_checked,
    state_explanation,
    status_short,
    status_word,
)
from tupay_desktop.ui.history.view import HistoryView

__all__ = [
    "ATTENTION_STATES",
    "ENTRY_ROLE",
    "PAGE_SIZE",
    "REFRESH_MIN_INTERVAL_S",
    "Column",
    "HistoryActions",
    "HistoryFilter",
    "HistoryModel",
    "HistoryView",
    "beneficiary_of",
    "format_amount",
    "format_time",
    "last_checked",
    "state_explanation",
    "status_short",
    "status_word",
]
