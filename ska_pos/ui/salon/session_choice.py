"""The finish's first step when the visit's customer holds packages covering some of its lines: the cashier ticks
the lines a package session pays (Space on the row; big checkboxes for a finger) and sees what is left to pay for
the other lines. A click or tap anywhere on a line ticks or unticks it, once (the checkbox's own click included).
Nothing is written here: `visit_payment.py` takes the payment and writes, and a refusal of the service comes back
to `show_error` with this dialog still open. When nothing is left to pay, "Tip…" (F6, the payment dialog's tip key)
asks `tip_asked` for a tip the customer leaves though a package paid; Enter alone still finishes with no tip.

Keys: Up/Down choose a line, Space ticks it, F6 a tip when nothing is left to pay, Enter goes on, Esc cancels."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QListWidgetItem, QPushButton, QWidget

from ska_pos.domain.money import format_rupiah
from ska_pos.ui.orders.intake_lines import VALUE
from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import TOUCH_TARGET_PX, at_least, named

CHECKBOX_PX = 32  # a finger ticks it
DIALOG_PX = QSize(640, 420)  # a line's service and package in full, within a 1024x768 till
Due = int | str  # what is left to pay, or the service's refusal of the choice


@dataclass(frozen=True)
class SessionLine:
    """A line of the visit a session of the customer's package may pay."""

    line_no: int
    service: str
    package_id: uuid.UUID
    package_name: str
    left: int  # the package's sessions left


class SessionChoiceDialog(TillDialog):
    submitted = Signal()
    tip_asked = Signal()  # nothing left to pay, and the customer leaves a tip

    def __init__(
        self, lines: Sequence[SessionLine], dues: Mapping[frozenset[int], Due], language: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(
            "salonSessionsDialog",
            QCoreApplication.translate("SessionChoiceDialog", "Pay with package sessions"),
            parent,
        )
        self.dues, self.language = dues, language
        self.lines = named(QListWidget(), "salonSessionLines", self.tr("Lines paid with a session (Space ticks one)"))
        # a long service and package name wraps onto a second line rather than hiding behind a scroll bar
        self.lines.setWordWrap(True)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.lines.setStyleSheet(
            f"QListView::item {{ min-height: {TOUCH_TARGET_PX}px; padding: 4px; }}"
            f" QListView::indicator {{ width: {CHECKBOX_PX}px; height: {CHECKBOX_PX}px; }}"
        )
        for line in lines:
            text = self.tr("{service} · a session of {package} ({left} left)").format(
                service=line.service, package=line.package_name, left=line.left)  # fmt: skip
            entry = QListWidgetItem(text)
            entry.setData(VALUE, line)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.lines.addItem(entry)
        self.lines.setCurrentRow(0)
        self.lines.itemChanged.connect(self._changed)
        self._pressed: tuple[QListWidgetItem, Qt.CheckState] | None = None  # a line as a click found it
        self.lines.viewport().installEventFilter(self)
        self.lines.itemClicked.connect(self._clicked)
        self.tip = named(QPushButton(self.tr("Tip… (F6)")), "salonSessionsTip",
                         self.tr("A tip for the stylist, though nothing is left to pay"))  # fmt: skip
        self.tip.setAutoDefault(False)
        at_least(self.tip, 120)
        touch_height(self.tip, 56)
        self.tip.clicked.connect(self.ask_tip)
        self.buttons.addButton(self.tip, QDialogButtonBox.ButtonRole.ActionRole)
        self.left_to_pay = look.text("", "salonSessionsLeftToPay", self.tr("Left to pay"))
        self.body.addWidget(look.text(self.tr("The customer's packages cover these lines"), "salonSessionsTitle"))
        self.body.addWidget(self.lines)
        self.body.addWidget(self.left_to_pay)
        self.finish_layout()
        self.resize(DIALOG_PX)
        self._changed()
        self.lines.setFocus()

    def chosen_lines(self) -> dict[int, uuid.UUID]:
        """The ticked lines, each with the package whose session pays it."""
        chosen = (self.lines.item(row).data(VALUE) for row in range(self.lines.count())
                  if self.lines.item(row).checkState() == Qt.CheckState.Checked)  # fmt: skip
        return {line.line_no: line.package_id for line in chosen}

    def due(self) -> Due:
        return self.dues[frozenset(self.chosen_lines())]

    def _changed(self) -> None:
        due = self.due()
        self.tip.setVisible(due == 0)
        if isinstance(due, str):  # the service refuses this choice: said now, and again if tried
            self.left_to_pay.setText("")
            self.show_error(due)
            return
        self.error.hide()
        if due == 0:  # sessions pay every line, or a down payment the rest: Enter finishes with no payment dialog
            self.left_to_pay.setText(self.tr("Nothing left to pay: Enter or OK finishes the visit"))
            return
        self.left_to_pay.setText(self.tr("Left to pay for the other lines: {amount}").format(
            amount=format_rupiah(due, self.language)))  # fmt: skip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A press on a line notes its tick: a click that found it unchanged missed the checkbox, and ticks it."""
        pressed = event.type() == QEvent.Type.MouseButtonPress
        if pressed and watched is self.lines.viewport() and isinstance(event, QMouseEvent):
            item = self.lines.itemAt(event.position().toPoint())
            self._pressed = (item, item.checkState()) if item is not None else None
        return super().eventFilter(watched, event)

    def _clicked(self, item: QListWidgetItem) -> None:
        pressed, self._pressed = self._pressed, None
        if pressed is None or pressed[0] is not item or item.checkState() != pressed[1]:
            return  # the checkbox itself took the click, and ticked the line already
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def ask_tip(self) -> None:
        if self.isVisible() and self.tip.isVisible():
            self.error.hide()
            self.tip_asked.emit()

    def try_accept(self) -> None:
        """Written by the caller: a refusal comes back to `show_error` with the dialog still open."""
        if self.isVisible():
            self.error.hide()
            self.submitted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.try_accept()
            return
        if event.key() == Qt.Key.Key_F6:
            self.ask_tip()
            return
        super().keyPressEvent(event)
