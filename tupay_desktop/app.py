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
import gc
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from tupay_desktop.resources import APP_ID, icon_path
from tupay_desktop.store import paths

if TYPE_CHECKING:  # annotations only: the imports stay lazy (start-up time)
    from PySide6.QtWidgets import QApplication

    from tupay_desktop.sandbox import Sandbox
    from tupay_desktop.store.journal import Journal
    from tupay_desktop.store.settings import SettingsStore
    from tupay_desktop.ui.single_instance import SingleInstance

APP_NAME = "TuPay Cashout Desk"
ORGANIZATION = "TuPay"
SANDBOX_STATE_FILE = "sandbox-state.json"
#: Set (to anything) by ``tests/benchmarks/bench_startup.py``: print ``first-paint <unix time>``
#: once the main window's first frame is painted, then quit. Measures the real start-up path,
#: of a checkout and of the bundle alike.
EXIT_AFTER_FIRST_PAINT = "TUPAY_DESK_EXIT_AFTER_FIRST_PAINT"
#: Set (to anything) by ``bench_startup.py --dont-write-bytecode``: once the start-up has settled
#: and the bytecode it asked for is compiled (``tupay_desktop/bytecode.py``), print
#: ``settled <unix time>`` and quit — a start as an operator's first, after which they are warm.
EXIT_AFTER_SETTLED = "TUPAY_DESK_EXIT_AFTER_SETTLED"
#: After the first paint, when the window's deferred parts (History, the inspector's and the cashout
#: view's details, the Account tab) are built and the start-up's garbage can be collected at once.
STARTUP_SETTLED_MS = 1500
#: How long a thread may keep the GIL once another thread asks for it (the interpreter's default
#: is 5 ms). Answers are parsed on workers, and the GUI thread lets the GIL go inside many Qt calls
#: (a widget's size hint, a layout item's geometry, a signal's emit); with the default, each of
#: those may cost it 5 ms to get the GIL back while workers parse. Measured by
#: ``tests/benchmarks/bench_gui_stall.py`` (README, Performance).
GIL_SWITCH_INTERVAL_S = 0.001


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
    _configure_logging()
    # The start-up makes ~100,000 objects that live as long as the Desk (modules, classes, the
    # window): collecting cycles among them on the way walks them again and again, ~8 ms of the
    # start-up. The collection resumes with the first frame, on the GUI thread (``_run_desk``).
    gc.disable()
    return _run_gui(arguments, args.lang)


def _configure_logging() -> None:
    """Warnings on stderr; and the hand-over between Desks on one profile (one line each)."""
    if logging.getLogger().handlers:
        return
    logging.basicConfig(level=logging.WARNING, format="tupay-desktop: %(message)s", stream=sys.stderr)
    logging.getLogger("tupay_desktop.ui.single_instance").setLevel(logging.INFO)


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

    import tupay_desktop.ui  # noqa: F401  (first: it spares later imports PySide6's source scan)
    from tupay_desktop.store.settings import SettingsStore
    from tupay_desktop.ui.i18n import install_translations
    from tupay_desktop.ui.single_instance import SingleInstance

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
    # One Desk per profile: two on one journal would show different histories and invite paying
    # twice. A later start brings the running Desk to the front and exits.
    instance = SingleInstance(paths.data_dir())
    if not instance.acquire():
        code = _hand_over(instance)
        del translators
        return code
    try:
        return _run_desk(app, settings, instance)
    finally:
        instance.release()
        del translators


