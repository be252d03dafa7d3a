"""The demo galeri jahit's tailoring (issue 12): the measurement card of an order of a regular customer (the order's
measurements and the customer's history beside a new taking), the workload by promised date with the day's fittings,
the intake with its measurements, cloth and fitting part, and the manager's garments and "not taking orders until"
dialog (`orders-<screen>_<language>.png`)."""

from __future__ import annotations

from typing import Any

from harness import CASHIER, MANAGER, Shots, settled, wait_until


def tailoring(shots: Shots) -> None:
    shots.open(lambda place: place.outlet_kind == "jahit", "orders-tailoring")
    log_in_carrying_on(shots, CASHIER)
    window = shots.window
    assert window.till_page is not None
    window.till_page.ordersRequested.emit()
    page: Any = window.stack.currentWidget()
    wait_until(lambda: page.facts is not None and page.model.rowCount() > 0 and settled())
    measurement_card(shots, page)
    due_dates(shots, page)
    intake(shots, page)
    shots.close()
    garments_and_pause(shots)


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

    def weight(row: int) -> tuple[bool, int]:  # a day with fittings beside its orders, the fullest
        orders, fittings = dialog.groups[row]
        return bool(orders) and bool(fittings), len(orders) + len(fittings)

    busiest = max(range(dialog.days.count()), key=weight)
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


def garments_and_pause(shots: Shots) -> None:
    """The manager's dialog from the outlets tab's capabilities: the kebaya's measures, neck added and renamed, and the
    switch on until a date two weeks on, with its message (shown, not saved)."""
    from datetime import timedelta

    from PySide6.QtCore import QDate

    shots.open(lambda place: place.outlet_kind == "jahit", "orders-tailoring")  # the same computer: its till
    log_in_carrying_on(shots, MANAGER)
    shots.window.show_manager()
    wait_until(lambda: shots.page() == "managerHost")
    screen: Any = shots.window.stack.currentWidget().content
    screen.tabs.setCurrentWidget(screen.outlets)
    editor = screen.outlets.profiles
    wait_until(lambda: len(editor.rows) > 0 and editor.garments.isEnabled() and settled())
    editor.outlet.setCurrentIndex(next(n for n, row in enumerate(editor.rows) if row.kind == "jahit"))
    editor.open_tailoring()
    dialog = editor.tailoring_dialog
    wait_until(lambda: dialog.loaded is not None and settled())
    dialog.garment.setCurrentIndex(dialog.garment.findData("kebaya"))
    dialog.add_choice.setCurrentIndex(dialog.add_choice.findData("neck"))
    dialog.add.click()
    dialog.measures.setCurrentRow(dialog.measures.count() - 1)
    dialog.new_name.setText("Lingkar leher bawah")
    dialog.rename.click()
    dialog.paused.setChecked(True)
    until = shots.window.session.today() + timedelta(days=14)
    dialog.until.setDate(QDate(until.year, until.month, until.day))
    dialog.message.setText("Penuh menjelang Lebaran")
    wait_until(settled)
    shots.shoot("orders-garments-pause", dialog)
    dialog.reject()
    shots.close()


def log_in_carrying_on(shots: Shots, username: str) -> None:
    """Name and PIN typed on the galeri's till; the shift open there (the cashier's, or the manager's who carried it on
    in the other language's pictures) is carried on, or one is opened."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    window = shots.window
    shots.type_into(window.findChild(QLineEdit, "loginNameField"), username)
    shots.type_into(window.findChild(QLineEdit, "loginPinField"), shots.pins[username])

    def take_over() -> Any:
        return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "takeOverDialog"
                     and w.isVisible()), None)  # fmt: skip

    wait_until(lambda: take_over() is not None or shots.page() in ("openShiftPage", "tillPage"))
    if take_over() is not None:
        take_over().accept()
    elif shots.page() == "openShiftPage":
        page = window.stack.currentWidget()
        page.counter.set_counts({100_000: 1, 50_000: 1, 20_000: 2, 10_000: 5, 5_000: 4, 2_000: 5, 1_000: 10})
        page.open_button.click()
    wait_until(lambda: shots.page() == "tillPage")
