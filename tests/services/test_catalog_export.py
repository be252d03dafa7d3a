"""The catalogue exported to CSV and XLSX re-imports unchanged; the price list has the outlet, the day and prices."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from shop import Shop, act_as, as_admin

from ska_pos.reports.price_list_pdf import render_price_list_pdf
from ska_pos.services import catalog_admin, catalog_export, prices
from ska_pos.services.catalog_admin import ItemForm
from ska_pos.services.catalog_import import import_catalog

pytestmark = pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC), tick=False)


def _enrich(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        form = ItemForm("CUCI", "Cuci Kiloan, Setrika", 7_000, unit="kg", category_id=shop.drinks.id,
                        barcodes=("77001", "77002"), min_quantity=Decimal("3"), track_stock=True,
                        maker_worker_id=shop.budi.id)  # fmt: skip
        catalog_admin.add_item(s, manager, shop.cafe.id, form)
        prices.change_price(s, manager, shop.kopi.id, 9_000, None)
        prices.change_price(s, manager, shop.kopi.id, 9_500, date(2026, 12, 10))  # scheduled: not today's


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_re_imports_unchanged(shop: Shop, tmp_path: Path, suffix: str) -> None:
    _enrich(shop)
    path = tmp_path / f"katalog{suffix}"
    manager = act_as(shop, "manager")
    with shop.db.reading() as s:
        assert catalog_export.export_catalog(s, manager, shop.cafe.id, path) == 4
        before = list(catalog_export.catalog_rows(s, shop.cafe.id))
    assert ("KFE", "CUCI", "Cuci Kiloan, Setrika", 7_000, "Minuman", "product", "kg", "77001;77002", "W002", "yes",
            "3.000", "") in before  # fmt: skip
    assert next(row for row in before if row[1] == "KOPI")[3] == 9_000
    with shop.db.transaction() as s:
        report = import_catalog(s, as_admin(s), path)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 4)  # nothing to write again
    with shop.db.reading() as s:
        assert list(catalog_export.catalog_rows(s, shop.cafe.id)) == before


def test_the_price_list_shows_the_outlet_the_day_and_each_categorys_prices(shop: Shop) -> None:
    _enrich(shop)
    manager = act_as(shop, "manager")
    with shop.db.reading() as s:
        listed = catalog_export.price_list(s, manager, shop.cafe.id, "id")
    with pdfplumber.open(io.BytesIO(render_price_list_pdf(listed))) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "Kafe Budi Luhur" in text
    assert "Daftar harga · Harga berlaku pada Minggu, 6 Desember 2026" in text
    assert text.index("Camilan") < text.index("Keripik Singkong") < text.index("Minuman") < text.index("Es Teh Manis")
    assert "Kopi Tubruk KOPI Rp9.000" in text
    assert "Cuci Kiloan, Setrika CUCI Rp7.000 / kg" in text
