"""`ska-pos report daily --outlet CODE --date YYYY-MM-DD [--format a4|thermal] [--paper 58|80] -o FILE.pdf`.

Without `--outlet`: the whole sentra, with a row per outlet.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ska_pos.cli.common import CommandFailed, database_from, iso_date
from ska_pos.i18n import _, current_language


def register(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    daily = reports.add_parser("daily", help=_("the daily summary of an outlet or the whole sentra, as a PDF"))
    daily.add_argument("--outlet", metavar="CODE", help=_("outlet code; leave out for the whole sentra"))
    daily.add_argument("--date", dest="day", type=iso_date, default=None, metavar="YYYY-MM-DD",
                       help=_("business date (default: today)"))  # fmt: skip
    daily.add_argument("--format", dest="paper", choices=("a4", "thermal"), default="a4",
                       help=_("A4 pages or a thermal paper roll (default a4)"))  # fmt: skip
    daily.add_argument("--paper", dest="width", type=int, choices=(58, 80), default=80,
                       help=_("thermal paper width in mm (default 80)"))  # fmt: skip
    daily.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    daily.set_defaults(handler=run_daily)


def run_daily(args: argparse.Namespace) -> int:
    from ska_pos.reports.daily_pdf import render_daily_summary_pdf
    from ska_pos.services.daily_summary import daily_summary, summary_today

    paper = "a4" if args.paper == "a4" else f"thermal{args.width}"
    database = database_from(args)
    with database.reading() as session:
        day: date = args.day or summary_today(session, args.outlet)
        summary = daily_summary(session, day, outlet_code=args.outlet, language=current_language())
    pdf = render_daily_summary_pdf(summary, paper)  # type: ignore[arg-type]
    try:
        args.output.write_bytes(pdf)
    except OSError as error:
        raise CommandFailed(
            _("Cannot write {file}: {error}", file=args.output, error=error.strerror or error)
        ) from error
    print(_("Daily summary of {scope} for {day} written to {file}", scope=summary.scope_name, day=day.isoformat(),
            file=args.output))  # fmt: skip
    return 0
