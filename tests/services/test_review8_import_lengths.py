"""Review 8: a catalog row whose name or category does not fit its column is not named as a bad row.

On PostgreSQL `String(200)` is enforced: the whole import fails with the driver's error (shown as "the database
refused this; call the administrator"), instead of the row-numbered message every other bad row gets. SQLite
stores the long text silently, so the same file behaves differently at the till and on the server."""

from __future__ import annotations

from pathlib import Path

import pytest
from shop import Shop

from ska_pos.services.catalog_import import CatalogImportError, import_catalog


@pytest.mark.parametrize("column", ["name", "category"])
def test_a_name_too_long_for_its_column_is_a_row_error(shop: Shop, tmp_path: Path, column: str) -> None:
    long = "Kue " + "x" * 300
    name, category = (long, "Kue") if column == "name" else ("Kue Lapis", long)
    path = tmp_path / "catalog.csv"
    path.write_text(f"sku,name,price,category\nKUE1,{name},5000,{category}\n", encoding="utf-8")
    with pytest.raises(CatalogImportError, match="Row 2"), shop.db.transaction() as s:
        import_catalog(s, path, default_outlet=s.merge(shop.cafe))


def test_an_imported_minimum_quantity_past_what_a_line_may_hold_is_a_row_error(shop: Shop, tmp_path: Path) -> None:
    # The import takes a minimum up to 1.000.000, but a line holds at most 9.999,999 (domain/limits.py): such an
    # item is added at its minimum and then every sale of it is refused.
    path = tmp_path / "catalog.csv"
    path.write_text("sku,name,price,unit,min_quantity\nKILO1,Cuci Kiloan,7000,kg,50000\n", encoding="utf-8")
    with pytest.raises(CatalogImportError, match="Row 2"), shop.db.transaction() as s:
        import_catalog(s, path, default_outlet=s.merge(shop.cafe))
