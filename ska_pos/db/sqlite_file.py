"""A till's SQLite file, looked at before SQLAlchemy opens it: what it holds, whether it is sound, and its copy.

The look is read only and leaves no trace: SQLAlchemy's connection would switch the file to WAL and create its side
files, so a file that is then refused would have been changed. Plain `sqlite3` is used, as `immutable` when no WAL
file is beside it (then SQLite makes no -shm/-wal files either).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ska_pos import clock
from ska_pos.db import clean_close
from ska_pos.db.open_errors import CannotOpenFile, DatabaseDamaged, DatabaseOpenError, NotADatabase
from ska_pos.db.owner_only import create_owner_only_file, owner_only_folder
from ska_pos.i18n import _

SQLITE_HEADER = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"
BACKUP_FOLDER = "backups"


@dataclass(frozen=True)
class FileContents:
    tables: frozenset[str]  # SQLite's own tables left out
    revision: str | None

    @property
    def empty(self) -> bool:
        return not self.tables


def cannot_open(path: Path | str, reason: object) -> CannotOpenFile:
    return CannotOpenFile(_("The database file {path} cannot be opened: {reason}", path=path, reason=reason))


def damaged(path: Path) -> DatabaseDamaged:
    return DatabaseDamaged(_("The database file {path} is damaged; restore it from a backup.", path=path))


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    mode = "mode=ro" if wal_path(path).exists() else "mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?{mode}", uri=True)
    except sqlite3.Error as error:
        raise cannot_open(path, error) from error
    with closing(connection):
        yield connection


def inspect_file(path: Path, *, full_check: bool = False, check: bool = True) -> FileContents:
    """What the file at `path` holds; raises when it is not a sound SQLite database.

    `PRAGMA quick_check` (it reads every page; benchmarks/opening_checks.py measures it) when `check` (a start
    skips it after a clean close: `clean_close.py`), the slower `integrity_check` (which also compares every index
    with its table) when `full_check`.
    """
    if path.is_dir():
        raise CannotOpenFile(_("The database file {path} is a folder.", path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise cannot_open(path, error.strerror) from error
    if not header:
        return FileContents(frozenset(), None)  # SQLite treats an empty file as an empty database
    if header != SQLITE_HEADER:
        raise NotADatabase(_("The file {path} is not a database; check the database location.", path=path))
    with _read_only(path) as connection:
        try:
            if check or full_check:
                pragma = f"PRAGMA {'integrity' if full_check else 'quick'}_check"
                if [row[0] for row in connection.execute(pragma)] != ["ok"]:
                    raise damaged(path)
                clean_close.checked_now(path)
            tables = frozenset(
                name
                for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if not name.startswith("sqlite_")
            )
            revision = None
            if VERSION_TABLE in tables:
                row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                revision = row[0] if row else None
        except sqlite3.OperationalError as error:  # "unable to open database file", "database is locked"
            raise cannot_open(path, error) from error
        except sqlite3.DatabaseError as error:  # "database disk image is malformed", "file is not a database"
            raise damaged(path) from error
    return FileContents(tables, revision)


def backup_path(path: Path, revision: str) -> Path:
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    return path.parent / BACKUP_FOLDER / f"{path.stem}-schema-{revision}-{stamp}{path.suffix or '.sqlite3'}"


def keep_copy(path: Path, revision: str) -> Path:
    """A whole copy of the database (WAL included) in `backups/` beside it, made before an upgrade."""
    target = backup_path(path, revision)
    owner_only_folder(target.parent)
    copy_database(path, target)
    return target


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + ".partial")


def copy_database(source: Path, target: Path, *, check: bool = False) -> None:
    """A whole copy of the SQLite database at `source` (what its WAL holds included) through SQLite's backup API.

    Written under a temporary name and renamed when complete, so a copy that is there is a whole one; readable by
    its owner only, as the database is. With `check`
    the copy must pass `PRAGMA integrity_check` before it gets its name; a copy that fails is deleted and
    `DatabaseDamaged` raised. The source is read through its own read-only connection: a running till keeps
    writing meanwhile (WAL), and the copy is the database as of one moment.
    """
    partial = partial_path(target)
    partial.unlink(missing_ok=True)
    create_owner_only_file(partial)
    try:
        with (
            closing(sqlite3.connect(f"file:{quote(str(source))}?mode=ro", uri=True)) as reader,
            closing(sqlite3.connect(partial)) as copy,
        ):
            reader.backup(copy)
            # One file on its own: a copy left in WAL mode would grow -wal and -shm files beside it when read.
            copy.execute("PRAGMA journal_mode=DELETE")
        if check:
            inspect_file(partial, full_check=True)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def is_sound(path: Path) -> bool:
    """Whether the file is a SQLite database that passes the full `PRAGMA integrity_check`."""
    try:
        contents = inspect_file(path, full_check=True)
    except DatabaseOpenError:
        return False
    return not contents.empty


def in_use(path: Path) -> bool:
    """Whether another connection (a running till, another `ska-pos` command) has the database open.

    An idle connection holds no lock a plain `BEGIN EXCLUSIVE` would meet in WAL mode; in exclusive locking mode
    SQLite needs the file to itself, so the attempt fails while any other connection has it open.
    """
    try:
        with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as probe:
            probe.execute("PRAGMA locking_mode=EXCLUSIVE")
            probe.execute("BEGIN EXCLUSIVE")
            probe.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        return "locked" in str(error) or "busy" in str(error)
    except sqlite3.DatabaseError:  # a damaged file: whether it is open elsewhere cannot be told by SQLite
        return False
    return False
