"""The package money rules (domain/packages.py) without a database: session values add up to the price, and any
sequence of uses and an expiry keeps received == recognised + breakage + held."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ska_pos.domain.packages import PackageRefused, PackageState, expire, session_values, sold, use

DAY = date(2026, 12, 7)


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=100))
def test_session_values_add_up_to_the_price_and_differ_by_a_rupiah_at_most(price: int, sessions: int) -> None:
    values = session_values(price, sessions)
    assert sum(values) == price
    assert len(values) == sessions
    assert max(values) - min(values) <= 1
    assert list(values) == sorted(values, reverse=True)  # the odd rupiah first


@given(st.integers(min_value=1, max_value=10**8), st.integers(min_value=1, max_value=10),
       st.lists(st.integers(min_value=0, max_value=5), max_size=15))  # fmt: skip
def test_any_uses_then_expiry_keep_the_money_balanced(price: int, sessions: int, gaps: list[int]) -> None:
    money = sold(price, sessions, DAY + timedelta(days=10))
    today = DAY
    for gap in gaps:
        today += timedelta(days=gap)
        try:
            money = use(money, today)
        except PackageRefused:
            assert today > money.expires_on or money.state is PackageState.USED_UP
        assert money.balanced()
    if money.left:
        money = expire(money, money.expires_on + timedelta(days=1))
        assert money.held == 0
    assert money.price == money.recognised + money.breakage + money.held


def test_expiry_waits_for_the_day_after_the_last() -> None:
    money = sold(100, 3, DAY)
    with pytest.raises(PackageRefused):
        expire(money, DAY)
    assert use(money, DAY).used == 1  # the last day is still good
    gone = expire(money, DAY + timedelta(days=1))
    assert (gone.state, gone.left, gone.breakage) == (PackageState.EXPIRED, 0, 100)
    with pytest.raises(PackageRefused):
        expire(gone, DAY + timedelta(days=2))
