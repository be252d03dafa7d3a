"""The receiving dialog's line amount rounds half up like the note it prints (reports/stock_models.NoteLine)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from pytestqt.qtbot import QtBot

from ska_pos.ui.stock.incoming_dialog import Line, LinesModel


def test_the_amount_column_rounds_half_up(qtbot: QtBot) -> None:
    model = LinesModel("id")
    line = Line(uuid.uuid4(), "BHNSUSU", "Susu", Decimal("1.5"), 21333, "l")
    assert model.text(line, 4) == "Rp32.000"
