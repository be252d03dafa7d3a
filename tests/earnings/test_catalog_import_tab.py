"""The catalogue import in the manager's area, driven offscreen by keyboard and by touch: wrong rows listed before
anything is written, a good file imported with progress, and Cancel that leaves the database as it was."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pressing import press_enter_on
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import func, select

from earnings.ui_fixtures import session_of
from ska_pos.db.models import AuditEntry, Item
from ska_pos.ui.manager import catalog_import_tab
from ska_pos.ui.manager.catalog_import_tab import CatalogImportTab
from ska_pos.ui.manager.manager_screen import ManagerScreen

pytestmark = [pytest.mark.gui]

BAD = "sku,name,price,kind\nA1,Satu,1000,\nA2,Dua,abc,\nA3,Tiga,1000,gadget\n"
GOOD = "sku,name,price,category,barcodes\nA1,Satu,1000,Baru,7771\nA2,Dua,2500,Baru,7772\nESTEH,Es Teh Manis,6000,,\n"


def item_count(shop: Shop) -> int:
    with shop.db.reading() as s:
        return s.scalar(select(func.count()).select_from(Item)) or 0


@pytest.fixture
def tab(shop: Shop, qtbot: QtBot) -> Iterator[CatalogImportTab]:
    screen = ManagerScreen(session_of(shop))
    qtbot.addWidget(screen)
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.catalog)
    screen.catalog.parts.setCurrentWidget(screen.catalog.importing)
    screen.show()
    tab = screen.catalog_import
    qtbot.waitUntil(lambda: tab.outlet.count() == 2)
    assert tab.outlet.currentText().startswith("KFE")  # the session's outlet is the default
    yield tab  # noqa: PT022 - the fixture's frame keeps the screen that holds the tab alive


def choosing(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(catalog_import_tab, "ask_open_path", lambda *_args: path)


def test_by_keyboard_wrong_rows_are_listed_then_the_fixed_file_is_imported(
    shop: Shop, tab: CatalogImportTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "katalog.csv"
    path.write_text(BAD, encoding="utf-8")
    choosing(monkeypatch, path)
    before = item_count(shop)
    press_enter_on(qtbot, tab.choose)
    qtbot.waitUntil(lambda: tab.problems.rowCount() == 2)
    shown = [[tab.problems.index(row, column).data() for column in range(3)] for row in range(2)]
    assert [row[:2] for row in shown] == [["3", "price"], ["4", "kind"]]
    assert "product or service" in shown[1][2]
    assert not tab.run.isEnabled()
    assert "Nothing will be imported" in tab.status.text()
    assert item_count(shop) == before  # checking writes nothing

    path.write_text(GOOD, encoding="utf-8")  # fixed in the spreadsheet and saved
    press_enter_on(qtbot, tab.recheck)
    qtbot.waitUntil(lambda: tab.run.isEnabled())
    assert tab.problems.rowCount() == 0
    assert "adds 2 item(s), changes 1" in tab.status.text()
    press_enter_on(qtbot, tab.run)
    qtbot.waitUntil(lambda: tab.report is not None)
    assert tab.table.model() is tab.prices
    prices = [[tab.prices.index(row, column).data() for column in range(5)] for row in range(tab.prices.rowCount())]
    assert [row[1] for row in prices] == ["A1", "A2", "ESTEH"]
    assert prices[2][3:] == ["Rp5,000", "Rp6,000"]
    assert item_count(shop) == before + 2
    assert "Imported: 2 new item(s), 1 changed" in tab.status.text()


def test_by_touch_a_good_file_is_checked_and_imported(
    shop: Shop, tab: CatalogImportTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "katalog.csv"
    path.write_text(GOOD, encoding="utf-8")
    choosing(monkeypatch, path)
    qtbot.mouseClick(tab.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.run.isEnabled())
    qtbot.mouseClick(tab.run, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.report is not None)
    with shop.db.reading() as s:
        assert s.scalar(select(Item.price).where(Item.sku == "A2")) == 2500


def test_cancel_leaves_the_database_as_it_was(
    shop: Shop, tab: CatalogImportTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "katalog.csv"
    path.write_text(GOOD, encoding="utf-8")
    choosing(monkeypatch, path)
    tab.choose.click()
    qtbot.waitUntil(lambda: tab.run.isEnabled())
    cancelled = threading.Event()
    real_import: Callable[..., Any] = catalog_import_tab.import_catalog

    def import_once_cancelled(*args: Any, **kwargs: Any) -> Any:
        assert cancelled.wait(30)  # the worker goes on only after Cancel was pressed: no race
        return real_import(*args, **kwargs)

    monkeypatch.setattr(catalog_import_tab, "import_catalog", import_once_cancelled)
    before = item_count(shop)
    tab.run.click()
    operation = tab.import_operation
    assert operation is not None
    operation.cancel()  # what the progress dialog's Cancel button does
    cancelled.set()
    assert "Cancelled" in tab.status.text()
    qtbot.waitUntil(lambda: not catalog_import_tab_running(), timeout=20_000)
    assert item_count(shop) == before
    with shop.db.reading() as s:
        imports = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "catalog_imported")
        assert s.scalar(imports) == 0


def catalog_import_tab_running() -> bool:
    from ska_pos.ui import ops

    return bool(ops._running)  # an operation leaves it only once the database thread has finished its job


def test_every_control_is_named_and_big_enough_to_touch(tab: CatalogImportTab) -> None:
    for widget in tab.findChildren(QWidget):
        if widget.objectName().startswith("catalogImport"):
            assert widget.accessibleName(), widget.objectName()
            if isinstance(widget, QAbstractButton):
                assert widget.height() >= 44, widget.objectName()
