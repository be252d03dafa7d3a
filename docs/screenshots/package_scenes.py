"""Prepaid packages and WhatsApp messages (issue 12) on the demo: the salon's packages page with its regular
customer's package partly used, and the laundry's WhatsApp message for the chosen order
(`packages-page_<language>.png`, `orders-whatsapp_<language>.png`)."""

from __future__ import annotations

from typing import Any

from harness import CASHIER, Shots, settled, wait_until


def packages_and_messages(shots: Shots) -> None:
    packages_page(shots)
    shots.close()
    whatsapp(shots)
    shots.close()


def packages_page(shots: Shots) -> None:
    shots.open(lambda place: place.outlet_kind == "salon", "packages-salon")
    shots.log_in(CASHIER)
    window = shots.window
    assert window.till_page is not None
    window.till_page.packagesRequested.emit()
    page: Any = window.stack.currentWidget()
    wait_until(lambda: page.plan.count() > 0 and settled())
    shots.type_into(page.search, "Sri")
    wait_until(lambda: page.customer is not None and len(page.packages) > 0 and settled())
    shots.shoot("packages-page")  # each name written out: tests/test_screenshots.py finds the scripts by them


def whatsapp(shots: Shots) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    shots.open(lambda place: place.outlet_kind == "laundry", "whatsapp-laundry")
    shots.log_in(CASHIER)
    window = shots.window
    assert window.till_page is not None
    window.till_page.ordersRequested.emit()
    page: Any = window.stack.currentWidget()
    wait_until(lambda: page.facts is not None and page.model.rowCount() > 0 and page.selected is not None
               and settled())  # fmt: skip
    QTest.keyClick(page.table, Qt.Key.Key_F10)
    dialog = page.dialog
    wait_until(lambda: dialog.prepared is not None and settled())
    shots.shoot("orders-whatsapp", dialog)
    dialog.reject()
    wait_until(lambda: page.dialog is None)
