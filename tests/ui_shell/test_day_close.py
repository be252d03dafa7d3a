"""Menu > Close the day: after the last shift, a supervisor reaches the menu from the open-shift page, says yes,
and the day's closing is written in the till's journal and its number and hash are said on screen."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import JournalEntry
from ska_pos.ui.main_window import MainWindow

from .conftest import find, page_name
from .helpers import log_in
from .test_accessibility import current
from .test_backups import close_the_shift


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box, with what it said; a question is answered Yes."""
    seen: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> int:
        seen.append((box.objectName(), box.text()))
        asks = box.objectName() == "confirmMessage"
        return int(QMessageBox.StandardButton.Yes if asks else QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return seen


def test_a_supervisor_closes_the_day_after_the_last_shift(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as, answers: list[tuple[str, str]]
) -> None:
    approve_as(None)
    close_the_shift(qtbot, shop_window)
    log_in(qtbot, shop_window, "spv", page="openShiftPage")
    find(shop_window, QPushButton, "openShiftMenu").click()
    assert page_name(shop_window) == "menuPage"
    assert find(current(shop_window), QPushButton, "menu_back").text() == "Kembali (Esc)"
    close = find(current(shop_window), QPushButton, "menu_dayClose")
    assert close.text() == close.accessibleName() == "Tutup hari"
    close.click()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10_000)
    (kind, question), (said_kind, said) = answers
    assert kind == "confirmMessage"
    assert question.startswith("Tutup hari usaha ")
    assert said_kind == "infoMessage"
    assert said.startswith("Hari sudah ditutup: penutupan no. 1")
    with shop.db.reading() as s:
        closings = s.scalars(select(JournalEntry).where(JournalEntry.type == "day_close")).all()
    assert [entry.till_id for entry in closings] == [shop.cashier.till_id]
    sealed = json.loads(closings[0].payload)  # the hash said is the last entry the closing seals
    with shop.db.reading() as s:
        entries = select(JournalEntry).where(JournalEntry.till_id == shop.cashier.till_id)
        last = s.scalars(entries.where(JournalEntry.seq == sealed["last_seq"])).one()
    said_hash = said.rsplit("hash ", 1)[1].removesuffix(".")
    assert len(said_hash) >= 8
    assert last.hash.startswith(said_hash)
    find(current(shop_window), QPushButton, "menu_back").click()
    assert page_name(shop_window) == "openShiftPage"


def test_saying_no_closes_nothing(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as, monkeypatch: pytest.MonkeyPatch
) -> None:
    approve_as(None)
    close_the_shift(qtbot, shop_window)
    log_in(qtbot, shop_window, "spv", page="openShiftPage")
    find(shop_window, QPushButton, "openShiftMenu").click()
    asked: list[str] = []

    def say_no(box: QMessageBox) -> int:
        asked.append(box.objectName())
        return int(QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "exec", say_no)
    find(current(shop_window), QPushButton, "menu_dayClose").click()
    qtbot.wait(200)
    assert asked == ["confirmMessage"]
    with shop.db.reading() as s:
        assert s.scalars(select(JournalEntry).where(JournalEntry.type == "day_close")).all() == []
