"""A maker's consignment settlement for a period at one outlet: per item what was brought, sold, taken back and what
the outlet owes the maker. What is owed is the maker's credits in the earnings ledger for consigned pieces (the
agreed price per piece, less what refunds took back), so the statement and the earnings agree by construction; and
for the maker's pieces sent from here and lost in transit, the agreed price per piece (transit_losses.py), which the
receipt credited to the maker in the same figures."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import EarningEntry, Item, Outlet, StockMovement, Worker
from ska_pos.db.types import quantity_sum
from ska_pos.i18n import _
from ska_pos.services.earnings.period import Period
from ska_pos.services.errors import NotFound
from ska_pos.services.stock.transit_losses import MakerLoss, maker_losses

SOLD_KINDS = ("sale", "void", "refund")


@dataclass(frozen=True)
class SettlementLine:
    sku: str
    name: str
    brought: Decimal
    sold: Decimal
    returned: Decimal
    owed: int  # for the pieces sold, and for those lost in transit
    lost: Decimal = Decimal(0)  # sent from here to another outlet and lost on the way (transit_losses.py)


@dataclass
class MakerSettlement:
    worker_code: str
    worker_name: str
    outlet_code: str
    period: Period
    lines: list[SettlementLine] = field(default_factory=list)

    @property
    def owed(self) -> int:
        return sum(line.owed for line in self.lines)


def consignment_entries(worker_id: uuid.UUID, outlet_id: uuid.UUID) -> tuple[ColumnElement[bool], ...]:
    """The maker's credits for consigned pieces (services/sale_writing.py `_consigned_entry` and their reversals): the
    agreed price per piece, with no share rule behind it."""
    return (
        EarningEntry.worker_id == worker_id,
        EarningEntry.outlet_id == outlet_id,
        EarningEntry.rule_kind == "fixed",
        EarningEntry.share_rule_id.is_(None),
        EarningEntry.sale_line_id.is_not(None),
    )


def maker_settlement(session: Session, worker_id: uuid.UUID, outlet_id: uuid.UUID, period: Period) -> MakerSettlement:
    worker = session.get(Worker, worker_id)
    outlet = session.get(Outlet, outlet_id)
    if worker is None or outlet is None:
        raise NotFound(_("Unknown worker"))
    zone = ZoneInfo(outlet.timezone)
    start = datetime.combine(period.start, time(), zone)
    end = datetime.combine(period.end + timedelta(days=1), time(), zone)
    moved = session.execute(
        select(StockMovement.item_id, StockMovement.kind, quantity_sum(StockMovement.quantity))
        .where(StockMovement.worker_id == worker_id, StockMovement.outlet_id == outlet_id,
               StockMovement.created_at >= start, StockMovement.created_at < end)
        .group_by(StockMovement.item_id, StockMovement.kind)
    )  # fmt: skip
    per_item: dict[uuid.UUID, dict[str, Decimal]] = {}
    for item_id, kind, quantity in moved:
        per_item.setdefault(item_id, {})[kind] = quantity
    owed_rows = session.execute(
        select(StockMovement.item_id, func.coalesce(func.sum(EarningEntry.amount), 0))
        .join(StockMovement, (StockMovement.sale_line_id == EarningEntry.sale_line_id)
              & (StockMovement.worker_id == EarningEntry.worker_id))
        .where(*consignment_entries(worker_id, outlet_id), EarningEntry.business_date >= period.start,
               EarningEntry.business_date <= period.end)
        .group_by(StockMovement.item_id)
    )  # fmt: skip
    owed = {item_id: int(amount) for item_id, amount in owed_rows}
    losses = maker_losses(session, worker_id, outlet_id, start, end)
    items = {row.id: row for row in session.execute(
        select(Item.id, Item.sku, Item.name).where(Item.id.in_(per_item.keys() | owed.keys() | losses.keys())))
    }  # fmt: skip
    result = MakerSettlement(worker.code, worker.name, outlet.code, period)
    for item_id in sorted(items, key=lambda key: items[key].name):
        kinds = per_item.get(item_id, {})
        sold = -sum((kinds.get(kind, Decimal(0)) for kind in SOLD_KINDS), Decimal(0))
        lost = losses.get(item_id, MakerLoss(item_id, Decimal(0), 0))
        result.lines.append(SettlementLine(items[item_id].sku, items[item_id].name,
                                           kinds.get("consign_in", Decimal(0)), sold,
                                           -kinds.get("consign_return", Decimal(0)), owed.get(item_id, 0) + lost.owed,
                                           lost.lost))  # fmt: skip
    return result
