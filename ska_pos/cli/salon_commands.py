"""`ska-pos salon queue|join|next|finish|day|book|move|cancel|arrived`: the salon's queue and appointments from the
command line, on the services the counter calls (`services/salon/`), one transaction per action, as a user logged
in at a till (as `ska-pos order`). An appointment is named by the last 8 characters of its key, as `day` lists it."""

from __future__ import annotations

import argparse
import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.cli.common import CommandFailed, as_user_at_till
from ska_pos.cli.order_commands import (
    _action,
    _moment,
    _money_options,
    _order_id,
    _rp,
    _tender,
    _worker,
    _zone,
)
from ska_pos.db.models import Item
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import _, current_language
from ska_pos.reports import formatting as fmt
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.stages import due_at_collection
from ska_pos.services.orders.state import load_order
from ska_pos.services.salon.appointment_views import Appointment, day_view
from ska_pos.services.salon.appointments import (
    AppointmentForm,
    BookedService,
    book_appointment,
    cancel_appointment,
    mark_arrived,
    move_appointment,
)
from ska_pos.services.salon.queue import finish_visit, join_queue, salon_queue, take_next
from ska_pos.services.salon.sessions import covering_package

KEY_CHARS = 8


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    salon = commands.add_parser("salon", help=_("the salon's walk-in queue and appointments"))
    actions = salon.add_subparsers(dest="salon_command", metavar="ACTION", required=True)
    _action(actions, "queue", _("the queue per stylist, with the estimated waits"), run_queue)
    join = _action(actions, "join", _("a walk-in joins the queue"), run_join)
    join.add_argument("--customer", required=True, metavar="NAME", help=_("the customer's name"))
    join.add_argument("--service", dest="services", action="append", required=True, metavar="SKU[@WORKER]",
                      help=_("a service, and the stylist asked for (none: any)"))  # fmt: skip
    nxt = _action(actions, "next", _("the stylist starts on the next customer waiting for them"), run_next)
    nxt.add_argument("worker", metavar="WORKER", help=_("the stylist's code"))
    finish = _action(actions, "finish", _("a visit is done: its sale, paid, and a tip"), run_finish)
    finish.add_argument("number", metavar="NUMBER")
    _money_options(finish, _("what the customer hands over"))
    finish.add_argument("--tip", metavar="RUPIAH", help=_("a tip for the workers of the visit (not revenue)"))
    finish.add_argument("--tip-worker", metavar="CODE", help=_("the one stylist the tip is for (default: shared)"))
    paid_by_session = _("this service is paid with a session of the customer's package (repeatable)")
    finish.add_argument("--session", metavar="SKU", action="append", default=[], help=paid_by_session)
    day = _action(actions, "day", _("the appointments of a day, per worker"), run_day)
    day.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help=_("default: today"))
    book = _action(actions, "book", _("book an appointment"), run_book)
    book.add_argument("--customer", required=True, metavar="NAME", help=_("the customer's name"))
    book.add_argument("--at", type=_moment, required=True, metavar="YYYY-MM-DDTHH:MM",
                      help=_("when it starts, in the outlet's time"))  # fmt: skip
    book.add_argument("--service", dest="services", action="append", required=True, metavar="SKU@WORKER",
                      help=_("a service and its worker; several follow one another"))  # fmt: skip
    book.add_argument("--phone", default="", metavar="NUMBER", help=_("the customer's phone (optional)"))
    book.add_argument("--note", default="")
    move = _action(actions, "move", _("move an appointment"), run_move)
    move.add_argument("key", metavar="KEY", help=_("the appointment, as the day lists it"))
    move.add_argument("--at", type=_moment, required=True, metavar="YYYY-MM-DDTHH:MM")
    move.add_argument("--worker", metavar="CODE", help=_("another worker"))
    move.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help=_("its day (default: today)"))
    cancel = _action(actions, "cancel", _("cancel an appointment"), run_cancel)
    cancel.add_argument("key", metavar="KEY")
    cancel.add_argument("--reason", required=True)
    cancel.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    arrived = _action(actions, "arrived", _("the customer is here: the visit joins the queue"), run_arrived)
    arrived.add_argument("key", metavar="KEY", help=_("one appointment of the visit"))
    arrived.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD")


