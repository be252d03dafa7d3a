"""Creating the things a sentra is made of: outlets, tills, users, workers, catalog and share rules."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import (
    Barcode,
    Category,
    Item,
    Outlet,
    Sentra,
    ShareRule,
    Till,
    User,
    Worker,
    new_id,
    worker_outlet,
)  # fmt: skip
from ska_pos.db.models.catalog import ITEM_KINDS, UNITS
from ska_pos.db.models.org import OUTLET_KINDS, ROLES
from ska_pos.domain.limits import check_price_bound, check_quantity_bound
from ska_pos.domain.qris import QrisError, read_static
from ska_pos.i18n import _
from ska_pos.services.actor import Actor
from ska_pos.services.auth import hash_pin
from ska_pos.services.errors import ValidationError
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.personal_data import PersonalData, store_personal_data
from ska_pos.services.text_lengths import check_length


@requires("sentra.create")
def create_sentra(session: Session, actor: Actor, code: str, name: str, address: str = "") -> Sentra:
    sentra = Sentra(code=clean_code(code), name=_required(name, _("name")), address=address)
    session.add(sentra)
    session.flush()
    return sentra


@requires("outlet.create")
def create_outlet(
    session: Session, actor: Actor, sentra: Sentra, code: str, name: str, kind: str, **settings: object
) -> Outlet:
    if kind not in OUTLET_KINDS:
        raise ValidationError(_("Unknown outlet kind {kind}", kind=kind))
    qris = str(settings.get("qris_payload") or "")
    if qris:
        try:
            read_static(qris)  # the checks the QRIS set-up dialog makes: an outlet's own static code, in rupiah
        except QrisError as error:
            raise ValidationError(str(error)) from error
    outlet = Outlet(sentra_id=sentra.id, code=clean_code(code), name=_required(name, _("name")), kind=kind, **settings)
    session.add(outlet)
    session.flush()
    return outlet


@requires("till.create")
def create_till(session: Session, actor: Actor, outlet: Outlet, code: str, name: str = "") -> Till:
    till = Till(outlet_id=outlet.id, code=clean_code(code), name=name or code)
    session.add(till)
    session.flush()
    return till


@requires("user.create")
def create_user(
    session: Session, actor: Actor, sentra: Sentra, username: str, full_name: str, role: str, pin: str,
    outlet: Outlet | None = None,
) -> User:  # fmt: skip
    if role not in ROLES:
        raise ValidationError(_("Unknown role {role}", role=role))
    username = username.strip().lower()
    if not username or session.scalar(select(User.id).where(User.username == username)):
        raise ValidationError(_("The user name {name} is taken or empty", name=username))
    user = User(sentra_id=sentra.id, outlet_id=outlet.id if outlet else None, username=username,
                full_name=_required(full_name, _("name")), role=role, pin_hash=hash_pin(pin))  # fmt: skip
    session.add(user)
    session.flush()
    return user


@requires("worker.add")
def create_worker(
    session: Session, actor: Actor, sentra: Sentra, code: str, name: str, outlets: Sequence[Outlet], *,
    display_name: str = "", ppks_category: str = "", personal: PersonalData | None = None,
) -> Worker:  # fmt: skip
    places: list[uuid.UUID | None] = [outlet.id for outlet in outlets] or [None]  # None: the whole sentra's
    for outlet_id in places:
        require_outlet(session, actor, outlet_id)
    worker = Worker(id=new_id(), sentra_id=sentra.id, code=clean_code(code), name=_required(name, _("name")),
                    display_name=display_name or name.split()[0], ppks_category=ppks_category)  # fmt: skip
    if personal is not None:
        store_personal_data(worker, personal)
    session.add(worker)
    session.flush()
    if outlets:
        session.execute(worker_outlet.insert(), [{"worker_id": worker.id, "outlet_id": o.id} for o in outlets])
    return worker


@requires("category.create")
def create_category(session: Session, actor: Actor, outlet: Outlet, name: str, sort_order: int = 0) -> Category:
    require_outlet(session, actor, outlet.id)
    check_category_name(name)
    category = Category(outlet_id=outlet.id, name=_required(name, _("name")), sort_order=sort_order)
    session.add(category)
    session.flush()
    return category


@requires("item.create")
def create_item(
    session: Session, actor: Actor, outlet: Outlet, sku: str, name: str, price: int, *, kind: str = "product",
    unit: str = "pcs", category: Category | None = None, barcodes: Sequence[str] = (), maker: Worker | None = None,
    track_stock: bool = False, min_quantity: Decimal | None = None,
) -> Item:  # fmt: skip
    require_outlet(session, actor, outlet.id)
    check_item_fields(kind, unit, price)
    check_item_texts(sku, name, barcodes)
    check_min_quantity(min_quantity)
    item = Item(outlet_id=outlet.id, category_id=category.id if category else None, sku=clean_code(sku),
                name=_required(name, _("name")), kind=kind, unit=unit, price=price, track_stock=track_stock,
                maker_worker_id=maker.id if maker else None, min_quantity=min_quantity)  # fmt: skip
    item.barcodes = [Barcode(outlet_id=outlet.id, code=code.strip()) for code in barcodes if code.strip()]
    session.add(item)
    session.flush()
    return item


def check_item_fields(kind: str, unit: str, price: int) -> None:
    if kind not in ITEM_KINDS:
        raise ValidationError(_("The kind must be product or service"))
    if unit not in UNITS:
        raise ValidationError(_("The unit must be one of {units}", units=", ".join(UNITS)))
    if price < 0:
        raise ValidationError(_("A price cannot be negative"))
    try:
        check_price_bound(price)
    except ValueError as error:
        raise ValidationError(str(error)) from error


def check_item_texts(sku: str, name: str, barcodes: Sequence[str]) -> None:
    """Each text fits its column (PostgreSQL would refuse the whole transaction, SQLite would store it)."""
    check_length(sku.strip(), Item.sku, _("SKU"))
    check_length(name.strip(), Item.name, _("item name"))
    for code in barcodes:
        check_length(code.strip(), Barcode.code, _("barcode"))


def check_category_name(name: str) -> None:
    check_length(name.strip(), Category.name, _("category"))


def check_min_quantity(min_quantity: Decimal | None) -> None:
    """An item's minimum is a quantity a line may hold, or the item could never be sold."""
    if min_quantity is None:
        return
    if min_quantity <= 0:
        raise ValidationError(_("The quantity must be more than zero"))
    try:
        check_quantity_bound(min_quantity)
    except ValueError as error:
        raise ValidationError(str(error)) from error


