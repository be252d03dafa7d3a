"""The salon's counter (issue 12) at the demo salon: the walk-in queue per stylist with the estimated waits, and
today's appointments per worker, and the booking dialog opened on a worker's free half hour
(`salon-<screen>_<language>.png`)."""

from __future__ import annotations

from typing import Any

from harness import CASHIER, Shots, settled, wait_until
from PySide6.QtCore import Qt


def salon_counter(shots: Shots) -> None:
    # the second till: the demo opened its shift and took the walk-ins there
    shots.open(lambda place: place.outlet_kind == "salon" and place.till_code == "T2", "salon")
    shots.log_in(CASHIER)
    window = shots.window
    assert window.till_page is not None
    window.till_page.salonRequested.emit()
    page: Any = window.stack.currentWidget()
    wait_until(lambda: page.queue is not None and page.queue_model.rowCount() > 0 and settled())
    page.queue_table.selectRow(0)
    shots.shoot("salon-queue")
    page.day_table.setFocus()
    page.day_table.setCurrentIndex(page.day_model.index(4, 0))
    shots.shoot("salon-day")
    free = next(row for row in range(8, page.day_model.rowCount()) if page.day_model.appointment_at(row, 0) is None)
    page.day_table.setCurrentIndex(page.day_model.index(free, 0))
    page.book()
    dialog: Any = page.dialog
    dialog.customer_name.setText("Ibu Ratna Sari")
    dialog.services.item(0).setCheckState(Qt.CheckState.Checked)
    settled()
    shots.shoot("salon-booking", dialog)  # each name written out: tests/test_screenshots.py finds the scripts by them
    dialog.reject()
    shots.close()
