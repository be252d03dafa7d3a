"""The sentra's suppliers as the manager keeps them: listed (retired ones too), edited and retired or brought back.
A supplier is never deleted: its receiving notes name it. Each change is audited with what it was before; the code
printed on the notes does not change (adding one is `receiving.add_supplier`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet, Supplier
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import requires
from ska_pos.services.text_lengths import check_length


@dataclass(frozen=True)
class SupplierRow:
    id: uuid.UUID
    code: str
    name: str
    phone: str
    address: str
    active: bool


def all_suppliers(session: Session, outlet_id: uuid.UUID) -> list[SupplierRow]:
    """The suppliers of the outlet's sentra, active first, then by name (receiving offers only the active ones)."""
    sentra_id = select(Outlet.sentra_id).where(Outlet.id == outlet_id).scalar_subquery()
    rows = session.scalars(select(Supplier).where(Supplier.sentra_id == sentra_id)
                           .order_by(Supplier.active.desc(), Supplier.name, Supplier.code))  # fmt: skip
    return [SupplierRow(row.id, row.code, row.name, row.phone, row.address, row.active) for row in rows]


@requires("supplier.edit")
def edit_supplier(
    session: Session, actor: Actor, supplier_id: uuid.UUID, name: str, *, phone: str = "", address: str = ""
) -> Supplier:
    """A supplier's name, phone and address; the audit entry keeps what they were."""
    supplier = _of_this_sentra(session, actor, supplier_id)
    name, phone, address = name.strip(), phone.strip(), address.strip()
    if not name:
        raise ValidationError(_("A supplier needs a code and a name"))
    check_length(name, Supplier.name, _("name"))
    check_length(phone, Supplier.phone, _("phone"))
    before = {"name": supplier.name, "phone": supplier.phone, "address": supplier.address}
    after = {"name": name, "phone": phone, "address": address}
    if before == after:
        return supplier
    supplier.name, supplier.phone, supplier.address = name, phone, address
    session.flush()
    audit.record(session, "supplier.edit", user_id=actor.user_id, entity="supplier", entity_id=supplier.id,
                 code=supplier.code, before=before, after=after)  # fmt: skip
    return supplier


@requires("supplier.edit")
def set_supplier_active(session: Session, actor: Actor, supplier_id: uuid.UUID, active: bool) -> Supplier:
    """Retire a supplier (no longer offered when receiving; its notes keep its name) or bring one back."""
    supplier = _of_this_sentra(session, actor, supplier_id)
    if supplier.active == active:
        return supplier
    supplier.active = active
    session.flush()
    audit.record(session, "supplier.reactivate" if active else "supplier.retire", user_id=actor.user_id,
                 entity="supplier", entity_id=supplier.id, code=supplier.code)  # fmt: skip
    return supplier


def _of_this_sentra(session: Session, actor: Actor, supplier_id: uuid.UUID) -> Supplier:
    """The supplier, locked for the change, if it is of the actor's sentra (an administrator at no outlet: any)."""
    supplier = session.get(Supplier, supplier_id, with_for_update=True)
    if supplier is None:
        raise NotFound(_("Unknown supplier"))
    if actor.outlet_id != NO_PLACE:
        sentra_id = session.scalar(select(Outlet.sentra_id).where(Outlet.id == actor.outlet_id))
        if supplier.sentra_id != sentra_id:
            raise NotFound(_("Unknown supplier"))
    return supplier
