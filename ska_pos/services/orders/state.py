"""One order as it is now, folded from its rows: its stage (the furthest reached), its lines, and its money
(`domain.orders.money.OrderMoney`: held, recognised, owed, given back)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import (
    Customer,
    CustomerOrder,
    OrderCancellation,
    OrderLine,
    OrderLineWorker,
    OrderPayment,
    OrderStatusChange,
    Payment,
    Sale,
    Worker,
)
from ska_pos.domain.money import line_amount
from ska_pos.domain.orders.money import OrderMoney, OrderState
from ska_pos.domain.orders.workflow import Workflow, stage_name, workflow
from ska_pos.i18n import _
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.errors import NotFound


@dataclass(frozen=True)
class OrderLineView:
    line_id: uuid.UUID
    line_no: int
    item_id: uuid.UUID
    sku: str
    name: str
    unit: str
    quantity: Decimal  # as weighed or counted
    charged_quantity: Decimal  # what is charged: at least the item's minimum
    min_quantity: Decimal | None
    list_price: int
    unit_price: int  # frozen, with the express surcharge
    note: str
    workers: tuple[WorkerCredit, ...]

    @property
    def minimum_applied(self) -> bool:
        """The ticket says so: the customer pays for the minimum, not for what was weighed."""
        return self.charged_quantity > self.quantity

    @property
    def amount(self) -> int:
        return line_amount(self.charged_quantity, self.unit_price)


@dataclass(frozen=True)
class OrderView:
    id: uuid.UUID
    order_no: str
    outlet_id: uuid.UUID
    workflow: Workflow
    stage: str
    customer_id: uuid.UUID | None
    customer_name: str
    phone_tail: str
    promised_at: datetime | None
    express_tier: str
    business_date: date
    created_at: datetime
    lines: tuple[OrderLineView, ...]
    money: OrderMoney
    sale_id: uuid.UUID | None  # the completion's sale
    bags: int = 0  # a laundry's bags, as counted at intake

    @property
    def stage_name(self) -> str:
        return stage_name(self.workflow.stage(self.stage))

    @property
    def cancelled(self) -> bool:
        return self.money.state is OrderState.CANCELLED

    @property
    def completed(self) -> bool:
        return self.money.state is OrderState.COMPLETED

    @property
    def collected(self) -> bool:
        return self.stage == self.workflow.collected_at

    @property
    def lines_amount(self) -> int:
        """The lines at their frozen prices, before discounts, tax and service charge."""
        return sum(line.amount for line in self.lines)


def load_order(session: Session, order_id: uuid.UUID) -> OrderView:
    order = session.get(CustomerOrder, order_id)
    if order is None:
        raise NotFound(_("No such order"))
    name = order.customer_name
    if order.customer_id is not None:
        name = session.scalar(select(Customer.name).where(Customer.id == order.customer_id)) or name
    position = session.scalar(
        select(func.max(OrderStatusChange.position)).where(OrderStatusChange.order_id == order.id)
    )
    flow = workflow(order.workflow)
    stage = flow.stages[int(position or 0)].code
    sale_id = session.scalar(
        select(OrderStatusChange.sale_id).where(
            OrderStatusChange.order_id == order.id, OrderStatusChange.sale_id.is_not(None)
        )
    )
    return OrderView(
        order.id, order.order_no, order.outlet_id, flow, stage, order.customer_id, name, order.phone_tail,
        order.promised_at, order.express_tier, order.business_date, order.created_at, _lines(session, order.id),
        money_of(session, order.id, sale_id, completed=flow.is_completed(stage)), sale_id, order.bags,
    )  # fmt: skip


def money_of(session: Session, order_id: uuid.UUID, sale_id: uuid.UUID | None, *, completed: bool) -> OrderMoney:
    """The order's money from its rows. Each kind of row has one place in the fold (deposits before completion,
    balances after it, the completion's sale recording what it applied and what it left owed), so no ordering in
    time is needed. `completed`: the order reached its completing stage. Its completion has no sale when every
    line was paid apart (a salon visit paid by package sessions): nothing recognised on the order, nothing owed."""
    sums = dict(
        session.execute(
            select(OrderPayment.kind, func.sum(OrderPayment.amount))
            .where(OrderPayment.order_id == order_id)
            .group_by(OrderPayment.kind)
        ).all()
    )
    deposits, balances = int(sums.get("deposit", 0)), int(sums.get("balance", 0))
    refunded = -int(sums.get("refund", 0)) - int(sums.get("cancel_refund", 0))
    fee = session.scalar(select(OrderCancellation.fee).where(OrderCancellation.order_id == order_id))
    if fee is not None:
        received = deposits + balances
        return OrderMoney(OrderState.CANCELLED, received, 0, int(fee), 0, refunded, 0)
    if sale_id is None:
        state = OrderState.COMPLETED if completed else OrderState.OPEN
        return OrderMoney(state, deposits + balances, deposits - refunded, 0, -balances, refunded, 0)
    total = int(session.scalar(select(Sale.total).where(Sale.id == sale_id)) or 0)
    paid = dict(
        session.execute(
            select(Payment.method, func.sum(Payment.amount)).where(Payment.sale_id == sale_id).group_by(Payment.method)
        ).all()
    )
    applied, left_owed = int(paid.get("deposit", 0)), int(paid.get("debt", 0))
    paid_now = total - applied - left_owed  # the sale's own payments, without its cash rounding
    return OrderMoney(
        OrderState.COMPLETED,
        received=deposits + paid_now + balances,
        held=deposits - applied - refunded,
        recognised=total,
        debt=left_owed - balances,
        refunded=refunded,
        applied=applied,
    )


def _lines(session: Session, order_id: uuid.UUID) -> tuple[OrderLineView, ...]:
    lines = session.scalars(select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.line_no)).all()
    credits: dict[uuid.UUID, list[WorkerCredit]] = {}
    rows = session.execute(
        select(OrderLineWorker.order_line_id, OrderLineWorker.worker_id, Worker.display_name, OrderLineWorker.split_bp)
        .join(Worker, Worker.id == OrderLineWorker.worker_id)
        .where(OrderLineWorker.order_line_id.in_([line.id for line in lines]))
        .order_by(Worker.code)
    )
    for line_id, worker_id, display_name, split_bp in rows:
        credits.setdefault(line_id, []).append(WorkerCredit(worker_id, display_name, int(split_bp)))
    return tuple(
        OrderLineView(
            line.id,
            line.line_no,
            line.item_id,
            line.sku,
            line.name,
            line.unit,
            line.quantity,
            line.charged_quantity,
            line.min_quantity,
            line.list_price,
            line.unit_price,
            line.note,
            tuple(credits.get(line.id, ())),
        )
        for line in lines
    )
