"""`ska-pos stock import FILE`: opening stock from a CSV or XLSX file (outlet_code, sku or barcode, quantity,
unit_cost), all rows or none; `ska-pos stock export --outlet CODE -o FILE.csv|FILE.xlsx`: the outlet's stock on hand
in the same columns (services/stock/opening_stock.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select

from ska_pos.cli.common import CommandFailed, administrator, database_from, record_command
from ska_pos.db.models import Outlet
from ska_pos.i18n import _
from ska_pos.services.catalog_file import CatalogImportError
from ska_pos.services.errors import ServiceError


def register_opening(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imported = actions.add_parser("import", help=_("opening stock from a CSV or XLSX file"))
    imported.add_argument("file", type=Path, metavar="FILE")
    imported.set_defaults(handler=run_import)
    exported = actions.add_parser("export", help=_("an outlet's stock on hand as CSV or XLSX, in the import's columns"))
    exported.add_argument("--outlet", metavar="CODE", required=True, help=_("outlet code"))
    exported.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")
    exported.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    from ska_pos.services.stock.opening_stock import import_opening_stock, read_opening_file

    database = database_from(args)
    try:
        opening = read_opening_file(args.file)  # before the transaction: other tills wait while it holds the lock
        actor = administrator(database)
        with database.transaction() as session:
            count = import_opening_stock(session, actor, opening)
            record_command(session, actor, "stock_import", args.file.name, str(count))
    except CatalogImportError as error:
        raise CommandFailed(_("Nothing was imported. Fix these rows:") + "\n" + "\n".join(error.errors)) from error
    except ServiceError as error:
        raise CommandFailed(_("Nothing was imported: {reason}", reason=error.message)) from error
    print(_("Opening stock imported: {count} items.", count=count))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ska_pos.services.export_files import write_csv, write_xlsx
    from ska_pos.services.stock.opening_stock import COLUMNS, opening_stock_rows

    with database_from(args).reading() as session:
        outlet_id = session.scalar(select(Outlet.id).where(Outlet.code == args.outlet.upper()))
        if outlet_id is None:
            raise CommandFailed(_("Unknown outlet {code}", code=args.outlet))
        rows = list(opening_stock_rows(session, outlet_id))
    if args.output.suffix.lower() == ".xlsx":
        count = write_xlsx(args.output, "stock", COLUMNS, rows)
    else:
        count = write_csv(args.output, COLUMNS, rows)
    print(_("{count} items written to {file}", count=count, file=args.output))
    return 0
