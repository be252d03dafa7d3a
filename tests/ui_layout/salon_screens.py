"""The salon's counter for the layout walk (`screens.SCREENS`): the queue and the day, on the test shop's salon with
a walk-in waiting and an appointment booked (tests/salon_shop.py), and its booking and move dialogs."""

from __future__ import annotations

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from salon_shop import salon_day

from ska_pos import clock
from ska_pos.domain.outlet_profile import default_profile
from ska_pos.services.salon.appointment_views import day_view
from ska_pos.services.salon.appointments import AppointmentForm, BookedService, book_appointment
from ska_pos.services.salon.durations import outlet_services
from ska_pos.services.salon.queue import join_queue
from ska_pos.ui.till_session import TillSession
from ui_layout.screens import Place, dialog, page

JAKARTA = ZoneInfo("Asia/Jakarta")

_ready_shops: list[object] = []  # the shops made ready (kept: an id could come back for another shop)


@page("salon queue and day")
def _salon(place: Place) -> QWidget:
    from ska_pos.ui.salon.salon_page import SalonPage

    return SalonPage(_session(place), place.dispatcher)


@dialog("salon booking")
def _booking(place: Place) -> QWidget:
    from ska_pos.ui.salon.booking_dialog import BookingDialog

    session = _session(place)
    with place.shop.db.reading() as s:
        services = outlet_services(s, place.shop.salon.id)
        workers = day_view(s, place.shop.salon.id, clock.now().date()).workers
    booking = BookingDialog(session, services, workers, clock.now(), place.shop.siti.id, place.sale_screen)
    booking.customer_name.setText("Ibu Anisa Rahmawati")
    booking.services.item(0).setCheckState(Qt.CheckState.Checked)
    booking.show_error("Siti sudah ada janji temu dari 10:00 sampai 11:30")
    return booking


@dialog("salon move")
def _move(place: Place) -> QWidget:
    from ska_pos.ui.salon.booking_dialog import MoveDialog

    session = _session(place)
    with place.shop.db.reading() as s:
        day = day_view(s, place.shop.salon.id, (clock.now() + timedelta(hours=2)).astimezone(JAKARTA).date())
    return MoveDialog(session, day.appointments[0], day.workers, place.sale_screen)


@dialog("salon sessions, one line ticked")
def _sessions(place: Place) -> QWidget:
    return _session_choice(place, tick=1)


@dialog("salon sessions, every line ticked")
def _sessions_all(place: Place) -> QWidget:
    return _session_choice(place, tick=2)


def _session_choice(place: Place, tick: int) -> QWidget:
    """The finish's first step with the longest words a till shows there: two services, each a package could pay."""
    from ska_pos.ui.salon.session_choice import SessionChoiceDialog, SessionLine

    package = uuid.UUID(int=5)
    lines = [
        SessionLine(1, "Creambath dan Pijat Kepala", package, "Paket Creambath Lima Kali", 4),
        SessionLine(2, "Potong dan Cuci Rambut Panjang", package, "Paket Creambath Lima Kali", 4),
    ]
    dues = {frozenset(): 245_000, frozenset({1}): 120_000, frozenset({2}): 125_000, frozenset({1, 2}): 0}
    choice = SessionChoiceDialog(lines, dues, place.language, place.sale_screen)
    for row in range(tick):
        choice.lines.item(row).setCheckState(Qt.CheckState.Checked)
    return choice


def _session(place: Place) -> TillSession:
    if not any(shop is place.shop for shop in _ready_shops):  # once per walk's shop: it builds each screen often
        _ready(place)
        _ready_shops.append(place.shop)
    return TillSession(place.shop.db, place.shop.salon_cashier, "kasir", "Rina Kasir", "SLN", "Salon Ceria",
                       default_profile("salon"), "T1", place.language)  # fmt: skip


def _ready(place: Place) -> None:
    day = salon_day(place.shop)
    cashier = place.shop.salon_cashier
    with place.shop.db.transaction() as s:
        join_queue(s, cashier, "Ibu Anisa Rahmawati", [(day.colour.id, place.shop.siti.id), (day.cut.id, None)])
        start = (clock.now() + timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
        book_appointment(s, cashier, AppointmentForm([BookedService(day.cut.id, place.shop.budi.id, start)],
                                                     customer_name="Dewi Lestari"))  # fmt: skip
