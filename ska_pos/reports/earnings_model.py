"""A worker's statement, a payout slip and the earnings report, as plain frozen data for the renderers.

Amounts are whole rupiah (int), quantities Decimal. The services aggregate; the renderers only lay out. Personal
data (NIK, phone) never enters these models, so no layout can print it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

LineKind = Literal["sale", "return"]
PayoutMethod = Literal["cash", "transfer"]


@dataclass(frozen=True)
class ShareText:
    """The rule a line was paid by: a percentage (basis points) or a fixed amount per unit; none when no rule."""

    kind: Literal["percent", "fixed", ""]
    percent_bp: int = 0
    fixed_per_unit: int = 0


@dataclass(frozen=True)
class StatementLine:
    """What the worker made or did, summed over the period: the same item at the same share, sold or returned."""

    what: str
    outlet_name: str
    unit: str
    kind: LineKind
    quantity: Decimal
    sold_for: int  # the worker's part of the lines' net revenue
    share: int  # what the worker earned from it
    rule: ShareText


@dataclass(frozen=True)
class StatementAdjustment:
    business_date: date
    amount: int
    reason: str


@dataclass(frozen=True)
class StatementPayment:
    paid_on: date
    method: PayoutMethod
    reference: str
    amount: int  # negative for a payout that was reversed


@dataclass(frozen=True)
class WorkerStatement:
    sentra_name: str
    worker_code: str
    worker_name: str
    period_from: date
    period_to: date
    generated_at: datetime
    lines: tuple[StatementLine, ...]
    adjustments: tuple[StatementAdjustment, ...]
    payments: tuple[StatementPayment, ...]
    opening_balance: int  # owed to the worker before the period
    manager_name: str = ""
    language: str = "id"

    @property
    def sold_for(self) -> int:
        return sum(line.sold_for for line in self.lines)

    @property
    def earnings(self) -> int:
        return sum(line.share for line in self.lines) + sum(a.amount for a in self.adjustments)

    @property
    def paid(self) -> int:
        return sum(payment.amount for payment in self.payments)

    @property
    def closing_balance(self) -> int:
        return self.opening_balance + self.earnings - self.paid


@dataclass(frozen=True)
class PayoutSlip:
    """One payout and where it leaves the worker's balance, as it stood when the payout was recorded."""

    slip_no: str
    sentra_name: str
    worker_code: str
    worker_name: str
    paid_on: date
    period_from: date | None
    period_to: date | None
    lines_credited: int  # sale lines credited to the worker in the period
    credited_revenue: int  # their part of those lines' net revenue
    earnings: int  # their share of it (with adjustments) in the period
    earned_total: int  # everything earned until this payout
    paid_before: int  # every earlier payout
    amount: int
    method: PayoutMethod
    reference: str = ""
    bank_name: str = ""
    account_tail: str = ""  # the last digits of the savings account only
    over_balance_reason: str = ""
    note: str = ""
    manager_name: str = ""
    language: str = "id"

    @property
    def balance_before(self) -> int:
        return self.earned_total - self.paid_before

    @property
    def balance_after(self) -> int:
        return self.balance_before - self.amount


@dataclass(frozen=True)
class EarningsRow:
    worker_code: str
    worker_name: str
    credited_revenue: int
    earnings: int
    payouts: int
    balance: int
    tips: int = 0  # customers' tips, apart from the earnings from sales

    @property
    def opening_balance(self) -> int:
        """Owed before the period began: the balance brought forward, so that opening + earnings + tips - payouts
        = balance."""
        return self.balance - self.earnings - self.tips + self.payouts


@dataclass(frozen=True)
class EarningsReport:
    """Every worker's earnings for a period, and the ledger check of that period."""

    sentra_name: str
    period_from: date
    period_to: date
    generated_at: datetime
    rows: tuple[EarningsRow, ...]
    net_revenue: int
    outlet_share: int
    balanced: bool
    language: str = "id"

    @property
    def total(self) -> EarningsRow:
        return EarningsRow(
            "",
            "",
            sum(r.credited_revenue for r in self.rows),
            sum(r.earnings for r in self.rows),
            sum(r.payouts for r in self.rows),
            sum(r.balance for r in self.rows),
            sum(r.tips for r in self.rows),
        )
