"""Alembic, driven from code: which schema revisions this SKA POS knows, and the upgrade to the newest.

Who upgrades when is decided in ska_pos/db/opening.py. An upgrade is one transaction (migrations/env.py runs every
migration and Alembic's version row inside one `engine.begin()`; on SQLite the engine's BEGIN IMMEDIATE makes the
DDL transactional too), so a killed upgrade leaves the schema as it was.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS_DIR))


def newest_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in _scripts().walk_revisions())


def revision_on(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return revision_on(connection)


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def upgrade_to_head(engine: Engine) -> None:
    if current_revision(engine) != head_revision(engine):
        command.upgrade(alembic_config(engine), "head")
