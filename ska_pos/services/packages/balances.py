"""What a customer's packages hold now, and an outlet's package money over a day: reads, summed by the database."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import PackageExpiry, PackageRefund, PackageSale, PackageUndo, PackageUse
from ska_pos.domain.packages import PackageState
from ska_pos.reports.daily_model import PackagesOfDay
from ska_pos.services.packages.money import package_money


@dataclass(frozen=True)
class PackageView:
    id: uuid.UUID
    plan_code: str
    name: str
    sessions: int
    used: int
    left: int  # sessions that may still be used (0 once expired)
    expires_on: date
    state: PackageState
    held: int  # what the package still holds for the customer
    sold_on: date


def customer_packages(session: Session, outlet_id: uuid.UUID, customer_id: uuid.UUID, today: date) -> list[PackageView]:
    """The customer's packages at the outlet, those still usable first (soonest to expire first). A package past
    its last day shows as expired even before the expiry is recorded."""
    packages = session.scalars(
        select(PackageSale).where(PackageSale.outlet_id == outlet_id, PackageSale.customer_id == customer_id)
    ).all()
    views = []
    for package in packages:
        money = package_money(session, package)
        state = PackageState.EXPIRED if today > package.expires_on and money.left else money.state
        left = 0 if state is PackageState.EXPIRED else money.left
        views.append(PackageView(package.id, package.plan_code, package.name, package.sessions, money.used, left,
                                 package.expires_on, state, money.held, package.business_date))  # fmt: skip
    return sorted(views, key=lambda view: (view.state is not PackageState.ACTIVE, view.expires_on, view.name))


def package_days(session: Session, outlet_ids: Sequence[uuid.UUID], first: date, last: date) -> PackagesOfDay:
    """The outlets' package money from `first` to `last` (business dates): received by selling, recognised by the
    sessions used less those undone (their sales and voids are in the sales figures already), breakage (at expiry,
    and the rupiah below the cash unit a cash refund keeps), refunded, and held at the end."""
    ids = list(outlet_ids)
    here = PackageSale.outlet_id.in_(ids)
    sold = select(func.coalesce(func.sum(PackageSale.price), 0)).where(here)
    used = (
        select(func.coalesce(func.sum(PackageUse.value), 0))
        .join(PackageSale, PackageSale.id == PackageUse.package_id)
        .where(here)
    )
    lapsed = select(func.coalesce(func.sum(PackageExpiry.amount), 0)).where(PackageExpiry.outlet_id.in_(ids))
    kept = select(func.coalesce(func.sum(PackageRefund.kept), 0)).where(PackageRefund.outlet_id.in_(ids))
    given = select(func.coalesce(func.sum(PackageRefund.amount), 0)).where(PackageRefund.outlet_id.in_(ids))
    undone = (
        select(func.coalesce(func.sum(PackageUndo.value), 0))
        .join(PackageSale, PackageSale.id == PackageUndo.package_id)
        .where(here)
    )
    queries = (sold, used, lapsed, kept, given, undone)
    dates = (PackageSale.business_date, PackageUse.business_date, PackageExpiry.business_date,
             PackageRefund.business_date, PackageRefund.business_date, PackageUndo.business_date)  # fmt: skip
    period = [int(session.scalar(query.where(when >= first, when <= last)) or 0)
              for query, when in zip(queries, dates, strict=True)]  # fmt: skip
    ever = [int(session.scalar(query.where(when <= last)) or 0) for query, when in zip(queries, dates, strict=True)]
    received, recognised, lapsed_now, kept_now, refunded, undone_now = period
    held_at_end = ever[0] - sum(ever[1:5]) + ever[5]  # an undone session is held again
    return PackagesOfDay(received, recognised - undone_now, lapsed_now + kept_now, held_at_end, refunded)
