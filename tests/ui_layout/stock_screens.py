"""The stock screens and dialogs for the layout walk (`screens.SCREENS`): the catalogue's stock parts (on hand,
reorder, stock take, margin, suppliers, transfers) and their dialogs (receiving, consignment, history, a transfer
sent, a low-stock level, a supplier, a stock take's approval)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from ui_layout.screens import Place, dialog, page


@page("manager: transfers")
def _transfers(place: Place) -> QWidget:
    from ska_pos.ui.manager.manager_screen import ManagerScreen
    from ska_pos.ui.session.manager_host import ManagerHost

    screen = ManagerScreen(place.session("manager"))
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.catalog)
    screen.catalog.parts.setCurrentWidget(screen.transfers)
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


@dialog("transfer send")
def _transfer_send(place: Place) -> QWidget:
    from ska_pos.ui.stock.transfers_send_dialog import TransferSendDialog

    return TransferSendDialog(place.session("manager"))


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


@dialog("transfer received short")
def _transfer_receive(place: Place) -> QWidget:
    from ska_pos.reports.stock_models import TransferNoteLine
    from ska_pos.services.stock.transfers import InTransit
    from ska_pos.ui.stock.transfer_receive_dialog import TransferReceiveDialog

    shop = place.shop
    transfer = InTransit(uuid.uuid4(), "KRM-SLN-00012", "SLN", "KFE", datetime(2026, 12, 6, 3, 0, tzinfo=UTC), 2,
                         Decimal(16))  # fmt: skip
    dialog = TransferReceiveDialog(place.session("manager"), transfer)
    dialog._loaded([
        TransferNoteLine(uuid.uuid4(), "KRPK", "Keripik Singkong Balado Pedas Manis", "pcs", Decimal(12),
                         shop.siti.name, None, Decimal(0), ""),
        TransferNoteLine(uuid.uuid4(), "SHMP", "Sampo Lidah Buaya", "pcs", Decimal(4), "", None, Decimal(0), ""),
    ])  # fmt: skip
    dialog.arrived[0].setText("10")
    dialog.reasons[0].setText("Dua bungkus sobek kena paku di bak mobil")
    dialog.show_error("Sebutkan mengapa Sampo Lidah Buaya yang sampai lebih sedikit")
    return dialog


@page("manager: recipes")
def _stock_recipes(place: Place) -> QWidget:
    from ska_pos.services.stock.recipe_views import EditableRecipe, RecipePart

    host = _stock_part(place, "recipes")
    panel = host.findChild(QWidget, "stockRecipes")
    assert panel is not None
    panel._opened(EditableRecipe("KOPISUSU", "Kopi Susu Gula Aren Dingin Ukuran Besar", [  # type: ignore[attr-defined]
        RecipePart("BHNKOPI", "Kopi bubuk robusta Kalimantan Selatan", Decimal(18), "g", ("kg", "g")),
        RecipePart("BHNSUSU", "Susu segar", Decimal(150), "ml", ("l", "ml")),
    ]))  # fmt: skip
    return host


@dialog("opening stock problems")
def _row_problems(place: Place) -> QWidget:
    from pathlib import Path

    from ska_pos.services.catalog_file import RowProblem
    from ska_pos.ui.row_problems import RowProblemsDialog

    problems = [RowProblem(row, "sku", f"Tidak ada barang KRPK-BALADO-{row:04d} di gerai ini") for row in range(2, 152)]
    heading = ("Tidak ada yang diimpor: 150 masalah baris di stok-awal-kafe-desember-2026.xlsx. Perbaiki di lembar "
               "kerja, lalu impor lagi.")  # fmt: skip
    return RowProblemsDialog(None, place.shop.db, place.language, heading, problems, Path("masalah.csv"))
