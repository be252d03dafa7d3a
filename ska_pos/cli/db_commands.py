"""`ska-pos init` and `ska-pos demo`."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select

from ska_pos.cli.common import CommandFailed, database_from
from ska_pos.db.migrate import current_revision
from ska_pos.db.models import Sale, Sentra
from ska_pos.i18n import _


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser("init", help=_("create or upgrade the database"))
    init.set_defaults(handler=run_init)
    demo = commands.add_parser("demo", help=_("fill an empty database with a demo sentra"))
    demo.add_argument("--days", type=int, default=30, help=_("days of sales to make (default 30)"))
    demo.add_argument("--seed", type=int, default=1, help=_("random seed, for the same data every time"))
    demo.set_defaults(handler=run_demo)


def run_init(args: argparse.Namespace) -> int:
    database = database_from(args)
    print(_("Database ready at schema {revision}: {url}", revision=current_revision(database.engine),
            url=database.engine.url.render_as_string(hide_password=True)))  # fmt: skip
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from ska_pos.demo.builder import build_demo

    if args.days < 0:
        raise CommandFailed(_("--days cannot be negative"))
    database = database_from(args)
    with database.reading() as session:
        if session.scalar(select(func.count()).select_from(Sentra)):
            raise CommandFailed(_("The database already has data; demo data goes only into an empty one"))
    result = build_demo(database, days=args.days, seed=args.seed)
    with database.reading() as session:
        total = session.scalar(select(func.count()).select_from(Sale))
    print(_("Demo sentra made: outlets {outlets}, {sales} sales over {days} days ({total} with voids and refunds).",
            outlets=", ".join(result.outlets), sales=result.sales, days=result.days, total=total))  # fmt: skip
    print(_("Demo PINs (shown only now):"))
    for username, pin in result.pins.items():
        print(f"  {username:<10} {pin}")
    return 0
