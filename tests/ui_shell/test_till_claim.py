"""Two computers set up as the same till: the second is told plainly at login, before its cashier starts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.ui.main_window import MainWindow

from .conftest import open_window, page_name
from .helpers import log_in


def second_computer(qtbot: QtBot, shop: Shop, tmp_path: Path) -> Iterator[MainWindow]:
    """Another computer: its own settings folder (so its own machine id), the same database and till."""
    yield from open_window(qtbot, shop.db, tmp_path / "second-computer")


def test_the_second_computer_on_one_till_is_refused_until_the_first_logs_out(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, tmp_path: Path, messages: list[str]
) -> None:
    log_in(qtbot, shop_window, "kasir")
    windows = second_computer(qtbot, shop, tmp_path)
    other = next(windows)
    assert other.machine != shop_window.machine
    log_in(qtbot, other, "kasir", page="loginPage")
    qtbot.waitUntil(lambda: len(messages) == 1)
    assert messages[0].startswith("Mesin kasir T1 sedang dibuka di komputer lain (")
    assert page_name(other) == "loginPage"
    assert other.session is None
    shop_window.log_out()
    log_in(qtbot, other, "kasir")
    assert len(messages) == 1
    next(windows, None)
