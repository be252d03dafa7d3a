"""The one writer of stock movements: every movement, and the on-hand cache beside it, in the caller's transaction.

Sales, refunds, receipts, consignments and counts all come here, so the cache can never miss a movement. The reads
that decide the write (on-hand, average cost, the till's last number) happen inside the write transaction: BEGIN
IMMEDIATE on SQLite, row locks on PostgreSQL; the quantity is added in SQL so two writers never lose one another's.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Item, Outlet, StockMovement, StockOnHand, new_id
from ska_pos.db.models.base import table_of
from ska_pos.i18n import _
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.errors import ValidationError

# Kinds that bring goods in at a price of their own: the moving average cost is recomputed from them.
COSTED_INFLOWS = frozenset({"receive", "consign_in", "transfer_in"})


@dataclass(frozen=True)
class Movement:
    """A movement to post. `unit_cost` None: the item's moving average at this outlet at this moment."""

    item_id: uuid.UUID
    outlet_id: uuid.UUID
    kind: str
    quantity: Decimal
    unit_cost: int | None = None
    reason: str = ""
    sale_line_id: uuid.UUID | None = None
    worker_id: uuid.UUID | None = None
    document_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Level:
    quantity: Decimal
    avg_cost: int


class NotEnoughStock(ValidationError):
    """A movement would take a tracked item below zero where the outlet does not allow it."""


def moving_average(on_hand: Decimal, avg_cost: int, quantity: Decimal, unit_cost: int) -> int:
    """The average cost after `quantity` units come in at `unit_cost`. Stock at or below zero has no cost of its
    own left to average with: the new goods' price becomes the cost."""
    if on_hand <= 0:
        return unit_cost
    value = on_hand * avg_cost + quantity * unit_cost
    return int((value / (on_hand + quantity)).to_integral_value(ROUND_HALF_UP))


_TABLE = table_of(StockMovement)
_ON_HAND = table_of(StockOnHand)
_INSERT = insert(_TABLE)
_LEVELS = (
    select(StockOnHand.item_id, StockOnHand.outlet_id, StockOnHand.quantity, StockOnHand.avg_cost)
    .where(tuple_(StockOnHand.item_id, StockOnHand.outlet_id).in_(bindparam("keys", expanding=True)))
    .order_by(StockOnHand.item_id, StockOnHand.outlet_id)
)
_LAST_SEQ = select(func.max(StockMovement.seq)).where(StockMovement.till_id == bindparam("till_id"))
_LAST_SEQ_NO_TILL = select(func.max(StockMovement.seq)).where(StockMovement.till_id.is_(None))
_STRICT = select(Outlet.id).where(Outlet.id.in_(bindparam("ids", expanding=True)), ~Outlet.allow_negative_stock)


def levels(session: Session, keys: Sequence[tuple[uuid.UUID, uuid.UUID]]) -> dict[tuple[uuid.UUID, uuid.UUID], Level]:
    """On-hand and average cost of (item, outlet) pairs, read to decide a write; a pair with no movement yet is
    absent or at nothing. On PostgreSQL the rows are locked until the transaction ends (SQLite's BEGIN IMMEDIATE
    already holds the whole file)."""
    if not keys:
        return {}
    connection = session.connection()
    pairs = sorted(set(keys))
    if connection.dialect.name != "postgresql":
        rows = connection.execute(_LEVELS, {"keys": pairs})
    else:
        _claim(connection, pairs)
        rows = connection.execute(_LEVELS.with_for_update(), {"keys": pairs})
    return {(row.item_id, row.outlet_id): Level(row.quantity, row.avg_cost) for row in rows}


def lock(session: Session, keys: Sequence[tuple[uuid.UUID, uuid.UUID]]) -> None:
    """Locks the on-hand rows of all the (item, outlet) pairs a write will touch, in one sorted pass, before it
    reads any: a writer that locked some rows and later more could deadlock with one locking them in another
    order. Nothing to do on SQLite, whose BEGIN IMMEDIATE already holds the whole file."""
    if keys and session.connection().dialect.name == "postgresql":
        levels(session, keys)


def _claim(connection: Connection, pairs: Sequence[tuple[uuid.UUID, uuid.UUID]]) -> None:
    """Makes sure each pair has an on-hand row to lock. `FOR UPDATE` locks only rows that exist: two tills posting
    an item's first movement at an outlet would both read nothing and both average from nothing, the later one's
    cost overwriting the earlier's. An empty row inserted first makes the second till wait on the first one's
    insert and then read what it wrote. Inserted in key order, as the rows are then locked, so two writers of
    several items queue rather than deadlock; a row left at nothing (a count of an item never moved) is what an
    absent row means, and the stock check passes it."""
    values = [{"item_id": item, "outlet_id": outlet, "quantity": Decimal(0), "avg_cost": 0,
               "updated_at": clock.now()} for item, outlet in pairs]  # fmt: skip
    connection.execute(postgresql.insert(_ON_HAND).on_conflict_do_nothing(), values)


