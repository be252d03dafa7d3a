"""Adding or editing an item: its details, its barcodes, and its price from a date, with the price's history.

A price other than the one in effect on the chosen date is a price change (services/prices.py): it takes effect
from that date (today, or a later day: a scheduled change), and every earlier price stays in the history shown.

Signal (from ManagerDialog): `saved(ItemDetail)`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_quantity, format_rupiah, parse_quantity, parse_rupiah
from ska_pos.reports import formatting as fmt
from ska_pos.services import catalog_admin, prices
from ska_pos.services.catalog_admin import Choice, ItemDetail, ItemForm
from ska_pos.services.prices import PriceHistory
from ska_pos.services.salon.durations import DEFAULT_MINUTES
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.manager.period_bar import from_qdate, to_qdate
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import hint_room, named

KINDS = ("product", "service")
UNITS = ("pcs", "kg", "m", "l", "ml", "service")
_BARCODE_SEPARATORS = re.compile(r"[;,\s]+")


@dataclass(frozen=True)
class ItemChoices:
    """What the form offers: the outlet's categories and the workers who can be an item's maker."""

    categories: list[Choice]
    makers: list[Choice]


def load_item(session: Session, item_id: uuid.UUID) -> tuple[ItemDetail, PriceHistory]:
    return catalog_admin.get_item(session, item_id), prices.price_history(session, item_id)


class ItemFormDialog(ManagerDialog):
    changes = frozenset({op_changes.CATALOG})

    def __init__(
        self,
        session: TillSession,
        choices: ItemChoices,
        item: ItemDetail | None = None,
        history: PriceHistory | None = None,
        parent: QWidget | None = None,
        *,
        outlet_id: uuid.UUID | None = None,
    ) -> None:
        """A new item is added to `outlet_id` (the outlet chosen in the Katalog; by default the manager's own)."""
        title = (
            QCoreApplication.translate("ItemFormDialog", "Edit {name}").format(name=item.name)
            if item
            else QCoreApplication.translate("ItemFormDialog", "New item")
        )
        super().__init__("itemForm", title, parent)
        self.session, self.item = session, item
        self.outlet_id = outlet_id or session.actor.outlet_id
        language = session.language
        self.name = self._line("itemName", self.tr("Item name"), item.name if item else "")
        self.sku = self._line("itemSku", self.tr("SKU"), item.sku if item else "")
        self.barcodes = self._line("itemBarcodes", self.tr("Barcodes"), "; ".join(item.barcodes) if item else "")
        self.barcodes.setPlaceholderText(self.tr("separate with ;"))
        hint_room(self.barcodes)
        self.category = self._combo("itemCategory", self.tr("Category"),
                                    [(None, self.tr("(no category)"))] + [(c.id, c.name) for c in choices.categories],
                                    item.category_id if item else None)  # fmt: skip
        self.kind = self._combo("itemKind", self.tr("Product or service"),
                                [("product", self.tr("product")), ("service", self.tr("service"))],
                                item.kind if item else "product")  # fmt: skip
        self.unit = self._combo("itemUnit", self.tr("Unit"), [(unit, self._unit_name(unit)) for unit in UNITS],
                                item.unit if item else "pcs")  # fmt: skip
        minimum = item.min_quantity if item else None
        self.min_quantity = self._line("itemMinQuantity", self.tr("Minimum quantity"),
                                       format_quantity(minimum, language) if minimum is not None else "")  # fmt: skip
        self.min_quantity.setPlaceholderText(self.tr("none"))
        minutes = item.duration_min if item else None
        self.duration = self._line("itemDuration", self.tr("Minutes a service takes"),
                                   str(minutes) if minutes is not None else "")  # fmt: skip
        self.duration.setPlaceholderText(self.tr("default ({minutes})").format(minutes=DEFAULT_MINUTES))
        self.price = self._line("itemPrice", self.tr("Price"), format_rupiah(item.price, language) if item else "")
        self.price_from = named(QDateEdit(), "itemPriceFrom", self.tr("Price takes effect from"))
        self.price_from.setCalendarPopup(True)
        self.price_from.setDisplayFormat("dd-MM-yyyy")
        self.price_from.setMinimumDate(to_qdate(session.today()))
        self.price_from.setDate(to_qdate(session.today()))
        self.price_from.setMinimumHeight(40)
        self.price_from.setEnabled(item is not None)  # a new item's first price is today's
        self.track_stock = named(QCheckBox(self.tr("Track its stock")), "itemTrackStock", self.tr("Track its stock"))
        self.track_stock.setChecked(item.track_stock if item else False)
        self.track_stock.setMinimumHeight(40)
        self.maker = self._combo("itemMaker", self.tr("Default maker"),
                                 [(None, self.tr("(nobody)"))] + [(w.id, w.name) for w in choices.makers],
                                 item.maker_worker_id if item else None)  # fmt: skip
        self.history = named(QListWidget(), "itemPriceHistory", self.tr("Price history"))
        self.history.setMaximumHeight(110)
        for line in self._history_lines(history):
            self.history.addItem(line)
        widest = max(self.history.fontMetrics().horizontalAdvance(line) for line in self._history_lines(history))
        self.history.setMinimumWidth(min(widest + 32, 640))  # each price's line whole, on a 1024 px screen too
        first: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Name"), self.name),
            (self.tr("&SKU"), self.sku),
            (self.tr("&Barcodes"), self.barcodes),
            (self.tr("&Category"), self.category),
            (self.tr("&Kind"), self.kind),
            (self.tr("&Unit"), self.unit),
        )
        for label, field in first:
            self.add_row(label, field)
        self._quantity_row()
        rest: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Price"), self.price),
            (self.tr("Price &from"), self.price_from),
            (self.tr("S&tock"), self.track_stock),
            (self.tr("Default &maker"), self.maker),
            (self.tr("Price &history"), self.history),
        )
        for label, field in rest:
            self.add_row(label, field)
        self.finish_layout()

    def _history_lines(self, history: PriceHistory | None) -> list[str]:
        if history is None or not history.entries:
            return [self.tr("No price changes yet")]
        language = self.session.language
        lines = []
        for entry in history.entries:
            text = self.tr("{price} from {day}").format(
                price=format_rupiah(entry.price, language), day=fmt.short_date(entry.effective_from, language)
            )
            if entry.scheduled:
                text += "  · " + self.tr("scheduled")
            if entry.created_by:
                text += "  · " + entry.created_by
            lines.append(text)
        return lines

    def _unit_name(self, unit: str) -> str:
        names = {"pcs": self.tr("pieces (pcs)"), "kg": self.tr("kilogram (kg)"), "m": self.tr("metre (m)"),
                 "l": self.tr("litre (l)"), "ml": self.tr("millilitre (ml)"),
                 "service": self.tr("service")}  # fmt: skip
        return names[unit]

    def _line(self, object_name: str, accessible: str, value: str) -> QLineEdit:
        field = named(QLineEdit(value), object_name, accessible)
        field.setMinimumHeight(40)
        return field

    @staticmethod
    def _combo(object_name: str, accessible: str, options: list[tuple[object, str]], current: object) -> QComboBox:
        box = named(QComboBox(), object_name, accessible)
        box.setMinimumHeight(40)
        for value, text in options:
            box.addItem(text, value)
        index = next((i for i, (value, _text) in enumerate(options) if value == current), 0)
        box.setCurrentIndex(index)
        return box

    def _quantity_row(self) -> None:
        """The minimum quantity and a service's minutes share a row: the form fits a 768 px screen."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.min_quantity, 1)
        minutes = QLabel(self.tr("M&inutes (services)"))
        minutes.setBuddy(self.duration)
        line.addWidget(minutes)
        line.addWidget(self.duration, 1)
        caption = QLabel(self.tr("&Minimum quantity"))
        caption.setBuddy(self.min_quantity)
        self.fields.addRow(caption, row)

    def _parsed_price(self) -> int | None:
        try:
            return parse_rupiah(self.price.text(), self.session.language)
        except ValueError:
            return None

    def _parsed_minimum(self) -> Decimal | None:
        text = self.min_quantity.text().strip()
        return parse_quantity(text) if text else None

    def check(self) -> str | None:
        if not self.name.text().strip() or not self.sku.text().strip():
            return self.tr("Fill in the item's name and SKU")
        if self._parsed_price() is None:
            return self.tr("The price is not an amount of rupiah: {text}").format(text=self.price.text())
        try:
            self._parsed_minimum()
        except ValueError:
            return self.tr("The minimum quantity is not a quantity: {text}").format(text=self.min_quantity.text())
        if self.duration.text().strip() and self._parsed_minutes() is None:
            return self.tr("The minutes are not a whole number: {text}").format(text=self.duration.text())
        return None

    def _parsed_minutes(self) -> int | None:
        text = self.duration.text().strip()
        return int(text) if text.isdigit() else None

    def form(self) -> ItemForm:
        price = self._parsed_price()
        assert price is not None  # check() came first
        return ItemForm(
            sku=self.sku.text(),
            name=self.name.text(),
            price=price,
            kind=str(self.kind.currentData()),
            unit=str(self.unit.currentData()),
            category_id=self.category.currentData(),
            barcodes=tuple(code for code in _BARCODE_SEPARATORS.split(self.barcodes.text()) if code),
            min_quantity=self._parsed_minimum(),
            track_stock=self.track_stock.isChecked(),
            maker_worker_id=self.maker.currentData(),
            price_from=from_qdate(self.price_from.date()) if self.item else None,
            duration_min=self._parsed_minutes(),
        )

    def save_work(self) -> Callable[[Session], ItemDetail]:
        form, actor = self.form(), self.session.actor
        item_id, outlet_id = (self.item.id if self.item else None), self.outlet_id

        def work(s: Session) -> ItemDetail:
            if item_id is None:
                return catalog_admin.add_item(s, actor, outlet_id, form)
            return catalog_admin.edit_item(s, actor, item_id, form)

        return work
