"""Write transactions hold SQLite's write lock from their first statement; reading sessions never take it and
refuse to write, on SQLite and on PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from shop import Shop
from sqlalchemy import insert, select, update
from sqlalchemy.exc import DBAPIError

from ska_pos.db.database import Database, WriteInReadingSession
from ska_pos.db.models import Sentra, Setting


def _other_writer(db: Database) -> sqlite3.Connection:
    """A second connection to the same file, as another till would have; it never waits for a lock."""
    return sqlite3.connect(db.url.removeprefix("sqlite:///"), timeout=0, isolation_level=None)


def test_a_write_transaction_takes_the_write_lock_at_its_first_read(db: Database) -> None:
    other = _other_writer(db)
    with db.transaction() as session:
        session.scalar(select(Sentra.id))  # only a read: the decision a write will rest on
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_a_reading_session_never_takes_the_write_lock(db: Database) -> None:
    other = _other_writer(db)
    with db.reading() as session:
        session.scalar(select(Sentra.id))
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO setting (scope, key, value, updated_at) VALUES ('global', 'x', '1', '2026-12-06')")
        other.execute("COMMIT")
    other.close()
    with db.reading() as session:
        assert session.scalar(select(Setting.value).where(Setting.key == "x")) == "1"


def _rename_while_reading(shop: Shop) -> None:
    with shop.db.reading() as session:
        outlet = session.get(type(shop.cafe), shop.cafe.id)
        assert outlet is not None
        outlet.name = "Renamed while reading"


def _add_then_query_while_reading(shop: Shop) -> None:
    with shop.db.reading() as session:
        session.add(Setting(scope="global", key="lost", value="1"))
        session.scalar(select(Setting.value).where(Setting.key == "lost"))  # autoflush would write it


def test_a_change_made_while_reading_is_refused_not_lost(shop: Shop) -> None:
    with pytest.raises(WriteInReadingSession):
        _rename_while_reading(shop)
    with pytest.raises(WriteInReadingSession):
        _add_then_query_while_reading(shop)
    with shop.db.reading() as session:
        assert session.get(type(shop.cafe), shop.cafe.id).name == "Kafe Budi Luhur"  # type: ignore[union-attr]
        assert session.scalar(select(Setting.value).where(Setting.key == "lost")) is None


def test_a_statement_that_writes_fails_in_a_reading_session(shop: Shop) -> None:
    with pytest.raises(DBAPIError, match=r"readonly|read-only"), shop.db.reading() as session:
        session.execute(update(Sentra).values(name="Renamed"))
    # The same pooled connection writes again in the next transaction.
    with shop.db.transaction() as session:
        session.execute(insert(Setting).values(scope="global", key="after", value="1"))
    with shop.db.reading() as session:
        assert session.scalar(select(Setting.value).where(Setting.key == "after")) == "1"
        assert session.scalar(select(Sentra.name)) == "Sentra Budi Luhur"


@pytest.mark.postgres
def test_a_reading_session_is_read_only_on_postgresql(pg_shop: Shop, tmp_path: Path) -> None:
    with pytest.raises(DBAPIError, match="read-only"), pg_shop.db.reading() as session:
        session.execute(update(Sentra).values(name="Renamed"))
    with pg_shop.db.transaction() as session:
        session.execute(insert(Setting).values(scope="global", key="after", value="1"))
    with pg_shop.db.reading() as session:
        assert session.scalar(select(Sentra.name)) == "Sentra Budi Luhur"
