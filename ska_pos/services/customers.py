"""The sentra's customers (name, phone, notes): added at the till or by a manager, found by name or phone, and
attached to a sale (`Cart.customer_id`; the receipt shows the name).

A phone number is personal data: it is checked and written the one Indonesian way (`domain.phone`, +62...), then
sealed like a worker's (ska_pos/sealing) with a keyed hash beside it to find it by (`sealing.lookup`) and its last
4 digits readable, so two customers of one name can be told apart at the till. Lists never open it; the full
number opens for those who may edit a customer (supervisors and up). Two customers never share a phone number:
the second is refused with the name of the first, whom the cashier can pick instead (docs/personal-data.md).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Customer, Outlet
from ska_pos.domain.phone import InvalidPhone, display_phone, normalise_phone, phone_tail
from ska_pos.i18n import _
from ska_pos.sealing.envelope import KeyRing, SealError, open_sealed, seal
from ska_pos.sealing.errors import KeyStoreError
from ska_pos.sealing.key_store import keys_for_sealing, load_keys
from ska_pos.sealing.lookup import lookup_of, lookups_of
from ska_pos.services import audit, like
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from ska_pos.services.permissions import allowed, requires
from ska_pos.services.text_lengths import check_length

PAGE_SIZE = 30
AMBIGUOUS_SHOWN = 5  # the customers named when a search finds several
FIELD = "customer_phone"
NOTES_MAX = 1000


class CustomerPhoneUnreadable(ServiceError):
    """The key that sealed the number is missing here; nothing was shown."""


@dataclass(frozen=True)
class CustomerForm:
    name: str
    phone: str = ""  # as typed; "" for none
    notes: str = ""


@dataclass(frozen=True)
class CustomerRow:
    id: uuid.UUID
    name: str
    phone_tail: str
    notes: str

    @property
    def masked_phone(self) -> str:
        return f"••••{self.phone_tail}" if self.phone_tail else ""


@dataclass(frozen=True)
class CustomerPage:
    rows: list[CustomerRow]
    total: int
    offset: int


def check_phone(text: str) -> str:
    """The number in +62 form, or "" for none; a clear message for one that cannot be called."""
    if not text.strip():
        return ""
    try:
        return normalise_phone(text)
    except InvalidPhone as error:
        example = "0812-3456-7890"
        message = _("{phone} is not a valid phone number. Write it as {example}.", phone=text.strip()[:40],
                    example=example)  # fmt: skip
        raise ValidationError(message) from error


def search_customers(
    session: Session, outlet_id: uuid.UUID, text: str = "", *, offset: int = 0, limit: int = PAGE_SIZE
) -> CustomerPage:
    """A page of the customers of the sentra the outlet belongs to (the only ones its tills and managers may choose)
    whose name holds `text`, or whose phone is `text` (a whole number, in any writing)."""
    wanted = text.strip()
    where = [_of_sentra(outlet_id)]
    if wanted:
        matches = [func.lower(Customer.name).like(like.contains(wanted), escape=like.ESCAPE)]
        lookups = _lookups(wanted)
        if lookups:
            matches.append(Customer.phone_lookup.in_(lookups))
        where.append(or_(*matches))
    total = session.scalar(select(func.count()).select_from(Customer).where(*where)) or 0
    query = select(Customer).where(*where).order_by(func.lower(Customer.name), Customer.id)
    rows = [_row(customer) for customer in session.scalars(query.offset(max(offset, 0)).limit(limit))]
    return CustomerPage(rows, int(total), max(offset, 0))


def the_customer(session: Session, outlet_id: uuid.UUID, text: str) -> CustomerRow:
    """The one customer of the outlet's sentra `text` finds (a whole phone number, or a name or part of it; a name
    said in full picks it among longer ones), or ValidationError saying none or which several it finds."""
    wanted = " ".join(text.split())
    if not wanted:
        raise ValidationError(_("Give the customer's phone number or name"))
    named = session.scalars(
        select(Customer).where(_of_sentra(outlet_id), func.lower(Customer.name) == wanted.lower()).limit(2)
    ).all()
    if len(named) == 1:
        return _row(named[0])
    page = search_customers(session, outlet_id, wanted, limit=AMBIGUOUS_SHOWN)
    if page.total == 1:
        return page.rows[0]
    if not page.total:
        raise ValidationError(_("No customer in the list matches {text}", text=wanted))
    found = ", ".join(f"{row.name} ({row.masked_phone})" if row.phone_tail else row.name for row in page.rows)
    more = "" if page.total <= len(page.rows) else ", …"
    raise ValidationError(_("{count} customers match {text}: {found}. Give their phone number or more of the name",
                            count=page.total, text=wanted, found=found + more))  # fmt: skip


def get_customer(session: Session, customer_id: uuid.UUID) -> CustomerRow:
    return _row(_customer(session, customer_id))


def phone_of(session: Session, actor: Actor, customer_id: uuid.UUID) -> str:
    """The whole number as people write it (0812-3456-7890), for those who may edit the customer."""
    if not allowed(actor.role, "customer.edit"):
        raise PermissionDenied(_("Only a supervisor or a manager can see a customer's whole phone number"))
    customer = _customer(session, customer_id)
    if customer.phone_sealed is None:
        return ""
    try:
        ring = load_keys()
        if ring is None:
            raise KeyStoreError(_("This computer has no key for personal data, so it cannot be shown; import the "
                                  "key with `ska-pos key import FILE`."))  # fmt: skip
        number = open_sealed(ring, customer.id, FIELD, customer.phone_sealed)
    except (KeyStoreError, SealError) as error:
        raise CustomerPhoneUnreadable(str(error)) from error
    return display_phone(number) if number.startswith("+") else number


@requires("customer.add")
def add_customer(session: Session, actor: Actor, form: CustomerForm) -> CustomerRow:
    outlet = session.get(Outlet, actor.outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    name, number, notes = _checked(session, form, None, outlet.sentra_id)
    customer = Customer(sentra_id=outlet.sentra_id, name=name, notes=notes)
    session.add(customer)
    session.flush()
    _store_phone(customer, number)
    session.flush()
    audit.record(session, "customer_added", user_id=actor.user_id, entity="customer", entity_id=customer.id,
                 till_id=actor.till_id, phone=bool(number))  # fmt: skip
    return _row(customer)


@requires("customer.edit")
def edit_customer(session: Session, actor: Actor, customer_id: uuid.UUID, form: CustomerForm) -> CustomerRow:
    """Name, phone ("" removes it) and notes, all three as the form holds them."""
    customer = _customer(session, customer_id)
    name, number, notes = _checked(session, form, customer.id, customer.sentra_id)
    customer.name, customer.notes = name, notes
    _store_phone(customer, number)
    session.flush()
    audit.record(session, "customer_edited", user_id=actor.user_id, entity="customer", entity_id=customer.id,
                 till_id=actor.till_id, phone=bool(number))  # fmt: skip
    return _row(customer)


def _checked(
    session: Session, form: CustomerForm, customer_id: uuid.UUID | None, sentra_id: uuid.UUID
) -> tuple[str, str, str]:
    """The form's fields cleaned; a phone number already on another customer of the same sentra is refused (another
    sentra's customers are neither named nor offered: the cashier could not choose them)."""
    name = " ".join(form.name.split())
    if not name:
        raise ValidationError(_("The customer's name is required"))
    check_length(name, Customer.name, _("customer's name"))
    notes = form.notes.strip()
    if len(notes) > NOTES_MAX:
        raise ValidationError(_("The {what} can have at most {count} characters", what=_("notes"), count=NOTES_MAX))
    number = check_phone(form.phone)
    if number:
        lookups = _lookups(number) or []
        same = session.scalar(
            select(Customer.name)
            .where(Customer.sentra_id == sentra_id, Customer.phone_lookup.in_(lookups), Customer.id != customer_id)
            .limit(1)
        )
        if same is not None:
            raise ValidationError(_("{name} already has this phone number: choose that customer instead",
                                    name=same))  # fmt: skip
    return name, number, notes


