"""Two tills booking one worker at overlapping times at the same moment, each in its own process, on SQLite and on
PostgreSQL: one booking wins, the other is refused as a double booking, and the worker is never booked twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from races import DONE, race
from salon_races import book_worker
from salon_shop import salon_day
from shop import Shop

from ska_pos import clock
from ska_pos.domain.salon.booking import Slot, clashes
from ska_pos.services.salon.appointment_views import day_view

ROUNDS = 4
SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_booking_one_worker_at_once_one_wins(shop_fixture: str, request: pytest.FixtureRequest) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    day = salon_day(shop)
    start = (clock.now() + timedelta(days=30)).replace(hour=2, minute=0, second=0, microsecond=0)
    first = [start + timedelta(hours=2 * n) for n in range(ROUNDS)]
    second = [moment + timedelta(minutes=60) for moment in first]  # inside the 90 minutes of the colour
    racers = [
        (shop.db.url, shop.salon_cashier, day.colour.id, shop.siti.id, first),
        (shop.db.url, day.other_till, day.colour.id, shop.siti.id, second),
    ]
    outcomes = race(book_worker, racers, ROUNDS)
    for outcome in outcomes:
        assert outcome.count(DONE) == 1, outcomes
        assert "already booked" in next(text for text in outcome if text != DONE), outcomes
    with shop.db.reading() as s:
        booked = day_view(s, shop.salon.id, start.date()).of_worker(shop.siti.id)
    slots = [Slot(a.starts_at, a.minutes) for a in booked]
    assert len(slots) == ROUNDS
    assert all(not clashes(slot, [other for other in slots if other != slot]) for slot in slots)
