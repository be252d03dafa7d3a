"""`ska-pos labels print` and `ska-pos labels prefix`: barcode labels for chosen items, giving the items without a
barcode a number of the sentra's own range first when asked (services/own_barcodes.py, services/barcode_labels.py)."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.cli.common import CommandFailed, administrator, database_from, record_command
from ska_pos.db.models import Category, Outlet, Sentra
from ska_pos.i18n import _, current_language
from ska_pos.reports.barcode_label_model import DEFAULT_LAYOUT, LAYOUT_NAMES
from ska_pos.services import barcode_labels, own_barcodes
from ska_pos.services.barcode_labels import LabelChoice


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    labels = commands.add_parser("labels", help=_("barcode labels, and the sentra's own barcode numbers"))
    what = labels.add_subparsers(dest="what", metavar="WHAT", required=True)
    printing = what.add_parser("print", help=_("a PDF of labels with name, price and barcode for the chosen items"))
    printing.add_argument("--outlet", metavar="CODE", required=True)
    printing.add_argument("--category", metavar="NAME", help=_("only the items of this category"))
    printing.add_argument("--search", metavar="TEXT", default="", help=_("only the items this search finds"))
    printing.add_argument("--without-barcode", action="store_true", help=_("only the items that have no barcode"))
    assign = _("first give the chosen items without a barcode a number of the sentra's range")
    printing.add_argument("--assign", action="store_true", help=assign)
    printing.add_argument("--copies", type=int, default=1, metavar="N", help=_("labels of each item (default 1)"))
    layout = _("an A4 sheet, a label printer's labels or a receipt printer's roll (default {layout})",
                layout=DEFAULT_LAYOUT)  # fmt: skip
    printing.add_argument("--layout", choices=LAYOUT_NAMES, default=DEFAULT_LAYOUT, help=layout)
    printing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    printing.set_defaults(handler=run_labels_print)
    prefix = what.add_parser("prefix", help=_("show or choose the sentra's own barcode range (20 to 29)"))
    prefix.add_argument("prefix", nargs="?", metavar="PREFIX")
    prefix.add_argument("--sentra", metavar="CODE", help=_("the sentra (needed when the database has several)"))
    prefix.set_defaults(handler=run_labels_prefix)


def run_labels_print(args: argparse.Namespace) -> int:
    language = current_language()
    database = database_from(args)
    # The items are chosen once: after they were given numbers, --without-barcode would choose none of them.
    if args.assign:
        actor = administrator(database)
        with database.transaction() as session:
            chosen = _chosen(session, args)
            assigned = own_barcodes.assign_numbers(session, actor, chosen)
            record_command(session, actor, "labels_assign", f"--outlet {args.outlet}", f"{len(assigned)}")
        for each in assigned:
            print(f"{each.sku} {each.name}: {each.code}")
    else:
        with database.reading() as session:
            chosen = _chosen(session, args)
    with database.reading() as session:
        run = barcode_labels.label_run(session, chosen, args.copies, language)
    without = len(chosen) - len(run.labels) // args.copies
    if not run.labels:
        raise CommandFailed(_("None of the chosen items has a barcode: add --assign to give them numbers"))
    from ska_pos.reports.barcode_labels_pdf import render_labels_pdf  # ReportLab: only when labels are drawn

    args.out.write_bytes(render_labels_pdf(run, args.layout))
    print(_("{count} labels written to {file}", count=len(run.labels), file=args.out))
    if without:
        print(_("{count} items have no barcode and no label (add --assign to give them numbers)", count=without))
    return 0


def run_labels_prefix(args: argparse.Namespace) -> int:
    database = database_from(args)
    if args.prefix is None:
        with database.reading() as session:
            print(own_barcodes.prefix_of(session, _sentra_id(session, args.sentra)))
        return 0
    actor = administrator(database)
    with database.transaction() as session:
        prefix = own_barcodes.set_prefix(session, actor, _sentra_id(session, args.sentra), args.prefix)
        record_command(session, actor, "labels_prefix", args.prefix, prefix)
    print(prefix)
    return 0


def _chosen(session: Session, args: argparse.Namespace) -> list[uuid.UUID]:
    outlet_id = session.scalar(select(Outlet.id).where(Outlet.code == args.outlet.upper()))
    if outlet_id is None:
        raise CommandFailed(_("Unknown outlet {code}", code=args.outlet))
    category_id = None
    if args.category:
        query = select(Category.id).where(Category.outlet_id == outlet_id)
        category_id = session.scalar(query.where(func.lower(Category.name) == args.category.strip().lower()))
        if category_id is None:
            raise CommandFailed(_("No category {name} in outlet {code}", name=args.category, code=args.outlet))
    choice = LabelChoice(category_id=category_id, text=args.search, without_barcode=args.without_barcode)
    chosen = barcode_labels.choose_items(session, outlet_id, choice)
    if not chosen:
        raise CommandFailed(_("No active item matches the choice"))
    return chosen


def _sentra_id(session: Session, code: str | None) -> uuid.UUID:
    query = select(Sentra.id) if code is None else select(Sentra.id).where(Sentra.code == code.upper())
    found = list(session.scalars(query.limit(2)))
    if len(found) != 1:
        raise CommandFailed(_("Name the sentra with --sentra CODE") if found else _("Unknown sentra"))
    return found[0]
