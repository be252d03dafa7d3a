"""The pages around the sale screen: journal, shift, menu, settings, the manager area, and the daily summary,
printer settings and help dialogs. Each is imported when first asked for: the window imports this module before
its first page, and every module imported then delays the login page (benchmarks/till_scale.py); the login page
imports the till's own modules while it waits (`warm_imports.py`).

A mixin of `MainWindow`: it uses the window's session, dispatcher and page switching.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from ska_pos.db.database import Database
from ska_pos.services.this_till import LocalConfig, load_local_config
from ska_pos.ui.session.page_stack import PageStack
from ska_pos.ui.till_session import TillSession

if TYPE_CHECKING:
    from ska_pos.ui.printing.dispatch import ReceiptDispatcher
    from ska_pos.ui.session.till_page import TillPage


class AroundTheSale(PageStack):
    database: Database
    session: TillSession | None
    dispatcher: ReceiptDispatcher | None
    till_page: TillPage | None
    config: LocalConfig
    config_folder: Path | None
    dialog: QWidget | None

    def show_till(self) -> None:
        raise NotImplementedError

    def show_open_shift(self) -> None:
        raise NotImplementedError

    def log_out(self) -> None:
        raise NotImplementedError

    def set_large_text(self, large_text: bool) -> None:
        raise NotImplementedError

    def show_journal(self) -> None:
        from ska_pos.ui.journal.journal_page import JournalPage

        assert self.session is not None
        assert self.dispatcher is not None
        page = JournalPage(self.session, self.dispatcher)
        page.back.connect(self.show_till)
        self.show_page(page, self.show_journal)

    def show_orders(self) -> None:
        from ska_pos.ui.orders.orders_page import OrdersPage

        assert self.session is not None
        assert self.dispatcher is not None
        page = OrdersPage(self.session, self.dispatcher)
        page.back.connect(self.show_till)
        self.show_page(page, self.show_orders)

    def show_packages(self) -> None:
        from ska_pos.ui.packages.packages_page import PackagesPage

        assert self.session is not None
        page = PackagesPage(self.session)
        page.back.connect(self.show_till)
        self.show_page(page, self.show_packages)

    def show_salon(self) -> None:
        from ska_pos.ui.salon.salon_page import SalonPage

        assert self.session is not None
        assert self.dispatcher is not None
        page = SalonPage(self.session, self.dispatcher)
        page.back.connect(self.show_till)
        self.show_page(page, self.show_salon)

    def show_shift(self) -> None:
        from ska_pos.ui.shift.shift_page import ShiftPage

        assert self.session is not None
        page = ShiftPage(self.session)
        page.back.connect(self.show_till)
        page.closeRequested.connect(self.show_close_shift)
        self.show_page(page, self.show_shift)

    def show_close_shift(self) -> None:
        from ska_pos.ui.shift.close_shift_page import CloseShiftPage

        assert self.session is not None
        page = CloseShiftPage(self.session)
        page.back.connect(self.show_shift)
        page.closed.connect(self._shift_closed)
        self.show_page(page, self.show_close_shift)

    def _shift_closed(self, shift_id: uuid.UUID) -> None:
        from ska_pos.ui.session.backup_runs import back_up_after_shift_close
        from ska_pos.ui.shift.report_preview import show_shift_report

        assert self.session is not None
        language = self.session.language
        self.log_out()
        show_shift_report(self, self.database, shift_id, language, on_shown=self._remember_dialog)
        back_up_after_shift_close(self, self.database, self.config)  # the close has committed: the copy holds it

    def _remember_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog

    def show_menu(self) -> None:
        from ska_pos.ui.session.menu_page import MenuPage

        assert self.session is not None
        page = MenuPage(self.session, large_text=self.config.large_text, back_to_sale=self.till_page is not None)
        page.chosen.connect(self._menu_chosen)
        self.show_page(page, self.show_menu)

    def _menu_chosen(self, action: str) -> None:
        handlers: dict[str, Callable[[], None]] = {
            "daily": self.show_daily_summary,
            "dayClose": self.close_the_day,
            "printers": self.show_printer_settings,
            "manager": self.show_manager,
            "lockouts": self.show_lockouts,
            "settings": self.show_settings,
            "problemReport": self.save_problem_report,
            "largeText": lambda: self.set_large_text(not self.config.large_text),
            "logOut": self.log_out,
            "back": self.show_till if self.till_page is not None else self.show_open_shift,
        }
        handlers[action]()

    def save_problem_report(self) -> None:
        from ska_pos.ui.session.problem_report_action import save_problem_report

        save_problem_report(self, self.database)

    def close_the_day(self) -> None:
        from ska_pos.ui.session.day_close_action import close_the_day

        assert self.session is not None
        close_the_day(self, self.session)

    def show_settings(self) -> None:
        from ska_pos.ui.session.settings_page import SettingsPage

        assert self.session is not None
        page = SettingsPage(self.session, config_folder=self.config_folder)
        page.back.connect(self.show_menu)
        page.saved.connect(self._settings_saved)
        self.show_page(page, self.show_settings)

    def _settings_saved(self, till_changed: bool) -> None:
        self.config = load_local_config(self.config_folder)
        if till_changed:
            self.log_out()
        else:
            self.show_menu()

    def show_manager(self) -> None:
        assert self.session is not None
        from ska_pos.ui.manager.manager_screen import ManagerScreen  # heavy (charts): only when asked for
        from ska_pos.ui.session.manager_host import ManagerHost

        page = ManagerHost(ManagerScreen(self.session))
        page.back.connect(self.show_till if self.till_page is not None else self.show_open_shift)
        self.show_page(page, self.show_manager)

    def show_lockouts(self) -> None:
        assert self.session is not None
        from ska_pos.ui.manager.lockouts_dialog import LockoutsDialog

        self._open_dialog(LockoutsDialog(self.session, self))

    def show_daily_summary(self) -> None:
        assert self.session is not None
        from ska_pos.ui.printing.daily_summary_dialog import DailySummaryDialog  # ReportLab: only when asked for

        self._open_dialog(DailySummaryDialog(self.session, self, dispatcher=self.dispatcher))

    def show_printer_settings(self) -> None:
        from ska_pos.ui.printing.printer_settings_dialog import PrinterSettingsDialog

        assert self.session is not None
        self._open_dialog(PrinterSettingsDialog(self.session, self))

    def show_help(self) -> None:
        from ska_pos.ui.help.help_dialog import HelpDialog

        self._open_dialog(HelpDialog(self))

    def _open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()
