"""Databases a till must refuse to open, each made in a test's folder, with what the refusal must say.

Shared by the tests of the opening code, the command line and the desktop app's start (tests/ui_shell).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from pgserver import free_port
from shop import build_shop

from ska_pos.db.database import open_database
from ska_pos.db.open_errors import (
    DatabaseDamaged,
    DatabaseOpenError,
    DatabaseTooNew,
    FolderMissing,
    NotADatabase,
    NotSkaPosDatabase,
    ServerUnreachable,
)

FUTURE_REVISION = "9999_from_a_newer_app"
PAGE = 4096


@dataclass(frozen=True)
class BadDatabase:
    name: str
    error: type[DatabaseOpenError]
    indonesian: str  # words the Indonesian sentence must hold
    make: Callable[[Path], str]  # builds the case in a folder, returns its URL


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def a_shop_file(path: Path) -> Path:
    """A real till's file with a shop in it, closed (so its WAL is folded back into the file)."""
    database = open_database(_sqlite_url(path))
    build_shop(database)
    database.dispose()
    return path


def newer(folder: Path) -> str:
    path = a_shop_file(folder / "pos.sqlite3")
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (FUTURE_REVISION,))
    return _sqlite_url(path)


def not_a_database(folder: Path) -> str:
    path = folder / "pos.sqlite3"
    path.write_bytes(os.urandom(64 * 1024))
    return _sqlite_url(path)


def damaged(folder: Path) -> str:
    """Header and schema page intact, every other page overwritten: what a failing disk leaves."""
    path = a_shop_file(folder / "pos.sqlite3")
    damage(path)
    return _sqlite_url(path)


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for start in range(PAGE, len(data), PAGE):
        data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def missing_folder(folder: Path) -> str:
    return _sqlite_url(folder / "not-made" / "pos.sqlite3")


def half_made(folder: Path) -> str:
    """What a killed `init` left before set-up was one transaction: some tables, no schema version."""
    path = folder / "pos.sqlite3"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE sentra (id CHAR(32) PRIMARY KEY, code VARCHAR(10), name VARCHAR(100))")
        connection.execute("CREATE TABLE outlet (id CHAR(32) PRIMARY KEY, sentra_id CHAR(32))")
    return _sqlite_url(path)


def server_down(_folder: Path) -> str:
    """A PostgreSQL URL on a local port where nothing listens: the connection is refused at once."""
    return f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/ska_pos"


CASES = (
    BadDatabase("newer", DatabaseTooNew, "lebih baru", newer),
    BadDatabase("not_a_database", NotADatabase, "bukan basis data", not_a_database),
    BadDatabase("damaged", DatabaseDamaged, "rusak", damaged),
    BadDatabase("missing_folder", FolderMissing, "tidak ada", missing_folder),
    BadDatabase("half_made", NotSkaPosDatabase, "tanpa versi skema", half_made),
    BadDatabase("server_down", ServerUnreachable, "tidak dapat dihubungi", server_down),
)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes: equal snapshots mean nothing was written."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def folders(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_dir())
