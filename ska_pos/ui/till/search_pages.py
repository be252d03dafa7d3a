"""The sale screen's search, a page at a time: each row the item's name, today's price and its code (and a quiet
"low stock" when the item is at or below its minimum), and where the next page starts (none after the last)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.services import item_search, prices
from ska_pos.services.item_search import SearchCursor
from ska_pos.services.stock.minimums import low_items
from ska_pos.ui.till.sale_view import SearchRows

PAGE_SIZE = 30


@dataclass(frozen=True)
class SearchResults:
    text: str
    rows: SearchRows
    next: SearchCursor | None  # None: nothing more to show


def read_search_page(
    outlet_id: uuid.UUID, text: str, language: str, after: SearchCursor | None = None
) -> Callable[[Session], SearchResults]:
    def work(session: Session) -> SearchResults:
        page = item_search.search_page(session, outlet_id, text, limit=PAGE_SIZE, after=after)
        ids = [item.id for item in page.items]
        today = prices.prices_on(session, ids, prices.outlet_today(session, outlet_id))
        low = low_items(session, outlet_id, ids)
        rows = [(item.id, f"{item.name}  ·  {format_rupiah(today[item.id], language)}  ·  {item.sku}"
                 + (f"  ·  {_low_stock()}" if item.id in low else "")) for item in page.items]  # fmt: skip
        return SearchResults(text, rows, page.next)

    return work


def _low_stock() -> str:
    return QCoreApplication.translate("", "low stock")
