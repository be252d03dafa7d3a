"""Opening a database: the URL to use, the SQLite pragmas of a till, and the session factory."""

from __future__ import annotations

import os
import sqlite3
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ska_pos.db.checkpoint import AUTOCHECKPOINT_PAGES
from ska_pos.paths import default_database_path

DATABASE_URL_ENV = "SKA_POS_DATABASE_URL"
# Execution option of the engine that reading sessions use: their transactions never take the write lock.
READ_ONLY = "ska_pos_read_only"


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
    if cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal":  # a file ("memory" otherwise)
        # Checkpoints run off the sale's path (db/checkpoint.py); SQLite's own one only bounds the log.
        cursor.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
    cursor.execute("PRAGMA foreign_keys=ON")
    # A changed or erased row's old bytes (a worker's sealed NIK, phone, account) are zeroed, not left in the page's
    # free space for the file and its backups to keep. On by default only where SQLite was built so (Debian).
    cursor.execute("PRAGMA secure_delete=ON")
    # FULL: a committed sale survives a power cut on the till.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin_sqlite(connection: Connection) -> None:
    """A write transaction takes SQLite's write lock when it starts, as `SELECT ... FOR UPDATE` would on
    PostgreSQL; a reading one starts deferred (WAL readers never wait) and refuses any write (`query_only`)."""
    read_only = bool(connection.get_execution_options().get(READ_ONLY))
    pooled = connection.connection
    # Straight to the driver: these run before every transaction, and SQLAlchemy's statement machinery cost more
    # than the statements (a sale's commit was measured: benchmarks/sale_commit.py).
    driver = pooled.driver_connection
    assert driver is not None
    statement = "BEGIN" if read_only else "BEGIN IMMEDIATE"
    try:
        if pooled.info.get(READ_ONLY, False) != read_only:
            driver.execute(f"PRAGMA query_only={int(read_only)}")
            pooled.info[READ_ONLY] = read_only
        driver.execute(statement)
    except sqlite3.Error as error:  # as SQLAlchemy would have raised it ("database is locked": OperationalError)
        raise DBAPIError.instance(statement, None, error, sqlite3.Error, hide_parameters=True) from error


def _begin_postgresql(connection: Connection) -> None:
    # A reading transaction sees one snapshot, as a SQLite WAL reader does: a report or `verify` that reads several
    # tables while tills sell must not see a sale in one table and miss it in the next (read-only: never refused).
    if connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def make_engine(url: str, **kwargs: Any) -> Engine:
    # A failed statement's parameters (names, NIK, phone numbers) must not reach the log or an error message.
    kwargs.setdefault("hide_parameters", True)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _begin_postgresql)
    return engine


def reading_engine(engine: Engine) -> Engine:
    """The same engine and pool, for sessions that only read."""
    return engine.execution_options(**{READ_ONLY: True})


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit off: objects handed to the UI after a committed action stay readable.
    return sessionmaker(engine, expire_on_commit=False)
