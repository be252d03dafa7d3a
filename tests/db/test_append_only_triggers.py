"""The append-only tables made since migration 0013 (orders, sold options, own barcodes) keep their rows: triggers
refuse an update, a delete and a replacing insert, on SQLite and PostgreSQL. The triggers' definitions are those the
migrations made when each wrote its own (`append_only_triggers.json`, taken then); one helper makes them now
(`ska_pos/db/append_only.py`)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from db.append_only_triggers import TABLES, trigger_ddl
from ska_pos.db.engine import make_engine
from ska_pos.db.migrate import upgrade_to_head

MADE = json.loads((Path(__file__).parent / "append_only_triggers.json").read_text(encoding="utf-8"))


def test_upgraded_to_head_the_triggers_are_those_the_migrations_made(url: str) -> None:
    engine = make_engine(url)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        assert trigger_ddl(connection) == MADE[engine.dialect.name]
    engine.dispose()


def _a_row(database: sqlite3.Connection, table: str) -> dict[str, object]:
    """A value for every column, by its declared type: the row is only there to be refused."""
    row: dict[str, object] = {}
    for _cid, name, declared, *_rest in database.execute(f"PRAGMA table_info({table})"):
        kind = declared.upper()
        row[name] = (
            uuid.uuid4().hex if kind == "CHAR(32)" else 1 if "INT" in kind or "NUMERIC" in kind or "BOOL" in kind
            else "2026-12-06" if kind == "DATE" else "2026-12-06 10:00:00.000000" if "DATETIME" in kind else "x"
        )  # fmt: skip
    return row


@pytest.fixture(scope="module")
def at_head(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("head") / "pos.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()
    return path


@pytest.mark.parametrize("table", TABLES)
def test_sqlite_refuses_to_change_or_replace_a_row(at_head: Path, tmp_path: Path, table: str) -> None:
    path = Path(shutil.copy(at_head, tmp_path / "pos.sqlite3"))
    # Plain sqlite3: no foreign keys (the row's parents do not matter here) and no CHECKs (nor its values).
    database = sqlite3.connect(path, isolation_level=None)
    database.execute("PRAGMA ignore_check_constraints = ON")
    row = _a_row(database, table)
    database.execute(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values())
    )
    column = next(name for name in row if name != "id")
    for statement in (f"UPDATE {table} SET {column} = {column}", f"DELETE FROM {table}",
                      f"INSERT OR REPLACE INTO {table} SELECT * FROM {table}"):  # fmt: skip
        with pytest.raises(sqlite3.IntegrityError, match="never"):
            database.execute(statement)
    assert database.execute(f"SELECT count(*) FROM {table}").fetchone() == (1,)
    database.close()
