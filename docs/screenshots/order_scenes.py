"""The counter's orders (issue 12) at the demo laundry: the board with an order chosen, the intake with a weighed
line, and the worker asked for a stage (`orders-<screen>_<language>.png`)."""

from __future__ import annotations

from typing import Any

from harness import CASHIER, Shots, settled, wait_until


def laundry_orders(shots: Shots) -> None:
    shots.open(lambda place: place.outlet_kind == "laundry", "orders")
    shots.log_in(CASHIER)
    board(shots)
    shots.close()


def board(shots: Shots) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = shots.window
    assert window.till_page is not None
    window.till_page.ordersRequested.emit()
    page: Any = window.stack.currentWidget()
    wait_until(lambda: page.facts is not None and page.model.rowCount() > 0 and settled())
    page.table.selectRow(1)
    wait_until(lambda: page.selected is not None and settled())
    shots.shoot("orders-board")
    QTest.keyClick(page.table, Qt.Key.Key_F3)
    intake = page.dialog
    intake.customer_name.setText("Ibu Anisa")
    intake.phone.setText("0812-3456-7890")
    shots.type_into(intake.order_lines.item_search, "cuci kering setrika")
    wait_until(lambda: intake.order_lines.items.count() > 0 and settled())
    QTest.keyClick(intake.order_lines.items, Qt.Key.Key_Return)
    intake.order_lines.quantity.setText("2,5")
    intake.order_lines.note.setText("Jangan pakai pewangi")
    QTest.keyClick(intake.order_lines.quantity, Qt.Key.Key_Return)
    shots.type_into(intake.order_lines.item_search, "selimut")
    wait_until(lambda: intake.order_lines.items.count() > 0 and settled())
    shots.shoot("orders-intake", intake)
    intake.reject()
    wait_until(lambda: page.dialog is None)
    stage_worker(shots, page)


def stage_worker(shots: Shots, page: Any) -> None:
    """The worker asked for the chosen order's next stage."""
    from ska_pos.domain.orders.workflow import stage_name
    from ska_pos.ui.orders.stage_dialog import StageWorkerDialog

    order = page.selected.order if page.selected else None
    following = page.facts.next_stage(order.stage) if order is not None else None
    if following is None:
        raise RuntimeError("the chosen order has no next stage to ask a worker for")
    dialog = StageWorkerDialog(stage_name(following), page.facts.workers, page)
    dialog.show()
    shots.shoot("orders-stage-worker", dialog)
    dialog.close()
