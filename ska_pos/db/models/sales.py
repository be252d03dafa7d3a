"""Sales, their lines and payments. Voids and refunds are sales of their own that point at what they reverse."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey
from ska_pos.domain.settlement import SALE_PAYMENT_METHODS

SALE_KINDS = ("sale", "void", "refund")


class Sale(UuidPrimaryKey, Base):
    __tablename__ = "sale"
    __table_args__ = (
        CheckConstraint(f"kind IN {SALE_KINDS}", name="kind"),
        UniqueConstraint("till_id", "business_date", "seq"),
        Index("ix_sale_outlet_date", "outlet_id", "business_date"),
        Index("ix_sale_sold_at", "sold_at"),
        # Only voids and refunds point at a sale: a sale's commit adds nothing to this index (migration 0032).
        Index(
            "ix_sale_reverses_sale_id",
            "reverses_sale_id",
            sqlite_where=text("reverses_sale_id IS NOT NULL"),
            postgresql_where=text("reverses_sale_id IS NOT NULL"),
        ),
    )

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    shift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shift.id"), index=True)
    cashier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"))
    kind: Mapped[str] = mapped_column(String(8), default="sale")
    reverses_sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    receipt_no: Mapped[str] = mapped_column(String(48), unique=True)
    business_date: Mapped[date]
    seq: Mapped[int]
    sold_at: Mapped[datetime] = mapped_column(default=clock.now)
    subtotal: Mapped[int]
    line_discount_total: Mapped[int] = mapped_column(default=0)
    sale_discount_total: Mapped[int] = mapped_column(default=0)
    net_total: Mapped[int]
    service_charge: Mapped[int] = mapped_column(default=0)
    service_rate_bp: Mapped[int] = mapped_column(default=0)
    tax_amount: Mapped[int] = mapped_column(default=0)
    tax_rate_bp: Mapped[int] = mapped_column(default=0)
    prices_include_tax: Mapped[bool] = mapped_column(default=False)
    service_included: Mapped[bool] = mapped_column(default=False)  # nett: the service charge was in the prices
    service_before_discount: Mapped[bool] = mapped_column(default=False)
    total: Mapped[int]
    rounding: Mapped[int] = mapped_column(default=0)
    paid: Mapped[int] = mapped_column(default=0)
    change: Mapped[int] = mapped_column(default=0)
    order_type: Mapped[str] = mapped_column(String(16), default="")
    table_no: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[SaleLine]] = relationship(back_populates="sale", order_by="SaleLine.line_no")
    payments: Mapped[list[Payment]] = relationship(back_populates="sale")


class SaleLine(UuidPrimaryKey, Base):
    __tablename__ = "sale_line"
    __table_args__ = (
        UniqueConstraint("sale_id", "line_no"),
        # Only a void's or refund's lines point at a line: a sale's commit adds nothing to this index (migration 0032).
        Index(
            "ix_sale_line_reverses_line_id",
            "reverses_line_id",
            sqlite_where=text("reverses_line_id IS NOT NULL"),
            postgresql_where=text("reverses_line_id IS NOT NULL"),
        ),
    )

    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sale.id"))
    line_no: Mapped[int]
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"), index=True)
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("category.id"))
    reverses_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale_line.id"))
    sku: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[Decimal]
    list_price: Mapped[int]
    unit_price: Mapped[int]
    price_override_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    gross_amount: Mapped[int]
    line_discount: Mapped[int] = mapped_column(default=0)
    sale_discount_part: Mapped[int] = mapped_column(default=0)
    included_tax: Mapped[int] = mapped_column(default=0)
    net_amount: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")

    sale: Mapped[Sale] = relationship(back_populates="lines")
    modifiers: Mapped[list[SaleLineModifier]] = relationship(order_by="SaleLineModifier.position", viewonly=True)
    credits: Mapped[list[EarningEntry]] = relationship(
        primaryjoin="and_(SaleLine.id == EarningEntry.sale_line_id)", viewonly=True
    )


class SaleLineModifier(UuidPrimaryKey, Base):
    """An option chosen on a sale line, frozen as it was sold: append-only, like the line (migration 0015)."""

    __tablename__ = "sale_line_modifier"
    __table_args__ = (
        UniqueConstraint("sale_line_id", "position"),
        CheckConstraint("price >= 0", name="price"),
    )

    sale_line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sale_line.id"))
    position: Mapped[int]
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("modifier_group.id"))
    option_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("modifier_option.id"))
    group_name: Mapped[str] = mapped_column(String(100))
    option_name: Mapped[str] = mapped_column(String(100))
    price: Mapped[int]
    taxed: Mapped[bool] = mapped_column(default=True)


class Payment(UuidPrimaryKey, Base):
    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint(f"method IN {SALE_PAYMENT_METHODS}", name="method"),
        CheckConstraint("amount <> 0", name="amount"),  # a payment moves money, or it is not written
    )

    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sale.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int]
    tendered: Mapped[int] = mapped_column(default=0)
    change: Mapped[int] = mapped_column(default=0)
    reference: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    sale: Mapped[Sale] = relationship(back_populates="payments")


from ska_pos.db.models.ledger import EarningEntry  # noqa: E402  (resolves the string relationship above)
