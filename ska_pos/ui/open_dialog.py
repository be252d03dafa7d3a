"""Asking which file to open, with the dialog's own words in the user's language (Qt ships no Indonesian)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ska_pos.ui.messages import tr


def ask_open_path(parent: QWidget | None, caption: str, name_filter: str) -> Path | None:
    """The existing file the user chose; None when they cancelled."""
    dialog = QFileDialog(parent, caption, str(Path.home()), name_filter)
    dialog.setObjectName("openFileDialog")
    dialog.setAccessibleName(caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    labels = {
        QFileDialog.DialogLabel.LookIn: tr("Look in:"),
        QFileDialog.DialogLabel.FileName: tr("File name:"),
        QFileDialog.DialogLabel.FileType: tr("Files of type:"),
        QFileDialog.DialogLabel.Accept: tr("Open"),
        QFileDialog.DialogLabel.Reject: tr("Cancel"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None
