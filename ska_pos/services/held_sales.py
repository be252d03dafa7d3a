"""Holding a cart aside and recalling it later. Held carts live in the database, so they survive a restart."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ska_pos.db.models import HeldSale, User
from ska_pos.i18n import _
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import requires

MAX_LABEL_LENGTH = 120


@dataclass(frozen=True)
class HeldSummary:
    held_id: uuid.UUID
    label: str
    created_at: datetime
    held_by: str
    cart: Cart


@requires("sale.hold")
def hold(session: Session, actor: Actor, cart: Cart, label: str = "") -> uuid.UUID:
    """Put `cart` aside at the actor's till; returns the id to recall it by."""
    if cart.is_empty():
        raise ValidationError(_("There is nothing to hold: the cart is empty"))
    if cart.outlet_id != actor.outlet_id:
        raise ValidationError(_("Only a cart of this outlet can be held here"))
    label = label.strip()
    if len(label) > MAX_LABEL_LENGTH:
        raise ValidationError(_("A label can have at most {count} characters", count=MAX_LABEL_LENGTH))
    held = HeldSale(till_id=actor.till_id, user_id=actor.user_id, label=label, cart_json=cart.to_json())
    session.add(held)
    session.flush()
    return held.id


def list_held(session: Session, till_id: uuid.UUID) -> list[HeldSummary]:
    """The carts held at `till_id`, oldest first."""
    rows = session.execute(
        select(HeldSale, User.full_name)
        .join(User, User.id == HeldSale.user_id)
        .where(HeldSale.till_id == till_id)
        .order_by(HeldSale.created_at, HeldSale.id)
    ).all()
    return [
        HeldSummary(held.id, held.label, held.created_at, name, Cart.from_json(held.cart_json)) for held, name in rows
    ]


@requires("sale.recall")
def recall(session: Session, actor: Actor, held_id: uuid.UUID) -> Cart:
    """The held cart, taken out of the list in the same transaction so it can be recalled only once."""
    held = session.get(HeldSale, held_id)
    if held is None:
        raise NotFound(_("This held sale was already recalled"))
    cart = Cart.from_json(held.cart_json)
    deleted = session.execute(delete(HeldSale).where(HeldSale.id == held_id))
    if deleted.rowcount != 1:  # type: ignore[attr-defined]
        raise NotFound(_("This held sale was already recalled"))
    return cart
