"""`ska-pos verify`: recompute every till's journal chain and say in plain words what is wrong, if anything."""

from __future__ import annotations

import argparse

from ska_pos.cli.common import database_from
from ska_pos.i18n import _
from ska_pos.services.journal_verify import record_check, verify


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser("verify", help=_("check the journal of every till for changes and gaps"))
    command.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    """Exit 0 when all is well, 1 when a problem was found; the result is kept for the manager's area."""
    database = database_from(args)
    with database.transaction() as session:
        report = verify(session)
        record_check(session, report)
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1
