"""Workers' personal data: sealed at rest, opened for managers only, and every opening recorded.

NIK, phone and savings account number are sealed (ska_pos/sealing) with the worker's id and the field's name bound
in, so a sealed value copied to another row or field does not open. Reading them is a write: the same transaction
appends a `personal_data_view` row (who, which worker, which fields, when, from which till), so a look that is not
recorded cannot happen. A manager can export what the system holds about one worker, and erase their personal data
when they withdraw their consent; their earnings, payouts and the journal are not touched (docs/personal-data.md).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import (
    EarningEntry,
    Outlet,
    Payout,
    PersonalDataErasure,
    PersonalDataView,
    Till,
    User,
    Worker,
)
from ska_pos.db.models.people import worker_outlet
from ska_pos.i18n import _
from ska_pos.sealing.envelope import KeyRing, SealError, open_sealed, seal
from ska_pos.sealing.errors import KeyStoreError
from ska_pos.sealing.key_store import keys_for_sealing, load_keys, write_owner_only
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from ska_pos.services.permissions import allowed, require_worker, requires

FIELDS = ("nik", "phone", "bank_account")
ACCOUNT_TAIL_DIGITS = 4
ACCOUNT_MAX_LENGTH = 40
REASON_MAX_LENGTH = 500
EXPORT_FORMAT = "ska-pos-personal-data/1"


class PersonalDataUnreadable(ServiceError):
    """The key that sealed the data is missing or does not open it; nothing was shown."""


@dataclass(frozen=True)
class PersonalData:
    nik: str = ""
    phone: str = ""
    consent_date: date | None = None
    bank_name: str = ""
    bank_account: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.nik or self.phone or self.bank_account)


@dataclass(frozen=True)
class PersonalSummary:
    """What a manager's lists show without opening anything: which fields are held, the account's last digits."""

    has_nik: bool
    has_phone: bool
    bank_name: str
    account_tail: str
    consent_date: date | None

    @property
    def masked_account(self) -> str:
        return f"••••{self.account_tail}" if self.account_tail else ""


@dataclass(frozen=True)
class ViewRecord:
    at: datetime
    user_name: str
    till_code: str
    fields: tuple[str, ...]
    purpose: str


@dataclass(frozen=True)
class ErasureRecord:
    at: datetime
    user_name: str
    till_code: str
    reason: str


@dataclass(frozen=True)
class PersonalDataExport:
    """Everything the system holds about one worker as a person, for the worker to take away."""

    exported_at: datetime
    code: str
    name: str
    display_name: str
    ppks_category: str
    active: bool
    personal: PersonalData
    outlets: tuple[str, ...]
    earnings_total: int
    payouts_total: int
    sale_lines: int
    first_earning: date | None
    last_earning: date | None
    views: tuple[ViewRecord, ...]
    erasures: tuple[ErasureRecord, ...]

    def to_json(self) -> str:
        personal = self.personal
        document = {
            "format": EXPORT_FORMAT,
            "exported_at": self.exported_at.isoformat(),
            "worker": {"code": self.code, "name": self.name, "name_on_the_till": self.display_name,
                       "ppks_category": self.ppks_category, "active": self.active, "outlets": list(self.outlets)},
            "personal_data": {"nik": personal.nik, "phone": personal.phone, "bank_name": personal.bank_name,
                              "bank_account": personal.bank_account,
                              "consent_date": personal.consent_date.isoformat() if personal.consent_date else None},
            "earnings_summary": {"earned_total": self.earnings_total, "paid_out_total": self.payouts_total,
                                 "balance": self.earnings_total - self.payouts_total, "sale_lines": self.sale_lines,
                                 "first_date": _iso(self.first_earning), "last_date": _iso(self.last_earning),
                                 "currency": "IDR"},
            "views_of_personal_data": [{"at": v.at.isoformat(), "by": v.user_name, "till": v.till_code,
                                        "fields": list(v.fields), "purpose": v.purpose} for v in self.views],
            "erasures": [{"at": e.at.isoformat(), "by": e.user_name, "till": e.till_code, "reason": e.reason}
                         for e in self.erasures],
        }  # fmt: skip
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def require_personal_data_access(actor: Actor) -> None:
    """Only managers and administrators see or change workers' personal data (`personal.view` in the table)."""
    if not may_see_personal_data(actor):
        raise PermissionDenied(_("Only a manager can see or change a worker's personal data"))


