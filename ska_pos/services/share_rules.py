"""The revenue-share rules as a manager sees and changes them.

A rule is never edited or deleted: a change is a new rule from a start date on. Earnings already recorded keep the
rule they were made with (it is copied into each entry), so a new rule can only start today or later.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ska_pos.db.models import Category, Item, Outlet, ShareRule
from ska_pos.i18n import _
from ska_pos.services import audit, setup
from ska_pos.services.actor import Actor
from ska_pos.services.earnings.period import today_at
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.settings import journal_change, scope_of

Status = Literal["in_force", "scheduled", "replaced"]
SCOPES = ("outlet", "category", "item")


@dataclass(frozen=True)
class RuleView:
    id: uuid.UUID
    outlet_code: str
    scope: str
    target_name: str  # the category or item; empty for a whole outlet
    kind: str
    percent_bp: int
    fixed_per_unit: int
    valid_from: date
    note: str
    status: Status


@dataclass(frozen=True)
class RuleTarget:
    id: uuid.UUID
    name: str


def list_rules(session: Session, outlet_id: uuid.UUID, today: date) -> list[RuleView]:
    """Every rule the outlet ever had, newest start first, with whether it is in force on `today`."""
    target_category, target_item = aliased(Category), aliased(Item)
    query = (
        select(ShareRule, Outlet.code, target_category.name, target_item.name)
        .join(Outlet, Outlet.id == ShareRule.outlet_id)
        .outerjoin(target_category, target_category.id == ShareRule.category_id)
        .outerjoin(target_item, target_item.id == ShareRule.item_id)
        .where(ShareRule.outlet_id == outlet_id)
        .order_by(ShareRule.valid_from.desc(), ShareRule.created_at.desc())
    )
    rows = session.execute(query).all()
    current = _in_force(row[0] for row in rows if row[0].valid_from <= today)
    return [
        RuleView(rule.id, code, rule.scope, category or item or "", rule.kind, rule.percent_bp, rule.fixed_per_unit,
                 rule.valid_from, rule.note, _status(rule, today, current))
        for rule, code, category, item in rows
    ]  # fmt: skip


def rule_targets(session: Session, outlet_id: uuid.UUID, scope: str) -> list[RuleTarget]:
    """The categories or items of an outlet a rule can be for."""
    if scope == "category":
        query = select(Category.id, Category.name).where(Category.outlet_id == outlet_id).order_by(Category.name)
    elif scope == "item":
        query = select(Item.id, Item.name).where(Item.outlet_id == outlet_id).order_by(Item.name)
    else:
        return []
    return [RuleTarget(target_id, name) for target_id, name in session.execute(query)]


@requires("share_rule.add")
def add_rule(
    session: Session, actor: Actor, outlet_id: uuid.UUID, *, scope: str, valid_from: date,
    target_id: uuid.UUID | None = None, percent_bp: int | None = None, fixed_per_unit: int | None = None,
    note: str = "",
) -> RuleView:  # fmt: skip
    require_outlet(session, actor, outlet_id)
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    if valid_from < today_at(session, actor):
        raise ValidationError(_("A new rule starts today or later; past earnings keep the rule they were made with"))
    category, item = _target(session, outlet, scope, target_id)
    rule = setup.add_share_rule(session, actor, outlet, valid_from=valid_from, percent_bp=percent_bp,
                                fixed_per_unit=fixed_per_unit, item=item, category=category,
                                created_by=actor.user_id, note=note.strip())  # fmt: skip
    audit.record(session, "share_rule_added", user_id=actor.user_id, entity="share_rule", entity_id=rule.id,
                 till_id=actor.till_id, outlet=outlet.code, scope=scope, target=str(target_id or ""),
                 kind=rule.kind, percent_bp=rule.percent_bp, fixed_per_unit=rule.fixed_per_unit,
                 valid_from=valid_from)  # fmt: skip
    _journal_rule(session, actor, rule)
    return next(view for view in list_rules(session, outlet.id, valid_from) if view.id == rule.id)


def _journal_rule(session: Session, actor: Actor, rule: ShareRule) -> None:
    """A new rule changes what the workers earn from now on: a settings change in the till's journal."""
    value = {"id": str(rule.id), "item_id": rule.item_id and str(rule.item_id), "kind": rule.kind,
             "category_id": rule.category_id and str(rule.category_id), "percent_bp": rule.percent_bp,
             "fixed_per_unit": rule.fixed_per_unit, "valid_from": rule.valid_from.isoformat()}  # fmt: skip
    journal_change(session, actor, scope_of("outlet", rule.outlet_id), "share_rule", json.dumps(value, sort_keys=True))


def _target(
    session: Session, outlet: Outlet, scope: str, target_id: uuid.UUID | None
) -> tuple[Category | None, Item | None]:
    if scope not in SCOPES:
        raise ValidationError(_("A rule is for an outlet, a category or an item"))
    if scope == "outlet":
        return None, None
    category = session.get(Category, target_id) if target_id and scope == "category" else None
    item = session.get(Item, target_id) if target_id and scope == "item" else None
    target = category or item
    if target is None or target.outlet_id != outlet.id:
        raise ValidationError(_("Choose a category or item of this outlet"))
    return category, item


def _in_force(rules: Iterable[ShareRule]) -> set[uuid.UUID]:
    """For each scope and target, the rule with the latest start (rows come newest first)."""
    seen: dict[tuple[str, uuid.UUID | None], uuid.UUID] = {}
    for rule in rules:
        seen.setdefault((rule.scope, rule.item_id or rule.category_id), rule.id)
    return set(seen.values())


def _status(rule: ShareRule, today: date, current: set[uuid.UUID]) -> Status:
    if rule.valid_from > today:
        return "scheduled"
    return "in_force" if rule.id in current else "replaced"
