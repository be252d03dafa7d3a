"""The PBJT report per day for the tax office: agrees with the sales as recorded (voids and refunds included) and
with the daily summary; as CSV, as a PDF, and from the command line."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import time_machine
from shop import Shop, approved

from reports.pdf_text import read_pdf
from ska_pos.cli.main import main
from ska_pos.db.models import Sale
from ska_pos.domain.settlement import Tender
from ska_pos.reports.pbjt_pdf import CSV_COLUMNS, csv_rows, render_pbjt_pdf
from ska_pos.services import cart_ops, reversals, sales
from ska_pos.services.cart import Cart
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.pbjt_report import pbjt_report

# Jakarta business days: 1 and 2 December 2026, mid-morning.
DAY_ONE = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
DAY_TWO = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


def sell(shop: Shop, item_id: uuid.UUID, quantity: int) -> Any:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, item_id, Decimal(quantity))
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 1_000_000)])


@pytest.fixture
def two_days(shop: Shop) -> Shop:
    with time_machine.travel(DAY_ONE, tick=False):
        sell(shop, shop.kopi.id, 10)  # the Bapenda example: Rp80.000, service 5 %: (80.000 + 4.000) x 10 %
        voided = sell(shop, shop.es_teh.id, 2)
        with shop.db.transaction() as s:
            reversals.void_sale(s, shop.cashier, voided.sale_id, "Salah input", approval=approved(s, "sale.void"))
    with time_machine.travel(DAY_TWO, tick=False):
        sold = sell(shop, shop.keripik.id, 2)
        with shop.db.transaction() as s:
            line = s.get(Sale, sold.sale_id).lines[0]  # type: ignore[union-attr]
            reversals.refund_lines(s, shop.cashier, sold.sale_id, [reversals.RefundRequest(line.id, Decimal(1))],
                                   "Rusak", approval=approved(s, "sale.refund"))  # fmt: skip
    return shop


def test_each_day_has_its_receipts_base_service_and_pbjt_with_voids_and_refunds(two_days: Shop) -> None:
    with two_days.db.reading() as s:
        report = pbjt_report(s, "kfe", date(2026, 12, 1), date(2026, 12, 31))
    first, second = report.days
    assert first.day == date(2026, 12, 1)
    assert (first.figures.receipts, first.figures.reversals) == (2, 1)
    # the coffee: 80.000 + 4.000 service = 84.000 base, 8.400 PBJT; the tea voided nets to nothing
    assert (first.figures.net_base, first.figures.net_pbjt) == (84_000, 8_400)
    assert first.figures.taxable_base == 84_000 + 10_000 + 500
    assert first.figures.reversed_base == -(10_000 + 500)
    assert first.figures.pbjt + first.figures.reversed_pbjt == 8_400
    assert (second.figures.receipts, second.figures.reversals) == (1, 1)
    assert second.figures.net_base == 12_500 + 625  # one of the two packets kept
    assert report.total.net_pbjt == first.figures.net_pbjt + second.figures.net_pbjt
    assert (report.tax_rate_bp, report.prices_include_tax) == (1000, False)


def test_it_agrees_with_the_daily_summary(two_days: Shop) -> None:
    with two_days.db.reading() as s:
        for day in (date(2026, 12, 1), date(2026, 12, 2)):
            summary = daily_summary(s, day, outlet_code="KFE", language="id")
            [row] = pbjt_report(s, "KFE", day, day).days
            assert row.figures.net_pbjt == summary.tax
            assert row.figures.net_base == summary.net_sales + summary.service_charge


def test_csv_rows_are_the_days_and_a_total(two_days: Shop) -> None:
    with two_days.db.reading() as s:
        report = pbjt_report(s, "KFE", date(2026, 12, 1), date(2026, 12, 31))
    rows = list(csv_rows(report))
    assert len(CSV_COLUMNS) == len(rows[0])
    assert [row[0] for row in rows] == ["2026-12-01", "2026-12-02", "total"]
    assert rows[-1][CSV_COLUMNS.index("net_pbjt")] == report.total.net_pbjt


def test_the_pdf_says_it_in_the_tax_offices_words(two_days: Shop) -> None:
    with two_days.db.reading() as s:
        report = pbjt_report(s, "KFE", date(2026, 12, 1), date(2026, 12, 31))
    pages = read_pdf(render_pbjt_pdf(report, "id"))
    assert "Laporan PBJT (pajak restoran)" in pages.text
    assert "Kafe Budi Luhur (KFE)" in pages.text
    assert "Rp8.400" in pages.text
    assert "DPP bersih" in pages.text
    assert pages.fits_width()
    empty = read_pdf(render_pbjt_pdf(pbjt_report_empty(two_days), "en"))
    assert "No sales in this period" in empty.text


def pbjt_report_empty(shop: Shop) -> object:
    with shop.db.reading() as s:
        return pbjt_report(s, "KFE", date(2026, 11, 1), date(2026, 11, 30))


def test_a_wrong_period_or_outlet_is_refused_in_words(shop: Shop) -> None:
    with shop.db.reading() as s:
        with pytest.raises(ValidationError):
            pbjt_report(s, "KFE", date(2026, 12, 2), date(2026, 12, 1))
        with pytest.raises(ValidationError):
            pbjt_report(s, "KFE", date(2025, 1, 1), date(2026, 12, 31))
        with pytest.raises(NotFound):
            pbjt_report(s, "XXX", date(2026, 12, 1), date(2026, 12, 1))


def test_the_command_writes_a_month_as_csv_or_pdf(two_days: Shop, tmp_path: Path) -> None:
    target = tmp_path / "pbjt.csv"
    assert main(["--lang", "en", "--db", two_days.db.url, "report", "pbjt", "--outlet", "KFE", "--month", "2026-12",
                 "-o", str(target)]) == 0  # fmt: skip
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["business_date"] for row in rows] == ["2026-12-01", "2026-12-02", "total"]
    pdf = tmp_path / "pbjt.pdf"
    assert main(["--lang", "id", "--db", two_days.db.url, "report", "pbjt", "--outlet", "KFE", "--from",
                 "2026-12-01", "--to", "2026-12-02", "-o", str(pdf)]) == 0  # fmt: skip
    assert "Rp8.400" in read_pdf(pdf.read_bytes()).text
    assert main(["--lang", "en", "--db", two_days.db.url, "report", "pbjt", "--outlet", "KFE", "--month", "2026-12",
                 "-o", str(tmp_path / "pbjt.txt")]) == 1  # fmt: skip