def may_see_personal_data(actor: Actor) -> bool:
    return allowed(actor.role, "personal.view")


def summary_of(worker: Worker) -> PersonalSummary:
    return PersonalSummary(worker.nik_sealed is not None, worker.phone_sealed is not None, worker.bank_name,
                           worker.bank_account_tail, worker.consent_date)  # fmt: skip


def store_personal_data(worker: Worker, personal: PersonalData) -> None:
    """Seals `personal` into the worker's row (already checked by the caller; the row must have its id)."""
    values = {
        "nik": personal.nik.strip(),
        "phone": personal.phone.strip(),
        "bank_account": personal.bank_account.strip(),
    }
    ring = keys_for_sealing_personal_data() if any(values.values()) else None
    for field, value in values.items():
        sealed = seal(ring, worker.id, field, value) if value and ring is not None else None
        setattr(worker, f"{field}_sealed", sealed)
    worker.bank_account_tail = account_tail(values["bank_account"])
    worker.bank_name = personal.bank_name.strip()
    worker.consent_date = personal.consent_date


def account_tail(account: str) -> str:
    digits = "".join(ch for ch in account if ch.isalnum())
    return digits[-ACCOUNT_TAIL_DIGITS:]


@requires("personal.view")
def read_personal_data(session: Session, actor: Actor, worker_id: uuid.UUID, *, purpose: str = "view") -> PersonalData:
    """The worker's personal data in clear, for a manager; the view is recorded in the caller's transaction."""
    require_personal_data_access(actor)
    require_worker(session, actor, worker_id)
    worker = _worker(session, worker_id)
    personal = _opened(worker)
    held = tuple(field for field in FIELDS if getattr(worker, f"{field}_sealed") is not None)
    session.add(PersonalDataView(worker_id=worker.id, user_id=actor.user_id, till_id=actor.till_id,
                                 fields=",".join(held), purpose=purpose))  # fmt: skip
    session.flush()
    return personal


def view_records(session: Session, actor: Actor, worker_id: uuid.UUID) -> list[ViewRecord]:
    """Every view and export of the worker's personal data, newest first."""
    require_personal_data_access(actor)
    view = PersonalDataView
    query = (
        select(view.viewed_at, User.full_name, Till.code, view.fields, view.purpose)
        .join(User, User.id == view.user_id)
        .join(Till, Till.id == view.till_id)
        .where(view.worker_id == worker_id)
        .order_by(view.viewed_at.desc(), view.id)
    )
    return [ViewRecord(at, name, till, tuple(f for f in fields.split(",") if f), purpose)
            for at, name, till, fields, purpose in session.execute(query)]  # fmt: skip


def erasure_records(session: Session, actor: Actor, worker_id: uuid.UUID) -> list[ErasureRecord]:
    require_personal_data_access(actor)
    erasure = PersonalDataErasure
    query = (
        select(erasure.erased_at, User.full_name, Till.code, erasure.reason)
        .join(User, User.id == erasure.user_id)
        .join(Till, Till.id == erasure.till_id)
        .where(erasure.worker_id == worker_id)
        .order_by(erasure.erased_at.desc(), erasure.id)
    )
    return [ErasureRecord(*row) for row in session.execute(query)]


@requires("personal.export")
def export_personal_data(session: Session, actor: Actor, worker_id: uuid.UUID) -> PersonalDataExport:
    """What the system holds about the worker as a person, with a summary of their earnings; recorded as an
    export of their personal data."""
    personal = read_personal_data(session, actor, worker_id, purpose="export")
    worker = _worker(session, worker_id)
    outlets = session.scalars(
        select(Outlet.code).join(worker_outlet, worker_outlet.c.outlet_id == Outlet.id)
        .where(worker_outlet.c.worker_id == worker_id).order_by(Outlet.code)
    )  # fmt: skip
    entry = EarningEntry
    earned, lines, first, last = session.execute(
        select(func.coalesce(func.sum(entry.amount), 0), func.count().filter(entry.kind == "sale"),
               func.min(entry.business_date), func.max(entry.business_date)).where(entry.worker_id == worker_id)
    ).one()  # fmt: skip
    paid = session.scalar(select(func.coalesce(func.sum(Payout.amount), 0)).where(Payout.worker_id == worker_id))
    return PersonalDataExport(
        exported_at=clock.now(), code=worker.code, name=worker.name, display_name=worker.display_name,
        ppks_category=worker.ppks_category, active=worker.active, personal=personal, outlets=tuple(outlets),
        earnings_total=int(earned), payouts_total=int(paid or 0), sale_lines=int(lines), first_earning=first,
        last_earning=last, views=tuple(view_records(session, actor, worker_id)),
        erasures=tuple(erasure_records(session, actor, worker_id)),
    )  # fmt: skip


