"""The floor view is as tall as its tables (it was 520 px, mostly empty below two rows of tiles), and a tile shows
its three lines whole (table, open since, total) when the tables arrive after the dialog is shown."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from ska_pos.services.tabs.state import FloorTable
from ska_pos.ui.tabs.floor_dialog import FloorDialog

pytestmark = [pytest.mark.gui]
OPENED = datetime.fromisoformat("2026-12-07T12:00:00+07:00")


def tables() -> list[FloorTable]:
    return [FloorTable(uuid.uuid4(), str(number), "", uuid.uuid4() if number % 3 == 0 else None,
                       OPENED if number % 3 == 0 else None, 62_370 if number % 3 == 0 else 0)
            for number in range(1, 11)]  # fmt: skip


@pytest.mark.parametrize("arrive_after_show", [False, True])
def test_the_floor_view_sizes_to_its_tables(qtbot: QtBot, arrive_after_show: bool) -> None:
    dialog = FloorDialog(None, None, uuid.uuid4(), tables=[] if arrive_after_show else tables())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    if arrive_after_show:  # as the database thread delivers them
        dialog.show_tables(tables())
    qtbot.wait(50)
    layout = dialog.layout()
    assert layout is not None
    assert dialog.height() <= layout.sizeHint().height() + 2
    assert all(tile.height() >= tile.sizeHint().height() for tile in dialog.tiles)
    assert all(tile.isVisible() for tile in dialog.tiles)
