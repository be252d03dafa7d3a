"""For the tests that upgrade a database from an older revision: an empty PostgreSQL schema, the sentra row every
older shop starts with, and opening the database as a till or a server would."""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from ska_pos import clock
from ska_pos.db.database import Database, open_database, open_upgraded_database
from ska_pos.db.engine import make_engine
from ska_pos.db.models import new_id


def empty_schema(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


def insert_sentra(connection: sa.Connection) -> uuid.UUID:
    """The sentra "BLH", written as the early revisions' `sentra` table holds it."""
    sentra = sa.table("sentra", *(sa.column(c) for c in ("code", "name", "address")), sa.column("id", sa.Uuid()),
                      sa.column("created_at", sa.DateTime()))  # fmt: skip
    sentra_id = new_id()
    connection.execute(sa.insert(sentra).values(id=sentra_id, code="BLH", name="Budi Luhur", address="",
                                                created_at=clock.now()))  # fmt: skip
    return sentra_id


def opened(url: str) -> Database:
    """The till's own opening upgrades its file (after a copy); a server is upgraded by the administrator."""
    return open_database(url) if url.startswith("sqlite") else open_upgraded_database(url)[0]
