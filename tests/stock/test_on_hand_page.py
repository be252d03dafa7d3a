"""The stock screen's list, a page at a time: search, category and consigned filters are SQL, and the
total counts every match, not the page."""

from __future__ import annotations

from decimal import Decimal

from shop import Shop, act_as, as_admin

from ska_pos.db.models import Item
from ska_pos.services import setup
from ska_pos.services.stock import receiving
from ska_pos.services.stock.on_hand_page import StockFilter, on_hand_page
from ska_pos.services.stock.receiving import IncomingLine


def _tracked(shop: Shop, count: int) -> None:
    with shop.db.transaction() as s:
        seed = as_admin(s)
        cafe = s.merge(shop.cafe)
        for number in range(count):
            setup.create_item(s, seed, cafe, f"TAS{number:02d}", f"Tas Anyaman {number:02d}", 50_000,
                              track_stock=True)  # fmt: skip


def test_pages_are_read_with_the_total_of_all_matches(shop: Shop) -> None:
    _tracked(shop, 7)
    with shop.db.reading() as s:
        first = on_hand_page(s, StockFilter(shop.cafe.id, "tas"), 0, 5)
        second = on_hand_page(s, StockFilter(shop.cafe.id, "tas"), 5, 5)
        everything = on_hand_page(s, StockFilter(shop.cafe.id), 0, 50)
    assert (first.total, len(first.rows), len(second.rows)) == (7, 5, 2)
    assert [row.sku for row in second.rows] == ["TAS05", "TAS06"]
    assert "KRPK" in [row.sku for row in everything.rows]  # tracked items only: Kopi and Es Teh are not
    assert "KOPI" not in [row.sku for row in everything.rows]


def test_consigned_only_shows_items_a_maker_still_has_on_the_shelf(shop: Shop) -> None:
    _tracked(shop, 2)
    with shop.db.reading() as s:
        tas = on_hand_page(s, StockFilter(shop.cafe.id, "TAS01"), 0, 5).rows[0]
    with shop.db.transaction() as s:
        receiving.consign_in(s, act_as(shop, "supervisor"), shop.siti.id, [IncomingLine(tas.item_id, Decimal(3),
                                                                                       40_000)])  # fmt: skip
    with shop.db.reading() as s:
        found = on_hand_page(s, StockFilter(shop.cafe.id, consigned_only=True), 0, 50).rows
    assert [(row.sku, row.consigned, row.quantity) for row in found] == [("TAS01", Decimal(3), Decimal(3))]


def test_a_category_filter_and_a_search_by_sku(shop: Shop) -> None:
    with shop.db.reading() as s:
        snacks_id = s.get(Item, shop.keripik.id).category_id  # type: ignore[union-attr]
        snacks = on_hand_page(s, StockFilter(shop.cafe.id, category_id=snacks_id), 0, 50).rows
        by_sku = on_hand_page(s, StockFilter(shop.cafe.id, "krp"), 0, 50).rows
        drinks = on_hand_page(s, StockFilter(shop.cafe.id, category_id=shop.drinks.id), 0, 50).rows
    assert [row.sku for row in snacks] == [row.sku for row in by_sku] == ["KRPK"]
    assert drinks == []
