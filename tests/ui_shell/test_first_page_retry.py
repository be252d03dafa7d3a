"""The read behind the first page fails (the database locked a moment at start): the window says so in plain words
and tries again, at once when asked and by itself after a while that grows with each failure in a row."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ska_pos.services import first_start
from ska_pos.services.first_start import database_is_empty
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.session import login_flow

from .conftest import find, open_window, page_name
from .helpers import WAIT_MS, settled_on


def failing_first(times: int) -> Callable[[Session], bool]:
    """`database_is_empty`, failing as a locked SQLite file does the first `times` calls."""
    calls = [0]

    def read(session: Session) -> bool:
        calls[0] += 1
        if calls[0] <= times:
            raise OperationalError("SELECT 1", {}, Exception("database is locked"))
        return database_is_empty(session)

    return read


def retry_status(window: MainWindow) -> str:
    return str(find(window, QLabel, "retryStatus").text())


@pytest.fixture
def failing_twice(
    qtbot: QtBot, shop: Shop, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(first_start, "database_is_empty", failing_first(2))
    yield from open_window(qtbot, shop.db, tmp_path, till_id=shop.cashier.till_id)


@pytest.fixture
def failing_once_retrying_soon(
    qtbot: QtBot, shop: Shop, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(first_start, "database_is_empty", failing_first(1))
    monkeypatch.setattr(login_flow, "RETRY_DELAYS_S", (1,))
    yield from open_window(qtbot, shop.db, tmp_path, till_id=shop.cashier.till_id)


def test_a_failed_first_read_says_why_and_the_user_tries_again_by_keyboard(
    qtbot: QtBot, failing_twice: MainWindow, messages: list[str]
) -> None:
    window = failing_twice
    settled_on(qtbot, window, "retryPage")
    assert "sibuk" in find(window, QLabel, "retryProblem").text()  # "Database sedang sibuk, coba lagi"
    assert "2" in retry_status(window)
    assert messages == []  # on the page, not in a message box over an empty window
    first = window.page
    qtbot.keyClick(find(window, QPushButton, "retryNow"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.page is not first and page_name(window) == "retryPage", timeout=WAIT_MS)
    assert "4" in retry_status(window)  # failed again: it waits longer before trying by itself
    find(window, QPushButton, "retryNow").click()
    settled_on(qtbot, window, "loginPage")


def test_the_window_tries_again_by_itself(qtbot: QtBot, failing_once_retrying_soon: MainWindow) -> None:
    settled_on(qtbot, failing_once_retrying_soon, "retryPage")
    settled_on(qtbot, failing_once_retrying_soon, "loginPage")  # no key pressed
