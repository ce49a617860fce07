"""Make the README screenshots: the main window in Sandbox and in Production, with a filled form.

Offscreen (no display needed): ``uv run python tools/screenshots.py`` writes
``resources/screenshots/sandbox.png`` and ``resources/screenshots/production.png`` (and the
Production confirmation, the History and the Account tab). ``--lang=es`` and ``--dark`` make
previews of the Spanish text and of a
dark palette, with the language/``-dark`` in the file names, for checking the layout. A throw-away
config/data dir and an in-memory keyring are used, so nothing of the operator's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots"

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


def main() -> int:
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
    from tupay_desktop.ui.main_window import MainWindow

    app = _make_app([])
    assert isinstance(app, QApplication)
    suffix = ""
    for arg in sys.argv[1:]:
        if arg.startswith("--lang="):
            from tupay_desktop.ui.i18n import install_translations

            language = arg.split("=", 1)[1]
            translators = install_translations(app, language)  # noqa: F841 - kept alive
            suffix += f"-{language}"
    if "--dark" in sys.argv:
        # Preview of a dark palette (the real app follows the OS's; offscreen has none).
        from PySide6.QtGui import QColor, QPalette

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
        suffix += "-dark"
    OUT.mkdir(parents=True, exist_ok=True)
    config = SandboxConfig(pending_to_delivered_s=0.3, delivered_to_completed_s=0.6)
    with Sandbox(config=config) as sandbox:
        settings = SettingsStore()
        credentials = CredentialStore(backend=MemoryKeyring())
        credentials.set("sandbox", sandbox.credentials)
        journal = Journal()
        window = MainWindow(settings, credentials, journal)
        window.resize(1360, 860)
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
        _wait(app, lambda: False, 0.5)
        window.grab().save(str(OUT / f"sandbox{suffix}.png"))

        # History, after a few more sandbox cashouts (a rejection and an on-hold among them).
        for amount, name in (("813.00", "Rosa"), ("555.55", "Jorge"), ("75.00", "Lucía")):
            window.form.start_new_cashout()
            window.form.set_values({**FORM, "amount": amount, "beneficiary_name": name})
            window.form.request_send()
            _wait(app, lambda: not window.create_in_flight)
        _wait(app, lambda: False, 1.0)
        if window.history is not None:
            window.tabs.setCurrentWidget(window.history)
            window.history.reload()
            _wait(app, lambda: False, 1.0)
            window.grab().save(str(OUT / f"history{suffix}.png"))
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
        _wait(app, lambda: False, 0.5)
        window.grab().save(str(OUT / f"account{suffix}.png"))
        window.tabs.setCurrentIndex(0)

        # Production (pointed at a placeholder host: nothing is sent), with a filled form.
        settings.put(EnvironmentConfig("production", EnvironmentKind.PRODUCTION, "Production",
                                       "https://api.tupayonline.com"))
        credentials.set("production", sandbox.credentials)
        window.select_environment("production")
        _wait(app, lambda: window.service is not None)
        window.form.set_values(FORM)
        _wait(app, lambda: False, 0.5)
        window.grab().save(str(OUT / f"production{suffix}.png"))

        # The confirmation dialog as well.
        window.form.request_send()
        _wait(app, lambda: window.confirm_dialog is not None)
        dialog = window.confirm_dialog
        if dialog is not None:
            dialog.amount_edit.setText("1250")
            _wait(app, lambda: False, 0.3)
            dialog.grab().save(str(OUT / f"production-confirm{suffix}.png"))
            dialog.reject()
        _wait(app, lambda: not window.create_in_flight)
        window._closing_confirmed = True
        window.close()
        window.shutdown()
        journal.close()
    shots = ("sandbox", "history", "account", "production", "production-confirm")
    names = ", ".join(f"{name}{suffix}.png" for name in shots)
    print(f"wrote {names} in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
