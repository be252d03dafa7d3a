"""Low stock and reorder: an item's minimum (audited, never below zero), which items are low now, and the reorder
list by whom to ask (the supplier who delivered last, else the maker), as the screen, the CLI and its CSV show it."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from shop import Shop, act_as, as_admin
from sqlalchemy import select

from ska_pos.cli.main import main
from ska_pos.db.models import AuditEntry
from ska_pos.services import setup
from ska_pos.services.errors import NotFound, PermissionDenied, ValidationError
from ska_pos.services.stock import receiving
from ska_pos.services.stock.minimums import low_items, reorder_list, set_minimum
from ska_pos.services.stock.on_hand_page import StockFilter, on_hand_page
from ska_pos.services.stock.receiving import IncomingLine
from stock.helpers import receive, sell, supplier


def _minimum(shop: Shop, item_id: object, quantity: Decimal | None) -> bool:
    with shop.db.transaction() as s:
        return set_minimum(s, act_as(shop, "manager"), item_id, quantity)  # type: ignore[arg-type]


def test_an_item_is_low_at_or_below_its_minimum_and_the_list_filters_on_it(shop: Shop) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 10, 7_000)
    assert _minimum(shop, shop.keripik.id, Decimal(8))
    assert not _minimum(shop, shop.keripik.id, Decimal(8))  # the same again changes nothing
    with shop.db.reading() as s:
        assert low_items(s, shop.cafe.id, [shop.keripik.id]) == set()
        assert on_hand_page(s, StockFilter(shop.cafe.id, low_only=True), 0, 50).rows == []
    sell(shop, shop.keripik.id, 2)
    with shop.db.reading() as s:
        assert low_items(s, shop.cafe.id, [shop.keripik.id, shop.kopi.id]) == {shop.keripik.id}
        rows = on_hand_page(s, StockFilter(shop.cafe.id, low_only=True), 0, 50).rows
    assert [(row.sku, row.quantity, row.minimum, row.low) for row in rows] == [("KRPK", Decimal(8), Decimal(8), True)]
    with shop.db.reading() as s:
        changes = s.scalars(select(AuditEntry.action).where(AuditEntry.action == "stock.minimum")).all()
    assert changes == ["stock.minimum"]


def test_a_minimum_is_never_below_zero_nor_on_an_untracked_item_nor_set_by_a_supervisor(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="A minimum cannot be below zero"):
        _minimum(shop, shop.keripik.id, Decimal(-1))
    with pytest.raises(NotFound):
        _minimum(shop, shop.kopi.id, Decimal(1))  # Kopi Tubruk's stock is not tracked
    with pytest.raises(PermissionDenied), shop.db.transaction() as s:
        set_minimum(s, act_as(shop, "supervisor"), shop.keripik.id, Decimal(1))


def test_taking_the_minimum_away_takes_the_item_off_the_reorder_list(shop: Shop) -> None:
    _minimum(shop, shop.keripik.id, Decimal(5))
    with shop.db.reading() as s:
        assert [row.sku for row in reorder_list(s, shop.cafe.id)] == ["KRPK"]
    assert _minimum(shop, shop.keripik.id, None)
    with shop.db.reading() as s:
        assert reorder_list(s, shop.cafe.id) == []


def test_the_reorder_list_asks_the_last_supplier_else_the_maker_and_is_written_as_csv(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with shop.db.transaction() as s:
        tas = setup.create_item(s, as_admin(s), s.merge(shop.cafe), "TAS", "Tas Anyaman", 50_000,
                                track_stock=True).id  # fmt: skip
    receive(shop, supplier(shop, "TANI"), shop.keripik.id, 3, 7_000)
    receive(shop, supplier(shop, "SARI"), shop.keripik.id, 1, 7_500)  # delivered last: the one to ask
    with shop.db.transaction() as s:
        receiving.consign_in(s, act_as(shop, "supervisor"), shop.siti.id, [IncomingLine(tas, Decimal(2), 40_000)])
    for item_id in (shop.keripik.id, tas):
        _minimum(shop, item_id, Decimal(6))
    with shop.db.reading() as s:
        rows = reorder_list(s, shop.cafe.id)
    assert [(row.source, row.sku, row.on_hand, row.short) for row in rows] == [
        ("Koperasi Tani Makmur (SARI)", "KRPK", Decimal(4), Decimal(2)),
        ("Siti Rahayu", "TAS", Decimal(2), Decimal(4)),
    ]
    url, out = f"sqlite:///{tmp_path / 'pos.sqlite3'}", tmp_path / "reorder.csv"
    assert main(["--lang", "en", "--db", url, "stock", "reorder", "--outlet", "kfe", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Koperasi Tani Makmur (SARI)" in printed
    assert "2 items to reorder" in printed
    with out.open(newline="", encoding="utf-8-sig") as file:
        written = list(csv.reader(file))
    assert written[0] == ["source", "sku", "name", "unit", "on_hand", "minimum", "short"]
    assert written[1] == ["Koperasi Tani Makmur (SARI)", "KRPK", "Keripik Singkong", "pcs", "4", "6", "2"]
    assert main(["--lang", "en", "--db", url, "stock", "reorder", "--outlet", "XXX"]) != 0
