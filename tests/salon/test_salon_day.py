"""The salon's day through the services: the walk-in queue with its estimated waits, taking the next customer,
appointments booked, moved, cancelled and turned into a visit, no worker booked twice, one visit with services by
two workers, and the tip kept apart from revenue."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from salon_shop import SalonDay, salon_day
from shop import Shop, act_as, as_admin
from sqlalchemy import func, select

from ska_pos.db.models import Customer, CustomerOrder, EarningEntry, SaleLine, SalonAppointment
from ska_pos.domain.orders.messages import MessageEvent
from ska_pos.domain.settlement import Tender
from ska_pos.services import setup
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.orders.messages import prepare_message
from ska_pos.services.orders.state import load_order
from ska_pos.services.salon.appointment_views import appointment, day_view
from ska_pos.services.salon.appointments import (
    AppointmentForm,
    BookedService,
    DoubleBooked,
    book_appointment,
    cancel_appointment,
    mark_arrived,
    move_appointment,
)
from ska_pos.services.salon.durations import DEFAULT_MINUTES, service_minutes, set_service_duration
from ska_pos.services.salon.queue import finish_visit, join_queue, salon_queue, start_service, take_next

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta
TEN = MORNING + timedelta(hours=1)


@pytest.fixture
def day(shop: Shop) -> SalonDay:
    return salon_day(shop)


def _book(day: SalonDay, *services: BookedService, name: str = "Ani") -> object:
    with day.shop.db.transaction() as s:
        return book_appointment(s, day.shop.salon_cashier, AppointmentForm(services, customer_name=name))


@pytest.mark.time_machine(MORNING, tick=False)
def test_the_queue_estimates_each_wait_from_the_work_ahead_per_stylist_and_for_any(day: SalonDay) -> None:
    shop, cashier = day.shop, day.shop.salon_cashier
    with shop.db.transaction() as s:
        first = join_queue(s, cashier, "Ani", [(day.colour.id, shop.siti.id)])  # 90 min with Siti
        second = join_queue(s, cashier, "Bela", [(day.cut.id, shop.siti.id)])  # behind Ani: 90
        third = join_queue(s, cashier, "Cici", [(day.cut.id, None)])  # any: Budi is free
        fourth = join_queue(s, cashier, "Dodi", [(day.cut.id, None)])  # any: Budi again after 30
    with shop.db.reading() as s:
        queue = salon_queue(s, shop.salon.id)
    waits = {entry.order_no: (entry.wait, entry.stylist) for entry in queue.entries}
    assert waits[first.order_no] == (0, shop.siti.id)
    assert waits[second.order_no] == (90, shop.siti.id)
    assert waits[third.order_no] == (0, shop.budi.id)
    assert waits[fourth.order_no] == (30, shop.budi.id)
    assert queue.wait_any == 60
    assert queue.wait_for[shop.siti.id] == 120
    assert [entry.customer_name for entry in queue.column(shop.budi.id)] == ["Cici", "Dodi"]


@pytest.mark.time_machine(MORNING, tick=False)
def test_taking_the_next_customer_starts_their_service_and_the_wait_counts_what_is_left(
    day: SalonDay, time_machine: object
) -> None:
    shop, cashier = day.shop, day.shop.salon_cashier
    with shop.db.transaction() as s:
        asked = join_queue(s, cashier, "Ani", [(day.cut.id, None)])
        join_queue(s, cashier, "Bela", [(day.cut.id, shop.budi.id)])
    with shop.db.transaction() as s:
        started = take_next(s, cashier, shop.siti.id)  # Siti takes the first who asked for anyone
    assert started == asked.order_id
    time_machine.shift(timedelta(minutes=20))  # type: ignore[attr-defined]
    with shop.db.reading() as s:
        queue = salon_queue(s, shop.salon.id)
        assert load_order(s, asked.order_id).stage == "serving"
    serving = next(entry for entry in queue.entries if entry.serving)
    assert serving.stylist == shop.siti.id
    assert serving.wait == 0
    assert queue.wait_for[shop.siti.id] == 10  # 30 minutes, 20 done
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="Nobody is waiting"):
        take_next(s, cashier, shop.siti.id)  # Bela asked for Budi


@pytest.mark.time_machine(MORNING, tick=False)
def test_finishing_a_walk_in_credits_the_stylist_who_served_and_keeps_the_tip_apart(day: SalonDay) -> None:
    shop, cashier = day.shop, day.shop.salon_cashier
    with shop.db.transaction() as s:
        taken = join_queue(s, cashier, "Ani", [(day.cut.id, None)])
        take_next(s, cashier, shop.budi.id)
    with shop.db.transaction() as s:
        moved = finish_visit(s, cashier, taken.order_id, [Tender("cash", 25_000)], tip=Tender("cash", 5_000))
    assert moved.sale is not None
    with shop.db.reading() as s:
        entries = s.execute(select(EarningEntry.worker_id, EarningEntry.kind, EarningEntry.amount,
                                   EarningEntry.credited_amount)).all()  # fmt: skip
        revenue = s.scalar(select(func.sum(SaleLine.net_amount)))
    assert sorted(entries) == sorted([(shop.budi.id, "sale", 12_500, 25_000), (shop.budi.id, "tip", 5_000, 0)])
    assert revenue == 25_000  # the tip is not revenue


@pytest.mark.time_machine(MORNING, tick=False)
def test_appointments_are_booked_moved_and_cancelled_as_new_rows_on_the_day_view(day: SalonDay) -> None:
    shop = day.shop
    visit = _book(day, BookedService(day.colour.id, shop.siti.id, TEN))
    with shop.db.reading() as s:
        view = day_view(s, shop.salon.id, MORNING.date())
    (booked,) = view.of_worker(shop.siti.id)
    assert booked.visit_id == visit
    assert booked.ends_at == TEN + timedelta(minutes=90)
    with shop.db.transaction() as s:
        move_appointment(s, shop.salon_cashier, booked.appointment_id, TEN + timedelta(hours=2), worker_id=shop.budi.id)
    with shop.db.reading() as s:
        moved = appointment(s, booked.appointment_id)
        assert (moved.worker_id, moved.starts_at) == (shop.budi.id, TEN + timedelta(hours=2))
    with shop.db.transaction() as s:
        cancel_appointment(s, shop.salon_cashier, booked.appointment_id, "Sakit")
    with shop.db.reading() as s:
        assert day_view(s, shop.salon.id, MORNING.date()).appointments == ()
        rows = s.scalars(select(SalonAppointment.status).order_by(SalonAppointment.seq)).all()
    assert rows == ["booked", "booked", "cancelled"]
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="still booked"):
        cancel_appointment(s, shop.salon_cashier, booked.appointment_id, "again")


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_worker_is_never_booked_twice_at_once_but_back_to_back_is_fine(day: SalonDay) -> None:
    shop = day.shop
    _book(day, BookedService(day.colour.id, shop.siti.id, TEN))  # 10:00-11:30
    with shop.db.transaction() as s, pytest.raises(DoubleBooked, match="Siti is already booked from 10:00 to 11:30"):
        book_appointment(s, shop.salon_cashier, AppointmentForm(
            [BookedService(day.cut.id, shop.siti.id, TEN + timedelta(minutes=60))], customer_name="Bela"))  # fmt: skip
    _book(day, BookedService(day.cut.id, shop.siti.id, TEN + timedelta(minutes=90)), name="Bela")
    _book(day, BookedService(day.cut.id, shop.budi.id, TEN + timedelta(minutes=60)), name="Cici")
    other = _book(day, BookedService(day.cut.id, shop.budi.id, TEN + timedelta(hours=3)), name="Dodi")
    with shop.db.reading() as s:
        dodi = next(a for a in day_view(s, shop.salon.id, MORNING.date()).appointments if a.visit_id == other)
    with shop.db.transaction() as s, pytest.raises(DoubleBooked):
        move_appointment(s, shop.salon_cashier, dodi.appointment_id, TEN + timedelta(minutes=75))
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SalonAppointment)) == 4  # the refusals wrote nothing


@pytest.mark.time_machine(MORNING, tick=False)
def test_one_visit_of_two_services_by_two_workers_arrives_as_one_order_credited_to_each(day: SalonDay) -> None:
    shop, cashier = day.shop, day.shop.salon_cashier
    visit = _book(day, BookedService(day.cut.id, shop.budi.id, TEN), BookedService(day.colour.id, shop.siti.id))
    with shop.db.reading() as s:
        booked = day_view(s, shop.salon.id, MORNING.date()).appointments
    assert [(a.worker_id, a.starts_at) for a in booked] == [(shop.budi.id, TEN),
                                                            (shop.siti.id, TEN + timedelta(minutes=30))]  # fmt: skip
    with shop.db.transaction() as s:
        taken = mark_arrived(s, cashier, visit)  # type: ignore[arg-type]
    with shop.db.reading() as s:
        order = load_order(s, taken.order_id)
        assert [line.workers[0].worker_id for line in order.lines] == [shop.budi.id, shop.siti.id]
        assert {a.status for a in day_view(s, shop.salon.id, MORNING.date()).appointments} == {"arrived"}
        queue = salon_queue(s, shop.salon.id)
    assert [entry.order_id for entry in queue.entries] == [taken.order_id]
    with shop.db.transaction() as s:
        take_next(s, cashier, shop.budi.id)
        finish_visit(s, cashier, taken.order_id, [Tender("cash", 145_000)])
    with shop.db.reading() as s:
        earned = dict(s.execute(select(EarningEntry.worker_id, EarningEntry.amount)).all())
    assert earned == {shop.budi.id: 12_500, shop.siti.id: 60_000}
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="nothing booked left"):
        mark_arrived(s, cashier, visit)  # type: ignore[arg-type]


@pytest.mark.time_machine(MORNING, tick=False)
def test_refusals_change_nothing(day: SalonDay) -> None:
    shop = day.shop
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="already passed"):
        book_appointment(s, shop.salon_cashier, AppointmentForm(
            [BookedService(day.cut.id, shop.siti.id, MORNING - timedelta(hours=1))], customer_name="Ani"))  # fmt: skip
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="not a service"):
        book_appointment(s, shop.salon_cashier, AppointmentForm(
            [BookedService(shop.salon_shampoo.id, shop.siti.id, TEN)], customer_name="Ani"))  # fmt: skip
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="customer"):
        book_appointment(s, shop.salon_cashier, AppointmentForm([BookedService(day.cut.id, shop.siti.id, TEN)]))
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="not work at this outlet"):
        book_appointment(s, shop.salon_cashier, AppointmentForm(
            [BookedService(day.cut.id, shop.retired.id, TEN)], customer_name="Ani"))  # fmt: skip
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        set_service_duration(s, shop.salon_cashier, day.cut.id, 45)
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SalonAppointment)) == 0
        minutes = service_minutes(s, [day.cut.id, shop.salon_shampoo.id])
    assert minutes == {day.cut.id: 30, shop.salon_shampoo.id: DEFAULT_MINUTES}


def test_a_cafe_takes_no_appointments(day: SalonDay) -> None:
    shop = day.shop
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="no appointments"):
        book_appointment(s, act_as(shop, "cashier"), AppointmentForm(
            [BookedService(day.cut.id, shop.siti.id, TEN)], customer_name="Ani"))  # fmt: skip


def test_the_catalogue_item_form_sets_a_services_minutes_and_refuses_nonsense(day: SalonDay) -> None:
    from shop import as_admin

    from ska_pos.services import catalog_admin

    shop = day.shop
    with shop.db.transaction() as s:
        detail = catalog_admin.get_item(s, day.cut.id)
        assert detail.duration_min == 30
        form = catalog_admin.ItemForm(detail.sku, detail.name, detail.price, kind="service", unit="service",
                                      duration_min=45)  # fmt: skip
        assert catalog_admin.edit_item(s, as_admin(s), day.cut.id, form).duration_min == 45
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="from 1 to 480 minutes"):
        catalog_admin.edit_item(s, as_admin(s), day.cut.id, catalog_admin.ItemForm(
            detail.sku, detail.name, detail.price, kind="service", unit="service", duration_min=0))  # fmt: skip
    with shop.db.reading() as s:
        assert service_minutes(s, [day.cut.id]) == {day.cut.id: 45}


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_move_waiting_for_the_workers_lock_does_not_bring_back_an_appointment_cancelled_meanwhile(
    day: SalonDay, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL another till may cancel the appointment between the move's first read and its locks: the move
    must read the status again once it holds the locks, and refuse (not book a cancelled appointment again)."""
    from ska_pos.services.salon import appointments as booking

    shop = day.shop
    visit = _book(day, BookedService(day.cut.id, shop.siti.id, TEN))
    with shop.db.reading() as s:
        (booked,) = [a for a in day_view(s, shop.salon.id, MORNING.date()).appointments if a.visit_id == visit]
    locking = booking._lock_worker

    def cancelled_by_another_till(session: object, actor: object, worker_id: object) -> None:
        current = booking._in_force(session, actor, booked.appointment_id)  # type: ignore[arg-type]
        if current.status == "booked":
            booking._replace(session, actor, current, MORNING, status="cancelled", note="Sakit")  # type: ignore[arg-type]
        locking(session, actor, worker_id)  # type: ignore[arg-type]

    monkeypatch.setattr(booking, "_lock_worker", cancelled_by_another_till)
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="still booked"):
        move_appointment(s, shop.salon_cashier, booked.appointment_id, TEN + timedelta(hours=2))


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_visit_asked_for_one_stylist_and_taken_by_another_credits_the_one_who_served(day: SalonDay) -> None:
    """Review finding: the visit waited for Siti (asked for, or booked with her), went back to the queue and Budi
    took it; the sale credited Siti, who did nothing."""
    shop, cashier = day.shop, day.shop.salon_cashier
    with shop.db.transaction() as s:
        asked = join_queue(s, cashier, "Ani", [(day.cut.id, shop.siti.id)])
        booked = book_appointment(s, cashier, AppointmentForm(
            [BookedService(day.cut.id, shop.siti.id, MORNING + timedelta(hours=2)),
             BookedService(day.colour.id, shop.budi.id)], customer_name="Bela"))  # fmt: skip
        arrived = mark_arrived(s, cashier, booked)
    with shop.db.transaction() as s:
        start_service(s, cashier, asked.order_id, shop.budi.id)
        start_service(s, cashier, arrived.order_id, shop.budi.id)  # the colour stays Budi's own line
    with shop.db.transaction() as s:
        finish_visit(s, cashier, asked.order_id, [Tender("cash", 25_000)])
        finish_visit(s, cashier, arrived.order_id, [Tender("cash", 145_000)])
    with shop.db.reading() as s:
        credited = s.execute(select(EarningEntry.worker_id, func.sum(EarningEntry.credited_amount))
                             .group_by(EarningEntry.worker_id)).all()  # fmt: skip
    assert dict(credited) == {shop.budi.id: 25_000 + 25_000 + 120_000}


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_customer_of_another_sentra_is_refused_by_booking_and_the_queue_and_nothing_is_written(
    day: SalonDay,
) -> None:
    """Review finding: a customer id of another sentra was booked and queued."""
    shop, cashier = day.shop, day.shop.salon_cashier
    with shop.db.transaction() as s:
        other = setup.create_sentra(s, as_admin(s), "LAIN", "Sentra Lain")
        stranger, ours = Customer(sentra_id=other.id, name="Orang Lain"), Customer(sentra_id=shop.salon.sentra_id,
                                                                                   name="Bu Sri")  # fmt: skip
        s.add_all([stranger, ours])
        s.flush()
        stranger_id, ours_id = stranger.id, ours.id
    form = AppointmentForm([BookedService(day.cut.id, shop.siti.id, TEN)], customer_id=stranger_id)
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="another sentra"):
        book_appointment(s, cashier, form)
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="another sentra"):
        join_queue(s, cashier, "", [(day.cut.id, None)], customer_id=stranger_id)
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SalonAppointment)) == 0
        assert salon_queue(s, shop.salon.id).entries == ()
    with shop.db.transaction() as s:  # the sentra's own customer is welcome
        book_appointment(s, cashier, AppointmentForm([BookedService(day.cut.id, shop.siti.id, TEN)],
                                                     customer_id=ours_id))  # fmt: skip
        taken = join_queue(s, cashier, "", [(day.cut.id, None)], customer_id=ours_id)
    with shop.db.reading() as s:
        assert load_order(s, taken.order_id).customer_id == ours_id


