from datetime import date
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ska_pos.domain.earnings import RuleCandidate, ShareRule, choose_rule, split_credit, worker_share
from ska_pos.domain.money import BP_WHOLE


def test_split_credit_between_workers() -> None:
    assert split_credit(30000, [10000]) == [30000]
    assert split_credit(30000, [6000, 4000]) == [18000, 12000]
    assert split_credit(10001, [5000, 5000]) == [5001, 5000]
    assert split_credit(100, [3333, 3333, 3334]) == [33, 33, 34]
    assert split_credit(-10001, [5000, 5000]) == [-5001, -5000]


@pytest.mark.parametrize("percents", [[], [5000], [6000, 5000], [10000, 0], [11000, -1000]])
def test_split_credit_refuses_shares_that_are_not_a_whole(percents: list[int]) -> None:
    with pytest.raises(ValueError, match=r"100%|0%"):
        split_credit(30000, percents)


def test_percent_share() -> None:
    rule = ShareRule.percent(7000)
    assert rule == ShareRule("percent", percent_bp=7000)
    assert worker_share(rule, 27273, Decimal("2")) == 19091  # 19.091,1
    assert worker_share(rule, 15, Decimal("1")) == 11  # 10,5 rounds half up
    assert worker_share(rule, -15, Decimal("-1")) == -11  # a refund reverses exactly what was earned


def test_fixed_share_per_unit() -> None:
    rule = ShareRule.fixed(5000)
    assert rule == ShareRule("fixed", fixed_per_unit=5000)
    assert worker_share(rule, 30000, Decimal("2")) == 10000
    assert worker_share(rule, 30000, Decimal("2.5")) == 12500
    assert worker_share(rule, 3000, Decimal("0.333")) == 1665  # 1.665
    assert worker_share(rule, -30000, Decimal("-2")) == -10000


def test_fixed_share_never_exceeds_the_credit() -> None:
    rule = ShareRule.fixed(20000)
    assert worker_share(rule, 15000, Decimal("1")) == 15000
    assert worker_share(rule, -15000, Decimal("-1")) == -15000
    assert worker_share(rule, 0, Decimal("1")) == 0


@pytest.mark.parametrize(
    ("kind", "percent_bp", "fixed_per_unit"),
    [("percent", 10001, 0), ("percent", -1, 0), ("fixed", 0, -1), ("bonus", 0, 0)],
)
def test_share_rule_refuses_impossible_values(kind: str, percent_bp: int, fixed_per_unit: int) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        ShareRule(kind, percent_bp, fixed_per_unit)  # type: ignore[arg-type]


JAN = date(2026, 1, 1)
MAR = date(2026, 3, 1)
JUN = date(2026, 6, 1)

OUTLET_JAN = RuleCandidate("o-jan", "outlet", None, JAN, ShareRule.percent(5000))
OUTLET_MAR = RuleCandidate("o-mar", "outlet", None, MAR, ShareRule.percent(6000))
DRINKS_MAR = RuleCandidate("c-mar", "category", "drinks", MAR, ShareRule.percent(7000))
LATTE_JUN = RuleCandidate("i-jun", "item", "latte", JUN, ShareRule.fixed(4000))
ALL_RULES = [OUTLET_JAN, OUTLET_MAR, DRINKS_MAR, LATTE_JUN]


@pytest.mark.parametrize(
    ("item_id", "category_id", "on_date", "expected"),
    [
        ("latte", "drinks", date(2026, 7, 1), LATTE_JUN),
        ("latte", "drinks", date(2026, 5, 31), DRINKS_MAR),
        ("latte", "drinks", MAR, DRINKS_MAR),
        ("latte", "drinks", date(2026, 2, 28), OUTLET_JAN),
        ("tea", "drinks", date(2026, 7, 1), DRINKS_MAR),
        ("bag", "crafts", date(2026, 7, 1), OUTLET_MAR),
        ("bag", None, date(2026, 7, 1), OUTLET_MAR),
        ("latte", "drinks", date(2025, 12, 31), None),
    ],
)
def test_choose_rule_most_specific_then_latest(
    item_id: str, category_id: str | None, on_date: date, expected: RuleCandidate | None
) -> None:
    assert choose_rule(ALL_RULES, item_id, category_id, on_date) == expected
    assert choose_rule(reversed(ALL_RULES), item_id, category_id, on_date) == expected


def test_choose_rule_without_candidates() -> None:
    assert choose_rule([], "latte", "drinks", JUN) is None


def test_choose_rule_ignores_a_category_rule_for_an_item_without_category() -> None:
    orphan = RuleCandidate("c-none", "category", None, JAN, ShareRule.percent(9000))
    assert choose_rule([orphan], "bag", None, JUN) is None


def test_rule_candidate_refuses_unknown_scope() -> None:
    with pytest.raises(ValueError, match="sentra"):
        RuleCandidate(1, "sentra", None, JAN, ShareRule.percent(1))  # type: ignore[arg-type]


@st.composite
def percent_splits(draw: st.DrawFn) -> list[int]:
    cuts = draw(st.lists(st.integers(min_value=1, max_value=BP_WHOLE - 1), unique=True, max_size=5))
    bounds = [0, *sorted(cuts), BP_WHOLE]
    return [high - low for low, high in pairwise(bounds)]


share_rules = st.one_of(
    st.integers(min_value=0, max_value=BP_WHOLE).map(ShareRule.percent),
    st.integers(min_value=0, max_value=2_000_000).map(ShareRule.fixed),
)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=-(10**9), max_value=10**9),
    st.integers(min_value=1, max_value=100_000).map(lambda n: Decimal(n).scaleb(-3)),
    percent_splits(),
    st.lists(share_rules, min_size=6, max_size=6),
)
def test_worker_and_outlet_shares_add_up_to_the_net(
    net: int, quantity: Decimal, percents: list[int], rules: list[ShareRule]
) -> None:
    credits = split_credit(net, percents)
    assert sum(credits) == net
    workers = [worker_share(rule, credit, quantity) for rule, credit in zip(rules, credits, strict=False)]
    outlet = [credit - share for credit, share in zip(credits, workers, strict=True)]
    assert sum(workers) + sum(outlet) == net
    for credit, share, rest in zip(credits, workers, outlet, strict=True):
        assert share * credit >= 0  # neither share goes against the credit
        assert rest * credit >= 0
