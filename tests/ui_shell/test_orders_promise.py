"""The intake's default promised time falls inside the outlet's opening hours: an order taken at 01:42 is promised
for the morning the laundry opens, not for 01:42 two days later. The bags counted at intake each get a tag, saved
with the ticket as PDFs at a till without a thermal printer."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from order_shop import OrderShop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from reports.pdf_text import read_pdf

from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.orders.intake_dialog import IntakeDialog

from .conftest import find
from .helpers import WAIT_MS
from .test_orders_counter import _orders_page

NIGHT = datetime(2026, 12, 6, 18, 42, tzinfo=UTC)  # Monday 7 December, 01:42 in Jakarta


@pytest.mark.time_machine(NIGHT, tick=True)
def test_a_night_intake_is_promised_when_the_outlet_is_open(
    qtbot: QtBot, orders: OrderShop, laundry_window: MainWindow, messages: list[str]
) -> None:
    page = _orders_page(qtbot, laundry_window)
    qtbot.keyClick(page.search, Qt.Key.Key_F3)
    dialog = page.dialog
    assert isinstance(dialog, IntakeDialog)
    assert dialog.promised_at() == datetime(2026, 12, 9, 8, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    dialog.reject()
    assert messages == []


@pytest.mark.time_machine(NIGHT, tick=True)
def test_the_bags_counted_at_intake_each_get_a_tag(
    qtbot: QtBot, orders: OrderShop, laundry_window: MainWindow, messages: list[str]
) -> None:
    page = _orders_page(qtbot, laundry_window)
    qtbot.keyClick(page.search, Qt.Key.Key_F3)
    dialog = page.dialog
    assert isinstance(dialog, IntakeDialog)
    assert dialog.order_lines.bag_count.isVisibleTo(dialog)  # a laundry counts its bags
    qtbot.keyClicks(dialog.customer_name, "Ibu Anisa Rahma")
    qtbot.keyClicks(dialog.order_lines.item_search, "SLMT")
    qtbot.keyClick(dialog.order_lines.item_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.order_lines.items.count() > 0, timeout=WAIT_MS)
    qtbot.keyClick(dialog.order_lines.items, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.order_lines.quantity, Qt.Key.Key_Return)
    dialog.order_lines.bag_count.setValue(2)
    saved: list[str] = []
    laundry_window.dispatcher.printed.connect(lambda _number, where: saved.append(where))  # type: ignore[union-attr]
    find(dialog, QPushButton, "intakeDialogOk").click()
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=WAIT_MS)
    tags = next(Path(where) for where in saved if where.endswith("-tags.pdf"))
    pages = read_pdf(tags.read_bytes()).texts
    assert len(pages) == 2
    assert "kantong 2 dari 2" in pages[1]
    assert any(where.endswith("LDR-261207-001.pdf") for where in saved)  # the ticket beside them
    qtbot.waitUntil(lambda: page.selected is not None and "Kantong: 2" in page.detail.text(), timeout=WAIT_MS)
    tags.unlink()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # printed again: the bags kept
    qtbot.waitUntil(lambda: len(saved) == 4, timeout=WAIT_MS)
    assert len(read_pdf(tags.read_bytes()).texts) == 2
    assert messages == []
