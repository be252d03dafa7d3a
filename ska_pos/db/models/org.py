"""The sentra, its outlets and tills, the people who log in, and per-scope settings."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey
from ska_pos.domain.pricing import DEFAULT_CASH_ROUNDING_UNIT

OUTLET_KINDS = ("kafe", "salon", "laundry", "jahit", "toko")
ROLES = ("cashier", "supervisor", "manager", "admin")


class Sentra(UuidPrimaryKey, Base):
    __tablename__ = "sentra"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    outlets: Mapped[list[Outlet]] = relationship(back_populates="sentra", order_by="Outlet.code")


class Outlet(UuidPrimaryKey, Base):
    __tablename__ = "outlet"
    __table_args__ = (
        CheckConstraint(f"kind IN {OUTLET_KINDS}", name="kind"),
        CheckConstraint("tax_rate_bp BETWEEN 0 AND 1000", name="tax_rate"),
        CheckConstraint("service_rate_bp BETWEEN 0 AND 10000", name="service_rate"),
        CheckConstraint("cash_rounding_unit >= 0", name="cash_rounding"),
    )

    sentra_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sentra.id"))
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Jakarta")
    receipt_header: Mapped[str] = mapped_column(Text, default="")
    receipt_footer: Mapped[str] = mapped_column(Text, default="")
    tax_rate_bp: Mapped[int] = mapped_column(default=0)
    prices_include_tax: Mapped[bool] = mapped_column(default=False)
    service_rate_bp: Mapped[int] = mapped_column(default=0)
    # "Nett" menu prices: the service charge is inside the price too (with the tax, when prices include it).
    service_included: Mapped[bool] = mapped_column(default=False)
    service_before_discount: Mapped[bool] = mapped_column(default=False)  # service charge on the amount before discount
    # Cash totals are rounded down to this many rupiah, in the customer's favour; 0 turns rounding off.
    cash_rounding_unit: Mapped[int] = mapped_column(default=DEFAULT_CASH_ROUNDING_UNIT)
    qris_payload: Mapped[str] = mapped_column(Text, default="")
    show_workers_on_receipt: Mapped[bool] = mapped_column(default=True)
    # A tracked item's stock may fall below zero here (goods sold before their receipt is entered); when off, a sale
    # of more than is on hand is refused.
    allow_negative_stock: Mapped[bool] = mapped_column(default=True)
    # A black-and-white PNG already scaled to print at the top of a thermal receipt; None: no logo.
    receipt_logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    sentra: Mapped[Sentra] = relationship(back_populates="outlets")
    tills: Mapped[list[Till]] = relationship(back_populates="outlet", order_by="Till.code")


class Till(UuidPrimaryKey, Base):
    __tablename__ = "till"
    __table_args__ = (UniqueConstraint("outlet_id", "code"),)

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(default=True)

    outlet: Mapped[Outlet] = relationship(back_populates="tills")


class TillEnrolment(UuidPrimaryKey, Base):
    """An administrator made a computer this till (append-only: the newest row per till is the one that holds)."""

    __tablename__ = "till_enrolment"

    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"), index=True)
    machine_id: Mapped[uuid.UUID]
    hostname: Mapped[str] = mapped_column(String(255), default="")
    enrolled_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    enrolled_at: Mapped[datetime] = mapped_column(default=clock.now)
    # Set when the till was enrolled on another computer before: which one it was taken from, and why.
    replaced_machine_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    reason: Mapped[str] = mapped_column(Text, default="")


class User(UuidPrimaryKey, Base):
    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint(f"role IN {ROLES}", name="role"),)

    sentra_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sentra.id"))
    outlet_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("outlet.id"))
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_pin_count: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    # Set when a manager resets the PIN: the user chooses their own at the next login (services/users.py).
    must_change_pin: Mapped[bool] = mapped_column(default=False)
    # The PPKS worker this user also is, when one person is both (a worker who is also a cashier).
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class LoginFailure(UuidPrimaryKey, Base):
    """A wrong PIN (or a try while locked out) for a known user: when and at which till, for the users screen."""

    __tablename__ = "login_failure"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), index=True)
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"), default=None)  # None: a command
    locked: Mapped[bool] = mapped_column(default=False)  # this try found (or made) the user locked out
    failed_at: Mapped[datetime] = mapped_column(default=clock.now)


class Setting(Base):
    """A typed value for a scope: `global`, `outlet:<id>`, `till:<id>` or `user:<id>`."""

    __tablename__ = "setting"

    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=clock.now, onupdate=clock.now)
