"""The kitchen tickets of a tab: a round's (only what it sent, its number, the table, dine-in or takeaway) and a
cancellation of a line already sent."""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet, TabEvent
from ska_pos.i18n import current_language
from ska_pos.reports.receipt_model import KitchenItem, KitchenTicket
from ska_pos.services.cart import CartLine
from ska_pos.services.errors import NotFound
from ska_pos.services.tabs.state import SentLine, TabView, load_tab


def round_ticket(session: Session, tab_id: uuid.UUID, round_no: int, *, language: str | None = None) -> KitchenTicket:
    tab = load_tab(session, tab_id)
    sent_at = session.scalar(select(TabEvent.at).where(TabEvent.tab_id == tab_id, TabEvent.round_no == round_no))
    if sent_at is None:
        raise NotFound(f"round {round_no} of tab {tab_id}")
    lines = [line.cart_line for line in tab.lines if line.tab_id == tab_id and line.round_no == round_no]
    return _ticket(session, tab, sent_at, lines, language, round_no=round_no)


def void_ticket(
    session: Session, tab_id: uuid.UUID, line_id: uuid.UUID, *, language: str | None = None
) -> KitchenTicket:
    tab = load_tab(session, tab_id)
    voided_at = session.scalar(select(TabEvent.at).where(TabEvent.line_id == line_id, TabEvent.kind == "void"))
    line: SentLine | None = next((line for line in tab.lines if line.line_id == line_id), None)
    if voided_at is None or line is None:
        raise NotFound(f"void of line {line_id}")
    return _ticket(session, tab, voided_at, [line.cart_line], language, round_no=line.round_no, cancelled=True)


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
