"""The test shop's salon made ready for its day: a colour service beside the cut, each with its minutes, and a
second till (its own open shift) for two tills acting at once."""

from __future__ import annotations

from dataclasses import dataclass

from shop import Shop, as_admin, log_in

from ska_pos.db.models import Item, Outlet
from ska_pos.services import setup, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.salon.durations import set_service_duration


@dataclass
class SalonDay:
    shop: Shop
    cut: Item  # Potong Rambut, 30 minutes
    colour: Item  # Cat Rambut, 90 minutes
    other_till: Actor  # a cashier at the salon's second till


def salon_day(shop: Shop) -> SalonDay:
    with shop.db.transaction() as s:
        admin = as_admin(s)
        salon = s.get(Outlet, shop.salon.id)
        assert salon is not None
        colour = setup.create_item(s, admin, salon, "CAT", "Cat Rambut", 120000, kind="service", unit="service")
        set_service_duration(s, admin, shop.potong.id, 30)
        set_service_duration(s, admin, colour.id, 90)
        till = setup.create_till(s, admin, salon, "T2")
        other = log_in(s, "supervisor", salon.id, till.id)
        shifts.open_shift(s, other, 50_000)
    return SalonDay(shop, shop.potong, colour, other)
