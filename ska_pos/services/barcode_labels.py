"""Which items get labels, and the labels' plain data (reports/barcode_labels_pdf.py prints them).

The items are chosen by category, by a search (services/item_search.py) or as those without a barcode, a bounded
number at a time; a label carries the item's name, today's price and its barcode (the sentra's own EAN-13 number
first, when it has one).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Barcode, Item
from ska_pos.domain.own_barcodes import is_ean13
from ska_pos.i18n import _
from ska_pos.reports.barcode_label_model import BarcodeLabel, LabelRun
from ska_pos.services import item_search
from ska_pos.services.errors import ValidationError
from ska_pos.services.prices import outlet_today, prices_on

MAX_COPIES = 100
MAX_ITEMS = 1000
MAX_LABELS = 1000  # one printing: 42 A4 sheets of 24, drawn in about 10 s


@dataclass(frozen=True)
class LabelChoice:
    category_id: uuid.UUID | None = None
    text: str = ""
    without_barcode: bool = False


def choose_items(
    session: Session, outlet_id: uuid.UUID, choice: LabelChoice, limit: int = MAX_ITEMS
) -> list[uuid.UUID]:
    """The outlet's active items the choice names, by name (the search's own order for a text)."""
    if choice.text.strip():
        found = item_search.search_page(session, outlet_id, choice.text, limit=limit,
                                        category_id=choice.category_id, active=True)  # fmt: skip
        ids = [item.id for item in found.items]
        if choice.without_barcode:
            coded = set(session.scalars(select(Barcode.item_id).where(Barcode.item_id.in_(ids))))
            ids = [item_id for item_id in ids if item_id not in coded]
        return ids
    query = select(Item.id).where(Item.outlet_id == outlet_id, Item.active)
    if choice.category_id is not None:
        query = query.where(Item.category_id == choice.category_id)
    if choice.without_barcode:
        query = query.where(~exists().where(Barcode.item_id == Item.id))
    return list(session.scalars(query.order_by(Item.name, Item.id).limit(limit)))


def label_run(session: Session, item_ids: Sequence[uuid.UUID], copies: int, language: str) -> LabelRun:
    """`copies` labels of each item that has a barcode, in the order given; items without one have no label."""
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError(_("Copies must be 1 to {most}", most=MAX_COPIES))
    wanted = list(dict.fromkeys(item_ids))
    if len(wanted) > MAX_ITEMS:
        raise ValidationError(_("At most {most} items at a time", most=MAX_ITEMS))
    items = {item.id: item for item in session.scalars(select(Item).where(Item.id.in_(wanted)))}
    codes: dict[uuid.UUID, list[str]] = {}
    for item_id, code in session.execute(select(Barcode.item_id, Barcode.code).where(Barcode.item_id.in_(wanted))):
        codes.setdefault(item_id, []).append(code)
    prices: dict[uuid.UUID, int] = {}
    for outlet_id in {item.outlet_id for item in items.values()}:
        ids = [item_id for item_id, item in items.items() if item.outlet_id == outlet_id]
        prices |= prices_on(session, ids, outlet_today(session, outlet_id))
    labels: list[BarcodeLabel] = []
    for item_id in wanted:
        if item_id not in items or item_id not in codes:
            continue
        code = min(codes[item_id], key=lambda each: (not is_ean13(each), each))
        labels += [BarcodeLabel(items[item_id].name, prices[item_id], code)] * copies
    if len(labels) > MAX_LABELS:
        raise ValidationError(_("At most {most} labels at a time: choose fewer items or copies", most=MAX_LABELS))
    return LabelRun(language, tuple(labels))
