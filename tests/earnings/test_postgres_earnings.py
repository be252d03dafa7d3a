"""The earnings services on the sentra's PostgreSQL give the same figures as on SQLite."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shop import Shop, act_as

from earnings.ledger_helpers import refund, sell, void
from ska_pos.db.models import Sale
from ska_pos.services.earnings import Period, check_ledger, daily_earnings, outlet_comparison, worker_earnings
from ska_pos.services.earnings.slip import payout_slip
from ska_pos.services.earnings.statement import worker_statement
from ska_pos.services.payouts import record_adjustment, record_payout

pytestmark = [pytest.mark.postgres, pytest.mark.dates]
NOV = Period(date(2026, 11, 1), date(2026, 11, 30))


def test_the_earnings_figures_on_postgresql(pg_shop: Shop) -> None:
    shop = pg_shop
    manager = act_as(shop, "manager")
    halves = ((shop.siti.id, 5000), (shop.budi.id, 5000))
    kept = sell(shop, [(shop.es_teh, Decimal(3), ()), (shop.keripik, Decimal("1.5"), halves)])
    void(shop, sell(shop, [(shop.kopi, Decimal(1), ())]))
    with shop.db.reading() as s:
        line_id = s.get(Sale, kept).lines[1].id  # type: ignore[union-attr]
    refund(shop, kept, line_id, Decimal("0.5"))
    with shop.db.transaction() as s:
        record_adjustment(s, manager, shop.budi.id, 500, "Bonus")
        payout_id = record_payout(s, manager, shop.siti.id, 5_000, "cash", paid_on=date(2026, 11, 2)).id
    with shop.db.reading() as s:
        rows = {r.worker_code: (r.credited_revenue, r.earnings, r.payouts, r.balance) for r in worker_earnings(s, NOV)}
        check = check_ledger(s, NOV)
        statement = worker_statement(s, shop.siti.id, NOV)
        slip = payout_slip(s, payout_id)
        outlets = outlet_comparison(s, NOV)
        days = daily_earnings(s, shop.siti.id, NOV)
    # Siti: es teh 15.000 (40%: 6.000) + half of keripik 18.750 = 9.375 (60%: 5.625), less a third refunded
    assert rows["W001"] == (15_000 + 6_250, 6_000 + 3_750, 5_000, 4_750)
    assert check.balanced
    assert check.mismatched_lines == 0
    assert (statement.sold_for, statement.earnings, statement.closing_balance) == (21_250, 9_750, 4_750)
    assert [line.quantity for line in statement.lines] == [Decimal(3), Decimal("0.75"), Decimal("-0.25")]
    assert slip.paid_before == 0
    assert outlets[0].outlet_code == "KFE"
    assert sum(day.earnings for day in days) == 9_750
