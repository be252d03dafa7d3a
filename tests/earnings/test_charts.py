"""The manager's charts write amounts on their side axis as the rest of the app does: `Rp10.000`, not `10000`."""

from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from PySide6.QtCharts import QCategoryAxis, QChartView
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ska_pos.services.earnings import DailyEarnings, OutletEarnings
from ska_pos.ui.manager.charts import daily_chart, outlets_chart

BARE_NUMBER = re.compile(r"\d{4,}")  # four digits or more in a row: no thousands separator


def side_labels(view: QChartView) -> list[str]:
    (axis,) = view.chart().axes(Qt.Orientation.Vertical)
    assert isinstance(axis, QCategoryAxis)
    return axis.categoriesLabels()


@pytest.mark.parametrize(("language", "expected"), [("id", "Rp10.000.000"), ("en", "Rp10,000,000")])
def test_the_daily_chart_writes_amounts_with_separators(qtbot: QtBot, language: str, expected: str) -> None:
    days = [DailyEarnings(date(2026, 11, d), 0, amount) for d, amount in ((1, 812_640), (2, 9_600_000))]
    view = daily_chart(days, language)
    qtbot.addWidget(view)
    labels = side_labels(view)
    assert labels[0] == "Rp0"
    assert expected in labels
    assert not [label for label in labels if BARE_NUMBER.search(label)]


def test_the_outlets_chart_writes_amounts_with_separators(qtbot: QtBot) -> None:
    outlets = [OutletEarnings(uuid.uuid4(), "KFE", "Kafe", 12, 14_870_000, 5_948_000, 3)]
    view = outlets_chart(outlets, "id")
    qtbot.addWidget(view)
    labels = side_labels(view)
    assert "Rp15.000.000" in labels
    assert not [label for label in labels if BARE_NUMBER.search(label)]
