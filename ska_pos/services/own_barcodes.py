"""EAN-13 numbers for the items that have no barcode, from the sentra's own in-store range (domain/own_barcodes.py).

Giving an item a number is a catalogue change: audited like an edit, one transaction for all the items chosen. A
number is issued once per sentra: `own_barcode` keeps every number issued (never deleted), and a number any item of
the sentra carries is skipped, so no item is ever given a number another item has or had. Two tills assigning at
once take turns: SQLite's write transaction starts with `BEGIN IMMEDIATE`, and on PostgreSQL the sentra's row is
locked (`FOR UPDATE`) before the last issued number is read.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Barcode, Item, Outlet, OwnBarcode, Sentra
from ska_pos.domain.own_barcodes import DEFAULT_PREFIX, PrefixError, check_prefix, own_code, serial_of
from ska_pos.i18n import _
from ska_pos.services import audit, settings
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.prices import till_of

PREFIX = settings.SettingKey("own_barcode_prefix", DEFAULT_PREFIX)


@dataclass(frozen=True)
class Assigned:
    item_id: uuid.UUID
    sku: str
    name: str
    code: str


def sentra_scope(sentra_id: uuid.UUID) -> str:
    return settings.scope_of("sentra", sentra_id)


def prefix_of(session: Session, sentra_id: uuid.UUID) -> str:
    return settings.get_setting(session, sentra_scope(sentra_id), PREFIX)


@requires("barcode.prefix")
def set_prefix(session: Session, actor: Actor, sentra_id: uuid.UUID, prefix: str) -> str:
    """The sentra's range from now on; numbers issued before keep their items."""
    if session.get(Sentra, sentra_id) is None:
        raise NotFound(_("Unknown sentra"))
    try:
        cleaned = check_prefix(prefix)
    except PrefixError as error:
        raise ValidationError(str(error)) from error
    old = prefix_of(session, sentra_id)
    settings.store_setting(session, actor, sentra_scope(sentra_id), PREFIX, cleaned)
    audit.record(session, "barcode_prefix_set", user_id=actor.user_id, entity="sentra", entity_id=sentra_id,
                 till_id=till_of(actor), old=old, prefix=cleaned)  # fmt: skip
    return cleaned


@requires("item.edit")
def assign_numbers(session: Session, actor: Actor, item_ids: Sequence[uuid.UUID]) -> list[Assigned]:
    """A number of the sentra's range for each chosen item that has no barcode, in the order given; items that
    have one keep it and are left out of the answer."""
    items = _items(session, item_ids)
    for outlet_id in {item.outlet_id for item in items}:
        require_outlet(session, actor, outlet_id)
    if not items:
        return []
    sentra_id = _one_sentra(session, items)
    # PostgreSQL: the next assigner of this sentra waits here until this transaction ends (SQLite: BEGIN IMMEDIATE).
    session.execute(select(Sentra.id).where(Sentra.id == sentra_id).with_for_update())
    without = set(session.scalars(
        select(Item.id).where(Item.id.in_([item.id for item in items]), ~exists().where(Barcode.item_id == Item.id))
    ))  # fmt: skip
    prefix = prefix_of(session, sentra_id)
    serial = _last_serial(session, sentra_id, prefix)
    carried = _carried_after(session, sentra_id, prefix, serial)
    assigned: list[Assigned] = []
    for item in items:
        if item.id not in without:
            continue
        serial, code = _next_free(prefix, serial, carried)
        session.add(Barcode(item_id=item.id, outlet_id=item.outlet_id, code=code))
        session.add(OwnBarcode(sentra_id=sentra_id, code=code, item_id=item.id,
                               issued_by_id=None if actor.system else actor.user_id))  # fmt: skip
        audit.record(session, "barcode_assigned", user_id=actor.user_id, entity="item", entity_id=item.id,
                     till_id=till_of(actor), sku=item.sku, code=code)  # fmt: skip
        assigned.append(Assigned(item.id, item.sku, item.name, code))
    session.flush()
    return assigned


def _items(session: Session, item_ids: Sequence[uuid.UUID]) -> list[Item]:
    wanted = list(dict.fromkeys(item_ids))
    found = {item.id: item for item in session.scalars(select(Item).where(Item.id.in_(wanted)))}
    if len(found) != len(wanted):
        raise NotFound(_("No such item"))
    return [found[item_id] for item_id in wanted]


def _one_sentra(session: Session, items: list[Item]) -> uuid.UUID:
    outlet_ids = {item.outlet_id for item in items}
    sentra_ids = set(session.scalars(select(Outlet.sentra_id).where(Outlet.id.in_(outlet_ids))))
    if len(sentra_ids) != 1:
        raise ValidationError(_("Numbers are given to the items of one sentra at a time"))
    return sentra_ids.pop()


def _last_serial(session: Session, sentra_id: uuid.UUID, prefix: str) -> int:
    """The range's highest issued serial: its numbers all have 13 digits, so the highest is the last in text order."""
    last = session.scalar(
        select(OwnBarcode.code)
        .where(OwnBarcode.sentra_id == sentra_id, OwnBarcode.code.startswith(prefix, autoescape=True))
        .order_by(OwnBarcode.code.desc())
        .limit(1)
    )
    return (serial_of(prefix, last) or 0) if last is not None else 0


def _carried_after(session: Session, sentra_id: uuid.UUID, prefix: str, serial: int) -> set[str]:
    """The range's numbers after `serial` that items of the sentra already carry (typed by hand, or imported), in
    one query: the numbers are then given without asking the database again."""
    query = (
        select(Barcode.code)
        .join(Outlet, Outlet.id == Barcode.outlet_id)
        .where(Outlet.sentra_id == sentra_id, Barcode.code.startswith(prefix, autoescape=True))
    )
    return {code for code in session.scalars(query) if (serial_of(prefix, code) or 0) > serial}


def _next_free(prefix: str, after: int, carried: set[str]) -> tuple[int, str]:
    serial = after
    while True:
        serial += 1
        try:
            code = own_code(prefix, serial)
        except PrefixError as error:
            raise ValidationError(str(error)) from error
        if code not in carried:
            return serial, code
