"""The counter's order money (issue 12) at the demo tailoring gallery: part of a deposit given back, the debt list
and the deposits-held list by age, and a line shared by the cutter and the tailor at intake
(`orders-<screen>_<language>.png`)."""

from __future__ import annotations

from typing import Any

from harness import CASHIER, Shots, settled, wait_until


def order_money(shots: Shots) -> None:
    page = _board(shots, "jahit")
    give_back(shots, page)
    shared_line(shots, page)
    shots.close()
    lists(shots, _board(shots, "laundry"))  # the demo's laundry lets customers pay later: it has debts
    shots.close()


def _board(shots: Shots, kind: str) -> Any:
    shots.open(lambda place: place.outlet_kind == kind, f"orders-money-{kind}")
    shots.log_in(CASHIER)
    window = shots.window
    assert window.till_page is not None
    window.till_page.ordersRequested.emit()
    page: Any = window.stack.currentWidget()
    wait_until(lambda: page.facts is not None and page.model.rowCount() > 0 and settled())
    return page


def give_back(shots: Shots, page: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        wait_until(lambda row=row: page.selected is not None and page.selected.order.id == page.model.row_at(row).id
                   and settled())  # fmt: skip
        if page.selected.order.money.held > 0:
            break
    else:
        raise RuntimeError("no order of the demo holds a deposit")
    QTest.keyClick(page.table, Qt.Key.Key_F6)
    dialog = page.dialog
    shots.type_into(dialog.fields.amount, "25050")
    dialog.reason_field.setText("Kebaya diganti kemeja biasa")
    shots.shoot("orders-give-back", dialog)
    dialog.reject()
    wait_until(lambda: page.dialog is None)


def lists(shots: Shots, page: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def opened(key: Qt.Key) -> Any:
        QTest.keyClick(page.table, key)
        dialog = page.dialog
        wait_until(lambda: bool(dialog.view.totals.text()) and settled())
        return dialog

    def closed(dialog: Any) -> None:
        dialog.reject()
        wait_until(lambda: page.dialog is None)

    debts = opened(Qt.Key.Key_F11)
    shots.shoot("orders-debts", debts)  # each name written out: tests/test_screenshots.py finds the scripts by them
    closed(debts)
    held = opened(Qt.Key.Key_F12)
    shots.shoot("orders-deposits-held", held)
    closed(held)


def shared_line(shots: Shots, page: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(page.table, Qt.Key.Key_F3)
    intake = page.dialog
    intake.customer_name.setText("Ibu Ratna")
    shots.type_into(intake.order_lines.item_search, "kemeja")
    wait_until(lambda: intake.order_lines.items.count() > 0 and settled())
    QTest.keyClick(intake.order_lines.items, Qt.Key.Key_Return)
    workers = page.facts.workers[:2]
    intake.order_lines._shared([(workers[0][0], 4_000), (workers[1][0], 6_000)])
    intake.order_lines.share_line()
    sharing = intake.order_lines.sharing
    shots.shoot("orders-share-workers", sharing)
    sharing.reject()
    wait_until(lambda: intake.order_lines.sharing is None)
    intake.order_lines.note.setText("Bahan dari pelanggan")
    QTest.keyClick(intake.order_lines.quantity, Qt.Key.Key_Return)
    shots.shoot("orders-intake-shared", intake)
    intake.reject()
    wait_until(lambda: page.dialog is None)
