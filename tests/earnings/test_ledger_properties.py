"""Property tests over random sales, discounts, splits, voids, refunds, rule changes, payouts and adjustments.

For any period: the workers' earnings plus the outlet's share equal net revenue, to the rupiah; each worker's
figures and balance (earnings minus payouts) match a plain recount of the stored rows; every earning was made with
the rule in force when it was recorded, and nothing done later changes an earning already recorded.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from earnings.ledger_driver import MoneyStep, RuleStep, SaleStep, run, shared_shop, step_strategy
from ska_pos.db.models import EarningEntry, Payout, Sale, SaleLine, ShareRule
from ska_pos.domain.earnings import RuleCandidate, choose_rule, worker_share
from ska_pos.domain.earnings import ShareRule as DomainRule
from ska_pos.services.earnings import Period, check_ledger, worker_balance, worker_earnings
from ska_pos.services.earnings.statement import worker_statement

pytestmark = pytest.mark.dates


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(step_strategy, min_size=1, max_size=6), start=st.integers(1, 30), length=st.integers(0, 12))
def test_the_ledger_holds_for_any_period(steps: list[SaleStep | RuleStep | MoneyStep], start: int, length: int) -> None:
    shop = shared_shop()
    with shop.db.reading() as s:
        before = _entry_amounts(s)
    for step in steps:
        run(shop, step)
    period = Period(date(2026, 11, start), date(2026, 11, min(start + length, 30)))
    with shop.db.reading() as s:
        after = _entry_amounts(s)
        assert {key: after[key] for key in before} == before, "an earning already recorded changed"
        _check_period(s, period)
        _check_period(s, Period(date(2026, 1, 1), date(2027, 12, 31)))
        _check_balances(s)
        _check_rules_at_the_time(s)


def _entry_amounts(session: Session) -> dict[uuid.UUID, tuple[int, int]]:
    rows = session.execute(select(EarningEntry.id, EarningEntry.credited_amount, EarningEntry.amount))
    return {entry_id: (credited, amount) for entry_id, credited, amount in rows}


def _check_period(session: Session, period: Period) -> None:
    def inside(day: date) -> bool:
        return period.start <= day <= period.end

    lines = session.execute(select(SaleLine.net_amount, Sale.business_date).join(Sale)).all()
    entries = session.execute(select(EarningEntry.worker_id, EarningEntry.business_date, EarningEntry.credited_amount,
                                     EarningEntry.amount)).all()  # fmt: skip
    payouts = session.execute(select(Payout.worker_id, Payout.paid_on, Payout.amount)).all()
    net = sum(amount for amount, day in lines if inside(day))
    earned = sum(amount for _w, day, _c, amount in entries if inside(day))

    check = check_ledger(session, period)
    assert check.balanced
    assert check.mismatched_lines == 0
    assert (check.net_revenue, check.worker_earnings) == (net, earned)
    assert check.worker_earnings + check.outlet_share == check.net_revenue

    expected: dict[uuid.UUID, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for worker, day, credited, amount in entries:
        if inside(day):
            expected[worker][0] += credited
            expected[worker][1] += amount
        if day <= period.end:
            expected[worker][3] += amount
    for worker, day, amount in payouts:
        if inside(day):
            expected[worker][2] += amount
        if day <= period.end:
            expected[worker][3] -= amount
    rows = worker_earnings(session, period)
    for row in rows:
        assert [row.credited_revenue, row.earnings, row.payouts, row.balance] == expected[row.worker_id]
        assert row.balance == worker_balance(session, row.worker_id, as_of=period.end)
        statement = worker_statement(session, row.worker_id, period)
        assert (statement.sold_for, statement.earnings, statement.paid, statement.closing_balance) == (
            row.credited_revenue, row.earnings, row.payouts, row.balance)  # fmt: skip
    assert sum(row.earnings for row in rows) == check.worker_earnings


def _check_balances(session: Session) -> None:
    earned: dict[uuid.UUID, int] = defaultdict(int)
    for worker, amount in session.execute(select(EarningEntry.worker_id, EarningEntry.amount)):
        earned[worker] += amount
    for worker, amount in session.execute(select(Payout.worker_id, Payout.amount)):
        earned[worker] -= amount
    for worker, balance in earned.items():
        assert worker_balance(session, worker) == balance


def _check_rules_at_the_time(session: Session) -> None:
    """Each sale credit was paid by the rule in force on its day among the rules that existed when it was made."""
    rules = list(session.scalars(select(ShareRule).order_by(ShareRule.created_at.desc())))
    query = (
        select(EarningEntry, SaleLine.item_id, SaleLine.category_id, Sale.outlet_id)
        .join(SaleLine, SaleLine.id == EarningEntry.sale_line_id)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(EarningEntry.kind == "sale")
    )
    fixed_lines: dict[uuid.UUID, tuple[DomainRule, list[EarningEntry]]] = {}
    for entry, item_id, category_id, outlet_id in session.execute(query):
        known = [_candidate(r) for r in rules if r.outlet_id == outlet_id and r.created_at <= entry.created_at]
        rule = choose_rule(known, item_id, category_id, entry.business_date)
        assert entry.share_rule_id == (rule.rule_id if rule else None)
        if rule is not None and rule.rule.kind == "fixed":
            fixed_lines.setdefault(entry.sale_line_id, (rule.rule, []))[1].append(entry)  # type: ignore[index]
            continue
        share = worker_share(rule.rule, entry.credited_amount, entry.quantity) if rule else 0
        assert entry.amount == share
    # A fixed amount per unit is worked out for the whole line, then shared between its workers.
    for line_id, (rule_value, entries) in fixed_lines.items():
        line = session.get(SaleLine, line_id)
        assert line is not None
        assert sum(e.amount for e in entries) == worker_share(rule_value, line.net_amount, line.quantity)


def _candidate(row: ShareRule) -> RuleCandidate:
    target: Any = row.item_id if row.item_id is not None else row.category_id
    rule = DomainRule(row.kind, row.percent_bp, row.fixed_per_unit)  # type: ignore[arg-type]
    return RuleCandidate(row.id, row.scope, target, row.valid_from, rule)  # type: ignore[arg-type]
