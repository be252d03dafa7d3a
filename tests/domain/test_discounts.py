from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ska_pos.domain.discounts import Discount, allocate


def test_percent_discount() -> None:
    ten_percent = Discount.percent(1000)
    assert ten_percent == Discount("percent", 1000)
    assert ten_percent.amount_off(30000) == 3000
    assert ten_percent.amount_off(15) == 2  # 1.5 rounds half up
    assert Discount.percent(10000).amount_off(12345) == 12345


def test_amount_discount_never_exceeds_its_base() -> None:
    five_thousand = Discount.rupiah(5000)
    assert five_thousand == Discount("amount", 5000)
    assert five_thousand.amount_off(30000) == 5000
    assert five_thousand.amount_off(3000) == 3000


@pytest.mark.parametrize("discount", [Discount.percent(2500), Discount.rupiah(5000)])
@pytest.mark.parametrize("base", [0, -1, -30000])
def test_nothing_off_a_base_of_zero_or_less(discount: Discount, base: int) -> None:
    assert discount.amount_off(base) == 0


@pytest.mark.parametrize(("kind", "value"), [("percent", -1), ("percent", 10001), ("amount", -5), ("coupon", 5)])
def test_discount_refuses_impossible_values(kind: str, value: int) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        Discount(kind, value)  # type: ignore[arg-type]


def test_allocate_by_largest_remainder() -> None:
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(10, [3, 3, 4]) == [3, 3, 4]
    assert allocate(5, [30000, 10000]) == [4, 1]  # 3.75 and 1.25: the larger remainder wins
    assert allocate(7, [2, 2, 1]) == [3, 3, 1]  # 2.8, 2.8, 1.4: tie goes to the earlier index
    assert allocate(2, [1, 1, 1, 1]) == [1, 1, 0, 0]


def test_allocate_negative_total_is_the_mirror_image() -> None:
    assert allocate(-100, [1, 1, 1]) == [-34, -33, -33]


def test_allocate_zero_weights() -> None:
    assert allocate(10, [0, 0, 0]) == [4, 3, 3]
    assert allocate(0, [0, 0]) == [0, 0]
    assert allocate(10, [0, 5, 0]) == [0, 10, 0]


def test_allocate_empty() -> None:
    assert allocate(0, []) == []
    with pytest.raises(ValueError, match="10"):
        allocate(10, [])


def test_allocate_refuses_negative_weights() -> None:
    with pytest.raises(ValueError, match=r"\S"):
        allocate(10, [3, -1])


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=20),
)
def test_allocate_adds_up_and_stays_within_a_rupiah_of_the_exact_share(total: int, weights: list[int]) -> None:
    parts = allocate(total, weights)
    assert sum(parts) == total
    effective = weights if any(weights) else [1] * len(weights)
    for part, weight in zip(parts, effective, strict=True):
        assert abs(part - Fraction(total * weight, sum(effective))) < 1
