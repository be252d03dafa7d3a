"""An outlet's tables (or queue numbers for takeaway): a short list set by the manager, shown on the floor view.

A table a tab was ever opened on is never deleted: one left out of a new list is put out of use."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import DiningTable, Outlet
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.permissions import require_outlet, requires

MAX_TABLES = 200
NAME_LENGTH = 20
AREA_LENGTH = 40


@dataclass(frozen=True)
class TableForm:
    name: str
    area: str = ""


@dataclass(frozen=True)
class TableRow:
    table_id: uuid.UUID
    name: str
    area: str


def list_tables(session: Session, outlet_id: uuid.UUID) -> list[TableRow]:
    rows = session.scalars(select(DiningTable).where(DiningTable.outlet_id == outlet_id, DiningTable.active)
                           .order_by(DiningTable.sort_order, DiningTable.name))  # fmt: skip
    return [TableRow(row.id, row.name, row.area) for row in rows]


@requires("tab.tables")
def set_tables(session: Session, actor: Actor, outlet_id: uuid.UUID, tables: Sequence[TableForm]) -> None:
    """The outlet's tables become `tables`, in this order."""
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise ValidationError(_("No such outlet"))
    names = [form.name.strip() for form in tables]
    if len(names) > MAX_TABLES:
        raise ValidationError(_("An outlet can have at most {count} tables", count=MAX_TABLES))
    if any(not name for name in names):
        raise ValidationError(_("Every table needs a name or number"))
    if any(len(name) > NAME_LENGTH for name in names) or any(len(f.area.strip()) > AREA_LENGTH for f in tables):
        raise ValidationError(_("A table's name can have at most {count} characters and its area {area}",
                                count=NAME_LENGTH, area=AREA_LENGTH))  # fmt: skip
    if len(set(names)) != len(names):
        raise ValidationError(_("Two tables have the same name"))
    existing = {row.name: row for row in session.scalars(select(DiningTable).where(DiningTable.outlet_id == outlet_id))}
    for position, (name, form) in enumerate(zip(names, tables, strict=True), start=1):
        row = existing.pop(name, None)
        if row is None:
            session.add(DiningTable(outlet_id=outlet_id, name=name, area=form.area.strip(), sort_order=position))
        else:
            row.area, row.sort_order, row.active = form.area.strip(), position, True
    for row in existing.values():
        row.active = False
    session.flush()
    audit.record(session, "tables_set", user_id=None if actor.system else actor.user_id, entity="outlet",
                 entity_id=outlet_id, tables=[[name, form.area.strip()] for name, form in zip(names, tables,
                 strict=True)])  # fmt: skip