def post(
    session: Session, actor: Actor, movements: Sequence[Movement], *, moment: datetime | None = None
) -> list[dict[str, Any]]:
    """Write the movements and bring the on-hand cache along; returns the rows written (with the frozen costs)."""
    if not movements:
        return []
    at = moment or clock.now()
    keys = [(m.item_id, m.outlet_id) for m in movements]
    current = levels(session, keys)
    before = dict(current)
    rows: list[dict[str, Any]] = []
    till_id = None if actor.till_id == NO_PLACE else actor.till_id
    seq = _last_seq(session.connection(), till_id)
    for movement in movements:
        key = (movement.item_id, movement.outlet_id)
        level = current.get(key, Level(Decimal(0), 0))
        cost = level.avg_cost if movement.unit_cost is None else movement.unit_cost
        if cost < 0:
            raise ValidationError(_("A cost cannot be below zero"))
        average = level.avg_cost
        if movement.kind in COSTED_INFLOWS and movement.quantity > 0:
            average = moving_average(level.quantity, level.avg_cost, movement.quantity, cost)
        current[key] = Level(level.quantity + movement.quantity, average)
        seq += 1
        rows.append({
            "id": new_id(), "item_id": movement.item_id, "outlet_id": movement.outlet_id, "kind": movement.kind,
            "quantity": movement.quantity, "unit_cost": cost, "sale_line_id": movement.sale_line_id,
            "worker_id": movement.worker_id, "document_id": movement.document_id, "till_id": till_id, "seq": seq,
            "user_id": actor.user_id, "reason": movement.reason, "created_at": at,
        })  # fmt: skip
    _refuse_below_zero(session, movements, before, current)
    connection = session.connection()
    connection.execute(_INSERT, rows)
    _write_levels(connection, movements, current, at)
    return rows


def _last_seq(connection: Connection, till_id: uuid.UUID | None) -> int:
    if till_id is None:
        return int(connection.execute(_LAST_SEQ_NO_TILL).scalar() or 0)
    return int(connection.execute(_LAST_SEQ, {"till_id": till_id}).scalar() or 0)


def _refuse_below_zero(
    session: Session,
    movements: Sequence[Movement],
    before: dict[tuple[uuid.UUID, uuid.UUID], Level],
    after: dict[tuple[uuid.UUID, uuid.UUID], Level],
) -> None:
    """Only a fall below zero is refused (and only where the outlet says so): stock already negative may still be
    brought up, and a count or a refund that leaves it negative but higher is allowed."""
    falling = {
        key
        for key, level in after.items()
        if level.quantity < 0 and level.quantity < before.get(key, Level(Decimal(0), 0)).quantity
    }
    if not falling:
        return
    strict = set(session.connection().execute(_STRICT, {"ids": list({outlet for _item, outlet in falling})}).scalars())
    for item_id, outlet_id in sorted(falling):
        if outlet_id in strict:
            name = session.connection().execute(select(Item.name).where(Item.id == item_id)).scalar()
            have = before.get((item_id, outlet_id), Level(Decimal(0), 0)).quantity
            raise NotEnoughStock(_("Only {quantity} of {name} in stock", quantity=_plain(have), name=name))


def _plain(quantity: Decimal) -> str:
    return f"{quantity.normalize():f}"


def _write_levels(
    connection: Connection,
    movements: Sequence[Movement],
    current: dict[tuple[uuid.UUID, uuid.UUID], Level],
    at: datetime,
) -> None:
    deltas: dict[tuple[uuid.UUID, uuid.UUID], Decimal] = {}
    for movement in movements:
        key = (movement.item_id, movement.outlet_id)
        deltas[key] = deltas.get(key, Decimal(0)) + movement.quantity
    values = [
        {"item_id": item, "outlet_id": outlet, "quantity": delta, "avg_cost": current[(item, outlet)].avg_cost,
         "updated_at": at}
        for (item, outlet), delta in deltas.items()
    ]  # fmt: skip
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(_ON_HAND)
    statement = statement.on_conflict_do_update(
        index_elements=[_ON_HAND.c.item_id, _ON_HAND.c.outlet_id],
        set_={
            "quantity": _ON_HAND.c.quantity + statement.excluded.quantity,
            "avg_cost": statement.excluded.avg_cost,
            "updated_at": statement.excluded.updated_at,
        },
    )
    connection.execute(statement, values)
