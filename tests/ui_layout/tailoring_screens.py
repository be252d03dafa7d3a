"""A galeri jahit's screens for the layout walk (`screens.SCREENS`): the measurement card, the tailoring band of the
intake, the fittings, the due dates and the manager's garments and pause, on the order shop's galeri jahit
(tests/order_shop.py)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from ska_pos.domain.outlet_profile import default_profile
from ska_pos.services.orders.counter import CounterFacts, counter_facts
from ska_pos.ui.till_session import TillSession
from ui_layout.order_screens import order_shop_of
from ui_layout.screens import Place, dialog, page


def _galeri(place: Place) -> tuple[TillSession, CounterFacts]:
    orders = order_shop_of(place)
    session = TillSession(place.shop.db, orders.tailor_cashier, "kasir", "Rina Kasir", "JHT", "Galeri Jahit",
                          default_profile("jahit"), "T1", place.language)  # fmt: skip
    with place.shop.db.reading() as s:
        facts = counter_facts(s, orders.tailor.id)
    return session, facts


@dialog("measurement card")
def _card(place: Place) -> QWidget:
    from ska_pos.ui.orders.measurement_card import MeasurementCard

    session, facts = _galeri(place)
    return MeasurementCard(session, facts.templates, None, None, for_intake=True, parent=place.sale_screen)


@page("intake's tailoring band")
def _band(place: Place) -> QWidget:
    from ska_pos.ui.orders.tailoring_section import TailoringSection

    session, facts = _galeri(place)
    return TailoringSection(session, facts.templates, lambda: None)


@dialog("fittings")
def _fitting(place: Place) -> QWidget:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from ska_pos.services.orders.fittings import FittingView
    from ska_pos.ui.orders.fitting_dialog import FittingsDialog

    at = datetime(2026, 12, 10, 7, 0, tzinfo=UTC)
    fittings = (FittingView(uuid.uuid4(), at, "Badan", at, "Pas"), FittingView(uuid.uuid4(), at, "Lengan", None, ""))
    return FittingsDialog(fittings, ZoneInfo("Asia/Jakarta"), place.sale_screen)


@dialog("due dates")
def _due_dates(place: Place) -> QWidget:
    from ska_pos.ui.orders.due_dates_dialog import DueDatesDialog

    session, _facts = _galeri(place)
    return DueDatesDialog(session, place.sale_screen)


@dialog("garments and pause (manager)")
def _garments(place: Place) -> QWidget:
    from ska_pos.ui.manager.tailoring_dialog import TailoringDialog

    orders = order_shop_of(place)
    return TailoringDialog(place.session("manager"), orders.tailor.id, place.sale_screen)
