"""A sale that pays a tab (or a part of its split), recorded in the sale's own transaction (docs/tabs.md).

`sales.complete_sale` and `split_sales.complete_bill_part` call `record_tab_sale` for a cart that carries a tab's id. It
refuses, so the whole sale is rolled back, a bill that is not the tab as sent (lines added or taken off at the till
instead of a round or a supervisor's void), or a tab another till has paid meanwhile.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from ska_pos.i18n import _
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart, CartLine
from ska_pos.services.errors import ValidationError
from ska_pos.services.tabs.state import load_tab
from ska_pos.services.tabs.writes import add_event, lock_tab


def record_tab_sale(
    session: Session, actor: Actor, cart: Cart, sale_id: uuid.UUID, *,
    groups: Sequence[Sequence[int]] | None = None, part: int = 0,
) -> None:  # fmt: skip
    """The sale `sale_id` paid the tab `cart.tab_id` (or part `part` of its split `groups`): recorded, closing the
    tab when it is all paid; refused when the tab is closed or the bill is not the tab as sent."""
    assert cart.tab_id is not None
    lock_tab(session, cart.tab_id)
    tab = load_tab(session, cart.tab_id)
    if tab.outlet_id != actor.outlet_id:
        raise ValidationError(_("This tab belongs to another outlet"))
    if tab.closed:
        raise ValidationError(_("This tab is paid already (or was merged into another): the sale was not saved"))
    if [_what(line) for line in cart.lines] != [_what(line.cart_line) for line in tab.open_lines]:
        raise ValidationError(_("The bill is not the tab as sent: send new items as a round, and void sent items "
                                "with a supervisor"))  # fmt: skip
    if groups is None:
        if tab.payment_begun:
            raise ValidationError(_("Part of this tab is paid already: pay the rest by its parts"))
        add_event(session, actor, tab.tab_id, "paid", None, sale_id=sale_id, closes_tab_id=tab.tab_id)
        return
    split = tuple(tuple(group) for group in groups)
    if tab.payment_begun and split != tab.split:
        raise ValidationError(_("This tab is split already: pay the rest by its parts"))
    part_no = part + 1
    if part_no in tab.parts_paid:
        raise ValidationError(_("Part {number} of this tab is paid already", number=part_no))
    last = len(tab.parts_paid) + 1 == len(split)
    add_event(session, actor, tab.tab_id, "paid", None, sale_id=sale_id, part_no=part_no,
           split=json.dumps([list(group) for group in split]), closes_tab_id=tab.tab_id if last else None)  # fmt: skip


def _what(line: CartLine) -> tuple[object, ...]:
    """What a sent line charges for; a discount given at payment may differ from the round."""
    return (line.item_id, line.quantity, line.unit_price, line.modifiers)
