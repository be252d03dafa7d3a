"""PPKS workers, whose income is the point of the outlet, and customers."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey
from ska_pos.db.models.org import Outlet

worker_outlet = Table(
    "worker_outlet",
    Base.metadata,
    Column("worker_id", ForeignKey("worker.id"), primary_key=True),
    Column("outlet_id", ForeignKey("outlet.id"), primary_key=True),
)


class Worker(UuidPrimaryKey, Base):
    __tablename__ = "worker"

    sentra_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sentra.id"))
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(60))
    ppks_category: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(default=True)
    # Personal data, kept only with the worker's consent and shown to managers only (services/personal_data.py).
    # NIK, phone and account number are sealed (ska_pos/sealing: AES-GCM, the key outside the database); the
    # bank's name and the account's last digits stay readable for the payout slip, as a card's last digits do.
    nik_sealed: Mapped[str | None] = mapped_column(Text, default=None)
    phone_sealed: Mapped[str | None] = mapped_column(Text, default=None)
    bank_account_sealed: Mapped[str | None] = mapped_column(Text, default=None)
    bank_account_tail: Mapped[str] = mapped_column(String(4), default="")
    consent_date: Mapped[date | None] = mapped_column(default=None)
    bank_name: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    outlets: Mapped[list[Outlet]] = relationship(secondary=worker_outlet)


class Customer(UuidPrimaryKey, Base):
    __tablename__ = "customer"

    sentra_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sentra.id"))
    name: Mapped[str] = mapped_column(String(200), index=True)
    # Personal data (services/customers.py, docs/personal-data.md): the number sealed like a worker's, a keyed
    # hash of its +62 form to find it by, and its last digits readable to tell two customers apart at the till.
    phone_sealed: Mapped[str | None] = mapped_column(Text, default=None)
    phone_lookup: Mapped[str | None] = mapped_column(String(80), default=None, index=True)
    phone_tail: Mapped[str] = mapped_column(String(4), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
