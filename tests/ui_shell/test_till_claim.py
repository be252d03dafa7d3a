"""Two computers set up as the same till: the second is told plainly at login, before its cashier starts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.services.till_claims import TillInUse
from ska_pos.ui import main_window
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


def test_a_renewal_refused_for_another_reason_than_a_take_over_is_told_and_ends_the_session(
    qtbot: QtBot, shop_window: MainWindow, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    log_in(qtbot, shop_window, "kasir")

    def in_use(*_args: object) -> None:  # the race a test cannot time: the claim row went and another took it
        raise TillInUse("Mesin kasir T1 sedang dibuka di komputer lain (KASIR-BELAKANG).")

    monkeypatch.setattr(main_window, "renew_claim", in_use)
    shop_window._renew_claim()
    qtbot.waitUntil(lambda: page_name(shop_window) == "loginPage")
    assert messages == ["Mesin kasir T1 sedang dibuka di komputer lain (KASIR-BELAKANG)."]
    assert shop_window.session is None
    assert shop_window.claimed_till is None
