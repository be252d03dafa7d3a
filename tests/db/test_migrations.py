"""The schema comes from Alembic alone: a linear chain, in step with the models, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, inspect, text

from ska_pos.db.database import open_database
from ska_pos.db.engine import make_engine
from ska_pos.db.item_search import in_the_models
from ska_pos.db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head
from ska_pos.db.models import Base


def test_the_revision_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    assert [r.down_revision for r in revisions][-1] is None
    assert all(len(r._all_down_revisions) <= 1 for r in revisions)


def test_opening_a_new_file_upgrades_it_to_head_with_pragmas(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert current_revision(database.engine) == head_revision(database.engine)
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    assert set(Base.metadata.tables) <= set(inspect(database.engine).get_table_names())
    database.dispose()


def _context(connection: Connection) -> MigrationContext:
    """Alembic's comparison, leaving out the item search index that no model describes (ska_pos/db/item_search.py)."""
    return MigrationContext.configure(connection, opts={"include_name": in_the_models})


def test_the_migrations_match_the_models(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'cmp.sqlite3'}")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        differences = compare_metadata(_context(connection), Base.metadata)
    assert differences == []
    engine.dispose()


def test_upgrading_twice_changes_nothing(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'twice.sqlite3'}")
    upgrade_to_head(engine)
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision(engine)
    engine.dispose()


@pytest.mark.postgres
# SQLAlchemy reflects the NOT VALID `ck_payment_amount` (revision 0004) into CheckConstraint(dialect_options=...),
# which it then warns it cannot validate; the comparison ignores CHECK constraints anyway.
@pytest.mark.filterwarnings("ignore:Can't validate argument 'dialect_options':sqlalchemy.exc.SAWarning")
def test_the_same_schema_on_postgresql(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        differences = compare_metadata(_context(connection), Base.metadata)
    assert differences == []
    engine.dispose()
