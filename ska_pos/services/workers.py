"""Adding, editing and deactivating PPKS workers, and the outlets they work in.

Personal data (NIK, phone, consent, savings account) is written here, sealed (services/personal_data.py); a list
or a worker shows managers and admins only which of it is held (`PersonalSummary`), everyone else nothing. Reading
the values is `personal_data.read_personal_data`, recorded. Workers are never deleted: their earnings point at them.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet, User, Worker, new_id, worker_outlet
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.earnings.period import today_at
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, require_worker, requires
from ska_pos.services.personal_data import (
    ACCOUNT_MAX_LENGTH,
    PersonalData,
    PersonalSummary,
    may_see_personal_data,
    store_personal_data,
    summary_of,
)
from ska_pos.services.text_lengths import check_length

_CODE = re.compile(r"[A-Z0-9]{1,16}")
_NIK = re.compile(r"[0-9]{16}")
_PHONE = re.compile(r"\+?[0-9][0-9 -]{6,18}[0-9]")


@dataclass(frozen=True)
class WorkerForm:
    code: str
    name: str
    display_name: str = ""
    ppks_category: str = ""
    outlet_ids: tuple[uuid.UUID, ...] = ()
    notes: str = ""
    personal: PersonalData | None = None  # None when editing: leave it as it is


@dataclass(frozen=True)
class WorkerView:
    id: uuid.UUID
    code: str
    name: str
    display_name: str
    ppks_category: str
    active: bool
    outlet_ids: tuple[uuid.UUID, ...]
    outlet_codes: tuple[str, ...]
    notes: str
    personal: PersonalSummary | None  # None unless the one asking is a manager
    username: str = ""  # the user this worker also is (a worker who is also a cashier), "" when none


def list_workers(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[WorkerView]:
    query = select(Worker).order_by(Worker.code)
    if not include_inactive:
        query = query.where(Worker.active)
    workers = list(session.scalars(query))
    ids = [worker.id for worker in workers]
    outlets = _outlets_of(session, ids)
    linked = session.execute(select(User.worker_id, User.username).where(User.worker_id.in_(ids))).all()
    users: dict[uuid.UUID | None, str] = dict(linked)
    return [_view(worker, outlets.get(worker.id, []), may_see_personal_data(actor), users.get(worker.id, ""))
            for worker in workers]  # fmt: skip


def get_worker(session: Session, actor: Actor, worker_id: uuid.UUID) -> WorkerView:
    worker = _worker(session, worker_id)
    username = session.scalar(select(User.username).where(User.worker_id == worker.id).limit(1)) or ""
    return _view(worker, _outlets_of(session, [worker.id]).get(worker.id, []), may_see_personal_data(actor), username)


@requires("worker.add")
def add_worker(session: Session, actor: Actor, form: WorkerForm) -> WorkerView:
    _require_outlets_changed(session, actor, form.outlet_ids, ())
    home = session.get(Outlet, actor.outlet_id)
    if home is None:
        raise NotFound(_("Unknown outlet"))
    personal = form.personal or PersonalData()
    code = _checked(session, form, personal, None, today_at(session, actor))
    worker = Worker(id=new_id(), sentra_id=home.sentra_id, code=code, **_fields(form))
    store_personal_data(worker, personal)
    session.add(worker)
    session.flush()
    _set_outlets(session, worker.id, form.outlet_ids)
    audit.record(session, "worker_added", user_id=actor.user_id, entity="worker", entity_id=worker.id,
                 till_id=actor.till_id, code=code, personal_data=not personal.is_empty)  # fmt: skip
    return get_worker(session, actor, worker.id)


@requires("worker.edit")
def edit_worker(session: Session, actor: Actor, worker_id: uuid.UUID, form: WorkerForm) -> WorkerView:
    require_worker(session, actor, worker_id)
    _require_outlets_changed(session, actor, form.outlet_ids, _outlet_ids(session, worker_id))
    worker = _worker(session, worker_id)
    worker.code = _checked(session, form, form.personal or PersonalData(), worker.id, today_at(session, actor))
    for name, value in _fields(form).items():
        setattr(worker, name, value)
    if form.personal is not None:
        store_personal_data(worker, form.personal)
    _set_outlets(session, worker.id, form.outlet_ids)
    session.flush()
    audit.record(session, "worker_edited", user_id=actor.user_id, entity="worker", entity_id=worker.id,
                 till_id=actor.till_id, code=worker.code, personal_data_changed=form.personal is not None)  # fmt: skip
    return get_worker(session, actor, worker.id)


@requires("worker.set_active")
def set_active(session: Session, actor: Actor, worker_id: uuid.UUID, active: bool) -> WorkerView:
    """A deactivated worker can no longer be credited at the till; their ledger and balance stay."""
    require_worker(session, actor, worker_id)
    worker = _worker(session, worker_id)
    worker.active = active
    session.flush()
    audit.record(session, "worker_activated" if active else "worker_deactivated", user_id=actor.user_id,
                 entity="worker", entity_id=worker.id, till_id=actor.till_id, code=worker.code)  # fmt: skip
    return get_worker(session, actor, worker.id)


def _require_outlets_changed(
    session: Session, actor: Actor, wanted: Sequence[uuid.UUID], held: Sequence[uuid.UUID]
) -> None:
    """A manager of one outlet places a worker in or out of that outlet only; other outlets stay as they were."""
    for outlet_id in sorted(set(wanted) ^ set(held)):
        require_outlet(session, actor, outlet_id)


def _outlet_ids(session: Session, worker_id: uuid.UUID) -> list[uuid.UUID]:
    return list(session.scalars(select(worker_outlet.c.outlet_id).where(worker_outlet.c.worker_id == worker_id)))


def _worker(session: Session, worker_id: uuid.UUID) -> Worker:
    worker = session.get(Worker, worker_id)
    if worker is None:
        raise NotFound(_("No such worker"))
    return worker


def _checked(
    session: Session, form: WorkerForm, personal: PersonalData, worker_id: uuid.UUID | None, today: date
) -> str:
    code = form.code.strip().upper()
    if not _CODE.fullmatch(code):
        raise ValidationError(_("A worker code is 1 to 16 letters and digits"))
    taken = session.scalar(select(Worker.id).where(Worker.code == code))
    if taken is not None and taken != worker_id:
        raise ValidationError(_("The worker code {code} is already used", code=code))
    if not form.name.strip():
        raise ValidationError(_("The worker's name is required"))
    if not form.outlet_ids:
        raise ValidationError(_("Choose at least one outlet the worker works in"))
    texts = [(" ".join(form.name.split()), Worker.name, _("worker's name")),
             (form.ppks_category.strip(), Worker.ppks_category, _("PPKS category")),
             (personal.bank_name.strip(), Worker.bank_name, _("bank name"))]  # fmt: skip
    for value, column, what in texts:
        check_length(value, column, what)
    if len(personal.bank_account.strip()) > ACCOUNT_MAX_LENGTH:
        raise ValidationError(_("The {what} can have at most {count} characters", what=_("bank account number"),
                                count=ACCOUNT_MAX_LENGTH))  # fmt: skip
    _check_personal(personal, today)
    return code


def _check_personal(personal: PersonalData, today: date) -> None:
    if personal.nik and not _NIK.fullmatch(personal.nik):
        raise ValidationError(_("A NIK is exactly 16 digits"))
    if personal.phone and not _PHONE.fullmatch(personal.phone.strip()):
        raise ValidationError(_("The phone number is not valid"))
    if not personal.is_empty and personal.consent_date is None:
        raise ValidationError(_("Personal data may be kept only with the worker's consent: enter its date"))
    if personal.consent_date is not None and personal.consent_date > today:
        raise ValidationError(_("The date of consent cannot be in the future"))


def _fields(form: WorkerForm) -> dict[str, str]:
    name = " ".join(form.name.split())
    display = " ".join(form.display_name.split()) or name.split()[0]
    return {"name": name, "display_name": display[:60], "ppks_category": form.ppks_category.strip(),
            "notes": form.notes.strip()}  # fmt: skip


def _set_outlets(session: Session, worker_id: uuid.UUID, outlet_ids: Sequence[uuid.UUID]) -> None:
    known = set(session.scalars(select(Outlet.id).where(Outlet.id.in_(outlet_ids))))
    if known != set(outlet_ids):
        raise NotFound(_("Unknown outlet"))
    session.execute(delete(worker_outlet).where(worker_outlet.c.worker_id == worker_id))
    session.execute(insert(worker_outlet), [{"worker_id": worker_id, "outlet_id": o} for o in sorted(known)])


def _outlets_of(session: Session, worker_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple[uuid.UUID, str]]]:
    query = (
        select(worker_outlet.c.worker_id, Outlet.id, Outlet.code)
        .join(Outlet, Outlet.id == worker_outlet.c.outlet_id)
        .where(worker_outlet.c.worker_id.in_(worker_ids))
        .order_by(Outlet.code)
    )
    result: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for worker_id, outlet_id, code in session.execute(query):
        result.setdefault(worker_id, []).append((outlet_id, code))
    return result


def _view(worker: Worker, outlets: list[tuple[uuid.UUID, str]], with_personal: bool, username: str) -> WorkerView:
    personal = summary_of(worker) if with_personal else None
    return WorkerView(worker.id, worker.code, worker.name, worker.display_name, worker.ppks_category, worker.active,
                      tuple(o for o, _c in outlets), tuple(c for _o, c in outlets), worker.notes, personal,
                      username)  # fmt: skip


@dataclass(frozen=True)
class OutletChoice:
    id: uuid.UUID
    code: str
    name: str


def outlet_choices(session: Session) -> list[OutletChoice]:
    """The active outlets a worker can be placed in (and a rule made for)."""
    query = select(Outlet.id, Outlet.code, Outlet.name).where(Outlet.active).order_by(Outlet.code)
    return [OutletChoice(*row) for row in session.execute(query)]
