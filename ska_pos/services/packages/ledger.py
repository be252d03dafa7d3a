"""Selling a package, using its sessions, and its expiry: the rows that move a package's money (docs/orders.md,
"Prepaid packages").

- **Selling** takes the price (in cash rounded down to the outlet's cash unit, `package_price`; cash into the
  shift, like an order's deposit; a journal entry `package_sale`) and holds it for the customer: no sale, no
  revenue, no PBJT, no worker's earnings.
- **Using a session** writes the sale of that service at the session's value, credited to the worker who served,
  paid by what the package holds (payment `deposit`, as an order's completion is paid by its deposits): the sales
  export, the daily summary and the earnings ledger count it as any sale.
- **Expiry** (after the last day) recognises what is still held as breakage, with no worker's share, on the
  business date it is recorded (`expiry.py`); a **refund** gives it back instead (`refunds.py`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import (
    Customer,
    Item,
    Outlet,
    PackageSale,
    PackageUse,
    Worker,
    new_id,
)
from ska_pos.domain.money import format_rupiah
from ska_pos.domain.packages import PackageRefused, session_values, sold, use
from ska_pos.domain.pricing import TaxSettings, cash_rounding
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import _, current_language
from ska_pos.services import audit, journal
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart, CartLine, WorkerCredit
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.order_sales import OrderSale, complete_order_sale
from ska_pos.services.orders.numbers import next_till_seq
from ska_pos.services.orders.rows import check_tender
from ska_pos.services.packages.money import package_money as package_money
from ska_pos.services.packages.plans import plan_of, require_packages
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import business_date, place_of


@dataclass(frozen=True)
class SoldPackage:
    package_id: uuid.UUID
    name: str
    sessions: int
    price: int
    expires_on: date


@dataclass(frozen=True)
class UsedSession:
    sale: OrderSale
    session_no: int
    value: int
    left: int


@requires("package.sell")
def sell_package(
    session: Session, actor: Actor, customer_id: uuid.UUID, plan_code: str, tender: Tender, *,
    now: datetime | None = None,
) -> SoldPackage:  # fmt: skip
    """The customer pays the plan's price, exactly (`tender.amount`); the package is theirs until its last day."""
    place = place_of(session, actor)
    require_packages(session, place.outlet_id)
    plan = plan_of(session, place.outlet_id, plan_code)
    _customer_here(session, place.outlet_id, customer_id)
    price = package_price(plan.price, tender.method, place.cash_rounding_unit)
    if price <= 0:  # listed under one cash unit: in cash it would be given away
        unit = format_rupiah(place.cash_rounding_unit, current_language())
        raise ValidationError(_("This package costs less than the outlet's cash unit ({unit}): sell it by QRIS or "
                                "transfer", unit=unit))  # fmt: skip
    check_tender(tender)
    if tender.amount != price:
        raise ValidationError(_("The package costs {price}: take exactly that",
                                price=format_rupiah(price, current_language())))  # fmt: skip
    moment = now or clock.now()
    day = business_date(place, moment)
    expires_on = day + timedelta(days=plan.days - 1)
    sold(price, plan.sessions, expires_on)
    item = session.get(Item, plan.item_id)
    if item is None:
        raise NotFound(_("No such item"))
    for value in set(session_values(price, plan.sessions)):  # refused now, not at every use once paid
        _check_holds_tax(Cart(place.outlet_id, [_session_line(item, value, (), plan.name)]), place.tax, value)
    package_id = new_id()
    session.add(PackageSale(
        id=package_id, outlet_id=place.outlet_id, till_id=place.till_id,
        seq=next_till_seq(session, PackageSale, place.till_id), shift_id=place.shift_id, customer_id=customer_id,
        plan_code=plan.code, name=plan.name, item_id=plan.item_id, sessions=plan.sessions, price=price,
        method=tender.method, reference=tender.reference, expires_on=expires_on, user_id=actor.user_id,
        sold_at=moment, business_date=day,
    ))  # fmt: skip
    session.flush()
    journal.append(session, place.till_id, "package_sale", {
        "id": package_id, "customer_id": customer_id, "shift_id": place.shift_id, "method": tender.method,
        "amount": price, "sessions": plan.sessions, "user_id": actor.user_id, "at": moment,
    }, record_id=package_id)  # fmt: skip
    audit.record(session, "package_sold", user_id=actor.user_id, entity="package_sale", entity_id=package_id,
                 till_id=place.till_id, plan=plan.code, price=price, listed=plan.price,
                 method=tender.method)  # fmt: skip
    return SoldPackage(package_id, plan.name, plan.sessions, price, expires_on)


