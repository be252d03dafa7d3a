"""Importing a catalog: all rows valid or nothing at all, with errors by row number."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from openpyxl import Workbook
from shop import Shop, as_admin
from sqlalchemy import event, func, select

from ska_pos.db.models import Barcode, Item
from ska_pos.services.catalog_file import CatalogImportError
from ska_pos.services.catalog_import import import_catalog

GOOD = """sku,name,price,category,kind,unit,barcodes,maker_code,track_stock
TAS1,Tas Anyaman,95.000,Kerajinan,product,pcs,8991234567890;8991234567891,W001,ya
ESTEH,Es Teh Manis Jumbo,7000,Minuman,,,,,
PIJAT,Pijat Refleksi,80000,Layanan,service,service,,,
"""


def item_count(shop: Shop) -> int:
    with shop.db.reading() as s:
        return s.scalar(select(func.count()).select_from(Item)) or 0


def test_a_valid_file_creates_and_updates_items(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "catalog.csv"
    path.write_text(GOOD, encoding="utf-8")
    with shop.db.transaction() as s:
        report = import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))
    assert (report.created, report.updated) == (2, 1)
    with shop.db.reading() as s:
        tas = s.scalar(select(Item).where(Item.sku == "TAS1"))
        assert tas is not None
        assert (tas.price, tas.track_stock, tas.maker_worker_id) == (95_000, True, shop.siti.id)
        assert s.scalar(select(func.count()).select_from(Barcode).where(Barcode.item_id == tas.id)) == 2
        assert s.scalar(select(Item.price).where(Item.sku == "ESTEH", Item.outlet_id == shop.cafe.id)) == 7_000


def test_one_bad_row_imports_nothing_and_names_every_bad_row(shop: Shop, tmp_path: Path) -> None:
    before = item_count(shop)
    path = tmp_path / "catalog.csv"
    path.write_text(GOOD + "BAD1,Rusak,-5,,,,,,\nBAD2,,1000,,,,,,\nBAD3,Aneh,1000,,gadget,,,,\n"
                    "BAD4,Pembuat,1000,,,,,W999,\nTAS1,Dobel,1,,,,,,\nBAD5,Kode,1000,,,,8990001,,\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(CatalogImportError) as raised, shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))
    rows = [error.split(":")[0] for error in raised.value.errors]
    assert rows == ["Row 5", "Row 6", "Row 7", "Row 8", "Row 9", "Row 10"]
    assert item_count(shop) == before


def test_xlsx_works_like_csv(shop: Shop, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for line in GOOD.strip().splitlines():
        sheet.append(line.split(","))
    book.save(tmp_path / "catalog.xlsx")
    with shop.db.transaction() as s:
        report = import_catalog(s, as_admin(s), tmp_path / "catalog.xlsx", default_outlet=s.merge(shop.cafe))
    assert (report.created, report.updated) == (2, 1)


def test_a_big_import_is_a_handful_of_statements_not_several_per_row(shop: Shop, tmp_path: Path) -> None:
    """The import's transaction holds SQLite's write lock while other tills wait (5 s at most): its statements must
    not grow with the rows (20,000 rows once took 54 s; see benchmarks/catalog_import.py for the time)."""
    rows = ["sku,name,price,category,barcodes,maker_code"]
    rows += [f"B{n},Barang {n},{1000 + n},Kategori {n % 7},899{n:010d},W001" for n in range(300)]
    rows += ["ESTEH,Es Teh Manis,6000,Minuman,8990001,W001"]  # an update of an existing item
    path = tmp_path / "catalog.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    statements: list[str] = []
    listen = partial(event.listen, shop.db.engine, "before_cursor_execute")
    listen(lambda _c, _cur, statement, *_args: statements.append(statement))
    with shop.db.transaction() as s:
        report = import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))
    assert (report.created, report.updated) == (300, 1)
    assert len(statements) < 20, statements[:30]
    with shop.db.reading() as s:
        barcodes = s.scalar(select(func.count()).select_from(Barcode).where(Barcode.code.like("899%")))
        assert barcodes == 300 + 4  # and the shop's own four
        assert s.scalar(select(Item.price).where(Item.sku == "B299")) == 1299
