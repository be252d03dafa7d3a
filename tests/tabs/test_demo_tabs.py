"""The demo café has tables, modifiers and open tabs with rounds sent (issue 13's "done when"), and its drinks are
made at the bar."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import time_machine
from sqlalchemy import select

from ska_pos.db.database import Database
from ska_pos.db.models import Category, Outlet
from ska_pos.demo.builder import build_demo
from ska_pos.services.prep_stations import load_routing
from ska_pos.services.tabs.state import floor, load_tab
from ska_pos.services.tabs.tickets import round_tickets

EVENING = datetime(2026, 12, 7, 19, 30, tzinfo=ZoneInfo("Asia/Jakarta"))


def test_the_demo_cafe_has_open_tabs_with_rounds_sent_and_a_bar(db: Database) -> None:
    with time_machine.travel(EVENING, tick=False):
        build_demo(db, days=1, seed=1)
    with db.reading() as s:
        cafe = s.scalars(select(Outlet).where(Outlet.code == "KFE")).one()
        tables = floor(s, cafe.id)
        open_tables = [table for table in tables if table.tab_id is not None]
        assert len(tables) == 10
        assert [table.name for table in open_tables] == ["2", "7", "9"]
        assert all(table.total > 0 for table in open_tables)
        assert len({table.opened_at for table in open_tables}) == 3  # open since different times
        first = load_tab(s, open_tables[0].tab_id)  # type: ignore[arg-type]
        assert first.rounds == 2
        drinks = s.scalar(select(Category.id).where(Category.outlet_id == cafe.id, Category.name == "Minuman"))
        assert load_routing(s, cafe.id).station_of(drinks) != "kitchen"
        assert {ticket.ticket.station for ticket in round_tickets(s, first.tab_id, 1)} == {"Kitchen", "Bar"}
