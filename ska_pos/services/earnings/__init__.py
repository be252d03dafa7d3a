"""Worker earnings: the ledger's figures per worker, per day and per outlet, the ledger check, statements and
payout slips. Every figure is summed by the database (GROUP BY), never by loading ledger rows into Python."""

from ska_pos.services.earnings.ledger import EarningsTotals, WorkerEarnings, totals_of, worker_balance, worker_earnings
from ska_pos.services.earnings.ledger_check import LedgerCheck, check_ledger
from ska_pos.services.earnings.period import Period
from ska_pos.services.earnings.series import DailyEarnings, OutletEarnings, daily_earnings, outlet_comparison

__all__ = [
    "DailyEarnings",
    "EarningsTotals",
    "LedgerCheck",
    "OutletEarnings",
    "Period",
    "WorkerEarnings",
    "check_ledger",
    "daily_earnings",
    "outlet_comparison",
    "totals_of",
    "worker_balance",
    "worker_earnings",
]
