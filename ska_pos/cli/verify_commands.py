"""`ska-pos verify`: recompute every till's journal chain and say in plain words what is wrong, if anything.
`ska-pos close-day`: write a till's day closing into its journal."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from ska_pos.cli.common import CommandFailed, administrator, database_from, record_command
from ska_pos.db.models import Outlet, Till
from ska_pos.i18n import _
from ska_pos.services.journal_closings import close_day
from ska_pos.services.journal_verify import record_check, verify


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser("verify", help=_("check the journal of every till for changes and gaps"))
    command.set_defaults(handler=run_verify)
    closing = commands.add_parser("close-day", help=_("close today's business day of a till in its journal"))
    closing.add_argument("--outlet", metavar="CODE", required=True, help=_("the outlet's code"))
    closing.add_argument("--till", metavar="CODE", required=True, help=_("the till's code"))
    closing.set_defaults(handler=run_close_day)


def run_verify(args: argparse.Namespace) -> int:
    """Exit 0 when all is well, 1 when a problem was found; the result is kept for the manager's area."""
    database = database_from(args)
    # read in one snapshot without the write lock (tills go on selling), then a short write of the result
    with database.reading() as session:
        report = verify(session)
    with database.transaction() as session:
        record_check(session, report)
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1


def run_close_day(args: argparse.Namespace) -> int:
    """An administrator (name and PIN, as for every command that changes data) closes the till's day."""
    database = database_from(args)
    with database.reading() as session:
        found = session.execute(
            select(Outlet.id, Till.id)
            .join(Till, Till.outlet_id == Outlet.id)
            .where(Outlet.code == args.outlet.upper(), Till.code == args.till.upper())
        ).first()
    if found is None:
        raise CommandFailed(_("Unknown till {till} of outlet {outlet}", till=args.till, outlet=args.outlet))
    actor = administrator(database, outlet_id=found[0], till_id=found[1])
    with database.transaction() as session:
        closing = close_day(session, actor)
        record_command(session, actor, "close_day", f"--outlet {args.outlet} --till {args.till}",
                       f"closing {closing.closing_no}")  # fmt: skip
    print(_("Day closed: closing no. {number}, entries {first} to {last}, journal {hash}", number=closing.closing_no,
            first=closing.first_seq, last=closing.last_seq, hash=closing.short_hash))  # fmt: skip
    return 0
