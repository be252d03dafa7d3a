"""The manager's screens and dialogs for the layout walk (`screens.SCREENS`): each tab, the catalogue's parts, the
forms and dialogs of the manager's area. The stock parts and their dialogs are in stock_screens.py."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtWidgets import QWidget

from ska_pos.demo.qris_sample import sample_static_qris
from ska_pos.services import users, workers
from ska_pos.services.earnings import worker_earnings
from ui_layout.screens import PERIOD, Builder, Place, dialog, page

# --- the manager --------------------------------------------------------------------------------------------------


def _manager(tab: int) -> Builder:
    def build(place: Place) -> QWidget:
        from ska_pos.ui.manager.manager_screen import ManagerScreen
        from ska_pos.ui.session.manager_host import ManagerHost

        screen = ManagerScreen(place.session("manager"))
        assert screen.tabs is not None
        screen.tabs.setCurrentIndex(tab)
        return ManagerHost(screen)

    return build


for _tab, _title in enumerate(
    (
        "earnings",
        "outlets",
        "workers",
        "share rules",
        "catalogue",
        "outlets and tills",
        "users",
        "customers",
    )
):
    page(f"manager: {_title}")(_manager(_tab))


@page("manager: debts and down payments held")
def _money_lists(place: Place) -> QWidget:
    from ska_pos.ui.manager.manager_screen import ManagerScreen
    from ska_pos.ui.session.manager_host import ManagerHost

    screen = ManagerScreen(place.session("manager"))
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.customer_parts)
    screen.customer_parts.setCurrentWidget(screen.money_lists)
    return ManagerHost(screen)


@page("manager: catalogue import")
def _catalog_import(place: Place) -> QWidget:
    from ska_pos.ui.manager.manager_screen import ManagerScreen
    from ska_pos.ui.session.manager_host import ManagerHost

    screen = ManagerScreen(place.session("manager"))
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.catalog)
    screen.catalog.parts.setCurrentWidget(screen.catalog.importing)
    return ManagerHost(screen)


@page("manager: tables and stations")
def _tables(place: Place) -> QWidget:
    from ska_pos.ui.manager.manager_screen import ManagerScreen
    from ska_pos.ui.session.manager_host import ManagerHost

    screen = ManagerScreen(place.session("manager"))
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.catalog)
    screen.catalog.parts.setCurrentWidget(screen.tables)
    return ManagerHost(screen)


@page("manager: catalogue categories")
def _catalog_categories(place: Place) -> QWidget:
    from ska_pos.ui.manager.manager_screen import ManagerScreen
    from ska_pos.ui.session.manager_host import ManagerHost

    screen = ManagerScreen(place.session("manager"))
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.catalog)
    screen.catalog.parts.setCurrentWidget(screen.catalog.categories)
    return ManagerHost(screen)


@dialog("item form, with a scheduled price")
def _item_form(place: Place) -> QWidget:
    from ska_pos.services import catalog_admin, catalog_categories, prices
    from ska_pos.ui.manager.item_form import ItemChoices, ItemFormDialog

    session = place.session("manager")
    shop = place.shop
    with shop.db.transaction() as s:
        prices.change_price(s, session.actor, shop.kopi.id, 9_000, None)
        prices.change_price(s, session.actor, shop.kopi.id, 9_500, session.today() + timedelta(days=7))
    with shop.db.reading() as s:
        choices = ItemChoices(
            catalog_categories.category_choices(s, shop.cafe.id), catalog_admin.maker_choices(s, shop.cafe.id)
        )
        item, history = catalog_admin.get_item(s, shop.kopi.id), prices.price_history(s, shop.kopi.id)
    return ItemFormDialog(session, choices, item, history)


@dialog("new item form")
def _new_item_form(place: Place) -> QWidget:
    from ska_pos.services import catalog_admin, catalog_categories
    from ska_pos.ui.manager.item_form import ItemChoices, ItemFormDialog

    with place.shop.db.reading() as s:
        outlet_id = place.shop.cafe.id
        choices = ItemChoices(
            catalog_categories.category_choices(s, outlet_id), catalog_admin.maker_choices(s, outlet_id)
        )
    return ItemFormDialog(place.session("manager"), choices)


@dialog("barcode labels for chosen items")
def _label_dialog(place: Place) -> QWidget:
    from ska_pos.services import catalog_admin
    from ska_pos.ui.manager.label_dialog import LabelDialog

    with place.shop.db.reading() as s:
        rows = catalog_admin.list_items(s, place.shop.cafe.id).rows
    return LabelDialog(place.session("manager"), rows)


@dialog("category form")
def _category_form(place: Place) -> QWidget:
    from ska_pos.ui.manager.category_panel import CategoryNameDialog

    return CategoryNameDialog(place.session("manager"))


@page("manager screen, not a manager")
def _not_manager(place: Place) -> QWidget:
    from ska_pos.ui.manager.manager_screen import ManagerScreen
    from ska_pos.ui.session.manager_host import ManagerHost

    return ManagerHost(ManagerScreen(place.session("supervisor")))


def _siti(place: Place) -> tuple[uuid.UUID, str]:
    return place.shop.siti.id, "Siti Rahayu"


@dialog("worker statement")
def _worker_detail(place: Place) -> QWidget:
    from ska_pos.ui.manager.worker_detail import WorkerDetailDialog

    with place.shop.db.reading() as s:
        row = worker_earnings(s, PERIOD, worker_ids=[place.shop.siti.id])[0]
    return WorkerDetailDialog(place.session("manager"), row, PERIOD)


@dialog("worker form")
def _worker_form(place: Place) -> QWidget:
    from ska_pos.ui.manager.worker_form import WorkerFormDialog

    session = place.session("manager")
    with place.shop.db.reading() as s:
        outlets = workers.outlet_choices(s)
        siti = next(w for w in workers.list_workers(s, session.actor) if w.id == place.shop.siti.id)
    return WorkerFormDialog(session, outlets, siti)


def _kasir_row(place: Place) -> users.UserRow:
    with place.shop.db.reading() as s:
        return next(row for row in users.list_users(s, "kasir").rows if row.username == "kasir")


@dialog("user form, new")
def _user_form_new(place: Place) -> QWidget:
    from ska_pos.ui.manager.user_form import UserFormDialog

    with place.shop.db.reading() as s:
        outlets = workers.outlet_choices(s)
    return UserFormDialog(place.session("manager"), outlets)


@dialog("user form, edit")
def _user_form_edit(place: Place) -> QWidget:
    from ska_pos.ui.manager.user_form import UserFormDialog

    with place.shop.db.reading() as s:
        outlets = workers.outlet_choices(s)
    return UserFormDialog(place.session("manager"), outlets, _kasir_row(place))


@dialog("user role")
def _user_role(place: Place) -> QWidget:
    from ska_pos.ui.manager.user_form import RoleDialog

    return RoleDialog(place.session("manager"), _kasir_row(place))


@dialog("user PIN reset")
def _user_reset_pin(place: Place) -> QWidget:
    from ska_pos.ui.manager.user_form import ResetPinDialog

    return ResetPinDialog(place.session("manager"), _kasir_row(place))


@dialog("locked-out users")
def _lockouts(place: Place) -> QWidget:
    from ska_pos.ui.manager.lockouts_dialog import LockoutsDialog

    return LockoutsDialog(place.session("supervisor"))


@dialog("customer at the till")
def _till_customer(place: Place) -> QWidget:
    from ska_pos.ui.till.customer_dialog import CustomerDialog

    return CustomerDialog(place.session(), None, "", place.sale_screen)


@dialog("customer form")
def _customer_form(place: Place) -> QWidget:
    from ska_pos.ui.manager.customer_form import CustomerFormDialog

    return CustomerFormDialog(place.session("manager"))


@dialog("personal data")
def _personal_data(place: Place) -> QWidget:
    from ska_pos.ui.manager.personal_data_dialog import PersonalDataDialog

    return PersonalDataDialog(place.session("manager"), place.shop.siti.id, place.shop.siti.name)


@dialog("personal data erasure")
def _erasure(place: Place) -> QWidget:
    from ska_pos.ui.manager.personal_data_dialog import ErasureDialog

    return ErasureDialog(place.session("manager"), place.shop.siti.id, place.shop.siti.name)


@dialog("payout")
def _payout(place: Place) -> QWidget:
    from ska_pos.ui.manager.payout_dialog import PayoutDialog

    return PayoutDialog(place.session("manager"), *_siti(place), PERIOD)


@dialog("adjustment")
def _adjustment(place: Place) -> QWidget:
    from ska_pos.ui.manager.adjustment_dialog import AdjustmentDialog

    return AdjustmentDialog(place.session("manager"), *_siti(place))


@dialog("share rule")
def _rule(place: Place) -> QWidget:
    from ska_pos.ui.manager.rule_form import RuleFormDialog

    return RuleFormDialog(place.session("manager"), place.shop.cafe.id, "Kafe Budi Luhur")


@dialog("outlet profile editor")
def _profiles(place: Place) -> QWidget:
    from ska_pos.ui.manager.outlet_profile_editor import OutletProfileEditor

    return OutletProfileEditor(place.session("manager"))


@dialog("qris set-up")
def _qris(place: Place) -> QWidget:
    """Checked, its tallest: the merchant it read and the test code shown."""
    from ska_pos.ui.manager.qris_dialog import QrisDialog

    dialog = QrisDialog(place.session("manager"), place.shop.salon.id)
    dialog.payload.setPlainText(sample_static_qris("Salon SKA Mandiri", "KOTA BEKASI"))
    dialog.check_code()
    return dialog


@page("prints waiting")
def _prints_waiting(place: Place) -> QWidget:
    """The main window's status bar while prints wait, with the printer's last error (the window's width)."""
    from dataclasses import replace

    from ska_pos.printing.print_queue import PrintJob
    from ska_pos.printing.transports import PrinterSettings
    from ska_pos.ui.printing.print_status import PrintStatusWidget

    failed = replace(PrintJob.new("report", b"%PDF", PrinterSettings()), last_error="Printer tidak menjawab (USB)")
    for job in (PrintJob.new("report", b"%PDF", PrinterSettings()), failed):
        place.dispatcher.store.add(job)  # waiting in the till's queue, as the status bar reads them
    return PrintStatusWidget(place.dispatcher)


@dialog("opening hours")
def _opening_hours(place: Place) -> QWidget:
    """An outlet's seven days, Sunday closed."""
    from ska_pos.domain.orders.opening_hours import DEFAULT_OPENING_HOURS, OpeningHours
    from ska_pos.ui.manager.opening_hours_dialog import OpeningHoursDialog

    dialog = OpeningHoursDialog(place.session("manager"), place.shop.salon.id)
    dialog.show_hours(OpeningHours((*DEFAULT_OPENING_HOURS.days[:6], None)))
    return dialog
