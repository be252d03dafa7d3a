"""Tips entered at payment: to the workers of the bill in the earnings ledger, apart from revenue, service and tax."""

from __future__ import annotations

import csv
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from shop import Shop, act_as, approved, as_admin
from sqlalchemy import select

from ska_pos.db.models import CashMovement, EarningEntry, Sale, SaleLine, Sentra
from ska_pos.domain.settlement import Tender
from ska_pos.reports.daily_sections import daily_tables
from ska_pos.services import cart_ops, journal_verify, reversals, sales, setup, shifts, tips
from ska_pos.services.cart import Cart
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.earnings import check_ledger, worker_earnings
from ska_pos.services.earnings.period import Period
from ska_pos.services.earnings.report import earnings_report, write_rows
from ska_pos.services.earnings.statement import worker_statement
from ska_pos.services.errors import ValidationError

NOON_JAKARTA = datetime(2026, 11, 29, 5, 0, tzinfo=UTC)
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
pytestmark = pytest.mark.time_machine(NOON_JAKARTA, tick=False)


def _sell(shop: Shop, codes: list[str]) -> sales.CompletedSale:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        for code in codes:
            cart_ops.add_by_code(s, cart, code)
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])


def _tip(shop: Shop, sale: sales.CompletedSale, amount: int, method: str = "cash", **kw: object) -> None:
    with shop.db.transaction() as s:
        tips.record_tip(s, shop.cashier, sale.sale_id, amount, method, **kw)  # type: ignore[arg-type]


def _tips_of(shop: Shop) -> dict[str, int]:
    with shop.db.reading() as s:
        rows = s.execute(
            select(EarningEntry.worker_id, EarningEntry.amount, EarningEntry.credited_amount).where(
                EarningEntry.kind == "tip"
            )
        ).all()
    assert all(credited == 0 for _worker, _amount, credited in rows)  # a tip is no revenue
    names = {shop.siti.id: "siti", shop.budi.id: "budi"}
    return {names[worker]: amount for worker, amount, _credited in rows}


def test_a_tip_goes_to_the_workers_of_the_bill_by_their_share(shop: Shop) -> None:
    # Two Es Teh by Siti (Rp10.000 credited) and a Kopi by Budi (Rp8.000): a tip of Rp9.000 is 5.000 and 4.000.
    sale = _sell(shop, ["8990001", "8990001", "8990002"])
    with shop.db.reading() as s:
        before = s.get(Sale, sale.sale_id)
        assert before is not None
        figures = (before.net_total, before.service_charge, before.tax_amount, before.total)
    _tip(shop, sale, 9_000)
    assert _tips_of(shop) == {"siti": 5_000, "budi": 4_000}
    with shop.db.reading() as s:
        after = s.get(Sale, sale.sale_id)
        assert after is not None
        assert (after.net_total, after.service_charge, after.tax_amount, after.total) == figures


def test_a_tip_to_one_named_worker(shop: Shop) -> None:
    sale = _sell(shop, ["8990001", "8990002"])
    _tip(shop, sale, 5_000, "qris", worker_id=shop.budi.id)
    assert _tips_of(shop) == {"budi": 5_000}


def test_the_earnings_report_shows_tips_apart_and_the_ledger_stays_balanced(shop: Shop, tmp_path: Path) -> None:
    sale = _sell(shop, ["8990001", "8990001", "8990002"])
    _tip(shop, sale, 9_000)
    with shop.db.reading() as s:
        rows = {row.worker_code: row for row in worker_earnings(s, NOVEMBER)}
        check = check_ledger(s, NOVEMBER)
        report = earnings_report(s, NOVEMBER)
        statement = worker_statement(s, shop.siti.id, NOVEMBER)
    siti = rows["W001"]
    assert (siti.credited_revenue, siti.earnings, siti.tips, siti.balance) == (10_000, 4_000, 5_000, 9_000)
    assert siti.opening_balance == 0
    # Earnings + the outlet's share = net revenue: the tip is neither.
    assert check.balanced, check
    assert check.worker_earnings == 4_000 + 3_200
    assert (report.total.tips, report.total.earnings) == (9_000, 7_200)
    assert statement.closing_balance == 9_000
    assert [(a.amount, a.reason) for a in statement.adjustments] == [(5_000, "Tip")]
    out = tmp_path / "earnings.csv"
    write_rows(report.rows, "csv", out)
    with out.open(encoding="utf-8") as file:
        table = {row["worker_code"]: row for row in csv.DictReader(file)}
    assert (table["W001"]["earnings"], table["W001"]["tips"], table["W001"]["balance"]) == ("4000", "5000", "9000")


def test_a_cash_tip_goes_into_the_drawer_and_a_qris_tip_does_not(shop: Shop) -> None:
    first = _sell(shop, ["8990001"])
    second = _sell(shop, ["8990001"])
    with shop.db.reading() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
    _tip(shop, first, 2_000)
    _tip(shop, second, 3_000, "qris")
    with shop.db.reading() as s:
        assert shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected == expected + 2_000
        assert s.scalars(select(CashMovement.amount)).all() == [2_000]


def test_tips_are_journaled_and_verify(shop: Shop) -> None:
    sale = _sell(shop, ["8990001", "8990002"])
    _tip(shop, sale, 4_000)
    with shop.db.reading() as s:
        report = journal_verify.verify(s)
    assert [*report.problems, *(p for chain in report.chains for p in chain.problems)] == []


