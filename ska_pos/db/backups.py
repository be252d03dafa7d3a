"""Backups of a till's SQLite file, file by file: made with SQLite's backup API, checked, listed and pruned.

A backup is one file in the backup folder named `<database>-<reason>-<UTC time>.sqlite3`, for example
`ska-pos-shift-close-20261206T101530Z.sqlite3`; the copies kept before an upgrade (`<database>-schema-<revision>-
<UTC time>.sqlite3`, sqlite_file.keep_copy) are backups too. A file with that name was whole and passed
`PRAGMA integrity_check` when it was written (a copy that fails is deleted); listing checks each again, since a
disk may spoil a file later.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ska_pos.db.owner_only import owner_only_folder
from ska_pos.db.sqlite_file import copy_database, is_sound

STAMP = "%Y%m%dT%H%M%SZ"
SUFFIX = ".sqlite3"
REASONS = ("shift-close", "daily", "manual")
_NAME = re.compile(r"^(?P<database>.+)-(?P<reason>shift-close|daily|manual|schema-[^-]+)-(?P<stamp>\d{8}T\d{6}Z)"
                   r"(?:-(?P<n>\d+))?\.sqlite3$")  # fmt: skip


@dataclass(frozen=True)
class Backup:
    path: Path
    database: str  # the name of the database file it copies, without its suffix
    reason: str  # shift-close, daily, manual, or schema-<revision> (before an upgrade)
    taken_at: datetime  # UTC
    sound: bool | None = None  # the integrity check when listed; None: not checked
    sequence: int = 1  # the second backup made in the same second is 2, and so on

    def business_date(self, zone: ZoneInfo) -> date:
        return self.taken_at.astimezone(zone).date()


def parse_backup(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken_at = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
    return Backup(path, match["database"], match["reason"], taken_at, sequence=int(match["n"] or 1))


def _target(database: Path, folder: Path, reason: str, now: datetime) -> Path:
    base = f"{database.stem}-{reason}-{now.astimezone(UTC).strftime(STAMP)}"
    target, n = folder / f"{base}{SUFFIX}", 1
    while target.exists():  # two backups in the same second (a shift closed just after the daily one)
        n += 1
        target = folder / f"{base}-{n}{SUFFIX}"
    return target


# A copy under way is never this old: a partial file older than this was cut off.
ABANDONED_AFTER = timedelta(hours=1)


def remove_abandoned_copies(folder: Path, database: str, now: datetime) -> list[Path]:
    """A backup cut off (the till closed while it copied: the backup thread is not waited for) leaves its partial
    file, as big as the database, and its journal; the next backup removes those an hour old."""
    limit = (now - ABANDONED_AFTER).timestamp()
    removed = []
    for path in folder.glob(f"{database}-*{SUFFIX}.partial*"):
        with contextlib.suppress(OSError):  # gone already, or held open (Windows): the next backup tries again
            if path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
    return removed


def make_backup(database: Path, folder: Path, reason: str, now: datetime) -> Backup:
    """Copies the database file into `folder` (made when missing) and checks the copy, once the copies of it cut
    off earlier are removed.

    Raises `DatabaseDamaged` (the copy deleted) when the copy fails `integrity_check`, `OSError` or
    `sqlite3.Error` when it cannot be written.
    """
    owner_only_folder(folder)
    remove_abandoned_copies(folder, database.stem, now)
    target = _target(database, folder, reason, now)
    copy_database(database, target, check=True)
    backup = parse_backup(target)
    assert backup is not None
    return replace(backup, sound=True)


def list_backups(folder: Path, database: str | None = None, *, checked: bool = True) -> list[Backup]:
    """The backups in `folder` (of the database named `database`, when given), newest first; with `checked`, each
    checked again with `integrity_check` (about 2 s per 100 MB)."""
    if not folder.is_dir():
        return []
    found = [backup for path in folder.iterdir() if path.is_file() and (backup := parse_backup(path)) is not None]
    if database is not None:
        found = [backup for backup in found if backup.database == database]
    found.sort(key=lambda backup: (backup.taken_at, backup.sequence), reverse=True)
    if not checked:
        return found
    return [replace(backup, sound=is_sound(backup.path)) for backup in found]


def newest_sound_backup(folder: Path, database: str) -> Backup | None:
    """The newest backup that passes the integrity check now (checking from the newest until one does)."""
    for backup in list_backups(folder, database, checked=False):
        if is_sound(backup.path):
            return replace(backup, sound=True)
    return None


def prune_backups(
    folder: Path, database: str, keep_days: int, now: datetime, *, known_sound: Path | None = None
) -> list[Path]:
    """Deletes the database's backups taken more than `keep_days` days before `now`, but never the newest sound
    one, however old it is (`known_sound`: a backup just made and checked); returns what was deleted."""
    limit = now - timedelta(days=keep_days)
    backups = list_backups(folder, database, checked=False)
    old = [backup for backup in backups if backup.taken_at < limit]
    if not old:
        return []
    keep = known_sound if known_sound is not None else _newest_sound(backups)
    deleted = []
    for backup in old:
        if backup.path != keep:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted


def _newest_sound(backups: list[Backup]) -> Path | None:
    return next((backup.path for backup in backups if is_sound(backup.path)), None)


def has_backup_on(folder: Path, database: str, day: date, zone: ZoneInfo) -> bool:
    """Whether a backup of the database was taken on that business date (in the outlet's time zone)."""
    return any(backup.business_date(zone) == day for backup in list_backups(folder, database, checked=False))
