"""A price an import changes goes into the item's price history from the outlet's today, as the item form's change
for today does: the day's price is the imported one, earlier days keep the old one, and a price scheduled for a
later day still takes over on its day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import time_machine
from shop import Shop, act_as
from sqlalchemy import select

from ska_pos.db.models import Item
from ska_pos.services.catalog_import import import_catalog
from ska_pos.services.prices import change_price, price_history, price_on

HEADER = "sku,name,price,outlet_code,category,kind,unit,barcodes,maker_code,min_quantity\n"
TODAY = date(2026, 12, 6)  # in Jakarta at 10:00 WIB
NOW = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)


def imported(shop: Shop, tmp_path: Path, rows: str) -> None:
    path = tmp_path / "harga.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        import_catalog(s, manager, path, default_outlet=s.merge(shop.cafe))


def test_an_imported_price_is_todays_and_the_days_before_keep_the_old_one(shop: Shop, tmp_path: Path) -> None:
    with time_machine.travel(NOW - timedelta(days=2), tick=False):
        imported(shop, tmp_path, "NEW1,Barang Baru,1500,,,,,,,\n")  # made two days ago, at Rp1.500
    with time_machine.travel(NOW, tick=False):
        imported(shop, tmp_path, "NEW1,Barang Baru,1750,,,,,,,\n")
        with shop.db.reading() as s:
            item_id = s.scalars(select(Item.id).where(Item.sku == "NEW1")).one()
            assert price_on(s, item_id, TODAY) == 1_750
            assert price_on(s, item_id, TODAY - timedelta(days=1)) == 1_500
            assert price_on(s, item_id, TODAY - timedelta(days=2)) == 1_500
            history = price_history(s, item_id)
    assert sorted((entry.effective_from, entry.price) for entry in history.entries) == [
        (TODAY - timedelta(days=2), 1_500), (TODAY, 1_750)]  # fmt: skip


def test_an_import_after_a_change_for_today_wins_and_a_scheduled_price_still_comes(shop: Shop, tmp_path: Path) -> None:
    manager = act_as(shop, "manager")
    with time_machine.travel(NOW, tick=False), shop.db.transaction() as s:
        change_price(s, manager, shop.kopi.id, 8_500)
        change_price(s, manager, shop.kopi.id, 9_500, TODAY + timedelta(days=3))
    with time_machine.travel(NOW + timedelta(minutes=5), tick=False):
        imported(shop, tmp_path, "KOPI,Kopi Tubruk,9000,,Minuman,,,8990002,W002,\n")
        with shop.db.reading() as s:
            assert price_on(s, shop.kopi.id, TODAY) == 9_000
            assert price_on(s, shop.kopi.id, TODAY + timedelta(days=3)) == 9_500
