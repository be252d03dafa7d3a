"""The expiry of packages past their last day (docs/orders.md, "Prepaid packages"): what a package still holds
becomes breakage, recognised with no worker's share, on the business day the expiry is recorded (never back in a
day a till may have closed already). The row carries the till, its sequence number and a journal entry, as every
money event of a till does, and the package's last valid day for the report.

It runs by itself when a till closes its day and when a shift opens (the first write of a new day), and by hand
(`ska-pos package expire`). Each run expires only what is due and not yet expired: two tills running it at once
write one expiry per package (the package rows are locked first; SQLite's BEGIN IMMEDIATE is one writer already).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Outlet, PackageExpiry, PackageRefund, PackageSale, new_id
from ska_pos.domain.packages import expire
from ska_pos.i18n import _
from ska_pos.services import audit, journal
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound
from ska_pos.services.orders.numbers import next_till_seq
from ska_pos.services.packages.money import package_money
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.sale_context import business_date


@requires("package.expire")
def expire_packages(session: Session, actor: Actor, outlet_id: uuid.UUID, *, now: datetime | None = None) -> int:
    """By hand: every package of the outlet due to expire, at the actor's till. Returns how many expired; running
    it twice expires nothing more."""
    require_outlet(session, actor, outlet_id)
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    return expire_due(session, actor.user_id, actor.till_id, outlet, now or clock.now())


def expire_due(session: Session, user_id: uuid.UUID, till_id: uuid.UUID, outlet: Outlet, moment: datetime) -> int:
    """The expiry of every package of `outlet` whose last day is before the outlet's business day at `moment`,
    recorded at `till_id` by `user_id` on that day. For the services that run it on their own write (a day's
    close, a shift's opening): the caller checked who may do that, and the expiry follows from the calendar."""
    day = business_date(outlet, moment)
    lapsed = session.scalars(
        select(PackageSale).where(
            PackageSale.outlet_id == outlet.id, PackageSale.expires_on < day,
            ~select(PackageExpiry.id).where(PackageExpiry.package_id == PackageSale.id).exists(),
            ~select(PackageRefund.id).where(PackageRefund.package_id == PackageSale.id).exists(),
        ).order_by(PackageSale.id).with_for_update()
    ).all()  # fmt: skip
    count = 0
    for package in lapsed:
        money = package_money(session, package)  # read after the lock: another till may have expired it since
        if money.left == 0:
            continue  # used up before its last day, or expired by another till meanwhile: nothing to expire
        after = expire(money, day)
        expiry_id = new_id()
        amount = after.breakage - money.breakage
        session.add(PackageExpiry(
            id=expiry_id, package_id=package.id, outlet_id=outlet.id, till_id=till_id,
            seq=next_till_seq(session, PackageExpiry, till_id), sessions_left=money.left, amount=amount,
            user_id=user_id, recorded_at=moment, business_date=day, expires_on=package.expires_on,
        ))  # fmt: skip
        session.flush()
        journal.append(session, till_id, "package_expiry", {
            "id": expiry_id, "package_id": package.id, "outlet_id": outlet.id, "sessions_left": money.left,
            "amount": amount, "expires_on": package.expires_on, "business_date": day, "user_id": user_id,
            "at": moment,
        }, record_id=expiry_id)  # fmt: skip
        count += 1
    if count:
        audit.record(session, "packages_expired", user_id=user_id, entity="outlet", entity_id=outlet.id,
                     till_id=till_id, count=count, today=day.isoformat())  # fmt: skip
    return count
