"""Screenshots of the till for the README, in Bahasa Indonesia and English (`make screenshots`).

Drives the real window on a fresh demo database in a temporary folder, the way a cashier does (keys typed into the
focused field), and saves `<screen>_<language>.png` beside this script: the login, the sale screen with a full
cart, the payment dialog (and with a tip), the split view by items and in equal shares, today's journal, the shift
and its close, and the key map. Runs offscreen by default (`widget.grab()` gives a true picture); `--x11` uses the
display in $DISPLAY instead, for example under Xvfb. `--setup` makes the setting-up guide's pictures instead
(`setup_<step>_<language>.png`): a new sentra set up through the window on an empty database, no demo data.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


HERE = Path(__file__).resolve().parent
CASHIER = "kasir1"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Screenshots of the SKA POS till for the README")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNG files (default: this folder)")
    parser.add_argument("--languages", nargs="+", default=["id", "en"], choices=["id", "en"])
    parser.add_argument("--size", default="1366x768", help="window size, e.g. 1920x1080")
    parser.add_argument("--days", type=int, default=3, help="days of demo sales before today")
    parser.add_argument("--x11", action="store_true", help="use the display in $DISPLAY instead of offscreen")
    parser.add_argument("--setup", action="store_true",
                        help="instead, the pictures of docs/setting-up.md (setup_*): a new sentra set up through the "
                             "window on an empty database, by tests/ui_shell/test_new_sentra.py")  # fmt: skip
    return parser.parse_args(argv)


def prepare_environment(folder: Path, x11: bool) -> None:
    """Before anything imports Qt or reads the data folder."""
    if not x11:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["SKA_POS_DATA_DIR"] = str(folder / "data")
    (folder / "escpos").mkdir(parents=True, exist_ok=True)
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(folder / "escpos")
    sys.path.insert(0, str(HERE.parent.parent))  # the checkout, when run as a script


def wait_until(condition: Callable[[], object], timeout: float = 15.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()


class Shooter:
    """One language: a window on the shared demo database, driven from login to the shift close."""

    def __init__(self, database: Any, demo: Any, folder: Path, out: Path, size: tuple[int, int]) -> None:
        self.database, self.folder, self.out, self.size = database, folder, out, size
        self.pins, self.supervisor_id = demo.pins, demo.supervisor_id
        self.saved: list[Path] = []

    def run(self, language: str) -> list[Path]:
        from ska_pos.services import settings
        from ska_pos.services.this_till import DEMO_TILL, LocalConfig, save_local_config, till_places
        from ska_pos.ui.main_window import MainWindow
        from ska_pos.ui.translation import install_language

        install_language(language)
        self.language = language
        machine = self.folder / f"machine-{language}"
        with self.database.reading() as session:  # this computer is the demo café's till (chosen, not enrolled)
            cafe = next(p for p in till_places(session) if (p.outlet_code, p.till_code) == DEMO_TILL)
        with self.database.transaction() as session:
            settings.set_language(session, language, cafe.till_id)
        save_local_config(LocalConfig(cafe.till_id), machine)
        window = MainWindow(self.database, config_folder=machine)
        window.resize(*self.size)
        window.show()
        window.start()
        self.window = window
        wait_until(lambda: self.page() == "loginPage")
        self.shoot("login")
        self.log_in()
        self.sell()
        self.split_bill()
        self.split_in_shares()
        self.open_tab()
        self.tip()
        self.journal()
        self.shift_close()
        window.show_help()
        self.shoot("help", window.dialog)
        window.close()
        return self.saved

    def page(self) -> str:
        current = self.window.stack.currentWidget()
        return current.objectName() if current is not None else ""

    def shoot(self, name: str, dialog: QWidget | None = None) -> None:
        """The window, with a dialog drawn over it where it would stand (offscreen, dialogs are windows apart)."""
        from PySide6.QtGui import QColor, QPainter, QPen

        wait_until(lambda: True)
        picture = self.window.grab()
        if dialog is not None:
            painter = QPainter(picture)
            painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
            shown = dialog.grab()
            left, top = (picture.width() - shown.width()) // 2, (picture.height() - shown.height()) // 2
            painter.drawPixmap(left, top, shown)
            painter.setPen(QPen(QColor("#4a5568"), 2))
            painter.drawRect(left - 1, top - 1, shown.width() + 1, shown.height() + 1)
            painter.end()
        path = self.out / f"{name}_{self.language}.png"
        picture.save(str(path))
        self.saved.append(path)

    def type_into(self, widget: QWidget, text: str, *, enter: bool = True) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClicks(widget, text)
        if enter:
            QTest.keyClick(widget, Qt.Key.Key_Return)

    def log_in(self) -> None:
        from PySide6.QtWidgets import QLineEdit

        window = self.window
        self.type_into(window.findChild(QLineEdit, "loginNameField"), CASHIER)
        self.type_into(window.findChild(QLineEdit, "loginPinField"), self.pins[CASHIER])
        wait_until(lambda: self.page() in ("openShiftPage", "tillPage"))
        if self.page() == "openShiftPage":
            page = window.stack.currentWidget()
            page.counter.set_counts({100_000: 1, 50_000: 1, 20_000: 2, 10_000: 5, 5_000: 4, 2_000: 5, 1_000: 10})
            page.open_button.click()
            wait_until(lambda: self.page() == "tillPage")

    def barcodes(self) -> list[str]:
        from sqlalchemy import select

        from ska_pos.db.models import Barcode, Item

        assert self.window.session is not None
        with self.database.reading() as session:
            codes = session.scalars(
                select(Barcode.code)
                .join(Item, Item.id == Barcode.item_id)
                .where(Item.outlet_id == self.window.session.actor.outlet_id)
                .order_by(Item.sku)
            ).all()
        return list(codes)

    def sell(self) -> None:
        """A full cart (shot), the payment dialog with cash typed (shot), paid; then a second, smaller sale."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        assert self.window.till_page is not None
        screen: Any = self.window.till_page.sale_screen
        codes = self.barcodes()
        for code in (codes[0], f"2*{codes[3]}", codes[7], codes[12], codes[15], f"3*{codes[20]}", codes[24]):
            self.type_into(screen.search.field, code)
            self.choose_options(screen, "1")
        self.modifier_picker(screen)
        self.shoot("sale")
        QTest.keyClick(screen.search.field, Qt.Key.Key_F12)
        wait_until(lambda: screen.active_dialog is not None)
        dialog = screen.active_dialog
        dialog.cash.amount.clear()
        self.type_into(dialog.cash.amount, "200000", enter=False)
        self.shoot("payment", dialog)
        QTest.keyClick(dialog.cash.amount, Qt.Key.Key_Return)
        wait_until(lambda: screen.presenter.last_sale is not None and not screen.presenter.busy)
        self.type_into(screen.search.field, codes[2])
        self.choose_options(screen, "1")
        QTest.keyClick(screen.search.field, Qt.Key.Key_F12)
        wait_until(lambda: screen.active_dialog is not None)
        QTest.keyClick(screen.active_dialog.cash.amount, Qt.Key.Key_Return)  # the exact amount is already typed
        wait_until(lambda: not screen.presenter.busy and screen.active_dialog is None)

    def split_bill(self) -> None:
        """A bill split by items: the split view (shot), then each part paid as its own sale."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        assert self.window.till_page is not None
        screen: Any = self.window.till_page.sale_screen
        codes = self.barcodes()
        for code in (codes[0], f"2*{codes[3]}", codes[7], codes[12]):
            self.type_into(screen.search.field, code)
            self.choose_options(screen, "1")  # a café item with required options asks for them
        wait_until(lambda: screen.presenter.pending == 0)
        QTest.keyClick(screen.search.field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        split = lambda: screen.active_dialog if getattr(screen.active_dialog, "objectName", str)() == "splitDialog" else None  # noqa: E731
        wait_until(split)
        for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_2):
            QTest.keyClick(split().list, key)
        self.shoot("split_bill", split())
        for _part in range(2):
            wait_until(split)
            QTest.keyClick(split().list, Qt.Key.Key_Return)
            wait_until(lambda: getattr(screen.active_dialog, "objectName", str)() == "paymentDialog")
            QTest.keyClick(screen.active_dialog.cash.amount, Qt.Key.Key_Return)  # the exact amount is already typed
            wait_until(lambda: split() is not None or not screen.presenter.busy)
        wait_until(lambda: not screen.presenter.busy and screen.active_dialog is None)

    def choose_options(self, screen: Any, *keys: str) -> None:
        """An item with required options opens the picker as it is added: each group answered with `keys`."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from ska_pos.ui import ops

        wait_until(lambda: screen.presenter.pending == 0 and not ops._running)
        dialog = screen.active_dialog
        if dialog is None or dialog.objectName() != "modifierDialog":
            return
        for _group in dialog.groups:
            for key in keys:
                QTest.keyClick(dialog, key)
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        wait_until(lambda: screen.active_dialog is None and not ops._running)

    def modifier_picker(self, screen: Any) -> None:
        """An iced coffee with little sugar, large (asked as it is added), then every group from its cart line."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from sqlalchemy import select

        from ska_pos.db.models import Barcode, Item
        from ska_pos.ui import ops

        with self.database.reading() as session:
            code = session.scalar(select(Barcode.code).join(Item).where(Item.name == "Es Kopi Susu"))
        self.type_into(screen.search.field, code)
        self.choose_options(screen, "2")
        QTest.keyClick(screen.search.field, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        wait_until(lambda: screen.active_dialog is not None and not ops._running)
        dialog = screen.active_dialog
        QTest.keyClick(dialog, Qt.Key.Key_Down)
        self.shoot("modifier_picker", dialog)
        dialog.reject()
        wait_until(lambda: screen.active_dialog is None)

    def split_in_shares(self) -> None:
        """A bill split in three equal shares: the shares view (shot), then each share paid; one sale."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        assert self.window.till_page is not None
        screen: Any = self.window.till_page.sale_screen
        codes = self.barcodes()
        for code in (codes[1], f"2*{codes[4]}", codes[8]):
            self.type_into(screen.search.field, code)
            self.choose_options(screen, "1")  # a café item with required options asks for them
        wait_until(lambda: screen.presenter.pending == 0)
        QTest.keyClick(screen.search.field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        split = lambda: screen.active_dialog if getattr(screen.active_dialog, "objectName", str)() == "splitDialog" else None  # noqa: E731
        wait_until(split)
        QTest.keyClick(split(), Qt.Key.Key_F3)
        QTest.keyClicks(split().count, "3")
        for share in range(3):
            wait_until(split)
            if share == 1:
                self.shoot("split_shares", split())  # one share paid, two to go
            QTest.keyClick(split().count, Qt.Key.Key_Return)
            wait_until(lambda: getattr(screen.active_dialog, "objectName", str)() == "paymentDialog")
            QTest.keyClick(screen.active_dialog.cash.amount, Qt.Key.Key_Return)  # the exact amount is already typed
            wait_until(lambda: split() is not None or not screen.presenter.busy)
        wait_until(lambda: not screen.presenter.busy and screen.active_dialog is None)

    def open_tab(self) -> None:
        """A table's tab: two rounds sent from the till's cart (the tab shot), then the floor view (shot)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from ska_pos.ui.tabs.floor_dialog import FloorDialog
        from ska_pos.ui.tabs.tab_dialog import TabDialog

        assert self.window.till_page is not None
        screen: Any = self.window.till_page.sale_screen
        codes = self.barcodes()
        table = "3" if self.language == "id" else "5"  # one demo database for both languages

        def shown(kind: type) -> Any:
            return next((child for child in screen.findChildren(kind) if child.isVisible()), None)

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
                self.type_into(screen.search.field, code)
                self.choose_options(screen, "1")
            wait_until(lambda: screen.presenter.pending == 0)
            tab = tab_of_table()
            wait_until(lambda: tab.lines.count() == lines - 2)
            QTest.keyClick(tab, Qt.Key.Key_S)
            wait_until(lambda tab=tab, lines=lines: tab.lines.count() == lines)
            if lines == 4:
                self.shoot("tab_rounds", tab)
            tab.reject()
            screen.focus_search()
        QTest.keyClick(screen.search.field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        wait_until(lambda: shown(FloorDialog) is not None and shown(FloorDialog).tiles)
        self.shoot("floor_view", shown(FloorDialog))
        shown(FloorDialog).reject()
        screen.focus_search()

    def tip(self) -> None:
        """A sale paid with a tip typed at the payment (shot)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        assert self.window.till_page is not None
        screen: Any = self.window.till_page.sale_screen
        codes = self.barcodes()
        for code in (codes[5], codes[9]):
            self.type_into(screen.search.field, code)
            self.choose_options(screen, "1")  # a café item with required options asks for them
        wait_until(lambda: screen.presenter.pending == 0)
        QTest.keyClick(screen.search.field, Qt.Key.Key_F12)
        wait_until(lambda: screen.active_dialog is not None)
        dialog = screen.active_dialog
        QTest.keyClick(dialog, Qt.Key.Key_F6)
        self.type_into(dialog.tip.amount_field, "5000", enter=False)
        dialog.cash.amount.clear()
        self.type_into(dialog.cash.amount, "100000", enter=False)
        self.shoot("payment_tip", dialog)
        QTest.keyClick(dialog.cash.amount, Qt.Key.Key_Return)
        wait_until(lambda: not screen.presenter.busy and screen.active_dialog is None)

    def journal(self) -> None:
        """The second sale voided by a supervisor first, so the journal shows a void and its sale."""
        from ska_pos.services import auth, reversals

        assert self.window.till_page is not None
        assert self.window.session is not None
        screen: Any = self.window.till_page.sale_screen
        with self.database.transaction() as session:
            reversals.void_sale(session, self.window.session.actor, screen.presenter.last_sale.sale_id,
                                "pelanggan batal", approval=auth.approve(session, "spv", self.pins["spv"],
                                                                         "sale.void").approval)  # fmt: skip
        self.window.till_page.journalRequested.emit()
        page: Any = self.window.stack.currentWidget()
        wait_until(lambda: page.proxy.rowCount() >= 2)
        self.shoot("journal")
        page.back.emit()

    def shift_close(self) -> None:
        from ska_pos.services.shifts import DENOMINATIONS

        assert self.window.till_page is not None
        self.window.till_page.shiftRequested.emit()
        shift_page: Any = self.window.stack.currentWidget()
        wait_until(lambda: shift_page.report is not None)
        self.shoot("shift")
        shift_page.closeRequested.emit()
        page: Any = self.window.stack.currentWidget()
        wait_until(lambda: page.expected is not None)
        counts, left = {}, page.expected - 2_000  # the drawer is Rp2.000 short
        for value in DENOMINATIONS:
            counts[value], left = divmod(left, value)
        page.counter.set_counts(counts)
        page.note.setText("")
        self.shoot("shift_close")
        self.window.show_till()


def setup_pictures(out: Path, languages: list[str]) -> int:
    """The setting-up guide's pictures come from the test that follows the guide step by step (no demo data): it
    saves each step's picture when SKA_POS_SETUP_SHOTS names a folder, in SKA_POS_SETUP_LANGUAGE."""
    import subprocess

    checkout = HERE.parent.parent
    for language in languages:
        environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                       "SKA_POS_SETUP_SHOTS": str(out.resolve()), "SKA_POS_SETUP_LANGUAGE": language}  # fmt: skip
        test = "tests/ui_shell/test_new_sentra.py"
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
                              cwd=checkout, env=environment, check=False)  # fmt: skip
        if done.returncode != 0:
            return done.returncode
        for path in sorted(out.glob(f"setup_*_{language}.png")):
            print(path)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.setup:
        return setup_pictures(args.out, args.languages)
    width, height = (int(part) for part in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ska-pos-shots-") as temporary:
        folder = Path(temporary)
        prepare_environment(folder, args.x11)
        from ska_pos.db.database import open_database
        from ska_pos.demo.builder import build_demo
        from ska_pos.ui.application import make_app

        app = make_app(large_text=False)
        database = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
        demo = build_demo(database, days=args.days, seed=1)
        saved: list[Path] = []
        for language in args.languages:
            saved += Shooter(database, demo, folder, args.out, (width, height)).run(language)
        database.dispose()
        app.processEvents()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
