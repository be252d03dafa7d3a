"""item search: a trigram index over item codes and names, and a prefix index on names

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-06 08:00:00

The till's live search was `lower(name) LIKE '%x%'` over every item: 188 ms per pause in typing on an outlet of
100,000 items when nothing matched. Now (see services/item_search.py and benchmarks/till_scale.py):

- SQLite: an FTS5 table `item_search(sku, name)` with the trigram tokenizer answers substring searches of three
  characters or more. Its rowid is the integer key `item_search_key.id` of the item: an item's own key is a UUID,
  and the implicit rowid of `item` is not stable (VACUUM, or a batch migration that copies the table, renumbers
  it). Triggers on `item` keep both tables in step on insert, on a change of sku or name, and on delete; the rows
  already there are indexed here. Deactivated items stay in the index: the search joins `item` and asks for active
  ones. An index on `(outlet_id, name COLLATE NOCASE, id)` answers name prefixes (shorter texts) in order.
- PostgreSQL: `pg_trgm` GIN indexes on `lower(name)` and `lower(sku)` answer `LIKE '%x%'`, when the extension can
  be created (it is a trusted extension from PostgreSQL 13: the database owner may create it). Where it cannot,
  the upgrade goes on without them and the search still works, by a scan; the administrator can add the
  extension and create them with `_POSTGRES_TRIGRAMS` below. A `(outlet_id, lower(name) text_pattern_ops)` index
  answers name prefixes.

Both: `ix_item_category_name` (in the models too) reads a category's items a page at a time, by name.

A later migration that copies `item` in batch mode on SQLite drops its triggers with the old table: it must create
them again (tests/db/test_item_search_index.py checks they exist at head).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_UP = (
    "CREATE TABLE item_search_key (id INTEGER PRIMARY KEY, item_id CHAR(32) NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE item_search USING fts5(sku, name, tokenize = 'trigram')",
    "INSERT INTO item_search_key (item_id) SELECT id FROM item ORDER BY rowid",
    "INSERT INTO item_search (rowid, sku, name)"
    " SELECT k.id, i.sku, i.name FROM item_search_key AS k JOIN item AS i ON i.id = k.item_id",
    "CREATE TRIGGER item_search_insert AFTER INSERT ON item BEGIN"
    " INSERT INTO item_search_key (item_id) VALUES (new.id);"
    " INSERT INTO item_search (rowid, sku, name) VALUES (last_insert_rowid(), new.sku, new.name);"
    " END",
    "CREATE TRIGGER item_search_update AFTER UPDATE OF sku, name ON item BEGIN"
    " UPDATE item_search SET sku = new.sku, name = new.name"
    " WHERE rowid = (SELECT id FROM item_search_key WHERE item_id = new.id);"
    " END",
    "CREATE TRIGGER item_search_delete AFTER DELETE ON item BEGIN"
    " DELETE FROM item_search WHERE rowid = (SELECT id FROM item_search_key WHERE item_id = old.id);"
    " DELETE FROM item_search_key WHERE item_id = old.id;"
    " END",
    "CREATE INDEX ix_item_name_nocase ON item (outlet_id, name COLLATE NOCASE, id)",
)
_SQLITE_DOWN = (
    "DROP INDEX ix_item_name_nocase",
    "DROP TRIGGER item_search_delete",
    "DROP TRIGGER item_search_update",
    "DROP TRIGGER item_search_insert",
    "DROP TABLE item_search",
    "DROP TABLE item_search_key",
)
_POSTGRES_TRIGRAMS = (
    "CREATE INDEX ix_item_name_trgm ON item USING gin (lower(name) gin_trgm_ops)",
    "CREATE INDEX ix_item_sku_trgm ON item USING gin (lower(sku) gin_trgm_ops)",
)


def upgrade() -> None:
    op.create_index("ix_item_category_name", "item", ["category_id", "name", "id"])
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        for statement in _SQLITE_UP:
            op.execute(sa.text(statement))
        return
    op.execute(sa.text("CREATE INDEX ix_item_outlet_lower_name ON item (outlet_id, lower(name) text_pattern_ops)"))
    try:
        with bind.begin_nested():  # a refused extension must not abort the whole upgrade
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        return  # no trigram indexes: substring searches scan the outlet's items (see the docstring)
    for statement in _POSTGRES_TRIGRAMS:
        op.execute(sa.text(statement))


def downgrade() -> None:
    op.drop_index("ix_item_category_name", table_name="item")
    if op.get_bind().dialect.name != "postgresql":
        for statement in _SQLITE_DOWN:
            op.execute(sa.text(statement))
        return
    for name in ("ix_item_sku_trgm", "ix_item_name_trgm", "ix_item_outlet_lower_name"):
        op.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))
