"""Paying a tab at the end: the tab's rounds become the sale's lines, and the sale is written as any sale is (its
PBJT, service charge and the workers' earnings once, here), in full, in equal shares (one sale, a payment per
share) or split by items (a sale per part, `split_sales.complete_bill_part`).

The till pays a tab as it pays any cart: the cart carries the tab's id (`TabView.cart`), and the sale services call
`closing.record_tab_sale` in the sale's own transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from ska_pos.domain.settlement import Tender
from ska_pos.services import sales, split_sales
from ska_pos.services.actor import Actor
from ska_pos.services.permissions import requires
from ska_pos.services.sales import CompletedSale
from ska_pos.services.tabs.state import load_tab


@requires("sale.complete")
def pay_tab(
    session: Session, actor: Actor, tab_id: uuid.UUID, tenders: Sequence[Tender], *, now: datetime | None = None,
    open_drawer: bool = False,
) -> CompletedSale:  # fmt: skip
    """The whole tab in one sale; equal shares are this with one tender per share."""
    return sales.complete_sale(session, actor, load_tab(session, tab_id).cart(), tenders, now=now,
                               open_drawer=open_drawer)  # fmt: skip


@requires("sale.complete")
def pay_tab_part(
    session: Session, actor: Actor, tab_id: uuid.UUID, groups: Sequence[Sequence[int]], part: int,
    tenders: Sequence[Tender], *, now: datetime | None = None, open_drawer: bool = False,
) -> CompletedSale:  # fmt: skip
    """Part `part` of the tab split by items into `groups` of line indices (of `TabView.cart()`'s lines)."""
    bill = load_tab(session, tab_id).cart()
    return split_sales.complete_bill_part(session, actor, bill, groups, part, tenders, now=now, open_drawer=open_drawer)
