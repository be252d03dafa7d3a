"""Kitchen printing follows the outlet's profile: a salon given kitchen tickets gets the kitchen printer box and a
ticket for its sales; a café whose kitchen a manager switched off gets neither."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot
from shop import Shop, act_as

from ska_pos.domain.settlement import Tender
from ska_pos.services.outlet_profiles import profile_of, set_profile_overrides
from ska_pos.services.print_jobs import kitchen_ticket_if_cafe
from ska_pos.ui.printing.printer_settings_dialog import PrinterSettingsDialog
from ska_pos.ui.till_session import TillSession

from .day import sell

pytestmark = pytest.mark.gui
NOON = datetime(2026, 11, 29, 5, 0, tzinfo=UTC)


def adjust(shop: Shop, outlet_id: object, **overrides: bool) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        set_profile_overrides(s, manager, outlet_id, overrides)  # type: ignore[arg-type]


def salon_session(shop: Shop) -> TillSession:
    actor = act_as(shop, "supervisor", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.reading() as s:
        profile = profile_of(s, shop.salon.id)
    return TillSession(shop.db, actor, "spv", "Dewi Supervisor", "SLN", "Salon Ceria", profile, "T1", "id")


def kitchen_box_shown(shop: Shop, qtbot: QtBot) -> bool:
    dialog = PrinterSettingsDialog(salon_session(shop))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10_000)
    return bool(dialog.findChild(object, "kitchenPrinter").isVisibleTo(dialog))


def test_the_salon_gets_the_kitchen_printer_box_once_it_has_kitchen_tickets(shop: Shop, qtbot: QtBot) -> None:
    assert not kitchen_box_shown(shop, qtbot)
    adjust(shop, shop.salon.id, kitchen_tickets=True)
    assert kitchen_box_shown(shop, qtbot)


def test_kitchen_tickets_go_with_the_profile_not_the_kind(shop: Shop) -> None:
    salon_sale = sell(shop, shop.salon_cashier, [(shop.salon_shampoo.id, "1")], [Tender("cash", 0)], NOON)
    cafe_sale = sell(shop, shop.cashier, [(shop.kopi.id, "1")], [Tender("cash", 0)], NOON)
    with shop.db.reading() as s:
        assert kitchen_ticket_if_cafe(s, salon_sale.sale_id, language="id") is None
        assert kitchen_ticket_if_cafe(s, cafe_sale.sale_id, language="id") is not None
    adjust(shop, shop.salon.id, kitchen_tickets=True)
    adjust(shop, shop.cafe.id, kitchen_tickets=False)
    with shop.db.reading() as s:
        ticket = kitchen_ticket_if_cafe(s, salon_sale.sale_id, language="id")
        assert kitchen_ticket_if_cafe(s, cafe_sale.sale_id, language="id") is None
    assert ticket is not None
    assert [item.name for item in ticket.items] == ["Sampo Lidah Buaya"]
