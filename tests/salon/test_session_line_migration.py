"""Revision 0030 on a database with appointments, on SQLite and PostgreSQL: down to 0029 and up again keeps the
appointments (no phone for those), and `salon_session_line` comes back (its triggers: tests/db)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from alembic import command
from salon_shop import salon_day
from shop import Shop

from ska_pos.db.migrate import alembic_config, upgrade_to_head
from ska_pos.db.models import SalonAppointment
from ska_pos.services.salon.appointments import AppointmentForm, BookedService, book_appointment

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_shop(request: pytest.FixtureRequest) -> Shop:
    shop: Shop = request.getfixturevalue("shop" if request.param == "sqlite" else "pg_shop")
    return shop


@pytest.mark.time_machine(MORNING, tick=False)
def test_appointments_booked_before_0030_keep_their_rows_with_no_phone(any_shop: Shop) -> None:
    day = salon_day(any_shop)
    for hour, name in ((1, "Ani"), (3, "Bela")):
        service = BookedService(day.colour.id, any_shop.siti.id, MORNING + timedelta(hours=hour))
        with any_shop.db.transaction() as s:
            book_appointment(s, any_shop.salon_cashier, AppointmentForm([service], customer_name=name))
    engine = any_shop.db.engine
    command.downgrade(alembic_config(engine), "0029")
    with engine.begin() as connection:
        assert "salon_session_line" not in sa.inspect(connection).get_table_names()
        assert connection.execute(sa.text("SELECT count(*) FROM salon_appointment")).scalar() == 2
    upgrade_to_head(engine)
    with any_shop.db.reading() as s:
        rows = s.execute(sa.select(SalonAppointment.customer_name, SalonAppointment.phone_tail,
                                   SalonAppointment.phone_sealed)).all()  # fmt: skip
    assert sorted(tuple(row) for row in rows) == [("Ani", "", None), ("Bela", "", None)]
    with engine.begin() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM salon_session_line")).scalar() == 0
