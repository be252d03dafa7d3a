"""A catalog row whose text does not fit its column, or whose minimum quantity no line can hold, is a row error.

On PostgreSQL `String(200)` is enforced: the whole import fails with the driver's error (shown as "the database
refused this; call the administrator"), instead of the row-numbered message every other bad row gets. SQLite
stores the long text silently, so the same file behaves differently at the till and on the server."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from shop import Shop, as_admin
from sqlalchemy import select

from ska_pos.db.models import Item
from ska_pos.domain.limits import MAX_QUANTITY
from ska_pos.services import setup
from ska_pos.services.catalog_file import CatalogImportError
from ska_pos.services.catalog_import import import_catalog
from ska_pos.services.errors import ValidationError


@pytest.mark.parametrize("column", ["name", "category"])
def test_a_name_too_long_for_its_column_is_a_row_error(shop: Shop, tmp_path: Path, column: str) -> None:
    long = "Kue " + "x" * 300
    name, category = (long, "Kue") if column == "name" else ("Kue Lapis", long)
    path = tmp_path / "catalog.csv"
    path.write_text(f"sku,name,price,category\nKUE1,{name},5000,{category}\n", encoding="utf-8")
    with pytest.raises(CatalogImportError, match="Row 2"), shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))


def test_an_imported_minimum_quantity_past_what_a_line_may_hold_is_a_row_error(shop: Shop, tmp_path: Path) -> None:
    # The import takes a minimum up to 1.000.000, but a line holds at most 9.999,999 (domain/limits.py): such an
    # item is added at its minimum and then every sale of it is refused.
    path = tmp_path / "catalog.csv"
    path.write_text("sku,name,price,unit,min_quantity\nKILO1,Cuci Kiloan,7000,kg,50000\n", encoding="utf-8")
    with pytest.raises(CatalogImportError, match="Row 2"), shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))


@pytest.mark.parametrize(("sku", "barcodes"), [("K" * 41, "899"), ("KUE1", "8" * 65)])
def test_a_sku_or_barcode_too_long_for_its_column_is_a_row_error(
    shop: Shop, tmp_path: Path, sku: str, barcodes: str
) -> None:
    path = tmp_path / "catalog.csv"
    path.write_text(f"sku,name,price,barcodes\n{sku},Kue Lapis,5000,{barcodes}\n", encoding="utf-8")
    with pytest.raises(CatalogImportError, match="Row 2"), shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))


def test_an_imported_minimum_at_the_line_bound_is_taken(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "catalog.csv"
    path.write_text('sku,name,price,unit,min_quantity\nKILO1,Cuci Kiloan,7000,kg,"9999,999"\n', encoding="utf-8")
    with shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))
        item = s.scalars(select(Item).where(Item.sku == "KILO1")).one()
        assert item.min_quantity == MAX_QUANTITY


def test_an_item_created_with_a_minimum_past_the_line_bound_is_refused(shop: Shop) -> None:
    with pytest.raises(ValidationError), shop.db.transaction() as s:
        setup.create_item(s, as_admin(s), s.merge(shop.cafe), "KILO2", "Cuci Kiloan", 7000, unit="kg",
                          min_quantity=MAX_QUANTITY + Decimal("0.001"))  # fmt: skip


def test_an_item_created_with_a_name_too_long_is_refused(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="200"), shop.db.transaction() as s:
        setup.create_item(s, as_admin(s), s.merge(shop.cafe), "KUE2", "Kue " + "x" * 300, 5000)
