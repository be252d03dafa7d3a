"""The manager's back office at the demo craft shop (Toko Kriya Sentra): the catalogue's items, the item form,
its categories, items chosen for barcode labels, the label dialog and the labels' preview (`catalog_*`); the
catalogue import, outlets and tills, users and customers (`manager_*`, `outlets_and_tills`), in the scene
`back_office` on the shop's till, where no shift is open (the manager goes to the manager's area after the login);
and the enrolment page of a computer that is no till yet (`till_enrolment`, its own scene).
"""

from __future__ import annotations

from typing import Any

from harness import MANAGER, Shots, settled, wait_until

SHOP = "TKO"  # the craft shop: items with and without barcodes, in categories
LABEL_ROWS = (0, 2, 3, 5)  # the items chosen for labels


def till_enrolment(shots: Shots) -> None:
    """A new computer, not a till yet: the administrator's name typed and the café's till chosen."""
    from PySide6.QtCore import Qt

    shots.open_new_computer("new-computer")
    page: Any = shots.window.stack.currentWidget()
    wait_until(lambda: page.outlet.count() > 0 and settled())
    shots.type_into(page.username, "admin", enter=False)
    page.outlet.setCurrentIndex(max(0, page.outlet.findText("KFE", Qt.MatchFlag.MatchStartsWith)))
    wait_until(lambda: page.till.count() > 0 and settled())
    shots.type_into(page.pin, "0000", enter=False)
    shots.shoot("till_enrolment")
    shots.close()


def back_office(shots: Shots) -> None:
    shots.open(lambda place: place.outlet_code == SHOP, "manager")
    shots.log_in(MANAGER, open_shift=False)
    shots.window.show_manager()
    wait_until(lambda: shots.page() == "managerHost")
    screen: Any = shots.window.stack.currentWidget().content
    catalogue(shots, screen)
    labels(shots, screen)
    other_tabs(shots, screen)
    shots.close()


def show_tab(screen: Any, tab: Any, part: Any = None) -> None:
    screen.tabs.setCurrentWidget(tab)
    if part is not None:
        tab.parts.setCurrentWidget(part)
    wait_until(settled)


def catalogue(shots: Shots, screen: Any) -> None:
    """The items of the shop, one of them open in the item form, and the categories in the quick buttons' order."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    items = screen.catalog.items
    show_tab(screen, screen.catalog, items)
    wait_until(lambda: items.model.rowCount() > 5 and settled())
    shots.shoot("catalog_items")
    items.table.selectRow(1)
    items.edit()
    wait_until(lambda: getattr(items, "form_dialog", None) is not None and items.form_dialog.isVisible())
    wait_until(settled)
    shots.shoot("catalog_item_form", items.form_dialog)
    QTest.keyClick(items.form_dialog, Qt.Key.Key_Escape)
    wait_until(lambda: not items.form_dialog.isVisible())
    categories = screen.catalog.categories
    show_tab(screen, screen.catalog, categories)
    wait_until(lambda: categories.model.rowCount() > 0 and settled())
    shots.shoot("catalog_categories")


def labels(shots: Shots, screen: Any) -> None:
    """Several items chosen in the list (Ctrl), the label dialog for them, and the labels it draws."""
    from PySide6.QtCore import QItemSelectionModel

    from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog

    items = screen.catalog.items
    show_tab(screen, screen.catalog, items)
    chosen = items.table.selectionModel()
    chosen.clearSelection()
    for row in LABEL_ROWS:
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        chosen.select(items.model.index(row, 0), flags)
    shots.shoot("catalog_labels_chosen")
    dialog = items.labels()
    assert dialog is not None
    wait_until(dialog.isVisible)
    shots.shoot("catalog_label_dialog", dialog)
    dialog.try_accept()  # numbers of the sentra's own range for the items without a barcode, then the PDF

    def preview() -> Any:
        return next((shown for shown in items.findChildren(PdfPreviewDialog) if shown.isVisible()), None)

    wait_until(lambda: preview() is not None and settled(), timeout=60)
    shots.shoot("catalog_labels_preview", preview())
    preview().reject()


def other_tabs(shots: Shots, screen: Any) -> None:
    """The catalogue import, the outlets and their tills, the users and the customers, each as it opens."""
    show_tab(screen, screen.catalog, screen.catalog.importing)
    shots.shoot("manager_catalogue_import")
    show_tab(screen, screen.outlet_setup)
    wait_until(lambda: screen.outlet_setup.outlets.count() > 0 and settled())
    screen.outlet_setup.outlets.setCurrentRow(1)  # the café
    wait_until(lambda: screen.outlet_setup.tills.count() > 0 and settled())
    shots.shoot("outlets_and_tills")
    show_tab(screen, screen.users)
    wait_until(lambda: screen.users.model.rowCount() > 0 and settled())
    screen.users.table.selectRow(0)
    wait_until(settled)
    shots.shoot("manager_users")
    regular_customers(shots)
    screen.tabs.setCurrentWidget(screen.customer_parts)  # the customer list is the first part of their tab
    show_tab(screen, screen.customer_parts)
    wait_until(lambda: screen.customers.model.rowCount() > 0 and settled())
    shots.shoot("manager_customers")


CUSTOMERS = (
    ("Ibu Anisa Rahmawati", "0812-3456-7890", "Langganan batik tulis"),
    ("Pak Darmawan", "0857-1122-3344", ""),
    ("Yayasan Cahaya Hati", "021-555-0101", "Pesanan suvenir tiap bulan"),
)


def regular_customers(shots: Shots) -> None:
    """The demo has no customers: the shop's regulars, as a manager adds them, so the list is not empty."""
    from ska_pos.services import customers

    actor = shots.window.session.actor
    with shots.database.transaction() as session:
        if customers.search_customers(session, actor.outlet_id).total:
            return  # added in the other language's run
        for name, phone, notes in CUSTOMERS:
            customers.add_customer(session, actor, customers.CustomerForm(name, phone, notes))
