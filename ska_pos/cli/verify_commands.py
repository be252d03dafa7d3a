"""`ska-pos verify`: recompute every till's journal chain and say in plain words what is wrong, if anything.
`ska-pos close-day`: write a till's day closing into its journal."""

from __future__ import annotations

import argparse
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.cli.common import administrator, database_from, record_command, till_place
from ska_pos.db.engine import resolve_database_url
from ska_pos.db.models import Outlet, Till
from ska_pos.i18n import _
from ska_pos.services.backups import backup_place
from ska_pos.services.journal_anchors import (
    chain_hashes,
    check_anchor,
    check_backups,
    restore_notes,
    restore_points,
)
from ska_pos.services.journal_closings import close_day
from ska_pos.services.journal_verify import record_check, verify
from ska_pos.services.stock.check import check_stock
from ska_pos.services.stock.check import problems as stock_problems
from ska_pos.services.this_till import load_local_config


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser("verify", help=_("check the journal of every till for changes and gaps"))
    command.add_argument("--anchor", action="append", default=[], metavar="TEXT",
                         help=_('a closing printed on paper: "KFE T1 shift_close 3 54e1f78d0a1b2c3d"'))  # fmt: skip
    command.set_defaults(handler=run_verify)
    closing = commands.add_parser("close-day", help=_("close a business day of a till in its journal"))
    closing.add_argument("--outlet", metavar="CODE", required=True, help=_("the outlet's code"))
    closing.add_argument("--till", metavar="CODE", required=True, help=_("the till's code"))
    since = _("the business date to close (default: the last one with sales not yet closed)")
    closing.add_argument("--date", metavar="YYYY-MM-DD", type=date.fromisoformat, default=None, help=since)
    closing.set_defaults(handler=run_close_day)


def run_verify(args: argparse.Namespace) -> int:
    """Exit 0 when all is well, 1 when a problem was found; the result is kept for the manager's area."""
    database = database_from(args)
    # read in one snapshot without the write lock (tills go on selling), then a short write of the result
    with database.reading() as session:
        report = verify(session)
        report.problems.extend(_anchored(session, args, report.notes))
        stock = check_stock(session)  # the on-hand record against the stock ledger (`ska-pos stock check`)
        report.problems.extend(stock_problems(session, stock))
        report.notes.append(_("Stock: {count} items and outlets checked against the stock ledger", count=stock.pairs))
    with database.transaction() as session:
        record_check(session, report)
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1


def _anchored(session: Session, args: argparse.Namespace, notes: list[str]) -> list[str]:
    """The problems the anchors outside the database show: printed closings, and the backups' journals; each
    restore, and each backup accepted as the history a restore replaced, goes into `notes`."""
    problems = [problem for anchor in args.anchor if (problem := check_anchor(session, anchor)) is not None]
    codes = {
        till: f"{outlet} {code}"
        for till, outlet, code in session.execute(
            select(Till.id, Outlet.code, Till.code).join(Outlet, Outlet.id == Till.outlet_id)
        )
    }
    restores = restore_points(session)
    notes += restore_notes(restores, codes)
    place = backup_place(resolve_database_url(args.db), load_local_config())
    if place is not None:
        problems += check_backups(chain_hashes(session), place.folder, place.database.stem, codes, restores, notes)
    return problems


def run_close_day(args: argparse.Namespace) -> int:
    """An administrator (name and PIN, as for every command that changes data) closes the till's day."""
    database = database_from(args)
    with database.reading() as session:
        outlet_id, till_id = till_place(session, args)
    actor = administrator(database, outlet_id=outlet_id, till_id=till_id)
    with database.transaction() as session:
        closing = close_day(session, actor, day=args.date)
        given = f"--outlet {args.outlet} --till {args.till}" + (f" --date {args.date}" if args.date else "")
        record_command(session, actor, "close_day", given, f"closing {closing.closing_no}")
    print(_("Day closed: closing no. {number}, entries {first} to {last}, journal {hash}", number=closing.closing_no,
            first=closing.first_seq, last=closing.last_seq, hash=closing.short_hash))  # fmt: skip
    return 0
