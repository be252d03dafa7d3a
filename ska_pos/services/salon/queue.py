"""The walk-in queue at the salon's counter: the outlet's salon orders waiting (Antre) or being served (Dilayani),
per stylist or "any", with the estimated wait (domain/salon/queue.py); joining it, taking the next customer, and
finishing a visit (its sale, and the tip apart from revenue) go through the order services."""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import EarningEntry, OrderLineWorker
from ska_pos.domain.money import BP_WHOLE
from ska_pos.domain.salon.queue import QueuedVisit, estimate_waits, wait_for_new
from ska_pos.domain.settlement import Tender
from ska_pos.domain.tips import share_tip
from ska_pos.i18n import _
from ska_pos.services.actor import Actor
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.catalog import workers_of
from ska_pos.services.customers import customer_of_outlet
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.access import order_here
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, TakenOrder, take_order
from ska_pos.services.orders.lookup import find_orders
from ska_pos.services.orders.serving import DONE, SERVING, WAITING, asked_for, serving_credits, serving_workers
from ska_pos.services.orders.stages import Moved, move_order
from ska_pos.services.orders.state import OrderView, load_order
from ska_pos.services.permissions import requires
from ska_pos.services.salon.durations import service_minutes
from ska_pos.services.salon.sessions import pay_lines_with_sessions, session_sale_of, session_sales
from ska_pos.services.tips import check_tip_amount, record_tip

QUEUE_MAX = 200  # a salon's queue of a day is far shorter; the rest would wait for the next read


@dataclass(frozen=True)
class QueueEntry:
    order_id: uuid.UUID
    order_no: str
    customer_name: str
    asked_for: uuid.UUID | None  # the stylist the customer asked for; None: any
    stylist: uuid.UUID | None  # who serves (or is expected to): the one asked for, or the soonest free
    serving: bool
    services: str  # the lines' names, for the list
    minutes: int
    wait: int  # estimated minutes until the service starts
    since: datetime  # joined the queue, or started being served


@dataclass(frozen=True)
class QueueView:
    stylists: tuple[tuple[uuid.UUID, str], ...]
    entries: tuple[QueueEntry, ...]  # in the order they came
    wait_any: int  # what a customer walking in now would wait for any stylist
    wait_for: dict[uuid.UUID, int]  # ... for each stylist

    def column(self, stylist: uuid.UUID | None) -> list[QueueEntry]:
        """The entries a stylist's column shows (those of "any" expected to go to them among them)."""
        return [entry for entry in self.entries if entry.stylist == stylist]


