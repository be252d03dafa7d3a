"""The append-only tables made since migration 0013 (orders, sold options, own barcodes) keep their rows: triggers
refuse an update, a delete and a replacing insert, on SQLite and PostgreSQL. The triggers' definitions are those the
migrations made when each wrote its own (`append_only_triggers.json`, taken then); one helper makes them now
(`ska_pos/db/append_only.py`)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import MetaData, Table, create_engine, inspect, select
from sqlalchemy.exc import DBAPIError

from db.append_only_triggers import TABLES, trigger_ddl
from ska_pos.db.engine import make_engine
from ska_pos.db.migrate import alembic_config, upgrade_to_head

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


@pytest.mark.parametrize("table", ["customer_order", "salon_appointment"])
def test_the_one_update_let_through_is_a_phone_sealed_again(url: str, table: str) -> None:
    """Migration 0031: the personal data reseal replaces an order's or a booking's sealed phone (and an order's
    keyed hash with it) and nothing else; any other change, a phone added or removed, and a delete stay refused."""
    engine = make_engine(url)
    upgrade_to_head(engine)
    columns = {column["name"]: column for column in inspect(engine).get_columns(table)}
    row: dict[str, object] = {name: _a_value(column["type"]) for name, column in columns.items()}
    row["phone_sealed"] = "pd1:A256GCM:k1:sealed"
    row["status"] = "booked"
    other = uuid.uuid4() if isinstance(row["id"], uuid.UUID) else "y"  # SQLite reflects the ids as CHAR
    bare = {**row, "id": other, "phone_sealed": None, "seq": 2}  # a row with no phone, its unique columns its own
    bare.update({"day_no": 2, "order_no": "other"} if table == "customer_order" else {"replaces_id": None})
    target = Table(table, MetaData(), autoload_with=engine)
    # The rows' parents do not matter here: inserted with no foreign keys checked (a plain SQLite engine does not
    # check them; on PostgreSQL the replica role skips them, and the triggers, for this transaction only).
    plain = create_engine(url) if engine.dialect.name == "sqlite" else engine
    with plain.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        connection.execute(target.insert(), [row, bare])
    if plain is not engine:
        plain.dispose()
    resealed = {"phone_sealed": "pd1:A256GCM:k2:sealed again"}
    if table == "customer_order":
        resealed["phone_lookup"] = "k2:lookup"
    with engine.begin() as connection:
        connection.execute(target.update().where(target.c.id == row["id"]).values(resealed))
    refused = [
        target.update().where(target.c.id == row["id"]).values(phone_sealed="pd1:A256GCM:k3:x", note="changed"),
        target.update().where(target.c.id == row["id"]).values(note="changed"),
        target.update().where(target.c.id == row["id"]).values(phone_sealed=None),
        target.update().where(target.c.id == row["id"]).values(phone_sealed=""),  # wiped, not sealed again
        target.update().where(target.c.id == row["id"]).values(phone_sealed="0812 3456 7890"),  # in clear
        target.update().where(target.c.id == bare["id"]).values(phone_sealed="pd1:A256GCM:k2:added"),
        target.delete().where(target.c.id == row["id"]),
    ]
    if table == "customer_order":  # the keyed hash to find the phone by goes with it, never away
        refused.append(target.update().where(target.c.id == row["id"])
                       .values(phone_sealed="pd1:A256GCM:k3:x", phone_lookup=None))  # fmt: skip
    for statement in refused:
        with pytest.raises(DBAPIError, match="never updated or deleted"), engine.begin() as connection:
            connection.execute(statement)
    command.downgrade(alembic_config(engine), "0030")  # down, every update is refused again; up, as the migration made
    with pytest.raises(DBAPIError, match="never updated or deleted"), engine.begin() as connection:
        connection.execute(target.update().where(target.c.id == row["id"]).values(phone_sealed="pd1:A256GCM:k3:x"))
    upgrade_to_head(engine)
    with engine.connect() as connection:
        assert trigger_ddl(connection) == MADE[engine.dialect.name]
        kept = set(connection.execute(select(target.c.phone_sealed, target.c.note)).all())
    assert kept == {(None, row["note"]), ("pd1:A256GCM:k2:sealed again", row["note"])}
    engine.dispose()


def _a_value(kind: object) -> object:
    """A value for a column of SQLAlchemy type `kind`: the row is only there to be changed or refused."""
    name = type(kind).__name__.upper()
    if "UUID" in name:
        return uuid.uuid4()
    if "INT" in name or "NUMERIC" in name:
        return 1
    if name == "DATE":
        return date(2026, 12, 7)
    if "DATETIME" in name or "TIMESTAMP" in name:
        return datetime(2026, 12, 7, 2, 0)
    return "x"


@pytest.mark.parametrize("table", ["customer_order", "salon_appointment"])
def test_sqlites_reseal_trigger_keeps_every_column_of_the_table(at_head: Path, table: str) -> None:
    """On SQLite the trigger lists the columns the table had when it was made: a migration that adds a column to the
    table must make the trigger again (`append_only.reseal_only`), or the new column could change with a phone."""
    database = sqlite3.connect(at_head)
    columns = [name for _cid, name, *_rest in database.execute(f"PRAGMA table_info({table})")]
    (trigger,) = database.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (f"{table}_no_update",)
    ).fetchone()
    database.close()
    kept = [name for name in columns if name not in ("phone_sealed", "phone_lookup")]
    assert [name for name in kept if f"NEW.{name} IS OLD.{name}" not in trigger] == []
