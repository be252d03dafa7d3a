"""Alembic environment: takes the engine from the caller, batch mode on SQLite.

All pending migrations and Alembic's version row go in one transaction (`engine.begin()`, with no transaction per
migration): an upgrade killed half way leaves the schema as it was. On SQLite this holds because the engine starts
each transaction with BEGIN IMMEDIATE and pysqlite's own commits before DDL are off (ska_pos/db/engine.py);
tests/db/test_interrupted_set_up.py kills `ska-pos init` to prove it.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from ska_pos.db.item_search import in_the_models
from ska_pos.db.models import Base

config = context.config


def run_migrations_online() -> None:
    engine: Engine = config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            transaction_per_migration=False,
            include_name=in_the_models,
        )
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("SKA POS migrations run online only")
run_migrations_online()
