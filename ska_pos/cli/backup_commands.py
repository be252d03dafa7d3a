"""`ska-pos backup` and `ska-pos restore FILE`: backups of a till's own SQLite file (ska_pos/services/backups.py).

A restore replaces every record at once: it asks for an administrator's name and PIN (as every command that changes
data does) and the journal of the restored database records it. A backup copies and changes nothing, and the daily
one runs with no one at the till: it asks for no one.

A shared PostgreSQL database is backed up by its administrator (`pg_dump`); these commands refuse it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ska_pos.cli.common import CommandFailed, administrator_credentials
from ska_pos.db.backups import list_backups
from ska_pos.db.database import open_database
from ska_pos.db.engine import resolve_database_url
from ska_pos.db.opening import database_name
from ska_pos.i18n import _
from ska_pos.services.backups import back_up, backup_place, restore_backup
from ska_pos.services.restore_journal import Credentials
from ska_pos.services.this_till import load_local_config


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser("backup", help=_("back up the till's database file now"))
    backup.add_argument("--folder", type=Path, help=_("folder for the backup (default: this machine's backup folder)"))
    backup.add_argument("--list", action="store_true", help=_("list the backups and check each one, newest first"))
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser("restore", help=_("put a backup in place of the till's database file"))
    restore.add_argument("file", type=Path, metavar="FILE", help=_("the backup file"))
    restore.add_argument(
        "--despite-journal-problems",
        action="store_true",
        help=_("restore even when the backup's journal does not verify (the log records it)"),
    )
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    url = resolve_database_url(args.db)
    place = backup_place(url, load_local_config(), args.folder)
    if place is None:
        raise CommandFailed(
            _(
                "The database {where} is not a file on this computer; a shared database is backed up by its "
                "administrator (pg_dump).",
                where=database_name(url),
            )
        )
    if args.list:
        backups = list_backups(place.folder, place.database.stem)
        if not backups:
            print(_("No backups of {path} in {folder}.", path=place.database, folder=place.folder))
        for each in backups:
            status = _("sound") if each.sound else _("DAMAGED")
            print(f"{each.taken_at:%Y-%m-%d %H:%M:%S} UTC  {each.reason:<14} {status:<8} {each.path}")
        return 0
    if not place.database.is_file():
        raise CommandFailed(_("There is no database file {path} to back up.", path=place.database))
    backup = back_up(place, "manual")
    print(_("Backup made: {path} (integrity check: ok)", path=backup.path))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    url = resolve_database_url(args.db)
    credentials = Credentials(*administrator_credentials())
    restored = restore_backup(
        args.file, url, credentials=credentials, despite_journal_problems=args.despite_journal_problems
    )
    print(_("The database {path} was restored from {backup}.", path=restored.database, backup=restored.backup))
    if restored.kept is not None:
        print(_("The file it replaced is kept as {path}.", path=restored.kept))
    print(_("The journal records the restore by {user} ({count} entries).", user=restored.restorer.username,
            count=restored.entries))  # fmt: skip
    open_database(url).dispose()  # the till will open it
    return 0
