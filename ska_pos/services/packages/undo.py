"""Undoing a session used by mistake (docs/orders.md, "Prepaid packages"): with a reason and a supervisor's approval
(a supervisor acting approves their own), the session's sale is voided as any sale's void is (its payment, what the
package held, goes back to the package; the worker's credit and earnings are reversed), and the session is back on
the package. Refused once the package has expired or been refunded, for a session undone already, and for one that
paid a line of a salon visit (services/salon/sessions.py: the visit is settled; its refund is the way)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import PackageSale, PackageUndo, PackageUse, SalonSessionLine, new_id
from ska_pos.domain.packages import PackageRefused, undo
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.orders.access import approver_of
from ska_pos.services.orders.numbers import next_till_seq
from ska_pos.services.packages.money import package_money
from ska_pos.services.permissions import requires
from ska_pos.services.reversals import void_package_session
from ska_pos.services.sale_context import business_date, place_of
from ska_pos.services.text_lengths import check_length


@dataclass(frozen=True)
class UndoneSession:
    undo_id: uuid.UUID
    void_receipt_no: str
    value: int
    left: int  # sessions that may be used now


def last_session(session: Session, package_id: uuid.UUID) -> uuid.UUID | None:
    """The package's last session used and not undone: the one an undo takes back by default."""
    undone = select(PackageUndo.id).where(PackageUndo.use_id == PackageUse.id).exists()
    return session.scalar(
        select(PackageUse.id).where(PackageUse.package_id == package_id, ~undone)
        .order_by(PackageUse.session_no.desc()).limit(1)
    )  # fmt: skip


@requires("package.undo")
def undo_session(
    session: Session, actor: Actor, use_id: uuid.UUID, reason: str, *, approval: Approval | None = None,
    now: datetime | None = None,
) -> UndoneSession:  # fmt: skip
    used = session.get(PackageUse, use_id)
    if used is None:
        raise NotFound(_("No such session"))
    session.execute(select(PackageSale.id).where(PackageSale.id == used.package_id).with_for_update())
    package = session.get(PackageSale, used.package_id)
    assert package is not None
    if package.outlet_id != actor.outlet_id:
        raise ValidationError(_("This package belongs to another outlet"))
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give a reason"))
    check_length(reason, PackageUndo.reason, _("reason"))
    if session.scalar(select(PackageUndo.id).where(PackageUndo.use_id == used.id)) is not None:
        raise ValidationError(_("This session has been undone already"))
    if session.scalar(select(SalonSessionLine.id).where(SalonSessionLine.sale_id == used.sale_id)) is not None:
        # the visit is done: undone, its line would stay unpaid
        raise ValidationError(_("This session paid a service of a finished salon visit: it cannot be undone (the "
                                "visit's money is settled)"))  # fmt: skip
    place = place_of(session, actor)
    moment = now or clock.now()
    money = package_money(session, package)
    try:
        after = undo(money, used.value, business_date(place, moment))
    except PackageRefused as error:
        raise ValidationError(_refusal(error)) from error
    approver = approver_of(session, actor, approval, "package.undo")
    void = void_package_session(session, actor, used.sale_id, reason, approver, now=moment)
    undo_id = new_id()
    session.add(PackageUndo(
        id=undo_id, use_id=used.id, package_id=package.id, void_sale_id=void.sale_id, value=used.value,
        reason=reason, till_id=place.till_id, seq=next_till_seq(session, PackageUndo, place.till_id),
        user_id=actor.user_id, approved_by_id=approver, undone_at=moment, business_date=business_date(place, moment),
    ))  # fmt: skip
    session.flush()
    audit.record(session, "package_session_undone", user_id=actor.user_id, entity="package_sale",
                 entity_id=package.id, approved_by_id=approver, till_id=place.till_id, use_id=used.id,
                 value=used.value, void_sale_id=void.sale_id, reason=reason)  # fmt: skip
    return UndoneSession(undo_id, void.receipt_no, used.value, after.left)


def _refusal(error: PackageRefused) -> str:
    if error.args[0] == "expired":
        return _("The package has expired: its sessions can no longer be undone")
    if error.args[0] == "refunded":
        return _("The package has been refunded")
    return _("This session has been undone already")
