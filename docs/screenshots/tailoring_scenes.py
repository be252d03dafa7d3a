"""The demo galeri jahit's tailoring (issue 12): the measurement card of an order of a regular customer (the order's
measurements and the customer's history beside a new taking), the workload by promised date, and the intake with its
measurements, cloth and fitting part (`orders-<screen>_<language>.png`)."""

from __future__ import annotations

from typing import Any

from harness import CASHIER, Shots, settled, wait_until


def tailoring(shots: Shots) -> None:
    shots.open(lambda place: place.outlet_kind == "jahit", "orders-tailoring")
    shots.log_in(CASHIER)
    window = shots.window
    assert window.till_page is not None
    window.till_page.ordersRequested.emit()
    page: Any = window.stack.currentWidget()
    wait_until(lambda: page.facts is not None and page.model.rowCount() > 0 and settled())
    measurement_card(shots, page)
    due_dates(shots, page)
    intake(shots, page)
    shots.close()


def measurement_card(shots: Shots, page: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        wait_until(lambda row=row: page.selected is not None and page.selected.order.id == page.model.row_at(row).id
                   and settled())  # fmt: skip
        if page.selected.order.customer_id is not None and page.selected.measured:
            break
    else:
        raise RuntimeError("no order of the demo galeri is a regular customer's")
    QTest.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    card = page.dialog
    wait_until(lambda: card.history.count() > 0 and settled())
    garment = page.selected.measured[0].garment
    card.garment.setCurrentIndex(card.garment.findData(garment))
    first = next(code for code in card.templates[card.garment.currentIndex()].measures)
    shots.type_into(card.fields[first], "41,5")
    shots.shoot("orders-measurement-card", card)
    card.reject()
    wait_until(lambda: page.dialog is None)


def due_dates(shots: Shots, page: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    wait_until(lambda: dialog.days.count() > 0 and settled())
    busiest = max(range(dialog.days.count()), key=lambda row: len(dialog.groups[row]))
    dialog.days.setCurrentRow(busiest)
    shots.shoot("orders-due-dates", dialog)
    dialog.reject()
    wait_until(lambda: page.dialog is None)


def intake(shots: Shots, page: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(page.table, Qt.Key.Key_F3)
    dialog = page.dialog
    dialog.customer_name.setText("Ibu Wulan")
    shots.type_into(dialog.order_lines.item_search, "kemeja")
    wait_until(lambda: dialog.order_lines.items.count() > 0 and settled())
    QTest.keyClick(dialog.order_lines.items, Qt.Key.Key_Return)
    QTest.keyClick(dialog.order_lines.quantity, Qt.Key.Key_Return)
    section = dialog.tailoring
    section.own_cloth.setChecked(True)
    section.cloth_note.setText("Batik tulis 2 m")
    section.fitting.setChecked(True)
    section.open_card()
    card = section.card
    shots.type_into(card.fields["neck"], "39")
    shots.type_into(card.fields["chest"], "96,5")
    card.try_accept()
    wait_until(lambda: section.card is None and settled())
    shots.shoot("orders-intake-tailoring", dialog)
    dialog.reject()
    wait_until(lambda: page.dialog is None)
