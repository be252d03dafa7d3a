"""`ska-pos report margin [--outlet CODE] (--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD) -o FILE.pdf|FILE.csv`.

Gross margin per item, category and outlet of the items whose stock is tracked, at the cost frozen on each sale."""

from __future__ import annotations

import argparse

from ska_pos.cli.common import database_from
from ska_pos.cli.report_options import add_report_options, output_format, period_of, write_output
from ska_pos.i18n import _, current_language


def register(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    margin = reports.add_parser("margin", help=_("gross margin per item, category and outlet, as a PDF or CSV"))
    add_report_options(margin, outlet_required=False)
    margin.set_defaults(handler=run_margin)


def run_margin(args: argparse.Namespace) -> int:
    from ska_pos.reports.stock_pdf import MARGIN_CSV_COLUMNS, margin_csv_rows, render_margin_pdf
    from ska_pos.services.earnings.period import Period
    from ska_pos.services.export_files import write_csv
    from ska_pos.services.stock.margin import margin_report

    suffix = output_format(args)
    date_from, date_to = period_of(args)
    with database_from(args).reading() as session:
        report = margin_report(session, Period(date_from, date_to), args.outlet)
    if suffix == ".csv":
        write_output(args.output, lambda path: write_csv(path, MARGIN_CSV_COLUMNS, margin_csv_rows(report)))
    else:
        write_output(args.output, lambda path: path.write_bytes(render_margin_pdf(report, current_language())))
    print(_("Gross margin report from {first} to {last} written to {file}", first=date_from.isoformat(),
            last=date_to.isoformat(), file=args.output))  # fmt: skip
    return 0
