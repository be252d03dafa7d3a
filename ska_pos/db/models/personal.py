"""The record kept around workers' personal data: every view of it, and every erasure. Append-only (the database
refuses updates and deletes, migration 0006)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey


class PersonalDataView(UuidPrimaryKey, Base):
    """One look at a worker's personal data (or an export of it), written in the transaction that read it."""

    __tablename__ = "personal_data_view"

    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id"), index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    fields: Mapped[str] = mapped_column(String(80))  # comma-separated: nik,phone,bank_account
    purpose: Mapped[str] = mapped_column(String(16))  # view, export
    viewed_at: Mapped[datetime] = mapped_column(default=clock.now)


class PersonalDataErasure(UuidPrimaryKey, Base):
    """A worker's personal data erased when they withdrew their consent: who, when and why."""

    __tablename__ = "personal_data_erasure"

    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id"), index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    reason: Mapped[str] = mapped_column(Text)
    erased_at: Mapped[datetime] = mapped_column(default=clock.now)
