"""`ska-pos order measure|measurements|fitting|fitted|due|pause|template`: a galeri jahit's part of the orders from
the command line, one transaction each, through the services the counter's screens call (`services/orders/`)."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, cast
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.cli.common import CommandFailed, as_user_at_till
from ska_pos.cli.order_commands import _moment, _order_id, _when, _zone
from ska_pos.domain.orders.measures import MeasurementRefused, Template, parse_cm
from ska_pos.i18n import _, current_language
from ska_pos.reports import formatting as fmt
from ska_pos.services.actor import Actor
from ska_pos.services.customers import search_customers
from ska_pos.services.orders.due_dates import workload
from ska_pos.services.orders.fittings import book_fitting, fitting_done, order_fittings
from ska_pos.services.orders.measure_templates import measure_template, rename_measure_template, set_measure_template
from ska_pos.services.orders.measurements import (
    MeasurementForm,
    MeasurementView,
    customer_measurements,
    latest_measurements,
    take_measurement,
)
from ska_pos.services.orders.pause import set_order_pause
from ska_pos.services.orders.tailoring_intake import FittingForm, TailoringForm
from ska_pos.services.orders.ticket import order_ticket

if TYPE_CHECKING:  # argparse's class is not subscriptable at run time
    Actions = argparse._SubParsersAction[argparse.ArgumentParser]
    MakeAction = Callable[[Actions, str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]


def register_tailoring(actions: Actions, action: MakeAction) -> None:
    measure = action(actions, "measure", _("take a customer's measurements for a garment"), run_measure)
    measure.add_argument("--customer", required=True, metavar="TEXT", help=_("the customer's name or phone"))
    measurement_options(measure, required=True)
    listed = action(actions, "measurements", _("a customer's measurements: the latest, or all"), run_measurements)
    listed.add_argument("--customer", required=True, metavar="TEXT", help=_("the customer's name or phone"))
    listed.add_argument("--all", action="store_true", help=_("every taking, newest first"))
    fitting = action(actions, "fitting", _("book a fitting on an order"), run_fitting)
    fitting.add_argument("number", metavar="NUMBER")
    fitting.add_argument("--at", required=True, type=_moment, metavar="YYYY-MM-DDTHH:MM")
    fitting.add_argument("--note", default="")
    fitted = action(actions, "fitted", _("the order's next fitting took place"), run_fitted)
    fitted.add_argument("number", metavar="NUMBER")
    fitted.add_argument("--note", default="", help=_("what the fitting found"))
    due = action(actions, "due", _("the open orders by promised date"), run_due)
    due.add_argument("--from", dest="first", type=date.fromisoformat, metavar="YYYY-MM-DD")
    due.add_argument("--days", type=int, default=14)
    pause = action(actions, "pause", _("stop taking orders until a date"), run_pause)
    pause.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD")
    pause.add_argument("--message", default="")
    pause.add_argument("--off", action="store_true", help=_("take orders again"))
    template = action(actions, "template", _("the measures the outlet takes for a garment type"), run_template)
    template.add_argument("what", nargs="?", choices=("rename",),
                          help=_("rename: the name the outlet calls the garment type by (--name)"))  # fmt: skip
    template.add_argument("--garment", required=True, metavar="CODE", help="kemeja, celana, rok, kebaya, seragam")
    template.add_argument("--name", metavar="TEXT", help=_("the garment type's new name (empty: the usual name)"))
    template.add_argument("--measure", dest="measures", action="append", default=[], metavar="CODE",
                          help=_("a measure, in the order taken (none: show the garment's measures)"))  # fmt: skip


def measurement_options(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--garment", required=required, metavar="CODE", help="kemeja, celana, rok, kebaya, seragam")
    parser.add_argument("--value", dest="values", action="append", default=[], metavar="MEASURE=CM",
                        help=_("a measure in cm, e.g. chest=96,5"))  # fmt: skip


def take_options(take: argparse.ArgumentParser) -> None:
    """A tailoring order's part of `order take`: a taking for the order, own cloth, a fitting."""
    measurement_options(take)
    take.add_argument("--own-cloth", metavar="NOTE", default=None, help=_("the customer brings the cloth: what it is"))
    take.add_argument("--fitting", type=_moment, metavar="YYYY-MM-DDTHH:MM", help=_("a fitting, in the outlet's time"))


def tailoring_form(session: Session, actor: Actor, args: argparse.Namespace) -> TailoringForm | None:
    """The tailoring part of `order take`, or None when none of its options was given."""
    taking = measurement_form(args)
    if taking is None and args.own_cloth is None and args.fitting is None:
        return None
    fittings: tuple[FittingForm, ...] = ()
    if args.fitting is not None:
        fittings = (FittingForm(cast(datetime, args.fitting).replace(tzinfo=_zone(session, actor))),)
    return TailoringForm(measurements=(taking,) if taking else (), own_cloth=args.own_cloth is not None,
                         cloth_note=args.own_cloth or "", fittings=fittings)  # fmt: skip


def measurement_form(args: argparse.Namespace, note: str = "") -> MeasurementForm | None:
    """The taking typed with --garment and --value, or None when no garment was given."""
    if not args.garment:
        return None
    values: dict[str, Decimal] = {}
    for text in cast(list[str], args.values):
        code, _sep, cm = text.partition("=")
        try:
            values[code.strip()] = parse_cm(cm)
        except MeasurementRefused as refused:
            raise CommandFailed(str(refused)) from None
    return MeasurementForm(args.garment, values, note)


