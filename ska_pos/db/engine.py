"""Opening a database: the URL to use, the SQLite pragmas of a till, and the session factory."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ska_pos.paths import default_database_path

DATABASE_URL_ENV = "SKA_POS_DATABASE_URL"


def resolve_database_url(explicit: str | None = None) -> str:
    """`--db URL`, else SKA_POS_DATABASE_URL, else a SQLite file in the user's data folder."""
    if explicit:
        return explicit
    from_env = os.environ.get(DATABASE_URL_ENV)
    if from_env:
        return from_env
    return f"sqlite:///{default_database_path()}"


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite would BEGIN only at the first write (so the reads that decide it ran outside any transaction) and
    # would COMMIT before DDL; with its handling off, the "begin" event below says when a transaction starts.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a committed sale survives a power cut on the till.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    """Take SQLite's write lock when the transaction starts, as `SELECT ... FOR UPDATE` would on PostgreSQL."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: Any) -> Engine:
    # A failed statement's parameters (names, NIK, phone numbers) must not reach the log or an error message.
    kwargs.setdefault("hide_parameters", True)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin_immediate)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit off: objects handed to the UI after a committed action stay readable.
    return sessionmaker(engine, expire_on_commit=False)
