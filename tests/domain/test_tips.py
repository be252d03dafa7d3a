import pytest
from hypothesis import given
from hypothesis import strategies as st

from ska_pos.domain.tips import share_tip


def test_a_tip_follows_the_workers_credits_on_the_bill() -> None:
    assert share_tip(10000, {"siti": 30000, "budi": 10000}) == {"siti": 7500, "budi": 2500}


def test_the_rupiah_left_over_goes_by_largest_remainder() -> None:
    assert share_tip(1000, {"a": 1, "b": 1, "c": 1}) == {"a": 334, "b": 333, "c": 333}


def test_a_worker_credited_nothing_gets_nothing() -> None:
    assert share_tip(5000, {"siti": 20000, "budi": 0, "joko": -5000}) == {"siti": 5000}


@pytest.mark.parametrize(("tip", "credited"), [(0, {"a": 1}), (-100, {"a": 1}), (100, {}), (100, {"a": 0})])
def test_no_tip_without_an_amount_and_a_worker(tip: int, credited: dict[str, int]) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        share_tip(tip, credited)


@given(st.integers(1, 10_000_000), st.dictionaries(st.text(max_size=3), st.integers(1, 10_000_000), min_size=1))
def test_the_parts_add_up_to_the_tip(tip: int, credited: dict[str, int]) -> None:
    parts = share_tip(tip, credited)
    assert sum(parts.values()) == tip
    assert all(part > 0 for part in parts.values())