def _customer_id(session: Session, actor: Actor, text: str) -> uuid.UUID:
    page = search_customers(session, actor.outlet_id, text, limit=2)
    if page.total != 1:
        raise CommandFailed(_("{count} customers match {text}: be more precise", count=page.total, text=text))
    return page.rows[0].id


def _print_taking(taking: MeasurementView) -> None:
    language = current_language()
    print(f"{taking.garment_name} — {fmt.date_time(taking.taken_at, language)} — {taking.taken_by}")
    for value in taking.values:
        print(f"  {value.name:<22} {fmt.quantity(value.cm, language)} cm")
    if taking.note:
        print(f"  {taking.note}")


def tailoring_lines(session: Session, order_id: uuid.UUID, zone: ZoneInfo) -> list[str]:
    """What `order show` adds for a tailoring order: its cloth, the takings it is made to, its fittings."""
    language = current_language()
    ticket = order_ticket(session, order_id, language)
    own = _("Customer's own cloth")
    lines = [f"{own}: {ticket.cloth_note}"] if ticket.own_cloth else []
    for taking in ticket.measurements:
        lines.append(_("Measurements: {garment} (cm)", garment=taking.garment))
        lines += [f"  {name:<22} {fmt.quantity(cm, language)}" for name, cm in taking.values]
    for fitting in order_fittings(session, order_id):
        done = _("done") if fitting.done else _("waiting")
        lines.append(f"{_('Fitting')}: {_when(fitting.fitting_at, zone)}  {done}  {fitting.note} {fitting.done_note}")
    return lines


def run_measure(args: argparse.Namespace) -> int:
    form = measurement_form(args)
    assert form is not None

    def work(session: Session, actor: Actor) -> str:
        take_measurement(session, actor, _customer_id(session, actor, args.customer), form)
        return measure_template(session, actor.outlet_id, form.garment).name  # as the outlet calls it

    print(_("Measurements of {garment} kept", garment=as_user_at_till(args, work)))
    return 0


def run_measurements(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> list[MeasurementView]:
        customer_id = _customer_id(session, actor, args.customer)
        if args.all:
            return customer_measurements(session, actor.outlet_id, customer_id)[0]
        return latest_measurements(session, actor.outlet_id, customer_id)

    for taking in as_user_at_till(args, work):
        _print_taking(taking)
    return 0


def run_fitting(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> str:
        at = cast(datetime, args.at).replace(tzinfo=_zone(session, actor))
        book_fitting(session, actor, _order_id(session, actor, args.number), at, args.note)
        return _when(at, _zone(session, actor))

    print(_("Fitting booked: {when}", when=as_user_at_till(args, work)))
    return 0


def run_fitted(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> None:
        waiting = [f for f in order_fittings(session, _order_id(session, actor, args.number)) if not f.done]
        if not waiting:
            raise CommandFailed(_("The order has no fitting waiting"))
        fitting_done(session, actor, waiting[0].id, args.note)

    as_user_at_till(args, work)
    print(_("Fitting done"))
    return 0


def run_due(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> None:
        zone = _zone(session, actor)
        first = args.first or clock.now().astimezone(zone).date()
        load = workload(session, actor.outlet_id, first, args.days)
        if load.overdue_count:
            print(_("Past their promised time: {count}", count=load.overdue_count))
            for row in load.overdue:
                print(f"  {row.order_no}  {_when(row.promised_at, zone)}  {row.customer_name}  {row.stage_name}")
        for day in load.days:
            print(f"{fmt.short_date(day.day, current_language())}: {day.count}")
            for row in day.orders:
                print(f"  {row.order_no}  {_when(row.promised_at, zone)}  {row.customer_name}  {row.stage_name}")
        if load.unpromised:
            print(_("Promised no date: {count}", count=load.unpromised))

    as_user_at_till(args, work)
    return 0


def run_template(args: argparse.Namespace) -> int:
    if (args.what == "rename") != (args.name is not None) or (args.what == "rename" and args.measures):
        raise CommandFailed(_("Rename with: template rename --garment CODE --name TEXT"))

    def work(session: Session, actor: Actor) -> Template:
        if args.what == "rename":
            return rename_measure_template(session, actor, actor.outlet_id, args.garment, args.name)
        if args.measures:
            return set_measure_template(session, actor, actor.outlet_id, args.garment, args.measures)
        return measure_template(session, actor.outlet_id, args.garment)

    template = as_user_at_till(args, work)
    print(f"{template.name}: " + ", ".join(f"{template.label(code)} ({code})" for code in template.measures))
    return 0


def run_pause(args: argparse.Namespace) -> int:
    if args.off == (args.until is not None):
        raise CommandFailed(_("Give --until YYYY-MM-DD, or --off"))

    def work(session: Session, actor: Actor) -> None:
        set_order_pause(session, actor, actor.outlet_id, None if args.off else args.until, args.message)

    as_user_at_till(args, work)
    print(_("Orders are taken again") if args.off else _("No orders taken until {day}", day=args.until))
    return 0
