"""What the report commands that write a file share: `--outlet`, the period (`--month`, or `--from` and `--to`), the
output file (`-o FILE.pdf|FILE.csv`, the format by its suffix), and writing it with a plain message when it fails."""

from __future__ import annotations

import argparse
import calendar
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ska_pos.cli.common import CommandFailed, iso_date
from ska_pos.i18n import _

FORMATS = (".pdf", ".csv")


def add_report_options(parser: argparse.ArgumentParser, *, outlet_required: bool) -> None:
    """`--outlet CODE` (required, or every outlet when left out), the period and `-o FILE.pdf|FILE.csv`."""
    if outlet_required:
        parser.add_argument("--outlet", metavar="CODE", required=True, help=_("outlet code"))
    else:
        parser.add_argument("--outlet", metavar="CODE", default=None, help=_("outlet code (default: every outlet)"))
    period = parser.add_mutually_exclusive_group(required=True)
    period.add_argument("--month", type=month_of, metavar="YYYY-MM", help=_("a calendar month"))
    period.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD", help=_("first day"))
    parser.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD",
                        help=_("last day (with --from; default: the first day)"))  # fmt: skip
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.csv")


def month_of(text: str) -> tuple[date, date]:
    """`--month YYYY-MM`: its first and last day."""
    try:
        first = date.fromisoformat(f"{text}-01")
    except ValueError as error:
        raise argparse.ArgumentTypeError(_("not a month (YYYY-MM): {text}", text=text)) from error
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def period_of(args: argparse.Namespace) -> tuple[date, date]:
    """The first and last day asked: the month, or from the first day to `--to` (or that one day)."""
    if args.month:
        first, last = args.month
        return first, last
    return args.date_from, args.date_to or args.date_from


def output_format(args: argparse.Namespace) -> str:
    """The output file's suffix, `.pdf` or `.csv`; any other is refused before the database is read."""
    suffix = str(args.output.suffix.lower())
    if suffix not in FORMATS:
        raise CommandFailed(_("The report is written as .pdf or .csv, not {suffix}", suffix=suffix or "-"))
    return suffix


def write_output(path: Path, write: Callable[[Path], object]) -> None:
    """`write(path)`; a file that cannot be written is a plain message, not a traceback."""
    try:
        write(path)
    except OSError as error:
        raise CommandFailed(_("Cannot write {file}: {error}", file=path, error=error.strerror or error)) from error
