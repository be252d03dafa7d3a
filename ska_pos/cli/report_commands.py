"""`ska-pos report ...`: each report registers its own subcommand."""

from __future__ import annotations

import argparse

from ska_pos.cli import report_daily, report_earnings, report_margin, report_pbjt
from ska_pos.i18n import _


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help=_("make a report"))
    reports = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    report_daily.register(reports)
    report_earnings.register(reports)
    report_pbjt.register(reports)
    report_margin.register(reports)
