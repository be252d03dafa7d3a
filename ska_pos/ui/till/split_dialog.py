"""The split view: which part of the bill each line goes to, what each part pays, and which are paid.

`SplitDialog(names, bill, tax, language, owners, paid, parent)`; keyboard: ↑ ↓ choose a line, a digit 1-6 puts it
in that part, Enter pays the next unpaid part; touch: the Part buttons, then the pay button. After `accepted`,
`choice()` is (each line's part, the part to pay). Once a part is paid the lines stay where they are: the parts
are priced together (domain/split_bill.py), and moving a line would change what the paid parts owed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidget, QPushButton, QWidget

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.pricing import SaleTotals, TaxSettings
from ska_pos.domain.split_bill import split_by_items
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import named

MAX_PARTS = 6


class SplitDialog(TillDialog):
    def __init__(
        self, names: list[str], bill: SaleTotals, tax: TaxSettings, language: str, owners: list[int] | None = None,
        paid: frozenset[int] = frozenset(), parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__("splitDialog", self.tr("Split the bill"), parent)
        self.names, self.bill, self.tax, self.language, self.paid = names, bill, tax, language, paid
        self.owners = list(owners) if owners else [0] + [1] * (len(names) - 1)
        self._choice: tuple[list[int], int] | None = None
        self.list = named(QListWidget(), "splitLines", self.tr("Lines of the bill"),
                          self.tr("Choose a line, then press the number of its part"))  # fmt: skip
        self.list.setStyleSheet("QListWidget::item { min-height: 48px; padding: 4px; }")
        self.list.installEventFilter(self)
        self.body.addWidget(self.list)
        buttons = QGridLayout()
        self.part_buttons: list[QPushButton] = []
        for part in range(min(MAX_PARTS, len(names))):
            text = self.tr("Part {number}").format(number=part + 1)
            button = named(QPushButton(f"{text} ({part + 1})"), f"splitPart{part + 1}",
                           self.tr("Put the line in part {number}").format(number=part + 1))  # fmt: skip
            touch_height(button, 56)
            button.clicked.connect(lambda _checked=False, chosen=part: self.assign(chosen))
            button.setEnabled(not paid)
            buttons.addWidget(button, part // 3, part % 3)
            self.part_buttons.append(button)
        self.body.addLayout(buttons)
        self.parts = named(QLabel(""), "splitParts", self.tr("Parts of the bill"))
        self.parts.setWordWrap(True)
        self.body.addWidget(self.parts)
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Pay the next part"))
        self.resize(640, 560)
        self._show()
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def choice(self) -> tuple[list[int], int] | None:
        return self._choice

    def groups(self) -> list[list[int]]:
        used = sorted(set(self.owners))
        return [[line for line, owner in enumerate(self.owners) if owner == part] for part in used]

    def assign(self, part: int) -> None:
        row = self.list.currentRow()
        if self.paid or row < 0:
            return
        self.owners[row] = part
        self._show()
        self.list.setCurrentRow(min(row + 1, self.list.count() - 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A digit on the list puts its line in that part (the list would otherwise search its rows by it)."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            digit = event.key() - Qt.Key.Key_1
            if 0 <= digit < len(self.part_buttons):
                self.assign(digit)
                return True
        return super().eventFilter(watched, event)

    def _show(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for name, priced, owner in zip(self.names, self.bill.lines, self.owners, strict=True):
            amount = format_rupiah(priced.after_discounts, self.language)
            self.list.addItem(self.tr("{item} · {amount} → part {number}").format(
                item=name, amount=amount, number=owner + 1))  # fmt: skip
        self.list.setCurrentRow(max(row, 0))
        groups = self.groups()
        if len(groups) < 2:
            self._set_parts(self.tr("Put the lines in at least two parts"))
            return
        parts = split_by_items(self.bill, self.tax, groups)
        numbers = sorted(set(self.owners))
        texts = [
            self.tr("Part {number}: {total}").format(number=number + 1, total=format_rupiah(part.total, self.language))
            + (" " + self.tr("(paid)") if index in self.paid else "")
            for index, (number, part) in enumerate(zip(numbers, parts, strict=True))
        ]
        self._set_parts(" · ".join(texts))

    def _set_parts(self, text: str) -> None:
        self.parts.setText(text)
        self.parts.setAccessibleName(text)

    def check(self) -> str | None:
        groups = self.groups()
        if len(groups) < 2:
            return self.tr("Put the lines in at least two parts")
        unpaid = [index for index in range(len(groups)) if index not in self.paid]
        self._choice = (list(self.owners), unpaid[0])
        return None
