"""The café till's pictures: the login, the sale screen with a full cart and the options picker, the payment dialog
(and with a tip), the split view by items and in equal shares, a table's tab and the floor view, today's journal,
the shift and its close, and the key map. One scene, `cafe_till`, in this order: each step sells on from the last.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from harness import CASHIER, Shots, settled, wait_until


def cafe_till(shots: Shots) -> None:
    from ska_pos.services.this_till import DEMO_TILL

    shots.open(lambda place: (place.outlet_code, place.till_code) == DEMO_TILL, "machine")
    shots.shoot("login")
    shots.log_in(CASHIER)
    sell(shots)
    split_bill(shots)
    split_in_shares(shots)
    open_tab(shots)
    tip(shots)
    journal(shots)
    shift_close(shots)
    shots.window.show_help()
    shots.shoot("help", shots.window.dialog)
    shots.close()


def barcodes(shots: Shots) -> list[str]:
    from sqlalchemy import select

    from ska_pos.db.models import Barcode, Item

    assert shots.window.session is not None
    with shots.database.reading() as session:
        codes = session.scalars(
            select(Barcode.code)
            .join(Item, Item.id == Barcode.item_id)
            .where(Item.outlet_id == shots.window.session.actor.outlet_id)
            .order_by(Item.sku)
        ).all()
    return list(codes)


def sell(shots: Shots) -> None:
    """A full cart (shot), the payment dialog with cash typed (shot), paid; then a second, smaller sale."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    assert shots.window.till_page is not None
    screen: Any = shots.window.till_page.sale_screen
    codes = barcodes(shots)
    for code in (codes[0], f"2*{codes[3]}", codes[7], codes[12], codes[15], f"3*{codes[20]}", codes[24]):
        shots.type_into(screen.search.field, code)
        choose_options(screen, "1")
    modifier_picker(shots, screen)
    shots.shoot("sale")
    QTest.keyClick(screen.search.field, Qt.Key.Key_F12)
    wait_until(lambda: screen.active_dialog is not None)
    dialog = screen.active_dialog
    dialog.cash.amount.clear()
    shots.type_into(dialog.cash.amount, "200000", enter=False)
    shots.shoot("payment", dialog)
    QTest.keyClick(dialog.cash.amount, Qt.Key.Key_Return)
    wait_until(lambda: screen.presenter.last_sale is not None and not screen.presenter.busy)
    shots.type_into(screen.search.field, codes[2])
    choose_options(screen, "1")
    QTest.keyClick(screen.search.field, Qt.Key.Key_F12)
    wait_until(lambda: screen.active_dialog is not None)
    QTest.keyClick(screen.active_dialog.cash.amount, Qt.Key.Key_Return)  # the exact amount is already typed
    wait_until(lambda: not screen.presenter.busy and screen.active_dialog is None)


def split_bill(shots: Shots) -> None:
    """A bill split by items: the split view (shot), then each part paid as its own sale."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    assert shots.window.till_page is not None
    screen: Any = shots.window.till_page.sale_screen
    codes = barcodes(shots)
    for code in (codes[0], f"2*{codes[3]}", codes[7], codes[12]):
        shots.type_into(screen.search.field, code)
        choose_options(screen, "1")  # a café item with required options asks for them
    wait_until(lambda: screen.presenter.pending == 0)
    QTest.keyClick(screen.search.field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: split_dialog(screen))
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_2):
        QTest.keyClick(split_dialog(screen).list, key)
    shots.shoot("split_bill", split_dialog(screen))
    for _part in range(2):
        wait_until(lambda: split_dialog(screen))
        QTest.keyClick(split_dialog(screen).list, Qt.Key.Key_Return)
        wait_until(lambda: getattr(screen.active_dialog, "objectName", str)() == "paymentDialog")
        QTest.keyClick(screen.active_dialog.cash.amount, Qt.Key.Key_Return)  # the exact amount is already typed
        wait_until(lambda: split_dialog(screen) is not None or not screen.presenter.busy)
    wait_until(lambda: not screen.presenter.busy and screen.active_dialog is None)


def split_dialog(screen: Any) -> Any:
    """The split view, when it is the dialog the sale screen shows."""
    dialog = screen.active_dialog
    return dialog if getattr(dialog, "objectName", str)() == "splitDialog" else None


def choose_options(screen: Any, *keys: str) -> None:
    """An item with required options opens the picker as it is added: each group answered with `keys`."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    wait_until(lambda: screen.presenter.pending == 0 and settled())
    dialog = screen.active_dialog
    if dialog is None or dialog.objectName() != "modifierDialog":
        return
    for _group in dialog.groups:
        for key in keys:
            QTest.keyClick(dialog, Qt.Key(ord(key)))  # a digit's key is its character code
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    wait_until(lambda: screen.active_dialog is None and settled())


