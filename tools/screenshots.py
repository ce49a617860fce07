"""Screenshots of the Desk at the sizes operators use, in every language it speaks.

``uv run python tools/screenshots.py`` makes, for each language (en, es, pt_BR) and each size
(800×600, 1280×820, 1920×1080): the Sandbox form with a cashout followed to COMPLETED, the
History tab, and Production with a filled form (``resources/screenshots/all/<lang>/<size>/``), plus
the Production confirmation and the form with its Send button focused, per language
(``…/<lang>/dialogs/``); then it copies the 1280×820 English ones the README shows
to ``resources/screenshots/``. They are for looking at: every layout problem (cut text,
overlapping panes, elided buttons) shows up in one of them.

Options: ``--lang=es`` (one language), ``--size=800x600`` (one size, repeatable), ``--dark`` (a dark
palette; files get ``-dark``), ``--out=DIR``. It runs on the display in ``$DISPLAY`` when there is
one (e.g. under ``Xvfb :97 -screen 0 1920x1080x24 &`` with ``DISPLAY=:97``, which renders the real
xcb fonts), else offscreen. A throw-away config/data dir and an in-memory keyring are used, so
nothing of the operator's is touched; Production points at a placeholder host and nothing is sent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "resources" / "screenshots"
LANGUAGES = ("en", "es", "pt_BR")
SIZES = ((800, 600), (1280, 820), (1920, 1080))
#: What the README shows: 1280×820 in English.
README_SIZE, README_LANGUAGE = (1280, 820), "en"
README_SHOTS = ("sandbox", "history", "account", "production", "production-confirm")

FORM = {
    "amount": "1250.00",
    "currency": "PEN",
    "document_type": "DNI",
    "document_id": "71594743",
    "beneficiary_name": "Alex",
    "beneficiary_lastname": "Gonzales",
    "bank_account": "00320001310356642337",
    "account_type": "S",
    "notification_url": "https://merchant.example/tupay/notify",
    "comments": "Invoice 2024-118",
}


def _wait(app: object, condition: object, timeout: float = 10.0) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if callable(condition) and condition():
            return
        time.sleep(0.02)


def _settle(app: object, seconds: float = 0.3) -> None:
    _wait(app, lambda: False, seconds)


def _size_name(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def _dark_palette(app: object) -> None:
    """A dark palette (the real app follows the OS's; offscreen and bare Xvfb have none)."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    dark = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#2b2d30"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1f22"),
        (role.AlternateBase, "#27282b"), (role.Text, "#e6e6e6"), (role.Button, "#3a3c40"),
        (role.ButtonText, "#e6e6e6"), (role.Highlight, "#2f65ca"), (role.HighlightedText, "#ffffff"),
        (role.PlaceholderText, "#9a9a9a"), (role.ToolTipBase, "#3a3c40"), (role.ToolTipText, "#e6e6e6"),
        (role.Mid, "#4a4c50"), (role.Dark, "#202124"), (role.Light, "#505357"),
    ):
        dark.setColor(r, QColor(colour))
    app.setPalette(dark)


