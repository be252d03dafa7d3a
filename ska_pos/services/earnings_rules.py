"""Which revenue-share rule applies to a sale line, and the earnings entries a line creates."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ska_pos.db.models import ShareRule
from ska_pos.db.prepared import PreparedSelect
from ska_pos.domain.discounts import allocate
from ska_pos.domain.earnings import RuleCandidate, choose_rule, split_credit, worker_share
from ska_pos.domain.earnings import ShareRule as DomainRule
from ska_pos.services.cart import WorkerCredit

QUANTITY_QUANTUM = Decimal("0.001")
QUANTITY_FACTOR = 1000


# Newest first: of two rules of the same scope and day, the one made later wins. Built once (hot path).
_RULES = PreparedSelect(
    select(ShareRule.id, ShareRule.item_id, ShareRule.category_id, ShareRule.kind, ShareRule.percent_bp,
           ShareRule.fixed_per_unit, ShareRule.valid_from)
    .where(ShareRule.outlet_id == bindparam("outlet_id"), ShareRule.valid_from <= bindparam("on_date"))
    .order_by(ShareRule.created_at.desc())
)  # fmt: skip


def rule_candidates(session: Session, outlet_id: uuid.UUID, on_date: date) -> list[RuleCandidate]:
    rows = _RULES.all(session.connection(), {"outlet_id": outlet_id, "on_date": on_date})
    return [_candidate(*row) for row in rows]


def _candidate(
    rule_id: uuid.UUID, item_id: uuid.UUID | None, category_id: uuid.UUID | None, kind: str, percent_bp: int,
    fixed_per_unit: int, valid_from: date,
) -> RuleCandidate:  # fmt: skip
    scope = "item" if item_id is not None else ("category" if category_id is not None else "outlet")
    rule = DomainRule(kind, percent_bp, fixed_per_unit)  # type: ignore[arg-type]
    target = item_id if item_id is not None else category_id
    return RuleCandidate(rule_id=rule_id, scope=scope, target_id=target, valid_from=valid_from, rule=rule)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Credit:
    worker_id: uuid.UUID
    split_bp: int
    quantity: Decimal
    credited_amount: int
    amount: int
    rule: RuleCandidate | None


def credits_for_line(
    workers: Sequence[WorkerCredit],
    net_amount: int,
    quantity: Decimal,
    rule: RuleCandidate | None,
) -> list[Credit]:
    if not workers:
        return []
    splits = [worker.split_bp for worker in workers]
    parts = split_credit(net_amount, splits)
    quantities = split_quantity(quantity, splits)
    amounts = worker_amounts(rule.rule if rule else None, parts, net_amount, quantity, splits)
    return [
        Credit(worker.worker_id, worker.split_bp, worker_quantity, credited, amount, rule)
        for worker, credited, worker_quantity, amount in zip(workers, parts, quantities, amounts, strict=True)
    ]


def split_quantity(quantity: Decimal, splits: Sequence[int]) -> list[Decimal]:
    """Each worker's part of a line's quantity, in thousandths by largest remainder, so the parts add up."""
    if not splits:
        return []
    thousandths = allocate(int(quantity * QUANTITY_FACTOR), splits)
    return [(Decimal(part) / QUANTITY_FACTOR).quantize(QUANTITY_QUANTUM) for part in thousandths]


def worker_amounts(
    rule: DomainRule | None, credited: Sequence[int], net_amount: int, quantity: Decimal, splits: Sequence[int]
) -> list[int]:
    """What each worker earns. A percentage applies to each one's credit; a fixed amount per unit is worked out
    once for the whole line and then shared, so a split never earns less (or more) than the rule gives the line."""
    if rule is None:
        return [0] * len(credited)
    if rule.kind == "percent":
        return [worker_share(rule, part, Decimal(0)) for part in credited]
    return allocate(worker_share(rule, net_amount, quantity), splits)


def pick_rule(
    candidates: Sequence[RuleCandidate], item_id: uuid.UUID, category_id: uuid.UUID | None, on_date: date
) -> RuleCandidate | None:
    return choose_rule(candidates, item_id, category_id, on_date)
