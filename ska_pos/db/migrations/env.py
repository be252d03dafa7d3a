"""Alembic environment: takes the engine from the caller, batch mode on SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

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
        )
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("SKA POS migrations run online only")
run_migrations_online()