def package_price(listed: int, method: str, cash_unit: int) -> int:
    """What the customer pays for a package listed at `listed`: in cash rounded down to the outlet's cash unit, as
    the till rounds a cash total (the customer never pays more; the rupiah below are never received), otherwise
    exactly. It is what the package holds and what its sessions' values add up to: nothing is lost to rounding."""
    return listed + (cash_rounding(listed, cash_unit) if method == "cash" else 0)


@requires("package.use")
def use_package(
    session: Session, actor: Actor, package_id: uuid.UUID, worker_id: uuid.UUID, *,
    now: datetime | None = None,
) -> UsedSession:  # fmt: skip
    """One session of the package, served by `worker_id` (credited through the sale, as a sale line's worker)."""
    session.execute(select(PackageSale.id).where(PackageSale.id == package_id).with_for_update())
    package = session.get(PackageSale, package_id)
    if package is None:
        raise NotFound(_("No such package"))
    if package.outlet_id != actor.outlet_id:
        raise ValidationError(_("This package belongs to another outlet"))
    place = place_of(session, actor)
    moment = now or clock.now()
    money = package_money(session, package)
    try:
        after = use(money, business_date(place, moment))
    except PackageRefused as error:
        raise ValidationError(_refusal(error)) from error
    value = after.recognised - money.recognised
    cart = Cart(package.outlet_id, [_line(session, package, value, worker_id)], customer_id=package.customer_id,
                note=package.name)  # fmt: skip
    _check_holds_tax(cart, place.tax, value)
    sale = complete_order_sale(session, actor, cart, (), held=value, now=moment)
    session.add(PackageUse(
        package_id=package.id, session_no=_next_session_no(session, package.id), value=value,
        sale_id=sale.sale.sale_id, worker_id=worker_id, till_id=place.till_id,
        seq=next_till_seq(session, PackageUse, place.till_id), user_id=actor.user_id, used_at=moment,
        business_date=business_date(place, moment),
    ))  # fmt: skip
    session.flush()
    audit.record(session, "package_used", user_id=actor.user_id, entity="package_sale", entity_id=package.id,
                 till_id=place.till_id, session_no=after.used, value=value, worker_id=worker_id,
                 sale_id=sale.sale.sale_id)  # fmt: skip
    return UsedSession(sale, after.used, value, after.left)


def _next_session_no(session: Session, package_id: uuid.UUID) -> int:
    """One number per row, undone sessions included (the package's row is locked: two tills never take one)."""
    return int(session.scalar(select(func.count(PackageUse.id)).where(PackageUse.package_id == package_id)) or 0) + 1


def _line(session: Session, package: PackageSale, value: int, worker_id: uuid.UUID) -> CartLine:
    item = session.get(Item, package.item_id)
    assert item is not None
    worker = session.get(Worker, worker_id)
    if worker is None or not worker.active:
        raise ValidationError(_("This worker is not active"))
    return _session_line(item, value, (WorkerCredit(worker.id, worker.display_name),), package.name)


def _session_line(item: Item, value: int, workers: tuple[WorkerCredit, ...], note: str) -> CartLine:
    return CartLine(item_id=item.id, sku=item.sku, name=item.name, kind=item.kind, unit=item.unit,
                    category_id=item.category_id, list_price=value, unit_price=value, quantity=Decimal(1),
                    workers=workers, note=note)  # fmt: skip


def _check_holds_tax(cart: Cart, tax: TaxSettings, value: int) -> None:
    """A session's sale is paid by exactly its value: a PBJT or service charge added on top could not be paid."""
    if cart.priced(tax).total != value:
        raise ValidationError(_("Packages need prices that already hold the PBJT and the service charge"))


def _customer_here(session: Session, outlet_id: uuid.UUID, customer_id: uuid.UUID) -> None:
    sentra = session.scalar(select(Outlet.sentra_id).where(Outlet.id == outlet_id))
    if session.scalar(select(Customer.sentra_id).where(Customer.id == customer_id)) != sentra:
        raise ValidationError(_("Choose a customer from the list: a package belongs to one customer"))


def _refusal(error: PackageRefused) -> str:
    if error.args[0] == "expired":
        return _("The package has expired")
    if error.args[0] == "refunded":
        return _("The package has been refunded")
    return _("Every session of the package has been used")
