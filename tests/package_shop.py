"""The test shop's salon with a package plan and a listed customer, for the package tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from shop import Shop, act_as

from ska_pos.services.customers import CustomerForm, add_customer
from ska_pos.services.outlets import outlet_settings, update_outlet_settings
from ska_pos.services.packages.plans import PackagePlan, set_package_plans

MORNING = time(2, 0, tzinfo=UTC)  # 09:00 in Jakarta


def at(day: date) -> datetime:
    return datetime.combine(day, MORNING)


@dataclass
class PackageShop:
    shop: Shop
    customer_id: uuid.UUID


def build_package_shop(shop: Shop, plans: list[PackagePlan] | None = None, *, cash_unit: int = 0) -> PackageShop:
    """The salon's cash unit is `cash_unit`: none by default, so a package sold in cash holds its price to the
    rupiah and the figures of most tests stay plain (tests/shop.py does so for the café); rounding has its own tests
    (tests/packages/test_package_cash_rounding.py)."""
    set_cash_unit(shop, cash_unit)
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.transaction() as s:
        set_package_plans(s, manager, shop.salon.id, plans or [creambath(shop)])
        customer = add_customer(s, shop.salon_cashier, CustomerForm("Bu Wati", "0812-1111-2222"))
    return PackageShop(shop, customer.id)


def set_cash_unit(shop: Shop, unit: int) -> None:
    """The salon's cash rounding unit, set by its manager as the outlet form does."""
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.transaction() as s:
        update_outlet_settings(s, manager, shop.salon.id,
                               replace(outlet_settings(s, shop.salon.id), cash_rounding_unit=unit))  # fmt: skip


def creambath(shop: Shop, code: str = "CB5", sessions: int = 5, days: int = 90, price: int = 100_001) -> PackagePlan:
    return PackagePlan(code, f"Creambath {sessions}x", shop.potong.id, sessions, days, price)


def day_after(day: date, days: int) -> date:
    return day + timedelta(days=days)
