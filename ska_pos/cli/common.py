"""What every command shares: opening the database named on the command line, parsing dates, and the
administrator who runs a command that changes data."""

from __future__ import annotations

import argparse
import getpass
import os
import uuid
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.database import Database, open_database
from ska_pos.db.models import Outlet, Till
from ska_pos.i18n import _
from ska_pos.services import audit, auth
from ska_pos.services.actor import Actor

T = TypeVar("T")

USER_PIN_VARIABLE = "SKA_POS_PIN"


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


ADMIN_USER_VARIABLE = "SKA_POS_ADMIN_USER"
ADMIN_PIN_VARIABLE = "SKA_POS_ADMIN_PIN"


def administrator(database: Database, *, outlet_id: uuid.UUID | None = None, till_id: uuid.UUID | None = None) -> Actor:
    """An administrator logs in for a command that changes data: name and PIN from SKA_POS_ADMIN_USER and
    SKA_POS_ADMIN_PIN (for scripts), else asked for. Wrong PINs count towards the same lockout as at the till,
    so the login has its own transaction: the failure counter is kept even though the command stops. A command
    that acts at one till (`close-day`) logs in there, and the login goes in that till's journal."""
    username, pin = administrator_credentials()
    with database.transaction() as session:
        if till_id is None or outlet_id is None:
            result = auth.login_for_command(session, username, pin)
        else:
            result = auth.login(session, username, pin, outlet_id=outlet_id, till_id=till_id)
    if result.actor is None:
        raise CommandFailed(result.message)
    if not result.actor.has_role("admin"):
        raise CommandFailed(_("Only an administrator can run this command"))
    return result.actor


def till_place(session: Session, args: argparse.Namespace) -> tuple[uuid.UUID, uuid.UUID]:
    """The outlet and till named by `--outlet` and `--till`; the command fails when there is no such till."""
    place = session.execute(
        select(Outlet.id, Till.id)
        .join(Till, Till.outlet_id == Outlet.id)
        .where(Outlet.code == args.outlet.upper(), Till.code == args.till.upper())
    ).first()
    if place is None:
        raise CommandFailed(_("Unknown till {till} of outlet {outlet}", till=args.till, outlet=args.outlet))
    return place[0], place[1]


def as_user_at_till(args: argparse.Namespace, work: Callable[[Session, Actor], T]) -> T:
    """`work` in one transaction, as the user `args.user` logged in at the till `args.till` of `args.outlet`, once
    their PIN is right (from SKA_POS_PIN, else asked for once per command). A wrong PIN is counted: its transaction
    commits and the command fails with the login's message."""
    pin = getattr(args, "pin", None) or os.environ.get(USER_PIN_VARIABLE)
    if not pin:
        pin = getpass.getpass(_("PIN of {name}: ", name=args.user))
    args.pin = pin
    refusal = ""
    with database_from(args).transaction() as session:
        outlet_id, till_id = till_place(session, args)
        login = auth.login(session, args.user, pin, outlet_id=outlet_id, till_id=till_id)
        if login.actor is None:
            refusal = login.message
        else:
            return work(session, login.actor)
    raise CommandFailed(refusal)


def administrator_credentials() -> tuple[str, str]:
    """The name and PIN from SKA_POS_ADMIN_USER and SKA_POS_ADMIN_PIN, else asked for (the PIN without echo)."""
    try:
        username = os.environ.get(ADMIN_USER_VARIABLE) or input(_("Administrator's user name: "))
        pin = os.environ.get(ADMIN_PIN_VARIABLE) or getpass.getpass(_("PIN: "))
    except EOFError as error:
        raise CommandFailed(_("This command needs an administrator's name and PIN (or SKA_POS_ADMIN_USER and "
                              "SKA_POS_ADMIN_PIN)")) from error  # fmt: skip
    return username, pin


def record_command(session: Session, actor: Actor, command: str, arguments: str, result: str) -> None:
    """Who ran which command, in the command's own transaction."""
    audit.record(session, f"cli.{command}", user_id=actor.user_id, entity="command", entity_id=command,
                 arguments=arguments, result=result)  # fmt: skip
