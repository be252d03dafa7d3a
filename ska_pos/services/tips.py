"""A customer's tip, entered at payment: to the workers of the bill, in the earnings ledger as tips.

A tip is no revenue, no service charge and no tax: the sale's figures do not change, and its earning entries (kind
"tip") are credited Rp0 of revenue, so the ledger check (earnings + the outlet's share = net revenue) stays true
and the earnings reports show tips in a column of their own. A tip in cash goes into the drawer as a cash movement,
so the shift's count stays true; a tip by QRIS or transfer does not touch the drawer. Nothing is edited: each
worker's part is a new entry, journaled like every other money at the till.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import EarningEntry, Sale, Worker
from ska_pos.domain.money import format_rupiah
from ska_pos.domain.settlement import PAYMENT_METHODS
from ska_pos.domain.tips import share_tip
from ska_pos.i18n import _, current_language
from ska_pos.services import audit, journal, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import requires

MAX_TIP = 10_000_000  # a tip of extra zeros is a typing slip, refused


def check_tip_amount(amount: int) -> None:
    """Refused unless a whole amount of rupiah above zero and at most MAX_TIP: checked on the whole tip, before it
    is shared over sales (a salon visit's sessions), so a slip cannot pass as parts each under the bound."""
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValidationError(_("A tip is a whole amount of rupiah more than zero"))
    if amount > MAX_TIP:
        raise ValidationError(_("A tip of more than {most} is refused: check the amount",
                                most=format_rupiah(MAX_TIP, current_language())))  # fmt: skip


@requires("sale.tip")
def record_tip(
    session: Session, actor: Actor, sale_id: uuid.UUID, amount: int, method: str = "cash", *,
    worker_id: uuid.UUID | None = None,
) -> list[EarningEntry]:  # fmt: skip
    """Give `amount` to the workers credited on the sale, by their credited revenue, or all of it to `worker_id`."""
    # Locked: two tills tipping (or one voiding while another tips) decide from what the other wrote.
    sale = session.get(Sale, sale_id, with_for_update=True)
    if sale is None or sale.kind != "sale":
        raise NotFound(_("Unknown sale"))
    if sale.outlet_id != actor.outlet_id:
        raise ValidationError(_("A tip is entered at a till of the sale's outlet"))
    if _given_back(session, sale):
        raise ValidationError(_("This sale was voided or refunded in full: it takes no tip"))
    check_tip_amount(amount)
    if method not in PAYMENT_METHODS:
        raise ValidationError(_("Unknown payment method {method}", method=method))
    if session.scalar(select(EarningEntry.id).where(EarningEntry.sale_id == sale.id, EarningEntry.kind == "tip")):
        raise ValidationError(_("This sale already has its tip"))
    try:
        parts = share_tip(amount, _credited(session, sale, worker_id))
    except ValueError as error:
        raise ValidationError(str(error)) from error
    entries = [
        EarningEntry(
            worker_id=worker, outlet_id=sale.outlet_id, sale_id=sale.id, kind="tip", business_date=sale.business_date,
            credited_amount=0, amount=part, created_by_id=actor.user_id, created_at=clock.now(),
        )
        for worker, part in parts.items()
    ]  # fmt: skip
    session.add_all(entries)
    session.flush()
    if method == "cash":
        shifts.move_cash(session, actor, "in", amount, _("Tip, receipt {receipt}", receipt=sale.receipt_no))
    audit.record(session, "tip", user_id=actor.user_id, entity="sale", entity_id=sale.id, till_id=actor.till_id,
                 amount=amount, method=method, workers=len(entries))  # fmt: skip
    for entry in entries:
        journal.append(session, actor.till_id, "tip", {
            "id": entry.id, "worker_id": entry.worker_id, "outlet_id": entry.outlet_id, "sale_id": entry.sale_id,
            "amount": entry.amount, "business_date": entry.business_date, "user_id": actor.user_id,
            "at": entry.created_at,
        }, record_id=entry.id)  # fmt: skip
    return entries


def _given_back(session: Session, sale: Sale) -> bool:
    """Whether the sale was voided, or refunded until nothing of it is left."""
    reversals = session.execute(select(Sale.kind, Sale.total).where(Sale.reverses_sale_id == sale.id)).all()
    return any(kind == "void" for kind, _total in reversals) or (
        bool(reversals) and sale.total + sum(total for _kind, total in reversals) <= 0
    )


def _credited(session: Session, sale: Sale, worker_id: uuid.UUID | None) -> dict[uuid.UUID, int]:
    """What each worker is still credited on the bill (a line refunded since takes its worker's share with it), or
    the one worker named: active, and one of the bill's workers (of the sale's outlet when the bill names none)."""
    bill = select(Sale.id).where((Sale.id == sale.id) | (Sale.reverses_sale_id == sale.id))
    rows = session.execute(
        select(EarningEntry.worker_id, func.sum(EarningEntry.credited_amount))
        .where(EarningEntry.sale_id.in_(bill), EarningEntry.kind.in_(("sale", "refund", "void")))
        .group_by(EarningEntry.worker_id)
        .order_by(EarningEntry.worker_id)
    )
    credited = {worker: int(amount) for worker, amount in rows}
    if worker_id is None:
        return credited
    worker = session.get(Worker, worker_id)
    if worker is None:
        raise NotFound(_("No such worker"))
    if not worker.active:
        raise ValidationError(_("{name} is no longer active", name=worker.display_name))
    if credited and worker_id not in credited:
        raise ValidationError(_("A tip goes to a worker of this bill"))
    if not credited and sale.outlet_id not in {outlet.id for outlet in worker.outlets}:
        raise ValidationError(_("{name} does not work at this outlet", name=worker.display_name))
    return {worker_id: 1}
