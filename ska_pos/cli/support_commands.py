"""`ska-pos problem-report`: the zip for the person who supports the sentra."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from ska_pos.db.database import open_database
from ska_pos.db.types import utcnow
from ska_pos.i18n import _
from ska_pos.services.problem_report import default_report_folder, default_report_name, write_problem_report

log = logging.getLogger(__name__)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "problem-report", help=_("save logs, versions and settings (no personal data) in a zip")
    )
    report.add_argument("-o", "--output", type=Path, metavar="FILE", help=_("default: a dated file in Documents"))
    report.set_defaults(handler=run_problem_report)


def run_problem_report(args: argparse.Namespace) -> int:
    created_at = utcnow()
    target = args.output or default_report_folder() / default_report_name(created_at)
    try:
        # As it is: a report must not upgrade the schema it is describing.
        database = open_database(args.db, upgrade=False)
    except Exception as error:  # the report is most wanted when the database will not open
        log.exception("problem report: the database could not be opened")
        report = write_problem_report(target, created_at=created_at, database_error=f"{type(error).__name__}: {error}")
    else:
        try:
            with database.reading() as session:
                report = write_problem_report(target, created_at=created_at, session=session)
        finally:
            database.dispose()
    print(_("Problem report saved: {path}", path=report.path))
    return 0
