"""The salon's counter for the layout walk (`screens.SCREENS`): the queue and the day, on the test shop's salon with
a walk-in waiting and an appointment booked (tests/salon_shop.py)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget
from salon_shop import salon_day

from ska_pos import clock
from ska_pos.domain.outlet_profile import default_profile
from ska_pos.services.salon.appointments import AppointmentForm, BookedService, book_appointment
from ska_pos.services.salon.queue import join_queue
from ska_pos.ui.till_session import TillSession
from ui_layout.screens import Place, page

_ready_shops: list[object] = []  # the shops made ready (kept: an id could come back for another shop)


@page("salon queue and day")
def _salon(place: Place) -> QWidget:
    from ska_pos.ui.salon.salon_page import SalonPage

    cashier = place.shop.salon_cashier
    if not any(shop is place.shop for shop in _ready_shops):  # once per walk's shop: it builds each screen often
        _ready(place)
        _ready_shops.append(place.shop)
    session = TillSession(place.shop.db, cashier, "kasir", "Rina Kasir", "SLN", "Salon Ceria",
                          default_profile("salon"), "T1", place.language)  # fmt: skip
    return SalonPage(session, place.dispatcher)


def _ready(place: Place) -> None:
    day = salon_day(place.shop)
    cashier = place.shop.salon_cashier
    with place.shop.db.transaction() as s:
        join_queue(s, cashier, "Ibu Anisa Rahmawati", [(day.colour.id, place.shop.siti.id), (day.cut.id, None)])
        start = (clock.now() + timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
        book_appointment(s, cashier, AppointmentForm([BookedService(day.cut.id, place.shop.budi.id, start)],
                                                     customer_name="Dewi Lestari"))  # fmt: skip
