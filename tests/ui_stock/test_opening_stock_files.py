"""The stock list's file buttons: opening stock imported from a chosen file (a file with a bad row imports nothing
and names the row), and the stock on hand exported to one in the same columns."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from earnings.ui_fixtures import session_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop, as_admin
from stock.helpers import on_hand

from ska_pos.services import setup
from ska_pos.ui.stock import opening_stock_actions
from ska_pos.ui.stock.stock_tab import StockTab

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))]
WAIT_MS = 20_000


def test_opening_stock_is_imported_from_a_file_and_the_stock_exported(
    shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with shop.db.transaction() as s:
        teh = setup.create_item(s, as_admin(s), s.merge(shop.cafe), "TEH", "Teh Celup", 15_000, track_stock=True).id
    told: list[str] = []
    monkeypatch.setattr(opening_stock_actions, "tell", lambda _parent, text: told.append(text))
    chosen: list[Path] = []
    monkeypatch.setattr(opening_stock_actions, "ask_open_path", lambda *_args: chosen[-1])
    monkeypatch.setattr(opening_stock_actions, "ask_save_path", lambda *_args: chosen[-1])
    tab = StockTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.show()
    panel = tab.on_hand
    qtbot.waitUntil(lambda: panel.outlet.count() == 2, timeout=WAIT_MS)
    button = panel.findChild(QPushButton, "stockImportOpening")
    assert button is not None

    bad = tmp_path / "salah.csv"
    bad.write_text("outlet_code,sku,quantity,unit_cost\nKFE,TEH,5,9000\nKFE,NOPE,1,1\n", encoding="utf-8")
    chosen.append(bad)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(told) == 1, timeout=WAIT_MS)
    assert "Nothing was imported." in told[0]
    assert "Row 3: sku: No item NOPE at this outlet" in told[0]
    assert on_hand(shop, teh) == (Decimal(0), 0)

    good = tmp_path / "stok.xlsx"
    from ska_pos.services.export_files import write_xlsx

    write_xlsx(good, "stok", ("outlet_code", "sku", "quantity", "unit_cost"), [("KFE", "TEH", "5", 9000)])
    chosen.append(good)
    panel.import_opening()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=WAIT_MS)
    assert told[1] == "Opening stock imported: 1 items."
    assert on_hand(shop, teh) == (Decimal(5), 9_000)

    out = tmp_path / "keluar.csv"
    chosen.append(out)
    panel.export()
    qtbot.waitUntil(lambda: len(told) == 3, timeout=WAIT_MS)
    assert told[2].startswith("2 items written to")
    rows = {row["sku"]: row for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert (rows["TEH"]["quantity"], rows["TEH"]["unit_cost"]) == ("5", "9000")