def salon_queue(session: Session, outlet_id: uuid.UUID, *, now: datetime | None = None) -> QueueView:
    moment = now or clock.now()
    stylists = tuple((worker.id, worker.display_name) for worker in workers_of(session, outlet_id))
    orders = _open_visits(session, outlet_id)
    serving_by = serving_workers(session, [order.id for order, _since in orders if order.stage == SERVING])
    minutes = service_minutes(session, {line.item_id for order, _since in orders for line in order.lines})
    visits, facts = [], []
    for order, since in orders:
        asked = serving_by.get(order.id) or asked_for(order)
        length = sum(minutes[line.item_id] * max(math.ceil(line.quantity), 1) for line in order.lines)
        started = int((moment - since).total_seconds() // 60) if order.stage == SERVING else None
        visits.append(QueuedVisit(order.id, asked, length, started))
        facts.append((order, since, asked, length))
    ids = [stylist for stylist, _name in stylists]
    estimates = estimate_waits(ids, visits)
    entries = tuple(
        QueueEntry(
            order.id,
            order.order_no,
            order.customer_name,
            asked,
            estimate.stylist,
            order.stage == SERVING,
            ", ".join(line.name for line in order.lines),
            length,
            estimate.wait,
            since,
        )
        for (order, since, asked, length), estimate in zip(facts, estimates, strict=True)
    )
    return QueueView(stylists, entries, wait_for_new(ids, visits, None),
                     {stylist: wait_for_new(ids, visits, stylist) for stylist in ids})  # fmt: skip


@requires("order.take")
def join_queue(
    session: Session, actor: Actor, customer_name: str, services: Sequence[tuple[uuid.UUID, uuid.UUID | None]], *,
    phone: str = "", note: str = "", customer_id: uuid.UUID | None = None, now: datetime | None = None,
) -> TakenOrder:  # fmt: skip
    """A walk-in: an order of the services, each for the stylist asked for (None: any), waiting (Antre), promised
    for when it should be done: now, the estimated wait, and the services' minutes. The customer is one from the
    list (`customer_id`, of the outlet's sentra) or a name and phone."""
    assert actor.outlet_id is not None
    if customer_id is not None:
        customer_of_outlet(session, actor.outlet_id, customer_id)
    moment = now or clock.now()
    names = dict(_names(session, actor))
    lines = [
        OrderLineForm(item_id, Decimal(1), workers=(WorkerCredit(worker, names.get(worker, "")),) if worker else ())
        for item_id, worker in services
    ]
    queue = salon_queue(session, actor.outlet_id, now=moment)
    first = services[0][1] if services else None
    wait = queue.wait_for.get(first, queue.wait_any) if first else queue.wait_any
    minutes = sum(service_minutes(session, [item_id for item_id, _worker in services]).values())
    promised = moment + timedelta(minutes=wait + minutes)
    form = OrderForm(lines=lines, customer_id=customer_id, customer_name=customer_name, phone=phone, note=note,
                     promised_at=promised)  # fmt: skip
    return take_order(session, actor, form, now=moment)


@requires("order.move")
def take_next(session: Session, actor: Actor, stylist_id: uuid.UUID, *, now: datetime | None = None) -> uuid.UUID:
    """The stylist starts on the next customer waiting for them: one who asked for them, else the first who asked
    for any stylist; that order moves to Dilayani naming the stylist. Returns the order."""
    assert actor.outlet_id is not None
    waiting = [entry for entry in salon_queue(session, actor.outlet_id, now=now).entries if not entry.serving]
    chosen = next((entry for entry in waiting if entry.asked_for == stylist_id), None) or next(
        (entry for entry in waiting if entry.asked_for is None), None
    )
    if chosen is None:
        raise ValidationError(_("Nobody is waiting for this stylist"))
    start_service(session, actor, chosen.order_id, stylist_id, now=now)
    return chosen.order_id


@requires("order.move")
def start_service(
    session: Session, actor: Actor, order_id: uuid.UUID, stylist_id: uuid.UUID, *, now: datetime | None = None
) -> Moved:
    """To Dilayani, naming the stylist; the services nobody was asked for are credited to them from now on (new
    rows of the lines' workers), so however the visit is completed (here, the orders page, `ska-pos order`) its
    sale credits who did the work."""
    moved = move_order(session, actor, order_id, SERVING, worker_id=stylist_id, now=now)
    order = load_order(session, order_id)
    session.add_all(OrderLineWorker(order_line_id=line.line_id, worker_id=stylist_id, split_bp=BP_WHOLE)
                    for line in order.lines if not line.workers)  # fmt: skip
    session.flush()
    return moved


@requires("order.move")
def finish_visit(
    session: Session, actor: Actor, order_id: uuid.UUID, tenders: Sequence[Tender], *, tip: Tender | None = None,
    tip_worker: uuid.UUID | None = None, sessions: Mapping[int, uuid.UUID] | None = None,
    now: datetime | None = None,
) -> Moved:  # fmt: skip
    """Done: the visit's sale (revenue, tax, the workers' earnings), paid by `tenders`. `sessions`: by line number,
    the customer's package whose session pays that line (services/salon/sessions.py): its own sale, left out of
    this one. `tip` goes to the workers of the visit as tips by their share, or all to `tip_worker` (apart from
    revenue; services/tips.py), in the same transaction: a `tip_worker` who served only a session's line is tipped
    on that session's sale, the bill that credits them (a tip goes to a worker of its bill). When sessions pay every
    line the visit completes with no sale of its own (`moved.sale` is None; a deposit held is refused, see
    move_order): its tip goes on the session's sale of `tip_worker`, or of the one session. The stylist who
    served is credited with the lines that waited for another (move_order asks services/orders/serving.py, as for
    every completion)."""
    order = order_here(session, actor, order_id)  # the outlet scope, before any session is used
    if tip is not None:
        check_tip_amount(tip.amount)  # the whole tip, before it may be shared in parts that each pass the bound
    apart = frozenset[int]()
    if sessions:
        apart = pay_lines_with_sessions(session, actor, order, sessions, tenders=tenders, now=now)
    moved = move_order(session, actor, order_id, DONE, tenders=tenders, paid_apart=apart, now=now)
    if tip is not None:
        if moved.sale is not None:
            tipped = _tipped_sale(session, order_id, moved.sale.sale.sale_id, tip_worker)
            record_tip(session, actor, tipped, tip.amount, tip.method, worker_id=tip_worker)
        else:
            for sale_id, part, worker in _session_tips(session, order_id, tip.amount, tip_worker):
                record_tip(session, actor, sale_id, part, tip.method, worker_id=worker)
    return moved


def _tipped_sale(session: Session, order_id: uuid.UUID, sale_id: uuid.UUID, worker: uuid.UUID | None) -> uuid.UUID:
    """The visit's sale, unless the tip's one worker is credited only on a session's sale of the visit."""
    if worker is None or session.scalar(select(EarningEntry.id).where(
        EarningEntry.sale_id == sale_id, EarningEntry.worker_id == worker, EarningEntry.kind == "sale",
    ).limit(1)) is not None:  # fmt: skip
        return sale_id
    return session_sale_of(session, order_id, worker) or sale_id


def _session_tips(
    session: Session, order_id: uuid.UUID, amount: int, worker: uuid.UUID | None
) -> list[tuple[uuid.UUID, int, uuid.UUID | None]]:
    """A visit whose every line a session paid has no sale of its own: the tip, as (sale, part, worker), goes on
    the session's sale that credits its worker; with no worker named it is shared over the stylists the sessions'
    sales credit as the till shares a tip over a bill's workers (`domain.tips.share_tip`: by credited revenue,
    largest remainder, the parts adding up to the tip), each part on the first sale crediting its stylist (one
    stylist of several sessions: all of it on her first)."""
    if worker is not None:
        found = session_sale_of(session, order_id, worker)
        if found is None:
            raise ValidationError(_("No sale of this visit credits this worker: the tip is for a worker who served"))
        return [(found, amount, worker)]
    sales = session_sales(session, order_id)
    credited: dict[uuid.UUID, int] = {}
    first_sale: dict[uuid.UUID, uuid.UUID] = {}
    rows = session.execute(
        select(EarningEntry.sale_id, EarningEntry.worker_id, EarningEntry.credited_amount)
        .where(EarningEntry.sale_id.in_(sales), EarningEntry.kind == "sale")
    ).all()  # fmt: skip
    for sale_id in sales:  # by line: each stylist's first sale takes her part
        for row_sale, row_worker, credit in rows:
            if row_sale == sale_id:
                credited[row_worker] = credited.get(row_worker, 0) + int(credit)
                first_sale.setdefault(row_worker, sale_id)
    try:
        parts = share_tip(amount, credited)
    except ValueError as error:
        raise ValidationError(str(error)) from error
    if len(parts) == 1:  # the sale's own workers, as the till tips a sale with no worker named
        return [(first_sale[stylist], part, None) for stylist, part in parts.items()]
    return [(first_sale[stylist], part, stylist) for stylist, part in parts.items()]


def visit_workers(session: Session, order: OrderView) -> tuple[tuple[uuid.UUID, str], ...]:
    """Who the visit's sale will credit (as `finish_visit` completes it), each once: who may get its tip."""
    credits = serving_credits(session, order)
    seen: dict[uuid.UUID, str] = {}
    for line in order.lines:
        for credit in credits.get(line.line_no, line.workers):
            seen.setdefault(credit.worker_id, credit.display_name)
    return tuple(seen.items())


def _open_visits(session: Session, outlet_id: uuid.UUID) -> list[tuple[OrderView, datetime]]:
    """The outlet's orders now waiting or being served, in the order they came, with when they reached it."""
    found = []
    for stage in (WAITING, SERVING):
        page = find_orders(session, outlet_id, stage=stage, open_only=True, limit=QUEUE_MAX)
        found += [(row.id, row.reached_at, row.business_date) for row in page.rows]
    found.sort(key=lambda row: (row[2], row[0]))  # UUIDv7 keys: in the order they were taken
    # the stage codes are the salon workflow's own: no other workflow's orders are found
    return [(load_order(session, order_id), reached) for order_id, reached, _day in found]


def _names(session: Session, actor: Actor) -> list[tuple[uuid.UUID, str]]:
    assert actor.outlet_id is not None
    return _names_at(session, actor.outlet_id)


def _names_at(session: Session, outlet_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    return [(worker.id, worker.display_name) for worker in workers_of(session, outlet_id)]
