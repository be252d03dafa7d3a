"""`ska-pos order take|list|show|pay|advance|collect|ticket|cancel` (and a galeri jahit's actions,
`tailoring_commands.py`): the counter's orders from the command line.

Each action logs the user in at one till (their PIN from SKA_POS_PIN, else asked for) and is one transaction that
calls exactly the services the counter's screens call (`services/orders/`). A cancellation needs a supervisor: the
user themselves when they are one, else `--approver` with their PIN (SKA_POS_APPROVER_PIN, else asked for)."""

from __future__ import annotations

import argparse
import getpass
import os
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar, cast
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.cli.common import USER_PIN_VARIABLE, CommandFailed, as_user_at_till
from ska_pos.db.models import CustomerOrder, Item, Outlet, Worker
from ska_pos.domain.money import parse_quantity, parse_rupiah
from ska_pos.domain.orders.opening_hours import DEFAULT_PROMISE_HOURS
from ska_pos.domain.orders.workflow import stage_name
from ska_pos.domain.settlement import PaymentError, Tender, settle
from ska_pos.i18n import _, current_language
from ska_pos.reports import formatting as fmt
from ska_pos.reports.bag_tags import MAX_BAGS, BagTags
from ska_pos.reports.order_ticket import OrderTicket
from ska_pos.services import auth
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.customers import the_customer
from ska_pos.services.opening_hours import promised_by_default
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.counter import counter_facts
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.lookup import PAGE_SIZE, OrderRow, find_orders
from ska_pos.services.orders.payments import pay_order
from ska_pos.services.orders.rules import order_rules
from ska_pos.services.orders.stages import collect_order, due_at_collection, move_order
from ska_pos.services.orders.state import OrderView, load_order
from ska_pos.services.orders.ticket import order_ticket

PIN_ENV = USER_PIN_VARIABLE
APPROVER_PIN_ENV = "SKA_POS_APPROVER_PIN"
METHODS = ("cash", "qris", "transfer", "card")

T = TypeVar("T")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    order = commands.add_parser("order", help=_("orders that take days: laundry, tailoring, the salon"))
    actions = order.add_subparsers(dest="order_command", metavar="ACTION", required=True)
    take = _action(actions, "take", _("take an order"), run_take)
    take.add_argument("--item", dest="items", action="append", required=True, metavar="SKU=QTY[@WORKER]",
                      help=_("a line: the item, how many or how many kg, and the worker credited"))  # fmt: skip
    who = take.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", metavar="PHONE|NAME",
                     help=_("a customer from the customer list, by phone number or name (one must match)"))  # fmt: skip
    who.add_argument("--name", metavar="NAME", help=_("the name of a customer not in the list"))
    take.add_argument("--phone", default="", help=_("the phone number of a customer not in the list"))
    take.add_argument("--express", default="", metavar="CODE", help=_("the express service's code"))
    take.add_argument("--promised", type=_moment, metavar="YYYY-MM-DDTHH:MM",
                      help=_("the promised time, in the outlet's time (default: the service's hours after "
                             "intake, within the opening hours)"))  # fmt: skip
    take.add_argument("--no-promise", action="store_true", help=_("promise no time"))
    take.add_argument("--note", default="")
    take.add_argument("--bags", type=int, default=0, metavar="N", help=_("a laundry's bags, a tag each"))
    _money_options(take, _("a down payment"))
    from ska_pos.cli import tailoring_commands  # it uses this module's helpers

    tailoring_commands.take_options(take)
    listed = _action(actions, "list", _("a page of the outlet's orders"), run_list)
    listed.add_argument("--search", default="", metavar="TEXT", help=_("number, customer's name or phone"))
    listed.add_argument("--stage", default="", metavar="CODE", help=_("only those now at this stage"))
    listed.add_argument("--overdue", action="store_true", help=_("only open orders past their promised time"))
    listed.add_argument("--all", action="store_true", help=_("collected and cancelled orders too"))
    listed.add_argument("--page", type=int, default=1, metavar="N")
    show = _action(actions, "show", _("one order: lines, stage and money"), run_show)
    show.add_argument("number", metavar="NUMBER", help=_("the order's number, e.g. LDR-261206-014"))
    pay = _action(actions, "pay", _("a down payment or part payment on an order"), run_pay)
    pay.add_argument("number", metavar="NUMBER")
    _money_options(pay, _("the amount paid"), required=True)
    advance = _action(actions, "advance", _("move an order to its next stage"), run_advance)
    advance.add_argument("number", metavar="NUMBER")
    advance.add_argument("--worker", metavar="CODE", help=_("the worker who did the stage"))
    collect = _action(actions, "collect", _("the customer collects the order"), run_collect)
    collect.add_argument("number", metavar="NUMBER")
    _money_options(collect, _("what the customer hands over"))
    collect.add_argument("--later", action="store_true", help=_("leave what is owed as the customer's debt"))
    ticket = _action(actions, "ticket", _("the order's ticket, and its bag tags, as PDF files"), run_ticket)
    ticket.add_argument("number", metavar="NUMBER")
    ticket.add_argument("file", type=Path, metavar="FILE", help=_("the ticket's PDF file"))
    ticket.add_argument("--bags", type=int, default=None, metavar="N",
                        help=_("a tag for each of N bags, in FILE-tags.pdf (default: as taken in)"))  # fmt: skip
    ticket.add_argument("--paper", type=int, choices=(58, 80), default=80, help=_("paper width in mm"))
    cancel = _action(actions, "cancel", _("cancel an order (a supervisor's approval)"), run_cancel)
    cancel.add_argument("number", metavar="NUMBER")
    cancel.add_argument("--reason", required=True, help=_("why the order is cancelled"))
    cancel.add_argument("--approver", metavar="USERNAME", default="",
                        help=_("the supervisor who approves (their PIN is asked)"))  # fmt: skip
    tailoring_commands.register_tailoring(actions, _action)


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


