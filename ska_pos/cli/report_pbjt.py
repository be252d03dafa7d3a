"""`ska-pos report pbjt --outlet CODE (--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD) -o FILE.pdf|FILE.csv`.

The PBJT (restaurant tax) report of one outlet for the regional tax office: a row per business day, as a PDF or a
CSV (by the file's suffix).
"""

from __future__ import annotations

import argparse
import calendar
from datetime import date
from pathlib import Path

from ska_pos.cli.common import CommandFailed, database_from, iso_date
from ska_pos.i18n import _, current_language


def register(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pbjt = reports.add_parser("pbjt", help=_("an outlet's PBJT (restaurant tax) report per day, as a PDF or CSV"))
    pbjt.add_argument("--outlet", metavar="CODE", required=True, help=_("outlet code"))
    period = pbjt.add_mutually_exclusive_group(required=True)
    period.add_argument("--month", type=month_of, metavar="YYYY-MM", help=_("a calendar month"))
    period.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD", help=_("first day"))
    pbjt.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD",
                      help=_("last day (with --from; default: the first day)"))  # fmt: skip
    pbjt.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.csv")
    pbjt.set_defaults(handler=run_pbjt)


def month_of(text: str) -> tuple[date, date]:
    try:
        first = date.fromisoformat(f"{text}-01")
    except ValueError as error:
        raise argparse.ArgumentTypeError(_("not a month (YYYY-MM): {text}", text=text)) from error
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def run_pbjt(args: argparse.Namespace) -> int:
    from ska_pos.reports.pbjt_pdf import CSV_COLUMNS, csv_rows, render_pbjt_pdf
    from ska_pos.services.export_files import write_csv
    from ska_pos.services.pbjt_report import pbjt_report

    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise CommandFailed(_("The report is written as .pdf or .csv, not {suffix}", suffix=suffix or "-"))
    date_from, date_to = args.month if args.month else (args.date_from, args.date_to or args.date_from)
    with database_from(args).reading() as session:
        report = pbjt_report(session, args.outlet, date_from, date_to)
    try:
        if suffix == ".csv":
            write_csv(args.output, CSV_COLUMNS, csv_rows(report))
        else:
            args.output.write_bytes(render_pbjt_pdf(report, current_language()))
    except OSError as error:
        raise CommandFailed(
            _("Cannot write {file}: {error}", file=args.output, error=error.strerror or error)
        ) from error
    print(_("PBJT report of {outlet} from {first} to {last} written to {file}", outlet=report.outlet_code,
            first=date_from.isoformat(), last=date_to.isoformat(), file=args.output))  # fmt: skip
    return 0
