"""The cash that packages moved in each shift: packages sold for cash in, cash refunds of packages out. Money held
for customers, as an order's deposits are: the shift's expected cash counts it, revenue does not."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import PackageRefund, PackageSale


def package_cash_by_shift(session: Session, shift_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    cash: dict[uuid.UUID, int] = {}
    if not shift_ids:
        return cash
    for model, amount, sign in ((PackageSale, PackageSale.price, 1), (PackageRefund, PackageRefund.amount, -1)):
        rows = session.execute(
            select(model.shift_id, func.coalesce(func.sum(amount), 0))
            .where(model.shift_id.in_(list(shift_ids)), model.method == "cash")
            .group_by(model.shift_id)
        )
        for shift_id, total in rows:
            cash[shift_id] = cash.get(shift_id, 0) + sign * int(total)
    return cash
