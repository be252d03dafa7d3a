"""Opening a database safely: checks first, nothing written when it is refused, and who may upgrade what.

- A till's own SQLite file is upgraded when it is opened, after a whole copy of it is kept in `backups/` beside it.
- A shared database on a server (PostgreSQL) is never upgraded by a till: a schema other than this SKA POS's is
  refused with the command the administrator runs (`ska-pos db upgrade`, or `ska-pos init` on an empty database).
- `upgrade_database` is that administrator's command, for either kind.

Every refusal is a `DatabaseOpenError` whose message is one sentence for the user (see open_errors.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from ska_pos.db import clean_close
from ska_pos.db.engine import make_engine
from ska_pos.db.migrate import alembic_config, known_revisions, newest_revision, revision_on
from ska_pos.db.open_errors import (
    DatabaseOpenError,
    DatabaseTooNew,
    FolderMissing,
    NotSkaPosDatabase,
    ServerRefused,
    ServerUnreachable,
    UpgradeFailed,
    UpgradeNeeded,
)
from ska_pos.db.owner_only import create_owner_only_file, tighten
from ska_pos.db.sqlite_file import cannot_open, inspect_file, keep_copy, wal_path
from ska_pos.i18n import _
from ska_pos.sealing.errors import KeyStoreError

# Seconds to wait for a database server before saying it cannot be reached (instead of hanging the till's start).
SERVER_CONNECT_TIMEOUT = 10
# Milliseconds a till's statement may run on a server before the server stops it, so that a statement whose till
# stopped waiting (ui.ops times out after 15 s) does not hold its locks on; the administrator's opening has none.
TILL_STATEMENT_TIMEOUT_MS = 20_000
# Words in the driver's message when the server answered but said no; anything else means no answer.
_REFUSALS = ("authentication", "password", "does not exist", "pg_hba.conf", "permission denied", "role ")


@dataclass(frozen=True)
class Upgrade:
    """What opening did to the schema: from which revision (None: an empty database) to which, and the copy kept."""

    before: str | None
    after: str
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def open_engine(url: str) -> tuple[Engine, Upgrade]:
    """The till's opening: its SQLite file checked and upgraded; a server's database checked only."""
    return _open(url, upgrade_shared=False)


def upgrade_database(url: str) -> tuple[Engine, Upgrade]:
    """The administrator's: checks as the till does, then brings any database to this SKA POS's schema."""
    return _open(url, upgrade_shared=True)


def _open(url: str, *, upgrade_shared: bool) -> tuple[Engine, Upgrade]:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _open_sqlite(url, parsed)
    return _open_server(url, parsed, upgrade=upgrade_shared)


def _sqlite_file(parsed: URL) -> Path | None:
    """The file a SQLite URL names; None for an in-memory database or a `file:` URI (left to SQLite)."""
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:") or parsed.query.get("uri"):
        return None
    return Path(database)


def sqlite_file_of(url: str) -> Path | None:
    """The till's own SQLite file that `url` names; None for a server's database or an in-memory one."""
    parsed = make_url(url)
    return _sqlite_file(parsed) if parsed.get_backend_name() == "sqlite" else None


def _open_sqlite(url: str, parsed: URL) -> tuple[Engine, Upgrade]:
    path = _sqlite_file(parsed)
    before: str | None = None
    if path is not None:
        if not path.parent.is_dir():
            raise FolderMissing(
                _(
                    "The folder {folder} for the database does not exist; create it or choose another place for "
                    "the database.",
                    folder=path.parent.absolute(),
                )
            )
        if path.exists():
            contents = inspect_file(path, check=clean_close.check_due(path))
            before = contents.revision
            _check_revision(before, str(path), empty=contents.empty, on_file=True)
            for own_file in (path, wal_path(path), path.with_name(path.name + "-shm")):
                if own_file.exists():
                    tighten(own_file)
        else:
            try:
                create_owner_only_file(path)  # before SQLite makes it with the umask's modes (often 0644)
            except FileExistsError:
                pass  # made meanwhile by another start: SQLite opens it as it is
            except OSError as error:
                raise cannot_open(path, error.strerror) from error
    head = newest_revision()
    backup = None
    if path is not None and before is not None and before != head:
        try:
            backup = keep_copy(path, before)
        except (OSError, sqlite3.Error) as error:
            raise UpgradeFailed(
                _(
                    "No copy of {path} could be kept before its upgrade, so it was not upgraded: {reason}",
                    path=path,
                    reason=error,
                )
            ) from error
    engine = make_engine(url)
    _upgrade(engine, before, head, str(path or url))
    return engine, Upgrade(before, head, backup)


def _check_revision(revision: str | None, where: str, *, empty: bool, on_file: bool) -> None:
    if revision is None and not empty:
        if on_file:
            raise NotSkaPosDatabase(
                _(
                    "The database file {path} holds tables but no SKA POS schema version (another program's "
                    "database, or a set-up that was interrupted); move the file elsewhere and start again.",
                    path=where,
                )
            )
        raise NotSkaPosDatabase(
            _(
                "The database {where} holds tables but no SKA POS schema version; give SKA POS an empty database.",
                where=where,
            )
        )
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(
            _(
                "The database {where} was made by a newer SKA POS (schema {revision}); install that version of "
                "SKA POS to open it.",
                where=where,
                revision=revision,
            )
        )


def _upgrade(engine: Engine, before: str | None, head: str, where: str) -> None:
    if before == head:
        return
    from alembic import command  # only now: importing Alembic costs a till's start about 0.3 s

    try:
        command.upgrade(alembic_config(engine), "head")
    except KeyStoreError as error:  # 0006 seals the personal data already stored, with a key it must keep first
        engine.dispose()
        raise UpgradeFailed(
            _("Upgrading the database {where} to schema {head} failed and nothing was changed: {reason}",
              where=where, head=head, reason=error)
        ) from error  # fmt: skip
    except SQLAlchemyError as error:
        engine.dispose()
        if isinstance(error, OperationalError) and before is None:
            raise cannot_open(where, error.orig) from error
        raise UpgradeFailed(
            _(
                "Upgrading the database {where} to schema {head} failed and nothing was changed: {reason}",
                where=where,
                head=head,
                reason=error.orig if isinstance(error, DBAPIError) else error,
            )
        ) from error


def server_name(parsed: URL) -> str:
    """`host:port/database`, without user or password: how messages name a shared database."""
    host = parsed.host or "localhost"
    return f"{host}:{parsed.port}/{parsed.database}" if parsed.port else f"{host}/{parsed.database}"


def database_name(url: str) -> str:
    """How messages name a database: a SQLite file by its path, a server's by `host:port/database`."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = _sqlite_file(parsed)
        return str(path) if path is not None else parsed.render_as_string()
    return server_name(parsed)


