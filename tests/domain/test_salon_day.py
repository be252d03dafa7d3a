"""The salon's rules without a database: the queue's estimated waits and the appointments' overlaps."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ska_pos.domain.salon.booking import Slot, clashes, free_from, on_grid
from ska_pos.domain.salon.queue import QueuedVisit, estimate_waits, wait_for_new

SITI, BUDI = uuid.UUID(int=1), uuid.UUID(int=2)
NINE = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def _visit(n: int, stylist: uuid.UUID | None, minutes: int, started: int | None = None) -> QueuedVisit:
    return QueuedVisit(uuid.UUID(int=100 + n), stylist, minutes, started)


def test_a_named_stylist_serves_in_turn_and_any_goes_to_the_soonest_free() -> None:
    visits = [_visit(1, SITI, 60), _visit(2, None, 30), _visit(3, SITI, 30), _visit(4, None, 30), _visit(5, None, 20)]
    waits = [(e.stylist, e.wait) for e in estimate_waits([SITI, BUDI], visits)]
    assert waits == [(SITI, 0), (BUDI, 0), (SITI, 60), (BUDI, 30), (BUDI, 60)]


def test_a_service_under_way_counts_what_is_left_and_never_less_than_nothing() -> None:
    visits = [_visit(1, SITI, 45, started=30), _visit(2, SITI, 30), _visit(3, BUDI, 30, started=50)]
    assert [e.wait for e in estimate_waits([SITI, BUDI], visits)] == [0, 15, 0]
    assert wait_for_new([SITI, BUDI], visits, BUDI) == 0  # Budi is late: free "now" as far as anyone knows
    assert wait_for_new([SITI, BUDI], visits, None) == 0


def test_with_no_stylist_at_work_any_waits_behind_the_work_known() -> None:
    assert [e.wait for e in estimate_waits([], [_visit(1, None, 30), _visit(2, None, 20)])] == [0, 30]


@st.composite
def queues(draw: st.DrawFn) -> list[QueuedVisit]:
    count = draw(st.integers(0, 12))
    return [
        _visit(
            n,
            draw(st.sampled_from([SITI, BUDI, None])),
            draw(st.integers(1, 180)),
            draw(st.one_of(st.none(), st.integers(0, 200))),
        )
        for n in range(count)
    ]


@given(queues())
def test_any_never_waits_longer_than_a_named_stylist_and_waits_grow_along_each_column(
    visits: list[QueuedVisit],
) -> None:
    stylists = [SITI, BUDI]
    assert wait_for_new(stylists, visits, None) == min(wait_for_new(stylists, visits, s) for s in stylists)
    estimates = estimate_waits(stylists, visits)
    assert all(e.wait >= 0 for e in estimates)
    for stylist in stylists:
        waiting = [e.wait for e, v in zip(estimates, visits, strict=True)
                   if e.stylist == stylist and v.started_minutes_ago is None]  # fmt: skip
        assert waiting == sorted(waiting)
    # Everyone waiting is behind nothing more than all the work there is.
    assert max((e.wait for e in estimates), default=0) <= sum(v.minutes for v in visits)


def test_slots_are_half_open_so_back_to_back_is_no_clash() -> None:
    ten = Slot(NINE + timedelta(hours=1), 60)
    assert not ten.overlaps(Slot(NINE, 60))
    assert not ten.overlaps(Slot(ten.ends_at, 30))
    assert ten.overlaps(Slot(NINE + timedelta(minutes=90), 60))
    assert clashes(Slot(NINE, 240), [ten, Slot(NINE + timedelta(hours=3), 30)]) == [
        ten,
        Slot(NINE + timedelta(hours=3), 30),
    ]


@given(st.integers(0, 600), st.integers(1, 240), st.integers(0, 600), st.integers(1, 240))
def test_overlap_is_symmetric_and_means_sharing_a_minute(a: int, am: int, b: int, bm: int) -> None:
    first, second = Slot(NINE + timedelta(minutes=a), am), Slot(NINE + timedelta(minutes=b), bm)
    assert first.overlaps(second) == second.overlaps(first)
    shared = set(range(a, a + am)) & set(range(b, b + bm))
    assert first.overlaps(second) == bool(shared)


@given(st.lists(st.tuples(st.integers(0, 600), st.integers(1, 120)), max_size=6), st.integers(5, 120))
def test_the_first_free_time_offered_clashes_with_nothing_and_is_on_the_grid(
    taken: list[tuple[int, int]], minutes: int
) -> None:
    slots = [Slot(NINE + timedelta(minutes=start), length) for start, length in taken]
    found = free_from(minutes, slots, NINE + timedelta(minutes=3), NINE + timedelta(hours=14))
    assert found is not None  # 14 hours always leave room after the last one
    assert not clashes(Slot(found, minutes), slots)
    assert found == on_grid(found)
    assert found >= NINE + timedelta(minutes=5)
