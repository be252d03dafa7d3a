"""Milk bought by the litre, used by the millilitre: a kopi susu of 18 g coffee and 150 ml milk takes exactly 0.15 l
a cup from stock, at the litre's cost; milk is counted, reported and exported in litres, and a catalogue file brings
items by the litre or millilitre."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from shop import Shop, act_as, as_admin

from ska_pos.cli.main import main
from ska_pos.db.models import Item
from ska_pos.domain.money import format_quantity
from ska_pos.services import catalog_admin, catalog_export, setup
from ska_pos.services.catalog_admin import ItemForm
from ska_pos.services.catalog_file import CatalogImportError
from ska_pos.services.catalog_import import import_catalog
from ska_pos.services.errors import ValidationError
from ska_pos.services.stock import counts, recipes
from ska_pos.services.stock.opening_stock import import_opening_stock, opening_stock_rows, read_opening_file
from ska_pos.services.stock.queries import stock_report
from ska_pos.services.stock.recipes import Ingredient, RecipeSpec
from stock.helpers import on_hand, receive, sell, supplier


def test_a_kopi_susu_uses_150_ml_of_milk_kept_by_the_litre_exactly(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        cafe = s.merge(shop.cafe)
        coffee = setup.create_item(s, manager, cafe, "BHNKOPI", "Kopi bubuk", 0, unit="kg", track_stock=True).id
        milk = setup.create_item(s, manager, cafe, "BHNSUSU", "Susu segar", 0, unit="l", track_stock=True).id
    tani = supplier(shop)
    receive(shop, tani, coffee, 1, 200_000)
    receive(shop, tani, milk, 2, 21_000)  # Rp21.000 a litre
    with shop.db.transaction() as s:
        recipes.import_recipes(s, manager, shop.cafe.id, [RecipeSpec("KOPI", (
            Ingredient("BHNKOPI", Decimal(18), "g"), Ingredient("BHNSUSU", Decimal(150), "ml")))])  # fmt: skip
    with shop.db.reading() as s:
        assert recipes.recipe_of(s, shop.kopi.id) == [
            ("BHNKOPI", "Kopi bubuk", Decimal(18), "g"), ("BHNSUSU", "Susu segar", Decimal(150), "ml")]  # fmt: skip
    sell(shop, shop.kopi.id, 3, price=15_000)
    assert on_hand(shop, milk) == (Decimal("1.55"), 21_000)  # 2 l less 3 x 150 ml, not a float's 1.5499...
    assert on_hand(shop, coffee) == (Decimal("0.946"), 200_000)
    assert format_quantity(Decimal("1.55"), "id", "l") == "1,55 l"
    assert format_quantity(Decimal(150), "en", "ml") == "150 ml"


def test_milk_counted_reported_and_exported_in_litres(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    manager, supervisor = act_as(shop, "manager"), act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        milk = setup.create_item(s, manager, s.merge(shop.cafe), "BHNSUSU", "Susu segar", 0, unit="l",
                                 track_stock=True).id  # fmt: skip
    receive(shop, supplier(shop), milk, 2, 21_000)
    with shop.db.transaction() as s:
        count_id = counts.start_count(s, supervisor).id
        counted = counts.enter_count(s, supervisor, count_id, milk, Decimal("1.75"))
        assert (counted.unit, counted.difference) == ("l", Decimal("-0.25"))
        assert [v.unit for v in counts.variances(s, count_id)] == ["l"]
    with shop.db.reading() as s:
        (row,) = [row for row in opening_stock_rows(s, shop.cafe.id) if row[1] == "BHNSUSU"]
        assert row[4:6] == ("l", "2")
        (report_row,) = [row for row in stock_report(s, "KFE").rows if row.sku == "BHNSUSU"]
        assert (report_row.quantity, report_row.unit) == (Decimal(2), "l")
    assert main(["--lang", "en", "--db", shop.db.url, "stock", "on-hand", "--outlet", "KFE"]) == 0
    (line,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("BHNSUSU")]
    assert line.split()[-3:] == ["2", "l", "21000"]


def test_a_catalogue_file_brings_litre_items_and_exports_them_back(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "katalog.csv"
    path.write_text("sku,name,price,unit,track_stock\nBHNSUSU,Susu segar,0,l,ya\nSIRUP,Sirup gula,0,ml,ya\n"
                    "OLI,Oli,0,gallon,\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(CatalogImportError) as raised, shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))
    assert raised.value.errors == ["Row 4: unit: The unit must be one of pcs, kg, m, service, l, ml"]
    path.write_text(path.read_text(encoding="utf-8").replace("OLI,Oli,0,gallon,\n", ""), encoding="utf-8")
    with shop.db.transaction() as s:
        assert import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe)).created == 2
    out = tmp_path / "keluar.csv"
    with shop.db.reading() as s:
        catalog_export.export_catalog(s, act_as(shop, "manager"), shop.cafe.id, out)
    units = {row["sku"]: row["unit"] for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert (units["BHNSUSU"], units["SIRUP"]) == ("l", "ml")


def test_an_item_with_stock_keeps_its_unit_a_litre_never_becomes_a_millilitre(shop: Shop) -> None:
    """On-hand and average cost are in the item's unit: milk kept as 2 l at Rp21.000 would read 2 ml at Rp21.000 a
    millilitre once its unit changed, and the next kopi susu would take 150 of them at Rp3.150.000."""
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        milk = setup.create_item(s, manager, s.merge(shop.cafe), "BHNSUSU", "Susu segar", 0, unit="l",
                                 track_stock=True).id  # fmt: skip
        idle = setup.create_item(s, manager, s.merge(shop.cafe), "SIRUP", "Sirup gula", 0, unit="l").id
    receive(shop, supplier(shop), milk, 2, 21_000)
    with pytest.raises(ValidationError, match="Susu segar"), shop.db.transaction() as s:
        catalog_admin.edit_item(s, manager, milk, ItemForm("BHNSUSU", "Susu segar", 0, unit="ml", track_stock=True))
    with shop.db.reading() as s:
        assert s.get(Item, milk).unit == "l"  # type: ignore[union-attr]
    assert on_hand(shop, milk) == (Decimal(2), 21_000)
    with shop.db.transaction() as s:  # nothing kept yet: a unit chosen wrong is put right
        assert catalog_admin.edit_item(s, manager, idle, ItemForm("SIRUP", "Sirup gula", 0, unit="ml")).unit == "ml"


def test_a_catalogue_file_cannot_give_an_item_with_stock_another_unit(shop: Shop, tmp_path: Path) -> None:
    """Nor can a catalogue file (a file with no unit column gives every row pieces): the row is named and nothing
    is written."""
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        milk = setup.create_item(s, manager, s.merge(shop.cafe), "BHNSUSU", "Susu segar", 0, unit="l",
                                 track_stock=True).id  # fmt: skip
    receive(shop, supplier(shop), milk, 2, 21_000)
    path = tmp_path / "katalog.csv"
    path.write_text("sku,name,price,track_stock\nBHNSUSU,Susu segar,0,ya\nSIRUP,Sirup gula,0,ya\n", encoding="utf-8")
    with pytest.raises(CatalogImportError) as raised, shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))
    assert raised.value.errors == [
        "Row 2: unit: Susu segar has stock kept in l: its unit cannot change. Make a new item for the other unit."
    ]
    with shop.db.reading() as s:
        assert s.get(Item, milk).unit == "l"  # type: ignore[union-attr]
    path.write_text("sku,name,price,unit,track_stock\nBHNSUSU,Susu segar murni,0,l,ya\n", encoding="utf-8")
    with shop.db.transaction() as s:  # the same unit: the row is taken
        assert import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe)).updated == 1


def test_an_opening_stock_row_in_another_unit_than_the_items_is_refused(shop: Shop, tmp_path: Path) -> None:
    """The export writes each item's unit beside its quantity and cost; a row that says 2000 ml of milk kept by the
    litre would have posted 2000 l at Rp21 a litre. The unit, when a row gives it, must be the item's."""
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        setup.create_item(s, manager, s.merge(shop.cafe), "BHNSUSU", "Susu segar", 0, unit="l", track_stock=True)
    path = tmp_path / "stok.csv"
    path.write_text("outlet_code,sku,unit,quantity,unit_cost\nKFE,BHNSUSU,ml,2000,21\n", encoding="utf-8")
    with pytest.raises(CatalogImportError) as raised, shop.db.transaction() as s:
        import_opening_stock(s, manager, read_opening_file(path))
    assert raised.value.errors == ["Row 2: unit: Susu segar is kept in l, not in ml"]
    path.write_text("outlet_code,sku,unit,quantity,unit_cost\nKFE,BHNSUSU,L,2,21000\n", encoding="utf-8")
    with shop.db.transaction() as s:
        assert import_opening_stock(s, manager, read_opening_file(path)) == 1
