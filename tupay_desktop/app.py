"""The Desk's composition root: build the stores, start the embedded sandbox, show the main window.

``tupay-desktop`` (and ``python -m tupay_desktop``) run :func:`main`. The window appears at once,
built from only what its first frame shows; once that frame is painted, the sandbox's credentials
are read from the keyring (or generated) and the sandbox started on a worker (keyring and the
sandbox are imported there), and the window says "starting the sandbox…" meanwhile. Before any of
that, when Qt could not open a window (no display, the xcb plugin's libraries missing), it says so
in words and exits 2 (:mod:`tupay_desktop.ui.qt_start`). ``--self-test`` checks an install
without a person: offscreen, it creates one cashout on an in-process sandbox through the service,
reads its status back, prints the result and exits 0 (or 1).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tupay_desktop.resources import APP_ID, icon_path
from tupay_desktop.store import paths

if TYPE_CHECKING:
    from tupay_desktop.sandbox import Sandbox

APP_NAME = "TuPay Cashout Desk"
ORGANIZATION = "TuPay"
SANDBOX_STATE_FILE = "sandbox-state.json"
#: Set (to anything) by ``tests/benchmarks/bench_startup.py``: print ``first-paint <unix time>``
#: once the main window's first frame is painted, then quit. Measures the real start-up path,
#: of a checkout and of the bundle alike.
EXIT_AFTER_FIRST_PAINT = "TUPAY_DESK_EXIT_AFTER_FIRST_PAINT"


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tupay-desktop", description=APP_NAME)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="offscreen: create one cashout on the built-in sandbox, read its status, exit 0 on success",
    )
    parser.add_argument("--lang", help="UI language for this run (en, es, pt_BR); overrides the setting")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the Desk; returns the process exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _parse(arguments)
    if args.self_test:
        return self_test()
    return _run_gui(arguments, args.lang)


def _make_app(argv: list[str]) -> object:
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon = icon_path()
    if icon.exists():
        QApplication.setWindowIcon(QIcon(str(icon)))
    return app


def _run_gui(argv: list[str], language: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from tupay_desktop.store.credentials import CredentialStore
    from tupay_desktop.store.journal import Journal
    from tupay_desktop.store.settings import SettingsStore
    from tupay_desktop.ui.i18n import install_translations
    from tupay_desktop.ui.main_window import MainWindow
    from tupay_desktop.ui.workers import TaskRunner

    settings = SettingsStore()
    if QApplication.instance() is None:
        # Qt's answer to "no display" or "the xcb plugin's libraries are missing" is abort():
        # ask first, and say it in words (exit 2).
        from tupay_desktop.ui.qt_start import qt_start_problem

        problem = qt_start_problem(argv=argv)
        if problem is not None:
            from tupay_desktop.ui.i18n import catalogue_translator

            print(problem.explain(catalogue_translator(language or settings.language)), file=sys.stderr)
            return 2
    app = _make_app([a for a in argv if a not in ("--lang",)])
    assert isinstance(app, QApplication)
    translators = install_translations(app, language or settings.language)
    credentials = CredentialStore()
    journal = Journal()
    runner = TaskRunner(app)
    window = MainWindow(settings, credentials, journal, runner)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):

        def report_first_paint() -> None:
            print(f"first-paint {time.time()!r}", flush=True)
            app.quit()

        window.first_painted.connect(report_first_paint)
    window.show()

    sandboxes: list[Sandbox] = []
    state_file = paths.data_dir() / SANDBOX_STATE_FILE

    def start_sandbox() -> Sandbox:
        # Keyring read (may prompt), the imports of keyring and the sandbox, the socket bind: all
        # off the GUI thread, and only once the first frame is on the screen.
        from tupay_desktop.sandbox import Sandbox

        creds = credentials.ensure_sandbox_credentials()
        sandbox = Sandbox(credentials=creds, state_file=state_file)
        sandbox.start()
        sandboxes.append(sandbox)
        return sandbox

    window.first_painted.connect(
        lambda: runner.submit(
            start_sandbox,
            lambda sandbox: window.set_sandbox_url(sandbox.url),
            window.set_sandbox_failed,
        )
    )
    try:
        code = app.exec()
    finally:
        runner.wait_for_done(5000)  # lookups still running finish on open clients
        window.shutdown()
        for sandbox in sandboxes:
            sandbox.stop()
        journal.close()
    del translators
    return int(code)


def self_test() -> int:
    """Offscreen end-to-end check of an install: one sandbox cashout, created and looked up."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="tupay-selftest-") as tmp:
        os.environ.setdefault("TUPAY_DESK_CONFIG_DIR", str(Path(tmp) / "config"))
        os.environ.setdefault("TUPAY_DESK_DATA_DIR", str(Path(tmp) / "data"))
        try:
            return _self_test(Path(tmp))
        except Exception as exc:  # a self-test reports, it does not crash
            print(f"self-test: FAILED ({type(exc).__name__}: {exc})")
            return 1


