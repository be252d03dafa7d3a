"""The report of one cash shift of a till (laporan shift), as plain frozen data.

The service fills it from the database; the thermal and A4 layouts only lay it out. Amounts are whole rupiah;
times are in the outlet's own time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ska_pos.reports.daily_model import PaymentTotal


@dataclass(frozen=True)
class CashMove:
    at: datetime
    direction: str  # "in" or "out"
    amount: int
    reason: str
    user_name: str
    approved_by: str = ""


@dataclass(frozen=True)
class DenominationCount:
    value: int  # a rupiah note or coin
    count: int

    @property
    def amount(self) -> int:
        return self.value * self.count


@dataclass(frozen=True)
class KindTotal:
    """Sales, voids or refunds of the shift: how many and their total (voids and refunds as positive amounts)."""

    kind: str
    count: int
    amount: int


@dataclass(frozen=True)
class ShiftReport:
    outlet_name: str
    outlet_code: str
    till_code: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str
    approved_by: str
    opening_float: int
    cash_sales: int  # cash taken minus cash paid back for voids and refunds
    cash_in: int
    cash_out: int
    expected: int
    counted: int | None  # None while the shift is open
    difference: int | None
    denominations: tuple[DenominationCount, ...]
    movements: tuple[CashMove, ...]
    kinds: tuple[KindTotal, ...]
    payments: tuple[PaymentTotal, ...]
    note: str
    generated_at: datetime
    language: str = "id"
    closing_no: int = 0  # the shift's closing entry in the till's journal (docs/journal.md); 0 while open
    closing_hash: str = ""  # the hash of the last entry the closing covers
    order_cash: int = 0  # orders' cash deposits and balances less refunds (docs/orders.md): in `expected`

    @property
    def is_open(self) -> bool:
        return self.counted is None
