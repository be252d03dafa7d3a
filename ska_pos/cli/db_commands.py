"""`ska-pos init`, `ska-pos db upgrade` and `ska-pos demo`: the commands that may create or upgrade a schema.

They are the administrator's: a till upgrades only its own SQLite file, and never a shared server's database.
"""

from __future__ import annotations

import argparse

from sqlalchemy import func, select

from ska_pos.cli.common import CommandFailed, closed_at_the_end
from ska_pos.db.database import Database, open_upgraded_database
from ska_pos.db.engine import resolve_database_url
from ska_pos.db.models import Sale, Sentra
from ska_pos.db.opening import Upgrade, database_name
from ska_pos.i18n import _


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser("init", help=_("create or upgrade the database"))
    init.set_defaults(handler=run_init)
    db = commands.add_parser("db", help=_("the database's schema (for the administrator)"))
    db_commands = db.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    upgrade = db_commands.add_parser("upgrade", help=_("upgrade the database to this version's schema"))
    upgrade.set_defaults(handler=run_upgrade)
    demo = commands.add_parser("demo", help=_("fill an empty database with a demo sentra"))
    demo.add_argument("--days", type=int, default=30, help=_("days of sales to make (default 30)"))
    demo.add_argument("--seed", type=int, default=1, help=_("random seed, for the same data every time"))
    demo.set_defaults(handler=run_demo)


def run_init(args: argparse.Namespace) -> int:
    database, upgrade = open_upgraded_database(args.db)
    _print_backup(upgrade)
    print(_("Database ready at schema {revision}: {url}", revision=upgrade.after,
            url=database.engine.url.render_as_string(hide_password=True)))  # fmt: skip
    database.dispose()
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    url = resolve_database_url(args.db)
    database, upgrade = open_upgraded_database(url)
    database.dispose()
    where = database_name(url)
    if not upgrade.changed:
        print(_("The database {where} is already at schema {revision}; nothing to do.", where=where,
                revision=upgrade.after))  # fmt: skip
    elif upgrade.before is None:
        print(_("The database {where} was empty; its schema is now {revision}.", where=where, revision=upgrade.after))
    else:
        print(_("The database {where} was upgraded from schema {before} to {after}.", where=where,
                before=upgrade.before, after=upgrade.after))  # fmt: skip
    _print_backup(upgrade)
    return 0


def _print_backup(upgrade: Upgrade) -> None:
    if upgrade.backup is not None:
        print(_("A copy from before the upgrade is kept at {path}.", path=upgrade.backup))


def _setup_database(args: argparse.Namespace) -> Database:
    database, upgrade = open_upgraded_database(args.db)
    _print_backup(upgrade)
    return closed_at_the_end(database)


def run_demo(args: argparse.Namespace) -> int:
    from ska_pos.demo.builder import build_demo
    from ska_pos.services.this_till import load_local_config, save_local_config, this_machine

    if args.days < 0:
        raise CommandFailed(_("--days cannot be negative"))
    database = _setup_database(args)
    with database.reading() as session:
        if session.scalar(select(func.count()).select_from(Sentra)):
            raise CommandFailed(_("The database already has data; demo data goes only into an empty one"))
    machine = this_machine()
    result = build_demo(database, days=args.days, seed=args.seed, machine=machine)
    if result.enrolled_till_id is not None:
        save_local_config(load_local_config().with_till(result.enrolled_till_id))
    with database.reading() as session:
        total = session.scalar(select(func.count()).select_from(Sale))
    print(_("Demo sentra made: outlets {outlets}, {sales} sales over {days} days ({total} with voids and refunds).",
            outlets=", ".join(result.outlets), sales=result.sales, days=result.days, total=total))  # fmt: skip
    print(_("This computer ({host}) is enrolled as the demo's till {till}.", host=machine.hostname,
            till=result.enrolled_till))  # fmt: skip
    print(_("Demo PINs (shown only now):"))
    for username, pin in result.pins.items():
        print(f"  {username:<10} {pin}")
    return 0
