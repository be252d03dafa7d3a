"""`ska-pos order take|list|show|ticket`: taking an order, and reading the outlet's orders back (a page of them,
one in full, its ticket and bag tags as PDF files)."""

from __future__ import annotations

import argparse
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.cli.common import CommandFailed, as_user_at_till
from ska_pos.cli.order_arguments import _line, _order_id, _promised, _rp, _tender, _when, _zone
from ska_pos.i18n import _, current_language
from ska_pos.reports import formatting as fmt
from ska_pos.reports.bag_tags import MAX_BAGS, BagTags
from ska_pos.reports.order_ticket import OrderTicket
from ska_pos.services.actor import Actor
from ska_pos.services.customers import the_customer
from ska_pos.services.orders.intake import OrderForm, take_order
from ska_pos.services.orders.lookup import PAGE_SIZE, OrderRow, find_orders
from ska_pos.services.orders.stages import due_at_collection
from ska_pos.services.orders.state import OrderView, load_order
from ska_pos.services.orders.ticket import order_ticket


def run_take(args: argparse.Namespace) -> int:
    from ska_pos.cli.tailoring_commands import tailoring_form

    def work(session: Session, actor: Actor) -> str:
        lines = [_line(session, actor, text) for text in args.items]
        promised = _promised(session, actor, args)
        if args.customer is not None and args.phone:
            raise CommandFailed(_("--phone is for a customer not in the list (--name); the list has their phone"))
        customer_id = the_customer(session, actor.outlet_id, args.customer).id if args.customer is not None else None
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
