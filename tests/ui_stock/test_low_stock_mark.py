"""The till's search says quietly when an item is at or below its minimum: a word on its row, no dialog."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from shop import Shop, act_as
from stock.helpers import receive, supplier

from ska_pos.services.stock.minimums import set_minimum
from ska_pos.ui.till.search_pages import read_search_page


def _rows(shop: Shop, text: str) -> object:
    """Read as the till reads it: off the screen's thread."""

    def read() -> object:
        with shop.db.reading() as s:
            return read_search_page(shop.cafe.id, text, "en")(s).rows

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(read).result()


@pytest.mark.gui
def test_the_till_search_marks_an_item_that_runs_low(shop: Shop, qapp: QApplication) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 3, 7_000)
    before = _rows(shop, "keripik")
    assert before == [(shop.keripik.id, "Keripik Singkong  ·  Rp12,500  ·  KRPK")]
    with shop.db.transaction() as s:
        set_minimum(s, act_as(shop, "manager"), shop.keripik.id, Decimal(3))
    after, others = _rows(shop, "keripik"), _rows(shop, "kopi")
    assert after == [(shop.keripik.id, "Keripik Singkong  ·  Rp12,500  ·  KRPK  ·  low stock")]
    assert others == [(shop.kopi.id, "Kopi Tubruk  ·  Rp8,000  ·  KOPI")]
