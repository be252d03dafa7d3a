"""Goods coming in at the manager's outlet: a supplier's delivery (quantity and unit cost, the supplier's invoice
number), a maker's consigned pieces (at the agreed price per piece) or pieces given back to the maker. Lines are
added by scanning or typing a barcode or SKU; saving shows the note (TRM-, TTP-, KMB-) to print or save."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QTableView, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import line_amount, parse_quantity, parse_rupiah
from ska_pos.reports import formatting as fmt
from ska_pos.services import catalog, catalog_admin
from ska_pos.services.catalog_admin import Choice
from ska_pos.services.stock import receiving
from ska_pos.services.stock.receiving import IncomingLine
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.manager.documents import show_pdf
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, hint_room, named

KINDS = ("receive", "consign_in", "consign_return")


@dataclass(frozen=True)
class Line:
    item_id: uuid.UUID
    sku: str
    name: str
    quantity: Decimal
    unit_cost: int
    unit: str = "pcs"  # the item's stock unit: 20 of milk kept by the litre reads "20 l"


@dataclass(frozen=True)
class Found:
    item_id: uuid.UUID
    sku: str
    name: str
    unit: str


class LinesModel(RowsModel):
    numeric_columns = frozenset({2, 3, 4})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("SKU"), self.tr("Name"), self.tr("Quantity"), self.tr("Unit cost"), self.tr("Amount"))

    def text(self, line: Line, column: int) -> str:
        amount = line_amount(line.quantity, line.unit_cost)
        values = (line.sku, line.name, fmt.quantity(line.quantity, self.language, line.unit),
                  fmt.rupiah(line.unit_cost, self.language), fmt.rupiah(amount, self.language))  # fmt: skip
        return values[column]


def open_incoming(
    parent: QWidget, session: TillSession, kind: str, opened: Callable[[IncomingDialog], object] | None = None
) -> None:
    """Reads who the goods come from (the sentra's suppliers, or the outlet's makers), then opens the dialog."""
    outlet_id = session.actor.outlet_id

    def work(s: Session) -> list[Choice]:
        if kind == "receive":
            return [Choice(supplier.id, f"{supplier.name} ({supplier.code})")
                    for supplier in receiving.list_suppliers(s, outlet_id)]  # fmt: skip
        return catalog_admin.maker_choices(s, outlet_id)

    def show(parties: list[Choice]) -> None:
        dialog = IncomingDialog(session, kind, parties, parent)
        dialog.open()
        if opened is not None:
            opened(dialog)

    ReadOp(parent, session.database, work).success(show).run_in_background()


class IncomingDialog(ManagerDialog):
    changes = frozenset({op_changes.STOCK, op_changes.EARNINGS})

    def __init__(self, session: TillSession, kind: str, parties: list[Choice], parent: QWidget | None = None) -> None:
        assert kind in KINDS
        titles = {
            "receive": QCoreApplication.translate("IncomingDialog", "Receive goods from a supplier"),
            "consign_in": QCoreApplication.translate("IncomingDialog", "A maker's consigned pieces"),
            "consign_return": QCoreApplication.translate("IncomingDialog", "Consigned pieces back to the maker"),
        }
        super().__init__("stockIncoming", titles[kind], parent)
        self.session, self.kind = session, kind
        self.setMinimumWidth(760)
        self.lines: list[Line] = []
        self.party = named(QComboBox(), "stockIncomingParty", self._party_word())
        self.party.setMinimumHeight(44)
        self.party.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for party in parties:
            self.party.addItem(party.name, party.id)
        self.add_row(self._party_word(), self.party)
        self.reference = named(QLineEdit(), "stockIncomingReference", self.tr("Supplier's invoice number"))
        hint_room(self.reference)
        if kind == "receive":
            self.add_row(self.tr("Invoice number"), self.reference)
        self.note = named(QLineEdit(), "stockIncomingNote", self.tr("Note"))
        hint_room(self.note)
        self.add_row(self.tr("Note"), self.note)
        self.code = named(QLineEdit(), "stockIncomingCode", self.tr("Barcode or SKU"))
        self.code.setPlaceholderText(self.tr("Scan or type a barcode or SKU"))
        self.quantity = named(QLineEdit("1"), "stockIncomingQuantity", self.tr("Quantity"))
        self.cost = named(QLineEdit(), "stockIncomingCost", self._cost_word())
        self.cost.setPlaceholderText(self._cost_word())
        for field in (self.code, self.quantity, self.cost):
            hint_room(field)
        self.cost.setVisible(kind != "consign_return")  # pieces go back at the price agreed when they came in
        add = big_button(self.tr("Add line"), "stockIncomingAdd")
        add.clicked.connect(self.add_line)
        remove = big_button(self.tr("Remove line"), "stockIncomingRemove")
        remove.clicked.connect(self.remove_line)
        for field in (self.code, self.quantity, self.cost):
            field.returnPressed.connect(self.add_line)
        entry = QHBoxLayout()
        self.body.addLayout(entry)
        entry.addWidget(self.code, 3)
        entry.addWidget(self.quantity, 1)
        entry.addWidget(self.cost, 2)
        entry.addWidget(add)
        entry.addWidget(remove)
        self.model = LinesModel(session.language, self)
        self.table = named(QTableView(), "stockIncomingLines", self.tr("Lines"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(200)
        look.whole_columns(self.table.horizontalHeader())
        self.body.addWidget(self.table, 1)
        self.finish_layout()
        self.code.setFocus()
        self.pdf: bytes | None = None

    def _party_word(self) -> str:
        return self.tr("Supplier") if self.kind == "receive" else self.tr("Maker")

    def _cost_word(self) -> str:
        return self.tr("Unit cost") if self.kind == "receive" else self.tr("Agreed price per piece")

    def add_line(self) -> None:
        code = self.code.text().strip()
        if not code:
            return
        try:
            quantity = parse_quantity(self.quantity.text())
            cost = parse_rupiah(self.cost.text() or "0", self.session.language) if self.cost.isVisible() else 0
        except ValueError as error:
            self.show_error(str(error))
            return
        outlet_id = self.session.actor.outlet_id

        def work(s: Session) -> Found:
            item = catalog.find_by_code(s, outlet_id, code)
            return Found(item.id, item.sku, item.name, item.unit)

        def found(item: Found) -> None:
            self.lines = [line for line in self.lines if line.item_id != item.item_id]
            self.lines.append(Line(item.item_id, item.sku, item.name, quantity, cost, item.unit))
            self.model.set_rows(self.lines)
            self.error.hide()
            self.code.clear()
            self.quantity.setText("1")
            self.code.setFocus()

        ReadOp(self, self.session.database, work).success(found).failure(
            lambda error: self.show_error(error_text(error))
        ).run_in_background()

    def remove_line(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            del self.lines[index.row()]
            self.model.set_rows(self.lines)

    def check(self) -> str | None:
        if self.party.currentData() is None:
            return (
                self.tr("Choose who the goods come from.")
                if self.kind != "consign_return"
                else self.tr("Choose the maker.")
            )
        if not self.lines:
            return self.tr("Add at least one item.")
        return None

    def save_work(self) -> Callable[[Session], Any]:
        actor, kind, party = self.session.actor, self.kind, self.party.currentData()
        lines = [IncomingLine(line.item_id, line.quantity, line.unit_cost) for line in self.lines]
        reference, note = self.reference.text(), self.note.text()

        def work(s: Session) -> str:
            if kind == "receive":
                document = receiving.receive_goods(s, actor, party, lines, reference=reference, note=note)
            elif kind == "consign_in":
                document = receiving.consign_in(s, actor, party, lines, note=note)
            else:
                document = receiving.consign_return(s, actor, party, lines, note=note)
            return document.number

        return work


def show_note(parent: QWidget, session: TillSession, number: str) -> None:
    """The note of a saved document in the preview, to print or save (read and drawn off the screen's thread)."""
    code, language = session.outlet_code, session.language

    def work(s: Session) -> bytes:
        from ska_pos.reports.stock_pdf import render_stock_note_pdf
        from ska_pos.services.stock.documents import stock_note

        return render_stock_note_pdf(stock_note(s, code, number), language)

    ReadOp(parent, session.database, work).success(lambda pdf: show_pdf(parent, pdf, number)).run_in_background()
