"""Asked when someone logs in at a till whose open shift another person holds: carry on that shift, or log out.

The drawer's cash is counted against whoever holds the shift, so nobody takes one over without saying so. Enter
(or the big first button) continues the shift, Esc (or the second button) logs out; the answer comes through
`accepted` / `rejected`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from ska_pos.services.shifts import ShiftHolder
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import scale_font
from ska_pos.ui.widgets import at_least, named


class TakeOverDialog(TillDialog):
    def __init__(self, holder: ShiftHolder, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "takeOverDialog", QCoreApplication.translate("TakeOverDialog", "Shift of another person"), parent
        )
        question = self.tr(
            "The shift on this till was opened by {holder} and is still open.\n\n"
            "Continue that shift as {user}? The cash in the drawer then counts as yours until the shift is closed, "
            "and the take-over is recorded."
        ).format(holder=holder.full_name, user=user_name)
        self.question = named(QLabel(question), "takeOverQuestion", question)
        self.question.setWordWrap(True)
        scale_font(self.question, 1.2, bold=False)
        self.body.addWidget(self.question)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button, text in (
            (ok, self.tr("Yes, continue the shift (Enter)")),
            (cancel, self.tr("No, log out (Esc)")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
            at_least(button, 260)
        ok.setDefault(True)
        self.setMinimumWidth(640)
        self.finish_layout()
        ok.setFocus()
