"""Screenshots of the counter's orders (issue 12), in Bahasa Indonesia and English: the board of the demo laundry
with an order chosen, the intake with a weighed line, and the worker asked for a stage. Saves
`orders-<screen>_<language>.png` beside this script. Runs as `make_screenshots.py` does (a fresh demo database in a
temporary folder, the real window, offscreen unless `--x11`):

    .venv/bin/python docs/screenshots/make_order_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import HERE, Shooter, parse_args, prepare_environment, wait_until


class OrderShooter(Shooter):
    def run(self, language: str) -> list[Path]:
        from ska_pos.services import settings
        from ska_pos.services.this_till import LocalConfig, save_local_config, till_places
        from ska_pos.ui.main_window import MainWindow
        from ska_pos.ui.translation import install_language

        install_language(language)
        self.language = language
        machine = self.folder / f"orders-{language}"
        with self.database.reading() as session:
            laundry = next(p for p in till_places(session) if p.outlet_kind == "laundry")
        with self.database.transaction() as session:
            settings.set_language(session, language, laundry.till_id)
        save_local_config(LocalConfig(laundry.till_id), machine)
        self.window = MainWindow(self.database, config_folder=machine)
        self.window.resize(*self.size)
        self.window.show()
        self.window.start()
        wait_until(lambda: self.page() == "loginPage")
        self.log_in()
        self.orders()
        self.window.close()
        return self.saved

    def orders(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from ska_pos.ui import ops

        assert self.window.till_page is not None
        self.window.till_page.ordersRequested.emit()
        page: Any = self.window.stack.currentWidget()
        wait_until(lambda: page.facts is not None and page.model.rowCount() > 0 and not ops._running)
        page.table.selectRow(1)
        wait_until(lambda: page.selected is not None and not ops._running)
        self.shoot("orders-board")
        QTest.keyClick(page.table, Qt.Key.Key_F3)
        intake = page.dialog
        intake.customer_name.setText("Ibu Anisa")
        intake.phone.setText("0812-3456-7890")
        self.type_into(intake.item_search, "cuci kering setrika")
        wait_until(lambda: intake.items.count() > 0 and not ops._running)
        QTest.keyClick(intake.items, Qt.Key.Key_Return)
        intake.quantity.setText("2,5")
        intake.note.setText("Jangan pakai pewangi")
        QTest.keyClick(intake.quantity, Qt.Key.Key_Return)
        self.type_into(intake.item_search, "selimut")
        wait_until(lambda: intake.items.count() > 0 and not ops._running)
        self.shoot("orders-intake", intake)
        intake.reject()
        wait_until(lambda: page.dialog is None)
        order = page.selected.order if page.selected else None
        if order is not None and page.facts.next_stage(order.stage) is not None:
            from ska_pos.ui.orders.stage_dialog import StageWorkerDialog

            following = page.facts.next_stage(order.stage)
            from ska_pos.domain.orders.workflow import stage_name

            dialog = StageWorkerDialog(stage_name(following), page.facts.workers, page)
            dialog.show()
            self.shoot("orders-stage-worker", dialog)
            dialog.close()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    out = args.out if args.out != HERE else HERE
    with tempfile.TemporaryDirectory(prefix="ska-pos-order-shots-") as temporary:
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
            saved += OrderShooter(database, demo, folder, out, (width, height)).run(language)
        database.dispose()
        app.processEvents()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