def _hand_over(instance: SingleInstance) -> int:
    """This profile already has a Desk: ask it to show itself; 0 once it answered."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from tupay_desktop.ui.i18n import arg

    pid = instance.hand_over()
    if pid is not None:
        print(f"tupay-desktop: this profile's Desk is already running (pid {pid}); its window was "
              "brought to the front.", file=sys.stderr)
        return 0
    owner = instance.lock_owner()
    message = arg(
        QCoreApplication.translate(
            "DeskStart",
            "TuPay Cashout Desk is already running on this profile (process %1), but it does not "
            "answer. Close it, or end that process, and start the Desk again. If no Desk is "
            "running, delete %2.",
        ),
        owner if owner is not None else "?",
        str(instance.lock_path),
    )
    print(f"tupay-desktop: {message}", file=sys.stderr)
    QMessageBox.warning(None, APP_NAME, message)
    return 1


def _open_journal(before_asking: Callable[[], None] = lambda: None) -> tuple[Journal, str | None] | None:
    """The journal, after asking the operator what to do if it cannot be used as it is: keep it
    aside and start a fresh one, or quit (``None``). Returns it with a note for the window.
    ``before_asking`` runs before that question is put (the hand-over server starts listening, so
    a later start brings the question to the front)."""
    from tupay_desktop.store.journal import (
        JournalOpenError,
        aside_path,
        keep_aside,
        open_writable_or_read_only,
    )
    from tupay_desktop.ui.journal_problem import ask_about_journal, kept_aside_message

    failure: str | None = None
    note: str | None = None
    while True:
        try:
            return open_writable_or_read_only(), note
        except JournalOpenError as error:
            before_asking()
            aside = aside_path(error.path) if error.can_keep_aside else None
            if not ask_about_journal(error, aside, failure):
                return None
            try:
                kept = keep_aside(error.path, aside)
            except OSError as exc:
                failure = exc.strerror or type(exc).__name__
                continue
            failure = None
            note = kept_aside_message(kept, error.path)


def _run_desk(app: QApplication, settings: SettingsStore, instance: SingleInstance) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from tupay_desktop.store.credentials import CredentialStore
    from tupay_desktop.ui.main_window import MainWindow
    from tupay_desktop.ui.workers import TaskRunner

    windows: list[QWidget] = []
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)

    def show_desk() -> None:
        # Before the window exists, the journal's dialog may be up: bring that to the front.
        target = windows[0] if windows else QApplication.activeModalWidget()
        if target is None:
            return
        if target.isMinimized():
            target.showNormal()
        target.show()
        target.raise_()
        target.activateWindow()

    instance.activation_requested.connect(show_desk)
    opened = _open_journal(instance.listen)
    if opened is None:
        return 1
    journal, note = opened
    credentials = CredentialStore()
    runner = TaskRunner(app)
    window = MainWindow(settings, credentials, journal, runner)
    windows.append(window)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):

        def report_first_paint() -> None:
            print(f"first-paint {time.time()!r}", flush=True)
            app.quit()

        window.first_painted.connect(report_first_paint)
    window.show()
    if note:
        window.statusBar().showMessage(note, 60_000)

    sandboxes: list[Sandbox] = []
    state_file = paths.data_dir() / SANDBOX_STATE_FILE

    def start_sandbox() -> Sandbox:
        # Keyring read (may prompt), the imports of keyring and the sandbox, the socket bind: all
        # off the GUI thread, and only once the first frame is on the screen.
        from tupay_desktop.sandbox import Sandbox

        creds = credentials.ensure_sandbox_credentials()
        sandbox = Sandbox(credentials=creds, state_file=state_file)
        # Its Merchants API (the Account tab, the balance) with a user kept like the other secrets.
        sandbox.merchants.credentials = credentials.ensure_sandbox_merchants_credentials()
        sandbox.start()
        sandboxes.append(sandbox)
        return sandbox

    def sandbox_started(sandbox: Sandbox) -> None:
        window.set_sandbox_merchants(sandbox.merchants.credentials)
        window.set_sandbox_url(sandbox.url)

    # Later starts on this profile are answered from the first frame on (they try again meanwhile).
    window.first_painted.connect(instance.listen)
    # Where Python may not write bytecode, what the start-up imported is compiled once it has
    # settled, in another process (tupay_desktop/bytecode.py): the next start reads it.
    exit_after_settled = bool(os.environ.get(EXIT_AFTER_SETTLED))

    def compile_bytecode() -> object:
        from tupay_desktop.bytecode import compile_stale_bytecode

        process = compile_stale_bytecode()
        if process is not None and exit_after_settled:
            process.wait(120)
        return process

    def compiled(_result: object) -> None:
        if exit_after_settled:
            print(f"settled {time.time()!r}", flush=True)
            app.quit()

    # From the first frame on, when workers start running, reference cycles (which may hold Qt
    # objects) are collected on this thread only; the start-up's garbage is collected in one go
    # once the window's deferred parts are built, not by a full collection in the middle of the
    # operator's first minute, and what the start-up keeps is frozen out of later full
    # collections (ui/gui_gc.py). Until then nothing is collected (see ``main``): what the
    # start-up made is frozen at once, out of the young collections' sight, and weighed once, when
    # the start-up has settled — the moment its bytecode is compiled, too.
    def collect_on_this_thread() -> None:
        from tupay_desktop.ui.gui_gc import collect_on_gui_thread

        gc.freeze()
        # A full collection due while tasks are in flight waits for a quiet moment.
        collector = collect_on_gui_thread(app, busy=lambda: runner.active_count() > 0)

        def start_up_settled() -> None:
            collector.settle()
            runner.submit(compile_bytecode, compiled, compiled)

        QTimer.singleShot(STARTUP_SETTLED_MS, collector, start_up_settled)

    window.first_painted.connect(collect_on_this_thread)
    # The sandbox (its import, the keyring, the socket) starts once the first frame is on screen.
    window.first_painted.connect(
        lambda: runner.submit(start_sandbox, sandbox_started, window.set_sandbox_failed)
    )
    try:
        code = app.exec()
    finally:
        runner.wait_for_done(5000)  # lookups still running finish on open clients
        window.shutdown()
        for sandbox in sandboxes:
            sandbox.stop()
        journal.close()
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
    from tupay_desktop.store.settings import SettingsStore
    from tupay_desktop.ui.main_window import MainWindow

    app = _make_app([])
    assert isinstance(app, QApplication)
    creds = generate_sandbox_credentials()
    config = SandboxConfig(pending_to_delivered_s=0.2, delivered_to_completed_s=0.2)
    journal = Journal(tmp / "selftest-journal.sqlite3")
    settings = SettingsStore(tmp / "selftest-settings.json")
    with Sandbox(config=config, credentials=creds, state_file=tmp / SANDBOX_STATE_FILE) as sandbox:
        # The GUI can be built (Qt plugins and fonts present in the bundle). The operator's OS
        # keyring is not touched: session-only credentials.
        store = CredentialStore(use_keyring=False)
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