def supervisor_approval(
    session: Session, actor: Actor, approver: str, action: str, needed: str
) -> tuple[Approval | None, str]:  # fmt: skip
    """No approval for a supervisor acting; else `approver`'s, by their PIN: (the approval, "") or (None, why not).
    A wrong PIN is counted, so the caller commits and then reports the refusal."""
    if actor.has_role("supervisor"):
        return None, ""
    if not approver:
        raise CommandFailed(needed)
    pin = os.environ.get(APPROVER_PIN_ENV) or getpass.getpass(_("PIN of {name}: ", name=approver))
    approved = auth.approve(session, approver, pin, action)
    return (approved.approval, "") if approved.approval is not None else (None, approved.message)


# --- the actions --------------------------------------------------------------------------------------------------
def run_take(args: argparse.Namespace) -> int:
    from ska_pos.cli.tailoring_commands import tailoring_form

    def work(session: Session, actor: Actor) -> str:
        lines = [_line(session, actor, text) for text in args.items]
        promised = _promised(session, actor, args)
        if args.customer is not None and args.phone:
            raise CommandFailed(_("--phone is for a customer not in the list (--name); the list has their phone"))
        customer_id = the_customer(session, args.customer).id if args.customer is not None else None
        form = OrderForm(lines, customer_id=customer_id, customer_name=args.name or "", phone=args.phone,
                         promised_at=promised, express_tier=args.express, note=args.note, deposit=_tender(args),
                         bags=args.bags, tailoring=tailoring_form(session, actor, args))  # fmt: skip
        taken = take_order(session, actor, form)
        return _("Order {number} taken: lines {amount}, down payment {deposit}", number=taken.order_no,
                 amount=_rp(taken.lines_amount), deposit=_rp(taken.deposit))  # fmt: skip

    print(as_user_at_till(args, work))
    return 0


