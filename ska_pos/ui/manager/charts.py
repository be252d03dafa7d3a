"""The charts of the manager's screens (QtCharts): a worker's earnings over time, and the outlets side by side.

A chart is never the only place a figure is shown: the same numbers are in the tables beside it, and the chart's
accessible description sums it up for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QStackedBarSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from ska_pos.domain.money import format_rupiah
from ska_pos.services.earnings import DailyEarnings, OutletEarnings
from ska_pos.ui.widgets import named

DAYS_SHOWN_ONE_BY_ONE = 62
CROWDED = 12  # more bars than this get smaller labels
THOUSAND = 1000.0  # bars are drawn in thousands of rupiah; the exact amounts are in the tables
TICKS = 5  # about this many amounts along the side
WORKER_COLOUR = QColor("#0b4f9c")  # the theme's primary blue
OUTLET_COLOUR = QColor("#d35400")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def daily_chart(days: Sequence[DailyEarnings], language: str) -> QChartView:
    """Bars of earnings per day, or per month when the period is long."""
    labels, values = _by_day(days) if len(days) <= DAYS_SHOWN_ONE_BY_ONE else _by_month(days)
    earnings = QBarSet(tr("Earnings"))
    earnings.setColor(WORKER_COLOUR)
    earnings.append([value / THOUSAND for value in values])
    series = QBarSeries()
    series.append(earnings)
    view = _view(series, labels, max(values, default=0), "dailyChart", tr("Earnings per day"), language)
    total = format_rupiah(sum(values), language)
    best = max(range(len(values)), key=values.__getitem__) if values else None
    summary = tr("{count} bars, {total} in all").format(count=len(values), total=total)
    if best is not None and values[best] > 0:
        summary += tr("; highest {amount} on {label}").format(
            amount=format_rupiah(values[best], language), label=labels[best]
        )
    view.setAccessibleDescription(summary)
    return view


def outlets_chart(outlets: Sequence[OutletEarnings], language: str) -> QChartView:
    """For each outlet a bar of its net revenue, split into the workers' earnings and the outlet's share."""
    workers, outlet = QBarSet(tr("Workers' earnings")), QBarSet(tr("Outlet's share"))
    workers.setColor(WORKER_COLOUR)
    outlet.setColor(OUTLET_COLOUR)
    workers.append([o.worker_earnings / THOUSAND for o in outlets])
    outlet.append([o.outlet_share / THOUSAND for o in outlets])
    series = QStackedBarSeries()
    series.append(workers)
    series.append(outlet)
    highest = max((o.net_revenue for o in outlets), default=0)
    view = _view(series, [o.outlet_code for o in outlets], highest, "outletsChart", tr("Outlets compared"), language)
    view.setAccessibleDescription(
        "; ".join(
            tr("{code}: net {net}, workers {workers}").format(
                code=o.outlet_code,
                net=format_rupiah(o.net_revenue, language),
                workers=format_rupiah(o.worker_earnings, language),
            )
            for o in outlets
        )
    )
    return view


def _view(
    series: QBarSeries | QStackedBarSeries, labels: list[str], highest: int, name: str, title: str, language: str
) -> QChartView:
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    categories = QBarCategoryAxis()
    categories.append(labels)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    if len(labels) > CROWDED:
        small = QFont(categories.labelsFont())
        small.setPointSizeF(max(small.pointSizeF() * 0.6, 7.0))
        categories.setLabelsFont(small)
    amounts = amount_axis(highest, language)
    chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(amounts)
    view = named(QChartView(chart), name, title)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


def amount_axis(highest: int, language: str) -> QCategoryAxis:
    """The side axis with amounts written as everywhere else (`Rp10.000`), not as `10000`."""
    ticks = amount_ticks(highest)
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(0)
    for tick in ticks:
        axis.append(format_rupiah(tick, language), tick / THOUSAND)
    axis.setRange(0, ticks[-1] / THOUSAND)
    return axis


def amount_ticks(highest: int) -> list[int]:
    """Round amounts from 0 to just above `highest`, in steps of 1, 2, 2.5 or 5 times a power of ten rupiah."""
    rough = max(highest, 1000) * 11 // 10 // TICKS
    power = 1000
    while power * 10 <= rough:
        power *= 10
    step = next(power * m // 2 for m in (2, 4, 5, 10, 20) if power * m // 2 >= rough)
    count = -(-max(highest, 1) // step)
    return [step * i for i in range(count + 1)]


def _by_day(days: Sequence[DailyEarnings]) -> tuple[list[str], list[int]]:
    return [str(d.day.day) for d in days], [d.earnings for d in days]


def _by_month(days: Sequence[DailyEarnings]) -> tuple[list[str], list[int]]:
    months: dict[str, int] = {}
    for d in days:
        key = f"{d.day.month:02d}/{d.day.year}"
        months[key] = months.get(key, 0) + d.earnings
    return list(months), list(months.values())
