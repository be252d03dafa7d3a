"""Two computers set up as the same till: the second is told plainly at login, before its cashier starts."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import delete

from ska_pos.db.models import TillClaim
from ska_pos.services import held_sales
from ska_pos.services.till_claims import STALE_AFTER, Machine, TillInUse, claim_till
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.session import till_claim_keeping
from ska_pos.ui.session.till_page import make_sale_screen
from ska_pos.ui.till.sale_screen import SaleScreen

from .conftest import open_window, page_name
from .helpers import log_in


def second_computer(qtbot: QtBot, shop: Shop, tmp_path: Path) -> Iterator[MainWindow]:
    """Another computer: its own settings folder (so its own machine id), the same database and till."""
    yield from open_window(qtbot, shop.db, tmp_path / "second-computer", till_id=shop.cashier.till_id)


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

    monkeypatch.setattr(till_claim_keeping, "renew_claim", in_use)
    shop_window._renew_claim()
    qtbot.waitUntil(lambda: page_name(shop_window) == "loginPage")
    assert messages == ["Mesin kasir T1 sedang dibuka di komputer lain (KASIR-BELAKANG)."]
    assert shop_window.session is None
    assert shop_window.claimed_till is None


def test_the_sale_in_progress_is_held_when_another_computer_takes_the_till_over(
    qtbot: QtBot, shop: Shop, tmp_path: Path, messages: list[str]
) -> None:
    windows = open_window(qtbot, shop.db, tmp_path, make_sale_screen, shop.cashier.till_id)  # the real sale screen
    window = next(windows)
    log_in(qtbot, window, "kasir")
    assert window.till_page is not None
    screen = window.till_page.sale_screen
    assert isinstance(screen, SaleScreen)
    qtbot.keyClicks(screen.search.field, "8990001")
    qtbot.keyClick(screen.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: [line.name for line in screen.presenter.cart.lines] == ["Es Teh Manis"]
    )  # added off the screen
    with shop.db.transaction() as s:  # this computer looked stopped; another one takes the till over
        claim = s.get(TillClaim, shop.cashier.till_id)
        assert claim is not None
        claim.renewed_at = claim.renewed_at - STALE_AFTER * 2
    with shop.db.transaction() as s:
        claim_till(s, shop.cashier.till_id, Machine(uuid.uuid4(), "KASIR-BELAKANG"))
    window._renew_claim()
    qtbot.waitUntil(lambda: bool(messages))
    assert "KASIR-BELAKANG" in messages[0]
    assert "F9" in messages[0]
    assert page_name(window) == "loginPage"
    with shop.db.reading() as s:
        held = held_sales.list_held(s, shop.cashier.till_id)
    assert [[line.name for line in h.cart.lines] for h in held] == [["Es Teh Manis"]]
    next(windows, None)


def test_a_claim_let_go_meanwhile_is_told_to_the_cashier(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, messages: list[str]
) -> None:
    log_in(qtbot, shop_window, "kasir")
    with shop.db.transaction() as s:  # another computer took the till over and has logged out again
        s.execute(delete(TillClaim))
    shop_window._renew_claim()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == [
        "Pegangan komputer ini atas mesin kasir T1 sempat dilepas, mungkin oleh komputer lain yang mengambil alihnya; "
        "komputer ini memegangnya lagi. Periksa shift yang terbuka dan penjualan yang ditahan."
    ]
    assert page_name(shop_window) == "tillPage"
