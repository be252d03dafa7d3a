"""Orders that take days (laundry, tailoring, the salon): the order, its lines and their workers, its stage history,
the money taken and given back against it, and its cancellation. Every row is appended, never changed
(docs/orders.md); what an order is "now" is folded from its rows.

Rows a till writes carry the till and the till's own sequence number (unique per till), so the sentra's server can
take a till's rows twice without harm, as the sales do.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey

ORDER_PAYMENT_KINDS = ("deposit", "balance", "refund", "cancel_refund")


class CustomerOrder(UuidPrimaryKey, Base):
    __tablename__ = "customer_order"
    __table_args__ = (
        UniqueConstraint("outlet_id", "business_date", "day_no"),
        UniqueConstraint("till_id", "seq"),
        UniqueConstraint("order_no"),
        Index("ix_customer_order_outlet_date", "outlet_id", "business_date"),
        CheckConstraint("express_bp >= 0", name="express"),
    )

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    business_date: Mapped[date]
    day_no: Mapped[int]  # the number of the day at the outlet: the last part of `order_no`
    order_no: Mapped[str] = mapped_column(String(32))  # LDR-261206-014
    workflow: Mapped[str] = mapped_column(String(16))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"), index=True)
    # A customer not in the list: the name as said at the counter, the phone sealed as customers' are
    # (services/customers.py), with its keyed hash to find it by and its last digits readable.
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    phone_sealed: Mapped[str | None] = mapped_column(Text, default=None)
    phone_lookup: Mapped[str | None] = mapped_column(String(80), default=None, index=True)
    phone_tail: Mapped[str] = mapped_column(String(4), default="")
    express_tier: Mapped[str] = mapped_column(String(16), default="")
    express_bp: Mapped[int] = mapped_column(default=0)  # the tier's surcharge, already in the lines' prices
    promised_at: Mapped[datetime | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    # A laundry's bags, each tagged at intake (0: none, or not a laundry); reprinting the tags reads it.
    bags: Mapped[int] = mapped_column(default=0, server_default="0")
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class OrderLine(UuidPrimaryKey, Base):
    __tablename__ = "order_line"
    __table_args__ = (
        UniqueConstraint("order_id", "line_no"),
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint("charged_quantity >= quantity", name="charged"),
        CheckConstraint("unit_price >= 0", name="price"),
    )

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer_order.id"), index=True)
    line_no: Mapped[int]
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"))
    sku: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[Decimal]  # as weighed or counted at the counter
    # What is charged: the quantity, or the item's minimum when the quantity is under it (laundry's 3 kg); the
    # minimum is kept so the ticket can say it was applied.
    charged_quantity: Mapped[Decimal]
    min_quantity: Mapped[Decimal | None] = mapped_column(default=None)
    list_price: Mapped[int]  # the item's price on the day the order was taken
    unit_price: Mapped[int]  # frozen on the line: the list price with the express tier's surcharge
    note: Mapped[str] = mapped_column(Text, default="")


class OrderLineWorker(UuidPrimaryKey, Base):
    """A worker credited on an order line and their share, as a sale line's are; the completion's sale credits
    them (docs/orders.md)."""

    __tablename__ = "order_line_worker"
    __table_args__ = (
        UniqueConstraint("order_line_id", "worker_id"),
        CheckConstraint("split_bp > 0 AND split_bp <= 10000", name="split"),
    )

    order_line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("order_line.id"), index=True)
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id"))
    split_bp: Mapped[int]


class OrderStatusChange(UuidPrimaryKey, Base):
    """One move of an order to a stage of its workflow (the first row is the intake's). The current stage is the
    furthest one reached (`position`: the stage's place in the workflow; moves go forward only)."""

    __tablename__ = "order_status_change"
    __table_args__ = (
        UniqueConstraint("order_id", "position"),
        UniqueConstraint("till_id", "seq"),
    )

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer_order.id"), index=True)
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    from_stage: Mapped[str] = mapped_column(String(16), default="")
    to_stage: Mapped[str] = mapped_column(String(16))
    position: Mapped[int]
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"))  # who did this stage
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale.id"), unique=True)  # the completion's sale
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    changed_at: Mapped[datetime] = mapped_column(default=clock.now)
    business_date: Mapped[date]


class OrderPayment(UuidPrimaryKey, Base):
    """Money taken against an order (a deposit before completion, the balance after) or given back (a refund:
    negative). The deposits applied to the completion appear on its sale as a payment of method `deposit`."""

    __tablename__ = "order_payment"
    __table_args__ = (
        CheckConstraint(f"kind IN {ORDER_PAYMENT_KINDS}", name="kind"),
        CheckConstraint("method IN ('cash', 'qris', 'transfer', 'ewallet')", name="method"),
        CheckConstraint(
            "(kind IN ('refund', 'cancel_refund') AND amount < 0) OR (kind IN ('deposit', 'balance') AND amount > 0)",
            name="amount",
        ),
        UniqueConstraint("till_id", "seq"),
        Index("ix_order_payment_outlet_date", "outlet_id", "business_date"),
    )

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer_order.id"), index=True)
    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shift.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int]
    reference: Mapped[str] = mapped_column(String(120), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    paid_at: Mapped[datetime] = mapped_column(default=clock.now)
    business_date: Mapped[date]


class OrderCancellation(UuidPrimaryKey, Base):
    """An order cancelled before completion: why, who approved it, and the fee kept out of what was held
    (recognised as revenue with no worker's share); the rest goes back as refund rows in the same transaction."""

    __tablename__ = "order_cancellation"
    __table_args__ = (CheckConstraint("fee >= 0", name="fee"),)

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer_order.id"), unique=True)
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    reason: Mapped[str] = mapped_column(Text)
    fee: Mapped[int]
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    approved_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    cancelled_at: Mapped[datetime] = mapped_column(default=clock.now)
    business_date: Mapped[date]


class OrderMessage(UuidPrimaryKey, Base):
    """A WhatsApp message the cashier opened for an order's customer (intake, ready, collected, debt reminder):
    recorded once per order and event, so the counter can say it was sent already (docs/orders.md). Opening the
    same message again writes nothing."""

    __tablename__ = "order_message"
    __table_args__ = (UniqueConstraint("order_id", "event"), UniqueConstraint("till_id", "seq"))

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer_order.id"))
    event: Mapped[str] = mapped_column(String(16))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    sent_at: Mapped[datetime] = mapped_column(default=clock.now)
    business_date: Mapped[date]
