"""Opening stock from a file (CSV or XLSX): all rows or none, each bad row named with its row and column; an item
that has moved already is refused (a second import does not double the stock); the export writes the same columns
(what is on hand at its average cost), with formulas neutralised. Also through `ska-pos stock import|export`."""

from __future__ import annotations

import csv
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from shop import PINS, Shop, act_as, as_admin
from sqlalchemy import select

from ska_pos.cli.common import ADMIN_PIN_VARIABLE, ADMIN_USER_VARIABLE
from ska_pos.cli.main import main
from ska_pos.db.models import AuditEntry, Item, StockMovement
from ska_pos.services import setup
from ska_pos.services.catalog_file import CatalogImportError
from ska_pos.services.export_files import write_xlsx
from ska_pos.services.stock.check import check_stock
from ska_pos.services.stock.opening_stock import (
    COLUMNS,
    import_opening_stock,
    opening_stock_rows,
    read_opening_file,
)
from stock.helpers import on_hand

HEADER = "outlet_code,sku,barcode,quantity,unit_cost\n"


def _new_items(shop: Shop) -> None:
    with shop.db.transaction() as s:
        admin, cafe = as_admin(s), s.merge(shop.cafe)
        setup.create_item(s, admin, cafe, "GULA", "=Gula Aren", 20_000, unit="kg", track_stock=True,
                          barcodes=["8990042"])  # fmt: skip
        setup.create_item(s, admin, cafe, "TEH", "Teh Celup", 15_000, track_stock=True)


def _item(shop: Shop, sku: str) -> uuid.UUID:
    with shop.db.reading() as s:
        return s.scalars(select(Item.id).where(Item.sku == sku, Item.outlet_id == shop.cafe.id)).one()


def test_a_file_of_opening_stock_is_posted_at_its_cost_and_a_second_import_is_refused(
    shop: Shop, tmp_path: Path
) -> None:
    _new_items(shop)
    path = tmp_path / "stok.csv"
    path.write_text(HEADER + 'kfe,,8990042,"2,5",18000\nKFE,teh,,12,Rp9.000\n\n', encoding="utf-8")
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        assert import_opening_stock(s, manager, read_opening_file(path)) == 2
    gula, teh = _item(shop, "GULA"), _item(shop, "TEH")
    assert on_hand(shop, gula) == (Decimal("2.5"), 18_000)
    assert on_hand(shop, teh) == (Decimal(12), 9_000)
    with shop.db.reading() as s:
        kinds = s.execute(select(StockMovement.kind, StockMovement.reason).where(StockMovement.item_id == teh)).all()
        assert kinds == [("receive", "Opening stock (stok.csv)")]
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "stock.opening_import")) is not None
        assert check_stock(s).ok
    with pytest.raises(CatalogImportError) as refused, shop.db.transaction() as s:
        import_opening_stock(s, manager, read_opening_file(path))
    assert refused.value.errors == [
        "Row 2: barcode: =Gula Aren has stock movements already: count it instead",
        "Row 3: sku: Teh Celup has stock movements already: count it instead",
    ]
    assert on_hand(shop, teh) == (Decimal(12), 9_000)


def test_every_bad_row_is_named_and_nothing_is_written(shop: Shop, tmp_path: Path) -> None:
    _new_items(shop)
    path = tmp_path / "stok.csv"
    path.write_text(HEADER + "\n".join([
        "KFE,TEH,,5,9000",  # good, but not written: others are bad
        "XXX,TEH,,5,9000",
        "KFE,NOPE,,5,9000",
        "KFE,ESTEH,,5,9000",  # not tracked
        "KFE,TEH,,1,9000",  # twice
        "KFE,GULA,,0,9000",
        "KFE,GULA,,1.0005,9000",
        "KFE,GULA,,1,-5",
        "KFE,,,1,5",
        ",GULA,,1,5",
    ]) + "\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(CatalogImportError) as refused, shop.db.transaction() as s:
        import_opening_stock(s, act_as(shop, "manager"), read_opening_file(path))
    assert [error.split(":")[0:2] for error in refused.value.errors] == [
        ["Row 3", " outlet_code"], ["Row 4", " sku"], ["Row 5", " sku"], ["Row 6", " sku"], ["Row 7", " quantity"],
        ["Row 8", " quantity"], ["Row 9", " unit_cost"], ["Row 10", " sku"], ["Row 11", " outlet_code"],
    ]  # fmt: skip
    assert "Row 6: sku: Teh Celup is on row 2 already" in refused.value.errors
    assert on_hand(shop, _item(shop, "TEH")) == (Decimal(0), 0)


def test_the_export_writes_the_import_columns_and_neutralises_formulas(shop: Shop, tmp_path: Path) -> None:
    _new_items(shop)
    source = tmp_path / "stok.csv"
    source.write_text(HEADER + "KFE,GULA,,3,18000\n", encoding="utf-8")
    with shop.db.transaction() as s:
        import_opening_stock(s, act_as(shop, "manager"), read_opening_file(source))
    with shop.db.reading() as s:
        rows = list(opening_stock_rows(s, shop.cafe.id))
    assert ("KFE", "GULA", "8990042", "=Gula Aren", "kg", "3", 18_000) in rows
    assert ("KFE", "TEH", "", "Teh Celup", "pcs", "0", 0) in rows
    out = tmp_path / "keluar.xlsx"
    write_xlsx(out, "stock", COLUMNS, rows)
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert sheet is not None
    names = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "'=Gula Aren" in names


def test_stock_import_and_export_from_the_command_line(
    shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _new_items(shop)
    monkeypatch.setenv(ADMIN_USER_VARIABLE, "admin")
    monkeypatch.setenv(ADMIN_PIN_VARIABLE, PINS["admin"])
    url = shop.db.url
    bad = tmp_path / "salah.csv"
    bad.write_text(HEADER + "KFE,NOPE,,1,1\n", encoding="utf-8")
    assert main(["--lang", "en", "--db", url, "stock", "import", str(bad)]) == 1
    assert "Row 2: sku: No item NOPE at this outlet" in capsys.readouterr().err
    good = tmp_path / "stok.csv"
    good.write_text(HEADER + "KFE,TEH,,7,9000\n", encoding="utf-8")
    assert main(["--lang", "en", "--db", url, "stock", "import", str(good)]) == 0
    assert "Opening stock imported: 1 items." in capsys.readouterr().out
    assert on_hand(shop, _item(shop, "TEH")) == (Decimal(7), 9_000)
    out = tmp_path / "stok-keluar.csv"
    assert main(["--lang", "en", "--db", url, "stock", "export", "--outlet", "kfe", "-o", str(out)]) == 0
    exported = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(exported[0]) == list(COLUMNS)
    assert {(row["sku"], row["quantity"], row["unit_cost"]) for row in exported} >= {("TEH", "7", "9000")}
    assert next(row["name"] for row in exported if row["sku"] == "GULA") == "'=Gula Aren"


def test_a_quantity_too_large_to_keep_is_a_bad_row_not_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "stok.csv"
    path.write_text(HEADER + "KFE,GULA,,1e30,9000\nKFE,TEH,,2000000000,9000\nKFE,TEH,,NaN,9000\n", encoding="utf-8")
    opening = read_opening_file(path)
    assert [(problem.row, problem.column) for problem in opening.problems] == [
        (2, "quantity"), (3, "quantity"), (4, "quantity"),
    ]  # fmt: skip
