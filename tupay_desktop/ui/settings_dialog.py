"""Settings: environments (base URL, name, default notification URL), their credentials in the OS
keyring, their Merchants API (URL and user; ``ui/account.py``), a "Test connection" diagnosis, and
the UI language.

Secrets are never shown: the credential fields start empty (the stored status is shown masked
instead) and are cleared once saved. Every keyring and network call runs on the task runner.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tupay_desktop.api.diagnosis import Diagnosis
from tupay_desktop.api.models import Credentials
from tupay_desktop.store.credentials import CredentialStatus, CredentialStore
from tupay_desktop.store.settings import (
    EnvironmentConfig,
    EnvironmentKind,
    SettingsStore,
    validate,
)
from tupay_desktop.ui import theme
from tupay_desktop.ui.account import MerchantsSettingsBox
from tupay_desktop.ui.environment_bar import environment_name
from tupay_desktop.ui.environment_dialog import CustomEnvironmentDialog
from tupay_desktop.ui.i18n import LANGUAGES, arg
from tupay_desktop.ui.workers import TaskRunner

#: Runs (on a worker) the connectivity check of one environment with its saved credentials.
CheckFunction = Callable[[EnvironmentConfig], Diagnosis]


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


class SettingsDialog(QDialog):
    """Environments, credentials, connection test and language."""

    environments_changed = Signal()
    credentials_changed = Signal(str)

    def __init__(
        self,
        settings: SettingsStore,
        credentials: CredentialStore,
        runner: TaskRunner,
        check: CheckFunction,
        current_key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._credentials = credentials
        self._runner = runner
        self._check = check
        self._env: EnvironmentConfig | None = None
        #: The open "Add a custom environment" form, if any (tests drive it).
        self.add_dialog: CustomEnvironmentDialog | None = None
        self._build()
        # Room for the credential status and the verdict to wrap, and for the placeholders.
        hint = self.sizeHint()
        self.resize(max(hint.width(), 780), max(hint.height(), 620))
        self._reload(current_key or settings.last_selected)

    # -- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        layout.addLayout(body, 1)

        left = QVBoxLayout()
        list_label = QLabel(self.tr("&Environments"), self)
        self.env_list = QListWidget(self)
        self.env_list.setAccessibleName(self.tr("Environments"))
        self.env_list.setMinimumWidth(170)
        self.env_list.setMaximumWidth(240)  # the forms on the right get the width
        list_label.setBuddy(self.env_list)
        left.addWidget(list_label)
        left.addWidget(self.env_list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add custom…"), self)
        self.add_button.setAccessibleName(self.tr("Add a custom environment"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected custom environment"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        body.addLayout(left)

        right = QVBoxLayout()
        body.addLayout(right, 1)

        env_box = QGroupBox(self.tr("Environment"), self)
        env_form = QFormLayout(env_box)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Display name"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Base URL"))
        self.url_edit.setPlaceholderText("https://…")
        self.notification_edit = QLineEdit(self)
        self.notification_edit.setAccessibleName(self.tr("Default notification URL"))
        self.notification_edit.setPlaceholderText(self.tr("https://… (optional)"))
        for caption, edit in (
            (self.tr("Display &name"), self.name_edit),
            (self.tr("&Base URL"), self.url_edit),
            (self.tr("Default &notification URL"), self.notification_edit),
        ):
            label = QLabel(caption, self)
            label.setBuddy(edit)
            env_form.addRow(label, edit)
        self.env_message = QLabel(self)
        self.env_message.setObjectName("environmentMessage")
        self.env_message.setWordWrap(True)
        env_form.addRow(self.env_message)
        self.save_env_button = QPushButton(self.tr("Save environment"), self)
        self.save_env_button.setAccessibleName(self.tr("Save environment"))
        env_form.addRow(self.save_env_button)
        right.addWidget(env_box)

        self.cred_box = cred_box = QGroupBox(self.tr("Credentials (kept in the OS keyring)"), self)
        cred_form = QFormLayout(cred_box)
        self.cred_status = QLabel(self)
        self.cred_status.setObjectName("credentialStatus")
        self.cred_status.setWordWrap(True)
        cred_form.addRow(self.cred_status)
        self.api_key_edit = QLineEdit(self)
        self.passphrase_edit = QLineEdit(self)
        self.signature_edit = QLineEdit(self)
        for caption, accessible, edit in (
            (self.tr("API &Key"), self.tr("API Key"), self.api_key_edit),
            (self.tr("API &Passphrase"), self.tr("API Passphrase"), self.passphrase_edit),
            (self.tr("API &Signature"), self.tr("API Signature"), self.signature_edit),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(accessible)
            label = QLabel(caption, self)
            label.setBuddy(edit)
            cred_form.addRow(label, edit)
        cred_buttons = QHBoxLayout()
        self.save_cred_button = QPushButton(self.tr("Save credentials"), self)
        self.save_cred_button.setAccessibleName(self.tr("Save credentials"))
        self.clear_cred_button = QPushButton(self.tr("Clear credentials"), self)
        self.clear_cred_button.setAccessibleName(self.tr("Clear credentials"))
        self.retry_keyring_button = QPushButton(self.tr("Retry keyring"), self)
        self.retry_keyring_button.setAccessibleName(self.tr("Retry keyring"))
        self.retry_keyring_button.setToolTip(
            self.tr("Try the OS keyring again, after unlocking it (it may ask for its password)")
        )
        self.retry_keyring_button.setVisible(False)
        cred_buttons.addWidget(self.save_cred_button)
        cred_buttons.addWidget(self.clear_cred_button)
        cred_buttons.addWidget(self.retry_keyring_button)
        cred_buttons.addStretch(1)
        cred_form.addRow(cred_buttons)
        self.cred_message = QLabel(self)
        self.cred_message.setObjectName("credentialMessage")
        self.cred_message.setWordWrap(True)
        cred_form.addRow(self.cred_message)
        right.addWidget(cred_box)

        self.merchants_box = MerchantsSettingsBox(self._settings, self._credentials, self._runner, self)
        self.merchants_box.credentials_changed.connect(self.credentials_changed)
        right.addWidget(self.merchants_box)

        test_box = QGroupBox(self.tr("Connection"), self)
        test_layout = QVBoxLayout(test_box)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("Sends one signed status request with the saved settings"))
        self.test_verdict = QLabel(self)
        self.test_verdict.setObjectName("testVerdict")
        self.test_verdict.setWordWrap(True)
        self.test_verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        test_layout.addWidget(self.test_verdict)
        test_layout.addStretch(1)  # the verdict right under its button, not floating mid-box
        right.addWidget(test_box)

        lang_row = QHBoxLayout()
        lang_label = QLabel(self.tr("&Language"), self)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        lang_label.setBuddy(self.language_combo)
        current = self._settings.language or ""
        index = self.language_combo.findData(current)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_note = QLabel(self.tr("Applies when the Desk restarts."), self)
        lang_row.addWidget(lang_label)
        lang_row.addWidget(self.language_combo)
        lang_row.addWidget(self.language_note, 1)
        layout.addLayout(lang_row)

        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)
        layout.addWidget(self.close_buttons)

        self.env_list.currentItemChanged.connect(self._on_env_selected)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.save_env_button.clicked.connect(self._on_save_env)
        self.save_cred_button.clicked.connect(self._on_save_credentials)
        self.clear_cred_button.clicked.connect(self._on_clear_credentials)
        self.retry_keyring_button.clicked.connect(self._on_retry_keyring)
        self.test_button.clicked.connect(self._on_test)
        self.language_combo.activated.connect(self._on_language)
        for edit in (self.name_edit, self.url_edit, self.notification_edit):
            edit.textEdited.connect(self._validate_env_form)

        order: list[QWidget] = [
            self.env_list, self.add_button, self.remove_button, self.name_edit, self.url_edit,
            self.notification_edit, self.save_env_button, self.api_key_edit, self.passphrase_edit,
            self.signature_edit, self.save_cred_button, self.clear_cred_button,
            self.retry_keyring_button, *self.merchants_box.fields(), self.test_button,
            self.language_combo,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- environment list -------------------------------------------------------------------------

    def _reload(self, select: str) -> None:
        self.env_list.blockSignals(True)
        self.env_list.clear()
        for env in self._settings.environments():
            item = QListWidgetItem(_swatch(theme.accent_for(env)), environment_name(env))
            item.setData(Qt.ItemDataRole.UserRole, env.key)
            self.env_list.addItem(item)
        self.env_list.blockSignals(False)
        for row in range(self.env_list.count()):
            item = self.env_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == select:
                self.env_list.setCurrentRow(row)
                break
        else:
            self.env_list.setCurrentRow(0)

    def selected_key(self) -> str | None:
        item = self.env_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_environment(self, key: str) -> None:
        self._reload(key)

    def _on_env_selected(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        if current is None:
            return
        key = str(current.data(Qt.ItemDataRole.UserRole))
        try:
            env = self._settings.get(key)
        except KeyError:
            return
        self._env = env
        self.name_edit.setText(environment_name(env))
        self.url_edit.setText(env.base_url)
        fixed_url = env.kind in (EnvironmentKind.SANDBOX, EnvironmentKind.STAGING)
        self.url_edit.setReadOnly(fixed_url)
        self.name_edit.setReadOnly(env.kind is not EnvironmentKind.CUSTOM)
        if env.is_sandbox:
            self.url_edit.setPlaceholderText(self.tr("runs inside the Desk"))
        self.notification_edit.setText(env.notification_url)
        self.remove_button.setEnabled(env.kind is EnvironmentKind.CUSTOM)
        self.env_message.setText("")
        self.test_verdict.setText("")
        self.cred_message.setText("")
        self._clear_secret_fields()
        self._refresh_credential_status()
        self.merchants_box.set_environment(env)

    def _form_env(self) -> EnvironmentConfig | None:
        env = self._env
        if env is None:
            return None
        name = self.name_edit.text().strip() if env.kind is EnvironmentKind.CUSTOM else env.display_name
        return EnvironmentConfig(
            key=env.key,
            kind=env.kind,
            display_name=name,
            base_url=self.url_edit.text().strip() if not env.is_sandbox else "",
            notification_url=self.notification_edit.text().strip(),
        )

    def _validate_env_form(self) -> bool:
        env = self._form_env()
        if env is None:
            return False
        try:
            validate(env)
        except ValueError as exc:
            self._say(self.env_message, str(exc), ok=False)
            self.save_env_button.setEnabled(False)
            return False
        self.env_message.setText("")
        self.save_env_button.setEnabled(True)
        return True

    def _on_save_env(self) -> None:
        env = self._form_env()
        if env is None or not self._validate_env_form():
            return
        try:
            self._settings.put(env)
        except (ValueError, OSError) as exc:
            self._say(self.env_message, str(exc), ok=False)
            return
        self._say(self.env_message, self.tr("Saved."), ok=True)
        self._env = self._settings.get(env.key)
        self.environments_changed.emit()

    def _on_add(self) -> None:
        if self.add_dialog is not None:
            self.add_dialog.raise_()
            return
        dialog = CustomEnvironmentDialog(self._settings, self)
        self.add_dialog = dialog

        def finished(_result: int) -> None:
            self.add_dialog = None
            dialog.deleteLater()
            if dialog.environment is not None:
                self._reload(dialog.environment.key)
                self.environments_changed.emit()

        dialog.finished.connect(finished)
        dialog.open()

    def _on_remove(self) -> None:
        env = self._env
        if env is None or env.kind is not EnvironmentKind.CUSTOM:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove environment"),
            self.tr("Remove the environment %1 and forget its credentials?").replace("%1", env.display_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._settings.remove(env.key)
        self._runner.submit(lambda: self._credentials.clear(env.key), lambda _r: None)
        self._reload(self._settings.last_selected)
        self.environments_changed.emit()
        self.credentials_changed.emit(env.key)

    # -- credentials ----------------------------------------------------------------------------

    def _clear_secret_fields(self) -> None:
        for edit in (self.api_key_edit, self.passphrase_edit, self.signature_edit):
            edit.clear()

    def _refresh_credential_status(self) -> None:
        env = self._env
        if env is None:
            return
        self.cred_status.setText(self.tr("Reading the keyring…"))
        key = env.key
        self._runner.submit(lambda: self._credentials.status(key), lambda s: self._show_status(key, s))

    def _show_status(self, key: str, status: CredentialStatus) -> None:
        if self._env is None or self._env.key != key:
            return
        if status.api_key_masked is None and status.keyring_unreadable:
            # Saved credentials may be in the keyring: "none saved" would be a lie.
            if self._credentials.locked:
                text = self.tr(
                    "The OS keyring is locked, so the saved credentials (if any) cannot be read. "
                    "Unlock it, then press “Retry keyring”."
                )
            else:
                text = self.tr(
                    "The OS keyring could not be read, so the saved credentials (if any) are not "
                    "available. Press “Retry keyring” to try again."
                )
        elif status.api_key_masked is None:
            text = self.tr("No credentials saved for this environment.")
        elif status.persisted:
            text = self.tr("Saved in the OS keyring: API Key %1, passphrase and signature set.").replace(
                "%1", status.api_key_masked
            )
        else:
            text = self.tr(
                "Kept for this session only (not in the OS keyring): API Key %1."
            ).replace("%1", status.api_key_masked)
        placeholder = (
            self.tr("required") if status.api_key_masked is None else self.tr("type all three to replace")
        )
        for edit in (self.api_key_edit, self.passphrase_edit, self.signature_edit):
            edit.setPlaceholderText(placeholder)
        problem = self._credentials.describe_problem(QCoreApplication.translate)
        if problem:
            text += "\n" + problem
        self.cred_status.setText(text)
        self._show_keyring_state()

    def _show_keyring_state(self) -> None:
        """The box's title and the retry button say where credentials go right now."""
        store = self._credentials
        if store.locked:
            title = self.tr("Credentials (the OS keyring is locked)")
        elif store.problem is not None:
            title = self.tr("Credentials (kept for this session only: no OS keyring)")
        else:
            title = self.tr("Credentials (kept in the OS keyring)")
        self.cred_box.setTitle(title)
        self.retry_keyring_button.setVisible(store.can_retry)
        self.retry_keyring_button.setEnabled(True)

    def _on_retry_keyring(self) -> None:
        env = self._env
        if env is None:
            return
        key, store = env.key, self._credentials
        self.retry_keyring_button.setEnabled(False)
        self.cred_status.setText(self.tr("Trying the OS keyring again…"))

        def retry() -> CredentialStatus:
            # On a worker: the keyring may show its unlock prompt and block until it is answered.
            store.retry_keyring()
            return store.status(key)

        def done(status: CredentialStatus) -> None:
            self._show_status(key, status)
            self.credentials_changed.emit(key)

        def failed(message: str) -> None:
            self._show_keyring_state()
            self._say(self.cred_message, message, ok=False)

        self._runner.submit(retry, done, failed)

    def _on_save_credentials(self) -> None:
        env = self._env
        if env is None:
            return
        values = (self.api_key_edit.text(), self.passphrase_edit.text(), self.signature_edit.text())
        if not all(v.strip() for v in values):
            message = self.tr("Fill in all three: API Key, Passphrase and Signature.")
            self._say(self.cred_message, message, ok=False)
            return
        creds = Credentials(api_key=values[0], passphrase=values[1], signature_secret=values[2])
        self._clear_secret_fields()
        key = env.key
        self.save_cred_button.setEnabled(False)

        def done(persisted: bool) -> None:
            self.save_cred_button.setEnabled(True)
            if persisted:
                self._say(self.cred_message, self.tr("Credentials saved in the OS keyring."), ok=True)
            else:
                self._say(
                    self.cred_message,
                    self.tr("Credentials kept for this session only: the OS keyring is unavailable."),
                    ok=False,
                )
            self._refresh_credential_status()
            self.credentials_changed.emit(key)

        def failed(message: str) -> None:
            self.save_cred_button.setEnabled(True)
            # The store's messages name the field, never its value.
            self._say(self.cred_message, message.split(": ", 1)[-1], ok=False)

        self._runner.submit(lambda: self._credentials.set(key, creds), done, failed)

    def _on_clear_credentials(self) -> None:
        env = self._env
        if env is None:
            return
        key = env.key

        def done(ok: bool) -> None:
            if ok:
                self._say(self.cred_message, self.tr("Credentials cleared."), ok=True)
            else:
                self._say(
                    self.cred_message,
                    self.tr("Cleared for this session; the OS keyring could not be reached."),
                    ok=False,
                )
            self._refresh_credential_status()
            self.credentials_changed.emit(key)

        self._runner.submit(lambda: self._credentials.clear(key), done)

    # -- connection test ------------------------------------------------------------------------

    def _on_test(self) -> None:
        env = self._env
        if env is None:
            return
        self.test_button.setEnabled(False)
        self.test_verdict.setStyleSheet("")
        self.test_verdict.setText(self.tr("Testing the connection…"))

        def done(diagnosis: Diagnosis) -> None:
            self.test_button.setEnabled(True)
            verdict = QCoreApplication.translate("diagnosis", diagnosis.verdict)
            detail = QCoreApplication.translate("diagnosis", diagnosis.detail)
            self._say(self.test_verdict, f"{verdict}. {detail}" if detail else verdict, ok=diagnosis.ok)

        def failed(message: str) -> None:
            self.test_button.setEnabled(True)
            self._say(self.test_verdict, arg(self.tr("The test could not run: %1"), message), ok=False)

        self._runner.submit(lambda: self._check(env), done, failed)

    # -- language -------------------------------------------------------------------------------

    def _on_language(self, _index: int) -> None:
        code = str(self.language_combo.currentData() or "")
        self._settings.language = code or None
        self.language_note.setText(self.tr("Saved. Applies when the Desk restarts."))

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _say(label: QLabel, text: str, *, ok: bool) -> None:
        colour = theme.ok_colour() if ok else theme.error_colour()
        label.setStyleSheet(f"color: {theme.css(colour)}; font-weight: 600;")
        label.setText(text)
