"""`ska-pos problem-report`: the zip for the person who supports the sentra."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from ska_pos import clock
from ska_pos.db.database import Database
from ska_pos.db.engine import make_engine, make_session_factory, resolve_database_url
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
    created_at = clock.now()
    target = args.output or default_report_folder() / default_report_name(created_at)
    try:
        database = database_as_it_is(args.db)
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


def database_as_it_is(url: str | None) -> Database:
    """The database without the checks, copies and upgrades of a till's start: a report describes, never changes.
    A SQLite file that is not there is not created."""
    engine = make_engine(resolve_database_url(url))
    name = engine.url.database
    if engine.dialect.name == "sqlite" and name and name != ":memory:" and not Path(name).is_file():
        engine.dispose()
        raise FileNotFoundError(f"no database file at {name}")
    return Database(url=str(engine.url), engine=engine, sessions=make_session_factory(engine))
