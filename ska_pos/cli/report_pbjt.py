"""`ska-pos report pbjt --outlet CODE (--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD) -o FILE.pdf|FILE.csv`.

The PBJT (restaurant tax) report of one outlet for the regional tax office: a row per business day, as a PDF or a
CSV (by the file's suffix).
"""

from __future__ import annotations

import argparse

from ska_pos.cli.common import database_from
from ska_pos.cli.report_options import add_report_options, output_format, period_of, write_output
from ska_pos.i18n import _, current_language


def register(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pbjt = reports.add_parser("pbjt", help=_("an outlet's PBJT (restaurant tax) report per day, as a PDF or CSV"))
    add_report_options(pbjt, outlet_required=True)
    pbjt.set_defaults(handler=run_pbjt)


def run_pbjt(args: argparse.Namespace) -> int:
    from ska_pos.reports.pbjt_pdf import CSV_COLUMNS, csv_rows, render_pbjt_pdf
    from ska_pos.services.export_files import write_csv
    from ska_pos.services.pbjt_report import pbjt_report

    suffix = output_format(args)
    date_from, date_to = period_of(args)
    with database_from(args).reading() as session:
        report = pbjt_report(session, args.outlet, date_from, date_to)
    if suffix == ".csv":
        write_output(args.output, lambda path: write_csv(path, CSV_COLUMNS, csv_rows(report)))
    else:
        write_output(args.output, lambda path: path.write_bytes(render_pbjt_pdf(report, current_language())))
    print(_("PBJT report of {outlet} from {first} to {last} written to {file}", outlet=report.outlet_code,
            first=date_from.isoformat(), last=date_to.isoformat(), file=args.output))  # fmt: skip
    return 0
