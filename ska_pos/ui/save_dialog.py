"""Asking which file to save to or open, with the dialog's own words in the user's language (Qt ships no
Indonesian)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ska_pos.ui.messages import tr


def ask_save_path(parent: QWidget | None, caption: str, suggested: Path, name_filter: str) -> Path | None:
    """The path the user chose, starting at `suggested`; None when they cancelled."""
    dialog = QFileDialog(parent, caption, str(suggested.parent), name_filter)
    dialog.setObjectName("saveFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested.name)
    return _chosen(dialog, caption, tr("Save"))


def ask_open_path(parent: QWidget | None, caption: str, folder: Path, name_filter: str) -> Path | None:
    """An existing file the user chose, starting in `folder`; None when they cancelled."""
    dialog = QFileDialog(parent, caption, str(folder), name_filter)
    dialog.setObjectName("openFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog, caption, tr("Open"))


def _chosen(dialog: QFileDialog, caption: str, accept: str) -> Path | None:
    # The labels go on last: setting the accept or file mode puts Qt's own (English) words back.
    dialog.setAccessibleName(caption)
    labels = {
        QFileDialog.DialogLabel.LookIn: tr("Look in:"),
        QFileDialog.DialogLabel.FileName: tr("File name:"),
        QFileDialog.DialogLabel.FileType: tr("Files of type:"),
        QFileDialog.DialogLabel.Accept: accept,
        QFileDialog.DialogLabel.Reject: tr("Cancel"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None
