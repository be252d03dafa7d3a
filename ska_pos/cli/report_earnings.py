"""`ska-pos report earnings`: every worker's earnings for a period (or one worker's) as PDF, CSV or XLSX.

The CSV and XLSX have exactly the columns worker_code, worker_name, credited_revenue, earnings, payouts, balance.
The PDF is the earnings table with the ledger check; with --worker it is that worker's statement instead.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.orm import Session

from ska_pos.cli.common import CommandFailed, database_from, iso_date
from ska_pos.i18n import _, current_language
from ska_pos.services.earnings.period import Period
from ska_pos.services.earnings.report import FILE_FORMATS, earnings_report, worker_id_by_code, write_rows
from ska_pos.services.earnings.statement import worker_statement
from ska_pos.services.export_files import write_bytes

FORMATS = ("pdf", *FILE_FORMATS)


def register(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    earnings = reports.add_parser("earnings", help=_("worker earnings, payouts and balances for a period"))
    earnings.add_argument("--from", dest="date_from", type=iso_date, required=True, metavar="DATE")
    earnings.add_argument("--to", dest="date_to", type=iso_date, required=True, metavar="DATE")
    earnings.add_argument("--worker", metavar="CODE", help=_("only this worker (a PDF is then their statement)"))
    earnings.add_argument(
        "--format", choices=FORMATS, default=None, help=_("default: from the file name (.pdf, .csv or .xlsx)")
    )
    earnings.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    earnings.set_defaults(handler=run_report_earnings)


def run_report_earnings(args: argparse.Namespace) -> int:
    fmt = args.format or args.output.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise CommandFailed(_("Choose --format pdf, csv or xlsx"))
    period = Period(args.date_from, args.date_to)
    with database_from(args).reading() as session:
        if fmt == "pdf":
            write_bytes(args.output, _pdf(session, period, args.worker))
            print(_("Report written to {file}", file=args.output))
            return 0
        report = earnings_report(session, period, worker_code=args.worker, language=current_language())
    count = write_rows(report.rows, fmt, args.output)
    print(_("{count} workers written to {file}", count=count, file=args.output))
    return 0


def _pdf(session: Session, period: Period, worker_code: str | None) -> bytes:
    """One worker's statement, or the earnings table of every worker (renderers imported only when needed)."""
    language = current_language()
    if worker_code:
        from ska_pos.reports.worker_statement_pdf import render_worker_statement_pdf

        worker_id = worker_id_by_code(session, worker_code)
        return render_worker_statement_pdf(worker_statement(session, worker_id, period, language=language))
    from ska_pos.reports.earnings_report_pdf import render_earnings_report_pdf

    return render_earnings_report_pdf(earnings_report(session, period, language=language))
