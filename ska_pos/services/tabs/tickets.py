"""The kitchen tickets of a tab: a round's (only what it sent, its number, the table, dine-in or takeaway) and a
cancellation of a line already sent. Where the outlet has stations besides the kitchen (a bar), a round makes one
ticket per station holding only that station's lines, and a cancellation goes to the station that made the item."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet, TabEvent
from ska_pos.i18n import current_language
from ska_pos.reports.receipt_model import KitchenItem, KitchenTicket
from ska_pos.services.cart import CartLine
from ska_pos.services.errors import NotFound
from ska_pos.services.prep_stations import KITCHEN, load_routing
from ska_pos.services.tabs.state import SentLine, TabView, load_tab


@dataclass(frozen=True)
class StationTicket:
    station: str  # the station's code: "kitchen", or one of the outlet's stations (services/prep_stations)
    ticket: KitchenTicket


def round_tickets(
    session: Session, tab_id: uuid.UUID, round_no: int, *, language: str | None = None
) -> list[StationTicket]:
    """The round's tickets, one per station that has lines in it (the kitchen alone where the outlet routes
    nothing elsewhere)."""
    return _by_station(session, *_round(session, tab_id, round_no, language))


def void_tickets(
    session: Session, tab_id: uuid.UUID, line_id: uuid.UUID, *, language: str | None = None
) -> list[StationTicket]:
    """The cancellation, for the station that got the item."""
    return _by_station(session, *_void(session, tab_id, line_id, language))


def round_ticket(session: Session, tab_id: uuid.UUID, round_no: int, *, language: str | None = None) -> KitchenTicket:
    """The whole round on one ticket, whatever the stations."""
    return _round(session, tab_id, round_no, language)[0]


def void_ticket(
    session: Session, tab_id: uuid.UUID, line_id: uuid.UUID, *, language: str | None = None
) -> KitchenTicket:
    return _void(session, tab_id, line_id, language)[0]


def _by_station(
    session: Session, ticket: KitchenTicket, lines: list[CartLine], outlet_id: uuid.UUID
) -> list[StationTicket]:
    routing = load_routing(session, outlet_id)
    if not routing.routes:
        return [StationTicket(KITCHEN, ticket)]
    items = list(zip(lines, ticket.items, strict=True))
    return [
        StationTicket(code, replace(ticket, items=tuple(item for _line, item in part),
                                    station=routing.label(code, ticket.language)))
        for code, part in routing.split(items, lambda pair: pair[0].category_id)
    ]  # fmt: skip


def _round(
    session: Session, tab_id: uuid.UUID, round_no: int, language: str | None
) -> tuple[KitchenTicket, list[CartLine], uuid.UUID]:
    tab = load_tab(session, tab_id)
    sent_at = session.scalar(select(TabEvent.at).where(TabEvent.tab_id == tab_id, TabEvent.round_no == round_no))
    if sent_at is None:
        raise NotFound(f"round {round_no} of tab {tab_id}")
    lines = [line.cart_line for line in tab.lines if line.tab_id == tab_id and line.round_no == round_no]
    return _ticket(session, tab, sent_at, lines, language, round_no=round_no), lines, tab.outlet_id


def _void(
    session: Session, tab_id: uuid.UUID, line_id: uuid.UUID, language: str | None
) -> tuple[KitchenTicket, list[CartLine], uuid.UUID]:
    tab = load_tab(session, tab_id)
    voided_at = session.scalar(select(TabEvent.at).where(TabEvent.line_id == line_id, TabEvent.kind == "void"))
    line: SentLine | None = next((line for line in tab.lines if line.line_id == line_id), None)
    if voided_at is None or line is None:
        raise NotFound(f"void of line {line_id}")
    lines = [line.cart_line]
    ticket = _ticket(session, tab, voided_at, lines, language, round_no=line.round_no, cancelled=True)
    return ticket, lines, tab.outlet_id


def _ticket(
    session: Session, tab: TabView, at: datetime, lines: list[CartLine], language: str | None, *, round_no: int,
    cancelled: bool = False,
) -> KitchenTicket:  # fmt: skip
    outlet = session.get(Outlet, tab.outlet_id)
    assert outlet is not None
    items = tuple(
        KitchenItem(line.name, line.quantity, tuple(f"{m.group_name}: {m.option_name}" for m in line.modifiers),
                    line.note)
        for line in lines
    )  # fmt: skip
    return KitchenTicket(outlet.name, "", at.astimezone(ZoneInfo(outlet.timezone)), tab.table_name,
                         tab.order_type, items, language=language or current_language(),  # type: ignore[arg-type]
                         round_no=round_no, cancelled=cancelled)  # fmt: skip
