"""A supervisor at the till unlocks a cashier locked out by wrong PINs, from the menu, after seeing when and where
the wrong PINs were typed; the unlock is audited, and whom a supervisor may not unlock is refused in plain words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos import clock
from ska_pos.db.models import AuditEntry, User
from ska_pos.services import auth
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.manager import users_tab
from ska_pos.ui.manager.lockouts_dialog import LockoutsDialog

from .conftest import find
from .helpers import WAIT_MS, log_in


def _wrong_pins(shop: Shop, username: str) -> None:
    with shop.db.transaction() as s:
        for _ in range(auth.MAX_FAILED_PINS):
            auth.login(s, username, "0000", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)


def test_a_supervisor_unlocks_a_cashier_from_the_menu_by_touch(
    qtbot: QtBot, shop: Shop, shop_window: MainWindow, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(users_tab, "ask", lambda _parent, question: asked.append(question) or True)
    _wrong_pins(shop, "kasir")
    _wrong_pins(shop, "manajer")
    log_in(qtbot, shop_window, "spv", take_over=True)
    shop_window.show_menu()
    find(shop_window, QPushButton, "menu_lockouts").click()
    dialog = shop_window.dialog
    assert isinstance(dialog, LockoutsDialog)
    assert dialog.isVisible()
    tab = dialog.users
    qtbot.waitUntil(lambda: sorted(row.username for row in tab.model.rows) == ["kasir", "manajer"], timeout=WAIT_MS)
    actions = ("userAdd", "userEdit", "userChangeRole", "userToggle", "userResetPin", "userUnlock")
    assert [name for name in actions if tab.findChild(QPushButton, name) is not None] == ["userUnlock"]
    tab.table.selectRow([row.username for row in tab.model.rows].index("kasir"))
    qtbot.waitUntil(lambda: tab.failures.count() == auth.MAX_FAILED_PINS, timeout=WAIT_MS)
    assert "terkunci sampai" in tab.lockout.text()  # the till speaks Indonesian: locked out until
    assert "mesin kasir T1" in tab.failures.item(0).text()
    find(dialog, QPushButton, "userUnlock").click()
    qtbot.waitUntil(lambda: [row.username for row in tab.model.rows] == ["manajer"], timeout=WAIT_MS)
    assert asked == ["Buka kunci Rina Kasir? Lakukan hanya jika Anda yakin itu memang dia."]
    with shop.db.reading() as s:
        kasir = s.scalars(select(User).where(User.username == "kasir")).one()
        assert (kasir.failed_pin_count, kasir.locked_until) == (0, None)
        unlocks = s.scalars(select(AuditEntry).where(AuditEntry.action == "user_unlocked")).all()
        assert [(entry.user_id, entry.entity_id) for entry in unlocks] == [(shop.supervisor.id, str(kasir.id))]
    tab.table.selectRow(0)  # the manager: not a supervisor's to unlock
    find(dialog, QPushButton, "userUnlock").click()
    qtbot.waitUntil(lambda: any("tidak dapat mengelola pengguna dengan peran pengelola" in text for text in messages),
                    timeout=WAIT_MS)  # fmt: skip
    with shop.db.reading() as s:
        manager = s.scalars(select(User).where(User.username == "manajer")).one()
        assert manager.locked_until is not None
        assert manager.locked_until > clock.now()
