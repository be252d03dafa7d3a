"""A sale screen on the test shop, driven by keyboard; nothing may block on a modal dialog."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.db.models import Outlet
from ska_pos.demo.qris_sample import sample_static_qris
from ska_pos.services.actor import Actor
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.theme import apply_theme, load_fonts
from ska_pos.ui.till.sale_screen import SaleScreen
from ska_pos.ui.till_session import TillSession
from ui_till.helpers import ScreenFactory


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: QWidget) -> int:
        raise AssertionError(f"a blocking modal dialog was opened: {self.objectName()} {self.accessibleName()}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture(scope="session")
def font_family(qapp: QApplication) -> str:
    return load_fonts()


@pytest.fixture(autouse=True)
def _till_theme(qapp: QApplication, font_family: str) -> Iterator[None]:
    """The till's own look, as the application sets it (sizes depend on it); other tests get theirs back."""
    style, font = qapp.styleSheet(), qapp.font()
    apply_theme(qapp, family=font_family)
    yield
    qapp.setStyleSheet(style)
    qapp.setFont(font)


@pytest.fixture
def make_screen(shop: Shop, qtbot: QtBot) -> Iterator[ScreenFactory]:
    """A SaleScreen for the café (or the salon); a new call is a new screen on the same database."""
    with shop.db.transaction() as s:
        outlet = s.get(Outlet, shop.cafe.id)
        assert outlet is not None
        outlet.qris_payload = sample_static_qris("KAFE BUDI LUHUR")

    dispatchers: list[ReceiptDispatcher] = []

    def make(outlet: str = "cafe") -> SaleScreen:
        actor: Actor = shop.cashier if outlet == "cafe" else shop.salon_cashier
        code, name = ("KFE", "Kafe Budi Luhur") if outlet == "cafe" else ("SLN", "Salon Ceria")
        with shop.db.reading() as s:
            profile = profile_of(s, actor.outlet_id)
        session = TillSession(shop.db, actor, "kasir", "Rina Kasir", code, name, profile, "T1", "id")
        dispatcher = ReceiptDispatcher(shop.db, actor.till_id)
        dispatchers.append(dispatcher)
        screen = SaleScreen(session, dispatcher)
        qtbot.addWidget(screen)
        screen.resize(1366, 768)
        screen.show()
        qtbot.waitUntil(lambda: screen.presenter.ready, timeout=10_000)  # the outlet's facts read off the screen
        screen.focus_search()
        return screen

    yield make
    for dispatcher in dispatchers:
        dispatcher.close()


@pytest.fixture
def screen(make_screen: ScreenFactory) -> SaleScreen:
    return make_screen()
