"""Text that looks like a formula is written as text in every export; numbers (negative ones too) stay numbers."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from shop import Shop, approved, as_admin

from ska_pos import clock
from ska_pos.db.models import Sale, Sentra
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales, setup
from ska_pos.services.cart import Cart
from ska_pos.services.earnings.period import Period
from ska_pos.services.earnings.report import earnings_report, write_rows
from ska_pos.services.sale_context import business_date
from ska_pos.services.sales_export import write_export

WORKER = '=HYPERLINK("http://x.example","Klik")'
ITEM_MINUS = "-1+2"
ITEM_AT = "@SUM(A1)"


def sell_dangerous_names(shop: Shop) -> date:
    """A worker and two items with formula-like names, sold, then one line refunded (negative amounts)."""
    with shop.db.transaction() as s:
        sentra = s.get(Sentra, shop.cafe.sentra_id)
        assert sentra is not None
        cafe = s.merge(shop.cafe)
        worker = setup.create_worker(s, as_admin(s), sentra, "W900", WORKER, [cafe])
        minus = setup.create_item(s, as_admin(s), cafe, "MINUS", ITEM_MINUS, 5000, maker=worker)
        at = setup.create_item(s, as_admin(s), cafe, "AT", ITEM_AT, 7000, maker=worker)
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, minus.id, Decimal(1))
        cart_ops.add_item(s, cart, at.id, Decimal(1))
        sale = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 20_000)])
    with shop.db.transaction() as s:
        line = s.get(Sale, sale.sale_id).lines[0]  # type: ignore[union-attr]
        reversals.refund_lines(s, shop.cashier, sale.sale_id, [reversals.RefundRequest(line.id, Decimal(1))],
                               "Rusak", approval=approved(s, "sale.refund"))  # fmt: skip
    return business_date(shop.cafe, clock.now())


def test_sales_csv_neutralises_formula_text(shop: Shop, tmp_path: Path) -> None:
    day = sell_dangerous_names(shop)
    path = tmp_path / "sales.csv"
    with shop.db.reading() as s:
        write_export(s, day, day, "csv", path)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["worker_name"] for r in rows} == {"'" + WORKER}
    assert {r["item_name"] for r in rows} == {"'" + ITEM_MINUS, "'" + ITEM_AT}
    refund = [r for r in rows if r["net_amount"].startswith("-")]
    assert refund
    assert refund[0]["net_amount"] == "-5000"


def test_sales_xlsx_has_no_formula_and_keeps_numbers(shop: Shop, tmp_path: Path) -> None:
    day = sell_dangerous_names(shop)
    path = tmp_path / "sales.xlsx"
    with shop.db.reading() as s:
        write_export(s, day, day, "xlsx", path)
    sheet = load_workbook(path).worksheets[0]
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    texts = {cell.value for cell in cells if isinstance(cell.value, str)}
    assert {"'" + WORKER, "'" + ITEM_MINUS, "'" + ITEM_AT} <= texts
    header = [cell.value for cell in sheet[1]]
    net = header.index("net_amount")
    amounts = [row[net].value for row in sheet.iter_rows(min_row=2)]
    assert -5000 in amounts
    assert all(isinstance(amount, int) for amount in amounts)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_earnings_export_neutralises_formula_text(shop: Shop, tmp_path: Path, fmt: str) -> None:
    day = sell_dangerous_names(shop)
    with shop.db.reading() as s:
        report = earnings_report(s, Period(day, day))
    path = tmp_path / f"earnings.{fmt}"
    write_rows(report.rows, fmt, path)
    if fmt == "csv":
        with path.open(encoding="utf-8") as handle:
            names = [row["worker_name"] for row in csv.DictReader(handle)]
    else:
        sheet = load_workbook(path).worksheets[0]
        assert not [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
        names = [str(row[1].value) for row in sheet.iter_rows(min_row=2)]
    assert "'" + WORKER in names
