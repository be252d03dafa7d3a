"""The demo's stock at the outlet that counts it: goods from a supplier, pieces consigned by the workers who made
them (titip jual), and, after the days of sales, a stock take in progress with a few shelves counted."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ska_pos.db.models import Item, Outlet
from ska_pos.services.actor import Actor
from ska_pos.services.stock import counts, receiving
from ska_pos.services.stock.queries import item_stock
from ska_pos.services.stock.receiving import IncomingLine

SUPPLIER = ("MKMR", "CV Makmur Jaya", "0511-477-1234")


def stock_up(
    session: Session, manager: Actor, rng: random.Random, outlet: Outlet, items: list[Item], day: date
) -> None:
    """Before the first day of sales: half the products consigned by their makers at 70% of the price, the rest
    delivered by the supplier at 60%."""
    moment = datetime.combine(day, time(8, 0), ZoneInfo(outlet.timezone))
    products = [item for item in items if item.kind == "product" and item.track_stock]
    consigned = [item for item in products if item.maker_worker_id is not None and rng.random() < 0.5]
    bought = [item for item in products if item not in consigned]
    supplier = receiving.add_supplier(session, manager, *SUPPLIER[:2], phone=SUPPLIER[2])
    if bought:
        lines = [IncomingLine(item.id, Decimal(rng.randint(20, 40)), item.price * 6 // 10) for item in bought]
        receiving.receive_goods(session, manager, supplier.id, lines, reference="SJ-0001", now=moment)
    makers: dict[uuid.UUID, list[Item]] = {}
    for item in consigned:
        if item.maker_worker_id is not None:
            makers.setdefault(item.maker_worker_id, []).append(item)
    for maker_id, pieces in makers.items():
        lines = [IncomingLine(item.id, Decimal(rng.randint(8, 15)), item.price * 7 // 10) for item in pieces]
        receiving.consign_in(session, manager, maker_id, lines, now=moment)


def count_in_progress(session: Session, supervisor: Actor, rng: random.Random, items: list[Item]) -> None:
    """Today's stock take, a third of the shelves counted, most as expected and a few a piece or two short."""
    count = counts.start_count(session, supervisor, note="Stok opname akhir bulan")
    tracked = [item for item in items if item.kind == "product" and item.track_stock]
    for item in rng.sample(tracked, len(tracked) // 3):
        have = item_stock(session, item.id, item.outlet_id, history=0).quantity
        short = Decimal(rng.choice([0, 0, 0, 1, 2]))
        counts.enter_count(session, supervisor, count.id, item.id, max(have - short, Decimal(0)))
