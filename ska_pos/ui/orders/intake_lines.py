"""The intake's lines: an item or service found in the till's catalogue search, the quantity or the weighed kg, a
note, the worker credited or several workers sharing the line by percentages (the till's own worker dialog), the
list of the lines taken with their total, and a laundry's number of bags. Nothing is written here: the intake dialog
(`intake_dialog.IntakeDialog`) asks `line_forms()` and `bags()` once accepted.

`IntakeLines(session, facts, corner)`: the entry in the second column, the list in the first under `corner` (the
dialog's customer part), so the intake keeps its three columns. Problems (no item chosen, a quantity misread) are
told by the `problem` signal ("" when one is gone). Keys: Enter in the search field searches; Enter in the results
chooses; Enter in the quantity adds the line; Del in the list removes one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.money import BP_WHOLE, format_quantity, format_rupiah, line_amount, parse_quantity, percent_text
from ska_pos.domain.orders.workflow import workflow
from ska_pos.reports.bag_tags import MAX_BAGS
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.item_search import search_page
from ska_pos.services.orders.counter import CounterFacts
from ska_pos.services.orders.intake import OrderLineForm
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.session import look
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.till.worker_dialog import WorkerDialog
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, big_button, named, touch_rows

VALUE = 256
RESULTS = 8


@dataclass(frozen=True)
class Found:
    """An item or service of the catalogue, as the intake shows and keeps it."""

    id: uuid.UUID
    name: str
    unit: str
    price: int
    min_quantity: Decimal | None


@dataclass(frozen=True)
class Line:
    item: Found
    quantity: Decimal
    note: str
    worker: tuple[uuid.UUID, str] | None
    shared: tuple[WorkerCredit, ...] = ()  # several workers and their shares (the cutter and the tailor)

    def credits(self) -> tuple[WorkerCredit, ...]:
        if self.shared:
            return self.shared
        return (WorkerCredit(self.worker[0], self.worker[1], BP_WHOLE),) if self.worker else ()


def text_field(name: str, label: str) -> QLineEdit:
    field = named(QLineEdit(), name, label)
    field.setPlaceholderText(label)
    touch_height(field, 48)
    return field


class IntakeLines(QWidget):
    problem = Signal(str)

    def __init__(self, session: TillSession, facts: CounterFacts, corner: QWidget) -> None:
        super().__init__()
        self.session, self.facts = session, facts
        self.language = session.language
        self.item: Found | None = None
        self.lines: list[Line] = []
        self.shared: tuple[WorkerCredit, ...] = ()  # the next line's workers, when several share it
        self.sharing: WorkerDialog | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(corner, 0, 0)
        grid.addWidget(self._list_part(), 1, 0)
        grid.addWidget(self._entry_part(), 0, 1, 2, 1)

    def set_columns(self, width: int) -> None:
        layout = self.layout()
        assert isinstance(layout, QGridLayout)
        for column in range(2):
            layout.setColumnMinimumWidth(column, width)
            layout.setColumnStretch(column, 1)

    # --- parts ------------------------------------------------------------------------------------------------
    def _entry_part(self) -> QWidget:
        part = QWidget()
        form = QFormLayout(part)
        self.item_search = text_field("intakeItemSearch", self.tr("Find an item or service"))
        self.item_search.returnPressed.connect(self._find_items)
        self.items = named(QListWidget(), "intakeItems", self.tr("Items found"))
        self.items.setMaximumHeight(144)
        touch_rows(self.items)
        self.items.itemActivated.connect(self._item_chosen)
        self.chosen = look.text(self.tr("No item chosen"), "intakeChosenItem", self.tr("Chosen item"))
        self.quantity = text_field("intakeQuantity", self.tr("Quantity or kg"))
        self.quantity.returnPressed.connect(self.add_line)
        self.note = text_field("intakeLineNote", self.tr("Line note"))
        self.worker = named(QComboBox(), "intakeWorker", self.tr("Worker credited"))
        self.worker.addItem(self.tr("No worker"), None)
        for worker_id, name in self.facts.workers:
            self.worker.addItem(name, (worker_id, name))
        touch_height(self.worker, 48)
        self.worker.currentIndexChanged.connect(self._one_worker)
        share = big_button(self.tr("Several workers…"), "intakeShareWorkers",
                           self.tr("Share the line between several workers"))  # fmt: skip
        share.clicked.connect(self.share_line)
        share.setEnabled(len(self.facts.workers) > 1)
        self.shares = look.text("", "intakeShares", self.tr("Workers sharing the line"))
        self.shares.hide()
        add = big_button(self.tr("Add line"), "intakeAddLine")
        add.clicked.connect(self.add_line)
        form.addRow(look.text(self.tr("Lines"), "intakeLinesTitle"))
        form.addRow(self.item_search)
        form.addRow(self.items)
        form.addRow(self.chosen)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Worker"), self.worker)
        form.addRow(share)
        form.addRow(self.shares)
        form.addRow(add)
        return part

    def _list_part(self) -> QWidget:
        part = QWidget()
        form = QFormLayout(part)
        self.line_list = named(QListWidget(), "intakeLines", self.tr("Lines of the order"),
                               self.tr("Del removes the selected line"))  # fmt: skip
        self.line_list.setMinimumHeight(96)
        self.line_list.setWordWrap(True)
        self.line_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        remove = big_button(self.tr("Remove line"), "intakeRemoveLine")
        remove.clicked.connect(self.remove_line)
        self.total = look.text("", "intakeTotal", self.tr("Total of the lines"))
        form.addRow(self.line_list)
        form.addRow(remove)
        form.addRow(self.total)
        # A laundry's bags each get a tag (order number, initials, n of N), printed with the ticket.
        self.bag_count = named(QSpinBox(), "intakeBags", self.tr("Number of bags, one tag each"))
        self.bag_count.setRange(0, MAX_BAGS)
        self.bag_count.setValue(1)
        self.bag_count.setMinimumHeight(TOUCH_TARGET_PX)
        if self.facts.flow_code and workflow(self.facts.flow_code).bag_tags:
            form.addRow(self.tr("Bags"), self.bag_count)
        else:
            self.bag_count.setValue(0)
            self.bag_count.hide()
        return part

    # --- the lines ------------------------------------------------------------------------------------------------
    def _find_items(self) -> None:
        text, outlet_id = self.item_search.text(), self.session.actor.outlet_id

        def read(session: Session) -> list[Found]:
            page = search_page(session, outlet_id, text, limit=RESULTS)
            return [Found(item.id, item.name, item.unit, int(item.price), item.min_quantity) for item in page.items]

        ReadOp(self, self.session.database, read).success(self._show_items).run_in_background()

    def _show_items(self, found: list[Found]) -> None:
        self.items.clear()
        for item in found:
            entry = QListWidgetItem(f"{item.name} · {format_rupiah(item.price, self.language)}")
            entry.setData(VALUE, item)
            self.items.addItem(entry)
        if found:
            self.items.setCurrentRow(0)
            self.items.setFocus()

    def _item_chosen(self, entry: QListWidgetItem) -> None:
        item: Found = entry.data(VALUE)
        self.item = item
        text = f"{item.name} · {format_rupiah(item.price, self.language)}"
        if item.min_quantity is not None:
            minimum = format_quantity(item.min_quantity, self.language, item.unit)
            text += " · " + self.tr("at least {minimum}").format(minimum=minimum)
        self.chosen.setText(text)
        self.chosen.setAccessibleName(text)
        self.quantity.setText("1")
        self.quantity.selectAll()
        self.quantity.setFocus()

    def add_line(self) -> None:
        if self.item is None:
            self.problem.emit(self.tr("Find and choose an item first"))
            return
        try:
            quantity = parse_quantity(self.quantity.text())
        except ValueError as error:
            self.problem.emit(str(error))
            return
        self.lines.append(Line(self.item, quantity, self.note.text().strip(), self.worker.currentData(), self.shared))
        self._one_worker()
        self.item = None
        self.chosen.setText(self.tr("No item chosen"))
        for field in (self.quantity, self.note, self.item_search):
            field.clear()
        self.items.clear()
        self.problem.emit("")
        self._show_lines()
        self.item_search.setFocus()

    def remove_line(self) -> None:
        row = self.line_list.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._show_lines()

    def _show_lines(self) -> None:
        self.line_list.clear()
        total = 0
        for line in self.lines:
            item = line.item
            charged = max(line.quantity, item.min_quantity) if item.min_quantity is not None else line.quantity
            amount = line_amount(charged, item.price)
            total += amount
            text = f"{item.name} · {format_quantity(line.quantity, self.language, item.unit)}"
            if charged > line.quantity:
                minimum = format_quantity(charged, self.language, item.unit)
                text += " · " + self.tr("minimum {minimum} charged").format(minimum=minimum)
            if line.shared:
                text += f" · {self._shares_text(line.shared)}"
            elif line.worker:
                text += f" · {line.worker[1]}"
            if line.note:
                text += f" · {line.note}"
            self.line_list.addItem(f"{text} · {format_rupiah(amount, self.language)}")
        words = self.tr("Lines: {amount} (before tax and express)").format(amount=format_rupiah(total, self.language))
        self.total.setText(words)
        self.total.setAccessibleName(words)

    # --- several workers on one line ---------------------------------------------------------------------------------
    def share_line(self) -> None:
        """The till's worker dialog: one worker, or a split by percentages adding up to 100."""
        if self.sharing is not None:
            return
        name = self.item.name if self.item else self.tr("the next line")
        dialog = WorkerDialog(self.facts.workers, self.shared, name, self, language=self.language)
        dialog.accepted.connect(lambda: self._shared(dialog.credits()))
        dialog.finished.connect(lambda _result: self._sharing_closed(dialog))
        self.sharing = dialog
        dialog.open()

    def _sharing_closed(self, dialog: WorkerDialog) -> None:
        if self.sharing is dialog:
            self.sharing = None
        dialog.deleteLater()
        (self.quantity if self.item else self.item_search).setFocus()

    def _shared(self, credits: list[tuple[uuid.UUID, int]]) -> None:
        names = dict(self.facts.workers)
        if len(credits) == 1:  # one worker after all: the list shows them
            chosen = [i for i in range(self.worker.count()) if (self.worker.itemData(i) or (None,))[0] == credits[0][0]]
            self.worker.setCurrentIndex(chosen[0] if chosen else 0)
            self._one_worker()
            return
        self.worker.blockSignals(True)  # the list says no single worker; the shares below say who
        self.worker.setCurrentIndex(0)
        self.worker.blockSignals(False)
        self.shared = tuple(WorkerCredit(worker_id, names[worker_id], bp) for worker_id, bp in credits)
        words = self._shares_text(self.shared)
        look.set_text(self.shares, words)
        self.shares.show()

    def _one_worker(self) -> None:
        """One worker chosen in the list (or the line added): the shares set before are forgotten."""
        self.shared = ()
        self.shares.hide()
        look.set_text(self.shares, "")

    def _shares_text(self, shared: tuple[WorkerCredit, ...]) -> str:
        return " + ".join(f"{c.display_name} {percent_text(c.split_bp, self.language)}%" for c in shared)

    # --- the answer -------------------------------------------------------------------------------------------------
    def line_forms(self) -> list[OrderLineForm]:
        return [OrderLineForm(line.item.id, line.quantity, line.note, line.credits()) for line in self.lines]

    def bags(self) -> int:
        """How many bag tags to print (0: none)."""
        return self.bag_count.value()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.line_list.hasFocus():
            self.remove_line()
            return
        super().keyPressEvent(event)
