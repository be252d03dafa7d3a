"""`ska-pos stock check`: rebuild every outlet's on-hand from the stock ledger and say where the record differs.
`ska-pos stock on-hand --outlet CODE`: what an outlet has of each tracked item, and what it cost."""

from __future__ import annotations

import argparse

from ska_pos.cli.common import database_from
from ska_pos.i18n import _


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stock = commands.add_parser("stock", help=_("the stock ledger: its check and what each outlet has"))
    actions = stock.add_subparsers(dest="stock", metavar="ACTION", required=True)
    check = actions.add_parser("check", help=_("rebuild on-hand from the stock ledger and report any difference"))
    check.set_defaults(handler=run_check)
    on_hand = actions.add_parser("on-hand", help=_("what an outlet has of each tracked item"))
    on_hand.add_argument("--outlet", metavar="CODE", required=True, help=_("outlet code"))
    on_hand.set_defaults(handler=run_on_hand)


def run_check(args: argparse.Namespace) -> int:
    """Exit 0 when the on-hand record agrees with the ledger, 1 when it does not."""
    from ska_pos.services.stock.check import check_stock, problems

    with database_from(args).reading() as session:
        result = check_stock(session)
        found = problems(session, result)
    for problem in found:
        print(f"- {problem}")
    if result.ok:
        print(_("Stock is right: {count} items and outlets agree with the ledger", count=result.pairs))
        return 0
    print(_("{problems} differences found in {count} items and outlets", problems=len(found), count=result.pairs))
    return 1


def run_on_hand(args: argparse.Namespace) -> int:
    from ska_pos.services.stock.queries import stock_report

    with database_from(args).reading() as session:
        report = stock_report(session, args.outlet)
    print(_("Stock of {outlet}", outlet=report.outlet_code))
    for row in report.rows:
        print(f"{row.sku:<16} {row.name:<40} {row.quantity.normalize():>10f} {row.avg_cost:>12}")
    return 0
