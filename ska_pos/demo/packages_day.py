"""The demo's prepaid packages and WhatsApp messages: the salon sells a creambath package to a regular customer on
the first day and she comes back every few days (so the package is partly used, each session credited to the worker
who served it); the laundry's cashier opens the intake message of the day's first order and the ready message of an
order taken two days before (recorded once each, docs/orders.md)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import CustomerOrder, Item, Outlet, Worker
from ska_pos.domain.orders.messages import MessageEvent
from ska_pos.domain.settlement import Tender
from ska_pos.services.actor import Actor
from ska_pos.services.customers import CustomerForm, add_customer
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.messages import record_message
from ska_pos.services.packages.ledger import package_price, sell_package, use_package
from ska_pos.services.packages.plans import PackagePlan, set_package_plans

PLAN_CODE = "CB4"
USES = 3  # of the package's 4 sessions: one is left
EVERY_DAYS = 3


@dataclass
class PackageDemo:
    customer_id: uuid.UUID
    first_day: date
    plan: PackagePlan
    package_id: uuid.UUID | None = None  # once sold


def set_up_packages(
    session: Session, manager: Actor, cashier: Actor, items: list[Item], first_day: date
) -> PackageDemo | None:
    """The salon's plan (four sessions of its dearest service, 90 days, a tenth off) and its regular customer."""
    services = sorted((item for item in items if item.kind == "service"), key=lambda item: -item.price)
    if not services:
        return None
    service = services[0]
    plan = PackagePlan(PLAN_CODE, f"{service.name} 4x", service.id, 4, 90, service.price * 4 * 9 // 10)
    set_package_plans(session, manager, manager.outlet_id, [plan])
    customer = add_customer(session, cashier, CustomerForm("Ibu Sri Wahyuni", notes="Langganan paket"))
    return PackageDemo(customer.id, first_day, plan)


class DayExtras:
    def __init__(
        self, session: Session, rng: random.Random, actor: Actor, workers: list[Worker],
        packages: PackageDemo | None, messages: bool,
    ) -> None:  # fmt: skip
        self.session, self.rng, self.actor, self.workers = session, rng, actor, workers
        self.packages, self.messages = packages, messages

    def work(self, moment: datetime, day: date) -> None:
        if self.packages is not None:
            self._packages(moment, day)
        if self.messages:
            self._messages(moment, day)

    def _packages(self, moment: datetime, day: date) -> None:
        demo = self.packages
        assert demo is not None
        offset = (day - demo.first_day).days
        if offset == 0:
            unit = self.session.scalar(select(Outlet.cash_rounding_unit).where(Outlet.id == self.actor.outlet_id))
            price = package_price(demo.plan.price, "cash", int(unit or 0))
            sold = sell_package(self.session, self.actor, demo.customer_id, demo.plan.code, Tender("cash", price),
                                now=moment)  # fmt: skip
            demo.package_id = sold.package_id
        elif offset % EVERY_DAYS == 0 and offset // EVERY_DAYS <= USES and demo.package_id is not None:
            use_package(self.session, self.actor, demo.package_id, self.rng.choice(self.workers).id,
                        now=moment + timedelta(hours=2))  # fmt: skip

    def _messages(self, moment: datetime, day: date) -> None:
        for taken_on, event in ((day, MessageEvent.INTAKE), (day - timedelta(days=2), MessageEvent.READY)):
            order_ids = self.session.scalars(
                select(CustomerOrder.id)
                .where(CustomerOrder.outlet_id == self.actor.outlet_id, CustomerOrder.business_date == taken_on)
                .order_by(CustomerOrder.order_no)
            ).all()
            for order_id in order_ids:  # the first of the day the message fits
                try:
                    record_message(self.session, self.actor, order_id, event, now=moment + timedelta(minutes=5))
                    break
                except ValidationError:  # not ready yet, or cancelled: the cashier sends nothing for it
                    continue
