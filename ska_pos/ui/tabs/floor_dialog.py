"""The floor view: the outlet's tables as big tiles, each free or open, since when and for how much.

Keyboard: the arrows move between tiles, typing a table's name (digits) jumps to it, Enter chooses; Esc closes.
Touch: a tile is a large button. `mode` limits what may be chosen: any table, only free ones (to move a tab to),
or only open ones other than `exclude_tab` (to merge into the tab).

Signal: `chosen(FloorTable)`.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ska_pos import clock
from ska_pos.db.database import Database
from ska_pos.domain.money import format_rupiah
from ska_pos.i18n import current_language
from ska_pos.services.tabs.state import FloorTable, floor
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till.sizing import scale_font
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named

COLUMNS = 5
TILE_PX = 120


def open_for(opened_at: datetime | None, now: datetime) -> str:
    """How long a tab has been open, as hours:minutes."""
    if opened_at is None:
        return ""
    minutes = max(int((now - opened_at).total_seconds() // 60), 0)
    return f"{minutes // 60}:{minutes % 60:02d}"


class FloorDialog(QDialog):
    chosen = Signal(object)

    def __init__(
        self, parent: QWidget | None, database: Database, outlet_id: uuid.UUID, *, mode: str = "any",
        exclude_tab: uuid.UUID | None = None, title: str = "", tables: list[FloorTable] | None = None,
    ) -> None:  # fmt: skip
        """`tables`: the floor as already read; read now when None."""
        super().__init__(parent)
        self.database, self.outlet_id, self.mode, self.exclude_tab = database, outlet_id, mode, exclude_tab
        title = title or self.tr("Tables")
        self.setWindowTitle(title)
        named(self, "floorDialog", title)
        self.tables: list[FloorTable] = []
        self.tiles: list[QPushButton] = []
        self.typed = ""
        self.current = -1  # the tile Enter chooses (kept here: a tile just laid out cannot take the focus yet)
        self.heading = named(QLabel(self.tr("Arrows or a table's number, then Enter; Esc closes")), "floorHint",
                             self.tr("How to choose a table"))  # fmt: skip
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        self.setMinimumWidth(COLUMNS * (TILE_PX + 40) + 40)  # as tall as its tables: no empty space below them
        if tables is not None:
            self.show_tables(tables)
        else:
            ReadOp(self, database, lambda session: floor(session, outlet_id)).success(
                self.show_tables
            ).run_in_background()

    def show_tables(self, tables: list[FloorTable]) -> None:
        self.tables = tables
        now = clock.now()
        for index, table in enumerate(tables):
            tile = named(QPushButton(self._tile_text(table, now)), f"floorTable{table.name}",
                         self.tr("Table {table}").format(table=table.name))  # fmt: skip
            tile.setMinimumSize(TILE_PX, max(TILE_PX - 20, TOUCH_TARGET_PX))
            tile.setProperty("role", "tableOpen" if table.tab_id else "tableFree")
            tile.setStyleSheet(
                "QPushButton { background: #fde68a; border: 2px solid #92400e; }"
                if table.tab_id
                else "QPushButton { background: #ecfdf5; border: 1px solid #065f46; }"
            )
            scale_font(tile, 1.15)
            tile.setEnabled(self._may_choose(table))
            tile.clicked.connect(lambda _checked=False, chosen=table: self._choose(chosen))
            self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            tile.show()  # now, not when the layout gets to it: a hidden tile takes no room in the size asked below
            self.tiles.append(tile)
        first = next((index for index, tile in enumerate(self.tiles) if tile.isEnabled()), -1)
        if first >= 0:
            self.point_at(first)
        if not tables:
            self.heading.setText(self.tr("This outlet has no tables yet: the manager sets them"))
        self._fit()

    def _fit(self) -> None:
        """As tall as its tiles need (no empty space below them): each polished first, so the theme's padding and
        the larger font count, then the layout asked again."""
        for tile in self.tiles:
            tile.ensurePolished()
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        self.resize(max(self.minimumWidth(), self.sizeHint().width()), self.sizeHint().height())

    def _tile_text(self, table: FloorTable, now: datetime) -> str:
        if table.tab_id is None:
            return self.tr("Table {table}\nFree").format(table=table.name)
        return self.tr("Table {table}\nOpen {time}\n{total}").format(
            table=table.name, time=open_for(table.opened_at, now), total=format_rupiah(table.total, current_language())
        )

    def point_at(self, index: int) -> None:
        self.current = index
        tile = self.tiles[index]
        tile.show()
        tile.setFocus()

    def _may_choose(self, table: FloorTable) -> bool:
        if self.mode == "free":
            return table.tab_id is None
        if self.mode == "open":
            return table.tab_id is not None and table.tab_id != self.exclude_tab
        return True

    def _choose(self, table: FloorTable) -> None:
        self.accept()
        self.chosen.emit(table)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        focused = next((index for index, tile in enumerate(self.tiles) if tile is self.focusWidget()), self.current)
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -COLUMNS, Qt.Key.Key_Down: COLUMNS}
        if key in steps and self.tiles:
            target = min(max(focused + steps[key], 0), len(self.tiles) - 1)
            self.point_at(target)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focused >= 0 and self.tiles[focused].isEnabled():
            self._choose(self.tables[focused])
            return
        if event.text().isalnum():
            self.typed = (self.typed + event.text())[-4:]
            for typed in (self.typed, event.text()):  # "1" then "2" finds table 12, else table 2
                match = next((i for i, table in enumerate(self.tables) if table.name.lower() == typed.lower()), -1)
                if match >= 0:
                    self.point_at(match)
                    self.typed = typed
                    return
            return
        super().keyPressEvent(event)
