"""``tupay-cli hold`` / ``release`` (experimental, D24-documented) and the bank reference in
``status``, against the sandbox over loopback."""

from __future__ import annotations

import json
from typing import Any

from tests.test_cli import BENEFICIARY, Run, _field, env_creds, memory_store, run
from tupay_desktop.cli import main

__all__ = ["env_creds", "memory_store", "run"]  # fixtures shared with tests/test_cli.py


def test_hold_then_release_are_experimental_and_work(sandbox: Any, run: Run) -> None:
    sandbox.config.pending_to_delivered_s = 3600
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "hold-1")
    cashout_id = _field(out, "cashout_id")
    code, out, err = run("--base-url", sandbox.url, "hold", "--cashout-id", cashout_id,
                         "--external-id", "hold-1")
    assert code == 0 and "EXPERIMENTAL" in err
    assert "(5)" in _field(out, "status")
    assert sandbox.find(cashout_id=int(cashout_id)).status == 5
    code, out, _ = run("--base-url", sandbox.url, "hold", "--cashout-id", cashout_id,
                       "--external-id", "hold-1")
    assert code == 1 and "510" in out
    code, out, err = run("--base-url", sandbox.url, "release", "--json", "--cashout-id", cashout_id,
                         "--external-id", "hold-1")
    assert code == 0 and "EXPERIMENTAL" in err
    answer = json.loads(out)
    assert (answer["outcome"], answer["status"]["code"]) == ("released", 0)


def test_a_held_cashout_is_not_cancellable_in_the_status_and_its_cancel_says_release_it_first(
        sandbox: Any, run: Run) -> None:
    """One story: the status says a held cashout cannot be cancelled, and the cancel agrees."""
    sandbox.config.pending_to_delivered_s = 3600
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "hold-2")
    cashout_id = _field(out, "cashout_id")
    code, _, _ = run("--base-url", sandbox.url, "hold", "--cashout-id", cashout_id, "--external-id", "hold-2")
    assert code == 0
    code, out, _ = run("--base-url", sandbox.url, "status", "--json", "--external-id", "hold-2")
    status = json.loads(out)["status"]
    assert (status["name"], status["cancellable"]) == ("ON_HOLD", False)
    code, out, _ = run("--base-url", sandbox.url, "cancel", "--cashout-id", cashout_id,
                       "--external-id", "hold-2")
    assert code == 1 and "510" in out and "move it back to Pending before cancelling it" in out
    assert sandbox.find(cashout_id=int(cashout_id)).status == 5


def test_status_shows_the_bank_reference(sandbox: Any, run: Run) -> None:
    code, out, _ = run("--base-url", sandbox.url, "create", *BENEFICIARY, "--external-id", "bankref-1")
    cashout_id = int(_field(out, "cashout_id"))
    sandbox.force_status(cashout_id, 1)
    code, out, _ = run("--base-url", sandbox.url, "status", "--external-id", "bankref-1")
    assert code == 0
    assert _field(out, "bank reference") == f"SBX{cashout_id:012d}"
    code, out, _ = run("--base-url", sandbox.url, "status", "--json", "--external-id", "bankref-1")
    assert json.loads(out)["status"]["bank_reference_id"] == f"SBX{cashout_id:012d}"


def test_help_lists_hold_and_release_as_experimental(capsys: Any) -> None:
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "hold" in text and "release" in text
    assert main(["hold", "--help"]) == 0
    assert "EXPERIMENTAL" in capsys.readouterr().out
