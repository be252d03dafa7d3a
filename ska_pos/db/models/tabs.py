"""Open tabs by table (docs/tabs.md): the outlet's tables, and the tabs opened on them with their rounds.

A tab is told by its rows, never changed: the opening (`tab`), then events (`tab_event`: a round sent, a move to
another table, a merge, a void of a sent line, a payment), and the lines of each round (`tab_line`). What a tab is
"now" (its table, lines, rounds, whether it is paid) is folded from its rows (`domain/tabs.py`).

Rows a till writes carry a UUID key and the till's own sequence number (unique per till), so the sentra's server
can take a till's rows twice without harm. The unique keys hold the races: a round's number per tab, one void per
line, one part of a split per number, and one event that closes a tab (paid, or merged into another).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey

TAB_EVENT_KINDS = ("round", "move", "merge", "void", "paid")


class DiningTable(UuidPrimaryKey, Base):
    """One of an outlet's tables (or a queue number for takeaway): catalogue data, set by the manager."""

    __tablename__ = "dining_table"
    __table_args__ = (UniqueConstraint("outlet_id", "name"),)

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"), index=True)
    name: Mapped[str] = mapped_column(String(20))  # what is painted on the table: "7", "T3", "Antre 2"
    area: Mapped[str] = mapped_column(String(40), default="")  # "Teras", "Dalam"
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Tab(UuidPrimaryKey, Base):
    """A tab opened on a table: the first row of it (append-only)."""

    __tablename__ = "tab"
    __table_args__ = (
        UniqueConstraint("till_id", "seq"),
        Index("ix_tab_outlet_date", "outlet_id", "business_date"),
    )

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    table_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dining_table.id"), index=True)
    order_type: Mapped[str] = mapped_column(String(16), default="dine_in")
    note: Mapped[str] = mapped_column(Text, default="")
    opened_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    opened_at: Mapped[datetime] = mapped_column(default=clock.now)
    business_date: Mapped[date]


class TabEvent(UuidPrimaryKey, Base):
    """One thing that happened to a tab after it was opened (append-only)."""

    __tablename__ = "tab_event"
    __table_args__ = (
        UniqueConstraint("till_id", "seq"),
        UniqueConstraint("tab_id", "round_no"),  # a round's number, once per tab (NULL for other events)
        UniqueConstraint("tab_id", "part_no"),  # a part of a split paid once
        CheckConstraint("kind IN ('round', 'move', 'merge', 'void', 'paid')", name="kind"),
    )

    tab_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tab.id"), index=True)
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    round_no: Mapped[int | None] = mapped_column(default=None)  # "round"
    table_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dining_table.id"), default=None)  # "move": to
    merged_tab_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tab.id"), default=None)  # "merge": taken in
    # "void": the sent line voided, once (no foreign key: tab_line names its round's event, a cycle otherwise)
    line_id: Mapped[uuid.UUID | None] = mapped_column(unique=True, default=None)
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale.id"), unique=True, default=None)  # "paid"
    part_no: Mapped[int | None] = mapped_column(default=None)  # "paid": the part of a split by items (1..N)
    split: Mapped[str] = mapped_column(Text, default="")  # "paid" by items: the groups of line numbers, as JSON
    # The tab this event closes: itself when paid in full, the tab taken in by a merge. Unique: a tab is closed once.
    closes_tab_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tab.id"), unique=True, default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime] = mapped_column(default=clock.now)


class TabLine(UuidPrimaryKey, Base):
    """A line of a round, as the till's cart had it (item, quantity, price, options, workers) when it was sent."""

    __tablename__ = "tab_line"
    __table_args__ = (UniqueConstraint("tab_id", "line_no"),)

    tab_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tab.id"), index=True)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tab_event.id"), index=True)  # its round
    line_no: Mapped[int]  # per tab, in the order sent
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"))
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal]
    cart_line: Mapped[str] = mapped_column(Text)  # the cart line as JSON (services/cart.py), to pay it as sent
