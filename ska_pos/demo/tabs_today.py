"""The demo café this evening: its shift open, drinks made at the bar, and three tables with open tabs whose rounds
were sent, so the floor view shows tables open since different times and for different amounts."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Category, Item
from ska_pos.demo.sales_day import DaySeller
from ska_pos.services import shifts
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.prep_stations import StationForm, save_routing
from ska_pos.services.tabs import writes
from ska_pos.services.tabs.tables import list_tables

# (table, minutes open, rounds: each a list of (category, how many items of it))
OPEN_TABS = [
    ("2", 75, [[("Minuman", 2), ("Makanan", 2)], [("Camilan", 1), ("Minuman", 1)]]),
    ("7", 40, [[("Minuman", 3), ("Makanan", 1)], [("Minuman", 1)]]),
    ("9", 12, [[("Minuman", 2), ("Camilan", 1)]]),
]


def route_drinks_to_the_bar(session: Session, manager: Actor) -> None:
    """A bar beside the kitchen, without a printer of its own: its tickets print on the kitchen printer."""
    drinks = session.scalar(select(Category.id).where(Category.outlet_id == manager.outlet_id,
                                                      Category.name == "Minuman"))  # fmt: skip
    if drinks is not None:
        save_routing(session, manager, manager.outlet_id, [StationForm("Bar")], {drinks: 1})


def tabs_moment(today: date, zone: str) -> datetime:
    """Now, when the demo is made today (not before 00:30, so the shift opens after yesterday's closed); else
    seven in the evening of `today` (a demo made for another day)."""
    now = clock.now().astimezone(ZoneInfo(zone))
    if now.date() != today:
        return datetime.combine(today, time(19, 0), tzinfo=ZoneInfo(zone))
    return max(now, datetime.combine(today, time(0, 30), tzinfo=ZoneInfo(zone)))


def open_tabs_now(session: Session, seller: DaySeller, actor: Actor, rng: random.Random, now: datetime) -> int:
    """Opens the café's shift for today and the tabs of `OPEN_TABS`; returns how many tabs are open."""
    start_of_day = datetime.combine(now.date(), time(0, 5), tzinfo=now.tzinfo)
    opened = max(now - timedelta(hours=3), start_of_day)
    shifts.open_shift(session, actor, 200_000, now=opened)
    tables = {row.name: row.table_id for row in list_tables(session, actor.outlet_id)}
    by_category = _items_by_category(seller.items, session)
    count = 0
    for table, minutes, rounds in OPEN_TABS:
        if table not in tables:
            continue
        at = max(now - timedelta(minutes=minutes), opened)
        tab_id = writes.open_tab(session, actor, tables[table], now=at)
        for number, wanted in enumerate(rounds):
            cart = Cart(actor.outlet_id)
            for category, how_many in wanted:
                for item in rng.sample(
                    by_category.get(category, []), min(how_many, len(by_category.get(category, [])))
                ):
                    seller.ring_up(cart, item)
            if cart.lines:
                writes.send_round(session, actor, tab_id, cart.lines, now=min(at + timedelta(minutes=8 * number), now))
        count += 1
    return count


def _items_by_category(items: list[Item], session: Session) -> dict[str, list[Item]]:
    names: dict[uuid.UUID, str] = {row.id: row.name for row in session.execute(select(Category.id, Category.name))}
    grouped: dict[str, list[Item]] = {}
    for item in items:
        if item.active and item.category_id is not None:
            grouped.setdefault(names.get(item.category_id, ""), []).append(item)
    return grouped
