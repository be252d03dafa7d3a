"""Writing to a tab: open it on a table, send a round, move it, merge two, void a line already sent.

One user action, one transaction, opened by the caller. Every writer locks what it decides on first (the tab's row,
or the table's when a tab comes onto it) on PostgreSQL, so two tills acting on one tab each decide from what the
other wrote; SQLite's BEGIN IMMEDIATE holds the whole file. The unique keys of the rows are the last guard.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import DiningTable, Tab, TabEvent, TabLine, new_id
from ska_pos.i18n import _
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.cart import CartLine, line_to_json
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.access import approver_of
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import business_date, place_of
from ska_pos.services.tabs.state import SentLine, TabView, load_tab, open_tab_on

ORDER_TYPES = ("dine_in", "takeaway")
MAX_TEXT = 500


@dataclass(frozen=True)
class SentRound:
    tab_id: uuid.UUID
    round_no: int
    lines: tuple[CartLine, ...]  # only what this round sent: its kitchen ticket


@requires("tab.open")
def open_tab(
    session: Session, actor: Actor, table_id: uuid.UUID, *, order_type: str = "dine_in", now: datetime | None = None
) -> uuid.UUID:
    place = place_of(session, actor)
    if order_type not in ORDER_TYPES:
        raise ValidationError(_("A tab is for dine in or takeaway"))
    _free_table(session, actor, table_id)
    moment = now or clock.now()
    tab = Tab(id=new_id(), outlet_id=actor.outlet_id, till_id=actor.till_id, seq=next_till_seq(session, Tab,
              actor.till_id), table_id=table_id, order_type=order_type, opened_by_id=actor.user_id,
              opened_at=moment, business_date=business_date(place, moment))  # fmt: skip
    session.add(tab)
    session.flush()
    return tab.id


@requires("tab.send")
def send_round(
    session: Session, actor: Actor, tab_id: uuid.UUID, lines: Sequence[CartLine], *, now: datetime | None = None
) -> SentRound:
    """The till's cart becomes the tab's next round: its lines, as rung up (options, workers, notes)."""
    place_of(session, actor)
    tab = _tab_here(session, actor, tab_id)
    if not lines:
        raise ValidationError(_("There is nothing to send: the cart is empty"))
    if any(line.quantity <= 0 for line in lines):
        raise ValidationError(_("A round sends items, not returns: every quantity must be above zero"))
    if any(len(line.note) > MAX_TEXT for line in lines):
        raise ValidationError(_("A note can have at most {count} characters", count=MAX_TEXT))
    round_no = tab.rounds + 1
    event = add_event(session, actor, tab_id, "round", now, round_no=round_no)
    first = 1 + int(session.scalar(select(TabLine.line_no).where(TabLine.tab_id == tab_id)
                                   .order_by(TabLine.line_no.desc()).limit(1)) or 0)  # fmt: skip
    session.add_all(
        TabLine(id=new_id(), tab_id=tab_id, event_id=event.id, line_no=first + index, item_id=line.item_id,
                name=line.name, quantity=line.quantity, cart_line=line_to_json(line))
        for index, line in enumerate(lines)
    )  # fmt: skip
    session.flush()
    return SentRound(tab_id, round_no, tuple(lines))


@requires("tab.move")
def move_tab(
    session: Session, actor: Actor, tab_id: uuid.UUID, table_id: uuid.UUID, *, now: datetime | None = None
) -> None:
    place_of(session, actor)
    tab = _tab_here(session, actor, tab_id)
    if tab.table_id == table_id:
        raise ValidationError(_("The tab is on this table already"))
    _free_table(session, actor, table_id)
    add_event(session, actor, tab_id, "move", now, table_id=table_id)


@requires("tab.merge")
def merge_tabs(
    session: Session, actor: Actor, into_tab_id: uuid.UUID, other_tab_id: uuid.UUID, *, now: datetime | None = None
) -> None:
    """`other_tab_id`'s lines join `into_tab_id`, which stays on its table; the other table is free again."""
    place_of(session, actor)
    if into_tab_id == other_tab_id:
        raise ValidationError(_("A tab cannot be merged into itself"))
    for tab_id in sorted((into_tab_id, other_tab_id)):  # locked in one order: two merges never wait on each other
        _tab_here(session, actor, tab_id)
    add_event(session, actor, into_tab_id, "merge", now, merged_tab_id=other_tab_id, closes_tab_id=other_tab_id)


