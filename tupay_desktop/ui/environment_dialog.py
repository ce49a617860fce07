"""Adding a custom environment: one form (name, base URL, default notification URL) that says
what is wrong next to the field as the operator types, and keeps everything typed until it is
right. The rules are the settings' own (``custom_key``, ``check_base_url``,
``check_notification_url``, ``validate``); nothing is saved until "Add" is pressed and they pass.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tupay_desktop.api.client import InsecureURLError
from tupay_desktop.store.settings import (
    NOTIFICATION_URL_MAX,
    EnvironmentConfig,
    EnvironmentKind,
    SettingsStore,
    check_base_url,
    check_notification_url,
    custom_key,
)
from tupay_desktop.ui import theme
from tupay_desktop.ui.i18n import arg


class CustomEnvironmentDialog(QDialog):
    """Name, base URL and notification URL of a new custom environment, checked as typed.

    Accepted only once every field passes; then :attr:`environment` is the saved environment.
    """

    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customEnvironmentDialog")
        self.setWindowTitle(self.tr("Add a custom environment"))
        self.setModal(True)
        self.setMinimumWidth(600)
        self._settings = settings
        self._touched: set[QLineEdit] = set()
        #: The environment added (set when the dialog is accepted).
        self.environment: EnvironmentConfig | None = None

        intro = QLabel(
            self.tr("Another TuPay host, e.g. a test server TuPay gave you. Its credentials are set "
                    "afterwards, in Settings."),
            self,
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name of the environment"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Base URL"))
        self.url_edit.setPlaceholderText(self.tr("https://… (http:// only on this machine)"))
        self.notification_edit = QLineEdit(self)
        self.notification_edit.setAccessibleName(self.tr("Default notification URL"))
        self.notification_edit.setPlaceholderText(self.tr("https://… (optional)"))
        self.name_message = self._message_label()
        self.url_message = self._message_label()
        self.notification_message = self._message_label()
        self.save_message = self._message_label()

        form = QFormLayout()
        # Captions above their fields: the fields and their messages get the dialog's whole width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for caption, edit, message in (
            (self.tr("&Name"), self.name_edit, self.name_message),
            (self.tr("&Base URL"), self.url_edit, self.url_message),
            (self.tr("Default &notification URL"), self.notification_edit, self.notification_message),
        ):
            label = QLabel(caption, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow(message)  # right under its field, its line always kept
            edit.textEdited.connect(lambda _text, e=edit: self._edited(e))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button: QPushButton = self.buttons.addButton(
            self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self._on_add)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.save_message)
        layout.addWidget(self.buttons)
        self._check()

    def _message_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {theme.css(theme.error_colour())};")
        # Two lines are reserved, so a message appearing never moves the fields below it.
        label.setMinimumHeight(2 * label.fontMetrics().lineSpacing())
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    # -- checks ---------------------------------------------------------------------------------

    def name_problem(self) -> str:
        """What is wrong with the name, in words ("" when nothing)."""
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Give the environment a name.")
        try:
            key = custom_key(name)
        except ValueError:
            return self.tr("The name needs at least one letter or digit.")
        if key in self._settings.keys():
            return arg(self.tr("There is already an environment called “%1”; choose another name."), name)
        return ""

    def url_problem(self) -> str:
        """What is wrong with the base URL, in words ("" when nothing)."""
        url = self.url_edit.text().strip()
        if not url:
            return self.tr("Type the base URL TuPay gave you, e.g. https://api.example.com.")
        try:
            check_base_url(url)
        except InsecureURLError:
            return self.tr("Plain http:// is only allowed to this machine (localhost, 127.0.0.1, ::1); "
                           "use https://.")
        except ValueError:
            return self.tr("Not a usable base URL: it must look like https://host[:port][/path], without "
                           "spaces, a user name or password, a query or a fragment.")
        return ""

    def notification_problem(self) -> str:
        """What is wrong with the notification URL, in words ("" when nothing; it is optional)."""
        url = self.notification_edit.text().strip()
        try:
            check_notification_url(url)
        except ValueError:
            if len(url) > NOTIFICATION_URL_MAX:
                return arg(self.tr("The notification URL is longer than %1 characters."),
                           NOTIFICATION_URL_MAX)
            return self.tr("The notification URL must be an http(s):// URL with a host name, or empty.")
        return ""

    def _edited(self, edit: QLineEdit) -> None:
        self._touched.add(edit)
        self.save_message.clear()
        self._check()

    def _check(self, *, everything: bool = False) -> bool:
        """Show the problems of the fields typed in (all of them with ``everything``); whether all pass."""
        problems = (
            (self.name_edit, self.name_message, self.name_problem()),
            (self.url_edit, self.url_message, self.url_problem()),
            (self.notification_edit, self.notification_message, self.notification_problem()),
        )
        for edit, label, problem in problems:
            shown = problem if (everything or edit in self._touched) else ""
            label.setText(shown)
            edit.setToolTip(shown)
        ok = not any(problem for _edit, _label, problem in problems)
        self.add_button.setEnabled(ok)
        return ok

    def _on_add(self) -> None:
        if not self._check(everything=True):
            return
        name = self.name_edit.text().strip()
        env = EnvironmentConfig(
            custom_key(name), EnvironmentKind.CUSTOM, name, self.url_edit.text().strip(),
            self.notification_edit.text().strip(),
        )
        try:
            self._settings.put(env)
        except (ValueError, OSError) as exc:  # e.g. the settings file cannot be written
            self.save_message.setText(arg(self.tr("Not added: %1"), str(exc)))
            return
        self.environment = self._settings.get(env.key)
        self.accept()
