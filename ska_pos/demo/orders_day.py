"""One demo business day of orders at a laundry, a galeri jahit or a salon: new orders (often with a deposit), the
older ones moved on a stage, completed (paid in full, in part, or left owed), collected, now and then cancelled.
After a few days the demo holds orders in every state, deposits held and debts of every age. A salon's visits are
served and paid the day they come (its queue of today: demo/salon_today.py)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import CustomerOrder, Item, OrderCancellation, Worker
from ska_pos.demo.people_data import FAMILY_NAMES, FIRST_NAMES
from ska_pos.demo.tailoring_orders import tailoring_part
from ska_pos.domain.orders.workflow import WORKFLOWS
from ska_pos.domain.outlet_profile import default_order_workflow
from ska_pos.domain.settlement import Tender
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.opening_hours import promised_by_default
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.rules import OrderRules, set_order_rules
from ska_pos.services.orders.stages import move_order
from ska_pos.services.orders.state import OrderView, load_order

ORDERS_PER_DAY = {"laundry": (2, 5), "tailoring": (1, 2), "salon": (2, 4)}
# Hours promised after intake, in turn (not drawn: the demo's other figures stay as they were), moved into the
# outlet's opening hours: after a few days some open orders are overdue, some due today, some later.
PROMISE_HOURS = {"laundry": (48, 24, 72, 6), "tailoring": (168, 96, 240), "salon": (1, 2)}
# The demo outlets' order rules: the laundry lets regular customers pay later; cancelling keeps a part of the deposit.
DEMO_RULES = {
    "laundry": OrderRules(pay_later=True, cancel_fee_bp=1000),
    "tailoring": OrderRules(cancel_fee_bp=2000),
    "salon": OrderRules(pay_later=False),
}


def set_demo_rules(session: Session, actor: Actor, outlet_id: uuid.UUID, kind: str) -> None:
    workflow = default_order_workflow(kind)
    if workflow:
        set_order_rules(session, actor, outlet_id, DEMO_RULES[workflow])


class DayOrders:
    def __init__(
        self, session: Session, rng: random.Random, actor: Actor, kind: str, items: list[Item],
        workers: list[Worker], approval: Callable[[Session, str], Approval],
    ) -> None:  # fmt: skip
        self.session, self.rng, self.actor = session, rng, actor
        self.workflow = default_order_workflow(kind)
        services = [item for item in items if item.kind == "service" and item.active]
        self.items = services or items
        self.workers = [worker for worker in workers if worker.active]
        self.approval = approval  # (session, action) -> Approval: the demo's supervisor
        self.taken = (
            session.scalar(  # the outlet's orders so far: the promises take turns across the days
                select(func.count()).select_from(CustomerOrder).where(CustomerOrder.outlet_id == actor.outlet_id)
            )
            or 0
        )

    def work_day(self, start: datetime) -> int:
        """Orders worked on from `start`, a few seconds apart (the shift is open, the day's sales come after);
        returns how many were taken."""
        if not self.workflow or not self.items or not self.workers:
            return 0
        moment = start
        for order_id in self._open_orders():
            moment += timedelta(seconds=self.rng.randint(2, 5))
            self._advance(order_id, moment)
        low, high = ORDERS_PER_DAY[self.workflow]
        count = self.rng.randint(low, high)
        for _ in range(count):
            moment += timedelta(seconds=self.rng.randint(2, 5))
            self._take(moment)
        return count

    def _open_orders(self) -> list[uuid.UUID]:
        flow = WORKFLOWS[self.workflow]
        cancelled = select(OrderCancellation.order_id)
        ids = self.session.scalars(
            select(CustomerOrder.id)
            .where(CustomerOrder.outlet_id == self.actor.outlet_id, CustomerOrder.id.not_in(cancelled))
            .order_by(CustomerOrder.order_no)
        ).all()
        return [order_id for order_id in ids if load_order(self.session, order_id).stage != flow.collected_at]

    def _take(self, moment: datetime) -> None:
        lines = []
        for item in self.rng.sample(self.items, min(len(self.items), self.rng.choice([1, 1, 2]))):
            quantity = Decimal(self.rng.randint(15, 80)) / 10 if item.unit == "kg" else Decimal(self.rng.randint(1, 2))
            worker = self.rng.choice(self.workers)
            lines.append(OrderLineForm(item.id, quantity, workers=(WorkerCredit(worker.id, worker.display_name),)))
        name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(FAMILY_NAMES)}"
        deposit = None
        flow = WORKFLOWS[self.workflow]
        left_for_later = flow.completes_at != flow.collected_at  # work left and collected later: a deposit
        if left_for_later and self.rng.random() < 0.7:
            deposit = Tender("cash", self.rng.choice([10_000, 20_000, 50_000, 100_000]))
        hours = PROMISE_HOURS[self.workflow]
        promised = promised_by_default(self.session, self.actor.outlet_id, moment, hours[self.taken % len(hours)])
        customer_id, tailoring = None, None
        if flow.measurements:
            customer_id, tailoring = tailoring_part(self.session, self.actor, self.taken, moment, promised)
        self.taken += 1
        phone = f"0812{(31_000_000 + self.taken * 7_919) % 100_000_000:08d}"  # for the WhatsApp messages; no rng
        form = OrderForm(lines, customer_id=customer_id, customer_name="" if customer_id else name,
                         phone="" if customer_id else phone, deposit=deposit, promised_at=promised,
                         tailoring=tailoring)  # fmt: skip
        taken = take_order(self.session, self.actor, form, now=moment)
        if not left_for_later:  # a visit: served while the customer waits, finished and paid the same day
            self._serve_at_once(taken.order_id, moment)

    def _serve_at_once(self, order_id: uuid.UUID, moment: datetime) -> None:
        """Through every later stage a minute apart, the stage's worker the first line's (no draw: the other
        outlets' figures stay as they were), paid in full when it completes."""
        order = load_order(self.session, order_id)
        worker = order.lines[0].workers[0].worker_id if order.lines[0].workers else self.workers[0].id
        for stage in order.workflow.later_stages(order.stage):
            moment += timedelta(minutes=1)
            order = load_order(self.session, order_id)
            move_order(self.session, self.actor, order_id, stage.code, worker_id=worker if stage.names_a_worker
                       else None, tenders=self._tenders(order, stage.code), now=moment)  # fmt: skip

    def _advance(self, order_id: uuid.UUID, moment: datetime) -> None:
        order = load_order(self.session, order_id)
        flow = order.workflow
        later = flow.later_stages(order.stage)
        if not later or self.rng.random() < 0.3:
            return
        if not order.completed and self.rng.random() < 0.05:
            approval = self.approval(self.session, "order.cancel")
            cancel_order(self.session, self.actor, order_id, "Pelanggan membatalkan", approval=approval, now=moment)
            return
        target = self.rng.choice(later[:2])  # a stage may be skipped (no ironing, no alteration)
        worker = self.rng.choice(self.workers).id if target.names_a_worker else None
        tenders = self._tenders(order, target.code)
        move_order(self.session, self.actor, order_id, target.code, worker_id=worker, tenders=tenders, now=moment)

    def _tenders(self, order: OrderView, target: str) -> list[Tender]:
        """Cash paid with the move: in full (generous notes, the change given back), in part, or nothing (paid at
        collection, or owed where the outlet lets customers pay later)."""
        flow, pay_later = order.workflow, DEMO_RULES[self.workflow].pay_later
        collects = target == flow.collected_at
        if flow.crosses_completion(order.stage, target):
            notes = order.lines_amount * 2  # covers any PBJT and service charge
            if collects and not pay_later:
                return [Tender("cash", notes)]
            choice = self.rng.random()
            if choice < 0.4:
                return []
            return [Tender("cash", notes if choice < 0.8 else max(order.lines_amount // 2, 1))]
        if collects and order.money.debt and (not pay_later or self.rng.random() < 0.7):
            return [Tender("cash", order.money.debt)]
        return []
