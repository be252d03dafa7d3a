"""An outlet's rules for its orders, kept in the settings store in the outlet's scope (one JSON object): whether
customers may pay later, the share of what is held that a cancellation keeps, the express tiers, and after how many
days an order ready but not collected is listed. An outlet nobody set follows the defaults below."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field

from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet
from ska_pos.domain.money import BP_WHOLE
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.settings import scope_of, store_value, stored_value

RULES_KEY = "order_rules"
MAX_EXPRESS_HOURS = 24 * 60


@dataclass(frozen=True)
class ExpressTier:
    """A faster service: the lines' prices rise by `surcharge_bp` and the order is promised `hours` after intake."""

    code: str
    name: str
    surcharge_bp: int
    hours: int


@dataclass(frozen=True)
class OrderRules:
    pay_later: bool = False  # a completed order may be handed over unpaid: the rest is the customer's debt
    cancel_fee_bp: int = 0  # what a cancellation keeps of what is held, in basis points
    ready_days: int = 3  # an order ready this many days and not collected is listed
    express: tuple[ExpressTier, ...] = field(default_factory=tuple)

    def tier(self, code: str) -> ExpressTier | None:
        """The express tier `code`; None for "" (the normal service); refused when the outlet has no such tier."""
        if not code:
            return None
        for tier in self.express:
            if tier.code == code:
                return tier
        raise ValidationError(_("This outlet has no express service {code}", code=code))


def order_rules(session: Session, outlet_id: uuid.UUID) -> OrderRules:
    stored = stored_value(session, scope_of("outlet", outlet_id), RULES_KEY)
    if not isinstance(stored, dict):
        return OrderRules()
    try:
        tiers = tuple(ExpressTier(str(t["code"]), str(t["name"]), int(t["surcharge_bp"]), int(t["hours"]))
                      for t in stored.get("express", []))  # fmt: skip
        return OrderRules(bool(stored.get("pay_later", False)), int(stored.get("cancel_fee_bp", 0)),
                          int(stored.get("ready_days", 3)), tiers)  # fmt: skip
    except (KeyError, TypeError, ValueError):
        return OrderRules()  # a damaged value: the safe defaults (no pay later, no fee, no express)


@requires("order.rules")
def set_order_rules(session: Session, actor: Actor, outlet_id: uuid.UUID, rules: OrderRules) -> OrderRules:
    """Managers and admins: the outlet's order rules, all of them as `rules` holds them."""
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise NotFound(_("Unknown outlet"))
    _check(rules)
    value = asdict(rules)
    store_value(session, actor, scope_of("outlet", outlet_id), RULES_KEY, value)
    audit.record(session, "order_rules", user_id=actor.user_id, entity="outlet", entity_id=outlet_id,
                 till_id=actor.till_id, **value)  # fmt: skip
    return rules


def _check(rules: OrderRules) -> None:
    if not 0 <= rules.cancel_fee_bp <= BP_WHOLE:
        raise ValidationError(_("The cancellation fee must be between 0% and 100%"))
    if not 0 < rules.ready_days <= 365:
        raise ValidationError(_("The days before an uncollected order is listed must be between 1 and 365"))
    codes = [tier.code for tier in rules.express]
    if len(set(codes)) != len(codes) or any(not code.strip() or len(code) > 16 for code in codes):
        raise ValidationError(_("Each express service needs its own short code"))
    for tier in rules.express:
        if not 0 <= tier.surcharge_bp <= 10 * BP_WHOLE or not 0 < tier.hours <= MAX_EXPRESS_HOURS:
            raise ValidationError(_("An express service's surcharge or hours are out of range"))
