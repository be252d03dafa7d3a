"""The daily summary from the database: every figure recomputed here from the rows themselves, then the PDFs read
back and compared with the database."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from reports.pdf_text import read_pdf
from shop import Shop
from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import EarningEntry, Outlet, Sale, Shift, ShiftClosing, Till, Worker
from ska_pos.domain.money import format_rupiah
from ska_pos.reports.daily_model import DailySummary
from ska_pos.reports.daily_pdf import render_daily_summary_pdf
from ska_pos.services import shifts
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.errors import NotFound

from .day import DAY, build_day

LATER = datetime(2026, 11, 29, 14, 0, tzinfo=UTC)


@pytest.fixture
def day_shop(shop: Shop) -> Shop:
    build_day(shop)
    return shop


def summary_of(shop: Shop, outlet: str | None, language: str = "id") -> DailySummary:
    with shop.db.reading() as s:
        return daily_summary(s, DAY, outlet_code=outlet, language=language, now=LATER)


def sales_of_day(s: Session, outlet_ids: list[uuid.UUID]) -> list[Sale]:
    return list(s.scalars(select(Sale).where(Sale.business_date == DAY, Sale.outlet_id.in_(outlet_ids))))


def ids_of(s: Session, outlet: str | None) -> list[uuid.UUID]:
    query = select(Outlet.id) if outlet is None else select(Outlet.id).where(Outlet.code == outlet)
    return list(s.scalars(query))


@pytest.mark.parametrize("outlet", ["KFE", "SLN", None])
def test_the_overview_equals_the_day_s_rows(day_shop: Shop, outlet: str | None) -> None:
    summary = summary_of(day_shop, outlet)
    with day_shop.db.reading() as s:
        rows = sales_of_day(s, ids_of(s, outlet))
        sold = [sale for sale in rows if sale.kind == "sale"]
        voids = [sale for sale in rows if sale.kind == "void"]
        refunds = [sale for sale in rows if sale.kind == "refund"]
        paid = sum(payment.amount for sale in rows for payment in sale.payments)

    def after_discounts(sale: Sale) -> int:
        return sale.subtotal - sale.line_discount_total - sale.sale_discount_total

    assert summary.sales_count == len(sold) > 0
    assert summary.gross_sales == sum(sale.subtotal for sale in sold)
    assert summary.discounts == sum(sale.line_discount_total + sale.sale_discount_total for sale in sold)
    assert (summary.void_count, summary.void_amount) == (len(voids), -sum(after_discounts(v) for v in voids))
    assert (summary.refund_count, summary.refund_amount) == (len(refunds), -sum(after_discounts(r) for r in refunds))
    assert summary.net_sales == sum(sale.net_total for sale in rows)
    assert summary.service_charge == sum(sale.service_charge for sale in rows)
    assert summary.tax == sum(sale.tax_amount for sale in rows)
    assert summary.total_collected == paid
    # Prices exclude tax at both outlets, so the overview adds up from gross to what was collected.
    deductions = summary.discounts + summary.void_amount + summary.refund_amount
    assert summary.gross_sales - deductions == summary.net_sales
    assert summary.net_sales + summary.service_charge + summary.tax == summary.total_collected


def test_the_cafe_day_has_every_kind_of_row(day_shop: Shop) -> None:
    summary = summary_of(day_shop, "KFE")
    assert (summary.sales_count, summary.void_count, summary.refund_count) == (5, 1, 1)
    assert summary.discounts > 0
    assert {p.method for p in summary.payments} == {"cash", "qris", "transfer"}
    assert summary.scope_name == "Kafe Budi Luhur"
    assert summary.cashier_name == "Rina Kasir"
    assert summary.manager_name == "Agus Manajer"  # the sentra's only manager


@pytest.mark.parametrize("outlet", ["KFE", None])
def test_payments_by_method_equal_the_payment_rows(day_shop: Shop, outlet: str | None) -> None:
    summary = summary_of(day_shop, outlet)
    expected: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with day_shop.db.reading() as s:
        for sale in sales_of_day(s, ids_of(s, outlet)):
            for payment in sale.payments:
                expected[payment.method][0] += 1
                expected[payment.method][1] += payment.amount
    assert {p.method: [p.count, p.amount] for p in summary.payments} == dict(expected)
    assert [p.method for p in summary.payments] == sorted(expected, key=["cash", "qris", "transfer"].index)


def test_cash_per_shift_equals_the_shift_services(day_shop: Shop) -> None:
    summary = summary_of(day_shop, None)
    with day_shop.db.reading() as s:
        rows = s.execute(select(Shift, Till, Outlet).join(Till, Till.id == Shift.till_id).join(Outlet)).all()
        assert len(summary.shifts) == len(rows) == 2
        for shift, till, outlet in rows:
            [shown] = [cash for cash in summary.shifts if cash.till_code == f"{outlet.code}-{till.code}"]
            expected = shifts.cash_summary(s, shift)
            assert (shown.opening_float, shown.cash_sales, shown.cash_in, shown.cash_out) == (
                expected.opening_float, expected.cash_sales, expected.cash_in, expected.cash_out,
            )  # fmt: skip
            assert shown.expected == expected.expected
            closing = s.scalar(select(ShiftClosing).where(ShiftClosing.shift_id == shift.id))
            if closing is None:
                assert (shown.counted, shown.difference, shown.closed_at) == (None, None, None)
            else:
                assert (shown.counted, shown.difference) == (closing.counted_cash, closing.difference)
                assert shown.difference == shown.counted - shown.expected
    cafe = next(cash for cash in summary.shifts if cash.till_code == "KFE-T1")
    assert (cafe.cash_in, cafe.cash_out, cafe.difference) == (50_000, 20_000, -1_087)


def test_categories_and_top_items_add_up_to_net_sales(day_shop: Shop) -> None:
    summary = summary_of(day_shop, "KFE")
    with day_shop.db.reading() as s:
        by_category: dict[str, list[Decimal | int]] = defaultdict(lambda: [Decimal(0), 0])
        by_item: dict[str, list[Decimal | int]] = defaultdict(lambda: [Decimal(0), 0])
        for sale in sales_of_day(s, ids_of(s, "KFE")):
            for line in sale.lines:
                category = "Minuman" if line.category_id == day_shop.drinks.id else "Camilan"
                for bucket in (by_category[category], by_item[line.name]):
                    bucket[0] += line.quantity
                    bucket[1] += line.net_amount
    assert {c.name: [c.quantity, c.amount] for c in summary.categories} == dict(by_category)
    assert {i.name: [i.quantity, i.amount] for i in summary.top_items} == dict(by_item)
    assert [i.amount for i in summary.top_items] == sorted((i.amount for i in summary.top_items), reverse=True)
    assert sum(c.amount for c in summary.categories) == summary.net_sales


@pytest.mark.parametrize("outlet", ["KFE", "SLN", None])
def test_revenue_per_worker_equals_the_earning_entries(day_shop: Shop, outlet: str | None) -> None:
    summary = summary_of(day_shop, outlet)
    expected: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with day_shop.db.reading() as s:
        entries = s.execute(
            select(Worker.code, EarningEntry.credited_amount, EarningEntry.amount)
            .join(Worker, Worker.id == EarningEntry.worker_id)
            .where(EarningEntry.business_date == DAY, EarningEntry.outlet_id.in_(ids_of(s, outlet)))
        )
        for code, credited, amount in entries:
            expected[code][0] += credited
            expected[code][1] += amount
    assert {w.worker_code: [w.net_credited, w.share] for w in summary.workers} == dict(expected)
    assert summary.worker_net_total <= summary.net_sales


def test_the_sentra_has_a_row_per_outlet_adding_up_to_its_totals(day_shop: Shop) -> None:
    sentra = summary_of(day_shop, None)
    cafe, salon = summary_of(day_shop, "KFE"), summary_of(day_shop, "SLN")
    assert sentra.scope_kind == "sentra"
    assert sentra.scope_name == "Sentra Budi Luhur"
    assert [(o.outlet_code, o.sales_count, o.net_sales, o.total_collected) for o in sentra.outlets] == [
        ("KFE", cafe.sales_count, cafe.net_sales, cafe.total_collected),
        ("SLN", salon.sales_count, salon.net_sales, salon.total_collected),
    ]
    assert sentra.net_sales == cafe.net_sales + salon.net_sales
    assert sentra.total_collected == cafe.total_collected + salon.total_collected
    assert sentra.cashier_name == ""


def test_a_day_without_sales_is_all_zero(day_shop: Shop) -> None:
    with day_shop.db.reading() as s:
        empty = daily_summary(s, DAY.replace(day=1), outlet_code="KFE")
    assert (empty.sales_count, empty.net_sales, empty.total_collected) == (0, 0, 0)
    assert empty.payments == empty.categories == empty.workers == ()


def test_an_unknown_outlet_is_a_clear_error(day_shop: Shop) -> None:
    with day_shop.db.reading() as s, pytest.raises(NotFound, match="XYZ"):
        daily_summary(s, DAY, outlet_code="XYZ")


@pytest.mark.parametrize("paper", ["a4", "thermal80", "thermal58"])
def test_the_pdf_says_what_the_database_says(day_shop: Shop, paper: str) -> None:
    summary = summary_of(day_shop, "KFE")
    pdf = read_pdf(render_daily_summary_pdf(summary, paper))  # type: ignore[arg-type]
    text = pdf.text
    money = {name: format_rupiah(getattr(summary, name)) for name in ("gross_sales", "net_sales", "total_collected")}
    assert f"Penjualan bersih {money['net_sales']}" in text
    assert f"Total diterima {money['total_collected']}" in text
    assert money["gross_sales"] in text
    assert f"-{format_rupiah(summary.void_amount)}" in text
    with day_shop.db.reading() as s:
        workers = s.execute(select(Worker.code, Worker.name).where(Worker.code.in_(["W001", "W002"]))).all()
    for code, name in workers:
        worker = next(w for w in summary.workers if w.worker_code == code)
        assert name in text
        assert format_rupiah(worker.share) in text
    assert "Nama: Agus Manajer" in text
    assert "Minggu, 29 November 2026" in text
    if paper == "a4":
        siti = summary.workers[0]
        assert f"W001 Siti Rahayu {format_rupiah(siti.net_credited)} {format_rupiah(siti.share)}" in text
    else:
        assert pdf.fits_width()


def test_the_sentra_pdf_in_english_lists_both_outlets(day_shop: Shop) -> None:
    summary = summary_of(day_shop, None, language="en")
    text = read_pdf(render_daily_summary_pdf(summary, "a4")).text
    for outlet in summary.outlets:
        row = f"{outlet.outlet_code} {outlet.outlet_name} {outlet.sales_count}"
        assert f"{row} {format_rupiah(outlet.net_sales, 'en')} {format_rupiah(outlet.total_collected, 'en')}" in text
    assert f"Total collected {format_rupiah(summary.total_collected, 'en')}" in text
