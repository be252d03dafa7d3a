"""A bill split by items: each part is written as a sale of its own lines, with its share of the bill's charges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.domain.settlement import Tender
from ska_pos.domain.split_bill import part_totals, split_by_items
from ska_pos.i18n import _
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError
from ska_pos.services.permissions import requires
from ska_pos.services.sale_checks import check_cart
from ska_pos.services.sale_context import business_date, place_of
from ska_pos.services.sales import CompletedSale, settle_and_write
from ska_pos.services.tabs.closing import record_tab_sale


@requires("sale.complete")
def complete_bill_part(
    session: Session, actor: Actor, bill: Cart, groups: Sequence[Sequence[int]], part: int, tenders: Sequence[Tender],
    *, now: datetime | None = None, open_drawer: bool = False,
) -> CompletedSale:  # fmt: skip
    """Part `part` of `bill` split by items into `groups` of line indices, written as a sale of its own lines.

    The whole bill is checked and priced, and the part takes its lines as the bill priced them and its share of the
    bill's service charge and PBJT (domain/split_bill.py): the sales of all the parts add up to the bill to the
    rupiah, and each is a sale like any other in the daily summary, the export, the PBJT report and a later refund.
    """
    place = place_of(session, actor)
    moment = now or clock.now()
    tracked = check_cart(session, actor, bill, business_date(place, moment))
    whole = bill.priced(place.tax)
    try:
        parts = split_by_items(whole, place.tax, groups)
    except ValueError as error:
        raise ValidationError(str(error)) from error
    if not 0 <= part < len(parts):
        raise ValidationError(_("This bill has no part {number}", number=part + 1))
    chosen = parts[part]
    lines = [bill.lines[index] for index in chosen.lines]
    part_cart = replace(bill, lines=lines)
    done = settle_and_write(session, actor, place, part_cart, part_totals(whole, chosen), tenders, moment, tracked,
                            open_drawer)  # fmt: skip
    if bill.tab_id is not None:  # a part of an open tab (services/tabs)
        record_tab_sale(session, actor, bill, done.sale_id, groups=groups, part=part)
    return done
