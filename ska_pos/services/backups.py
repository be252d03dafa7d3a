"""Backups of a till's own SQLite file: when they are made, where they go, how long they stay, and restoring one.

- At every shift close, after the close has committed (the UI runs it off the screen thread), and once a business
  day: when the till starts and the backup folder holds no backup of the database taken on the outlet's today.
- Into this machine's backup folder (`LocalConfig.backup_folder`, another disk if chosen; by default `backups/`
  beside the database file), kept `LocalConfig.backup_days` days, never deleting the newest sound one.
- A shared PostgreSQL database is backed up by its administrator (`pg_dump`), not by the tills: every function
  here does nothing (returns None) for a database that is not a local file.

The files themselves are handled by ska_pos/db/backups.py; restoring is here because it checks the data too.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.backups import Backup, has_backup_on, make_backup, newest_sound_backup, prune_backups
from ska_pos.db.database import Database
from ska_pos.db.engine import make_engine, make_session_factory
from ska_pos.db.migrate import alembic_config, known_revisions, newest_revision
from ska_pos.db.models import Outlet, Sale
from ska_pos.db.open_errors import DatabaseDamaged, DatabaseOpenError, NotADatabase
from ska_pos.db.opening import sqlite_file_of
from ska_pos.db.sqlite_file import BACKUP_FOLDER, copy_database, in_use, inspect_file, wal_path
from ska_pos.i18n import _
from ska_pos.services.earnings.ledger_check import check_ledger
from ska_pos.services.earnings.period import Period
from ska_pos.services.errors import ServiceError
from ska_pos.services.journal_verify import verify
from ska_pos.services.restore_journal import (
    NO_ONE,
    Credentials,
    RestoreFacts,
    RestoreNotAllowed,
    Restorer,
    chain_ends,
    file_sha256,
    journal_restore,
    restorer_in,
)
from ska_pos.services.settings import settings_changed
from ska_pos.services.this_till import LocalConfig, load_local_config, resolve_till

log = logging.getLogger(__name__)


class BackupFailed(ServiceError):
    """No sound backup could be made; the database itself is untouched."""


class RestoreRefused(ServiceError):
    """The file cannot be restored (or not now); nothing was replaced."""


@dataclass(frozen=True)
class BackupPlace:
    database: Path  # the till's SQLite file
    folder: Path
    keep_days: int


def backup_place(url: str, config: LocalConfig, folder: Path | None = None) -> BackupPlace | None:
    """Where backups of the database at `url` go (`folder` overrides this machine's choice); None when the
    database is not a local SQLite file."""
    database = sqlite_file_of(url)
    if database is None:
        return None
    chosen = folder or config.backup_folder or database.parent / BACKUP_FOLDER
    return BackupPlace(database.absolute(), chosen.absolute(), config.keep_days)


def back_up(place: BackupPlace, reason: str, *, now: datetime | None = None) -> Backup:
    """One backup, checked, then the backups older than the place's days deleted; raises `BackupFailed`."""
    moment = now or clock.now()
    try:
        backup = make_backup(place.database, place.folder, reason, moment)
    except (OSError, sqlite3.Error, DatabaseOpenError) as error:
        log.error("backup (%s) of %s into %s failed: %s", reason, place.database, place.folder, error)
        reason_text = error.message if isinstance(error, DatabaseOpenError) else error
        raise BackupFailed(
            _(
                "No backup of {path} could be made in {folder}: {reason}",
                path=place.database,
                folder=place.folder,
                reason=reason_text,
            )
        ) from error
    try:
        prune_backups(place.folder, place.database.stem, place.keep_days, moment, known_sound=backup.path)
    except OSError as error:  # the backup is made; an old one that cannot be deleted is only logged
        log.warning("old backups in %s could not be deleted: %s", place.folder, error)
    log.info("backup (%s) of %s made: %s", reason, place.database, backup.path)
    return backup


def back_up_database(url: str, reason: str, config: LocalConfig) -> Backup | None:
    """A backup of the till's SQLite file (None for a shared database); for the shift close and `ska-pos backup`."""
    place = backup_place(url, config)
    return None if place is None else back_up(place, reason)


def till_zone(session: Session, config: LocalConfig) -> ZoneInfo:
    """The time zone of this machine's till's outlet: its business dates."""
    place = resolve_till(session, config.till_id)
    zone = session.scalar(select(Outlet.timezone).where(Outlet.id == place.outlet_id)) if place else None
    return ZoneInfo(zone or clock.DEFAULT_ZONE)


def back_up_daily(database: Database, config: LocalConfig, *, now: datetime | None = None) -> Backup | None:
    """The day's backup when the backup folder holds none of the outlet's today yet (None: none was needed, or the
    database is not a local file)."""
    place = backup_place(database.url, config)
    if place is None:
        return None
    moment = now or clock.now()
    with database.reading() as session:
        zone = till_zone(session, config)
    if has_backup_on(place.folder, place.database.stem, moment.astimezone(zone).date(), zone):
        return None
    return back_up(place, "daily", now=moment)


def newest_backup_of(url: str, config: LocalConfig) -> Backup | None:
    """The newest backup of the till's SQLite file that passes the integrity check now (None: there is none, or the
    database is not a local file): what the till offers when its file is damaged."""
    place = backup_place(url, config)
    return None if place is None else newest_sound_backup(place.folder, place.database.stem)


# Restoring ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    database: Path
    backup: Path
    kept: Path | None  # the file that was replaced, renamed aside (None: there was none)
    revision: str  # the schema of the backup (the restored file is at this SKA POS's)
    restorer: Restorer
    entries: int  # `restore` entries written (one per chain)


def restore_backup(
    file: Path,
    url: str,
    *,
    credentials: Credentials | None,
    now: datetime | None = None,
    despite_journal_problems: bool = False,
) -> Restored:
    """Puts the backup `file` in place of the till's SQLite file, keeping the old file renamed aside.

    The backup is checked first (a SQLite database passing `integrity_check`, with a schema this SKA POS knows,
    its foreign keys and the earnings ledger adding up, its journal verifying) and prepared beside the database
    (copied, upgraded); then the restorer's name and PIN are checked (`restore_journal`: in the database being
    replaced, or in the backup when that one cannot be read; `credentials` None only for a file that cannot be
    read, the till's start-up offer), and the `restore` entry is written into the prepared copy. Only then is
    anything renamed. Refused, with nothing replaced, while any program has the database open.
    `despite_journal_problems`: the administrator's choice when the only copy there is fails the journal check (a
    damaged or altered history is then restored knowingly, and the log and the entry say so).
    """
    database = sqlite_file_of(url)
    if database is None:
        raise RestoreRefused(
            _(
                "Only a till's own SQLite file is restored by SKA POS; a shared database is restored by its "
                "administrator."
            )
        )
    database = database.absolute()
    revision = _checked_backup(file)
    if not database.parent.is_dir():
        raise RestoreRefused(_("The folder {folder} for the database does not exist.", folder=database.parent))
    if database.exists() and in_use(database):
        raise RestoreRefused(
            _(
                "The database {path} is in use: close SKA POS on this computer (and any ska-pos command) first; "
                "nothing was restored.",
                path=database,
            )
        )
    moment = now or clock.now()
    stamp = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    leftovers = [each for each in (database, *_side_files(database)) if each.exists()]
    kept = _kept_name(database, stamp) if leftovers else None
    replaced = chain_ends(database)
    prepared = database.with_name(database.name + ".restoring")
    try:
        _prepare(file, prepared, revision, despite_journal_problems=despite_journal_problems)
        restorer = _restorer(database, prepared, credentials)
        facts = RestoreFacts(file, file_sha256(file), revision, kept, replaced, despite_journal_problems, restorer,
                             moment)  # fmt: skip
        entries = _journal_in(prepared, facts)
    except BaseException:
        _remove_with_side_files(prepared)
        raise
    if kept is not None:
        _move_with_side_files(database, kept)
    os.replace(prepared, database)
    settings_changed()  # what this process kept of the old file's settings (a till's printers) is not the file's
    log.info("restored %s from %s by %s; the old file is kept as %s", database, file, restorer.username, kept)
    return Restored(database, file, kept, revision, restorer, entries)


def _restorer(database: Path, prepared: Path, credentials: Credentials | None) -> Restorer:
    """Who restores: checked among the users of the database being replaced while it can be read (the till as it
    is today), else among the backup's."""
    readable = _readable(database)
    if credentials is None:
        if readable:
            refusal = _("Restoring over a database that can be read needs an administrator's name and PIN; nothing was "
                        "restored.")  # fmt: skip
            raise RestoreNotAllowed(refusal)
        return NO_ONE
    place, checked_in = (database, "replaced") if readable else (prepared, "backup")
    opened = _database_at(place)
    try:
        return restorer_in(opened, credentials, checked_in)
    finally:
        opened.dispose()


def _readable(database: Path) -> bool:
    """Whether the file is a sound database at this SKA POS's schema, whose users can be asked; False when it is
    missing, damaged or holds none. A sound one at another schema (SKA POS was updated and the till has not started
    since) is refused: it can be read, so the backup's users (an old PIN, a former administrator) may not stand in
    for today's, nor the start-up offer restore it without one."""
    if not database.is_file():
        return False
    try:
        revision = inspect_file(database).revision
    except DatabaseOpenError:
        return False
    if revision is None or revision == newest_revision():
        return revision is not None
    raise RestoreNotAllowed(
        _("The database {path} is sound but at another schema ({revision}): start SKA POS with it once, so it is "
          "brought up to date, then restore. Nothing was restored.", path=database, revision=revision)
    )  # fmt: skip


def _database_at(path: Path) -> Database:
    engine = make_engine(f"sqlite:///{path}")
    return Database(url=f"sqlite:///{path}", engine=engine, sessions=make_session_factory(engine))


def _journal_in(prepared: Path, facts: RestoreFacts) -> int:
    """The `restore` entries written into the prepared copy (its chains, or this machine's till when it has none)."""
    opened = _database_at(prepared)
    try:
        with opened.transaction() as session:
            place = resolve_till(session, load_local_config().till_id)
            return journal_restore(session, facts, [place.till_id] if place else [])
    finally:
        opened.dispose()


def _checked_backup(file: Path) -> str:
    if not file.is_file():
        raise RestoreRefused(_("There is no file {path}; nothing was restored.", path=file))
    try:
        contents = inspect_file(file, full_check=True)
    except NotADatabase as error:
        raise RestoreRefused(_("The file {path} is not a database; nothing was restored.", path=file)) from error
    except DatabaseDamaged as error:
        raise RestoreRefused(
            _("The backup {path} is damaged (it fails SQLite's integrity check); nothing was restored.", path=file)
        ) from error
    except DatabaseOpenError as error:
        raise RestoreRefused(error.message) from error
    if contents.revision is None:
        raise RestoreRefused(_("The file {path} holds no SKA POS data; nothing was restored.", path=file))
    if contents.revision not in known_revisions():
        raise RestoreRefused(
            _(
                "The backup {path} was made by a newer SKA POS (schema {revision}); install that version to restore "
                "it. Nothing was restored.",
                path=file,
                revision=contents.revision,
            )
        )
    return contents.revision


def _kept_name(database: Path, stamp: str) -> Path:
    """Where the replaced file goes: never over an earlier kept file (two restores within a second)."""
    base = f"{database.stem}-before-restore-{stamp}"
    kept, n = database.with_name(f"{base}{database.suffix}"), 1
    while kept.exists():
        n += 1
        kept = database.with_name(f"{base}-{n}{database.suffix}")
    return kept


def _prepare(file: Path, prepared: Path, revision: str, *, despite_journal_problems: bool) -> None:
    """The backup copied to `prepared`, brought to this SKA POS's schema, and its data checked."""
    _remove_with_side_files(prepared)
    copy_database(file, prepared)
    engine = make_engine(f"sqlite:///{prepared}")
    try:
        if revision != newest_revision():
            from alembic import command  # only for an older backup; a till's start never imports Alembic

            command.upgrade(alembic_config(engine), "head")
        with make_session_factory(engine)() as session:
            problem = _data_problem(session)
            journal = verify(session) if not problem else None
    finally:
        engine.dispose()
    if problem:
        raise RestoreRefused(
            _("The backup {path} does not add up ({problem}); nothing was restored.", path=file, problem=problem)
        )
    if journal is not None and not journal.ok:
        found = [problem for chain in journal.chains for problem in chain.problems] + journal.problems
        if not despite_journal_problems:
            raise RestoreRefused(
                _(
                    "The journal of the backup {path} does not verify ({count} problems; the first: {first}); "
                    "nothing was restored. Choose another backup, or have the administrator restore it knowingly.",
                    path=file,
                    count=journal.problem_count,
                    first=found[0] if found else "",
                )
            )
        log.warning("restoring %s although its journal has %d problems: %s", file, journal.problem_count, found[:5])


def _data_problem(session: Session) -> str:
    """What is wrong with the data of a sound file, or "": foreign keys that point nowhere, or an earnings ledger
    that does not balance. (The journal is verified after this, by `_prepare`.)"""
    if session.execute(text("PRAGMA foreign_key_check")).first() is not None:
        return _("rows point at rows that do not exist")
    first, last = session.execute(select(func.min(Sale.business_date), func.max(Sale.business_date))).one()
    if first is not None and not check_ledger(session, Period(first, last)).balanced:
        return _("the earnings ledger does not balance")
    return ""


def _side_files(path: Path) -> list[Path]:
    return [wal_path(path), path.with_name(path.name + "-shm")]


def _move_with_side_files(path: Path, target: Path) -> None:
    """Renames the database with its WAL (committed transactions not yet in the file), so the old one stays whole;
    a WAL left without its database goes too, or SQLite would replay it into the restored file."""
    for old, new in zip((path, *_side_files(path)), (target, *_side_files(target)), strict=True):
        if old.exists():
            os.replace(old, new)


def _remove_with_side_files(path: Path) -> None:
    for each in (path, *_side_files(path)):
        with suppress(FileNotFoundError):
            each.unlink()
