"""What the `ska-pos order` actions share (and the tailoring, salon and package commands with them): the options
every action takes, the money options, and reading what was typed: an order by number, a line, a worker, a tender,
a moment in the outlet's time, and the words for them."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.cli.common import CommandFailed
from ska_pos.db.models import CustomerOrder, Item, Outlet, Worker
from ska_pos.domain.money import parse_quantity, parse_rupiah
from ska_pos.domain.orders.opening_hours import DEFAULT_PROMISE_HOURS
from ska_pos.domain.settlement import PaymentError, Tender, settle
from ska_pos.i18n import _, current_language
from ska_pos.reports import formatting as fmt
from ska_pos.services.actor import Actor
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.opening_hours import promised_by_default
from ska_pos.services.orders.intake import OrderLineForm
from ska_pos.services.orders.rules import order_rules

METHODS = ("cash", "qris", "transfer", "card")


def _action(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
    handler: Callable[[argparse.Namespace], int],
) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=help_text)
    parser.add_argument("--user", metavar="USERNAME", required=True, help=_("who acts (their PIN is asked)"))
    parser.add_argument("--outlet", metavar="CODE", required=True, help=_("the outlet's code"))
    parser.add_argument("--till", metavar="CODE", required=True, help=_("the till's code"))
    parser.set_defaults(handler=handler)
    return parser


def _money_options(parser: argparse.ArgumentParser, what: str, *, required: bool = False) -> None:
    parser.add_argument("--amount", required=required, metavar="RUPIAH", help=what)
    parser.add_argument("--method", choices=METHODS, default="cash")
    parser.add_argument("--reference", default="", help=_("the payment's reference (QRIS, transfer, card)"))


def _order_id(session: Session, actor: Actor, number: str) -> uuid.UUID:
    order_id = session.scalar(select(CustomerOrder.id).where(
        CustomerOrder.outlet_id == actor.outlet_id, CustomerOrder.order_no == number.strip().upper()))  # fmt: skip
    if order_id is None:
        raise CommandFailed(_("No order {number} at this outlet", number=number))
    return order_id


def _line(session: Session, actor: Actor, text: str) -> OrderLineForm:
    sku, _sep, rest = text.partition("=")
    quantity_text, _at, worker_code = rest.partition("@")
    try:
        quantity = parse_quantity(quantity_text)
    except ValueError as error:
        raise CommandFailed(_("Write a line as SKU=QUANTITY: {text}", text=text)) from error
    item_id = session.scalar(select(Item.id).where(Item.outlet_id == actor.outlet_id, Item.sku == sku.strip().upper()))
    if item_id is None:
        raise CommandFailed(_("No item {sku} at this outlet", sku=sku.strip().upper()))
    credits: tuple[WorkerCredit, ...] = ()
    if worker_code.strip():
        worker_id = _worker(session, worker_code)
        credits = (WorkerCredit(worker_id, worker_code.strip().upper()),)
    return OrderLineForm(item_id, quantity, workers=credits)


def _worker(session: Session, code: str) -> uuid.UUID:
    worker_id = session.scalar(select(Worker.id).where(Worker.code == code.strip().upper()))
    if worker_id is None:
        raise CommandFailed(_("Unknown worker {code}", code=code))
    return worker_id


def _tender(args: argparse.Namespace) -> Tender | None:
    if args.amount is None:
        return None
    try:
        amount = parse_rupiah(args.amount, current_language())
    except ValueError as error:
        raise CommandFailed(str(error)) from error
    return Tender(args.method, amount, args.reference)


def _paying(due: int, handed: Tender | None, *, later: bool) -> tuple[list[Tender], int]:
    """The payments as they pay what is owed, and the change: as the counter's payment dialog settles them."""
    if handed is None:
        if due and not later:
            raise CommandFailed(_("The customer owes {amount}: give --amount, or --later to leave it as a debt",
                                  amount=_rp(due)))  # fmt: skip
        return [], 0
    if later and handed.amount >= due:
        later = False
    if later or handed.method != "cash" or handed.amount < due:
        return [handed], 0
    try:
        settled = settle(due, [handed])
    except PaymentError as error:
        raise CommandFailed(str(error)) from error
    return [Tender(p.method, p.amount, p.reference) for p in settled.payments if p.amount > 0], settled.change


def _promised(session: Session, actor: Actor, args: argparse.Namespace) -> datetime | None:
    """As typed (in the outlet's time), none, or the counter's default: the service's hours after intake, inside
    the outlet's opening hours."""
    if args.no_promise:
        return None
    if args.promised is not None:
        return cast(datetime, args.promised).replace(tzinfo=_zone(session, actor))
    tier = order_rules(session, actor.outlet_id).tier(args.express)
    hours = tier.hours if tier else DEFAULT_PROMISE_HOURS
    return promised_by_default(session, actor.outlet_id, clock.now(), hours)


def _zone(session: Session, actor: Actor) -> ZoneInfo:
    return ZoneInfo(session.scalar(select(Outlet.timezone).where(Outlet.id == actor.outlet_id)) or "Asia/Jakarta")


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError as error:
        raise argparse.ArgumentTypeError(_("not a date and time (YYYY-MM-DDTHH:MM): {text}", text=text)) from error


def _when(moment: datetime | None, zone: ZoneInfo) -> str:
    return fmt.date_time(moment.astimezone(zone), current_language()) if moment else "-"


def _rp(amount: int) -> str:
    return fmt.rupiah(amount, current_language())
