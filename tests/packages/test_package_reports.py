"""A day with a package sold and two sessions used: the sales export, the daily summary and the earnings report agree
(the sessions are sales, the package sold is not), and the daily summary's packages table says what was received,
recognised and held, on A4 and on the thermal paper."""

from __future__ import annotations

from datetime import date

import pytest
from package_shop import PackageShop, at, build_package_shop, set_cash_unit
from reports.pdf_text import read_pdf
from shop import Shop

from ska_pos.domain.settlement import Tender
from ska_pos.reports.daily_pdf import render_daily_summary_pdf
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.earnings.period import Period
from ska_pos.services.earnings.report import earnings_report
from ska_pos.services.packages.ledger import sell_package, use_package
from ska_pos.services.sales_export import COLUMNS, export_rows

DAY = date(2026, 12, 7)


@pytest.fixture
def salon(shop: Shop) -> PackageShop:
    return build_package_shop(shop)


@pytest.mark.parametrize("paper", ["a4", "thermal80"])
def test_the_reports_agree_and_the_summary_shows_the_packages(salon: PackageShop, paper: str) -> None:
    shop, cashier = salon.shop, salon.shop.salon_cashier
    with shop.db.transaction() as s:
        sold = sell_package(s, cashier, salon.customer_id, "CB5", Tender("cash", 100_001), now=at(DAY))
        for worker in (shop.siti.id, shop.budi.id):
            use_package(s, cashier, sold.package_id, worker, now=at(DAY))
    with shop.db.reading() as s:
        summary = daily_summary(s, DAY, outlet_code="SLN", language="en")
        report = earnings_report(s, Period(DAY, DAY))
        rows = [dict(zip(COLUMNS, row, strict=True)) for row in export_rows(s, DAY, DAY)]
    assert sum(row["net_amount"] for row in rows) == summary.net_sales == report.net_revenue == 40_001
    assert report.balanced
    packages = summary.packages
    assert (packages.received, packages.recognised, packages.breakage, packages.held_at_end) == (
        100_001, 40_001, 0, 60_000)  # fmt: skip
    text = read_pdf(render_daily_summary_pdf(summary, paper)).text  # type: ignore[arg-type]
    assert "prepaid packages" in text.lower()
    assert "Rp60,000" in text


def test_a_sessions_sale_is_not_an_orders_deposit_applied(salon: PackageShop) -> None:
    """The sessions' sales are paid by what the package holds (payment "deposit"), not by an order's deposit: the
    summary's orders table must not count them as deposits applied (nothing was deposited on an order)."""
    shop, cashier = salon.shop, salon.shop.salon_cashier
    with shop.db.transaction() as s:
        sold = sell_package(s, cashier, salon.customer_id, "CB5", Tender("cash", 100_001), now=at(DAY))
        use_package(s, cashier, sold.package_id, shop.siti.id, now=at(DAY))
    with shop.db.reading() as s:
        summary = daily_summary(s, DAY, outlet_code="SLN", language="en")
    assert summary.orders.deposits_applied == 0
    assert not summary.orders.any
    assert summary.packages.recognised == 20_001


@pytest.mark.parametrize("paper", ["a4", "thermal80"])
def test_the_summary_shows_a_package_refunded(salon: PackageShop, paper: str) -> None:
    from shop import act_as

    from ska_pos.services.packages.refunds import refund_package

    shop, cashier = salon.shop, salon.shop.salon_cashier
    supervisor = act_as(shop, "spv", outlet_id=shop.salon.id, till_id=cashier.till_id)
    with shop.db.transaction() as s:
        sold = sell_package(s, cashier, salon.customer_id, "CB5", Tender("cash", 100_001), now=at(DAY))
        use_package(s, cashier, sold.package_id, shop.siti.id, now=at(DAY))
        refund_package(s, supervisor, sold.package_id, "transfer", "Pindah", reference="BCA 1", now=at(DAY))
    with shop.db.reading() as s:
        summary = daily_summary(s, DAY, outlet_code="SLN", language="en")
    packages = summary.packages
    assert (packages.received, packages.recognised, packages.refunded, packages.held_at_end) == (
        100_001, 20_001, 80_000, 0)  # fmt: skip
    text = read_pdf(render_daily_summary_pdf(summary, paper)).text  # type: ignore[arg-type]
    assert "Packages refunded (given back)" in text
    assert "Rp80,000" in text


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("en", "Breakage: expired packages and refund remainders (no worker's share)"),
        ("id", "Sisa paket hangus: paket habis masa berlaku dan sisa pengembalian paket (tanpa bagian pekerja)"),
    ],
)
def test_the_breakage_row_names_the_rupiah_a_cash_refund_keeps(salon: PackageShop, language: str, label: str) -> None:
    from shop import act_as

    from ska_pos.reports.daily_sections import daily_tables
    from ska_pos.services.packages.refunds import refund_package

    shop, cashier = salon.shop, salon.shop.salon_cashier
    supervisor = act_as(shop, "spv", outlet_id=shop.salon.id, till_id=cashier.till_id)
    set_cash_unit(shop, 100)
    with shop.db.transaction() as s:  # held to the rupiah (by transfer), given back in whole Rp100 units
        sold = sell_package(s, cashier, salon.customer_id, "CB5", Tender("transfer", 100_001, "BCA 9"), now=at(DAY))
        refund_package(s, supervisor, sold.package_id, "cash", "Pindah", now=at(DAY))
    with shop.db.reading() as s:
        summary = daily_summary(s, DAY, outlet_code="SLN", language=language)
    assert summary.packages.breakage == 1  # no package expired: the rupiah below the cash unit the refund kept
    rows = {str(row[0]): row[1] for table in daily_tables(summary) for row in table.rows}
    assert rows[label] == "Rp1"