def modifier_picker(shots: Shots, screen: Any) -> None:
    """An iced coffee with little sugar, large (asked as it is added), then every group from its cart line."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import select

    from ska_pos.db.models import Barcode, Item

    with shots.database.reading() as session:
        code = session.scalar(select(Barcode.code).join(Item).where(Item.name == "Es Kopi Susu"))
    shots.type_into(screen.search.field, code)
    choose_options(screen, "2")
    QTest.keyClick(screen.search.field, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: screen.active_dialog is not None and settled())
    dialog = screen.active_dialog
    QTest.keyClick(dialog, Qt.Key.Key_Down)
    shots.shoot("modifier_picker", dialog)
    dialog.reject()
    wait_until(lambda: screen.active_dialog is None)


def split_in_shares(shots: Shots) -> None:
    """A bill split in three equal shares: the shares view (shot), then each share paid; one sale."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    assert shots.window.till_page is not None
    screen: Any = shots.window.till_page.sale_screen
    codes = barcodes(shots)
    for code in (codes[1], f"2*{codes[4]}", codes[8]):
        shots.type_into(screen.search.field, code)
        choose_options(screen, "1")  # a café item with required options asks for them
    wait_until(lambda: screen.presenter.pending == 0)
    QTest.keyClick(screen.search.field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: split_dialog(screen))
    QTest.keyClick(split_dialog(screen), Qt.Key.Key_F3)
    QTest.keyClicks(split_dialog(screen).count, "3")
    for share in range(3):
        wait_until(lambda: split_dialog(screen))
        if share == 1:
            shots.shoot("split_shares", split_dialog(screen))  # one share paid, two to go
        QTest.keyClick(split_dialog(screen).count, Qt.Key.Key_Return)
        wait_until(lambda: getattr(screen.active_dialog, "objectName", str)() == "paymentDialog")
        QTest.keyClick(screen.active_dialog.cash.amount, Qt.Key.Key_Return)  # the exact amount is already typed
        wait_until(lambda: split_dialog(screen) is not None or not screen.presenter.busy)
    wait_until(lambda: not screen.presenter.busy and screen.active_dialog is None)


def open_tab(shots: Shots) -> None:
    """A table's tab: two rounds sent from the till's cart (the tab shot), then the floor view (shot)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ska_pos.ui.tabs.floor_dialog import FloorDialog
    from ska_pos.ui.tabs.tab_dialog import TabDialog

    assert shots.window.till_page is not None
    screen: Any = shots.window.till_page.sale_screen
    codes = barcodes(shots)
    table = "3" if shots.language == "id" else "5"  # one demo database for both languages

    def shown(kind: type) -> Any:
        return next((child for child in screen.findChildren(kind) if child.isVisible()), None)

    def lines_shown(tab: Any, count: int) -> bool:
        return bool(tab.lines.count() == count)

    def tab_of_table() -> Any:
        QTest.keyClick(screen.search.field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        wait_until(lambda: shown(FloorDialog) is not None and shown(FloorDialog).tiles)
        floor = shown(FloorDialog)
        QTest.keyClicks(floor, table)
        QTest.keyClick(floor, Qt.Key.Key_Return)
        wait_until(lambda: shown(TabDialog) is not None)
        return shown(TabDialog)

    for round_codes, lines in (((codes[0], f"2*{codes[3]}"), 2), ((codes[7], codes[12]), 4)):
        for code in round_codes:
            shots.type_into(screen.search.field, code)
            choose_options(screen, "1")
        wait_until(lambda: screen.presenter.pending == 0)
        tab = tab_of_table()
        wait_until(partial(lines_shown, tab, lines - 2))
        QTest.keyClick(tab, Qt.Key.Key_S)
        wait_until(partial(lines_shown, tab, lines))
        if lines == 4:
            shots.shoot("tab_rounds", tab)
        tab.reject()
        screen.focus_search()
    QTest.keyClick(screen.search.field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: shown(FloorDialog) is not None and shown(FloorDialog).tiles)
    shots.shoot("floor_view", shown(FloorDialog))
    shown(FloorDialog).reject()
    screen.focus_search()


def tip(shots: Shots) -> None:
    """A sale paid with a tip typed at the payment (shot)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    assert shots.window.till_page is not None
    screen: Any = shots.window.till_page.sale_screen
    codes = barcodes(shots)
    for code in (codes[5], codes[9]):
        shots.type_into(screen.search.field, code)
        choose_options(screen, "1")  # a café item with required options asks for them
    wait_until(lambda: screen.presenter.pending == 0)
    QTest.keyClick(screen.search.field, Qt.Key.Key_F12)
    wait_until(lambda: screen.active_dialog is not None)
    dialog = screen.active_dialog
    QTest.keyClick(dialog, Qt.Key.Key_F6)
    shots.type_into(dialog.tip.amount_field, "5000", enter=False)
    dialog.cash.amount.clear()
    shots.type_into(dialog.cash.amount, "100000", enter=False)
    shots.shoot("payment_tip", dialog)
    QTest.keyClick(dialog.cash.amount, Qt.Key.Key_Return)
    wait_until(lambda: not screen.presenter.busy and screen.active_dialog is None)


def journal(shots: Shots) -> None:
    """The second sale voided by a supervisor first, so the journal shows a void and its sale."""
    from ska_pos.services import auth, reversals

    assert shots.window.till_page is not None
    assert shots.window.session is not None
    screen: Any = shots.window.till_page.sale_screen
    with shots.database.transaction() as session:
        reversals.void_sale(session, shots.window.session.actor, screen.presenter.last_sale.sale_id,
                            "pelanggan batal", approval=auth.approve(session, "spv", shots.pins["spv"],
                                                                     "sale.void").approval)  # fmt: skip
    shots.window.till_page.journalRequested.emit()
    page: Any = shots.window.stack.currentWidget()
    wait_until(lambda: page.proxy.rowCount() >= 2)
    shots.shoot("journal")
    page.back.emit()


def shift_close(shots: Shots) -> None:
    from ska_pos.services.shifts import DENOMINATIONS

    assert shots.window.till_page is not None
    shots.window.till_page.shiftRequested.emit()
    shift_page: Any = shots.window.stack.currentWidget()
    wait_until(lambda: shift_page.report is not None)
    shots.shoot("shift")
    shift_page.closeRequested.emit()
    page: Any = shots.window.stack.currentWidget()
    wait_until(lambda: page.expected is not None)
    counts, left = {}, page.expected - 2_000  # the drawer is Rp2.000 short
    for value in DENOMINATIONS:
        counts[value], left = divmod(left, value)
    page.counter.set_counts(counts)
    page.note.setText("")
    shots.shoot("shift_close")
    shots.window.show_till()
