"""Telling the manager something, or asking yes or no, with our own button texts (Qt has no Indonesian).

Built on QMessageBox's own standard buttons: `ui.messages.translate_buttons` looks buttons up by
QDialogButtonBox values, which PySide6 6.12 refuses for a QMessageBox (TypeError).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ska_pos.ui.widgets import named


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def tell(parent: QWidget | None, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, text, QMessageBox.StandardButton.Ok)
    box.exec()


def ask(parent: QWidget | None, text: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = _box(parent, QMessageBox.Icon.Question, text, buttons)
    return box.exec() == QMessageBox.StandardButton.Yes


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, buttons: QMessageBox.StandardButton) -> QMessageBox:
    box = named(QMessageBox(icon, "SKA POS", text, buttons, parent), "managerNotice", text)
    for standard, label in (
        (QMessageBox.StandardButton.Ok, tr("OK")),
        (QMessageBox.StandardButton.Yes, tr("Yes")),
        (QMessageBox.StandardButton.No, tr("No")),
    ):
        button = box.button(standard)
        if button is not None:
            button.setText(label)
            button.setAccessibleName(label)
    return box
