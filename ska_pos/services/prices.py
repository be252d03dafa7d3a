"""Prices by date: a change takes effect from a business date of the item's outlet, and every change is kept.

The price of an item on a day is its `item_price` row with the latest `effective_from` on or before that day (the
latest written wins for two on one day); an item with no such row sells at `Item.price`. `Item.price` is the
cache of the price on the day it was last written: a change effective today writes it, a scheduled change does
not. When a scheduled change's day arrives nothing needs to run: every reader that prices (adding a line at the
till, the check at a sale's commit, the lists the manager and the till show) asks `day_price` for the day it
prices, one correlated lookup on the `(item_id, effective_from)` index inside its own query.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Date, bindparam, func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Item, ItemPrice, Outlet, User
from ska_pos.domain.limits import check_price_bound
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, require_outlet_of, requires
from ska_pos.services.sale_context import business_date


def day_price(day: ColumnElement[date]) -> ColumnElement[int]:
    """The price of `Item` on `day`, as a column of a query over `Item`."""
    newest = (
        select(ItemPrice.price)
        .where(ItemPrice.item_id == Item.id, ItemPrice.effective_from <= day)
        .order_by(ItemPrice.effective_from.desc(), ItemPrice.created_at.desc())
        .limit(1)
        .correlate(Item)
        .scalar_subquery()
    )
    return func.coalesce(newest, Item.price)


_PRICES_ON = select(Item.id, day_price(bindparam("day", type_=Date()))).where(
    Item.id.in_(bindparam("ids", expanding=True))
)


def prices_on(session: Session, item_ids: Iterable[uuid.UUID], day: date) -> dict[uuid.UUID, int]:
    """The price of each item on `day`, in one query."""
    ids = list(set(item_ids))
    if not ids:
        return {}
    return {item_id: int(price) for item_id, price in session.execute(_PRICES_ON, {"ids": ids, "day": day})}


def price_on(session: Session, item_id: uuid.UUID, day: date) -> int:
    found = prices_on(session, [item_id], day)
    if item_id not in found:
        raise NotFound(_("This item is not for sale"))
    return found[item_id]


def outlet_today(session: Session, outlet_id: uuid.UUID) -> date:
    """Today in the outlet's own calendar: the day a sale rung up now is filed under."""
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    return business_date(outlet, clock.now())


@dataclass(frozen=True)
class PriceEntry:
    price: int
    effective_from: date
    created_at: datetime
    created_by: str  # the user's full name, "" when unknown (an import, a seed)
    scheduled: bool  # takes effect after today


@dataclass(frozen=True)
class PriceHistory:
    today: date
    current: int  # the price today
    entries: tuple[PriceEntry, ...]  # newest effective date first

    @property
    def scheduled(self) -> tuple[PriceEntry, ...]:
        return tuple(entry for entry in self.entries if entry.scheduled)


def price_history(session: Session, item_id: uuid.UUID) -> PriceHistory:
    item = _item(session, item_id)
    today = outlet_today(session, item.outlet_id)
    query = (
        select(ItemPrice.price, ItemPrice.effective_from, ItemPrice.created_at, User.full_name)
        .outerjoin(User, User.id == ItemPrice.created_by_id)
        .where(ItemPrice.item_id == item_id)
        .order_by(ItemPrice.effective_from.desc(), ItemPrice.created_at.desc())
    )
    entries = tuple(
        PriceEntry(int(price), day, moment, name or "", day > today)
        for price, day, moment, name in session.execute(query)
    )
    return PriceHistory(today, price_on(session, item_id, today), entries)


def check_price_value(price: int) -> None:
    if price < 0:
        raise ValidationError(_("A price cannot be negative"))
    try:
        check_price_bound(price)
    except ValueError as error:
        raise ValidationError(str(error)) from error


@requires("item.price")
def change_price(
    session: Session, actor: Actor, item_id: uuid.UUID, price: int, effective_from: date | None = None
) -> PriceHistory:
    """A new price from `effective_from` (today by default, or a later day of the outlet); the old ones stay."""
    require_outlet_of(session, actor, Item, item_id)
    record_price(session, actor, _item(session, item_id), price, effective_from)
    return price_history(session, item_id)


@requires("item.price")
def record_price(session: Session, actor: Actor, item: Item, price: int, effective_from: date | None) -> None:
    """`change_price` for a service that holds the item already (the item form's save)."""
    require_outlet(session, actor, item.outlet_id)
    check_price_value(price)
    today = outlet_today(session, item.outlet_id)
    day = effective_from or today
    if day < today:
        raise ValidationError(_("A price change cannot take effect before today"))
    if not _has_history(session, item.id):  # the price it had until now becomes the first entry of its history
        opened = business_date(_outlet(session, item.outlet_id), item.created_at or clock.now())
        session.add(ItemPrice(item_id=item.id, price=item.price, effective_from=min(opened, today)))
        session.flush()
    session.add(ItemPrice(item_id=item.id, price=price, effective_from=day, created_by_id=_user_id(actor)))
    if day == today:
        item.price = price
    session.flush()
    audit.record(session, "item_price_changed", user_id=_user_id(actor), entity="item", entity_id=item.id,
                 till_id=till_of(actor), sku=item.sku, price=price, effective_from=day.isoformat())  # fmt: skip


def _has_history(session: Session, item_id: uuid.UUID) -> bool:
    return session.scalar(select(ItemPrice.id).where(ItemPrice.item_id == item_id).limit(1)) is not None


def till_of(actor: Actor) -> uuid.UUID | None:
    """The till an audit entry names: none for a command's administrator or the seeding actor."""
    return None if actor.system or actor.till_id == NO_PLACE else actor.till_id


def _user_id(actor: Actor) -> uuid.UUID | None:
    return None if actor.system else actor.user_id


def _item(session: Session, item_id: uuid.UUID) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(_("No such item"))
    return item


def _outlet(session: Session, outlet_id: uuid.UUID) -> Outlet:
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    return outlet
