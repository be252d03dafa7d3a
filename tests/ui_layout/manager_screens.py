"""The manager's screens and dialogs for the layout walk (`screens.SCREENS`): each tab, the catalogue's parts, the
forms and dialogs of the manager's area."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

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


@page("manager: transfers")
def _transfers(place: Place) -> QWidget:
    from ska_pos.ui.manager.manager_screen import ManagerScreen
    from ska_pos.ui.session.manager_host import ManagerHost

    screen = ManagerScreen(place.session("manager"))
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.catalog)
    screen.catalog.parts.setCurrentWidget(screen.transfers)
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


def _stock_part(place: Place, part: str) -> QWidget:
    from ska_pos.ui.manager.manager_screen import ManagerScreen
    from ska_pos.ui.session.manager_host import ManagerHost

    screen = ManagerScreen(place.session("manager"))
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.catalog)
    screen.catalog.parts.setCurrentWidget(screen.catalog.stock)
    screen.stock.parts.setCurrentWidget(getattr(screen.stock, part))
    return ManagerHost(screen)


@page("manager: stock on hand")
def _stock_on_hand(place: Place) -> QWidget:
    return _stock_part(place, "on_hand")


@page("manager: reorder list")
def _stock_reorder(place: Place) -> QWidget:
    return _stock_part(place, "reorder")


@dialog("low stock level")
def _stock_minimum(place: Place) -> QWidget:
    from ska_pos.services.stock.on_hand_page import OnHandRow
    from ska_pos.ui.stock.minimum_dialog import MinimumDialog

    row = OnHandRow(place.shop.keripik.id, "KRPK", "Keripik Singkong Balado", "Camilan", "pcs", Decimal(4), 7_000,
                    Decimal(0), Decimal(6))  # fmt: skip
    return MinimumDialog(place.session("manager"), row)


@page("manager: stock take")
def _stock_take(place: Place) -> QWidget:
    return _stock_part(place, "counting")


@page("manager: gross margin")
def _stock_margin(place: Place) -> QWidget:
    return _stock_part(place, "margin")


def _incoming(place: Place, kind: str) -> QWidget:
    from ska_pos.services.catalog_admin import Choice
    from ska_pos.ui.stock.incoming_dialog import IncomingDialog, Line

    parties = [Choice(place.shop.siti.id, "Koperasi Tani Makmur Sejahtera (TANI)")]
    dialog = IncomingDialog(place.session("manager"), kind, parties)
    dialog.lines = [Line(place.shop.keripik.id, "KRPK", "Keripik Singkong Balado Pedas", Decimal("12"), 7_000)]
    dialog.model.set_rows(dialog.lines)
    dialog.show_error("Pemasok ini belum punya kode: tambahkan dahulu di daftar pemasok")
    return dialog


@dialog("receiving goods")
def _receiving(place: Place) -> QWidget:
    return _incoming(place, "receive")


@dialog("consignment in")
def _consign_in(place: Place) -> QWidget:
    return _incoming(place, "consign_in")


@dialog("consignment return")
def _consign_return(place: Place) -> QWidget:
    return _incoming(place, "consign_return")


@dialog("stock movement history")
def _stock_history(place: Place) -> QWidget:
    from ska_pos.ui.stock.history_dialog import HistoryDialog

    shop = place.shop
    return HistoryDialog(place.session("manager"), shop.keripik.id, shop.cafe.id, "Keripik Singkong")


@dialog("item form, with a scheduled price")
def _item_form(place: Place) -> QWidget:
    from ska_pos.services import catalog_admin, prices
    from ska_pos.ui.manager.item_form import ItemChoices, ItemFormDialog

    session = place.session("manager")
    shop = place.shop
    with shop.db.transaction() as s:
        prices.change_price(s, session.actor, shop.kopi.id, 9_000, None)
        prices.change_price(s, session.actor, shop.kopi.id, 9_500, session.today() + timedelta(days=7))
    with shop.db.reading() as s:
        choices = ItemChoices(
            catalog_admin.category_choices(s, shop.cafe.id), catalog_admin.maker_choices(s, shop.cafe.id)
        )
        item, history = catalog_admin.get_item(s, shop.kopi.id), prices.price_history(s, shop.kopi.id)
    return ItemFormDialog(session, choices, item, history)


@dialog("new item form")
def _new_item_form(place: Place) -> QWidget:
    from ska_pos.services import catalog_admin
    from ska_pos.ui.manager.item_form import ItemChoices, ItemFormDialog

    with place.shop.db.reading() as s:
        outlet_id = place.shop.cafe.id
        choices = ItemChoices(catalog_admin.category_choices(s, outlet_id), catalog_admin.maker_choices(s, outlet_id))
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


@dialog("transfer send")
def _transfer_send(place: Place) -> QWidget:
    from ska_pos.ui.stock.transfers_send_dialog import TransferSendDialog

    return TransferSendDialog(place.session("manager"))


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


@page("manager: suppliers")
def _stock_suppliers(place: Place) -> QWidget:
    return _stock_part(place, "suppliers")


@dialog("supplier form")
def _supplier_form(place: Place) -> QWidget:
    from ska_pos.services.stock.suppliers import SupplierRow
    from ska_pos.ui.stock.supplier_form import SupplierFormDialog

    row = SupplierRow(uuid.uuid4(), "TANIMAKMUR", "Koperasi Tani Makmur Sejahtera Bersama", "0812 3456 7890",
                      "Jl. Raya Bekasi Km 17, Kota Bekasi", True)  # fmt: skip
    dialog = SupplierFormDialog(place.session("manager"), row)
    dialog.show_error("Nama pemasok harus diisi")
    return dialog


@dialog("stock take approval")
def _count_approval(place: Place) -> QWidget:
    from ska_pos.services.stock.count_views import OpenCount
    from ska_pos.services.stock.counts import Variance
    from ska_pos.ui.stock.count_approval_dialog import CountApprovalDialog

    shop = place.shop
    lines = [Variance(shop.keripik.id, "KRPK", "Keripik Singkong Balado Pedas Manis", Decimal(10), Decimal(9), ""),
             Variance(shop.kopi.id, "KOPI", "Kopi Tubruk", Decimal(4), Decimal(6), ""),
             Variance(shop.es_teh.id, "ESTEH", "Es Teh Manis", Decimal(3), Decimal(3), "")]  # fmt: skip
    count = OpenCount(uuid.uuid4(), None, "", datetime(2026, 12, 6, 3, 0, tzinfo=UTC), lines)
    dialog = CountApprovalDialog(place.session("manager"), count)
    dialog.show_error("Beri alasan selisih Keripik Singkong Balado Pedas Manis")
    return dialog
