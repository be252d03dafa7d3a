"""Asking where to save a file, with the dialog's own words in the user's language (Qt ships no Indonesian)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ska_pos.ui.messages import tr


def ask_save_path(parent: QWidget | None, caption: str, suggested: Path, name_filter: str) -> Path | None:
    """The path the user chose, starting at `suggested`; None when they cancelled."""
    dialog = QFileDialog(parent, caption, str(suggested.parent), name_filter)
    dialog.setObjectName("saveFileDialog")
    dialog.setAccessibleName(caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested.name)
    labels = {
        QFileDialog.DialogLabel.LookIn: tr("Look in:"),
        QFileDialog.DialogLabel.FileName: tr("File name:"),
        QFileDialog.DialogLabel.FileType: tr("Files of type:"),
        QFileDialog.DialogLabel.Accept: tr("Save"),
        QFileDialog.DialogLabel.Reject: tr("Cancel"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None
