"""Quantities on the stock screens say their unit: a delivery of 20 l of milk, a count of 1,75 l (Indonesian)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from earnings.ui_fixtures import session_of
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.services.stock.counts import Variance
from ska_pos.ui.stock.count_panel import CountPanel
from ska_pos.ui.stock.incoming_dialog import Line, LinesModel

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))]


def test_a_delivery_line_shows_litres(qtbot: QtBot) -> None:
    model = LinesModel("id")
    milk = Line(uuid.uuid4(), "BHNSUSU", "Susu segar", Decimal(20), 21_000, "l")
    model.set_rows([milk, Line(uuid.uuid4(), "KRPK", "Keripik", Decimal(3), 7_000)])
    assert model.text(milk, 2) == "20 l"
    assert model.text(model.rows[1], 2) == "3"  # pieces: a bare number, as before


def test_a_count_line_shows_litres(shop: Shop, qtbot: QtBot) -> None:
    panel = CountPanel(session_of(shop, language="id"))
    qtbot.addWidget(panel)
    panel._show_lines([Variance(uuid.uuid4(), "BHNSUSU", "Susu segar", Decimal(2), Decimal("1.75"), "", "l")])
    assert [panel.table.item(0, column).text() for column in (2, 3, 4)] == ["2 l", "1,75 l", "-0,25 l"]