@pytest.mark.time_machine(MORNING, tick=False)
def test_the_orders_board_completing_a_visit_credits_the_stylist_who_served_as_finish_visit_does(
    day: SalonDay,
) -> None:
    """The orders board (and `ska-pos order`) completes a salon visit by collect_order/move_order, not
    finish_visit: one path credits the stylist who served."""
    from ska_pos.services.orders.stages import collect_order

    shop, cashier = day.shop, day.shop.salon_cashier
    with shop.db.transaction() as s:
        asked = join_queue(s, cashier, "Ani", [(day.cut.id, shop.siti.id)])
    with shop.db.transaction() as s:
        start_service(s, cashier, asked.order_id, shop.budi.id)
    with shop.db.transaction() as s:
        collect_order(s, cashier, asked.order_id, [Tender("cash", 25_000)])
    with shop.db.reading() as s:
        credited = s.execute(select(EarningEntry.worker_id, func.sum(EarningEntry.credited_amount))
                             .group_by(EarningEntry.worker_id)).all()  # fmt: skip
    assert dict(credited) == {shop.budi.id: 25_000}


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_walk_in_booking_keeps_a_sealed_phone_checked_as_the_intake_checks_it_and_the_visit_takes_it(
    day: SalonDay,
) -> None:
    """The issue: "name and phone taken at the counter". The phone is personal data: sealed to the visit, its last
    digits shown on the day view; the order the visit becomes has it."""
    shop, cashier = day.shop, day.shop.salon_cashier
    services = [BookedService(day.cut.id, shop.siti.id, TEN)]
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="not a valid phone number"):
        book_appointment(s, cashier, AppointmentForm(services, customer_name="Ani", phone="12ab"))
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SalonAppointment)) == 0
    with shop.db.transaction() as s:
        visit = book_appointment(s, cashier, AppointmentForm(services, customer_name="Ani", phone="0812-3456-7890"))
    with shop.db.reading() as s:
        row = s.scalars(select(SalonAppointment)).one()
        assert row.phone_sealed is not None
        assert not row.phone_sealed.startswith("+62")  # sealed, not written plainly
        (booked,) = day_view(s, shop.salon.id, MORNING.date()).appointments
    assert booked.phone_tail == "7890"
    with shop.db.transaction() as s:
        move_appointment(s, cashier, booked.appointment_id, TEN + timedelta(hours=1))
        taken = mark_arrived(s, cashier, visit)  # type: ignore[arg-type]
    with shop.db.reading() as s:
        assert load_order(s, taken.order_id).phone_tail == "7890"


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_till_without_the_key_marks_a_walk_in_booking_arrived_carrying_the_phone_sealed(
    day: SalonDay, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The booking's phone is sealed with the sentra's key; a till that has none (a new computer, the key not yet
    imported) still marks the customer arrived: nothing is opened, the order has the last digits, the number stays
    sealed on the visit, and a computer with the key sends the order's message to it."""
    shop, cashier = day.shop, day.shop.salon_cashier
    services = [BookedService(day.cut.id, shop.siti.id, TEN)]
    with shop.db.transaction() as s:
        visit = book_appointment(s, cashier, AppointmentForm(services, customer_name="Ani", phone="0812-3456-7890"))
    keyed = os.environ["SKA_POS_DATA_DIR"]
    bare = tmp_path / "no-key"
    bare.mkdir()
    monkeypatch.setenv("SKA_POS_DATA_DIR", str(bare))  # this computer: no key for personal data
    with shop.db.transaction() as s:
        taken = mark_arrived(s, cashier, visit)  # type: ignore[arg-type]
    assert list(bare.iterdir()) == []  # no key of its own made up to seal with
    with shop.db.reading() as s:
        order = s.get(CustomerOrder, taken.order_id)
        assert order is not None
        assert (order.phone_sealed, order.phone_lookup, order.phone_tail) == (None, None, "7890")
        assert load_order(s, taken.order_id).phone_tail == "7890"
        sealed = set(s.scalars(select(SalonAppointment.phone_sealed).where(SalonAppointment.visit_id == visit)))
        assert len(sealed) == 1  # every row of the visit keeps the envelope as it was
        assert None not in sealed
    monkeypatch.setenv("SKA_POS_DATA_DIR", keyed)  # a computer with the key
    with shop.db.transaction() as s:
        message = prepare_message(s, cashier, taken.order_id, MessageEvent.INTAKE)
    assert "wa.me/6281234567890" in message.link
