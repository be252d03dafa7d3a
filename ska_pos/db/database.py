"""One opened database: engine, session factories, schema at head."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from ska_pos.db import clean_close
from ska_pos.db.checkpoint import checkpoint_file, database_file
from ska_pos.db.engine import make_session_factory, reading_engine, resolve_database_url
from ska_pos.db.opening import Upgrade, open_engine, upgrade_database


class WriteInReadingSession(RuntimeError):
    """A change was made in `Database.reading()`: it would be lost, so it is refused (a programming error)."""


@dataclass(frozen=True)
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    readers: sessionmaker[Session] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        readers = make_session_factory(reading_engine(self.engine))
        event.listen(readers, "before_flush", _refuse_flush)
        object.__setattr__(self, "readers", readers)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits when the block ends, rolls everything back if it raises.

        On SQLite it starts with BEGIN IMMEDIATE, so what it reads before writing cannot change under it."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """Reads that decide nothing written: never takes the write lock, and refuses to write."""
        with self.readers() as session:
            yield session
            if session.new or session.deleted or any(session.is_modified(obj) for obj in session.dirty):
                session.rollback()
                raise WriteInReadingSession("changes made in Database.reading() would be lost; use transaction()")

    def dispose(self) -> None:
        """Close every connection, after copying the write-ahead log into the file (no connection does it on its
        own: `ska_pos/db/checkpoint.py`), and mark the file closed cleanly (`clean_close.py`)."""
        database = database_file(self.engine)
        if database is not None:
            checkpoint_file(database)
        self.engine.dispose()
        if database is not None:
            clean_close.record_clean_close(database)


def _refuse_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.deleted or any(session.is_modified(obj) for obj in session.dirty):
        raise WriteInReadingSession("a reading session tried to write; use Database.transaction()")


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
