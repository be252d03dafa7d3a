"""Language and large-text buttons, offered before anyone logs in.

Signals: `languageChosen(str)` with "id" or "en"; `largeTextToggled(bool)`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QWidget

from ska_pos.i18n import current_language
from ska_pos.ui.widgets import big_button

LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}  # each in its own language, never translated


class PreferencesBar(QWidget):
    languageChosen = Signal(str)
    largeTextToggled = Signal(bool)

    def __init__(self, *, large_text: bool, languages: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("QPushButton:checked { background: #0b4f9c; color: #ffffff; border-color: #0b4f9c; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            button = big_button(name, f"language_{code}", self.tr("Language: {name}").format(name=name))
            button.setCheckable(True)
            if code == current_language():
                button.setChecked(True)
                button.setText("✓ " + name)  # the tick, not only the colour, tells which language is on
            button.clicked.connect(lambda _checked=False, code=code: self._choose(code))
            group.addButton(button)
            layout.addWidget(button)
            button.setVisible(languages)
        layout.addStretch(1)
        self.large_text = big_button(self.tr("Large text"), "largeTextToggle", self.tr("Large text"))
        self.large_text.setCheckable(True)
        self.large_text.setChecked(large_text)
        if large_text:
            self.large_text.setText("✓ " + self.tr("Large text"))
        self.large_text.toggled.connect(self.largeTextToggled)
        layout.addWidget(self.large_text)

    def _choose(self, code: str) -> None:
        if code != current_language():
            self.languageChosen.emit(code)
