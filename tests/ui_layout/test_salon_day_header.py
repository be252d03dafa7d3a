"""The salon's day view keeps its workers' names whole (they were cut at 1024 px in large text): each header gives
its name a word a line, a column is never narrower than its name, and the day scrolls sideways when the names do not
fit side by side. Measured as the layout walk measures (`fit.clips_in`), with five workers of long names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from salon_shop import salon_day
from shop import Shop, as_admin

from ska_pos.db.models import Outlet, Sentra
from ska_pos.domain.outlet_profile import default_profile
from ska_pos.services import setup
from ska_pos.ui import ops
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.salon.salon_page import SalonPage
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.translation import install_language
from ui_layout.fit import clips_in

NAMES = ("Kurniawati Purbaningrum", "Bagus Prasetyo Wibowo", "Sekar Ayuningtyas", "Yohanes Hendrawan",
         "Maria Magdalena Simanjuntak")  # fmt: skip


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_days_worker_names_are_whole_at_1024_in_large_text(
    qtbot: QtBot, shop: Shop, large_text: None, language: str
) -> None:
    salon_day(shop)
    with shop.db.transaction() as s:
        admin, salon = as_admin(s), s.get(Outlet, shop.salon.id)
        assert salon is not None
        sentra = s.get(Sentra, salon.sentra_id)
        assert sentra is not None
        for number, name in enumerate(NAMES, start=10):
            setup.create_worker(s, admin, sentra, f"W0{number}", name, [salon], display_name=name)
    install_language(language)
    session = TillSession(shop.db, shop.salon_cashier, "kasir", "Rina Kasir", "SLN", "Salon Ceria",
                          default_profile("salon"), "T1", language)  # fmt: skip
    page = SalonPage(session, ReceiptDispatcher(shop.db, shop.salon_cashier.till_id))
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    qtbot.waitUntil(lambda: not ops._running and page.day_model.columnCount() == len(NAMES) + 2, timeout=10_000)
    for _round in range(4):
        QApplication.processEvents()
    header = page.day_table.horizontalHeader()
    clips = [str(clip) for clip in clips_in(page, "salon day") if "salonDay" in clip.object_name]
    assert not clips, "\n".join(clips)
    shown = {page.day_model.headerData(n, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
             for n in range(header.count())}  # fmt: skip
    assert set(NAMES) <= shown  # the whole name, as the tooltip
    assert header.sectionSize(0) >= page.day_table.viewport().width() // header.count()  # never below its share