def test_a_tip_changed_in_the_table_is_caught(shop: Shop) -> None:
    sale = _sell(shop, ["8990001"])
    _tip(shop, sale, 4_000)
    shop.db.dispose()
    with sqlite3.connect(str(shop.db.engine.url.database), isolation_level=None) as raw:
        raw.execute("UPDATE earning_entry SET amount = 40000 WHERE kind = 'tip'")
    with shop.db.reading() as s:
        report = journal_verify.verify(s)
    problems = [*report.problems, *(p for chain in report.chains for p in chain.problems)]
    assert any("tip" in problem and "amount" in problem for problem in problems), problems


@pytest.mark.parametrize(("amount", "message"), [
    (0, "A tip is a whole amount"), (-1_000, "A tip is a whole amount"), (10_000_001, "more than Rp10.000.000"),
])  # fmt: skip
def test_a_tip_is_a_sensible_amount(shop: Shop, amount: int, message: str) -> None:
    sale = _sell(shop, ["8990001"])
    with pytest.raises(ValidationError, match=message):
        _tip(shop, sale, amount)
    assert _tips_of(shop) == {}


def test_a_sale_gets_its_tip_once(shop: Shop) -> None:
    sale = _sell(shop, ["8990001"])
    _tip(shop, sale, 1_000)
    with pytest.raises(ValidationError, match="already has its tip"):
        _tip(shop, sale, 1_000)
    assert _tips_of(shop) == {"siti": 1_000}


def test_a_bill_with_no_worker_needs_a_named_one(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990001")
        cart.replace_line(0, workers=())
        sale = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)])
    with pytest.raises(ValidationError, match="name the worker"):
        _tip(shop, sale, 1_000)
    _tip(shop, sale, 1_000, worker_id=shop.siti.id)
    assert _tips_of(shop) == {"siti": 1_000}


def test_a_named_tip_goes_to_an_active_worker_of_the_bill(shop: Shop) -> None:
    sale = _sell(shop, ["8990001"])  # Siti's Es Teh
    with pytest.raises(ValidationError, match="worker of this bill"):
        _tip(shop, sale, 1_000, worker_id=shop.budi.id)
    with pytest.raises(ValidationError, match="no longer active"):
        _tip(shop, sale, 1_000, worker_id=shop.retired.id)
    assert _tips_of(shop) == {}
    _tip(shop, sale, 1_000, worker_id=shop.siti.id)
    assert _tips_of(shop) == {"siti": 1_000}


def test_a_bill_with_no_worker_names_a_worker_of_its_outlet(shop: Shop) -> None:
    with shop.db.transaction() as s:
        sentra = s.get(Sentra, shop.cafe.sentra_id)
        assert sentra is not None
        salon_only = setup.create_worker(s, as_admin(s), sentra, "W090", "Wati", [s.merge(shop.salon)])
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990001")
        cart.replace_line(0, workers=())
        sale = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)])
    with pytest.raises(ValidationError, match="does not work at this outlet"):
        _tip(shop, sale, 1_000, worker_id=salon_only.id)
    assert _tips_of(shop) == {}


def test_a_tip_is_entered_at_the_sales_outlet(shop: Shop) -> None:
    sale = _sell(shop, ["8990001"])
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="outlet"):
        tips.record_tip(s, shop.salon_cashier, sale.sale_id, 1_000)


def test_a_cashier_may_enter_a_tip(shop: Shop) -> None:
    sale = _sell(shop, ["8990001"])
    cashier = act_as(shop, "cashier")
    with shop.db.transaction() as s:
        assert len(tips.record_tip(s, cashier, sale.sale_id, 1_000, "qris")) == 1


def test_a_voided_sale_takes_no_tip(shop: Shop) -> None:
    # The customer had every rupiah back: a tip on it would credit the workers for a bill that no longer is.
    sale = _sell(shop, ["8990001"])
    with shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, sale.sale_id, "Salah input", approval=approved(s, "sale.void"))
    with pytest.raises(ValidationError, match="voided"):
        _tip(shop, sale, 1_000)
    assert _tips_of(shop) == {}
    with shop.db.reading() as s:
        assert s.scalar(select(CashMovement.id)) is None


def test_a_sale_refunded_in_full_takes_no_tip_but_one_refunded_in_part_does(shop: Shop) -> None:
    whole, part = _sell(shop, ["8990001"]), _sell(shop, ["8990001", "8990002"])
    with shop.db.transaction() as s:
        for sale in (whole, part):
            lines = select(SaleLine).where(SaleLine.sale_id == sale.sale_id).order_by(SaleLine.line_no)
            line = s.scalars(lines).first()
            assert line is not None
            reversals.refund_lines(s, shop.cashier, sale.sale_id, [reversals.RefundRequest(line.id, line.quantity)],
                                   "Dikembalikan", approval=approved(s, "sale.refund"))  # fmt: skip
    with pytest.raises(ValidationError, match="refunded in full"):
        _tip(shop, whole, 1_000)
    _tip(shop, part, 1_000)
    assert _tips_of(shop) == {"budi": 1_000}


def test_the_daily_summary_shows_the_days_tips_per_worker(shop: Shop) -> None:
    # A QRIS tip is taken off the sale's payments: without a line of its own the day's paper never shows it, and the
    # manager has nothing to hand the workers their tips from, nor to match the QRIS settlement with.
    sale = _sell(shop, ["8990001", "8990001", "8990002"])
    _tip(shop, sale, 9_000, "qris")
    with shop.db.reading() as s:
        day = s.get(Sale, sale.sale_id).business_date  # type: ignore[union-attr]
        summary = daily_summary(s, day, outlet_code="KFE", language="en")
    assert [(tip.name, tip.amount) for tip in summary.tips] == [("Siti Rahayu", 5_000), ("Budi Santoso", 4_000)]
    tables = {table.title: table for table in daily_tables(summary)}
    assert tables["Tips"].total == ("Total", "", "Rp9,000")
