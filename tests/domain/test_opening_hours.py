"""The default promised time of an order: inside the outlet's opening hours, in its time zone, and never before the
service's duration has passed; the first opening that qualifies, not a later one."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ska_pos.domain.orders.opening_hours import (
    DEFAULT_OPENING_HOURS,
    DayHours,
    OpeningHours,
    OpeningHoursRefused,
    default_promised_at,
)

JAKARTA = ZoneInfo("Asia/Jakarta")
ZONES = st.sampled_from([JAKARTA, ZoneInfo("Asia/Makassar"), ZoneInfo("Asia/Jayapura"), ZoneInfo("Europe/Berlin")])


@st.composite
def day_hours(draw: st.DrawFn) -> DayHours:
    opens = draw(st.integers(0, 24 * 60 - 2))
    closes = draw(st.integers(opens + 1, 24 * 60 - 1))
    return DayHours(time(opens // 60, opens % 60), time(closes // 60, closes % 60))


@st.composite
def opening_hours(draw: st.DrawFn) -> OpeningHours:
    days = draw(st.lists(st.one_of(st.none(), day_hours()), min_size=7, max_size=7))
    if all(day is None for day in days):
        days[draw(st.integers(0, 6))] = draw(day_hours())
    return OpeningHours(tuple(days))


MOMENTS = st.datetimes(datetime(2026, 1, 1), datetime(2028, 12, 31), timezones=st.just(UTC))
DURATIONS = st.integers(0, 14 * 24 * 60).map(lambda minutes: timedelta(minutes=minutes))


@given(MOMENTS, DURATIONS, opening_hours(), ZONES)
def test_the_promise_is_inside_opening_hours_and_after_the_service(
    taken_at: datetime, duration: timedelta, hours: OpeningHours, zone: ZoneInfo
) -> None:
    promised = default_promised_at(taken_at, duration, hours, zone)
    assert promised >= taken_at + duration
    assert hours.is_open(promised, zone)
    assert promised - (taken_at + duration) < timedelta(days=8)


@given(MOMENTS, DURATIONS, opening_hours(), ZONES)
def test_no_earlier_moment_would_do(
    taken_at: datetime, duration: timedelta, hours: OpeningHours, zone: ZoneInfo
) -> None:
    """The promise is the first moment that qualifies: any earlier is too soon or while the outlet is closed."""
    promised = default_promised_at(taken_at, duration, hours, zone)
    earlier = promised - timedelta(microseconds=1)
    assert earlier < taken_at + duration or not hours.is_open(earlier, zone)


def test_a_night_intake_is_promised_at_the_next_opening() -> None:
    taken = datetime(2026, 12, 7, 1, 42, tzinfo=JAKARTA)  # a Monday, 01:42
    promised = default_promised_at(taken, timedelta(hours=48), DEFAULT_OPENING_HOURS, JAKARTA)
    assert promised == datetime(2026, 12, 9, 8, 0, tzinfo=JAKARTA)


def test_past_closing_moves_to_the_next_open_day() -> None:
    days: list[DayHours | None] = [DayHours(time(8), time(20))] * 7
    days[6] = None  # closed on Sundays
    taken = datetime(2026, 12, 5, 19, 30, tzinfo=JAKARTA)  # a Saturday evening
    promised = default_promised_at(taken, timedelta(hours=6), OpeningHours(tuple(days)), JAKARTA)
    assert promised == datetime(2026, 12, 7, 8, 0, tzinfo=JAKARTA)  # Monday's opening, not Sunday's


def test_a_promise_inside_the_hours_stays() -> None:
    taken = datetime(2026, 12, 7, 9, 15, tzinfo=JAKARTA)
    promised = default_promised_at(taken, timedelta(hours=6), DEFAULT_OPENING_HOURS, JAKARTA)
    assert promised == datetime(2026, 12, 7, 15, 15, tzinfo=JAKARTA)


@pytest.mark.parametrize(
    "days",
    [
        (None,) * 7,
        (DayHours(time(8), time(20)),) * 6,
        (DayHours(time(20), time(8)),) * 7,
    ],
)
def test_hours_that_cannot_be_kept_are_refused(days: tuple[DayHours | None, ...]) -> None:
    with pytest.raises(OpeningHoursRefused):
        OpeningHours(days)
