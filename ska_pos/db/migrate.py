"""Alembic, driven from code: which schema revisions this SKA POS knows, and the upgrade to the newest.

Who upgrades when is decided in ska_pos/db/opening.py. An upgrade is one transaction (migrations/env.py runs every
migration and Alembic's version row inside one `engine.begin()`; on SQLite the engine's BEGIN IMMEDIATE makes the
DDL transactional too), so a killed upgrade leaves the schema as it was.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


# Every start of a till asks which revisions exist and which is the newest. Alembic would answer by importing all of
# itself and every migration script (about 0.3 s of the start); the answer is two constants in each script, read here
# without running it. tests/db/test_revision_ids.py checks that the answer is Alembic's.
@cache
def _revision_graph() -> dict[str, str | None]:
    """Each revision id in migrations/versions, with the id it revises (None for the first)."""
    graph: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        constants: dict[str, object] = {}
        head = script.read_text("utf-8").split("\ndef ", 1)[0]  # the constants come before the functions
        for node in ast.parse(head, str(script)).body:
            if isinstance(node, ast.AnnAssign | ast.Assign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in {"revision", "down_revision"}:
                        constants[target.id] = ast.literal_eval(node.value)
        revision, revises = constants.get("revision"), constants.get("down_revision")
        if not isinstance(revision, str) or not (revises is None or isinstance(revises, str)):
            raise RuntimeError(f"{script}: expected `revision` and `down_revision` as plain strings (no merges)")
        graph[revision] = revises
    return graph


def newest_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - set(graph.values())
    assert len(heads) == 1, f"the migrations folder must have exactly one head revision, not {sorted(heads)}"
    return heads.pop()


def known_revisions() -> frozenset[str]:
    return frozenset(_revision_graph())


def revision_on(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return revision_on(connection)


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    if current_revision(engine) != head_revision(engine):
        command.upgrade(alembic_config(engine), "head")