def shoot(language: str, sizes: list[tuple[int, int]], out: Path, dark: bool) -> list[Path]:
    """One language in this process (translations are installed before any widget exists)."""
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp(prefix="tupay-shots-")
    os.environ["TUPAY_DESK_CONFIG_DIR"] = str(Path(tmp) / "config")
    os.environ["TUPAY_DESK_DATA_DIR"] = str(Path(tmp) / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from tests.store.conftest import MemoryKeyring
    from tupay_desktop.app import _make_app
    from tupay_desktop.sandbox import Sandbox, SandboxConfig
    from tupay_desktop.store.credentials import CredentialStore
    from tupay_desktop.store.journal import Journal
    from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind, SettingsStore
    from tupay_desktop.ui.i18n import install_translations
    from tupay_desktop.ui.main_window import MainWindow

    app = _make_app([])
    assert isinstance(app, QApplication)
    translators = install_translations(app, language)  # noqa: F841 - kept alive
    suffix = "-dark" if dark else ""
    if dark:
        _dark_palette(app)
    written: list[Path] = []

    def save(widget: object, size: tuple[int, int] | None, name: str) -> None:
        from PySide6.QtWidgets import QWidget

        assert isinstance(widget, QWidget)
        folder = out / language / (_size_name(size) if size is not None else "dialogs")
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    def each_size(window: MainWindow, name: str) -> None:
        for size in sizes:
            window.resize(*size)
            _settle(app)
            window.splitter.setSizes(window.default_splitter_sizes())  # as a Desk opened at this size
            _settle(app)
            save(window, size, name)

    config = SandboxConfig(pending_to_delivered_s=0.3, delivered_to_completed_s=0.6)
    with Sandbox(config=config) as sandbox:
        settings = SettingsStore()
        credentials = CredentialStore(backend=MemoryKeyring())
        credentials.set("sandbox", sandbox.credentials)
        journal = Journal()
        window = MainWindow(settings, credentials, journal)
        window.resize(*sizes[0])
        window.cashout_view.backoff_ms = (300, 600)
        window.set_sandbox_merchants(sandbox.merchants.credentials)  # as the app starts it
        window.set_sandbox_url(sandbox.url)
        window.show()
        _wait(app, lambda: window.service is not None)

        # Sandbox: one cashout sent and followed to COMPLETED, the next one filled in.
        window.form.set_values(FORM)
        window.form.request_send()
        _wait(app, lambda: not window.create_in_flight)
        _wait(app, lambda: window.cashout_view.status is not None and window.cashout_view.status.code == 1)
        window.form.set_values({**FORM, "amount": "320.50", "beneficiary_name": "María",
                                "beneficiary_lastname": "Quispe", "document_id": "45872211",
                                "bank_account": "00219300153895206813"})
        _settle(app, 0.5)
        each_size(window, "sandbox")

        # The Send button with keyboard focus (its ring must show, in light and dark).
        window.resize(*README_SIZE)
        window.activateWindow()
        _wait(app, window.isActiveWindow, 3.0)
        window.form.send_button.setFocus()
        _settle(app)
        save(window.form, None, "form-send-focused")
        window.form.field("beneficiary_name").setFocus()

        # History, after a few more sandbox cashouts (a rejection and an on-hold among them).
        for amount, name in (("813.00", "Rosa"), ("555.55", "Jorge"), ("75.00", "Lucía")):
            window.form.start_new_cashout()
            window.form.set_values({**FORM, "amount": amount, "beneficiary_name": name})
            window.form.request_send()
            _wait(app, lambda: not window.create_in_flight)
            _wait(app, lambda: window.duplicates_box is None and not window.create_in_flight)
        # One whose connection is reset before TuPay processed it: looked up, "Not created".
        from tupay_desktop.sandbox import Fault

        window.form.start_new_cashout()
        window.form.set_values({**FORM, "amount": "42.00", "beneficiary_name": "Rosa"})
        sandbox.inject(Fault.RESET_BEFORE_COMMIT)
        window.form.request_send()
        _wait(app, lambda: not window.create_in_flight)
        _settle(app, 1.0)
        if window.history is not None:
            window.tabs.setCurrentWidget(window.history)
            window.history.reload()
            _settle(app, 1.0)
            each_size(window, "history")
            window.tabs.setCurrentIndex(0)

        # The Account tab: the account's cashouts, two of them made from the web panel.
        sandbox.merchants.panel_cashout({"external_id": "panel-2024-0117", "amount": "480.00",
                                         "beneficiary_name": "Carmen", "document_id": "40112233"})
        sandbox.merchants.panel_cashout({"external_id": "panel-2024-0118", "amount": "1250.00",
                                         "document_id": "71594743"})
        window.tabs.setCurrentWidget(window.account_view)
        fetched: list[bool] = []
        window.account_view.fetched.connect(lambda: fetched.append(True))
        window.account_view.fetch()
        _wait(app, lambda: bool(fetched))
        window.balance.refresh()
        _settle(app, 0.5)
        each_size(window, "account")
        window.tabs.setCurrentIndex(0)

        # Production (pointed at a placeholder host: nothing is sent), with a filled form.
        settings.put(EnvironmentConfig("production", EnvironmentKind.PRODUCTION, "Production",
                                       "https://api.tupayonline.com"))
        credentials.set("production", sandbox.credentials)
        window.select_environment("production")
        _wait(app, lambda: window.service is not None)
        window.form.set_values(FORM)
        _settle(app, 0.5)
        each_size(window, "production")

        # The confirmation dialog (its size does not follow the window's).
        window.resize(*README_SIZE)
        window.form.request_send()
        _wait(app, lambda: window.confirm_dialog is not None)
        dialog = window.confirm_dialog
        if dialog is not None:
            dialog.amount_edit.setText("1250")
            _settle(app)
            save(dialog, None, "production-confirm")
            dialog.reject()
        _wait(app, lambda: not window.create_in_flight)
        window._closing_confirmed = True
        window.close()
        window.shutdown()
        journal.close()
    return written


def _parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str]) -> int:
    languages = [a.split("=", 1)[1] for a in argv if a.startswith("--lang=")] or list(LANGUAGES)
    sizes = [_parse_size(a.split("=", 1)[1]) for a in argv if a.startswith("--size=")] or list(SIZES)
    outs = [a.split("=", 1)[1] for a in argv if a.startswith("--out=")]
    out = Path(outs[-1]) if outs else SHOTS / "all"
    dark = "--dark" in argv
    if "--one" in argv:  # the child: one language in this process
        for path in shoot(languages[0], sizes, out, dark):
            print(path.relative_to(out) if path.is_relative_to(out) else path)
        return 0
    for language in languages:
        command = [sys.executable, __file__, "--one", f"--lang={language}", f"--out={out}"]
        command += [f"--size={_size_name(size)}" for size in sizes] + (["--dark"] if dark else [])
        print(f"{language}…", flush=True)
        subprocess.run(command, check=True)  # noqa: S603 - this script, with our own arguments
    if not outs and README_LANGUAGE in languages and README_SIZE in sizes and not dark:
        for name in README_SHOTS:
            folder = "dialogs" if name == "production-confirm" else _size_name(README_SIZE)
            source = out / README_LANGUAGE / folder / f"{name}.png"
            if source.exists():
                shutil.copyfile(source, SHOTS / f"{name}.png")
        print(f"README screenshots ({_size_name(README_SIZE)}, {README_LANGUAGE}) copied to {SHOTS}")
    print(f"all screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
