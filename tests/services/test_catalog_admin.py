"""The manager's catalogue: items (barcodes unique per outlet), categories and their order on the quick buttons."""

from __future__ import annotations

from decimal import Decimal

import pytest
from shop import Shop, act_as
from sqlalchemy import func, select

from ska_pos.db.models import Barcode, Item
from ska_pos.services import cart_ops, catalog, catalog_admin, catalog_categories
from ska_pos.services.cart import Cart
from ska_pos.services.catalog_admin import ItemForm
from ska_pos.services.errors import NotFound, ValidationError


def _form(**changes: object) -> ItemForm:
    fields: dict[str, object] = {"sku": "JUS", "name": "Jus Alpukat", "price": 15_000, "barcodes": ("899777",)}
    return ItemForm(**{**fields, **changes})  # type: ignore[arg-type]


def test_an_item_added_in_the_window_is_sold_at_the_till(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        form = _form(category_id=shop.drinks.id, maker_worker_id=shop.siti.id, min_quantity=Decimal("1.5"), unit="kg")
        added = catalog_admin.add_item(s, manager, shop.cafe.id, form)
    assert (added.sku, added.price, added.barcodes, added.unit) == ("JUS", 15_000, ("899777",), "kg")
    with shop.db.reading() as s:
        line = cart_ops.add_by_code(s, Cart(shop.cafe.id), "899777")
    assert (line.name, line.unit_price, line.quantity, line.workers[0].display_name) == (
        "Jus Alpukat", 15_000, Decimal("1.5"), "Siti")  # fmt: skip


def test_a_barcode_of_another_item_is_refused_by_name_and_nothing_is_written(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    taken = "The barcode 8990002 already belongs to Kopi Tubruk"
    with pytest.raises(ValidationError, match=taken), shop.db.transaction() as s:
        catalog_admin.add_item(s, manager, shop.cafe.id, _form(barcodes=("899777", "8990002")))
    with pytest.raises(ValidationError, match="entered twice"), shop.db.transaction() as s:
        catalog_admin.add_item(s, manager, shop.cafe.id, _form(barcodes=("1", "1")))
    with (
        pytest.raises(ValidationError, match="The SKU KOPI is already used by Kopi Tubruk"),
        shop.db.transaction() as s,
    ):
        catalog_admin.add_item(s, manager, shop.cafe.id, _form(sku="kopi", barcodes=()))
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Item).where(Item.sku == "JUS")) == 0
    with shop.db.transaction() as s:  # another outlet may use the same barcode
        catalog_admin.add_item(s, manager, shop.salon.id, _form(barcodes=("8990002",)))


def test_editing_keeps_the_items_own_barcodes_and_deactivating_takes_it_off_the_till(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    form = _form(sku="ESTEH", name="Es Teh Manis Jumbo", price=5_000, barcodes=("8990001", "8990100"),
                 category_id=shop.drinks.id)  # fmt: skip
    with shop.db.transaction() as s:
        edited = catalog_admin.edit_item(s, manager, shop.es_teh.id, form)
    assert (edited.name, edited.barcodes) == ("Es Teh Manis Jumbo", ("8990001", "8990100"))
    with shop.db.transaction() as s:
        catalog_admin.set_item_active(s, manager, shop.es_teh.id, False)
    with shop.db.reading() as s, pytest.raises(NotFound):
        cart_ops.add_by_code(s, Cart(shop.cafe.id), "8990100")
    with shop.db.reading() as s:
        assert s.get(Item, shop.es_teh.id) is not None  # kept, never deleted
        assert s.scalar(select(func.count()).select_from(Barcode).where(Barcode.item_id == shop.es_teh.id)) == 2


def test_the_item_list_pages_and_filters_in_the_database(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        catalog_admin.set_item_active(s, manager, shop.kopi.id, False)
    with shop.db.reading() as s:
        first = catalog_admin.list_items(s, shop.cafe.id, limit=2)
        assert [row.name for row in first.rows] == ["Es Teh Manis", "Keripik Singkong"]
        rest = catalog_admin.list_items(s, shop.cafe.id, limit=2, after=first.next)
        assert ([row.name for row in rest.rows], rest.next) == (["Kopi Tubruk"], None)
        active = catalog_admin.list_items(s, shop.cafe.id, category_id=shop.drinks.id, active=True)
        assert [(row.name, row.category, row.price) for row in active.rows] == [("Es Teh Manis", "Minuman", 5_000)]
        inactive = catalog_admin.list_items(s, shop.cafe.id, "kopi", active=False)
        assert [row.name for row in inactive.rows] == ["Kopi Tubruk"]
        assert catalog_admin.list_items(s, shop.cafe.id, "kopi", active=True).rows == []
        by_code = catalog_admin.list_items(s, shop.cafe.id, "8990003", category_id=shop.drinks.id)
        assert by_code.rows == []  # Keripik is a snack


def test_categories_are_added_renamed_reordered_and_the_quick_buttons_follow(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        desserts = catalog_categories.add_category(s, manager, shop.cafe.id, "  Hidangan   Penutup ")
    with shop.db.reading() as s:
        assert [c.name for c in catalog.categories_of(s, shop.cafe.id)] == ["Camilan", "Minuman", "Hidangan Penutup"]
    with shop.db.transaction() as s:
        catalog_categories.move_category(s, manager, desserts.id, -1)
        catalog_categories.move_category(s, manager, desserts.id, -1)
        catalog_categories.move_category(s, manager, desserts.id, -1)  # already first: stays
        catalog_categories.rename_category(s, manager, shop.drinks.id, "Minuman Dingin")
    with shop.db.reading() as s:
        assert [c.name for c in catalog.categories_of(s, shop.cafe.id)] == [
            "Hidangan Penutup", "Camilan", "Minuman Dingin"]  # fmt: skip
    with pytest.raises(ValidationError, match="already a category named camilan"), shop.db.transaction() as s:
        catalog_categories.add_category(s, manager, shop.cafe.id, "camilan")
    with shop.db.transaction() as s:
        catalog_categories.set_category_active(s, manager, desserts.id, False)
    with shop.db.reading() as s:
        assert [c.name for c in catalog.categories_of(s, shop.cafe.id)] == ["Camilan", "Minuman Dingin"]
        assert len(catalog_categories.list_categories(s, shop.cafe.id)) == 3