@dataclass(frozen=True)
class VoidedLine:
    tab_id: uuid.UUID
    line: SentLine


@requires("tab.void")
def void_sent_line(
    session: Session, actor: Actor, tab_id: uuid.UUID, line_id: uuid.UUID, reason: str, *,
    approval: Approval | None = None, now: datetime | None = None,
) -> VoidedLine:  # fmt: skip
    """A line already sent to the kitchen is taken off the tab (a new row; the round is never changed), with a
    supervisor's approval and a reason; the kitchen gets a cancellation."""
    place_of(session, actor)
    tab = _tab_here(session, actor, tab_id)
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Say why the item is voided"))
    if len(reason) > MAX_TEXT:
        raise ValidationError(_("A reason can have at most {count} characters", count=MAX_TEXT))
    line = next((line for line in tab.lines if line.line_id == line_id), None)
    if line is None:
        raise ValidationError(_("This item is not on the tab"))
    if line.voided:
        raise ValidationError(_("This item was voided already"))
    approver = approver_of(session, actor, approval, "tab.void")
    add_event(session, actor, tab_id, "void", now, line_id=line_id, reason=reason, approved_by_id=approver)
    return VoidedLine(tab_id, line)


def lock_tab(session: Session, tab_id: uuid.UUID) -> None:
    session.execute(select(Tab.id).where(Tab.id == tab_id).with_for_update())


def _tab_here(session: Session, actor: Actor, tab_id: uuid.UUID) -> TabView:
    """The open tab, locked, refused unless it is of the actor's outlet and still takes changes."""
    lock_tab(session, tab_id)
    tab = load_tab(session, tab_id)
    if tab.outlet_id != actor.outlet_id:
        raise ValidationError(_("This tab belongs to another outlet"))
    if tab.merged_into is not None:
        raise ValidationError(_("This tab was merged into another one"))
    if tab.closed:
        raise ValidationError(_("This tab is paid and closed"))
    if tab.payment_begun:
        raise ValidationError(_("Part of this tab is paid already: pay the rest first"))
    return tab


def _free_table(session: Session, actor: Actor, table_id: uuid.UUID) -> None:
    """Refused unless the table is the actor's outlet's, in use, and has no open tab; its row is locked first, so
    two tills bringing a tab onto one table decide one after the other."""
    session.execute(select(DiningTable.id).where(DiningTable.id == table_id).with_for_update())
    table = session.get(DiningTable, table_id)
    if table is None or table.outlet_id != actor.outlet_id or not table.active:
        raise ValidationError(_("No such table in this outlet"))
    if open_tab_on(session, table_id) is not None:
        raise ValidationError(_("Table {table} has an open tab already", table=table.name))


def add_event(
    session: Session, actor: Actor, tab_id: uuid.UUID, kind: str, now: datetime | None, **values: object
) -> TabEvent:
    event = TabEvent(id=new_id(), tab_id=tab_id, till_id=actor.till_id, seq=next_till_seq(session, TabEvent,
                     actor.till_id), kind=kind, user_id=actor.user_id, at=now or clock.now(), **values)  # fmt: skip
    session.add(event)
    session.flush()
    return event


def next_till_seq(session: Session, model: type[Tab] | type[TabEvent], till_id: uuid.UUID) -> int:
    """Read inside the writing transaction (BEGIN IMMEDIATE on SQLite; the till's row lock on PostgreSQL, taken by
    `place_of`), so two writers never take one number."""
    return int(session.scalar(select(func.max(model.seq)).where(model.till_id == till_id)) or 0) + 1
