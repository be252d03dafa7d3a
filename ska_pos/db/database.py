"""One opened database: engine, session factories, schema at head."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from ska_pos.db.engine import make_engine, make_session_factory, reading_engine, resolve_database_url
from ska_pos.db.migrate import upgrade_to_head


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
        self.engine.dispose()


def _refuse_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.deleted or any(session.is_modified(obj) for obj in session.dirty):
        raise WriteInReadingSession("a reading session tried to write; use Database.transaction()")


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    resolved = resolve_database_url(url)
    engine = make_engine(resolved)
    if upgrade:
        upgrade_to_head(engine)
    return Database(url=resolved, engine=engine, sessions=make_session_factory(engine))
