"""Outlets and their tills as the manager's window sees them: add them, read and change an outlet's settings.

An outlet's settings are partly its own columns (receipt texts, tax, service charge, cash rounding) and partly
settings of its scope (`services/settings.py`: discount limit, idle lock); the form shows them as one, and one save
writes them in the caller's one transaction, with one audit entry and a journal entry per changed value.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet, Sentra, Till
from ska_pos.domain.money import BP_WHOLE
from ska_pos.domain.outlet_profile import is_outlet_kind
from ska_pos.domain.pricing import PBJT_MAX_BP
from ska_pos.i18n import _
from ska_pos.services import audit, settings, setup
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.sale_context import open_shift_id
from ska_pos.services.text_lengths import check_length

MAX_ROUNDING_UNIT = 1000
MAX_IDLE_LOCK_MINUTES = 240


@dataclass(frozen=True)
class OutletSettings:
    """Everything the outlet form edits, as plain values (the logo has its own service: receipt_logo.py)."""

    name: str
    address: str
    phone: str
    receipt_header: str
    receipt_footer: str
    show_workers_on_receipt: bool
    tax_rate_bp: int
    prices_include_tax: bool
    service_rate_bp: int
    service_included: bool
    cash_rounding_unit: int
    discount_limit_bp: int
    idle_lock_minutes: int
    service_before_discount: bool = False  # the service charge on the amount before discount (docs/pbjt.md)


# The settings that live in the outlet's scope of the settings table, not in its columns.
_SCOPED = {"discount_limit_bp": settings.DISCOUNT_LIMIT_BP, "idle_lock_minutes": settings.IDLE_LOCK_MINUTES}


@dataclass(frozen=True)
class TillRow:
    till_id: uuid.UUID
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class OutletRow:
    outlet_id: uuid.UUID
    code: str
    name: str
    kind: str
    has_logo: bool
    tills: tuple[TillRow, ...]


def outlet_rows(session: Session) -> list[OutletRow]:
    """Every active outlet with all its tills (inactive ones too, to be seen), by code."""
    outlets = session.scalars(select(Outlet).where(Outlet.active).order_by(Outlet.code)).all()
    tills = session.scalars(select(Till).order_by(Till.code)).all()
    by_outlet: dict[uuid.UUID, list[TillRow]] = {}
    for till in tills:
        by_outlet.setdefault(till.outlet_id, []).append(TillRow(till.id, till.code, till.name, till.active))
    has_logo = set(session.scalars(select(Outlet.id).where(Outlet.receipt_logo.is_not(None))))
    return [OutletRow(o.id, o.code, o.name, o.kind, o.id in has_logo, tuple(by_outlet.get(o.id, ()))) for o in outlets]


def outlet_settings(session: Session, outlet_id: uuid.UUID) -> OutletSettings:
    outlet = _outlet(session, outlet_id)
    scope = settings.ScopeSettings(session, settings.scope_of("outlet", outlet.id))
    values: dict[str, object] = {
        field.name: getattr(outlet, field.name) for field in fields(OutletSettings) if field.name not in _SCOPED
    }
    values.update({name: scope.get(key) for name, key in _SCOPED.items()})
    return OutletSettings(**values)  # type: ignore[arg-type]


def check_outlet_settings(values: OutletSettings) -> None:
    """Refuses the first wrong value with a sentence that names it; nothing is written before this passes."""
    if not values.name.strip():
        raise ValidationError(_("The {what} is required", what=_("outlet name")))
    check_length(values.name.strip(), Outlet.name, _("outlet name"))
    check_length(values.phone.strip(), Outlet.phone, _("phone"))
    if not 0 <= values.tax_rate_bp <= PBJT_MAX_BP:
        raise ValidationError(_("The tax rate must be between 0% and 10%"))
    if not 0 <= values.service_rate_bp <= BP_WHOLE:
        raise ValidationError(_("The service charge must be between 0% and 100%"))
    if values.service_before_discount and values.service_included:
        raise ValidationError(_("A service charge inside the menu price cannot be taken before the discount"))
    if not 0 <= values.cash_rounding_unit <= MAX_ROUNDING_UNIT:
        raise ValidationError(_("The cash rounding unit must be between Rp0 and Rp{most}", most=MAX_ROUNDING_UNIT))
    if not 0 <= values.discount_limit_bp <= BP_WHOLE:
        raise ValidationError(_("The discount limit must be between 0% and 100%"))
    if not 1 <= values.idle_lock_minutes <= MAX_IDLE_LOCK_MINUTES:
        raise ValidationError(_("The idle lock must be between 1 and {most} minutes", most=MAX_IDLE_LOCK_MINUTES))


def _cleaned(values: OutletSettings) -> OutletSettings:
    return replace(values, name=values.name.strip(), address=values.address.strip(), phone=values.phone.strip())


@requires("outlet.edit")
def update_outlet_settings(session: Session, actor: Actor, outlet_id: uuid.UUID, values: OutletSettings) -> list[str]:
    """Saves the form; returns the names of what changed (empty: nothing did, and nothing was written)."""
    require_outlet(session, actor, outlet_id)
    values = _cleaned(values)
    check_outlet_settings(values)
    outlet = _outlet(session, outlet_id)
    before = outlet_settings(session, outlet_id)
    changed = {name: value for name, value in asdict(values).items() if getattr(before, name) != value}
    if not changed:
        return []
    scope = settings.scope_of("outlet", outlet.id)
    for name, value in changed.items():
        if name in _SCOPED:
            settings.store_setting(session, actor, scope, _SCOPED[name], value)
        else:
            setattr(outlet, name, value)
            settings.journal_change(session, actor, scope, name, json.dumps(value))
    settings.settings_changed(session)
    audit.record(session, "outlet_settings", user_id=actor.user_id, entity="outlet", entity_id=outlet.id,
                 till_id=_till_of(actor), changed={name: [getattr(before, name), value]
                                                 for name, value in changed.items()})  # fmt: skip
    session.flush()
    return sorted(changed)


@requires("outlet.create")
def add_outlet(session: Session, actor: Actor, code: str, name: str, kind: str) -> uuid.UUID:
    """A new outlet of the sentra, of any kind the code knows; its settings start at the defaults."""
    if not is_outlet_kind(kind):
        raise ValidationError(_("Unknown outlet kind {kind}", kind=kind))
    cleaned = setup.clean_code(code)
    check_length(cleaned, Outlet.code, _("outlet code"))
    check_length(name.strip(), Outlet.name, _("outlet name"))
    if session.scalar(select(Outlet.id).where(Outlet.code == cleaned)) is not None:
        raise ValidationError(_("The outlet code {code} is taken", code=cleaned))
    sentra = session.scalar(select(Sentra).order_by(Sentra.created_at).limit(1))
    if sentra is None:
        raise NotFound(_("This database has no sentra yet"))
    outlet = setup.create_outlet(session, actor, sentra, cleaned, name, kind)
    audit.record(session, "outlet_add", user_id=actor.user_id, entity="outlet", entity_id=outlet.id,
                 till_id=_till_of(actor), code=outlet.code, name=outlet.name, kind=kind)  # fmt: skip
    return outlet.id


@requires("till.create")
def add_till(session: Session, actor: Actor, outlet_id: uuid.UUID, code: str, name: str = "") -> uuid.UUID:
    outlet = _outlet(session, outlet_id)
    cleaned = setup.clean_code(code)
    check_length(cleaned, Till.code, _("till code"))
    check_length(name.strip(), Till.name, _("till name"))
    taken = select(Till.id).where(Till.outlet_id == outlet.id, Till.code == cleaned)
    if session.scalar(taken) is not None:
        raise ValidationError(_("The till code {code} is taken in this outlet", code=cleaned))
    till = setup.create_till(session, actor, outlet, cleaned, name.strip())
    audit.record(session, "till_add", user_id=actor.user_id, entity="till", entity_id=till.id,
                 till_id=_till_of(actor), outlet=outlet.code, code=till.code, name=till.name)  # fmt: skip
    return till.id


@requires("till.set_active")
def set_till_active(session: Session, actor: Actor, till_id: uuid.UUID, active: bool) -> None:
    """Deactivating keeps the till's sales and journal; no computer can log in at it any more. Not while it has a
    shift open (its cash would be counted nowhere), nor the till the administrator is working at."""
    till = session.get(Till, till_id, with_for_update=True)
    if till is None:
        raise NotFound(_("No such till"))
    if till.active == active:
        return
    if not active:
        if till.id == actor.till_id:
            raise ValidationError(_("You are working at this till; deactivate it from another one"))
        if open_shift_id(session, till.id) is not None:
            raise ValidationError(_("Till {till} still has an open shift. Close the shift first.", till=till.code))
    till.active = active
    audit.record(session, "till_active", user_id=actor.user_id, entity="till", entity_id=till.id,
                 till_id=_till_of(actor), code=till.code, active=active)  # fmt: skip
    session.flush()


def _till_of(actor: Actor) -> uuid.UUID | None:
    """The till the actor works at, for the audit log; None for a command's or an enrolment's login."""
    return None if actor.till_id == NO_PLACE else actor.till_id


def _outlet(session: Session, outlet_id: uuid.UUID) -> Outlet:
    outlet = session.get(Outlet, outlet_id)
    if outlet is None or not outlet.active:
        raise NotFound(_("Unknown outlet"))
    return outlet
