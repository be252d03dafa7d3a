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
from ska_pos.ui.row_problems import SHOWN, RowProblemsDialog
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
    qtbot.waitUntil(lambda: tab.findChild(RowProblemsDialog) is not None, timeout=WAIT_MS)
    dialog = tab.findChild(RowProblemsDialog)
    assert dialog.heading.text().startswith("Nothing was imported: 1 row problem(s) in salah.csv.")
    assert [dialog.model.text(dialog.model.rows[0], column) for column in range(3)] == [
        "3", "sku", "No item NOPE at this outlet"]  # fmt: skip
    assert not dialog.more.isVisible()
    dialog.close()
    assert told == []
    assert on_hand(shop, teh) == (Decimal(0), 0)

    good = tmp_path / "stok.xlsx"
    from ska_pos.services.export_files import write_xlsx

    write_xlsx(good, "stok", ("outlet_code", "sku", "quantity", "unit_cost"), [("KFE", "TEH", "5", 9000)])
    chosen.append(good)
    panel.import_opening()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=WAIT_MS)
    assert told[0] == "Opening stock imported: 1 items."
    assert on_hand(shop, teh) == (Decimal(5), 9_000)

    out = tmp_path / "keluar.csv"
    chosen.append(out)
    panel.export()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=WAIT_MS)
    assert told[1].startswith("2 items written to")
    rows = {row["sku"]: row for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert (rows["TEH"]["quantity"], rows["TEH"]["unit_cost"]) == ("5", "9000")


def test_a_file_of_many_bad_rows_lists_the_first_counts_the_rest_and_saves_them_all(
    shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "banyak.csv"
    bad.write_text("outlet_code,sku,quantity,unit_cost\n" + "".join(f"KFE,NOPE{n},1,1\n" for n in range(250)),
                   encoding="utf-8")  # fmt: skip
    saved = tmp_path / "masalah"  # no suffix typed: saved as .csv
    monkeypatch.setattr(opening_stock_actions, "ask_open_path", lambda *_args: bad)
    monkeypatch.setattr("ska_pos.ui.row_problems.ask_save_path", lambda *_args: saved)
    tab = StockTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.on_hand.outlet.count() == 2, timeout=WAIT_MS)
    tab.on_hand.import_opening()
    qtbot.waitUntil(lambda: tab.findChild(RowProblemsDialog) is not None, timeout=WAIT_MS)
    dialog = tab.findChild(RowProblemsDialog)
    assert dialog.isVisible()
    assert dialog.height() <= 768  # never taller than a till's screen
    assert dialog.model.rowCount() == SHOWN == 100
    assert dialog.more.isVisible()
    assert dialog.more.text() == "…and 150 more row problem(s): save the whole list to see them all."
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "written to" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.status.text().startswith("250 problem(s) written to")
    rows = list(csv.DictReader(saved.with_suffix(".csv").open(encoding="utf-8")))
    assert len(rows) == 250
    assert rows[-1] == {"row": "251", "column": "sku", "problem": "No item NOPE249 at this outlet"}
