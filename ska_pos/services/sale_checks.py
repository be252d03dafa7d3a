"""The checks of a sale before its first write: the cart, its items, prices, options, workers and approvals."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Date, bindparam, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Item, Payment, Sale, User, Worker
from ska_pos.db.prepared import PreparedSelect
from ska_pos.domain.modifiers import ModifierGroup, choose
from ska_pos.domain.money import BP_WHOLE, format_rupiah
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import _, current_language
from ska_pos.services.actor import Actor, role_at_least
from ska_pos.services.cart import Cart, CartLine, WorkerCredit
from ska_pos.services.cart_ops import (
    check_cart_total,
    check_line_quantity,
    check_price,
    discount_needs_approval,
    sale_discount_needs_approval,
)
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.modifiers import groups_for_item
from ska_pos.services.prices import day_price
from ska_pos.services.text_lengths import check_length


def check_cart(session: Session, actor: Actor, cart: Cart, day: date, *, frozen: bool = False) -> set[uuid.UUID]:
    """Every check before the first write; returns the items whose stock is tracked. `frozen`: an order's lines,
    priced when it was taken."""
    if cart.is_empty():
        raise ValidationError(_("The cart is empty"))
    if cart.outlet_id != actor.outlet_id:
        raise ValidationError(_("This cart belongs to another outlet"))
    check_length(cart.order_type, Sale.order_type, _("order type"))
    check_length(cart.table_no, Sale.table_no, _("table number"))
    items = _check_items(session, actor, cart.lines, day, frozen=frozen)
    check_cart_total(cart.lines)
    check_worker_credits(session, [line.workers for line in cart.lines])
    if not frozen:  # an order's sale: its lines' prices (and options) were fixed when the order was taken
        _check_prices(cart, items)
        _check_modifiers(session, cart.lines)
    _check_approvals(session, cart)
    return {line.item_id for line in cart.lines if items[line.item_id].track_stock and not line.is_service}


# Built once: constructing a statement costs more than running it on this hot path (db/prepared.py).
# The price is the one in effect on the sale's business day (services/prices.py), in this same one query.
_ITEMS = PreparedSelect(
    select(
        Item.id,
        Item.outlet_id,
        Item.active,
        Item.track_stock,
        day_price(bindparam("day", type_=Date())).label("price"),
        Item.name,
        Item.min_quantity,
    ).where(Item.id.in_(bindparam("ids", expanding=True)))
)
_WORKERS_ACTIVE = PreparedSelect(
    select(Worker.id, Worker.active).where(Worker.id.in_(bindparam("ids", expanding=True)))
)


def _check_items(
    session: Session, actor: Actor, lines: Sequence[CartLine], day: date, *, frozen: bool = False
) -> dict[uuid.UUID, Any]:
    rows = _ITEMS.all(session.connection(), {"ids": list({line.item_id for line in lines}), "day": day})
    items = {row.id: row for row in rows}
    for line in lines:
        item = items.get(line.item_id)
        if item is None or not (item.active or frozen):
            raise ValidationError(_("{name} is not for sale", name=line.name))
        if item.outlet_id != actor.outlet_id:
            raise ValidationError(_("{name} belongs to another outlet", name=line.name))
        # Today's minimum, not the one copied onto the line: a held cart may predate it (an order's charged
        # quantity already has the minimum of its day).
        minimum = line.min_quantity if frozen else item.min_quantity
        judged = line if line.min_quantity == minimum else replace(line, min_quantity=minimum)
        check_line_quantity(judged, line.quantity)
        check_price(line.unit_price)
        if line.is_service and not line.workers:
            raise ValidationError(_("Choose the worker who performed {name}", name=line.name))
    return items


def check_tender_texts(tenders: Sequence[Tender]) -> None:
    for tender in tenders:
        check_length(tender.reference, Payment.reference, _("payment reference"))


def check_worker_credits(session: Session, credits_per_line: Sequence[Sequence[WorkerCredit]]) -> None:
    """The workers credited on each line (a sale's or an order's): still active, each named once with a share above
    0%, and the shares of a line adding up to 100%."""
    wanted = {credit.worker_id for credits in credits_per_line for credit in credits}
    if not wanted:
        return
    active = {row.id: row.active for row in _WORKERS_ACTIVE.all(session.connection(), {"ids": list(wanted)})}
    for credits in credits_per_line:
        for credit in credits:
            if not active.get(credit.worker_id, False):
                raise ValidationError(_("{name} is no longer active", name=credit.display_name))
            if credit.split_bp <= 0:
                raise ValidationError(_("Each worker's share must be more than 0%"))
        if len({credit.worker_id for credit in credits}) != len(credits):
            raise ValidationError(_("Each worker can be named only once on a line"))
        if credits and sum(credit.split_bp for credit in credits) != BP_WHOLE:
            raise ValidationError(_("The workers' shares must add up to 100%"))


def _check_prices(cart: Cart, items: dict[uuid.UUID, Any]) -> None:
    """The list price is the sale's day's; a held cart from before a price change must be rung up again."""
    for line in cart.lines:
        price = items[line.item_id].price
        if line.list_price != price:
            raise ValidationError(_("The price of {name} is now {price}; remove the line and add it again",
                                    name=line.name, price=format_rupiah(price, current_language())))  # fmt: skip


def _check_modifiers(session: Session, lines: Sequence[CartLine]) -> None:
    """The options of a line with modifier groups, judged against its item's groups as they are today: required
    groups answered, and each option still offered at the price it was rung up at (a held cart may predate a
    change). Each item's groups are read once, however many lines it has."""
    groups: dict[uuid.UUID, tuple[ModifierGroup, ...]] = {}
    for line in lines:
        if not line.modifiers_offered and not line.modifiers:
            continue
        if line.item_id not in groups:
            groups[line.item_id] = groups_for_item(session, line.item_id)
        try:
            chosen = choose(groups[line.item_id], [modifier.option_id for modifier in line.modifiers])
        except ValueError as error:
            raise ValidationError(str(error)) from error
        if set(chosen) != set(line.modifiers):
            raise ValidationError(_("The options of {name} have changed; choose them again", name=line.name))


def _check_approvals(session: Session, cart: Cart) -> None:
    """Approvals are judged again on the final cart: a discount within the limit can exceed it after a change."""
    for line in cart.lines:
        base = line.price_each * line.quantity
        if line.discount_approved_by is None and discount_needs_approval(session, cart, line.discount, base):
            raise PermissionDenied(_("This needs a supervisor's approval"))
    if cart.sale_discount_approved_by is None and sale_discount_needs_approval(session, cart, cart.sale_discount):
        raise PermissionDenied(_("This needs a supervisor's approval"))
    named = [cart.sale_discount_approved_by]
    named += [approver for line in cart.lines for approver in (line.price_override_by, line.discount_approved_by)]
    approvers = {approver for approver in named if approver is not None}
    if any(line.unit_price != line.list_price and line.price_override_by is None for line in cart.lines):
        raise PermissionDenied(_("A changed price needs a supervisor's approval"))
    if not approvers:
        return
    roles = dict(session.connection().execute(select(User.id, User.role).where(User.id.in_(approvers))).all())
    if any(not role_at_least(roles.get(approver, ""), "supervisor") for approver in approvers):
        raise PermissionDenied(_("This needs a supervisor's approval"))
