"""What each worker earned from a line: splitting its net between workers, and the revenue-share rules."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from ska_pos.domain.discounts import allocate
from ska_pos.domain.money import BP_WHOLE, apply_bp, round_half_up
from ska_pos.i18n import _

Scope = Literal["item", "category", "outlet"]
_SPECIFICITY: dict[str, int] = {"outlet": 0, "category": 1, "item": 2}


def split_credit(net_amount: int, percents_bp: Sequence[int]) -> list[int]:
    """A line's net amount split between its workers by percentages (basis points) that add up to 100%."""
    if any(percent <= 0 for percent in percents_bp):
        raise ValueError(_("Each worker's share must be more than 0%"))
    if sum(percents_bp) != BP_WHOLE:
        raise ValueError(_("The workers' shares must add up to 100%"))
    return allocate(net_amount, percents_bp)


@dataclass(frozen=True)
class ShareRule:
    """The worker's part of the amount credited: a percentage (basis points) or a fixed amount per unit."""

    kind: Literal["percent", "fixed"]
    percent_bp: int = 0
    fixed_per_unit: int = 0

    def __post_init__(self) -> None:
        if self.kind not in ("percent", "fixed"):
            raise ValueError(_("Unknown kind of share rule: {kind}", kind=self.kind))
        if not 0 <= self.percent_bp <= BP_WHOLE:
            raise ValueError(_("A worker's share must be between 0% and 100%"))
        if self.fixed_per_unit < 0:
            raise ValueError(_("A worker's fixed share cannot be negative"))

    @classmethod
    def percent(cls, bp: int) -> ShareRule:
        return cls("percent", percent_bp=bp)

    @classmethod
    def fixed(cls, per_unit: int) -> ShareRule:
        return cls("fixed", fixed_per_unit=per_unit)


def worker_share(rule: ShareRule, credited_amount: int, quantity: Decimal) -> int:
    """The worker's share of `credited_amount`; the outlet's share is the rest.

    A fixed share takes the sign of the credit (a refund reverses it) and never exceeds the credit, so the
    outlet's share never goes the other way.
    """
    if rule.kind == "percent":
        return apply_bp(credited_amount, rule.percent_bp)
    fixed = min(round_half_up(abs(quantity) * rule.fixed_per_unit), abs(credited_amount))
    return -fixed if credited_amount < 0 else fixed


@dataclass(frozen=True)
class RuleCandidate:
    """A stored share rule: for one item, one category, or a whole outlet, valid from a date on."""

    rule_id: object
    scope: Scope
    target_id: object | None
    valid_from: date
    rule: ShareRule

    def __post_init__(self) -> None:
        if self.scope not in _SPECIFICITY:
            raise ValueError(_("Unknown scope of share rule: {scope}", scope=self.scope))


def choose_rule(
    candidates: Iterable[RuleCandidate], item_id: object, category_id: object | None, on_date: date
) -> RuleCandidate | None:
    """The rule in force on `on_date`: the most specific scope wins (item, category, outlet), then the latest.

    Among equally specific rules valid from the same day, the first given wins.
    """
    matching = [
        candidate
        for candidate in candidates
        if candidate.valid_from <= on_date and _applies(candidate, item_id, category_id)
    ]
    return max(matching, key=lambda c: (_SPECIFICITY[c.scope], c.valid_from), default=None)


def _applies(candidate: RuleCandidate, item_id: object, category_id: object | None) -> bool:
    if candidate.scope == "item":
        return candidate.target_id == item_id
    if candidate.scope == "category":
        return category_id is not None and candidate.target_id == category_id
    return True
