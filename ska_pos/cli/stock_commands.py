"""`ska-pos stock check`: rebuild every outlet's on-hand from the stock ledger and say where the record differs.
`ska-pos stock on-hand --outlet CODE`: what an outlet has of each tracked item, and what it cost.
`ska-pos stock reorder --outlet CODE [-o FILE.csv]`: the items at or below their minimum, by supplier or maker.
`ska-pos stock count-sheet --outlet CODE -o FILE.pdf`: the open stock take's count sheet.
`ska-pos stock import|export`: opening stock from a file, stock on hand to one (stock_file_commands.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select

from ska_pos.cli.common import CommandFailed, database_from
from ska_pos.cli.report_options import month_of
from ska_pos.cli.stock_file_commands import register_opening
from ska_pos.cli.stock_flow_commands import register_transfer
from ska_pos.domain.money import format_rupiah
from ska_pos.i18n import _, current_language


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stock = commands.add_parser("stock", help=_("the stock ledger: its check and what each outlet has"))
    actions = stock.add_subparsers(dest="stock", metavar="ACTION", required=True)
    check = actions.add_parser("check", help=_("rebuild on-hand from the stock ledger and report any difference"))
    check.set_defaults(handler=run_check)
    on_hand = actions.add_parser("on-hand", help=_("what an outlet has of each tracked item"))
    on_hand.add_argument("--outlet", metavar="CODE", required=True, help=_("outlet code"))
    on_hand.set_defaults(handler=run_on_hand)
    note = actions.add_parser("note", help=_("print a receiving or consignment note as a PDF"))
    note.add_argument("--outlet", metavar="CODE", required=True, help=_("outlet code"))
    note.add_argument("--number", metavar="NUMBER", required=True, help=_("the note's number, e.g. TRM-KFE-00001"))
    note.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    note.set_defaults(handler=run_note)
    settle = actions.add_parser("settlement", help=_("a maker's consignment settlement for a period"))
    settle.add_argument("--outlet", metavar="CODE", required=True, help=_("outlet code"))
    settle.add_argument("--worker", metavar="CODE", required=True, help=_("the maker's worker code"))
    settle.add_argument("--month", type=month_of, metavar="YYYY-MM", required=True, help=_("a calendar month"))
    settle.set_defaults(handler=run_settlement)
    reorder = actions.add_parser("reorder", help=_("the items at or below their minimum, by supplier or maker"))
    reorder.add_argument("--outlet", metavar="CODE", required=True, help=_("outlet code"))
    reorder.add_argument("-o", "--output", type=Path, metavar="FILE.csv", help=_("also write the list as CSV"))
    reorder.set_defaults(handler=run_reorder)
    sheet = actions.add_parser("count-sheet", help=_("the open stock take's count sheet as an A4 PDF"))
    sheet.add_argument("--outlet", metavar="CODE", required=True, help=_("outlet code"))
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    sheet.set_defaults(handler=run_count_sheet)
    register_transfer(actions)
    register_opening(actions)


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
        lost = (
            _("lost in transit {quantity}", quantity=f"{row.lost_in_transit.normalize():f}")
            if row.lost_in_transit
            else ""
        )
        quantity = f"{row.quantity.normalize():f} {row.unit}"
        print(f"{row.sku:<16} {row.name:<40} {quantity:>14} {row.avg_cost:>12} {lost}".rstrip())
    return 0


def run_note(args: argparse.Namespace) -> int:
    from ska_pos.reports.stock_pdf import render_stock_note_pdf
    from ska_pos.services.stock.documents import stock_note

    with database_from(args).reading() as session:
        note = stock_note(session, args.outlet, args.number)
    try:
        args.output.write_bytes(render_stock_note_pdf(note, current_language()))
    except OSError as error:
        raise CommandFailed(
            _("Cannot write {file}: {error}", file=args.output, error=error.strerror or error)
        ) from error
    print(_("Note {number} written to {file}", number=note.number, file=args.output))
    return 0


def run_settlement(args: argparse.Namespace) -> int:
    from ska_pos.db.models import Outlet, Worker
    from ska_pos.services.earnings.period import Period
    from ska_pos.services.stock.settlement import maker_settlement

    with database_from(args).reading() as session:
        outlet_id = session.scalar(select(Outlet.id).where(Outlet.code == args.outlet.upper()))
        worker_id = session.scalar(select(Worker.id).where(Worker.code == args.worker.upper()))
        if outlet_id is None or worker_id is None:
            raise CommandFailed(_("Unknown outlet or worker"))
        statement = maker_settlement(session, worker_id, outlet_id, Period(*args.month))
    language = current_language()
    print(_("Consignment settlement of {maker} at {outlet}, {first} to {last}", maker=statement.worker_name,
            outlet=statement.outlet_code, first=args.month[0].isoformat(), last=args.month[1].isoformat()))  # fmt: skip
    print(_("item | brought | sold | returned | lost in transit | owed"))
    for line in statement.lines:
        print(f"{line.sku} {line.name} | {line.brought.normalize():f} | {line.sold.normalize():f} | "
              f"{line.returned.normalize():f} | {line.lost.normalize():f} | "
              f"{format_rupiah(line.owed, language)}")  # fmt: skip
    print(_("Owed to the maker: {amount}", amount=format_rupiah(statement.owed, language)))
    return 0


def run_reorder(args: argparse.Namespace) -> int:
    from ska_pos.db.models import Outlet
    from ska_pos.services.export_files import write_csv
    from ska_pos.services.stock.minimums import REORDER_CSV_COLUMNS, reorder_csv_rows, reorder_list

    with database_from(args).reading() as session:
        outlet_id = session.scalar(select(Outlet.id).where(Outlet.code == args.outlet.upper()))
        if outlet_id is None:
            raise CommandFailed(_("Unknown outlet {code}", code=args.outlet))
        rows = reorder_list(session, outlet_id)
    source = None
    for row in rows:
        if row.source != source:
            source = row.source
            print(source or _("(no supplier or maker known)"))
        print(f"  {row.sku:<16} {row.name:<40} {row.on_hand.normalize():>10f} {row.minimum.normalize():>10f} "
              f"{row.short.normalize():>10f}")  # fmt: skip
    print(_("{count} items to reorder", count=len(rows)))
    if args.output is not None:
        write_csv(args.output, REORDER_CSV_COLUMNS, reorder_csv_rows(rows))
        print(_("Written to {file}", file=args.output))
    return 0


def run_count_sheet(args: argparse.Namespace) -> int:
    from ska_pos.db.models import Outlet
    from ska_pos.reports.count_sheet import render_count_sheet_pdf
    from ska_pos.services.stock.count_sheet import count_sheet
    from ska_pos.services.stock.count_views import open_count

    with database_from(args).reading() as session:
        outlet_id = session.scalar(select(Outlet.id).where(Outlet.code == args.outlet.upper()))
        if outlet_id is None:
            raise CommandFailed(_("Unknown outlet {code}", code=args.outlet))
        count = open_count(session, outlet_id)
        if count is None:
            raise CommandFailed(_("No stock take is open at {outlet}", outlet=args.outlet.upper()))
        sheet = count_sheet(session, count.id)
    try:
        args.output.write_bytes(render_count_sheet_pdf(sheet, current_language()))
    except OSError as error:
        raise CommandFailed(
            _("Cannot write {file}: {error}", file=args.output, error=error.strerror or error)
        ) from error
    print(_("Count sheet written to {file}", file=args.output))
    return 0
