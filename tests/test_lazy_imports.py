"""Start-up paths import only what they use (issue 14): what each one must *not* load, checked in a
fresh interpreter. The timings are figures of ``tests/benchmarks/`` (never asserted here); these
tests keep a stray top-level import from quietly bringing the slow parts back.

- The Desk's first window: no keyring, httpx, HTTP client, Merchants API, sandbox, service,
  diagnosis, history, Account tab, receipt PDF or settings dialog (they are imported on the worker
  that needs them, or when first shown).
- A ``tupay-cli status`` lookup: no sandbox (unless asked for), no keyring (credentials from the
  environment), no create-only code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tupay_desktop.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[1]

REPORT = (
    "import atexit, json, sys\n"
    "atexit.register(lambda: print('MODULES ' + json.dumps(sorted(sys.modules)), file=sys.stderr))\n"
)


def _modules(code: str, env: dict[str, str]) -> set[str]:
    proc = subprocess.run([sys.executable, "-c", REPORT + code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    lines = [line for line in proc.stderr.splitlines() if line.startswith("MODULES ")]
    assert lines, proc.stderr[-2000:]
    return set(json.loads(lines[-1].removeprefix("MODULES ")))


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"TUPAY_DESK_CONFIG_DIR": str(tmp_path / "config"),
                "TUPAY_DESK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"})
    env.update(extra)
    return env


def _loaded(modules: set[str], *names: str) -> list[str]:
    return sorted(m for m in modules for name in names if m == name or m.startswith(name + "."))


def test_the_desks_first_window_imports_none_of_the_slow_parts(tmp_path: Path) -> None:
    code = (
        "from tupay_desktop.app import _make_app\n"
        "from tupay_desktop.store.credentials import CredentialStore\n"
        "from tupay_desktop.store.journal import Journal\n"
        "from tupay_desktop.store.settings import SettingsStore\n"
        "from tupay_desktop.store import paths\n"
        "from tupay_desktop.ui.main_window import MainWindow\n"
        "from tupay_desktop.ui.single_instance import SingleInstance\n"
        "app = _make_app([])\n"
        "assert SingleInstance(paths.data_dir()).acquire()\n"
        "window = MainWindow(SettingsStore(), CredentialStore(), Journal())\n"
        "window.show()\n"
        "window.repaint()  # the first frame; what is deferred to after it is not run (no event loop)\n"
        "assert window._first_paint_seen\n"
    )
    modules = _modules(code, _env(tmp_path))
    assert "tupay_desktop.ui.main_window" in modules
    assert _loaded(modules, "keyring", "httpx", "truststore", "importlib.metadata", "tupay_desktop.sandbox",
                   "tupay_desktop.service", "tupay_desktop.api.diagnosis", "tupay_desktop.ui.history",
                   "tupay_desktop.ui.settings_dialog", "hmac", "secrets",
                   # the Account tab and the receipt's PDF machinery: on first use, or after the paint
                   "tupay_desktop.ui.account", "tupay_desktop.account", "tupay_desktop.ui.receipt",
                   # what the first cashout or exchange shown needs
                   "tupay_desktop.receipt", "tupay_desktop.api.sandbox_admin", "tupay_desktop.api.curl",
                   "tupay_desktop.ui.json_tree", "tupay_desktop.ui.exchange_file",
                   # the hand-over server listens once the first frame is on the screen
                   "PySide6.QtNetwork", "hashlib",
                   # the client and the Merchants API (~8 ms of dataclasses): the first frame only
                   # checks addresses (api.addresses); requests and balances come after it
                   "tupay_desktop.api.client", "tupay_desktop.api.merchants",
                   "tupay_desktop.api.signing") == []


def test_a_status_lookup_loads_no_sandbox_no_keyring_and_no_create_path(tmp_path: Path) -> None:
    with Sandbox() as sandbox:
        creds = sandbox.credentials
        env = _env(tmp_path, TUPAY_API_KEY=creds.api_key, TUPAY_API_PASSPHRASE=creds.passphrase,
                   TUPAY_API_SIGNATURE=creds.signature_secret)
        code = (
            "import sys\n"
            "from tupay_desktop.cli import main\n"
            f"code = main(['--base-url', {sandbox.url!r}, 'status', '--external-id', 'lazy-1'])\n"
            "assert code == 1, code  # 509: TuPay has no such cashout (the lookup did run)\n"
        )
        modules = _modules(code, env)
    assert "httpx" in modules  # the request was made
    assert _loaded(modules, "tupay_desktop.sandbox", "keyring", "tupay_desktop.ui", "PySide6",
                   "importlib.metadata") == []


def test_the_cli_parser_alone_loads_no_http_client(tmp_path: Path) -> None:
    modules = _modules("from tupay_desktop.cli import build_parser\nbuild_parser()\n", _env(tmp_path))
    assert _loaded(modules, "httpx", "keyring", "tupay_desktop.sandbox", "tupay_desktop.service",
                   "importlib.metadata") == []


def test_the_version_is_the_installed_distributions() -> None:
    from importlib.metadata import version

    import tupay_desktop

    assert tupay_desktop.__version__ == version("tupay-desktop")
    assert tupay_desktop.USER_AGENT == f"TuPayCashoutDesk/{version('tupay-desktop')}"
