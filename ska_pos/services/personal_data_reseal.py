"""A key rotation's second step: every sealed value in the database opened and sealed again with the current key
(after `key_store.add_new_current_key`), so the older keys can be retired: workers' personal data
(services/personal_data.py), customers' phones, and the phones of orders and walk-in bookings (docs/personal-data.md).
"""

from __future__ import annotations

import uuid

from sqlalchemy import String, literal, select, update
from sqlalchemy.orm import QueryableAttribute, Session

from ska_pos.db.models import Customer, CustomerOrder, SalonAppointment, Worker
from ska_pos.sealing.envelope import KeyRing, SealError, open_sealed, seal
from ska_pos.sealing.lookup import lookup_of
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.customers import FIELD as CUSTOMER_PHONE
from ska_pos.services.orders.intake import SEAL_FIELD as ORDER_PHONE
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.personal_data import (
    FIELDS,
    PersonalDataUnreadable,
    keys_for_sealing_personal_data,
    require_personal_data_access,
)
from ska_pos.services.salon.appointments import PHONE_FIELD as APPOINTMENT_PHONE


def require_reseal_access(session: Session, actor: Actor) -> None:
    """Sealing again touches every worker of the sentra: a manager of one outlet may not (nor make the new key)."""
    require_personal_data_access(actor)
    require_outlet(session, actor, None)


class _SealedColumn:
    """Where sealed personal data is kept, and the context it was sealed with: the row's id (`bound_to`, the column
    the writer passed to `seal`) and the field's name; `lookup`, the keyed hash found by, made again beside it."""

    def __init__(
        self,
        kind: str,
        sealed: QueryableAttribute[str | None],
        bound_to: QueryableAttribute[uuid.UUID],
        field: str,
        lookup: QueryableAttribute[str | None] | None = None,
    ) -> None:
        self.kind, self.sealed, self.bound_to, self.field, self.lookup = kind, sealed, bound_to, field, lookup


# Every sealed value the database holds, with exactly the context its writer sealed it with (a value opened or sealed
# with another id or field does not open): workers' data (services/personal_data.py), customers' phones
# (services/customers.py), the phone of an order taken for a customer not in the list (services/orders/intake.py, its
# keyed hash made with the customers' field so one search finds both) and of a walk-in booking
# (services/salon/appointments.py: sealed to the visit, every row of the appointment holding a copy).
_SEALED = (
    *(_SealedColumn("workers", getattr(Worker, f"{field}_sealed"), Worker.id, field) for field in FIELDS),
    _SealedColumn("customers", Customer.phone_sealed, Customer.id, CUSTOMER_PHONE, Customer.phone_lookup),
    _SealedColumn("orders", CustomerOrder.phone_sealed, CustomerOrder.id, ORDER_PHONE, CustomerOrder.phone_lookup),
    _SealedColumn("appointments", SalonAppointment.phone_sealed, SalonAppointment.visit_id, APPOINTMENT_PHONE),
)


@requires("personal.reseal")
def reseal_personal_data(session: Session, actor: Actor) -> int:
    """Every sealed value opened and sealed again with the current key (after `key_store.add_new_current_key`), so
    the older keys can be retired; returns how many values. Workers' NIK, phone and account, customers' phones (their
    keyed hash made again with the current key, so the customer is still found by their number), and the phones of
    orders and walk-in bookings. Every value is opened before anything is written: one that does not open raises
    PersonalDataUnreadable and nothing changes. Shows nothing: audited (how many of each kind), not recorded as
    views."""
    require_reseal_access(session, actor)
    ring: KeyRing | None = None
    changes: list[tuple[_SealedColumn, list[dict[str, object]]]] = []
    nothing = literal(None, String)
    for column in _SEALED:
        model = column.sealed.class_
        rows = session.execute(
            select(model.id, column.bound_to, column.sealed, column.lookup if column.lookup is not None else nothing)
            .where(column.sealed.is_not(None)).order_by(model.id)
        ).all()  # fmt: skip
        if not rows:
            continue
        ring = ring or keys_for_sealing_personal_data()
        resealed: list[dict[str, object]] = []
        for row_id, bound_to, sealed, lookup in rows:
            try:
                value = open_sealed(ring, bound_to, column.field, str(sealed))
            except SealError as error:
                raise PersonalDataUnreadable(str(error)) from error
            change: dict[str, object] = {"id": row_id, column.sealed.key: seal(ring, bound_to, column.field, value)}
            if column.lookup is not None and lookup is not None:  # a number kept as written (0010) has none
                change[column.lookup.key] = lookup_of(ring, CUSTOMER_PHONE, value)
            resealed.append(change)
        changes.append((column, resealed))
    session.flush()
    counts = dict.fromkeys(("workers", "customers", "orders", "appointments"), 0)
    for column, resealed in changes:
        session.execute(update(column.sealed.class_), resealed)  # by primary key
        counts[column.kind] += len(resealed)
    session.expire_all()  # rows already in the session show the values sealed again
    count = sum(counts.values())
    audit.record(session, "personal_data_resealed", user_id=actor.user_id, till_id=actor.till_id,
                 key_id=ring.current if ring else "", values=count, workers=counts["workers"],
                 customers=counts["customers"], orders=counts["orders"],
                 appointments=counts["appointments"])  # fmt: skip
    return count
