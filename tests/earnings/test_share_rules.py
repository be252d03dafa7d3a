"""Share rules: a change is a new rule from a date on; past earnings keep the rule they were made with."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from shop import Shop, as_admin
from sqlalchemy import select

from earnings.ledger_helpers import sell
from ska_pos.db.models import EarningEntry, ShareRule
from ska_pos.services import setup, share_rules
from ska_pos.services.actor import Actor
from ska_pos.services.earnings.period import today_at
from ska_pos.services.errors import PermissionDenied, ValidationError

pytestmark = pytest.mark.dates


def today(shop: Shop, manager: Actor) -> date:
    with shop.db.reading() as s:
        return today_at(s, manager)


def test_rules_are_listed_with_whether_they_are_in_force(shop: Shop, manager: Actor) -> None:
    with shop.db.transaction() as s:
        setup.add_share_rule(s, as_admin(s), shop.cafe, valid_from=date(2026, 6, 1), percent_bp=4500)
        setup.add_share_rule(s, as_admin(s), shop.cafe, valid_from=date(2030, 1, 1), percent_bp=5000)
        setup.add_share_rule(
            s, as_admin(s), shop.cafe, valid_from=date(2026, 2, 1), fixed_per_unit=1_000, item=shop.kopi
        )
    with shop.db.reading() as s:
        rules = share_rules.list_rules(s, shop.cafe.id, date(2026, 11, 29))
    shown = [(r.scope, r.target_name, r.kind, r.percent_bp, r.fixed_per_unit, r.valid_from.year, r.status)
             for r in rules]  # fmt: skip
    assert shown == [
        ("outlet", "", "percent", 5000, 0, 2030, "scheduled"),
        ("outlet", "", "percent", 4500, 0, 2026, "in_force"),
        ("item", "Kopi Tubruk", "fixed", 0, 1_000, 2026, "in_force"),
        ("category", "Camilan", "percent", 6000, 0, 2026, "in_force"),
        ("outlet", "", "percent", 4000, 0, 2026, "replaced"),
    ]


def test_a_manager_adds_a_rule_from_today_on(shop: Shop, manager: Actor) -> None:
    start = today(shop, manager)
    with shop.db.transaction() as s:
        view = share_rules.add_rule(s, manager, shop.cafe.id, scope="category", target_id=shop.drinks.id,
                                    percent_bp=5500, valid_from=start, note=" naik ")  # fmt: skip
    assert (view.scope, view.target_name, view.percent_bp, view.status, view.note) == (
        "category", "Minuman", 5500, "in_force", "naik")  # fmt: skip


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"scope": "outlet", "percent_bp": 5000, "days": -1}, "today or later"),
        ({"scope": "outlet", "days": 0}, "either a percentage or a fixed amount"),
        ({"scope": "outlet", "percent_bp": 12000, "days": 0}, "between 0% and 100%"),
        ({"scope": "item", "percent_bp": 5000, "days": 0}, "category or item of this outlet"),
        ({"scope": "brand", "percent_bp": 5000, "days": 0}, "outlet, a category or an item"),
    ],
)
def test_bad_rules_are_refused(shop: Shop, manager: Actor, arguments: dict[str, object], message: str) -> None:
    days = int(arguments.pop("days"))  # type: ignore[call-overload]
    start = today(shop, manager) + timedelta(days=days)
    with shop.db.transaction() as s, pytest.raises(ValidationError, match=message):
        share_rules.add_rule(s, manager, shop.cafe.id, valid_from=start, **arguments)  # type: ignore[arg-type]
    with shop.db.reading() as s:
        assert len(s.scalars(select(ShareRule)).all()) == 3


def test_a_rule_of_another_outlet_or_by_a_cashier_is_refused(shop: Shop, manager: Actor) -> None:
    start = today(shop, manager)
    with shop.db.transaction() as s, pytest.raises(ValidationError):
        share_rules.add_rule(s, manager, shop.cafe.id, scope="item", target_id=shop.potong.id, percent_bp=1,
                             valid_from=start)  # fmt: skip
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        share_rules.add_rule(s, shop.cashier, shop.cafe.id, scope="outlet", percent_bp=1, valid_from=start)


def test_a_new_rule_leaves_past_earnings_alone(shop: Shop) -> None:
    sell(shop, [(shop.es_teh, Decimal(2), ())], day=date(2026, 11, 1))
    with shop.db.transaction() as s:
        setup.add_share_rule(s, as_admin(s), shop.cafe, valid_from=date(2026, 11, 2), percent_bp=7000)
    sell(shop, [(shop.es_teh, Decimal(2), ())], day=date(2026, 11, 2))
    with shop.db.reading() as s:
        rows = s.execute(select(EarningEntry.business_date, EarningEntry.amount, EarningEntry.rule_percent_bp)
                         .order_by(EarningEntry.business_date)).all()  # fmt: skip
    assert [(day.day, amount, bp) for day, amount, bp in rows] == [(1, 4_000, 4000), (2, 7_000, 7000)]


def test_rule_targets(shop: Shop) -> None:
    with shop.db.reading() as s:
        assert [t.name for t in share_rules.rule_targets(s, shop.cafe.id, "category")] == ["Camilan", "Minuman"]
        assert "Kopi Tubruk" in [t.name for t in share_rules.rule_targets(s, shop.cafe.id, "item")]
        assert share_rules.rule_targets(s, shop.cafe.id, "outlet") == []
