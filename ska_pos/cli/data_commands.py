"""`ska-pos export sales`, `ska-pos import catalog` and `ska-pos import modifiers`."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select

from ska_pos.cli.common import CommandFailed, administrator, database_from, iso_date, record_command
from ska_pos.cli.stock_flow_commands import register_recipes
from ska_pos.db.models import Outlet
from ska_pos.i18n import _
from ska_pos.services.catalog_file import CatalogImportError, read_catalog
from ska_pos.services.catalog_import import import_catalog
from ska_pos.services.errors import ValidationError
from ska_pos.services.modifier_file import import_modifier_groups, read_modifier_file
from ska_pos.services.sales_export import FORMATS, write_export


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help=_("export records to a file"))
    what = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    sales = what.add_parser("sales", help=_("one row per worker per sale line"))
    sales.add_argument("--from", dest="date_from", type=iso_date, required=True, metavar="DATE")
    sales.add_argument("--to", dest="date_to", type=iso_date, required=True, metavar="DATE")
    sales.add_argument("--format", choices=FORMATS, default=None, help=_("default: from the file name"))
    sales.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sales.set_defaults(handler=run_export_sales)

    imports = commands.add_parser("import", help=_("import records from a file"))
    kind = imports.add_subparsers(dest="what", metavar="WHAT", required=True)
    catalog = kind.add_parser("catalog", help=_("items from a CSV or XLSX file"))
    catalog.add_argument("file", type=Path, metavar="FILE")
    catalog.add_argument("--outlet", metavar="CODE", help=_("outlet for rows without outlet_code"))
    catalog.set_defaults(handler=run_import_catalog)
    groups = kind.add_parser("modifiers", help=_("modifier groups (sugar, ice, size...) from a JSON file"))
    groups.add_argument("file", type=Path, metavar="FILE")
    groups.add_argument("--outlet", metavar="CODE", required=True, help=_("the outlet whose items get them"))
    groups.set_defaults(handler=run_import_modifiers)
    register_recipes(kind)


def run_export_sales(args: argparse.Namespace) -> int:
    fmt = args.format or args.output.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise CommandFailed(_("Choose --format csv or xlsx"))
    if args.date_to < args.date_from:
        raise CommandFailed(_("--to is before --from"))
    database = database_from(args)
    with database.reading() as session:
        count = write_export(session, args.date_from, args.date_to, fmt, args.output)
    print(_("{count} rows written to {file}", count=count, file=args.output))
    return 0


def run_import_catalog(args: argparse.Namespace) -> int:
    database = database_from(args)
    catalog = read_catalog(args.file)  # before the transaction: other tills wait while it holds the write lock
    actor = administrator(database)
    try:
        with database.transaction() as session:
            outlet = session.scalar(select(Outlet).where(Outlet.code == args.outlet.upper())) if args.outlet else None
            if args.outlet and outlet is None:
                raise CommandFailed(_("Unknown outlet {code}", code=args.outlet))
            report = import_catalog(session, actor, catalog, default_outlet=outlet)
            record_command(session, actor, "import_catalog", f"{args.file.name} --outlet {args.outlet or ''}",
                           f"created {report.created}, updated {report.updated}")  # fmt: skip
    except CatalogImportError as error:
        raise CommandFailed(_("Nothing was imported. Fix these rows:") + "\n" + "\n".join(error.errors)) from error
    print(_("Catalog imported: {created} new items, {updated} updated.", created=report.created,
            updated=report.updated))  # fmt: skip
    return 0


def run_import_modifiers(args: argparse.Namespace) -> int:
    database = database_from(args)
    try:
        specs = read_modifier_file(args.file)
        actor = administrator(database)
        with database.transaction() as session:
            outlet = session.scalar(select(Outlet).where(Outlet.code == args.outlet.upper()))
            if outlet is None:
                raise CommandFailed(_("Unknown outlet {code}", code=args.outlet))
            added = import_modifier_groups(session, actor, outlet.id, specs)
            record_command(session, actor, "import_modifiers", f"{args.file.name} --outlet {args.outlet}",
                           f"{len(added)} groups")  # fmt: skip
    except ValidationError as error:
        raise CommandFailed(_("Nothing was imported: {reason}", reason=error.message)) from error
    print(_("{count} modifier groups imported.", count=len(added)))
    return 0