def _self_test(tmp: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from tupay_desktop.api.models import CashoutStatusCode, Created, StatusResult
    from tupay_desktop.api.validation import validate_form
    from tupay_desktop.sandbox import Sandbox, SandboxConfig
    from tupay_desktop.service import CashoutService
    from tupay_desktop.store.credentials import CredentialStore, generate_sandbox_credentials
    from tupay_desktop.store.journal import Journal
    from tupay_desktop.store.memory_keyring import MemoryKeyring
    from tupay_desktop.store.settings import SettingsStore
    from tupay_desktop.ui.main_window import MainWindow

    app = _make_app([])
    assert isinstance(app, QApplication)
    creds = generate_sandbox_credentials()
    config = SandboxConfig(pending_to_delivered_s=0.2, delivered_to_completed_s=0.2)
    journal = Journal(tmp / "selftest-journal.sqlite3")
    settings = SettingsStore(tmp / "selftest-settings.json")
    with Sandbox(config=config, credentials=creds, state_file=tmp / SANDBOX_STATE_FILE) as sandbox:
        # The GUI can be built (Qt plugins and fonts present in the bundle).
        store = CredentialStore(backend=MemoryKeyring())
        store.set("sandbox", creds)
        window = MainWindow(settings, store, journal)
        window.set_sandbox_url(sandbox.url)
        window.show()
        app.processEvents()
        painted = not window.grab().isNull()
        window.close()

        request, problems = validate_form(
            {
                "external_id": f"selftest-{int(time.time())}",
                "amount": "10.00",
                "currency": "PEN",
                "document_type": "DNI",
                "document_id": "71594743",
                "beneficiary_name": "Self",
                "beneficiary_lastname": "Test",
                "bank_account": "00320001310356642337",
                "account_type": "S",
            }
        )
        if request is None:
            print("self-test: FAILED (the sample cashout is invalid: "
                  + "; ".join(p.message for p in problems) + ")")
            return 1
        service = CashoutService(settings.get("sandbox"), sandbox.url, creds, journal)
        try:
            outcome = service.submit(request)
            if not isinstance(outcome, Created):
                print(f"self-test: FAILED (create: {type(outcome).__name__})")
                return 1
            deadline = time.monotonic() + 10
            status = None
            while time.monotonic() < deadline:
                result = service.lookup(cashout_id=outcome.cashout_id, external_id=outcome.external_id)
                if not isinstance(result, StatusResult):
                    print(f"self-test: FAILED (status: {type(result).__name__})")
                    return 1
                status = result.status
                if status.code == CashoutStatusCode.COMPLETED:
                    break
                time.sleep(0.1)
        finally:
            service.close()
            window.shutdown()
    journal.close()
    if status is None:
        print("self-test: FAILED (no status)")
        return 1
    amount = Decimal(request.amount)
    print(
        f"self-test: OK — window painted: {painted}; cashout {outcome.cashout_id} "
        f"({outcome.external_id}, {amount} {request.currency}) status {status.code} {status.description}"
    )
    return 0 if painted and status.code == CashoutStatusCode.COMPLETED else 1


def __getattr__(name: str) -> Any:
    # The in-memory keyring (self-test, GUI tests) lives in its own module, imported only when asked
    # for: keyring costs about 40 ms to import, and the Desk's first window does not need it.
    if name == "MemoryKeyring":
        from tupay_desktop.store.memory_keyring import MemoryKeyring

        return MemoryKeyring
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
