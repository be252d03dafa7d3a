"""Searching items: the search index follows every change to an item, short texts search name prefixes, exact
codes and name prefixes come first, and results come a page at a time, on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid

import pytest
from shop import Shop, act_as
from sqlalchemy import update

from ska_pos.db.models import Item
from ska_pos.services import catalog, setup
from ska_pos.services.item_search import SearchCursor, search_page


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_shop(request: pytest.FixtureRequest) -> Shop:
    shop: Shop = request.getfixturevalue("shop" if request.param == "sqlite" else "pg_shop")
    return shop


def names(shop: Shop, text: str, *, outlet_id: uuid.UUID | None = None, limit: int = 30) -> list[str]:
    with shop.db.reading() as s:
        return [item.name for item in catalog.search_items(s, outlet_id or shop.cafe.id, text, limit=limit)]


def add_items(shop: Shop, *rows: tuple[str, str]) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        cafe = s.merge(shop.cafe)
        for sku, name in rows:
            setup.create_item(s, manager, cafe, sku, name, 5_000)


def test_a_new_item_is_found_by_any_part_of_its_name_or_code(any_shop: Shop) -> None:
    add_items(any_shop, ("GULA01", "Kue Lapis Legit"))
    assert names(any_shop, "lapis") == ["Kue Lapis Legit"]
    assert names(any_shop, "PIS LEG") == ["Kue Lapis Legit"]  # case ignored, across words
    assert names(any_shop, "la01") == ["Kue Lapis Legit"]  # part of the code
    assert names(any_shop, "lapis", outlet_id=any_shop.salon.id) == []  # another outlet's items are not its own


def test_a_renamed_item_is_found_by_its_new_name_only(any_shop: Shop) -> None:
    with any_shop.db.transaction() as s:
        s.execute(update(Item).where(Item.id == any_shop.keripik.id).values(name="Rempeyek Kacang", sku="RMPY"))
    assert names(any_shop, "singkong") == []
    assert names(any_shop, "krpk") == []
    assert names(any_shop, "peyek") == ["Rempeyek Kacang"]
    assert names(any_shop, "rmpy") == ["Rempeyek Kacang"]


def test_a_deactivated_item_is_not_found(any_shop: Shop) -> None:
    with any_shop.db.transaction() as s:
        s.execute(update(Item).where(Item.id == any_shop.kopi.id).values(active=False))
    assert names(any_shop, "tubruk") == []
    assert names(any_shop, "ko") == []
    assert names(any_shop, "KOPI") == []


def test_a_short_text_finds_names_that_start_with_it(any_shop: Shop) -> None:
    add_items(any_shop, ("ESKOPI", "Es Kopi Susu"), ("KOLAK", "Kolak Pisang"))
    assert names(any_shop, "ko") == ["Kolak Pisang", "Kopi Tubruk"]  # not "Es Kopi Susu": too short for inside
    assert names(any_shop, "k") == ["Keripik Singkong", "Kolak Pisang", "Kopi Tubruk"]
    assert names(any_shop, "kop") == ["Kopi Tubruk", "Es Kopi Susu"]  # three characters: inside too, prefixes first


def test_wildcards_in_the_text_are_plain_characters(any_shop: Shop) -> None:
    add_items(any_shop, ("DISKON", "Diskon 50% Kue"), ("UNDER", "Kue_Bolu"))
    assert names(any_shop, "50%") == ["Diskon 50% Kue"]
    assert names(any_shop, "%") == []
    assert names(any_shop, "e_b") == ["Kue_Bolu"]
    assert names(any_shop, '"') == []


def test_an_exact_code_comes_first_then_name_prefixes_then_the_rest(any_shop: Shop) -> None:
    add_items(any_shop, ("TEH", "Roti Bakar"), ("TEHTARIK", "Teh Tarik"), ("ESTEHLEMON", "Es Teh Lemon"),
              ("TEHHIJAU", "Teh Hijau"))  # fmt: skip
    found = names(any_shop, "teh")
    assert found[:3] == ["Roti Bakar", "Teh Hijau", "Teh Tarik"]
    assert sorted(found[3:]) == ["Es Teh Lemon", "Es Teh Manis"]  # SQLite: in the index's order; PostgreSQL: by name
    assert names(any_shop, "8990002") == ["Kopi Tubruk"]  # a barcode


def test_results_come_a_page_at_a_time_without_repeats_or_gaps(any_shop: Shop) -> None:
    add_items(any_shop, *[(f"ROTI{n:02d}", f"Roti Isi {n:02d}") for n in range(25)])
    add_items(any_shop, *[(f"BRT{n:02d}", f"Kue Roti {n:02d}") for n in range(20)])
    add_items(any_shop, ("ROTI", "Bolu Pandan"))  # the exact code
    pages: list[list[str]] = []
    cursor: SearchCursor | None = None
    with any_shop.db.reading() as s:
        while True:
            page = search_page(s, any_shop.cafe.id, "roti", limit=10, after=cursor)
            pages.append([item.name for item in page.items])
            if page.next is None:
                break
            cursor = page.next
    assert [len(page) for page in pages] == [10, 10, 10, 10, 6]
    found = [name for page in pages for name in page]
    assert found[0] == "Bolu Pandan"
    assert found[1:26] == [f"Roti Isi {n:02d}" for n in range(25)]
    assert sorted(found[26:]) == [f"Kue Roti {n:02d}" for n in range(20)]


def test_a_full_last_page_says_there_is_no_next_one(any_shop: Shop) -> None:
    add_items(any_shop, *[(f"ROTI{n:02d}", f"Roti Isi {n:02d}") for n in range(20)])
    with any_shop.db.reading() as s:
        first = search_page(s, any_shop.cafe.id, "roti isi", limit=10)
        assert first.next is not None
        second = search_page(s, any_shop.cafe.id, "roti isi", limit=10, after=first.next)
    assert len(second.items) == 10
    assert second.next is None


def test_a_category_is_read_a_page_at_a_time(any_shop: Shop) -> None:
    manager = act_as(any_shop, "manager")
    with any_shop.db.transaction() as s:
        cafe, drinks = s.merge(any_shop.cafe), s.merge(any_shop.drinks)
        for n in range(5):
            setup.create_item(s, manager, cafe, f"JUS{n}", f"Jus {n}", 9_000, category=drinks)
    with any_shop.db.reading() as s:
        first = catalog.items_of_category(s, any_shop.drinks.id, limit=4)
        rest = catalog.items_of_category(s, any_shop.drinks.id, limit=4, after=(first[-1].name, first[-1].id))
        everything = catalog.items_of_category(s, any_shop.drinks.id)
    assert [item.name for item in first + rest] == [item.name for item in everything]
    assert [item.name for item in everything] == ["Es Teh Manis", "Jus 0", "Jus 1", "Jus 2", "Jus 3", "Jus 4",
                                                   "Kopi Tubruk"]  # fmt: skip
