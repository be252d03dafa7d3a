"""An outlet's measurement templates: which measures are taken for each garment type. The defaults are the domain's
(`domain/orders/measures.py`); a manager may change a garment's list for their outlet.

Kept in the settings store in the outlet's scope (one JSON object, garment code -> measure codes), not in a table:
a template is a plain setting that is read whole and replaced whole, and the store already journals and audits each
change. A taking names its garment and measures itself, so changing a template never changes a taking.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet
from ska_pos.domain.orders.measures import (
    DEFAULT_TEMPLATES,
    GARMENTS,
    MeasurementRefused,
    Template,
    check_garment_names,
    check_measure_names,
    check_template,
    tidy_garment_names,
)
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.settings import scope_of, store_value, stored_value

TEMPLATES_KEY = "measure_templates"
NAMES_KEY = "measure_names"  # the outlet's own names of measures, code -> name (a renamed measure)
GARMENT_NAMES_KEY = "garment_names"  # the outlet's own names of garment types, code -> name (a renamed template)


def _stored(session: Session, outlet_id: uuid.UUID) -> dict[str, tuple[str, ...]]:
    value = stored_value(session, scope_of("outlet", outlet_id), TEMPLATES_KEY)
    if not isinstance(value, dict):
        return {}
    changed: dict[str, tuple[str, ...]] = {}
    for garment, measures in value.items():
        if not isinstance(measures, list):
            continue
        codes = tuple(str(code) for code in measures)
        try:
            check_template(str(garment), codes)
        except MeasurementRefused:
            continue  # a damaged value: that garment keeps the default
        changed[str(garment)] = codes
    return changed


def measure_names(session: Session, outlet_id: uuid.UUID) -> dict[str, str]:
    """The outlet's own names of measures (none: every measure has the domain's name, translated)."""
    value = stored_value(session, scope_of("outlet", outlet_id), NAMES_KEY)
    if not isinstance(value, dict):
        return {}
    try:
        return check_measure_names({str(code): str(name) for code, name in value.items()})
    except MeasurementRefused:
        return {}  # a damaged value: the default names


def garment_names(session: Session, outlet_id: uuid.UUID) -> dict[str, str]:
    """The outlet's own names of garment types (none: every garment has the domain's name, translated). A stored
    name that alone is damaged (an unknown garment, too long) is left out; names that clash are kept as stored, never
    thrown away together with the others (a clash is refused when written, in every language, see
    `check_garment_names`; the manager ends one by renaming)."""
    value = stored_value(session, scope_of("outlet", outlet_id), GARMENT_NAMES_KEY)
    if not isinstance(value, dict):
        return {}
    kept: dict[str, str] = {}
    for code, name in value.items():
        try:
            kept |= tidy_garment_names({str(code): str(name)})
        except MeasurementRefused:
            continue  # a damaged name: that garment keeps its default name
    return kept


def measure_templates(session: Session, outlet_id: uuid.UUID) -> tuple[Template, ...]:
    """Every garment type with the outlet's measures for it (and its own names of them and of the garment), in the
    domain's order."""
    changed, names = _stored(session, outlet_id), measure_names(session, outlet_id)
    titles = garment_names(session, outlet_id)
    return tuple(Template(garment, changed.get(garment, DEFAULT_TEMPLATES[garment]), names, titles.get(garment, ""))
                 for garment in GARMENTS)  # fmt: skip


def measure_template(session: Session, outlet_id: uuid.UUID, garment: str) -> Template:
    for template in measure_templates(session, outlet_id):
        if template.garment == garment:
            return template
    raise ValidationError(_("Unknown garment type: {garment}", garment=garment))


@requires("order.templates")
def set_measure_template(
    session: Session, actor: Actor, outlet_id: uuid.UUID, garment: str, measures: Sequence[str]
) -> Template:
    """Managers: the measures the outlet takes for `garment`; the domain's default list puts it back."""
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise NotFound(_("Unknown outlet"))
    codes = tuple(measures)
    try:
        check_template(garment, codes)
    except MeasurementRefused as refused:
        raise ValidationError(str(refused)) from None
    changed = _stored(session, outlet_id)
    changed[garment] = codes
    value = {code: list(kept) for code, kept in changed.items() if kept != DEFAULT_TEMPLATES[code]}
    store_value(session, actor, scope_of("outlet", outlet_id), TEMPLATES_KEY, value)
    audit.record(session, "measure_template", user_id=actor.user_id, entity="outlet", entity_id=outlet_id,
                 till_id=actor.till_id, garment=garment, measures=list(codes))  # fmt: skip
    return Template(garment, codes)


@requires("order.templates")
def set_measure_names(session: Session, actor: Actor, outlet_id: uuid.UUID, names: Mapping[str, str]) -> dict[str, str]:
    """Managers: the outlet's own names of measures, replaced whole ("Knee" called "Lingkar lutut"); an empty name
    gives a measure its default name back. A taking keeps the measure's code, so a rename changes no taking."""
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise NotFound(_("Unknown outlet"))
    try:
        kept = check_measure_names(names)
    except MeasurementRefused as refused:
        raise ValidationError(str(refused)) from None
    store_value(session, actor, scope_of("outlet", outlet_id), NAMES_KEY, kept)
    audit.record(session, "measure_names", user_id=actor.user_id, entity="outlet", entity_id=outlet_id,
                 till_id=actor.till_id, names=kept)  # fmt: skip
    return kept


@requires("order.templates")
def rename_measure_template(session: Session, actor: Actor, outlet_id: uuid.UUID, garment: str, name: str) -> Template:
    """Managers: the name the outlet calls a garment type by ("Seragam" as "Seragam sekolah"); an empty name gives
    the usual one back. Refused: a name another garment type of the outlet is shown by. Takings keep the garment's
    code, so a rename changes no taking: a customer's card shows their earlier takings under the new name."""
    rename_measure_templates(session, actor, outlet_id, {garment: name})
    return measure_template(session, outlet_id, garment)


@requires("order.templates")
def rename_measure_templates(
    session: Session, actor: Actor, outlet_id: uuid.UUID, names: Mapping[str, str]
) -> dict[str, str]:
    """Managers: several garment types renamed at once (garment code -> name; an empty name gives the usual one back;
    a garment not named keeps its name). The names are checked together, as they will be shown, so a swap
    ("Kemeja" <-> "Celana") is allowed where two renames one after the other would be refused at the first.
    One audit record per changed name. Returns the outlet's own names after."""
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise NotFound(_("Unknown outlet"))
    before = garment_names(session, outlet_id)
    try:
        kept = check_garment_names(before | dict(names), renamed=set(names))
    except MeasurementRefused as refused:
        raise ValidationError(str(refused)) from None
    changed = [garment for garment in GARMENTS if before.get(garment, "") != kept.get(garment, "")]
    if not changed:
        return kept
    store_value(session, actor, scope_of("outlet", outlet_id), GARMENT_NAMES_KEY, kept)
    for garment in changed:
        audit.record(session, "measure_template_renamed", user_id=actor.user_id, entity="outlet", entity_id=outlet_id,
                     till_id=actor.till_id, garment=garment, old=before.get(garment, ""),
                     name=kept.get(garment, ""))  # fmt: skip
    return kept
