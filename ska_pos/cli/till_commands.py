"""`ska-pos till enrol`: an administrator makes this computer a till, as the enrolment page does (same service)."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from ska_pos.cli.common import CommandFailed, administrator, database_from, record_command
from ska_pos.db.models import Outlet, Till
from ska_pos.i18n import _
from ska_pos.services import outlets
from ska_pos.services.this_till import load_local_config, save_local_config, this_machine
from ska_pos.services.till_enrolment import enrol_till


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    till = commands.add_parser("till", help=_("this computer's till"))
    actions = till.add_subparsers(dest="till_command", metavar="ACTION", required=True)
    enrol = actions.add_parser("enrol", help=_("make this computer a till of an outlet (an administrator's PIN)"))
    enrol.add_argument("outlet", help=_("the outlet's code, for example KFE"))
    enrol.add_argument("till", help=_("the till's code, for example T1"))
    enrol.add_argument(
        "--create", action="store_true", help=_("add the till to the outlet when it has none of that code")
    )
    enrol.add_argument("--name", default="", help=_("the new till's name (with --create)"))
    enrol.add_argument("--take-over", metavar="REASON", default="",
                       help=_("take the till over from the computer it is enrolled on, for this reason"))  # fmt: skip
    enrol.set_defaults(handler=run_enrol)


def run_enrol(args: argparse.Namespace) -> int:
    database = database_from(args)
    actor = administrator(database)
    machine, config = this_machine(), load_local_config()
    outlet_code, till_code = args.outlet.strip().upper(), args.till.strip().upper()
    with database.transaction() as session:
        outlet = session.scalar(select(Outlet).where(Outlet.code == outlet_code, Outlet.active))
        if outlet is None:
            raise CommandFailed(_("No active outlet has the code {code}", code=outlet_code))
        till_id = session.scalar(select(Till.id).where(Till.outlet_id == outlet.id, Till.code == till_code))
        if till_id is None and not args.create:
            raise CommandFailed(_("Outlet {outlet} has no till {till} (add --create to add it)",
                                  outlet=outlet_code, till=till_code))  # fmt: skip
        if till_id is None:
            till_id = outlets.add_till(session, actor, outlet.id, till_code, args.name)
        enrolment = enrol_till(session, actor, till_id, machine, current_till=config.till_id,
                               take_over_reason=args.take_over)  # fmt: skip
        record_command(session, actor, "till.enrol", f"{outlet_code} {till_code}", enrolment.hostname)
    save_local_config(config.with_till(till_id))
    print(_("This computer ({host}) is now till {till} of {outlet}.", host=machine.hostname, till=till_code,
            outlet=outlet_code))  # fmt: skip
    if enrolment.took_over_from:
        print(_("It was taken over from {host}.", host=enrolment.took_over_from))
    return 0
