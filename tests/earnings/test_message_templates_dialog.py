"""The manager's WhatsApp message templates of an outlet, opened from its capabilities beside the opening hours:
read (the defaults in the till's language), changed by keyboard and saved; an unknown placeholder is refused on
the error line and nothing is saved; a cashier cannot save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop

from earnings.ui_fixtures import session_of
from ska_pos.domain.orders.messages import DEFAULT_TEMPLATES, MessageEvent
from ska_pos.services.orders.messages import message_templates
from ska_pos.ui.manager.message_templates_dialog import MessageTemplatesDialog
from ska_pos.ui.manager.outlets_tab import OutletsTab

pytestmark = pytest.mark.gui


def opened(shop: Shop, qtbot: QtBot, role: str = "manager") -> MessageTemplatesDialog:
    dialog = MessageTemplatesDialog(session_of(shop, role), shop.salon.id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def _saved(shop: Shop) -> dict[MessageEvent, str]:
    with shop.db.reading() as s:
        return message_templates(s, shop.salon.id)


def test_the_manager_rewrites_the_ready_message_by_keyboard(shop: Shop, qtbot: QtBot) -> None:
    dialog = opened(shop, qtbot)
    assert dialog.texts[MessageEvent.INTAKE].toPlainText() == DEFAULT_TEMPLATES["id"][MessageEvent.INTAKE]
    for field in dialog.texts.values():
        assert field.objectName()
        assert field.accessibleName()
        assert field.height() >= 44  # a touch target
    ready = dialog.texts[MessageEvent.READY]
    ready.setFocus()
    ready.selectAll()
    qtbot.keyClicks(ready, "Pesanan {nomor} siap, {nama}.")
    qtbot.keyClick(ready, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.texts[MessageEvent.COLLECTED]  # Tab leaves the text, it adds none
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(ok, Qt.Key.Key_Space)
    assert _saved(shop)[MessageEvent.READY] == "Pesanan {nomor} siap, {nama}."
    assert _saved(shop)[MessageEvent.INTAKE] == DEFAULT_TEMPLATES["id"][MessageEvent.INTAKE]


def test_an_unknown_placeholder_is_refused_and_nothing_is_saved(shop: Shop, qtbot: QtBot) -> None:
    dialog = opened(shop, qtbot)
    dialog.texts[MessageEvent.DEBT].setPlainText("Bayar {utang} ya")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "{utang}" in dialog.error.text()
    assert dialog.isVisible()
    assert _saved(shop)[MessageEvent.DEBT] == DEFAULT_TEMPLATES["id"][MessageEvent.DEBT]


def test_a_cashier_is_refused(shop: Shop, qtbot: QtBot) -> None:
    dialog = opened(shop, qtbot, "cashier")
    dialog.texts[MessageEvent.INTAKE].setPlainText("Halo {nama}")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert _saved(shop)[MessageEvent.INTAKE] == DEFAULT_TEMPLATES["id"][MessageEvent.INTAKE]


def test_the_outlets_tab_opens_the_templates_of_the_chosen_outlet(shop: Shop, qtbot: QtBot) -> None:
    tab = OutletsTab(session_of(shop, "manager"))
    qtbot.addWidget(tab)
    tab.show()
    editor = tab.profiles
    qtbot.waitUntil(lambda: len(editor.rows) == 2 and editor.templates.isEnabled())
    editor.outlet.setCurrentIndex(editor.outlet.findData(str(shop.salon.id)))
    qtbot.mouseClick(editor.templates, Qt.MouseButton.LeftButton)
    assert editor.templates_dialog is not None
    assert editor.templates_dialog.outlet_id == shop.salon.id
    qtbot.waitUntil(lambda: editor.templates_dialog is not None and editor.templates_dialog.loaded)
    editor.templates_dialog.reject()
