"""`ska-pos price set` and `ska-pos price history`: an item's price from a date, through the same service as the
manager's item form (services/prices.py)."""

from __future__ import annotations

import argparse

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.cli.common import CommandFailed, administrator, database_from, iso_date, record_command
from ska_pos.db.models import Item, Outlet
from ska_pos.domain.money import format_rupiah, parse_rupiah
from ska_pos.i18n import _, current_language
from ska_pos.services import prices
from ska_pos.services.prices import PriceHistory


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    price = commands.add_parser("price", help=_("an item's price from a date, and its history"))
    what = price.add_subparsers(dest="what", metavar="WHAT", required=True)
    change = what.add_parser("set", help=_("a new price from today or a later day (the history is kept)"))
    change.add_argument("sku", metavar="SKU")
    change.add_argument("price", metavar="PRICE")
    change.add_argument("--outlet", metavar="CODE", required=True)
    change.add_argument("--from", dest="day", type=iso_date, default=None, metavar="DATE",
                        help=_("the outlet's date it takes effect (default: today)"))  # fmt: skip
    change.set_defaults(handler=run_price_set)
    history = what.add_parser("history", help=_("an item's prices, newest first"))
    history.add_argument("sku", metavar="SKU")
    history.add_argument("--outlet", metavar="CODE", required=True)
    history.set_defaults(handler=run_price_history)


def run_price_set(args: argparse.Namespace) -> int:
    try:
        amount = parse_rupiah(args.price, current_language())
    except ValueError as error:
        raise CommandFailed(str(error)) from error
    database = database_from(args)
    actor = administrator(database)
    with database.transaction() as session:
        item = _item(session, args.outlet, args.sku)
        history = prices.change_price(session, actor, item.id, amount, args.day)
        record_command(session, actor, "price_set", f"{args.sku} {amount} --outlet {args.outlet} --from {args.day}",
                       f"{item.sku} {amount}")  # fmt: skip
    _print(item.name, history)
    return 0


def run_price_history(args: argparse.Namespace) -> int:
    with database_from(args).reading() as session:
        item = _item(session, args.outlet, args.sku)
        _print(item.name, prices.price_history(session, item.id))
    return 0


def _item(session: Session, outlet_code: str, sku: str) -> Item:
    outlet_id = session.scalar(select(Outlet.id).where(Outlet.code == outlet_code.upper()))
    if outlet_id is None:
        raise CommandFailed(_("Unknown outlet {code}", code=outlet_code))
    item = session.scalar(select(Item).where(Item.outlet_id == outlet_id, Item.sku == sku.strip().upper()))
    if item is None:
        raise CommandFailed(_("No item with SKU {sku} in outlet {code}", sku=sku, code=outlet_code))
    return item


def _print(name: str, history: PriceHistory) -> None:
    language = current_language()
    print(_("{name}: {price} today", name=name, price=format_rupiah(history.current, language)))
    for entry in history.entries:
        line = _("{price} from {day}", price=format_rupiah(entry.price, language), day=entry.effective_from.isoformat())
        print(f"  {line}" + (f" ({_('scheduled')})" if entry.scheduled else ""))
