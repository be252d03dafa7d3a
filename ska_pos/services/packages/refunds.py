"""Refunding a package (docs/orders.md, "Prepaid packages"): what it still holds is given back, by cash out of the
shift or by transfer, with a reason and a supervisor's approval (a supervisor acting approves their own), and the
package then has no sessions left.

The outlet's rule is the values of the sessions not used (`domain.packages.refund`): pro rata to the sessions
left, never the price less a fee, and no revenue is touched, since the sessions used were recognised as sales when
they were served. In cash the amount is rounded down to the outlet's cash unit, the rupiah below kept as breakage.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import PackageRefund, PackageSale, new_id
from ska_pos.domain.packages import PackageRefused, refund
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import _
from ska_pos.services import audit, journal
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.orders.access import approver_of
from ska_pos.services.orders.numbers import next_till_seq
from ska_pos.services.orders.rows import check_tender
from ska_pos.services.packages.money import package_money
from ska_pos.services.permissions import requires
from ska_pos.services.sale_context import business_date, place_of
from ska_pos.services.text_lengths import check_length


@dataclass(frozen=True)
class RefundedPackage:
    refund_id: uuid.UUID
    amount: int  # handed back
    kept: int  # below the cash unit: breakage
    sessions_left: int  # the sessions the customer gave up


@requires("package.refund")
def refund_package(
    session: Session, actor: Actor, package_id: uuid.UUID, method: str, reason: str, *, reference: str = "",
    approval: Approval | None = None, now: datetime | None = None,
) -> RefundedPackage:  # fmt: skip
    """Gives back what the package still holds, by `method` (cash or a transfer), for `reason`. Refused once the
    package is used up, expired (its last day passed: it is breakage) or refunded already."""
    session.execute(select(PackageSale.id).where(PackageSale.id == package_id).with_for_update())
    package = session.get(PackageSale, package_id)
    if package is None:
        raise NotFound(_("No such package"))
    if package.outlet_id != actor.outlet_id:
        raise ValidationError(_("This package belongs to another outlet"))
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give a reason for giving the money back"))
    check_length(reason, PackageRefund.reason, _("reason"))
    place = place_of(session, actor)
    moment = now or clock.now()
    day = business_date(place, moment)
    money = package_money(session, package)
    try:
        after = refund(money, day, place.cash_rounding_unit if method == "cash" else 1)
    except PackageRefused as error:
        raise ValidationError(_refusal(error)) from error
    amount, kept = after.refunded - money.refunded, after.breakage - money.breakage
    if amount > 0:
        check_tender(Tender(method, amount, reference))
    approver = approver_of(session, actor, approval, "package.refund")
    refund_id = new_id()
    session.add(PackageRefund(
        id=refund_id, package_id=package.id, outlet_id=package.outlet_id, till_id=place.till_id,
        seq=next_till_seq(session, PackageRefund, place.till_id), shift_id=place.shift_id, sessions_left=money.left,
        amount=amount, kept=kept, method=method, reference=reference, reason=reason, user_id=actor.user_id,
        approved_by_id=approver, refunded_at=moment, business_date=day,
    ))  # fmt: skip
    session.flush()
    journal.append(session, place.till_id, "package_refund", {
        "id": refund_id, "package_id": package.id, "shift_id": place.shift_id, "method": method, "amount": -amount,
        "kept": kept, "sessions_left": money.left, "reason": reason, "user_id": actor.user_id,
        "approved_by_id": approver, "at": moment,
    }, record_id=refund_id)  # fmt: skip
    audit.record(session, "package_refunded", user_id=actor.user_id, entity="package_sale", entity_id=package.id,
                 approved_by_id=approver, till_id=place.till_id, method=method, amount=amount, kept=kept,
                 reason=reason)  # fmt: skip
    return RefundedPackage(refund_id, amount, kept, money.left)


def _refusal(error: PackageRefused) -> str:
    if error.args[0] == "expired":
        return _("The package has expired: what it held is breakage, not refunded")
    if error.args[0] == "refunded":
        return _("The package has been refunded")
    return _("Every session of the package has been used: nothing is left to give back")
