"""The shared read-only table model behaves as Qt's model tester expects."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from ska_pos.ui.rows_model import RIGHT, RowsModel


class Pairs(RowsModel):
    numeric_columns = frozenset({1})

    def headers(self) -> tuple[str, ...]:
        return ("Name", "Amount")

    def text(self, row: tuple[str, int], column: int) -> str:
        return str(row[column])


def test_rows_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = Pairs("id")
    model.set_rows([("Siti", 5_000), ("Budi", 12_500)])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    assert model.data(model.index(1, 1)) == "12500"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    model.set_rows([])
    assert model.rowCount() == 0
