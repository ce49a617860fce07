"""``tupay-cli`` with a journal it cannot use: exit 2, the file named, "nothing was sent" (true:
the sandbox saw no request), and the file left as it is. History works on a read-only disk."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.store.test_journal_opening import make_request
from tupay_desktop.api.models import Credentials
from tupay_desktop.cli import main
from tupay_desktop.store.journal import SCHEMA_VERSION, Journal, default_path

BENEFICIARY = [
    "--amount", "150.00", "--currency", "PEN", "--document-type", "DNI", "--document-id", "71594743",
    "--name", "José", "--lastname", "Peña", "--bank-account", "00219300153895206813", "--account-type", "S",
]


@pytest.fixture
def env_creds(sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Credentials:
    creds: Credentials = sandbox.credentials
    monkeypatch.setenv("TUPAY_API_KEY", creds.api_key)
    monkeypatch.setenv("TUPAY_API_PASSPHRASE", creds.passphrase)
    monkeypatch.setenv("TUPAY_API_SIGNATURE", creds.signature_secret)
    return creds


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def garbage(path: Path) -> None:
    path.write_bytes(b"\x13\x37 definitely not a journal " * 300)


def from_a_newer_desk(path: Path) -> None:
    Journal(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()


@pytest.mark.parametrize("damage", [garbage, from_a_newer_desk], ids=["garbage", "newer-desk"])
def test_create_on_an_unusable_journal_exits_2_and_sends_nothing(
    sandbox: Any, env_creds: Credentials, capsys: pytest.CaptureFixture[str], damage: Any
) -> None:
    path = default_path()
    damage(path)
    before = digest(path)
    code = main(["--base-url", sandbox.url, "create", "--external-id", "jr-1", *BENEFICIARY])
    out, err = capsys.readouterr()
    assert code == 2, err
    assert str(path) in err
    assert "Nothing was sent" in err
    assert "outcome unknown" not in (out + err).lower() and "Traceback" not in err
    assert sandbox.find(external_id="jr-1") is None  # and truly nothing reached TuPay
    assert digest(path) == before

    code = main(["--json", "--base-url", sandbox.url, "create", "--external-id", "jr-2", *BENEFICIARY])
    payload = json.loads(capsys.readouterr().out)
    assert code == 2 and payload["outcome"] == "journal_error" and payload["journal"] == str(path)

    assert main(["history"]) == 2  # not a traceback either
    assert str(path) in capsys.readouterr().err
    assert digest(path) == before


def _read_only_runner(directory: Path) -> list[str] | None:
    """A command prefix that runs its command with ``directory`` on a read-only mount (a user and
    mount namespace: works without root), or ``None`` where that is not possible."""
    if not shutil.which("unshare"):
        return None
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" "$1" && shift && exec "$@"'
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(directory), "true"],
                           capture_output=True, timeout=30)
    if probe.returncode != 0:
        return None
    return ["unshare", "-rm", "sh", "-c", script, "sh", str(directory)]


@contextlib.contextmanager
def read_only(directory: Path) -> Iterator[list[str]]:
    """Run commands under the returned prefix and ``directory`` is read-only for them: a read-only
    mount where namespaces allow it, else (not root) read-only permissions."""
    prefix = _read_only_runner(directory)
    if prefix is not None:
        yield prefix
        return
    if os.geteuid() == 0:  # root writes through permissions, and cannot mount here
        pytest.skip("root without user namespaces: no way to make a read-only disk here "
                    "(the read-only journal itself is tested in tests/store/test_journal_opening.py)")
    modes = {p: p.stat().st_mode for p in (directory, *directory.iterdir())}
    for path in modes:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield []
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def test_on_a_read_only_disk_history_works_and_create_exits_2(
    sandbox: Any, env_creds: Credentials, isolated_dirs: Path
) -> None:
    data = isolated_dirs / "data"
    with Journal(default_path()) as journal:
        journal.record_sending("sandbox", make_request("ro-disk-1"), "{}")
    before = digest(default_path())
    cli = [sys.executable, "-m", "tupay_desktop.cli"]
    env = dict(os.environ)
    with read_only(data) as prefix:
        history = subprocess.run([*prefix, *cli, "history", "--json"], capture_output=True, text=True,
                                 env=env, timeout=120)
        create = subprocess.run(
            [*prefix, *cli, "--base-url", sandbox.url, "create", "--external-id", "ro-disk-2",
             *BENEFICIARY],
            capture_output=True, text=True, env=env, timeout=120,
        )
    assert history.returncode == 0, history.stderr
    assert [c["external_id"] for c in json.loads(history.stdout)["cashouts"]] == ["ro-disk-1"]
    assert create.returncode == 2, create.stderr
    assert str(default_path()) in create.stderr and "read-only" in create.stderr
    assert "Nothing was sent" in create.stderr
    assert sandbox.find(external_id="ro-disk-2") is None
    assert digest(default_path()) == before
