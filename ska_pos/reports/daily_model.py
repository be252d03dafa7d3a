"""The daily summary (laporan harian) of one outlet or a whole sentra, as plain frozen data.

Amounts are whole rupiah; quantities Decimal. The services aggregate the day; the renderers only lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

ScopeKind = Literal["outlet", "sentra"]


@dataclass(frozen=True)
class PaymentTotal:
    method: str  # "cash", "qris", "transfer" or "ewallet"
    count: int
    amount: int


@dataclass(frozen=True)
class DayClosing:
    """A till's day closing in its journal (docs/journal.md): what the paper shows to compare with the file."""

    till_code: str
    closing_no: int
    last_hash: str
    grand_total: int


@dataclass(frozen=True)
class ShiftCash:
    till_code: str
    cashier_name: str
    opened_at: datetime
    closed_at: datetime | None
    opening_float: int
    cash_sales: int
    cash_in: int
    cash_out: int
    expected: int
    counted: int | None  # None while the shift is still open
    difference: int | None  # counted minus expected
    order_cash: int = 0  # orders' cash deposits and balances less refunds: in `expected`

    @property
    def is_open(self) -> bool:
        return self.counted is None


@dataclass(frozen=True)
class CategorySales:
    name: str
    quantity: Decimal
    amount: int


@dataclass(frozen=True)
class ItemSales:
    name: str
    quantity: Decimal
    amount: int


@dataclass(frozen=True)
class WorkerRevenue:
    worker_code: str
    name: str
    net_credited: int  # net revenue of the lines credited to the worker
    share: int  # the worker's earnings from them


@dataclass(frozen=True)
class WorkerTips:
    """Customers' tips of the day for one worker: no revenue, kept apart (docs/earnings.md)."""

    worker_code: str
    name: str
    amount: int


@dataclass(frozen=True)
class OutletTotal:
    outlet_code: str
    outlet_name: str
    sales_count: int
    net_sales: int
    total_collected: int


@dataclass(frozen=True)
class ByAge:
    """Money at the end of the day, and its parts by age: up to 7 days, up to 30 days, older."""

    total: int = 0
    by_age: tuple[int, int, int] = (0, 0, 0)


@dataclass(frozen=True)
class OrdersOfDay:
    """Orders that take days (docs/orders.md). Their completions are sales, counted above like any other; the
    deposits applied and what was left owed appear among the payments ("deposit", "debt")."""

    taken: int = 0
    completed: int = 0
    collected: int = 0
    cancelled: int = 0
    deposits_received: int = 0  # money taken on open orders: the customers' until applied
    balances_received: int = 0  # money taken on what customers owed for completed orders
    given_back: int = 0  # refunds of what was held, and what cancellations gave back
    deposits_applied: int = 0  # the part of the held deposits that paid today's completions
    left_owed: int = 0  # what today's completions left owed
    cancellation_fees: int = 0  # kept out of what was held (no worker's share)
    held: ByAge = ByAge()  # held for customers at the end of the day
    debts: ByAge = ByAge()  # owed by customers at the end of the day

    @property
    def any(self) -> bool:
        return self != OrdersOfDay()


@dataclass(frozen=True)
class PackagesOfDay:
    """Prepaid packages (docs/orders.md): money received by selling them is held for the customers; the sessions used
    are sales, counted above like any other (paid by "deposit"); what expired packages still held is breakage; what
    refunded packages still held was given back."""

    received: int = 0
    recognised: int = 0  # by the sessions used: their sales' totals
    breakage: int = 0  # expired packages: revenue with no worker's share
    held_at_end: int = 0
    refunded: int = 0  # given back to the customers

    @property
    def any(self) -> bool:
        return self != PackagesOfDay()


@dataclass(frozen=True)
class DailySummary:
    scope_kind: ScopeKind
    scope_name: str
    outlet_codes: tuple[str, ...]
    business_date: date
    generated_at: datetime
    sales_count: int
    gross_sales: int
    discounts: int
    void_count: int
    void_amount: int
    refund_count: int
    refund_amount: int
    net_sales: int
    service_charge: int
    tax: int
    total_collected: int
    payments: tuple[PaymentTotal, ...]
    shifts: tuple[ShiftCash, ...]
    categories: tuple[CategorySales, ...]
    top_items: tuple[ItemSales, ...]  # best sellers by amount; the first ten are shown
    workers: tuple[WorkerRevenue, ...]
    outlets: tuple[OutletTotal, ...] = ()  # one row per outlet when the scope is a sentra
    cashier_name: str = ""  # printed under the signature lines; blank lines when empty
    manager_name: str = ""
    language: str = "id"
    closings: tuple[DayClosing, ...] = ()
    orders: OrdersOfDay = OrdersOfDay()
    packages: PackagesOfDay = PackagesOfDay()
    tips: tuple[WorkerTips, ...] = ()

    @property
    def tips_total(self) -> int:
        return sum(tip.amount for tip in self.tips)

    @property
    def worker_net_total(self) -> int:
        return sum(worker.net_credited for worker in self.workers)

    @property
    def worker_share_total(self) -> int:
        return sum(worker.share for worker in self.workers)

    @property
    def shown_top_items(self) -> tuple[ItemSales, ...]:
        return self.top_items[:10]
