"""What an outlet sells, and the rules that say which part of a line's net revenue is the worker's."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey

ITEM_KINDS = ("product", "service")
UNITS = ("pcs", "kg", "m", "service", "l", "ml")
SHARE_KINDS = ("percent", "fixed")


class Category(UuidPrimaryKey, Base):
    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("outlet_id", "name"),)

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Item(UuidPrimaryKey, Base):
    __tablename__ = "item"
    __table_args__ = (
        UniqueConstraint("outlet_id", "sku"),
        CheckConstraint(f"kind IN {ITEM_KINDS}", name="kind"),
        CheckConstraint(f"unit IN {UNITS}", name="unit"),
        CheckConstraint("price >= 0", name="price"),
        Index("ix_item_outlet_name", "outlet_id", "name"),
        Index("ix_item_category_name", "category_id", "name", "id"),
        # The full stock report reads an outlet's tracked items from the index alone (migrations 0027, 0028: unit).
        Index("ix_item_stock_report", "outlet_id", "track_stock", "category_id", "name", "sku", "id", "unit"),
    )

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("category.id"))
    sku: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default="product")
    unit: Mapped[str] = mapped_column(String(16), default="pcs")
    price: Mapped[int]
    track_stock: Mapped[bool] = mapped_column(default=False)
    maker_worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"))
    min_quantity: Mapped[Decimal | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    barcodes: Mapped[list[Barcode]] = relationship(back_populates="item", cascade="all, delete-orphan")
    category: Mapped[Category | None] = relationship()


class Barcode(UuidPrimaryKey, Base):
    __tablename__ = "barcode"
    __table_args__ = (UniqueConstraint("outlet_id", "code"),)

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"), index=True)
    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    code: Mapped[str] = mapped_column(String(64))

    item: Mapped[Item] = relationship(back_populates="barcodes")


class ItemPrice(UuidPrimaryKey, Base):
    """An item's price from a business date of its outlet on; never updated or deleted (a change is a new row).

    The price of a day is the row with the latest `effective_from` on or before it (the latest written, for two on
    one day); an item with no row on or before the day sells at `Item.price` (services/prices.py).
    """

    __tablename__ = "item_price"
    __table_args__ = (
        CheckConstraint("price >= 0", name="price"),
        Index("ix_item_price_item_from", "item_id", "effective_from", "created_at"),
    )

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"))
    price: Mapped[int]
    effective_from: Mapped[date]
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class ShareRule(UuidPrimaryKey, Base):
    """Percent of net (basis points) or fixed rupiah per unit, for an item, a category or a whole outlet.

    Rules are never edited: a change is a new rule with a later `valid_from`, so past earnings keep theirs.
    """

    __tablename__ = "share_rule"
    __table_args__ = (
        CheckConstraint(f"kind IN {SHARE_KINDS}", name="kind"),
        CheckConstraint("percent_bp BETWEEN 0 AND 10000", name="percent"),
        CheckConstraint("fixed_per_unit >= 0", name="fixed"),
        CheckConstraint("NOT (item_id IS NOT NULL AND category_id IS NOT NULL)", name="one_scope"),
        Index("ix_share_rule_lookup", "outlet_id", "valid_from"),
    )

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("category.id"))
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("item.id"))
    kind: Mapped[str] = mapped_column(String(16))
    percent_bp: Mapped[int] = mapped_column(default=0)
    fixed_per_unit: Mapped[int] = mapped_column(default=0)
    valid_from: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    @property
    def scope(self) -> str:
        if self.item_id is not None:
            return "item"
        return "category" if self.category_id is not None else "outlet"


class OwnBarcode(UuidPrimaryKey, Base):
    """An EAN-13 number the sentra issued from its own in-store range (services/own_barcodes.py).

    Never updated or deleted: a number stays issued after its item drops it, so no other item is ever given it.
    """

    __tablename__ = "own_barcode"
    __table_args__ = (UniqueConstraint("sentra_id", "code"),)

    sentra_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sentra.id"))
    code: Mapped[str] = mapped_column(String(13))
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"), index=True)
    issued_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    issued_at: Mapped[datetime] = mapped_column(default=clock.now)


class ModifierGroup(UuidPrimaryKey, Base):
    """Sugar level, ice, size, add-ons: between `min_choices` and `max_choices` of its options on a line."""

    __tablename__ = "modifier_group"
    __table_args__ = (
        UniqueConstraint("outlet_id", "name"),
        CheckConstraint("min_choices >= 0 AND max_choices >= 1 AND min_choices <= max_choices", name="choices"),
    )

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    name: Mapped[str] = mapped_column(String(100))
    min_choices: Mapped[int] = mapped_column(default=0)
    max_choices: Mapped[int] = mapped_column(default=1)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    options: Mapped[list[ModifierOption]] = relationship(
        back_populates="group", order_by="ModifierOption.sort_order", cascade="all, delete-orphan"
    )


class ModifierOption(UuidPrimaryKey, Base):
    """One choice of a group; `price` is per unit of the line (0: free), `taxed`: inside PBJT and service."""

    __tablename__ = "modifier_option"
    __table_args__ = (UniqueConstraint("group_id", "name"), CheckConstraint("price >= 0", name="price"))

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("modifier_group.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    price: Mapped[int] = mapped_column(default=0)
    taxed: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)

    group: Mapped[ModifierGroup] = relationship(back_populates="options")


class ModifierLink(UuidPrimaryKey, Base):
    """A group offered on one item, or on every item of a category."""

    __tablename__ = "modifier_link"
    __table_args__ = (
        CheckConstraint("(item_id IS NULL) <> (category_id IS NULL)", name="one_target"),
        UniqueConstraint("group_id", "item_id", "category_id"),
        Index("ix_modifier_link_item", "item_id"),
        Index("ix_modifier_link_category", "category_id"),
    )

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("modifier_group.id"))
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("item.id"))
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("category.id"))
