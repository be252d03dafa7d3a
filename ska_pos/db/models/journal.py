"""The tamper-evident journal: one hash-chained, append-only entry per financial or sensitive event of a till.

The format is described for auditors in docs/journal.md; the database itself refuses to update or delete a row
(triggers created by the migration 0004)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey


class JournalEntry(UuidPrimaryKey, Base):
    __tablename__ = "journal_entry"
    __table_args__ = (UniqueConstraint("till_id", "seq"),)

    # No foreign key: a copy of the journal must verify on its own, in any database.
    till_id: Mapped[uuid.UUID]
    seq: Mapped[int]
    type: Mapped[str] = mapped_column(String(32))
    # The UUID of the record the entry is about (a sale, a payout, a shift closing...), also in the payload.
    record_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    schema_version: Mapped[int]
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class JournalCheck(UuidPrimaryKey, Base):
    """The outcome of one run of `ska-pos verify`, for the manager's area."""

    __tablename__ = "journal_check"

    checked_at: Mapped[datetime] = mapped_column(default=clock.now, index=True)
    entries: Mapped[int]
    problems: Mapped[int]
    summary: Mapped[str] = mapped_column(Text, default="")