def run_list(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> tuple[list[OrderRow], int, ZoneInfo]:
        offset = (max(args.page, 1) - 1) * PAGE_SIZE
        overdue = clock.now() if args.overdue else None
        page = find_orders(session, actor.outlet_id, args.search, stage=args.stage, open_only=not args.all,
                           promised_before=overdue, offset=offset)  # fmt: skip
        return page.rows, page.total, _zone(session, actor)

    rows, total, zone = as_user_at_till(args, work)
    for row in rows:
        promised = _when(row.promised_at, zone)
        state = _("cancelled") if row.cancelled else row.stage_name
        print(f"{row.order_no:<16} {state:<14} {promised:<17} {row.customer_name}")
    print(_("{shown} of {total} orders (page {page})", shown=len(rows), total=total, page=max(args.page, 1)))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from ska_pos.cli.tailoring_commands import tailoring_lines

    def work(session: Session, actor: Actor) -> tuple[OrderView, ZoneInfo, int, list[str]]:
        order = load_order(session, _order_id(session, actor, args.number))
        zone = _zone(session, actor)
        return order, zone, due_at_collection(session, actor, order.id), tailoring_lines(session, order.id, zone)

    order, zone, due, tailoring = as_user_at_till(args, work)
    state = _("cancelled") if order.cancelled else order.stage_name
    print(f"{order.order_no}  {state}")
    for caption, value in ((_("Customer"), order.customer_name), (_("Taken"), _when(order.created_at, zone)),
                           (_("Promised"), _when(order.promised_at, zone))):  # fmt: skip
        print(f"{caption}: {value}")
    if order.bags:
        print(_("Bags: {count}", count=order.bags))
    for line in order.lines:
        quantity = fmt.quantity(line.quantity, current_language(), line.unit)
        minimum = " " + _("(minimum {minimum} charged)", minimum=fmt.quantity(
            line.charged_quantity, current_language(), line.unit)) if line.minimum_applied else ""  # fmt: skip
        print(f"  {line.line_no}. {line.name} {quantity}{minimum}  {_rp(line.amount)}")
    for text in tailoring:
        print(text)
    money = order.money
    for caption, amount in ((_("Held"), money.held), (_("Recognised"), money.recognised), (_("Owed"), money.debt),
                            (_("Given back"), money.refunded), (_("Due at collection"), due)):  # fmt: skip
        print(f"{caption}: {_rp(amount)}")
    return 0


def run_pay(args: argparse.Namespace) -> int:
    tender = _tender(args)
    assert tender is not None  # --amount is required

    def work(session: Session, actor: Actor) -> str:
        money = pay_order(session, actor, _order_id(session, actor, args.number), tender)
        return _("Payment of {amount} taken; held {held}, owed {owed}", amount=_rp(tender.amount),
                 held=_rp(money.held), owed=_rp(money.debt))  # fmt: skip

    print(as_user_at_till(args, work))
    return 0


def run_advance(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> str:
        order = load_order(session, _order_id(session, actor, args.number))
        facts = counter_facts(session, actor.outlet_id)
        following = facts.next_stage(order.stage)
        if following is None or order.cancelled:
            raise CommandFailed(_("Order {number} has no next stage", number=order.order_no))
        if following.code == order.workflow.collected_at:
            raise CommandFailed(_("The next stage is the collection: use `ska-pos order collect`"))
        worker_id = _worker(session, args.worker) if args.worker else None
        if worker_id is None and following.names_a_worker and facts.workers:
            raise CommandFailed(_("Name the worker who did the stage {stage} (--worker CODE)",
                                  stage=stage_name(following)))  # fmt: skip
        moved = move_order(session, actor, order.id, following.code, worker_id=worker_id)
        text = _("Order {number} moved to: {stage}", number=order.order_no, stage=stage_name(following))
        if moved.sale is not None:
            text += "\n" + _("Completed: recognised {amount}, owed {owed}", amount=_rp(moved.money.recognised),
                             owed=_rp(moved.money.debt))  # fmt: skip
        return text

    print(as_user_at_till(args, work))
    return 0


def run_collect(args: argparse.Namespace) -> int:
    handed = _tender(args)

    def work(session: Session, actor: Actor) -> str:
        order_id = _order_id(session, actor, args.number)
        due = due_at_collection(session, actor, order_id)
        tenders, change = _paying(due, handed, later=args.later)
        moved = collect_order(session, actor, order_id, tenders)
        text = _("Order {number} collected", number=args.number.upper())
        if change:
            text += "\n" + _("Change: {amount}", amount=_rp(change))
        if moved.money.debt:
            text += "\n" + _("Owed by the customer: {amount}", amount=_rp(moved.money.debt))
        return text

    print(as_user_at_till(args, work))
    return 0


def run_ticket(args: argparse.Namespace) -> int:
    # ReportLab: only when a ticket is drawn (the till's start to its login page imports the command line)
    from ska_pos.reports.bag_tags_pdf import render_bag_tags_pdf
    from ska_pos.reports.order_ticket_pdf import render_order_ticket_pdf

    language = current_language()
    if args.bags and not 1 <= args.bags <= MAX_BAGS:
        raise CommandFailed(_("An order has 1 to {count} bags", count=MAX_BAGS))

    def read(session: Session, actor: Actor) -> tuple[OrderTicket, int]:
        order_id = _order_id(session, actor, args.number)
        stored = load_order(session, order_id).bags
        return order_ticket(session, order_id, language), stored if args.bags is None else args.bags

    ticket, count = as_user_at_till(args, read)
    target: Path = args.file
    target.write_bytes(render_order_ticket_pdf(ticket, args.paper))
    print(_("The ticket of order {number} was written to {path}", number=ticket.order_no, path=target))
    if count:
        tags = target.with_name(f"{target.stem}-tags.pdf")
        bags = BagTags(ticket.outlet_name, ticket.order_no, ticket.customer, count, language)
        tags.write_bytes(render_bag_tags_pdf(bags, args.paper))
        print(_("{count} bag tags were written to {path}", count=count, path=tags))
    return 0


def run_cancel(args: argparse.Namespace) -> int:
    refusal = ""

    def work(session: Session, actor: Actor) -> str:
        nonlocal refusal
        order_id = _order_id(session, actor, args.number)
        needed = _("Cancelling needs a supervisor's approval (--approver USERNAME)")
        approval, refusal = supervisor_approval(session, actor, args.approver, "order.cancel", needed)
        if refusal:
            return ""  # the wrong PIN is counted: this transaction commits
        money = cancel_order(session, actor, order_id, args.reason, approval=approval)
        return _("Order {number} cancelled: fee kept {fee}, given back {back}", number=args.number.upper(),
                 fee=_rp(money.recognised), back=_rp(money.refunded))  # fmt: skip

    text = as_user_at_till(args, work)
    if refusal:
        raise CommandFailed(refusal)
    print(text)
    return 0


# --- helpers ------------------------------------------------------------------------------------------------------
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
