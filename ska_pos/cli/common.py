"""What every command shares: opening the database named on the command line, and parsing dates."""

from __future__ import annotations

import argparse
from datetime import date

from ska_pos.db.database import Database, open_database
from ska_pos.i18n import _


class CommandFailed(Exception):
    """A command could not do its work; the message is for the user."""


# Databases a command opened, closed by `main` when the command ends (`close_databases`).
_opened: list[Database] = []


def database_from(args: argparse.Namespace) -> Database:
    return closed_at_the_end(open_database(args.db))


def closed_at_the_end(database: Database) -> Database:
    _opened.append(database)
    return database


def close_databases() -> None:
    """Close what the command opened; closing copies the write-ahead log into the file (`Database.dispose`)."""
    while _opened:
        _opened.pop().dispose()


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(_("not a date (YYYY-MM-DD): {text}", text=text)) from error
