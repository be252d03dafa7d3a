"""Telling the user about problems in their language, with our own button texts (Qt has no Indonesian)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from ska_pos.services.errors import ServiceError, plain_database_error


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def translate_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    """Standard buttons get our translated texts, since Qt ships no Indonesian catalog."""
    kind = QMessageBox.StandardButton if isinstance(box, QMessageBox) else QDialogButtonBox.StandardButton
    texts = {"Ok": tr("OK"), "Cancel": tr("Cancel"), "Yes": tr("Yes"), "No": tr("No"), "Close": tr("Close"),
             "Save": tr("Save"), "Retry": tr("Retry")}  # fmt: skip
    for name, text in texts.items():
        button = box.button(getattr(kind, name))
        if button is not None:
            button.setText(text)
            button.setAccessibleName(text)


def error_text(error: BaseException) -> str:
    if isinstance(error, ServiceError):
        return error.message
    plain = plain_database_error(error)
    if plain is not None:
        return plain.message
    return tr("Something went wrong: {error}").format(error=error)


def show_error(parent: QWidget | None, error: BaseException | str, title: str = "") -> None:
    text = error if isinstance(error, str) else error_text(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Cannot do that"), text, QMessageBox.StandardButton.Ok,
                      parent)  # fmt: skip
    box.setObjectName("errorMessage")
    box.setAccessibleName(text)
    translate_buttons(box)
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title or "SKA POS", text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoMessage")
    box.setAccessibleName(text)
    translate_buttons(box)
    box.exec()


def confirm(parent: QWidget | None, text: str, title: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title or "SKA POS", text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)  # fmt: skip
    box.setObjectName("confirmMessage")
    box.setAccessibleName(text)
    translate_buttons(box)
    return box.exec() == QMessageBox.StandardButton.Yes
