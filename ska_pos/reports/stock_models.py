"""Plain data of the stock documents: the gross margin report, a receiving (or consignment) note, a count sheet, a
transfer note."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from ska_pos.domain.money import line_amount


@dataclass(frozen=True)
class MarginRow:
    outlet_code: str
    category: str
    sku: str
    name: str
    quantity: Decimal
    revenue: int  # net of discounts and tax, refunds and voids taken off
    cost: int  # at the cost frozen on each sale's stock movement

    @property
    def margin(self) -> int:
        return self.revenue - self.cost

    @property
    def margin_bp(self) -> int | None:
        """The margin in basis points of revenue; None when nothing was sold for money."""
        return None if self.revenue == 0 else int(Decimal(self.margin * 10000) / self.revenue)


@dataclass(frozen=True)
class MarginReport:
    date_from: date
    date_to: date
    outlet_codes: list[str]
    items: list[MarginRow]

    def by_category(self) -> list[MarginRow]:
        return _grouped(self.items, lambda row: (row.outlet_code, row.category))

    def by_outlet(self) -> list[MarginRow]:
        return _grouped(self.items, lambda row: (row.outlet_code, ""))

    @property
    def total(self) -> MarginRow:
        return sum_rows(self.items)


def _grouped(rows: list[MarginRow], key: Callable[[MarginRow], tuple[str, str]]) -> list[MarginRow]:
    groups: dict[tuple[str, str], list[MarginRow]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return [sum_rows(members, outlet, category) for (outlet, category), members in sorted(groups.items())]


def sum_rows(rows: Sequence[MarginRow], outlet: str = "", category: str = "") -> MarginRow:
    return MarginRow(outlet, category, "", "", sum((r.quantity for r in rows), Decimal(0)),
                     sum(r.revenue for r in rows), sum(r.cost for r in rows))  # fmt: skip


@dataclass(frozen=True)
class NoteLine:
    sku: str
    name: str
    unit: str
    quantity: Decimal
    unit_cost: int  # paid per unit (a supplier's delivery) or agreed per piece (a maker's consignment)

    @property
    def amount(self) -> int:
        return line_amount(self.quantity, self.unit_cost)


@dataclass(frozen=True)
class StockNote:
    """A receiving note, a maker's consignment note or the note of pieces returned to the maker."""

    kind: str  # receive, consign_in, consign_return
    number: str
    outlet_name: str
    outlet_code: str
    party: str  # the supplier, or the maker
    reference: str
    note: str
    at: datetime
    timezone: str
    by: str
    lines: list[NoteLine] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


@dataclass(frozen=True)
class SheetLine:
    sku: str
    barcode: str
    name: str
    unit: str


@dataclass(frozen=True)
class SheetGroup:
    category: str  # empty: items with no category
    lines: list[SheetLine]


@dataclass(frozen=True)
class CountSheet:
    outlet_name: str
    outlet_code: str
    covers: str  # the category counted; empty: the whole outlet
    started_at: datetime
    timezone: str
    groups: list[SheetGroup] = field(default_factory=list)


@dataclass(frozen=True)
class TransferNoteLine:
    line_id: uuid.UUID
    sku: str
    name: str
    unit: str
    sent: Decimal
    maker: str  # whose consigned pieces these are; empty: the outlet's own
    received: Decimal | None  # None: not received yet
    lost: Decimal
    loss_reason: str


@dataclass(frozen=True)
class TransferNote:
    """Goods sent from one outlet to another: what was sent and, once received, what arrived and what was lost."""

    number: str
    from_outlet: str
    to_outlet: str
    timezone: str  # the sending outlet's
    note: str
    sent_at: datetime
    sent_by: str
    received_at: datetime | None
    received_by: str
    approved_by: str  # the supervisor who approved a loss in transit
    lines: list[TransferNoteLine] = field(default_factory=list)
