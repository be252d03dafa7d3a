"""An outlet's tables (or queue numbers for takeaway): a short list set by the manager, shown on the floor view.

A table a tab was ever opened on is never deleted: one left out of a new list, or retired, is put out of use; a
table with an open tab is never retired (its tab would vanish from the floor). The manager's tables screen adds,
renames, orders and retires them one at a time; `set_tables` sets the whole list (the demo, the tests)."""

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
from ska_pos.services.tabs.state import open_tabs

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
    _refuse_open_tabs(session, outlet_id, [row for row in existing.values() if row.active])
    for row in existing.values():
        row.active = False
    session.flush()
    audit.record(session, "tables_set", user_id=None if actor.system else actor.user_id, entity="outlet",
                 entity_id=outlet_id, tables=[[name, form.area.strip()] for name, form in zip(names, tables,
                 strict=True)])  # fmt: skip


@requires("tab.tables")
def add_table(session: Session, actor: Actor, outlet_id: uuid.UUID, form: TableForm) -> uuid.UUID:
    """A new table at the end of the outlet's list (a retired one of that name comes back into use there)."""
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise ValidationError(_("No such outlet"))
    name, area = _checked(form)
    rows = _rows(session, outlet_id)
    if sum(row.active for row in rows) >= MAX_TABLES:
        raise ValidationError(_("An outlet can have at most {count} tables", count=MAX_TABLES))
    last = max((row.sort_order for row in rows if row.active), default=0)
    row = next((row for row in rows if row.name == name), None)
    if row is not None and row.active:
        raise ValidationError(_("Two tables have the same name"))
    if row is None:
        row = DiningTable(outlet_id=outlet_id, name=name, area=area, sort_order=last + 1)
        session.add(row)
    else:
        row.area, row.sort_order, row.active = area, last + 1, True
    session.flush()
    _audit(session, actor, "table_added", row)
    return row.id


@requires("tab.tables")
def rename_table(session: Session, actor: Actor, table_id: uuid.UUID, form: TableForm) -> None:
    """A new name or area; an open tab on it stays on it (the tab keeps the table, not its name)."""
    row = _table(session, table_id)
    require_outlet(session, actor, row.outlet_id)
    name, area = _checked(form)
    if any(other.name == name and other.id != row.id for other in _rows(session, row.outlet_id)):
        raise ValidationError(_("Two tables have the same name"))
    before = row.name
    row.name, row.area = name, area
    session.flush()
    _audit(session, actor, "table_renamed", row, before=before)


@requires("tab.tables")
def move_table(session: Session, actor: Actor, table_id: uuid.UUID, step: int) -> None:
    """One place up (`step` -1) or down (+1) in the outlet's list, as the floor view shows it."""
    row = _table(session, table_id)
    require_outlet(session, actor, row.outlet_id)
    order = [other for other in _rows(session, row.outlet_id) if other.active]
    here = order.index(row)
    there = here + (1 if step > 0 else -1)
    if not 0 <= there < len(order):
        return
    order[here], order[there] = order[there], order[here]
    for position, other in enumerate(order, start=1):
        other.sort_order = position
    session.flush()
    _audit(session, actor, "table_moved", row, position=there + 1)


@requires("tab.tables")
def retire_table(session: Session, actor: Actor, table_id: uuid.UUID) -> None:
    """Out of use (never deleted: its tabs keep naming it); refused while a tab is open on it."""
    row = _table(session, table_id)
    require_outlet(session, actor, row.outlet_id)
    _refuse_open_tabs(session, row.outlet_id, [row])
    row.active = False
    session.flush()
    _audit(session, actor, "table_retired", row)


def _refuse_open_tabs(session: Session, outlet_id: uuid.UUID, rows: Sequence[DiningTable]) -> None:
    busy = set(open_tabs(session, outlet_id).values())
    taken = [row.name for row in rows if row.id in busy]
    if taken:
        raise ValidationError(_("Table {table} has an open tab: pay it or move it to another table first",
                                table=", ".join(taken)))  # fmt: skip


def _table(session: Session, table_id: uuid.UUID) -> DiningTable:
    session.execute(select(DiningTable.id).where(DiningTable.id == table_id).with_for_update())
    row = session.get(DiningTable, table_id)
    if row is None or not row.active:
        raise ValidationError(_("No such table in this outlet"))
    return row


def _rows(session: Session, outlet_id: uuid.UUID) -> list[DiningTable]:
    return list(session.scalars(select(DiningTable).where(DiningTable.outlet_id == outlet_id)
                                .order_by(DiningTable.sort_order, DiningTable.name)))  # fmt: skip


def _checked(form: TableForm) -> tuple[str, str]:
    name, area = form.name.strip(), form.area.strip()
    if not name:
        raise ValidationError(_("Every table needs a name or number"))
    if len(name) > NAME_LENGTH or len(area) > AREA_LENGTH:
        raise ValidationError(_("A table's name can have at most {count} characters and its area {area}",
                                count=NAME_LENGTH, area=AREA_LENGTH))  # fmt: skip
    return name, area


def _audit(
    session: Session, actor: Actor, action: str, row: DiningTable, *, before: str = "", position: int = 0
) -> None:
    audit.record(session, action, user_id=None if actor.system else actor.user_id, entity="dining_table",
                 entity_id=row.id, outlet_id=row.outlet_id, name=row.name, area=row.area, before=before,
                 position=position or row.sort_order)  # fmt: skip
