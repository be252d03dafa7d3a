"""One opened database: engine, session factory, schema at head."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ska_pos.db.checkpoint import checkpoint_file, database_file
from ska_pos.db.engine import make_session_factory, resolve_database_url
from ska_pos.db.opening import Upgrade, open_engine, upgrade_database


@dataclass(frozen=True)
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits when the block ends, rolls everything back if it raises."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def dispose(self) -> None:
        """Close every connection, after copying the write-ahead log into the file (no connection does it on its
        own: `ska_pos/db/checkpoint.py`)."""
        database = database_file(self.engine)
        if database is not None:
            checkpoint_file(database)
        self.engine.dispose()


def open_database(url: str | None = None) -> Database:
    """The till's and the commands' opening (see opening.py): raises `DatabaseOpenError`, having written nothing,
    when the database cannot be used; a till's SQLite file is upgraded (after a copy), a server's never."""
    resolved = resolve_database_url(url)
    engine, _ = open_engine(resolved)
    return Database(url=resolved, engine=engine, sessions=make_session_factory(engine))


def open_upgraded_database(url: str | None = None) -> tuple[Database, Upgrade]:
    """The administrator's opening (`ska-pos init`, `ska-pos db upgrade`): any database brought to this schema."""
    resolved = resolve_database_url(url)
    engine, upgrade = upgrade_database(resolved)
    return Database(url=resolved, engine=engine, sessions=make_session_factory(engine)), upgrade
