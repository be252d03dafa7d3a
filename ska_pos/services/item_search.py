"""Searching an outlet's items by code or name, a page at a time, at any catalog size.

Results come in three tiers, each in an order an index gives without sorting the matches:
1. the item whose barcode or SKU is exactly the text;
2. items whose name starts with the text (case ignored), by name;
3. items whose name or SKU holds the text elsewhere (three characters or more): on SQLite from the FTS5 trigram
   table of revision 0007, in its order (oldest item first), on PostgreSQL from the `pg_trgm` indexes on
   lower(name) and lower(sku) (a scan of the outlet's items where the server has no `pg_trgm`), by name.
A text of one or two characters is too short for trigrams: it finds tiers 1 and 2 only. Pages follow each other by
a `SearchCursor` (keyset), never by reading what came before again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, column, func, or_, select, table, text
from sqlalchemy.orm import Session

from ska_pos.db.item_search import FTS_TABLE, KEY_TABLE
from ska_pos.db.models import Barcode, Item

MIN_SUBSTRING_CHARS = 3
EXACT, PREFIX, SUBSTRING = 0, 1, 2

_fts = table(FTS_TABLE, column("rowid"))
_keys = table(KEY_TABLE, column("id"), column("item_id"))


@dataclass(frozen=True)
class SearchCursor:
    """Where the next page starts: after `key` in `tier`, without the exact matches already shown."""

    tier: int
    key: Any
    exact_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class SearchPage:
    items: list[Item]
    next: SearchCursor | None  # None: this was the last page


@dataclass(frozen=True)
class _Hit:
    item: Item
    tier: int
    key: Any


def search_page(
    session: Session, outlet_id: uuid.UUID, text_: str, *, limit: int = 30, after: SearchCursor | None = None
) -> SearchPage:
    """Up to `limit` active items of the outlet that match `text_`, best first, from `after` on."""
    wanted = text_.strip()
    if not wanted or limit <= 0:
        return SearchPage([], None)
    exact = _exact_codes(session, outlet_id, wanted)
    cursor = after or SearchCursor(EXACT, -1, tuple(item.id for item in exact))
    hits: list[_Hit] = []
    room = limit + 1  # one more than asked: whether a next page exists
    if cursor.tier == EXACT:
        hits += [_Hit(item, EXACT, index) for index, item in enumerate(exact) if index > cursor.key][:room]
    if cursor.tier <= PREFIX and len(hits) < room:
        key = cursor.key if cursor.tier == PREFIX else None
        hits += _prefix_hits(session, outlet_id, wanted, cursor.exact_ids, key, room - len(hits))
    if len(wanted) >= MIN_SUBSTRING_CHARS and len(hits) < room:
        key = cursor.key if cursor.tier == SUBSTRING else None
        hits += _substring_hits(session, outlet_id, wanted, cursor.exact_ids, key, room - len(hits))
    if len(hits) <= limit:
        return SearchPage([hit.item for hit in hits], None)
    last = hits[limit - 1]
    return SearchPage([hit.item for hit in hits[:limit]], SearchCursor(last.tier, last.key, cursor.exact_ids))


def _exact_codes(session: Session, outlet_id: uuid.UUID, code: str) -> list[Item]:
    by_barcode = session.scalars(
        select(Item).join(Barcode).where(Barcode.outlet_id == outlet_id, Barcode.code == code, Item.active)
    ).all()
    by_sku = session.scalars(select(Item).where(Item.outlet_id == outlet_id, Item.sku == code.upper(), Item.active))
    found: dict[uuid.UUID, Item] = {item.id: item for item in by_barcode}
    for item in by_sku:
        found.setdefault(item.id, item)
    return list(found.values())


def _escaped(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _on_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _name_starts_with(session: Session, wanted: str) -> ColumnElement[bool]:
    pattern = _escaped(wanted.lower()) + "%"
    if _on_sqlite(session):  # LIKE ignores ASCII case on SQLite; the range lets the NOCASE index answer
        name = Item.name.collate("NOCASE")
        return and_(name >= wanted, name < wanted + "\U0010ffff", Item.name.like(pattern, escape="\\"))
    return func.lower(Item.name).like(pattern, escape="\\")


def _name_key(session: Session) -> ColumnElement[str]:
    return Item.name.collate("NOCASE") if _on_sqlite(session) else func.lower(Item.name)


def _active_of(outlet_id: uuid.UUID, exact_ids: tuple[uuid.UUID, ...]) -> ColumnElement[bool]:
    """The outlet's active items, without the exact matches already listed."""
    active = and_(Item.outlet_id == outlet_id, Item.active)
    return and_(active, Item.id.not_in(exact_ids)) if exact_ids else active


def _prefix_hits(
    session: Session, outlet_id: uuid.UUID, wanted: str, exact_ids: tuple[uuid.UUID, ...], after: Any, room: int
) -> list[_Hit]:
    name_key = _name_key(session)
    query = select(Item, name_key).where(_active_of(outlet_id, exact_ids), _name_starts_with(session, wanted))
    if after is not None:
        last_name, last_id = after
        query = query.where(or_(name_key > last_name, and_(name_key == last_name, Item.id > last_id)))
    rows = session.execute(query.order_by(name_key, Item.id).limit(room)).all()
    return [_Hit(item, PREFIX, (key, item.id)) for item, key in rows]


def _substring_hits(
    session: Session, outlet_id: uuid.UUID, wanted: str, exact_ids: tuple[uuid.UUID, ...], after: Any, room: int
) -> list[_Hit]:
    wanted_here = and_(~_name_starts_with(session, wanted), _active_of(outlet_id, exact_ids))
    if _on_sqlite(session):  # in the trigram index's order: sorting every match of a common word costs too much
        phrase = '"' + wanted.replace('"', '""') + '"'
        query = (
            select(Item, _fts.c.rowid)
            .select_from(_fts)
            .join(_keys, _keys.c.id == _fts.c.rowid)
            .join(Item, Item.id == _keys.c.item_id)
            .where(text(f"{FTS_TABLE} MATCH :phrase").bindparams(phrase=phrase), wanted_here)
        )
        if after is not None:
            query = query.where(_fts.c.rowid > after)
        found = session.execute(query.order_by(_fts.c.rowid).limit(room)).all()
        return [_Hit(item, SUBSTRING, rowid) for item, rowid in found]
    # PostgreSQL: the bitmap of the trigram indexes' matches, sorted by name
    pattern = "%" + _escaped(wanted.lower()) + "%"
    name_key = func.lower(Item.name)
    matches = or_(name_key.like(pattern, escape="\\"), func.lower(Item.sku).like(pattern, escape="\\"))
    by_name = select(Item, name_key).where(matches, wanted_here)
    if after is not None:
        last_name, last_id = after
        by_name = by_name.where(or_(name_key > last_name, and_(name_key == last_name, Item.id > last_id)))
    rows = session.execute(by_name.order_by(name_key, Item.id).limit(room)).all()
    return [_Hit(item, SUBSTRING, (key, item.id)) for item, key in rows]
