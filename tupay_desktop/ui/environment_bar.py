"""The environment switcher at the top of the main window: one segmented button per environment.

Each button carries its environment's accent (Sandbox teal, Staging amber, Production red, Custom
purple); the selected one is filled with it. A short line beside the buttons says where requests
go (the sandbox's address, or the environment's base URL) so nobody has to guess.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from tupay_desktop.store.settings import EnvironmentConfig, EnvironmentKind
from tupay_desktop.ui import theme


def environment_name(env: EnvironmentConfig) -> str:
    """The environment's display name, translated when it is a built-in one."""
    return QCoreApplication.translate("Environment", env.display_name)


class EnvironmentBar(QWidget):
    """Segmented buttons, one per environment; emits :attr:`environment_selected` with the key."""

    environment_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("environmentBar")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._caption = QLabel(self.tr("Environment:"), self)
        self._layout.addWidget(self._caption)
        self._layout.addSpacing(8)
        self._buttons_box = QHBoxLayout()
        self._buttons_box.setSpacing(2)
        self._layout.addLayout(self._buttons_box)
        self._layout.addSpacing(12)
        self._target = QLabel(self)
        self._target.setObjectName("environmentTarget")
        self._target.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Wraps onto a second line in a narrow window rather than taking the buttons' room.
        self._target.setWordWrap(True)
        self._target.setMinimumWidth(self._target.fontMetrics().horizontalAdvance("x" * 16))
        self._layout.addWidget(self._target, 1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QToolButton] = {}
        self._envs: dict[str, EnvironmentConfig] = {}
        self._current = ""
        self._signature: list[tuple[str, EnvironmentKind, str, str]] = []
        self._group.buttonClicked.connect(self._on_clicked)

    # -- public ---------------------------------------------------------------------------------

    def set_environments(self, envs: list[EnvironmentConfig], current: str) -> None:
        """(Re)build the buttons when the environments changed; select ``current`` without emitting."""
        signature = [(e.key, e.kind, e.display_name, e.base_url) for e in envs]
        if signature == self._signature:
            self.set_current(current)
            return
        self._signature = signature
        for button in self._buttons.values():
            self._group.removeButton(button)
            self._buttons_box.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self._buttons.clear()
        self._envs = {env.key: env for env in envs}
        for index, env in enumerate(envs):
            button = QToolButton(self)
            button.setText(environment_name(env))
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setProperty("envKey", env.key)
            button.setAccessibleName(self.tr("Environment %1").replace("%1", environment_name(env)))
            button.setToolTip(self._describe(env))
            button.setStyleSheet(self._button_css(env))
            # Never narrower than its text: squeezed, a tool button elides it ("Sa…ox").
            button.setMinimumSize(button.sizeHint())
            if index < 9:
                button.setShortcut(f"Alt+{index + 1}")
            self._group.addButton(button)
            self._buttons_box.addWidget(button)
            self._buttons[env.key] = button
        # Buttons made after the window was built would land at the end of the focus chain: put
        # them right after the caption, so Tab starts at the switcher, top left.
        previous: QWidget = self._caption
        for button in self._buttons.values():
            QWidget.setTabOrder(previous, button)
            previous = button
        self.set_current(current)

    def set_current(self, key: str) -> None:
        """Select ``key`` without emitting :attr:`environment_selected`."""
        button = self._buttons.get(key)
        if button is None:
            return
        self._current = key
        button.setChecked(True)

    def current_key(self) -> str:
        return self._current

    def set_target_text(self, text: str) -> None:
        """The line beside the buttons: where requests go, or "starting sandbox…"."""
        self._target.setText(text)

    def target_text(self) -> str:
        return self._target.text()

    def buttons(self) -> dict[str, QToolButton]:
        return dict(self._buttons)

    # -- internals ------------------------------------------------------------------------------

    def _on_clicked(self, button: QToolButton) -> None:
        key = str(button.property("envKey"))
        if key == self._current:
            return
        self._current = key
        self.environment_selected.emit(key)

    def _describe(self, env: EnvironmentConfig) -> str:
        if env.is_sandbox:
            return self.tr("The local sandbox inside the Desk: no real money, no network.")
        if env.is_production:
            return self.tr("PRODUCTION — real money: %1").replace("%1", env.base_url)
        return env.base_url

    @staticmethod
    def _button_css(env: EnvironmentConfig) -> str:
        accent = theme.css(theme.accent_for(env))
        return (
            "QToolButton {"
            f" border: 2px solid {accent}; border-radius: 4px; padding: 4px 14px; font-weight: 600;"
            "}"
            f"QToolButton:checked {{ background: {accent}; color: white; }}"
            f"QToolButton:hover:!checked {{ border-width: 3px; padding: 3px 13px; }}"
            f"QToolButton:focus {{ border-style: dashed; }}"
        )
