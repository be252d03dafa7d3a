"""The demo's salon: the visits of past days are finished and paid (none left waiting in the queue), and today
has a queue (waiting and being served) and appointments, as a salon's counter would open."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ska_pos.db.database import Database
from ska_pos.db.models import CustomerOrder, Outlet
from ska_pos.demo.builder import build_demo
from ska_pos.services.orders.state import load_order
from ska_pos.services.salon.appointment_views import day_view
from ska_pos.services.salon.queue import salon_queue

TODAY = date(2026, 12, 6)


def test_past_days_visits_are_finished_and_today_has_a_queue_and_appointments(db: Database) -> None:
    build_demo(db, days=3, seed=1, today=TODAY)
    with db.reading() as s:
        salon = s.scalar(select(Outlet.id).where(Outlet.kind == "salon"))
        assert salon is not None
        visits = s.execute(select(CustomerOrder.id, CustomerOrder.business_date)
                           .where(CustomerOrder.outlet_id == salon)).all()  # fmt: skip
        past = [load_order(s, order_id) for order_id, day in visits if day < TODAY]
        queue = salon_queue(s, salon)
        booked = day_view(s, salon, TODAY).appointments
    assert past
    assert {order.stage for order in past if not order.cancelled} == {"done"}
    assert all(order.sale_id is not None for order in past if not order.cancelled)
    assert {entry.serving for entry in queue.entries} == {True, False}
    assert booked
