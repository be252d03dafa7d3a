"""`ska-pos report margin [--outlet CODE] (--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD) -o FILE.pdf|FILE.csv`.

Gross margin per item, category and outlet of the items whose stock is tracked, at the cost frozen on each sale."""

from __future__ import annotations

import argparse
from pathlib import Path

from ska_pos.cli.common import CommandFailed, database_from, iso_date
from ska_pos.cli.report_pbjt import month_of
from ska_pos.i18n import _, current_language


def register(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    margin = reports.add_parser("margin", help=_("gross margin per item, category and outlet, as a PDF or CSV"))
    margin.add_argument("--outlet", metavar="CODE", default=None, help=_("outlet code (default: every outlet)"))
    period = margin.add_mutually_exclusive_group(required=True)
    period.add_argument("--month", type=month_of, metavar="YYYY-MM", help=_("a calendar month"))
    period.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD", help=_("first day"))
    margin.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD",
                        help=_("last day (with --from; default: the first day)"))  # fmt: skip
    margin.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.csv")
    margin.set_defaults(handler=run_margin)


def run_margin(args: argparse.Namespace) -> int:
    from ska_pos.reports.stock_pdf import MARGIN_CSV_COLUMNS, margin_csv_rows, render_margin_pdf
    from ska_pos.services.earnings.period import Period
    from ska_pos.services.export_files import write_csv
    from ska_pos.services.stock.margin import margin_report

    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise CommandFailed(_("The report is written as .pdf or .csv, not {suffix}", suffix=suffix or "-"))
    date_from, date_to = args.month if args.month else (args.date_from, args.date_to or args.date_from)
    with database_from(args).reading() as session:
        report = margin_report(session, Period(date_from, date_to), args.outlet)
    try:
        if suffix == ".csv":
            write_csv(args.output, MARGIN_CSV_COLUMNS, margin_csv_rows(report))
        else:
            args.output.write_bytes(render_margin_pdf(report, current_language()))
    except OSError as error:
        raise CommandFailed(
            _("Cannot write {file}: {error}", file=args.output, error=error.strerror or error)
        ) from error
    print(_("Gross margin report from {first} to {last} written to {file}", first=date_from.isoformat(),
            last=date_to.isoformat(), file=args.output))  # fmt: skip
    return 0
