"""The sales export agrees with the sales: one row per worker per line, voids and refunds negative."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from shop import Shop, approved

from ska_pos.db.models import Sale
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales
from ska_pos.services.cart import Cart
from ska_pos.services.sale_context import business_date
from ska_pos.services.sales_export import COLUMNS, write_export

pytestmark = pytest.mark.dates


def make_sales(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(2))
        cart_ops.add_item(s, cart, shop.keripik.id, Decimal(1))
        cart_ops.set_workers(s, cart, 1, [(shop.siti.id, 5_000), (shop.budi.id, 5_000)])
        cart_ops.set_sale_discount(s, cart, Discount.rupiah(500))
        first = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(1))
        second = sales.complete_sale(s, shop.cashier, cart, [Tender("qris", 9_240)])
    with shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, second.sale_id, "Salah", approval=approved(s, "sale.void"))
        keripik = s.get(Sale, first.sale_id).lines[1]  # type: ignore[union-attr]
        reversals.refund_lines(s, shop.cashier, first.sale_id, [reversals.RefundRequest(keripik.id, Decimal(1))],
                               "Rusak", approval=approved(s, "sale.refund"))  # fmt: skip


def today(shop: Shop) -> date:
    from ska_pos import clock

    return business_date(shop.cafe, clock.now())


def test_csv_rows_agree_with_the_sales(shop: Shop, tmp_path: Path) -> None:
    make_sales(shop)
    path = tmp_path / "sales.csv"
    with shop.db.reading() as s:
        count = write_export(s, today(shop), today(shop), "csv", path)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0].keys()) == COLUMNS
    assert count == len(rows) == 2 + 1 + 1 + 1 + 2  # sale lines (split keripik = 2 rows), kopi, void, refund (split)
    per_line: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in rows:
        per_line.setdefault((row["receipt_no"], row["line_no"]), []).append(row)
    for line_rows in per_line.values():
        net = int(line_rows[0]["net_amount"])
        assert sum(int(r["credited_amount"]) for r in line_rows) == net
        gross = round(Decimal(line_rows[0]["quantity"]) * int(line_rows[0]["unit_price"]))
        assert net == gross - int(line_rows[0]["line_discount"]) - int(line_rows[0]["sale_discount_part"]) - int(
            line_rows[0]["included_tax"])  # fmt: skip
    negatives = [r for r in rows if int(r["net_amount"]) < 0]
    assert {r["item_sku"] for r in negatives} == {"KOPI", "KRPK"}
    assert sum(int(r["net_amount"]) for r in rows if r["item_sku"] == "KOPI") == 0
    assert sum(int(r["worker_share"]) for r in rows if r["item_sku"] == "KRPK") == 0
    assert rows[0]["sold_at"].endswith("+07:00")


def test_xlsx_has_the_same_rows(shop: Shop, tmp_path: Path) -> None:
    make_sales(shop)
    with shop.db.reading() as s:
        write_export(s, today(shop), today(shop), "csv", tmp_path / "a.csv")
        count = write_export(s, today(shop), today(shop), "xlsx", tmp_path / "a.xlsx")
    sheet = load_workbook(tmp_path / "a.xlsx", read_only=True).worksheets[0]
    values = [[str(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
    with (tmp_path / "a.csv").open(encoding="utf-8") as handle:
        csv_rows = list(csv.reader(handle))
    assert count == len(values) - 1
    assert values[0] == csv_rows[0]
    assert [row[0] for row in values] == [row[0] for row in csv_rows]


def test_an_empty_period_gives_only_the_header(shop: Shop, tmp_path: Path) -> None:
    make_sales(shop)
    with shop.db.reading() as s:
        assert write_export(s, date(2020, 1, 1), date(2020, 1, 31), "csv", tmp_path / "e.csv") == 0
    assert (tmp_path / "e.csv").read_text(encoding="utf-8").strip() == ",".join(COLUMNS)
