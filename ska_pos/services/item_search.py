"""Searching an outlet's items by code or name, a page at a time, at any catalog size.

Results come in three tiers, each in an order an index gives without sorting the matches:
1. the item whose barcode or SKU is exactly the text;
2. items whose name starts with the text (case ignored), by name;
3. items whose name or SKU holds the text elsewhere (three characters or more): on SQLite from the FTS5 trigram
   table of revision 0007, in its order (oldest item first), on PostgreSQL from the `pg_trgm` indexes on
   lower(name) and lower(sku) (a scan of the outlet's items where the server has no `pg_trgm`), by name.
A text of one or two characters is too short for trigrams: it finds tiers 1 and 2 only. Pages follow each other by
a `SearchCursor` (keyset), never by reading what came before again.

The till searches at every pause in typing: the statements are built once per database kind, with bound parameters,
so a search costs the database's answer and little of SQLAlchemy's building (benchmarks/till_scale.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, and_, bindparam, column, func, or_, select, table, text
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
    session: Session,
    outlet_id: uuid.UUID,
    text_: str,
    *,
    limit: int = 30,
    after: SearchCursor | None = None,
    category_id: uuid.UUID | None = None,
    active: bool | None = True,
) -> SearchPage:
    """Up to `limit` items of the outlet that match `text_`, best first, from `after` on: the active ones (the
    till's), or with `active` False or None the inactive ones or all (the manager's list); with `category_id`, of
    that category only."""
    wanted = text_.strip()
    if not wanted or limit <= 0:
        return SearchPage([], None)
    statements = _statements(session.get_bind().dialect.name, active, category_id is not None)
    exact = _exact_codes(session, statements, outlet_id, category_id, wanted)
    cursor = after or SearchCursor(EXACT, -1, tuple(item.id for item in exact))
    hits: list[_Hit] = []
    room = limit + 1  # one more than asked: whether a next page exists
    if cursor.tier == EXACT:
        hits += [_Hit(item, EXACT, index) for index, item in enumerate(exact) if index > cursor.key][:room]
    lowered = _escaped(wanted.lower())
    params = {"outlet_id": outlet_id, "category_id": category_id, "exact_ids": list(cursor.exact_ids), "low": wanted,
              "high": wanted + "\U0010ffff", "starts": lowered + "%", "inside": "%" + lowered + "%",
              "phrase": '"' + wanted.replace('"', '""') + '"'}  # fmt: skip
    if cursor.tier <= PREFIX and len(hits) < room:
        key = cursor.key if cursor.tier == PREFIX else None
        hits += _hits(session, statements.prefix, PREFIX, params, key, room - len(hits))
    if len(wanted) >= MIN_SUBSTRING_CHARS and len(hits) < room:
        key = cursor.key if cursor.tier == SUBSTRING else None
        hits += _hits(session, statements.substring, SUBSTRING, params, key, room - len(hits))
    if len(hits) <= limit:
        return SearchPage([hit.item for hit in hits], None)
    last = hits[limit - 1]
    return SearchPage([hit.item for hit in hits[:limit]], SearchCursor(last.tier, last.key, cursor.exact_ids))


@dataclass(frozen=True)
class _Tier:
    first: Select[Item, Any]  # the first page; `after`: from after a key on
    after: Select[Item, Any]
    keyed_by_name: bool  # the key is (name key, id); else the search index's integer


@dataclass(frozen=True)
class _Statements:
    by_barcode: Select[Item]
    by_sku: Select[Item]
    prefix: _Tier
    substring: _Tier


def _exact_codes(
    session: Session, statements: _Statements, outlet_id: uuid.UUID, category_id: uuid.UUID | None, code: str
) -> list[Item]:
    place = {"outlet_id": outlet_id, "category_id": category_id}
    found = {item.id: item for item in session.scalars(statements.by_barcode, {**place, "code": code})}
    for item in session.scalars(statements.by_sku, {**place, "sku": code.upper()}):
        found.setdefault(item.id, item)
    return list(found.values())


def _hits(session: Session, tier: _Tier, number: int, params: dict[str, Any], key: Any, room: int) -> list[_Hit]:
    if key is None:
        rows = session.execute(tier.first, {**params, "room": room}).all()
    elif tier.keyed_by_name:
        rows = session.execute(tier.after, {**params, "room": room, "last_key": key[0], "last_id": key[1]}).all()
    else:
        rows = session.execute(tier.after, {**params, "room": room, "last_key": key}).all()
    if tier.keyed_by_name:
        return [_Hit(item, number, (found_key, item.id)) for item, found_key in rows]
    return [_Hit(item, number, found_key) for item, found_key in rows]


def _escaped(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@cache
def _statements(dialect: str, active_only: bool | None = True, by_category: bool = False) -> _Statements:
    on_sqlite = dialect == "sqlite"
    wanted: list[Any] = []  # conditions
    if active_only is not None:
        wanted.append(Item.active if active_only else ~Item.active)
    if by_category:
        wanted.append(Item.category_id == bindparam("category_id"))
    active = and_(
        Item.outlet_id == bindparam("outlet_id"),
        *wanted,
        Item.id.not_in(bindparam("exact_ids", expanding=True)),
    )
    outlet_id: BindParameter[uuid.UUID] = bindparam("outlet_id")
    by_barcode = select(Item).join(Barcode).where(Barcode.outlet_id == outlet_id, Barcode.code == bindparam("code"))
    by_sku = select(Item).where(Item.outlet_id == outlet_id, Item.sku == bindparam("sku"))  # each on its own index
    if on_sqlite:  # LIKE ignores ASCII case on SQLite; the range lets the NOCASE index answer in order
        name_key: ColumnElement[str] = Item.name.collate("NOCASE")
        starts: ColumnElement[bool] = and_(
            name_key >= bindparam("low"), name_key < bindparam("high"), Item.name.like(bindparam("starts"), escape="\\")
        )
    else:
        name_key = func.lower(Item.name)
        starts = name_key.like(bindparam("starts"), escape="\\")
    prefix = select(Item, name_key).where(active, starts)
    prefix_tier = _keyed_by_name(prefix, name_key)
    if on_sqlite:  # in the trigram index's order: sorting every match of a common word costs too much
        inside = (
            select(Item, _fts.c.rowid)
            .select_from(_fts)
            .join(_keys, _keys.c.id == _fts.c.rowid)
            .join(Item, Item.id == _keys.c.item_id)
            .where(text(f"{FTS_TABLE} MATCH :phrase"), active, ~starts)
        )
        room: BindParameter[int] = bindparam("room")
        substring_tier = _Tier(
            inside.order_by(_fts.c.rowid).limit(room),
            inside.where(_fts.c.rowid > bindparam("last_key")).order_by(_fts.c.rowid).limit(room),
            keyed_by_name=False,
        )
    else:  # PostgreSQL: the bitmap of the trigram indexes' matches, sorted by name
        pattern: BindParameter[str] = bindparam("inside")
        matches = or_(name_key.like(pattern, escape="\\"), func.lower(Item.sku).like(pattern, escape="\\"))
        substring_tier = _keyed_by_name(select(Item, name_key).where(active, ~starts, matches), name_key)
    return _Statements(by_barcode.where(*wanted), by_sku.where(*wanted), prefix_tier, substring_tier)


def _keyed_by_name(query: Select[Item, Any], name_key: ColumnElement[str]) -> _Tier:
    room: BindParameter[int] = bindparam("room")
    last_key: BindParameter[str] = bindparam("last_key")
    last_id: BindParameter[uuid.UUID] = bindparam("last_id")
    later = or_(name_key > last_key, and_(name_key == last_key, Item.id > last_id))
    return _Tier(
        query.order_by(name_key, Item.id).limit(room),
        query.where(later).order_by(name_key, Item.id).limit(room),
        keyed_by_name=True,
    )
