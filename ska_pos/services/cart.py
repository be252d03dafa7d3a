"""The cart being rung up at a till: plain data, priced by the domain rules, saved as JSON when held."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal
from typing import Any

from ska_pos.domain.discounts import Discount
from ska_pos.domain.modifiers import ChosenModifier, modifiers_price, untaxed_price
from ska_pos.domain.money import BP_WHOLE
from ska_pos.domain.pricing import LineInput, SaleTotals, TaxSettings, price_sale


@dataclass(frozen=True)
class WorkerCredit:
    worker_id: uuid.UUID
    display_name: str
    split_bp: int = BP_WHOLE


@dataclass(frozen=True)
class CartLine:
    item_id: uuid.UUID
    sku: str
    name: str
    kind: str
    unit: str
    category_id: uuid.UUID | None
    list_price: int
    unit_price: int
    quantity: Decimal
    workers: tuple[WorkerCredit, ...] = ()
    discount: Discount | None = None
    discount_approved_by: uuid.UUID | None = None
    price_override_by: uuid.UUID | None = None
    note: str = ""
    min_quantity: Decimal | None = None
    modifiers: tuple[ChosenModifier, ...] = ()  # frozen as chosen; each adds its price to every unit
    modifiers_offered: bool = False  # the item had modifier groups when added
    modifiers_required: bool = False  # ... and one of them is required: the till asks at once

    @property
    def is_service(self) -> bool:
        return self.kind == "service"

    @property
    def price_each(self) -> int:
        """What one unit costs: the item's (possibly changed) price and its chosen options."""
        return self.unit_price + modifiers_price(self.modifiers)

    @property
    def list_price_each(self) -> int:
        return self.list_price + modifiers_price(self.modifiers)

    def priced_input(self) -> LineInput:
        return LineInput(self.quantity, self.price_each, self.discount, untaxed_price(self.modifiers))


@dataclass
class Cart:
    outlet_id: uuid.UUID
    lines: list[CartLine] = field(default_factory=list)
    sale_discount: Discount | None = None
    sale_discount_approved_by: uuid.UUID | None = None
    customer_id: uuid.UUID | None = None
    order_type: str = ""
    table_no: str = ""
    note: str = ""
    customer_name: str = ""  # as found at the till, to show while the sale is open (the sale keeps the id)
    tab_id: uuid.UUID | None = None  # an open tab being paid (services/tabs): its sale closes the tab

    def is_empty(self) -> bool:
        return not self.lines

    def priced(self, tax: TaxSettings) -> SaleTotals:
        return price_sale([line.priced_input() for line in self.lines], self.sale_discount, tax)

    def replace_line(self, index: int, **changes: Any) -> CartLine:
        self.lines[index] = replace(self.lines[index], **changes)
        return self.lines[index]

    def to_json(self) -> str:
        return json.dumps(asdict(self), default=_encode, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Cart:
        raw = json.loads(text)
        return cls(
            outlet_id=uuid.UUID(raw["outlet_id"]),
            lines=[_line_from_dict(line) for line in raw["lines"]],
            sale_discount=_discount_from(raw["sale_discount"]),
            sale_discount_approved_by=_uuid_or_none(raw["sale_discount_approved_by"]),
            customer_id=_uuid_or_none(raw["customer_id"]),
            order_type=raw["order_type"],
            table_no=raw["table_no"],
            note=raw["note"],
            customer_name=raw.get("customer_name", ""),  # held before customers were shown at the till
            tab_id=_uuid_or_none(raw.get("tab_id")),
        )


def line_to_json(line: CartLine) -> str:
    """One line as JSON, as a held cart keeps it: a tab's rounds keep their lines so (services/tabs)."""
    return json.dumps(asdict(line), default=_encode, sort_keys=True)


def line_from_json(text: str) -> CartLine:
    return _line_from_dict(json.loads(text))


def _encode(value: object) -> str:
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    raise TypeError(f"cannot encode {type(value).__name__}")


def _uuid_or_none(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


def _discount_from(raw: dict[str, Any] | None) -> Discount | None:
    return Discount(raw["kind"], int(raw["value"])) if raw else None


def _line_from_dict(raw: dict[str, Any]) -> CartLine:
    return CartLine(
        item_id=uuid.UUID(raw["item_id"]),
        sku=raw["sku"],
        name=raw["name"],
        kind=raw["kind"],
        unit=raw["unit"],
        category_id=_uuid_or_none(raw["category_id"]),
        list_price=int(raw["list_price"]),
        unit_price=int(raw["unit_price"]),
        quantity=Decimal(raw["quantity"]),
        workers=tuple(
            WorkerCredit(uuid.UUID(w["worker_id"]), w["display_name"], int(w["split_bp"])) for w in raw["workers"]
        ),
        discount=_discount_from(raw["discount"]),
        discount_approved_by=_uuid_or_none(raw["discount_approved_by"]),
        price_override_by=_uuid_or_none(raw["price_override_by"]),
        note=raw["note"],
        min_quantity=Decimal(raw["min_quantity"]) if raw.get("min_quantity") else None,  # held before it existed
        modifiers=tuple(_modifier_from(modifier) for modifier in raw.get("modifiers", ())),
        modifiers_offered=bool(raw.get("modifiers_offered", False)),
        modifiers_required=bool(raw.get("modifiers_required", False)),
    )


def _modifier_from(raw: dict[str, Any]) -> ChosenModifier:
    return ChosenModifier(
        group_id=uuid.UUID(raw["group_id"]),
        option_id=uuid.UUID(raw["option_id"]),
        group_name=raw["group_name"],
        option_name=raw["option_name"],
        price=int(raw["price"]),
        taxed=bool(raw["taxed"]),
    )
