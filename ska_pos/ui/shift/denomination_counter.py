"""Counting cash by note and coin: a count per denomination, typed or stepped with big − and + buttons.

Signal: `changed(int total)` whenever a count changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from ska_pos.domain.money import format_rupiah
from ska_pos.services.shifts import DENOMINATIONS
from ska_pos.ui.session import look
from ska_pos.ui.widgets import WITHOUT_ARROWS, big_button, named

MAX_COUNT = 9999
ROWS_PER_COLUMN = 5


class DenominationCounter(QWidget):
    changed = Signal(int)

    def __init__(self, language: str, *, object_prefix: str = "count", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.spins: dict[int, QSpinBox] = {}
        self.line_totals: dict[int, QLabel] = {}
        self.setStyleSheet(WITHOUT_ARROWS)  # the big − and + buttons replace the spin boxes' arrows
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(6)  # two columns of counts fit a 1024 px screen in large text
        grid.setVerticalSpacing(6)
        for index, value in enumerate(DENOMINATIONS):
            row, column = index % ROWS_PER_COLUMN, (index // ROWS_PER_COLUMN) * 6
            self._add_row(grid, row, column, value, object_prefix)
        grid.setColumnMinimumWidth(5, 24)
        grid.setColumnStretch(12, 1)
        named(self, f"{object_prefix}Counter", self.tr("Count of notes and coins"))

    def _add_row(self, grid: QGridLayout, row: int, column: int, value: int, prefix: str) -> None:
        money = format_rupiah(value, self.language)
        label = look.scaled(QLabel(money), 1.1)
        spin = named(QSpinBox(), f"{prefix}_{value}", self.tr("How many of {value}").format(value=money))
        spin.setRange(0, MAX_COUNT)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumSize(96, 48)
        look.scaled(spin, 1.2, bold=False)
        spin.valueChanged.connect(lambda _value, value=value: self._count_changed(value))
        spin.installEventFilter(self)
        less = big_button("−", f"{prefix}_{value}_less", self.tr("One less of {value}").format(value=money))
        more = big_button("+", f"{prefix}_{value}_more", self.tr("One more of {value}").format(value=money))
        for button, step in ((less, -1), (more, 1)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from count to count; the buttons are for touch
            button.clicked.connect(lambda _checked=False, spin=spin, step=step: spin.setValue(spin.value() + step))
        line_total = named(QLabel(""), f"{prefix}_{value}_total", money)
        line_total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        line_total.setMinimumWidth(130)
        for offset, widget in enumerate((label, less, spin, more, line_total)):
            grid.addWidget(widget, row, column + offset)
        self.spins[value] = spin
        self.line_totals[value] = line_total
        self._show_line(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Typing into a count replaces it, however the field was reached (Tab, click or touch).
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QSpinBox):
            QTimer.singleShot(0, watched, watched.selectAll)  # not after the page (and the field) is gone
        return super().eventFilter(watched, event)

    def _count_changed(self, value: int) -> None:
        self._show_line(value)
        self.changed.emit(self.total())

    def _show_line(self, value: int) -> None:
        amount = value * self.spins[value].value()
        text = format_rupiah(amount, self.language) if amount else "–"
        look.set_text(self.line_totals[value], text, text)

    def counts(self) -> dict[int, int]:
        return {value: spin.value() for value, spin in self.spins.items() if spin.value()}

    def total(self) -> int:
        return sum(value * count for value, count in self.counts().items())

    def set_counts(self, counts: dict[int, int]) -> None:
        for value, spin in self.spins.items():
            spin.setValue(counts.get(value, 0))

    def first_field(self) -> QSpinBox:
        return self.spins[DENOMINATIONS[0]]
