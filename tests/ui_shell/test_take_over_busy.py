"""The shift take-over runs on the database thread: a busy database is a message, not a frozen screen and a crash."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.db.checkpoint import database_file
from ska_pos.services import shifts
from ska_pos.ui.main_window import MainWindow

from .conftest import page_name
from .helpers import answer_take_over, take_over_dialog
from .test_shift_take_over import start_login


@contextmanager
def _another_till_writing(qtbot: QtBot, window: MainWindow, shop: Shop) -> Iterator[None]:
    """The supervisor logs in and is asked to take the cashier's shift over while another till holds the
    database's one writer's lock (BEGIN IMMEDIATE), until the block ends."""
    start_login(qtbot, window, "spv", "2222")
    take_over_dialog(qtbot, window)
    path = database_file(shop.db.engine)
    assert path is not None
    other_till = sqlite3.connect(path, isolation_level=None)
    other_till.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other_till.execute("ROLLBACK")
        other_till.close()


def test_a_busy_database_during_the_take_over_is_a_message_not_a_frozen_screen_and_a_crash(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, messages: list[str]
) -> None:
    with _another_till_writing(qtbot, shop_window, shop):  # a sale (or an import) being written right now
        started = time.monotonic()
        answer_take_over(qtbot, shop_window, Qt.Key.Key_Return)
        blocked = time.monotonic() - started
    # The screen thread must not wait for the database (ui/ops.py runs database work on its own thread) ...
    assert blocked < 1.0, f"the screen froze {blocked:.1f} s waiting for the database"
    # ... and "the database is busy" is a message, with the person back at the login (or asked again).
    qtbot.waitUntil(lambda: bool(messages) or page_name(shop_window) == "loginPage", timeout=3_000)


def test_a_database_busy_longer_than_its_wait_says_so_and_takes_nothing_over(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, messages: list[str]
) -> None:
    with _another_till_writing(qtbot, shop_window, shop):  # held past the database's wait (busy_timeout, 5 s)
        answer_take_over(qtbot, shop_window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages == ["Database sedang sibuk, coba lagi"]
    assert page_name(shop_window) == "loginPage"
    with shop.db.reading() as s:
        holder = shifts.shift_holder(s, shop.cashier.till_id)
    assert holder is not None
    assert holder.user_id == shop.cashier.user_id  # nothing was taken over


def test_once_the_other_till_has_written_the_take_over_goes_through(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, messages: list[str]
) -> None:
    with _another_till_writing(qtbot, shop_window, shop):
        answer_take_over(qtbot, shop_window, Qt.Key.Key_Return)
        qtbot.wait(300)
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage", timeout=5_000)
    assert messages == []
    with shop.db.reading() as s:
        holder = shifts.shift_holder(s, shop.cashier.till_id)
    assert holder is not None
    assert holder.user_id == shop.supervisor.id
