"""The daily summary as titled tables of display strings, laid out by the A4 and the thermal renderers alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.daily_model import DailySummary, ShiftCash
from ska_pos.reports.labels import payment_method_label

ColumnKind = Literal["text", "count", "money"]
Row = tuple[str, ...]


@dataclass(frozen=True)
class Column:
    header: str
    kind: ColumnKind = "money"
    weight: float = 1.0  # relative width on A4


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    total: Row | None = None


def daily_tables(summary: DailySummary) -> list[Table]:
    tables = [_overview(summary)]
    if summary.scope_kind == "sentra" and summary.outlets:
        tables.append(_outlets(summary))
    tables += [_payments(summary), _shifts(summary), _workers(summary)]
    if summary.tips:
        tables.append(_tips(summary))
    tables += [_categories(summary), _top_items(summary)]
    if summary.orders.any:
        tables.append(_orders(summary))
    if summary.packages.any:
        tables.append(_packages(summary))
    if summary.closings:
        tables.append(_closings(summary))
    return tables


def _orders(s: DailySummary) -> Table:
    lang, o = s.language, s.orders
    ages = " / ".join(
        (gettext("up to 7 days", lang), gettext("up to 30 days", lang), gettext("older", lang))
    )  # fmt: skip
    rows: list[Row] = [
        (gettext("Orders taken", lang), str(o.taken)),
        (gettext("Orders completed", lang), str(o.completed)),
        (gettext("Orders collected", lang), str(o.collected)),
        (gettext("Orders cancelled", lang), str(o.cancelled)),
        (gettext("Deposits received", lang), _money(s, o.deposits_received)),
        (gettext("Owed amounts received", lang), _money(s, o.balances_received)),
        (gettext("Given back", lang), fmt.minus_rupiah(o.given_back, lang)),
        (gettext("Deposits applied", lang), _money(s, o.deposits_applied)),
        (gettext("Left owed at completion", lang), _money(s, o.left_owed)),
        (gettext("Cancellation fees kept", lang), _money(s, o.cancellation_fees)),
        (gettext("Deposits held at the end of the day", lang), _money(s, o.held.total)),
        (ages, " / ".join(_money(s, amount) for amount in o.held.by_age)),
        (gettext("Owed by customers at the end of the day", lang), _money(s, o.debts.total)),
        (ages, " / ".join(_money(s, amount) for amount in o.debts.by_age)),
    ]
    columns = (Column("", "text", 3), Column("", "money", 2))
    return Table(gettext("Orders", lang), columns, tuple(rows))


def _packages(s: DailySummary) -> Table:
    lang, p = s.language, s.packages
    rows: list[Row] = [
        (gettext("Packages sold (held for the customers)", lang), _money(s, p.received)),
        (gettext("Sessions used (in the sales above)", lang), _money(s, p.recognised)),
        (gettext("Breakage: expired packages and refund remainders (no worker's share)", lang), _money(s, p.breakage)),
        (gettext("Packages refunded (given back)", lang), _money(s, p.refunded)),
        (gettext("Held on packages at the end of the day", lang), _money(s, p.held_at_end)),
    ]
    columns = (Column("", "text", 3), Column("", "money", 2))
    return Table(gettext("Prepaid packages", lang), columns, tuple(rows))


def _closings(s: DailySummary) -> Table:
    lang = s.language
    rows = tuple((c.till_code, str(c.closing_no), c.last_hash[:16], _money(s, c.grand_total)) for c in s.closings)
    columns = (
        Column(gettext("Till", lang), "text"),
        Column(gettext("Closing no.", lang), "count"),
        Column(gettext("Journal", lang), "text"),
        Column(gettext("Grand total", lang)),
    )
    return Table(gettext("Day closings", lang), columns, rows)


def _money(summary: DailySummary, amount: int) -> str:
    return fmt.rupiah(amount, summary.language)


def _overview(s: DailySummary) -> Table:
    lang = s.language
    rows: list[Row] = [
        (gettext("Number of sales", lang), str(s.sales_count)),
        (gettext("Gross sales", lang), _money(s, s.gross_sales)),
        (gettext("Discounts", lang), fmt.minus_rupiah(s.discounts, lang)),
        (gettext("Voids ({count})", lang).format(count=s.void_count), fmt.minus_rupiah(s.void_amount, lang)),
        (gettext("Refunds ({count})", lang).format(count=s.refund_count), fmt.minus_rupiah(s.refund_amount, lang)),
        (gettext("Net sales", lang), _money(s, s.net_sales)),
        (gettext("Service charge", lang), _money(s, s.service_charge)),
        (gettext("Tax (PBJT)", lang), _money(s, s.tax)),
    ]
    columns = (Column("", "text", 3), Column("", "money", 1))
    total = (gettext("Total collected", lang), _money(s, s.total_collected))
    return Table(gettext("Summary", lang), columns, tuple(rows), total)


def _payments(s: DailySummary) -> Table:
    lang = s.language
    rows = tuple((payment_method_label(p.method, lang), str(p.count), _money(s, p.amount)) for p in s.payments)
    total = (
        gettext("Total", lang),
        str(sum(p.count for p in s.payments)),
        _money(s, sum(p.amount for p in s.payments)),
    )
    columns = (
        Column(gettext("Method", lang), "text", 2),
        Column(gettext("Transactions", lang), "count"),
        Column(gettext("Amount", lang)),
    )
    return Table(gettext("Payments by method", lang), columns, rows, total)


def _shift_label(shift: ShiftCash, lang: str) -> str:
    opened = fmt.time_of_day(shift.opened_at, lang)
    closed = fmt.time_of_day(shift.closed_at, lang) if shift.closed_at else gettext("open", lang)
    return f"{shift.till_code} · {shift.cashier_name} ({opened}–{closed})"


def _shifts(s: DailySummary) -> Table:
    lang = s.language
    rows = tuple(
        (
            _shift_label(shift, lang),
            _money(s, shift.opening_float),
            _money(s, shift.cash_sales),
            _money(s, shift.cash_in),
            fmt.minus_rupiah(shift.cash_out, lang),
            _money(s, shift.expected),
            "–" if shift.counted is None else _money(s, shift.counted),  # the label already says "open"
            "–" if shift.difference is None else _money(s, shift.difference),
        )
        for shift in s.shifts
    )
    columns = (
        Column(gettext("Till, cashier", lang), "text", 1.5),
        Column(gettext("Opening float", lang)),
        Column(gettext("Cash sales", lang)),
        Column(gettext("Cash in", lang)),
        Column(gettext("Cash out", lang)),
        Column(gettext("Expected", lang)),
        Column(gettext("Counted", lang)),
        Column(gettext("Difference", lang)),
    )
    return Table(gettext("Cash per shift", lang), columns, rows)


def _categories(s: DailySummary) -> Table:
    lang = s.language
    rows = tuple((c.name, fmt.quantity(c.quantity, lang), _money(s, c.amount)) for c in s.categories)
    total = (gettext("Total", lang), "", _money(s, sum(c.amount for c in s.categories)))
    columns = (
        Column(gettext("Category", lang), "text", 3),
        Column(gettext("Quantity", lang), "count"),
        Column(gettext("Sales", lang)),
    )
    return Table(gettext("Sales by category", lang), columns, rows, total)


def _top_items(s: DailySummary) -> Table:
    lang = s.language
    rows = tuple(
        (f"{rank}. {item.name}", fmt.quantity(item.quantity, lang), _money(s, item.amount))
        for rank, item in enumerate(s.shown_top_items, start=1)
    )
    columns = (
        Column(gettext("Item", lang), "text", 3),
        Column(gettext("Quantity", lang), "count"),
        Column(gettext("Sales", lang)),
    )
    return Table(gettext("Top items", lang), columns, rows)


def _workers(s: DailySummary) -> Table:
    lang = s.language
    rows = tuple((w.worker_code, w.name, _money(s, w.net_credited), _money(s, w.share)) for w in s.workers)
    total = (gettext("Total", lang), "", _money(s, s.worker_net_total), _money(s, s.worker_share_total))
    columns = (
        Column(gettext("Code", lang), "text", 0.8),
        Column(gettext("Worker", lang), "text", 2.2),
        Column(gettext("Net credited", lang)),
        Column(gettext("Worker's share", lang)),
    )
    return Table(gettext("Revenue per PPKS worker", lang), columns, rows, total)


def _tips(s: DailySummary) -> Table:
    lang = s.language
    rows = tuple((tip.worker_code, tip.name, _money(s, tip.amount)) for tip in s.tips)
    total = (gettext("Total", lang), "", _money(s, s.tips_total))
    columns = (Column(gettext("Code", lang), "text", 0.8), Column(gettext("Worker", lang), "text", 2.2),
               Column(gettext("Tips", lang)))  # fmt: skip
    return Table(gettext("Tips", lang), columns, rows, total)


def _outlets(s: DailySummary) -> Table:
    lang = s.language
    rows = tuple(
        (f"{o.outlet_code} {o.outlet_name}", str(o.sales_count), _money(s, o.net_sales), _money(s, o.total_collected))
        for o in s.outlets
    )
    total = (
        gettext("Total", lang),
        str(sum(o.sales_count for o in s.outlets)),
        _money(s, sum(o.net_sales for o in s.outlets)),
        _money(s, sum(o.total_collected for o in s.outlets)),
    )
    columns = (
        Column(gettext("Outlet", lang), "text", 2.5),
        Column(gettext("Transactions", lang), "count"),
        Column(gettext("Net sales", lang)),
        Column(gettext("Total collected", lang)),
    )
    return Table(gettext("Per outlet", lang), columns, rows, total)