def _store_phone(customer: Customer, number: str) -> None:
    if not number:
        customer.phone_sealed, customer.phone_lookup, customer.phone_tail = None, None, ""
        return
    ring = _ring_for_sealing()
    customer.phone_sealed = seal(ring, customer.id, FIELD, number)
    customer.phone_lookup = lookup_of(ring, FIELD, number)
    customer.phone_tail = phone_tail(number)


def _lookups(text: str) -> list[str] | None:
    """The keyed hashes `text` would be stored under, when it is a valid number and this computer has keys."""
    try:
        number = normalise_phone(text)
    except InvalidPhone:
        return None
    try:
        ring = load_keys()
    except KeyStoreError:
        return None
    return lookups_of(ring, FIELD, number) if ring is not None else None


def _ring_for_sealing() -> KeyRing:
    try:
        return keys_for_sealing()
    except KeyStoreError as error:
        raise CustomerPhoneUnreadable(str(error)) from error


def _customer(session: Session, customer_id: uuid.UUID) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(_("No such customer"))
    return customer


def customer_of_outlet(session: Session, outlet_id: uuid.UUID, customer_id: uuid.UUID) -> Customer:
    """The customer, refused unless they are on the list of the sentra the outlet belongs to (one database may hold
    several sentras' rows once they are synced to one server)."""
    customer = _customer(session, customer_id)
    if customer.sentra_id != session.scalar(select(Outlet.sentra_id).where(Outlet.id == outlet_id)):
        raise ValidationError(_("This customer belongs to another sentra"))
    return customer


def _of_sentra(outlet_id: uuid.UUID) -> ColumnElement[bool]:
    """Customers of the sentra the outlet belongs to."""
    return Customer.sentra_id == select(Outlet.sentra_id).where(Outlet.id == outlet_id).scalar_subquery()


def _row(customer: Customer) -> CustomerRow:
    return CustomerRow(customer.id, customer.name, customer.phone_tail, customer.notes)
