"""The split view: which part of the bill each line goes to, what each part pays, and which are paid.

`SplitDialog(names, bill, tax, language, owners, paid, parent, shares=0)`; keyboard: ↑ ↓ choose a line, a digit
1-6 puts it in that part, Enter pays the next unpaid part; touch: the Part buttons, then the pay button. After
`accepted`, `choice()` is (each line's part, the part to pay). Once a part is paid the lines stay where they are: the
parts are priced together (domain/split_bill.py), and moving a line would change what the paid parts owed.

In equal shares (F3 or the Equal shares button; `shares` > 0 opens the view in them): the number of shares (2 to
20; typed, ↑ ↓, or the − and + buttons) and each share's amount (`split_in_shares`); `choice()` is then an
`EqualShares(count, share)`, the share to pay next (None once all are paid). Once a share is paid the count stays.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QSpinBox, QWidget

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.pricing import SaleTotals, TaxSettings
from ska_pos.domain.split_bill import MAX_SHARES, split_by_items, split_in_shares
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sale_view import EqualShares
from ska_pos.ui.till.sizing import CHECKED_STYLE, touch_height
from ska_pos.ui.widgets import named, touch_rows, without_arrows

MAX_PARTS = 6
FIRST_SHARES = 2


class SplitDialog(TillDialog):
    def __init__(
        self, names: list[str], bill: SaleTotals, tax: TaxSettings, language: str, owners: list[int] | None = None,
        paid: frozenset[int] = frozenset(), parent: QWidget | None = None, shares: int = 0,
    ) -> None:  # fmt: skip
        super().__init__("splitDialog", QCoreApplication.translate("SplitDialog", "Split the bill"), parent)
        self.names, self.bill, self.tax, self.language, self.paid = names, bill, tax, language, paid
        self.owners = list(owners) if owners else [0] + [1] * (len(names) - 1)
        self._choice: tuple[list[int], int] | EqualShares | None = None
        self.setStyleSheet(CHECKED_STYLE)
        self._mode_row(shares)
        self.list = named(QListWidget(), "splitLines", self.tr("Lines of the bill"),
                          self.tr("Choose a line, then press the number of its part"))  # fmt: skip
        touch_rows(self.list)
        self.list.installEventFilter(self)
        self.body.addWidget(self.list)
        buttons = QGridLayout()
        self.body.addLayout(buttons)
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
        self._count_row(shares)
        self.parts = named(QLabel(""), "splitParts", self.tr("Parts of the bill"))
        self.parts.setWordWrap(True)
        self.body.addWidget(self.parts)
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Pay the next part"))
        self.resize(640, 620)
        self.list.setCurrentRow(0)
        self.set_shares_mode(bool(shares))

    def _mode_row(self, shares: int) -> None:
        row = QHBoxLayout()
        self.body.addLayout(row)  # while still empty (docs/architecture.md)
        self.items_mode = named(QPushButton(self.tr("By items (F2)")), "splitByItems", self.tr("Split by items"))
        self.shares_mode = named(
            QPushButton(self.tr("Equal shares (F3)")), "splitByShares", self.tr("Split in equal shares")
        )
        for button, mode in ((self.items_mode, False), (self.shares_mode, True)):
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setEnabled(not self.paid)  # once a part is paid, the way of splitting stays
            touch_height(button, 56)
            button.clicked.connect(lambda _checked=False, mode=mode: self.set_shares_mode(mode))
            row.addWidget(button)

    def _count_row(self, shares: int) -> None:
        row = QHBoxLayout()
        self.body.addLayout(row)  # while still empty (docs/architecture.md)
        self.count_label = QLabel(self.tr("Number of shares"))
        self.count = named(QSpinBox(), "splitShareCount", self.tr("Number of shares"),
                           self.tr("From 2 to {most}; type it, or ↑ ↓").format(most=MAX_SHARES))  # fmt: skip
        self.count.setRange(FIRST_SHARES, MAX_SHARES)
        self.count.setValue(shares or FIRST_SHARES)
        self.count.setEnabled(not self.paid)
        without_arrows(self.count)
        touch_height(self.count, 56)
        self.count.valueChanged.connect(self._show)
        self.fewer = named(QPushButton("−"), "splitFewerShares", self.tr("One share fewer"))
        self.more = named(QPushButton("+"), "splitMoreShares", self.tr("One share more"))
        for button, step in ((self.fewer, -1), (self.more, 1)):
            button.setAutoDefault(False)
            button.setEnabled(not self.paid)
            touch_height(button, 56)
            button.setMinimumWidth(72)
            button.clicked.connect(lambda _checked=False, step=step: self.count.setValue(self.count.value() + step))
        row.addWidget(self.count_label)
        row.addWidget(self.fewer)
        row.addWidget(self.count, 1)
        row.addWidget(self.more)
        self.count_widgets: tuple[QWidget, ...] = (self.count_label, self.fewer, self.count, self.more)

    def in_shares(self) -> bool:
        return self.shares_mode.isChecked()

    def set_shares_mode(self, shares: bool) -> None:
        if self.paid and shares != self.in_shares() and self.isVisible():
            return
        self.items_mode.setChecked(not shares)
        self.shares_mode.setChecked(shares)
        for button in self.part_buttons:
            button.setVisible(not shares)
        for widget in self.count_widgets:
            widget.setVisible(shares)
        self.error.hide()
        self._show()
        (self.count if shares else self.list).setFocus()
        if shares:
            self.count.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_F3):
            if not self.paid:
                self.set_shares_mode(event.key() == Qt.Key.Key_F3)
            return
        super().keyPressEvent(event)

    def choice(self) -> tuple[list[int], int] | EqualShares | None:
        return self._choice

    def groups(self) -> list[list[int]]:
        used = sorted(set(self.owners))
        return [[line for line, owner in enumerate(self.owners) if owner == part] for part in used]

    def assign(self, part: int) -> None:
        row = self.list.currentRow()
        if self.paid or row < 0 or self.in_shares():
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
        if self.in_shares():
            self._show_shares()
            return
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

    def _show_shares(self) -> None:
        try:
            shares = split_in_shares(self.bill, self.count.value())
        except ValueError as error:
            self._set_parts(str(error))
            return
        texts = [
            self.tr("Share {number}: {total}").format(number=index + 1, total=format_rupiah(share.total, self.language))
            + (" " + self.tr("(paid)") if index in self.paid else "")
            for index, share in enumerate(shares)
        ]
        self.list.clear()
        self.list.addItems(texts)  # each share on a line of its own; the parts line says them for a screen reader
        self._set_parts(" · ".join(texts))
        all_paid = len(self.paid) >= len(shares)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(
            self.tr("Save the sale") if all_paid else self.tr("Pay the next share")
        )

    def _set_parts(self, text: str) -> None:
        self.parts.setText(text)
        self.parts.setAccessibleName(text)

    def check(self) -> str | None:
        if self.in_shares():
            count = self.count.value()
            try:
                split_in_shares(self.bill, count)
            except ValueError as error:
                return str(error)
            unpaid_shares = [index for index in range(count) if index not in self.paid]
            self._choice = EqualShares(count, unpaid_shares[0] if unpaid_shares else None)
            return None
        groups = self.groups()
        if len(groups) < 2:
            return self.tr("Put the lines in at least two parts")
        unpaid = [index for index in range(len(groups)) if index not in self.paid]
        self._choice = (list(self.owners), unpaid[0])
        return None
