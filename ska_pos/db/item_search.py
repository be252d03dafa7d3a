"""The names of the item search index (revision 0007), kept outside the models.

The search index is made of objects the ORM does not map: on SQLite an FTS5 table with the trigram tokenizer (and
the shadow tables FTS5 keeps beside it), a table that gives every item a stable integer key into it, the triggers
that keep both in step with `item`, and an index for name prefixes; on PostgreSQL expression indexes (trigram GIN
when `pg_trgm` is there, and a `lower(name)` prefix index). Alembic's comparison of models and database
(`include_name`) and the checks that list a database's tables must leave them out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.runtime.environment import NameFilterParentNames, NameFilterType

FTS_TABLE = "item_search"
KEY_TABLE = "item_search_key"
FTS_SHADOW_TABLES = frozenset(f"{FTS_TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config"))
SQLITE_TABLES = frozenset({FTS_TABLE, KEY_TABLE}) | FTS_SHADOW_TABLES
TRIGGERS = frozenset({"item_search_insert", "item_search_update", "item_search_delete"})
SQLITE_PREFIX_INDEX = "ix_item_name_nocase"
POSTGRES_PREFIX_INDEX = "ix_item_outlet_lower_name"
POSTGRES_TRIGRAM_INDEXES = frozenset({"ix_item_name_trgm", "ix_item_sku_trgm"})
INDEXES = frozenset({SQLITE_PREFIX_INDEX, POSTGRES_PREFIX_INDEX}) | POSTGRES_TRIGRAM_INDEXES


def in_the_models(name: str | None, type_: NameFilterType, _parent_names: NameFilterParentNames) -> bool:
    """Alembic's `include_name`: False for the objects of the search index, which no model describes."""
    if type_ == "table":
        return name not in SQLITE_TABLES
    if type_ == "index":
        return name not in INDEXES
    return True