@requires("share_rule.add")
def add_share_rule(
    session: Session, actor: Actor, outlet: Outlet, *, valid_from: date, percent_bp: int | None = None,
    fixed_per_unit: int | None = None, item: Item | None = None, category: Category | None = None,
    created_by: uuid.UUID | None = None, note: str = "",
) -> ShareRule:  # fmt: skip
    require_outlet(session, actor, outlet.id)
    if (percent_bp is None) == (fixed_per_unit is None):
        raise ValidationError(_("A share rule is either a percentage or a fixed amount per unit"))
    if percent_bp is not None and not 0 <= percent_bp <= 10000:
        raise ValidationError(_("A percentage is between 0% and 100%"))
    if fixed_per_unit is not None and fixed_per_unit < 0:
        raise ValidationError(_("A fixed amount cannot be negative"))
    rule = ShareRule(outlet_id=outlet.id, item_id=item.id if item else None,
                     category_id=category.id if category else None,
                     kind="percent" if percent_bp is not None else "fixed", percent_bp=percent_bp or 0,
                     fixed_per_unit=fixed_per_unit or 0, valid_from=valid_from, created_by_id=created_by,
                     note=note)  # fmt: skip
    session.add(rule)
    session.flush()
    return rule


def clean_code(code: str) -> str:
    """An outlet, till, worker or item code: upper-case letters and digits, as receipt numbers need."""
    cleaned = code.strip().upper()
    if not (cleaned.isascii() and cleaned.isalnum()):
        raise ValidationError(_("A code is letters and digits only: {code}", code=code))
    return cleaned


def _required(value: str, what: str) -> str:
    if not value.strip():
        raise ValidationError(_("The {what} is required", what=what))
    return value.strip()
