"""A visit's lines paid with sessions of the customer's prepaid packages, at the visit's finish: each such line is
paid by the packages service's session use (its own sale, crediting the worker who served), recorded in
`salon_session_line`, and left out of the visit's completion sale, so no line is recognised twice."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import PackageSale, PackageUse, SalonSessionLine
from ska_pos.domain.orders.workflow import StageMoveRefused
from ska_pos.domain.packages import PackageState
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import _
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.orders.numbers import next_till_seq
from ska_pos.services.orders.serving import DONE, serving_credits
from ska_pos.services.orders.stages import check_every_line_apart
from ska_pos.services.orders.state import OrderView
from ska_pos.services.packages.balances import customer_packages
from ska_pos.services.packages.ledger import use_package
from ska_pos.services.sale_context import place_of


def pay_lines_with_sessions(
    session: Session,
    actor: Actor,
    order: OrderView,
    sessions: Mapping[int, uuid.UUID],
    *,
    tenders: Sequence[Tender] = (),
    now: datetime | None = None,
) -> frozenset[int]:
    """`sessions`: by line number, the package whose session pays that line. Every line is checked before any
    session is used (the caller's transaction undoes all on a refusal anyway), and when they are all the visit's
    lines, what its completion with no sale refuses (`tenders` paying it, a down payment held). The sessions' sales
    are of `now`, the visit's moment. Returns the lines paid."""
    if order.cancelled:
        raise ValidationError(_("The order is cancelled: nothing more can be paid or recognised on it"))
    try:  # a visit finished already (another till, a command run twice): refused before a session is spent
        order.workflow.check_move(order.stage, DONE)
    except StageMoveRefused as error:
        raise ValidationError(str(error)) from error
    lines = {line.line_no: line for line in order.lines}
    credits = serving_credits(session, order)
    chosen = []
    for line_no, package_id in sessions.items():
        line = lines.get(line_no)
        if line is None:
            raise ValidationError(_("The order has no line {number}", number=line_no))
        package = session.get(PackageSale, package_id)
        if package is None:
            raise NotFound(_("No such package"))
        if order.customer_id is None or package.customer_id != order.customer_id:
            raise ValidationError(_("This package belongs to another customer"))
        if package.item_id != line.item_id:
            raise ValidationError(_("The package does not cover {service}", service=line.name))
        if line.charged_quantity != 1:
            raise ValidationError(_("A session pays one service: {service} is not one", service=line.name))
        workers = credits.get(line_no, line.workers)
        if len(workers) != 1:
            raise ValidationError(_("A session credits one worker: {service} has not one", service=line.name))
        chosen.append((line_no, package_id, workers[0].worker_id))
    check_every_line_apart(order, frozenset(sessions), tenders)
    place = place_of(session, actor)
    for line_no, package_id, worker_id in chosen:
        used = use_package(session, actor, package_id, worker_id, now=now)
        session.add(SalonSessionLine(
            order_id=order.id, line_no=line_no, package_id=package_id, session_no=used.session_no,
            sale_id=used.sale.sale.sale_id, till_id=place.till_id,
            seq=next_till_seq(session, SalonSessionLine, place.till_id), user_id=actor.user_id,
        ))  # fmt: skip
    session.flush()
    return frozenset(sessions)


def covering_package(session: Session, order: OrderView, line_no: int, today: date) -> uuid.UUID:
    """The package of the visit's customer whose session may pay the line now: one of its service with sessions
    left, the soonest to expire first."""
    line = next((line for line in order.lines if line.line_no == line_no), None)
    if line is None:
        raise ValidationError(_("The order has no line {number}", number=line_no))
    if order.customer_id is None:
        raise ValidationError(_("Choose a customer from the list: a package belongs to one customer"))
    covering = set(session.scalars(select(PackageSale.id).where(
        PackageSale.outlet_id == order.outlet_id, PackageSale.customer_id == order.customer_id,
        PackageSale.item_id == line.item_id)))  # fmt: skip
    for package in customer_packages(session, order.outlet_id, order.customer_id, today):
        if package.id in covering and package.state is PackageState.ACTIVE and package.left:
            return package.id
    raise ValidationError(_("The customer holds no package with a session left for {service}", service=line.name))


def session_lines(session: Session, order_id: uuid.UUID) -> frozenset[int]:
    """The order's lines a package session paid."""
    return frozenset(session.scalars(select(SalonSessionLine.line_no).where(SalonSessionLine.order_id == order_id)))


def session_sale_of(session: Session, order_id: uuid.UUID, worker_id: uuid.UUID) -> uuid.UUID | None:
    """The sale of a session that paid one of the order's lines crediting `worker_id`, if one did."""
    return session.scalar(
        select(SalonSessionLine.sale_id)
        .join(PackageUse, PackageUse.sale_id == SalonSessionLine.sale_id)
        .where(SalonSessionLine.order_id == order_id, PackageUse.worker_id == worker_id)
        .order_by(SalonSessionLine.line_no)
        .limit(1)
    )


def session_sales(session: Session, order_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
    """The sales of the sessions that paid the order's lines, by line: their receipts are the visit's."""
    return tuple(session.scalars(select(SalonSessionLine.sale_id).where(SalonSessionLine.order_id == order_id)
                                 .order_by(SalonSessionLine.line_no)))  # fmt: skip
