"""The rows that move an order's money, written the one way: the payment (or refund) row, the till's journal entry
that the shift's cash and the journal's check count, and the audit entry. Called by the order services, after
their checks."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from ska_pos.db.models import OrderPayment, new_id
from ska_pos.domain.settlement import PaymentError, Tender, settle
from ska_pos.i18n import _
from ska_pos.services import audit, journal
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.numbers import next_till_seq
from ska_pos.services.sale_context import Place, business_date
from ska_pos.services.text_lengths import check_length


def check_tender(tender: Tender) -> None:
    """A known method, more than Rp0 and within the bound, a reference where the method needs one."""
    check_length(tender.reference, OrderPayment.reference, _("payment reference"))
    try:
        settle(tender.amount, [tender])
    except PaymentError as error:
        raise ValidationError(str(error)) from error


def write_payment(
    session: Session,
    place: Place,
    user_id: uuid.UUID,
    order_id: uuid.UUID,
    kind: str,
    tender: Tender,
    *,
    moment: datetime,
    reason: str = "",
    approved_by_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """`tender.amount` is what moves (positive); a refund's row holds it negative."""
    amount = -tender.amount if kind in ("refund", "cancel_refund") else tender.amount
    payment_id = new_id()
    seq = next_till_seq(session, OrderPayment, place.till_id)
    session.add(OrderPayment(
        id=payment_id, order_id=order_id, outlet_id=place.outlet_id, till_id=place.till_id, seq=seq,
        shift_id=place.shift_id, kind=kind, method=tender.method, amount=amount, reference=tender.reference,
        reason=reason, user_id=user_id, approved_by_id=approved_by_id, paid_at=moment,
        business_date=business_date(place, moment),
    ))  # fmt: skip
    session.flush()
    journal.append(session, place.till_id, "order_payment", {
        "id": payment_id, "order_id": order_id, "shift_id": place.shift_id, "kind": kind, "method": tender.method,
        "amount": amount, "user_id": user_id, "approved_by_id": approved_by_id, "at": moment,
    }, record_id=payment_id)  # fmt: skip
    audit.record(session, f"order_{kind}", user_id=user_id, entity="customer_order", entity_id=order_id,
                 approved_by_id=approved_by_id, till_id=place.till_id, method=tender.method, amount=amount,
                 reason=reason)  # fmt: skip
    return payment_id
