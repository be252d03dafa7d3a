"""`ska-pos stock transfer send|receive|list|note` (goods between outlets of a sentra) and `ska-pos import recipes
FILE`.

Writing commands need an administrator's name and PIN (or SKA_POS_ADMIN_USER and SKA_POS_ADMIN_PIN). A loss in
transit needs a supervisor's approval: the administrator's PIN, typed for the command, approves it."""

from __future__ import annotations

import argparse
import uuid
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.cli.common import CommandFailed, administrator_credentials, database_from, record_command
from ska_pos.db.database import Database
from ska_pos.db.models import Item, Outlet, StockTransferLine, Worker
from ska_pos.i18n import _, current_language
from ska_pos.services import auth
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ServiceError
from ska_pos.services.stock import recipes, transfers
from ska_pos.services.stock.transfers import Arrived, SendLine


def register_transfer(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    transfer = actions.add_parser("transfer", help=_("send goods to another outlet of the sentra, or receive them"))
    steps = transfer.add_subparsers(dest="step", metavar="STEP", required=True)
    send = steps.add_parser("send", help=_("send goods to another outlet"))
    send.add_argument("--from", dest="source", metavar="CODE", required=True, help=_("the sending outlet"))
    send.add_argument("--to", dest="target", metavar="CODE", required=True, help=_("the receiving outlet"))
    send.add_argument("--item", dest="items", action="append", required=True, metavar="SKU=QTY[@MAKER]",
                      help=_("an item and how many; @MAKER sends that maker's consigned pieces"))  # fmt: skip
    send.add_argument("--note", default="")
    send.set_defaults(handler=run_send)
    receive = steps.add_parser("receive", help=_("receive goods sent from another outlet"))
    receive.add_argument("number", metavar="NUMBER", help=_("the transfer's number, e.g. KRM-KFE-00001"))
    receive.add_argument("--arrived", action="append", default=[], metavar="SKU=QTY",
                         help=_("less arrived than was sent (the rest is a loss in transit)"))  # fmt: skip
    receive.add_argument("--reason", default="", help=_("why some did not arrive"))
    receive.set_defaults(handler=run_receive)
    listed = steps.add_parser("list", help=_("transfers sent and not received yet"))
    listed.add_argument("--outlet", metavar="CODE", required=True, help=_("outlet code"))
    listed.set_defaults(handler=run_list)
    note = steps.add_parser("note", help=_("print a transfer note as a PDF"))
    note.add_argument("number", metavar="NUMBER", help=_("the transfer's number, e.g. KRM-KFE-00001"))
    note.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    note.set_defaults(handler=run_note)


def register_recipes(kind: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = kind.add_parser("recipes", help=_("what café items use up of their ingredients, from a JSON file"))
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--outlet", metavar="CODE", required=True, help=_("the outlet whose items they are"))
    parser.set_defaults(handler=run_import_recipes)


def run_send(args: argparse.Namespace) -> int:
    database = database_from(args)
    actor = _administrator(database)[0]
    try:
        with database.transaction() as session:
            source, target = _outlet(session, args.source), _outlet(session, args.target)
            lines = [_send_line(session, source, text) for text in args.items]
            transfer = transfers.send_transfer(session, actor, target, lines, note=args.note, from_outlet_id=source)
            number = transfer.number
            record_command(session, actor, "stock_transfer_send", " ".join(args.items), number)
    except ServiceError as error:
        raise CommandFailed(error.message) from error
    print(_("Transfer {number} sent", number=number))
    return 0


def run_receive(args: argparse.Namespace) -> int:
    database = database_from(args)
    actor, username, pin = _administrator(database)
    try:
        with database.transaction() as session:
            transfer = transfers.transfer_by_number(session, args.number)
            arrived = _arrived(session, transfer.id, args.arrived, args.reason)
            approval = auth.approve(session, username, pin, "stock.transit_loss").approval if arrived else None
            transfers.receive_transfer(session, actor, transfer.id, arrived, approval=approval)
            record_command(session, actor, "stock_transfer_receive", args.number, " ".join(args.arrived))
    except ServiceError as error:
        raise CommandFailed(error.message) from error
    print(_("Transfer {number} received", number=args.number.upper()))
    return 0


def run_list(args: argparse.Namespace) -> int:
    with database_from(args).reading() as session:
        waiting = transfers.in_transit(session, _outlet(session, args.outlet))
    for row in waiting:
        print(f"{row.number:<16} {row.from_code:>6} -> {row.to_code:<6} {row.sent_at:%Y-%m-%d %H:%M} "
              f"{row.quantity.normalize():f}")  # fmt: skip
    print(_("{count} transfers on the way", count=len(waiting)))
    return 0


def run_note(args: argparse.Namespace) -> int:
    from ska_pos.reports.transfer_pdf import render_transfer_note_pdf
    from ska_pos.services.stock.transfer_views import transfer_note

    with database_from(args).reading() as session:
        note = transfer_note(session, args.number)
    try:
        args.output.write_bytes(render_transfer_note_pdf(note, current_language()))
    except OSError as error:
        raise CommandFailed(
            _("Cannot write {file}: {error}", file=args.output, error=error.strerror or error)
        ) from error
    print(_("Note {number} written to {file}", number=note.number, file=args.output))
    return 0


def run_import_recipes(args: argparse.Namespace) -> int:
    database = database_from(args)
    try:
        specs = recipes.read_recipe_file(args.file)
        actor = _administrator(database)[0]
        with database.transaction() as session:
            count = recipes.import_recipes(session, actor, _outlet(session, args.outlet), specs)
            record_command(session, actor, "import_recipes", f"{args.file.name} --outlet {args.outlet}", str(count))
    except ServiceError as error:
        raise CommandFailed(_("Nothing was imported: {reason}", reason=error.message)) from error
    print(_("{count} recipes imported.", count=count))
    return 0


def _administrator(database: Database) -> tuple[Actor, str, str]:
    """The administrator for the command, and the name and PIN they typed (which also approve a loss in transit)."""
    username, pin = administrator_credentials()
    with database.transaction() as session:
        result = auth.login_for_command(session, username, pin)
    if result.actor is None:
        raise CommandFailed(result.message)
    if not result.actor.has_role("admin"):
        raise CommandFailed(_("Only an administrator can run this command"))
    return result.actor, username, pin


def _outlet(session: Session, code: str) -> uuid.UUID:
    outlet_id = session.scalar(select(Outlet.id).where(Outlet.code == code.upper()))
    if outlet_id is None:
        raise CommandFailed(_("Unknown outlet {code}", code=code))
    return outlet_id


def _pair(text: str) -> tuple[str, Decimal, str]:
    sku, _sep, rest = text.partition("=")
    quantity, _at, maker = rest.partition("@")
    try:
        return sku.strip().upper(), Decimal(quantity.strip()), maker.strip().upper()
    except InvalidOperation as error:
        raise CommandFailed(_("Write an item as SKU=QUANTITY: {text}", text=text)) from error


def _send_line(session: Session, outlet_id: uuid.UUID, text: str) -> SendLine:
    sku, quantity, maker = _pair(text)
    item_id = session.scalar(select(Item.id).where(Item.outlet_id == outlet_id, Item.sku == sku))
    if item_id is None:
        raise CommandFailed(_("No item {sku} at this outlet", sku=sku))
    maker_id = session.scalar(select(Worker.id).where(Worker.code == maker)) if maker else None
    if maker and maker_id is None:
        raise CommandFailed(_("Unknown worker {code}", code=maker))
    return SendLine(item_id, quantity, maker_id)


def _arrived(session: Session, transfer_id: uuid.UUID, texts: list[str], reason: str) -> dict[uuid.UUID, Arrived]:
    lines = {sku: line_id for line_id, sku in session.execute(
        select(StockTransferLine.id, Item.sku).join(Item, Item.id == StockTransferLine.to_item_id)
        .where(StockTransferLine.transfer_id == transfer_id))}  # fmt: skip
    arrived: dict[uuid.UUID, Arrived] = {}
    for text in texts:
        sku, quantity, _maker = _pair(text)
        if sku not in lines:
            raise CommandFailed(_("No item {sku} on the transfer", sku=sku))
        arrived[lines[sku]] = Arrived(quantity, reason)
    return arrived