def run_queue(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> None:
        assert actor.outlet_id is not None
        queue = salon_queue(session, actor.outlet_id)
        print(_("Any stylist: wait about {minutes} min", minutes=queue.wait_any))
        for stylist, name in queue.stylists:
            print(f"\n{name}: " + _("wait about {minutes} min", minutes=queue.wait_for[stylist]))
            for entry in queue.column(stylist):
                state = _("being served") if entry.serving else _("in {minutes} min", minutes=entry.wait)
                asked = "" if entry.asked_for else " " + _("(any)")
                print(f"  {entry.order_no}  {entry.customer_name}{asked}  {entry.services}  {state}")

    as_user_at_till(args, work)
    return 0


def run_join(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> None:
        services = []
        for text in args.services:
            sku, _at, code = text.partition("@")
            services.append((_item(session, actor, sku), _worker(session, code) if code.strip() else None))
        taken = join_queue(session, actor, args.customer, services)
        print(_("{number} is in the queue", number=taken.order_no))

    as_user_at_till(args, work)
    return 0


def run_next(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> None:
        order_id = take_next(session, actor, _worker(session, args.worker))
        queue = salon_queue(session, actor.outlet_id) if actor.outlet_id else None
        entry = next((e for e in queue.entries if e.order_id == order_id), None) if queue else None
        print(_("Now serving {number}", number=entry.order_no if entry else order_id))

    as_user_at_till(args, work)
    return 0


def run_finish(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> None:
        order_id = _order_id(session, actor, args.number)
        sessions = _session_lines(session, actor, order_id, args.session)
        due = due_at_collection(session, actor, order_id, frozenset(sessions))
        handed = _tender(args) or Tender(args.method, due)
        tip = _tender(argparse.Namespace(amount=args.tip, method=args.method, reference="")) if args.tip else None
        paid = min(handed.amount, due)
        moved = finish_visit(session, actor, order_id, [Tender(handed.method, paid, handed.reference)] if paid else [],
                             tip=tip, tip_worker=_worker(session, args.tip_worker) if args.tip_worker else None,
                             sessions=sessions)  # fmt: skip
        print(_("{number} is done: paid {paid}, change {change}", number=args.number.upper(), paid=_rp(paid),
                change=_rp(max(handed.amount - due, 0))))  # fmt: skip
        if moved.money.debt:
            print(_("Owed: {amount}", amount=_rp(moved.money.debt)))

    as_user_at_till(args, work)
    return 0


def run_day(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> None:
        assert actor.outlet_id is not None
        zone = _zone(session, actor)
        view = day_view(session, actor.outlet_id, args.date or _today(session, actor))
        print(fmt.long_date(view.day, current_language()))
        for worker_id, name in view.workers:
            print(f"\n{name}")
            for booked in view.of_worker(worker_id):
                start, end = booked.starts_at.astimezone(zone), booked.ends_at.astimezone(zone)
                state = "  " + _("arrived") if booked.status == "arrived" else ""
                who = f"{booked.customer_name} (…{booked.phone_tail})" if booked.phone_tail else booked.customer_name
                print(f"  {start:%H:%M}-{end:%H:%M}  {_key(booked)}  {who}  {booked.item_name}{state}")

    as_user_at_till(args, work)
    return 0


def run_book(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> None:
        services = []
        for index, text in enumerate(args.services):
            sku, _at, code = text.partition("@")
            if not code.strip():
                raise CommandFailed(_("Write a service as SKU@WORKER: {text}", text=text))
            start = _local(session, actor, args.at) if index == 0 else None
            services.append(BookedService(_item(session, actor, sku), _worker(session, code), start))
        form = AppointmentForm(services, customer_name=args.customer, phone=args.phone, note=args.note)
        book_appointment(session, actor, form)
        print(_("Booked: {customer} at {time}", customer=args.customer, time=f"{args.at:%Y-%m-%d %H:%M}"))

    as_user_at_till(args, work)
    return 0


def run_move(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> None:
        found = _appointment(session, actor, args.key, args.date)
        worker = _worker(session, args.worker) if args.worker else None
        move_appointment(session, actor, found.appointment_id, _local(session, actor, args.at), worker_id=worker)
        print(_("Moved to {time}", time=f"{args.at:%Y-%m-%d %H:%M}"))

    as_user_at_till(args, work)
    return 0


def run_cancel(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> None:
        cancel_appointment(session, actor, _appointment(session, actor, args.key, args.date).appointment_id,
                           args.reason)  # fmt: skip
        print(_("Cancelled"))

    as_user_at_till(args, work)
    return 0


def run_arrived(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> None:
        taken = mark_arrived(session, actor, _appointment(session, actor, args.key, args.date).visit_id)
        print(_("{number} is in the queue", number=taken.order_no))

    as_user_at_till(args, work)
    return 0


def _session_lines(session: Session, actor: Actor, order_id: uuid.UUID, skus: list[str]) -> dict[int, uuid.UUID]:
    """By line number, the package paying it: for each SKU, the visit's next line of that service."""
    order = load_order(session, order_id)
    chosen: dict[int, uuid.UUID] = {}
    for sku in skus:
        item_id = _item(session, actor, sku)
        line_no = next((line.line_no for line in order.lines if line.item_id == item_id and line.line_no not in chosen),
                       None)  # fmt: skip
        if line_no is None:
            raise ValidationError(_("The visit has no service {sku} left to pay with a session", sku=sku))
        chosen[line_no] = covering_package(session, order, line_no, _today(session, actor))
    return chosen


def _item(session: Session, actor: Actor, sku: str) -> uuid.UUID:
    item_id = session.scalar(select(Item.id).where(Item.outlet_id == actor.outlet_id, Item.sku == sku.strip().upper()))
    if item_id is None:
        raise CommandFailed(_("No item {sku} at this outlet", sku=sku.strip().upper()))
    return item_id


def _appointment(session: Session, actor: Actor, key: str, day: date | None) -> Appointment:
    assert actor.outlet_id is not None
    wanted = key.strip().lower()
    view = day_view(session, actor.outlet_id, day or _today(session, actor))
    found = [booked for booked in view.appointments if _key(booked) == wanted]
    if len(found) != 1:
        raise CommandFailed(_("No appointment {key} on {day}", key=key, day=view.day.isoformat()))
    return found[0]


def _key(booked: Appointment) -> str:
    return booked.appointment_id.hex[-KEY_CHARS:]


def _local(session: Session, actor: Actor, moment: datetime) -> datetime:
    return moment.replace(tzinfo=_zone(session, actor))


def _today(session: Session, actor: Actor) -> date:
    return clock.now().astimezone(_zone(session, actor)).date()
