"""Which revenue-share rule applies to a sale line, and the earnings entries a line creates."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import ShareRule
from ska_pos.domain.earnings import RuleCandidate, choose_rule, split_credit, worker_share
from ska_pos.domain.earnings import ShareRule as DomainRule
from ska_pos.domain.money import BP_WHOLE
from ska_pos.services.cart import WorkerCredit

QUANTITY_QUANTUM = Decimal("0.001")


def rule_candidates(session: Session, outlet_id: uuid.UUID, on_date: date) -> list[RuleCandidate]:
    # Newest first: of two rules of the same scope and day, the one made later wins.
    query = (
        select(ShareRule)
        .where(ShareRule.outlet_id == outlet_id, ShareRule.valid_from <= on_date)
        .order_by(ShareRule.created_at.desc())
    )
    rows = session.scalars(query)
    return [_candidate(row) for row in rows]


def _candidate(row: ShareRule) -> RuleCandidate:
    target = row.item_id if row.item_id is not None else row.category_id
    rule = DomainRule(row.kind, row.percent_bp, row.fixed_per_unit)  # type: ignore[arg-type]
    return RuleCandidate(rule_id=row.id, scope=row.scope, target_id=target, valid_from=row.valid_from, rule=rule)  # type: ignore[arg-type]


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
    parts = split_credit(net_amount, [worker.split_bp for worker in workers])
    credits = []
    for worker, credited in zip(workers, parts, strict=True):
        worker_quantity = (quantity * worker.split_bp / BP_WHOLE).quantize(QUANTITY_QUANTUM)
        amount = worker_share(rule.rule, credited, worker_quantity) if rule else 0
        credits.append(Credit(worker.worker_id, worker.split_bp, worker_quantity, credited, amount, rule))
    return credits


def pick_rule(
    candidates: Sequence[RuleCandidate], item_id: uuid.UUID, category_id: uuid.UUID | None, on_date: date
) -> RuleCandidate | None:
    return choose_rule(candidates, item_id, category_id, on_date)
