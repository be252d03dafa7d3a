"""What every screenshot script shares: the command line, a fresh demo database in a temporary folder, the real
window on one of its tills in one language, the login, and the saving of `<name>_<language>.png`.

The scenes (`till_scenes.py`, `manager_scenes.py`, `order_scenes.py`, `setup_scenes.py`) drive the window the way a
cashier or a manager does (keys typed into the focused field) and call `Shots.shoot`. Runs offscreen by default
(`widget.grab()` gives a true picture); `--x11` uses the display in $DISPLAY instead, for example under Xvfb.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


HERE = Path(__file__).resolve().parent
CASHIER = "kasir1"
MANAGER = "manajer"

# A scene takes the window of one language, already logged in, and shoots what it shows.
Scene = Callable[["Shots"], None]


def parse_args(argv: list[str] | None, description: str, *, setup: bool = False) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNG files (default: this folder)")
    parser.add_argument("--languages", nargs="+", default=["id", "en"], choices=["id", "en"])
    parser.add_argument("--size", default="1366x768", help="window size, e.g. 1920x1080")
    parser.add_argument("--days", type=int, default=3, help="days of demo sales before today")
    parser.add_argument("--x11", action="store_true", help="use the display in $DISPLAY instead of offscreen")
    if setup:
        parser.add_argument("--setup", action="store_true",
                            help="instead, the pictures of docs/setting-up.md (setup_*): a new sentra set up through "
                                 "the window on an empty database, by tests/ui_shell/test_new_sentra.py")  # fmt: skip
    return parser.parse_args(argv)


def window_size(args: argparse.Namespace) -> tuple[int, int]:
    width, height = (int(part) for part in args.size.lower().split("x"))
    return width, height


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


def settled() -> bool:
    """No database work of the window is running."""
    from ska_pos.ui import ops

    return not ops._running


class Shots:
    """The real window of one language on one till of the demo database; what it shoots is saved in `out`."""

    def __init__(self, database: Any, demo: Any, folder: Path, out: Path, size: tuple[int, int], language: str) -> None:
        self.database, self.folder, self.out, self.size = database, folder, out, size
        self.pins, self.supervisor_id = demo.pins, demo.supervisor_id
        self.language = language
        self.saved: list[Path] = []
        self.window: Any = None

    def open(self, till_of: Callable[[Any], bool], machine: str) -> None:
        """The window on the first till `till_of` picks (chosen for this computer, not enrolled), at the login."""
        from ska_pos.services import settings
        from ska_pos.services.this_till import LocalConfig, save_local_config, till_places
        from ska_pos.ui.translation import install_language

        install_language(self.language)
        folder = self.folder / f"{machine}-{self.language}"
        with self.database.reading() as session:
            place = next(p for p in till_places(session) if till_of(p))
        with self.database.transaction() as session:
            settings.set_language(session, self.language, place.till_id)
        save_local_config(LocalConfig(place.till_id), folder)
        self._start(folder, "loginPage")

    def open_new_computer(self, machine: str) -> None:
        """The window on a computer that is no till yet: the enrolment page an administrator fills in."""
        from ska_pos.ui.translation import install_language

        install_language(self.language)
        self._start(self.folder / f"{machine}-{self.language}", "enrolPage")

    def _start(self, config_folder: Path, first_page: str) -> None:
        from ska_pos.ui.main_window import MainWindow

        self.window = MainWindow(self.database, config_folder=config_folder)
        self.window.resize(*self.size)
        self.window.show()
        self.window.start()
        wait_until(lambda: self.page() == first_page)

    def close(self) -> None:
        self.window.close()
        wait_until(settled)

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
            left, top = max(0, (picture.width() - shown.width()) // 2), max(0, (picture.height() - shown.height()) // 2)
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

    def log_in(self, username: str = CASHIER, *, open_shift: bool = True) -> None:
        """Name and PIN typed; a cashier opens the shift with a counted float when none is open."""
        from PySide6.QtWidgets import QLineEdit

        window = self.window
        self.type_into(window.findChild(QLineEdit, "loginNameField"), username)
        self.type_into(window.findChild(QLineEdit, "loginPinField"), self.pins[username])
        wait_until(lambda: self.page() in ("openShiftPage", "tillPage"))
        if self.page() == "openShiftPage" and open_shift:
            page = window.stack.currentWidget()
            page.counter.set_counts({100_000: 1, 50_000: 1, 20_000: 2, 10_000: 5, 5_000: 4, 2_000: 5, 1_000: 10})
            page.open_button.click()
            wait_until(lambda: self.page() == "tillPage")


def shoot_languages(args: argparse.Namespace, scenes: Iterable[Callable[[Shots], None]], prefix: str) -> int:
    """Each scene in each language, on one fresh demo database in a temporary folder; prints the files saved."""
    args.out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix=f"ska-pos-{prefix}-") as temporary:
        folder = Path(temporary)
        prepare_environment(folder, args.x11)
        from ska_pos.db.database import open_database
        from ska_pos.demo.builder import build_demo
        from ska_pos.ui.application import make_app

        app = make_app(large_text=False)
        database = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
        demo = build_demo(database, days=args.days, seed=1)
        for language in args.languages:
            for scene in scenes:
                shots = Shots(database, demo, folder, args.out, window_size(args), language)
                scene(shots)
                saved += shots.saved
        database.dispose()
        app.processEvents()
    for path in saved:
        print(path)
    return 0
