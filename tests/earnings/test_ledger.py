"""Each worker's figures for a period, the daily series, the outlets compared and the ledger check."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from shop import Shop
from sqlalchemy import select, update

from earnings.ledger_helpers import NOVEMBER, refund, sell, void
from ska_pos import clock
from ska_pos.db.models import EarningEntry, Sale
from ska_pos.domain.discounts import Discount
from ska_pos.services.actor import Actor
from ska_pos.services.earnings import (
    Period,
    check_ledger,
    daily_earnings,
    outlet_comparison,
    totals_of,
    worker_balance,
    worker_earnings,
)
from ska_pos.services.payouts import record_payout

pytestmark = pytest.mark.dates

ONE, TWO = Decimal(1), Decimal(2)
NOV = Period(NOVEMBER, date(2026, 11, 30))


def by_code(shop: Shop, period: Period = NOV) -> dict[str, tuple[int, int, int, int, int]]:
    with shop.db.reading() as s:
        rows = worker_earnings(s, period)
    return {r.worker_code: (r.lines, r.credited_revenue, r.earnings, r.payouts, r.balance) for r in rows}


def test_earnings_follow_the_rules_and_the_splits(shop: Shop) -> None:
    # Es teh 2 x 5.000 for Siti (drinks: outlet rule 40%); keripik 12.500 split 60/40 (snacks: 60%)
    sell(shop, [(shop.es_teh, TWO, ()), (shop.keripik, ONE, ((shop.siti.id, 6000), (shop.budi.id, 4000)))])
    figures = by_code(shop)
    assert figures["W001"] == (2, 10_000 + 7_500, 4_000 + 4_500, 0, 8_500)
    assert figures["W002"] == (1, 5_000, 3_000, 0, 3_000)
    assert "W003" not in figures  # inactive and nothing on the ledger


def test_a_void_and_a_refund_take_earnings_back(shop: Shop) -> None:
    voided = sell(shop, [(shop.es_teh, TWO, ())])
    kept = sell(shop, [(shop.kopi, TWO, ())])
    void(shop, voided, day=NOVEMBER + timedelta(days=1))
    with shop.db.reading() as s:
        line = s.get(Sale, kept)
        assert line is not None
        line_id = line.lines[0].id
    refund(shop, kept, line_id, ONE, day=NOVEMBER + timedelta(days=2))
    figures = by_code(shop)
    assert figures["W001"] == (1, 0, 0, 0, 0)  # sold and voided: one line credited, nothing earned
    assert figures["W002"] == (1, 8_000, 3_200, 0, 3_200)


def test_the_balance_is_earnings_up_to_the_period_end_minus_payouts(shop: Shop, manager: Actor) -> None:
    sell(shop, [(shop.es_teh, TWO, ())], day=date(2026, 10, 20))
    sell(shop, [(shop.es_teh, ONE, ())], day=date(2026, 11, 10))
    sell(shop, [(shop.es_teh, ONE, ())], day=date(2026, 12, 5))  # after the period: not in its balance
    with shop.db.transaction() as s:
        record_payout(s, manager, shop.siti.id, 3_000, "cash", paid_on=date(2026, 11, 12))
    assert by_code(shop)["W001"] == (1, 5_000, 2_000, 3_000, 4_000 + 2_000 - 3_000)
    october = Period(date(2026, 10, 1), date(2026, 10, 31))
    assert by_code(shop, october)["W001"] == (1, 10_000, 4_000, 0, 4_000)
    with shop.db.reading() as s:
        assert worker_balance(s, shop.siti.id) == 8_000 - 3_000
        assert worker_balance(s, shop.siti.id, as_of=date(2026, 11, 11)) == 6_000


def test_totals_add_up_the_worker_rows(shop: Shop) -> None:
    sell(shop, [(shop.es_teh, TWO, ()), (shop.kopi, ONE, ())])
    with shop.db.reading() as s:
        totals = totals_of(worker_earnings(s, NOV))
    assert (totals.workers, totals.lines, totals.credited_revenue, totals.earnings) == (2, 2, 18_000, 7_200)


def test_inactive_workers_with_a_balance_stay_in_the_report(shop: Shop) -> None:
    sell(shop, [(shop.es_teh, ONE, ())])
    with shop.db.transaction() as s:
        s.execute(update(type(shop.siti)).where(type(shop.siti).id == shop.siti.id).values(active=False))
    assert by_code(shop)["W001"][4] == 2_000


def test_one_worker_only(shop: Shop) -> None:
    sell(shop, [(shop.es_teh, ONE, ()), (shop.kopi, ONE, ())])
    with shop.db.reading() as s:
        rows = worker_earnings(s, NOV, worker_ids=[shop.budi.id])
    assert [(r.worker_code, r.earnings) for r in rows] == [("W002", 3_200)]


def test_daily_series_has_every_day_of_the_period(shop: Shop) -> None:
    sell(shop, [(shop.es_teh, ONE, ())], day=date(2026, 11, 2))
    sell(shop, [(shop.es_teh, TWO, ())], day=date(2026, 11, 4))
    with shop.db.reading() as s:
        days = daily_earnings(s, shop.siti.id, Period(date(2026, 11, 1), date(2026, 11, 5)))
    assert [(d.day.day, d.credited_revenue, d.earnings) for d in days] == [
        (1, 0, 0), (2, 5_000, 2_000), (3, 0, 0), (4, 10_000, 4_000), (5, 0, 0),
    ]  # fmt: skip


def test_outlets_compared(shop: Shop) -> None:
    sell(shop, [(shop.es_teh, TWO, ())], sale_discount=Discount.percent(1000))
    sell(shop, [(shop.potong, ONE, ((shop.budi.id, 10000),))], actor=shop.salon_cashier)
    sell(shop, [(shop.salon_shampoo, ONE, ())], actor=shop.salon_cashier)  # credited to nobody
    with shop.db.reading() as s:
        outlets = {o.outlet_code: o for o in outlet_comparison(s, NOV)}
    cafe, salon = outlets["KFE"], outlets["SLN"]
    assert (cafe.sales, cafe.net_revenue, cafe.worker_earnings, cafe.outlet_share, cafe.workers) == (
        1, 9_000, 3_600, 5_400, 1)  # fmt: skip
    assert (salon.sales, salon.net_revenue, salon.worker_earnings, salon.outlet_share, salon.workers) == (
        2, 55_000, 12_500, 42_500, 1)  # fmt: skip


def test_the_ledger_balances_with_uncredited_lines_voids_refunds_and_adjustments(shop: Shop, manager: Actor) -> None:
    from ska_pos.services.payouts import record_adjustment

    first = sell(shop, [(shop.es_teh, TWO, ()), (shop.keripik, ONE, ((shop.siti.id, 5000), (shop.budi.id, 5000)))],
                 sale_discount=Discount.rupiah(1_001))  # fmt: skip
    sell(shop, [(shop.salon_shampoo, ONE, ())], actor=shop.salon_cashier)
    void(shop, first)
    with shop.db.transaction() as s:
        record_adjustment(s, manager, shop.budi.id, 1_500, "Bonus pameran")
    with shop.db.reading() as s:
        check = check_ledger(s, Period(date(2026, 1, 1), clock.today_in(shop.cafe.timezone)))  # the bonus is today's
    assert check.balanced
    assert check.net_revenue == 30_000  # the voided sale nets to zero; the shampoo stays
    assert (check.uncredited_revenue, check.credited_revenue, check.sale_earnings) == (30_000, 0, 0)
    assert check.adjustments == 1_500
    assert check.worker_earnings + check.outlet_share == check.net_revenue


def test_the_check_fails_when_credits_do_not_add_up_to_the_line(shop: Shop) -> None:
    sell(shop, [(shop.es_teh, TWO, ())])
    with shop.db.transaction() as s:
        entry_id = s.scalars(select(EarningEntry.id)).one()
        # Tampered behind the services' back: the credit no longer matches its line.
        s.execute(update(EarningEntry).where(EarningEntry.id == entry_id).values(credited_amount=9_999))
    with shop.db.reading() as s:
        check = check_ledger(s, NOV)
        quick = check_ledger(s, NOV, line_detail=False)
    assert not check.balanced
    assert check.mismatched_lines == 1
    assert not quick.balanced
    assert check.worker_earnings + check.outlet_share != check.net_revenue