def _server_engine(url: str, parsed: URL, *, statement_timeout: bool) -> Engine:
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        if "connect_timeout" not in parsed.query:
            connect_args["connect_timeout"] = SERVER_CONNECT_TIMEOUT
        if statement_timeout and "options" not in parsed.query:
            connect_args["options"] = f"-c statement_timeout={TILL_STATEMENT_TIMEOUT_MS}"
    return make_engine(url, connect_args=connect_args) if connect_args else make_engine(url)


def _open_server(url: str, parsed: URL, *, upgrade: bool) -> tuple[Engine, Upgrade]:
    where = server_name(parsed)
    engine = _server_engine(url, parsed, statement_timeout=not upgrade)
    try:
        try:
            with engine.connect() as connection:
                before = revision_on(connection)
                empty = before is None and not inspect(connection).get_table_names()
        except OperationalError as error:
            reason = str(error.orig).strip().splitlines()[-1] if error.orig else str(error)
            if any(word in str(error.orig).lower() for word in _REFUSALS):
                raise ServerRefused(
                    _("The database server {server} refused the connection: {reason}", server=where, reason=reason)
                ) from error
            raise ServerUnreachable(
                _(
                    "The database server {server} cannot be reached; check that it is running and that this "
                    "computer is on its network.",
                    server=where,
                )
            ) from error
        _check_revision(before, where, empty=empty, on_file=False)
        head = newest_revision()
        if before != head and not upgrade:
            if before is None:
                raise UpgradeNeeded(
                    _(
                        "The database {where} has no SKA POS tables yet; the administrator must run `ska-pos init` "
                        "first.",
                        where=where,
                    )
                )
            raise UpgradeNeeded(
                _(
                    "The database {where} has schema {revision} but this SKA POS needs {head}; the administrator "
                    "must run `ska-pos db upgrade` first.",
                    where=where,
                    revision=before,
                    head=head,
                )
            )
        _upgrade(engine, before, head, where)
    except DatabaseOpenError:
        engine.dispose()
        raise
    return engine, Upgrade(before, head)