@requires("personal.export")
def export_personal_data_to(session: Session, actor: Actor, worker_id: uuid.UUID, target: Path) -> PersonalDataExport:
    """The export written to `target` as JSON, readable by its owner only; a file that cannot be written fails the
    transaction, so no export is recorded that did not happen."""
    exported = export_personal_data(session, actor, worker_id)
    try:
        write_owner_only(target, exported.to_json().encode("utf-8"), replace=True)
    except OSError as error:
        raise ValidationError(_("The file {path} cannot be written: {reason}", path=target,
                                reason=error.strerror or error)) from error  # fmt: skip
    # Should the transaction not commit (a full disk, a later step failing), the record of the export is gone:
    # so is the file.
    event.listen(session, "after_rollback", lambda _session: target.unlink(missing_ok=True), once=True)
    return exported


@requires("personal.erase")
def erase_personal_data(session: Session, actor: Actor, worker_id: uuid.UUID, reason: str) -> ErasureRecord:
    """The worker withdrew their consent: their NIK, phone, bank and account (the sealed values with them) and the
    consent date are removed, and the erasure recorded. Earnings, payouts and the journal stay as they are."""
    require_personal_data_access(actor)
    require_worker(session, actor, worker_id)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(_("Say why the personal data is erased (for example: consent withdrawn)"))
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(_("The {what} can have at most {count} characters", what=_("reason"),
                                count=REASON_MAX_LENGTH))  # fmt: skip
    worker = _worker(session, worker_id)
    worker.nik_sealed = worker.phone_sealed = worker.bank_account_sealed = None
    worker.bank_account_tail = worker.bank_name = ""
    worker.consent_date = None
    erasure = PersonalDataErasure(worker_id=worker.id, user_id=actor.user_id, till_id=actor.till_id, reason=reason)
    session.add(erasure)
    session.flush()
    audit.record(session, "personal_data_erased", user_id=actor.user_id, entity="worker", entity_id=worker.id,
                 till_id=actor.till_id, code=worker.code)  # fmt: skip
    user, till = session.get(User, actor.user_id), session.get(Till, actor.till_id)
    return ErasureRecord(erasure.erased_at, user.full_name if user else "", till.code if till else "", reason)


def find_worker_id(session: Session, code: str) -> uuid.UUID:
    worker_id = session.scalar(select(Worker.id).where(Worker.code == code.strip().upper()))
    if worker_id is None:
        raise NotFound(_("No such worker"))
    return worker_id


def _worker(session: Session, worker_id: uuid.UUID) -> Worker:
    worker = session.get(Worker, worker_id)
    if worker is None:
        raise NotFound(_("No such worker"))
    return worker


def _opened(worker: Worker) -> PersonalData:
    sealed = {field: getattr(worker, f"{field}_sealed") for field in FIELDS}
    ring = _loaded_keys() if any(value is not None for value in sealed.values()) else None
    values: dict[str, str] = {}
    for field, value in sealed.items():
        try:
            values[field] = open_sealed(ring, worker.id, field, value) if value is not None and ring else ""
        except SealError as error:
            raise PersonalDataUnreadable(str(error)) from error
    return PersonalData(values["nik"], values["phone"], worker.consent_date, worker.bank_name, values["bank_account"])


def _loaded_keys() -> KeyRing:
    try:
        ring = load_keys()
    except KeyStoreError as error:
        raise PersonalDataUnreadable(str(error)) from error
    if ring is None:
        raise PersonalDataUnreadable(
            _(
                "This computer has no key for personal data, so it cannot be shown; import the key with "
                "`ska-pos key import FILE`."
            )
        )
    return ring


def keys_for_sealing_personal_data() -> KeyRing:
    try:
        return keys_for_sealing()
    except KeyStoreError as error:
        raise PersonalDataUnreadable(str(error)) from error


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
