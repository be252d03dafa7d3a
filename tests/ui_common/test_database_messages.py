"""A database error reaches the cashier in plain words, never as SQL (ska_pos.ui.messages.error_text)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from shop import Shop
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.db.models import Setting
from ska_pos.ui.messages import error_text
from ska_pos.ui.translation import install_language


@pytest.fixture
def indonesian(qapp: object) -> Iterator[None]:
    install_language("id")
    yield
    install_language("en")


def _write_setting(session: Session, key: str) -> None:
    session.execute(insert(Setting).values(scope="global", key=key, value="1"))


def _caught(db: Database, key: str) -> Exception:
    try:
        with db.transaction() as session:
            _write_setting(session, key)
    except Exception as error:
        return error
    raise AssertionError("the write should have failed")


@pytest.mark.usefixtures("indonesian")
def test_a_locked_database_says_busy_try_again(db: Database) -> None:
    raw = db.engine.raw_connection()
    raw.driver_connection.execute("PRAGMA busy_timeout=50")  # type: ignore[union-attr]
    raw.close()  # back to the pool: the next transaction waits 50 ms, not 5 s
    other = sqlite3.connect(db.url.removeprefix("sqlite:///"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another till's long write
    error = _caught(db, "x")
    other.execute("ROLLBACK")
    other.close()
    assert isinstance(error, OperationalError)
    assert error_text(error) == "Database sedang sibuk, coba lagi"


@pytest.mark.usefixtures("indonesian")
def test_a_conflicting_write_is_explained_without_sql(shop: Shop) -> None:
    with shop.db.transaction() as session:
        _write_setting(session, "twice")
    error = _caught(shop.db, "twice")
    assert isinstance(error, IntegrityError)
    text = error_text(error)
    assert "tidak ada yang disimpan" in text
    assert not {"INSERT", "UNIQUE", "sqlite"} & set(text.replace("(", " ").replace(")", " ").split())
