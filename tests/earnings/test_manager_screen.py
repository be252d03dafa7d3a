"""The manager's earnings screen, driven offscreen: figures, search, sort, detail with chart, payout with its slip,
statement, export; and who may see it."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from moments import LATE_NOVEMBER_2026
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from earnings.ledger_helpers import sell
from earnings.ui_fixtures import NOV, previews, session_of
from ska_pos.db.models import Payout
from ska_pos.ui.manager.earnings_model import BALANCE, EARNINGS
from ska_pos.ui.manager.manager_screen import ManagerScreen

# The screen opens on this month and the shop sold in November: today is a November day.
pytestmark = [pytest.mark.gui, pytest.mark.time_machine(LATE_NOVEMBER_2026)]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


@pytest.fixture
def screen(shop: Shop, qtbot: QtBot, messages: list[str]) -> Iterator[ManagerScreen]:
    sell(shop, [(shop.es_teh, Decimal(2), ()), (shop.kopi, Decimal(3), ())])  # Siti 4.000, Budi 9.600
    widget = ManagerScreen(session_of(shop))
    qtbot.addWidget(widget)
    widget.earnings.period_bar.set_period(NOV)
    widget.show()  # loads the earnings tab, and on view it is read again after every save
    qtbot.waitUntil(lambda: widget.earnings.model.rowCount() == 2)
    yield widget
    for preview in previews():
        preview.close()


def shown_codes(screen: ManagerScreen) -> list[str]:
    proxy = screen.earnings.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_only_managers_see_the_earnings(shop: Shop, qtbot: QtBot) -> None:
    widget = ManagerScreen(session_of(shop, role="supervisor"))
    qtbot.addWidget(widget)
    assert widget.tabs is None
    assert widget.findChild(object, "managerOnly") is not None


def test_figures_totals_and_the_ledger_check(screen: ManagerScreen) -> None:
    tab = screen.earnings
    assert shown_codes(screen) == ["W001", "W002"]
    assert tab.proxy.index(1, EARNINGS).data() == "Rp9,600"
    assert "2 workers" in tab.totals.text()
    assert "earnings Rp13,600" in tab.totals.text()
    assert tab.ledger.text().endswith("balanced")
    assert "Net revenue Rp34,000" in tab.ledger.text()


def test_search_and_sort(screen: ManagerScreen) -> None:
    tab = screen.earnings
    tab.search.setText("budi")
    assert shown_codes(screen) == ["W002"]
    tab.search.setText("w00")
    assert shown_codes(screen) == ["W001", "W002"]
    tab.table.sortByColumn(EARNINGS, Qt.SortOrder.DescendingOrder)
    assert shown_codes(screen) == ["W002", "W001"]


def test_detail_payout_and_slip(screen: ManagerScreen, shop: Shop, qtbot: QtBot) -> None:
    tab = screen.earnings
    tab.table.selectRow(1)
    detail = tab.open_detail()
    assert detail is not None
    qtbot.waitUntil(lambda: detail.days != [])
    assert detail.chart.objectName() == "dailyChart"
    assert sum(day.earnings for day in detail.days) == 9_600
    dialog = detail.open_payout()
    qtbot.waitUntil(lambda: dialog.balance == 9_600)
    dialog.amount.setText("10000")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "more than the balance" in dialog.error.text()  # no reason given: refused before saving
    dialog.reason.setText("Uang muka")
    dialog.paper.setCurrentIndex(1)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: len(previews()) == 1, timeout=5000)
    with shop.db.reading() as s:
        payout = s.scalars(select(Payout)).one()
        assert (payout.amount, payout.over_balance_reason, payout.worker_id) == (10_000, "Uang muka", shop.budi.id)
    assert previews()[0].page_count() == 1
    qtbot.waitUntil(lambda: tab.proxy.index(1, BALANCE).data() == "-Rp400")
    qtbot.waitUntil(lambda: detail.figures["payouts"][1].text() == "Rp10,000")


def test_a_transfer_without_reference_is_not_saved(screen: ManagerScreen, shop: Shop, qtbot: QtBot) -> None:
    screen.earnings.table.selectRow(0)
    detail = screen.earnings.open_detail()
    assert detail is not None
    dialog = detail.open_payout()
    dialog.amount.setText("1000")
    dialog.method.setCurrentIndex(1)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "reference" in dialog.error.text()
    assert dialog.isVisible()
    with shop.db.reading() as s:
        assert s.scalars(select(Payout)).all() == []


def test_statement_preview_in_english(screen: ManagerScreen, qtbot: QtBot) -> None:
    screen.earnings.table.selectRow(0)
    detail = screen.earnings.open_detail()
    assert detail is not None
    detail.language.setCurrentIndex(1)
    detail.print_statement()
    qtbot.waitUntil(lambda: len(previews()) == 1, timeout=5000)
    assert previews()[0].page_count() >= 1


def test_correcting_earnings(screen: ManagerScreen, qtbot: QtBot) -> None:
    screen.earnings.table.selectRow(0)
    detail = screen.earnings.open_detail()
    assert detail is not None
    dialog = detail.open_adjustment()
    dialog.amount.setText("-1000")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "reason" in dialog.error.text()
    dialog.reason.setText("Salah hitung")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: screen.earnings.proxy.index(0, EARNINGS).data() == "Rp3,000")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export(screen: ManagerScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
                messages: list[str], fmt: str) -> None:  # fmt: skip
    target = tmp_path / f"out.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    screen.earnings.export(fmt)
    qtbot.waitUntil(lambda: any("2 workers written" in text for text in messages))
    if fmt == "csv":
        rows = list(csv.reader(target.open(encoding="utf-8")))
        assert rows[0] == [
            "worker_code",
            "worker_name",
            "credited_revenue",
            "opening_balance",
            "earnings",
            "tips",
            "payouts",
            "balance",
        ]
        assert rows[2] == ["W002", "Budi Santoso", "24000", "0", "9600", "0", "0", "9600"]
    else:
        assert target.stat().st_size > 0


def test_export_to_a_missing_folder_says_so(screen: ManagerScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            qtbot: QtBot, messages: list[str]) -> None:  # fmt: skip
    target = tmp_path / "gone" / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    screen.earnings.export("csv")
    qtbot.waitUntil(lambda: bool(messages))
    assert "does not exist" in messages[-1]
    assert str(target.parent) in messages[-1]


def test_outlets_compared(screen: ManagerScreen, qtbot: QtBot) -> None:
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.outlets)
    screen.outlets.period_bar.choose(NOV)
    qtbot.waitUntil(lambda: screen.outlets.chart is not None and screen.outlets.model.rowCount() == 2)
    cafe = screen.outlets.model.rows[0]
    assert (cafe.outlet_code, cafe.net_revenue, cafe.worker_earnings) == ("KFE", 34_000, 13_600)
    assert screen.outlets.chart.objectName() == "outletsChart"


def test_the_table_model_passes_qt_model_checks(screen: ManagerScreen, qtmodeltester: object) -> None:
    qtmodeltester.check(screen.earnings.model)  # type: ignore[attr-defined]
    qtmodeltester.check(screen.earnings.proxy)  # type: ignore[attr-defined]
