"""What a tab is now, folded from its append-only rows (docs/tabs.md), and the outlet's floor: each table free or
open, since when and for how much."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import DiningTable, Outlet, Tab, TabEvent, TabLine
from ska_pos.i18n import _
from ska_pos.services.cart import Cart, CartLine, line_from_json
from ska_pos.services.errors import NotFound
from ska_pos.services.sale_context import tax_settings


@dataclass(frozen=True)
class SentLine:
    line_id: uuid.UUID
    tab_id: uuid.UUID  # the tab it was sent on (another one's, when that tab was merged into this)
    round_no: int
    cart_line: CartLine
    voided: bool


@dataclass(frozen=True)
class TabView:
    tab_id: uuid.UUID
    outlet_id: uuid.UUID
    table_id: uuid.UUID
    table_name: str
    order_type: str
    opened_at: datetime
    lines: tuple[SentLine, ...]  # every line sent, voided ones too, in the order sent
    rounds: int  # rounds sent on this tab itself (the next one is rounds + 1)
    closed: bool  # paid in full, or merged into another tab
    merged_into: uuid.UUID | None
    split: tuple[tuple[int, ...], ...]  # a split by items begun: its groups of line indices
    parts_paid: frozenset[int]  # part numbers (1..N) of that split already paid

    @property
    def open_lines(self) -> tuple[SentLine, ...]:
        return tuple(line for line in self.lines if not line.voided)

    @property
    def payment_begun(self) -> bool:
        return bool(self.parts_paid)

    def cart(self) -> Cart:
        """The tab as the till's cart, to pay at the end: its lines as sent, less the voided ones."""
        return Cart(self.outlet_id, [line.cart_line for line in self.open_lines], order_type=self.order_type,
                    table_no=self.table_name, tab_id=self.tab_id)  # fmt: skip


def load_tab(session: Session, tab_id: uuid.UUID) -> TabView:
    tab = session.get(Tab, tab_id)
    if tab is None:
        raise NotFound(_("No such tab"))
    events = list(
        session.scalars(select(TabEvent).where(TabEvent.tab_id == tab_id).order_by(TabEvent.at, TabEvent.seq))
    )
    closing = session.scalar(select(TabEvent).where(TabEvent.closes_tab_id == tab_id))
    table_id = tab.table_id
    for event in events:
        if event.kind == "move" and event.table_id is not None:
            table_id = event.table_id
    included = _included_tabs(session, tab_id)
    lines = _lines(session, included)
    split: tuple[tuple[int, ...], ...] = ()
    parts: set[int] = set()
    for event in events:
        if event.kind == "paid" and event.part_no is not None:
            parts.add(event.part_no)
            split = tuple(tuple(group) for group in json.loads(event.split))
    table = session.get(DiningTable, table_id)
    assert table is not None
    return TabView(
        tab_id=tab.id, outlet_id=tab.outlet_id, table_id=table_id, table_name=table.name, order_type=tab.order_type,
        opened_at=tab.opened_at, lines=lines, rounds=max((e.round_no or 0 for e in events), default=0),
        closed=closing is not None, merged_into=closing.tab_id if closing is not None and closing.kind == "merge"
        else None, split=split, parts_paid=frozenset(parts),
    )  # fmt: skip


def _included_tabs(session: Session, tab_id: uuid.UUID) -> list[uuid.UUID]:
    """The tab and every tab merged into it (and into those), in the order they were merged."""
    found = [tab_id]
    for current in found:
        found.extend(session.scalars(select(TabEvent.merged_tab_id).where(
            TabEvent.tab_id == current, TabEvent.kind == "merge").order_by(TabEvent.at, TabEvent.seq)))  # fmt: skip
    return found


def _lines(session: Session, tabs: list[uuid.UUID]) -> tuple[SentLine, ...]:
    rows = list(
        session.execute(
            select(TabLine, TabEvent.round_no, TabEvent.at)
            .join(TabEvent, TabEvent.id == TabLine.event_id)
            .where(TabLine.tab_id.in_(tabs))
        ).all()
    )
    voided = set(session.scalars(select(TabEvent.line_id).where(TabEvent.tab_id.in_(tabs), TabEvent.kind == "void")))
    order = {tab: index for index, tab in enumerate(tabs)}
    rows.sort(key=lambda row: (row[2], order[row[0].tab_id], row[0].line_no))  # in the order sent
    return tuple(
        SentLine(line.id, line.tab_id, round_no or 0, line_from_json(line.cart_line), line.id in voided)
        for line, round_no, _at in rows
    )


@dataclass(frozen=True)
class FloorTable:
    table_id: uuid.UUID
    name: str
    area: str
    tab_id: uuid.UUID | None  # the open tab on it, if any
    opened_at: datetime | None
    total: int  # what the open tab comes to now (PBJT and service charge included)


def open_tab_on(session: Session, table_id: uuid.UUID) -> uuid.UUID | None:
    """The open tab now on `table_id`, if any."""
    table = session.get(DiningTable, table_id)
    if table is None:
        return None
    for tab_id, on_table in open_tabs(session, table.outlet_id).items():
        if on_table == table_id:
            return tab_id
    return None


def open_tabs(session: Session, outlet_id: uuid.UUID) -> dict[uuid.UUID, uuid.UUID]:
    """Every open tab of the outlet and the table it is on now."""
    closed = select(TabEvent.closes_tab_id).where(TabEvent.closes_tab_id.is_not(None))
    tabs: dict[uuid.UUID, uuid.UUID] = dict(session.execute(
        select(Tab.id, Tab.table_id).where(Tab.outlet_id == outlet_id, Tab.id.not_in(closed))).all())  # fmt: skip
    if not tabs:
        return {}
    moves = session.execute(
        select(TabEvent.tab_id, TabEvent.table_id)
        .where(TabEvent.tab_id.in_(list(tabs)), TabEvent.kind == "move")
        .order_by(TabEvent.at, TabEvent.seq)
    )
    for tab_id, table_id in moves:
        if table_id is not None:
            tabs[tab_id] = table_id
    return tabs


def floor(session: Session, outlet_id: uuid.UUID) -> list[FloorTable]:
    """The outlet's active tables in their order, each with its open tab (if any), since when and for how much."""
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("No such outlet"))
    tax = tax_settings(outlet)
    by_table = {table_id: tab_id for tab_id, table_id in open_tabs(session, outlet_id).items()}
    tables = session.scalars(select(DiningTable).where(DiningTable.outlet_id == outlet_id, DiningTable.active)
                             .order_by(DiningTable.sort_order, DiningTable.name))  # fmt: skip
    result = []
    for table in tables:
        tab_id = by_table.get(table.id)
        if tab_id is None:
            result.append(FloorTable(table.id, table.name, table.area, None, None, 0))
            continue
        view = load_tab(session, tab_id)
        cart = view.cart()
        total = cart.priced(tax).total if cart.lines else 0
        result.append(FloorTable(table.id, table.name, table.area, tab_id, view.opened_at, total))
    return result
