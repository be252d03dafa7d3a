"""A fitting that took place (Ctrl+F on the orders board, for the chosen tailoring order's next fitting still
waiting): when it was booked, and what it found ("lengan kurang 1 cm"). `FittingDoneDialog(when, parent)`; once
accepted, `note()`. Nothing is written here: the board writes it with `fitting_done`, in one transaction."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import named


class FittingDoneDialog(TillDialog):
    def __init__(self, when: str, parent: QWidget | None = None) -> None:
        super().__init__("fittingDoneDialog", self.tr("Fitting done"), parent)
        self.body.addWidget(look.text(self.tr("The fitting of {when} took place.").format(when=when), "fittingWhen"))
        self.found = named(QLineEdit(), "fittingNote", self.tr("What the fitting found"))
        self.found.setPlaceholderText(self.tr("What the fitting found"))
        self.found.setMinimumWidth(420)
        touch_height(self.found, 48)
        self.found.returnPressed.connect(self.try_accept)
        self.body.addWidget(self.found)
        self.finish_layout()
        self.found.setFocus()

    def note(self) -> str:
        return self.found.text()
