"""The main window. Until the till screens land it shows the sentra at a glance, and makes demo data on first start."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget
from sqlalchemy import func, select

from ska_pos.db.database import Database
from ska_pos.db.models import Outlet, Sale, Sentra
from ska_pos.demo.builder import DemoResult, build_demo
from ska_pos.ui.ops import run_operation
from ska_pos.ui.widgets import named

FIRST_START_DEMO_DAYS = 14


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.setWindowTitle("SKA POS")
        self.setObjectName("mainWindow")
        self.resize(1366, 768)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = named(QLabel("SKA POS"), "title", tr("SKA POS"))
        self.title.setProperty("role", "title")
        self.banner = named(QLabel(""), "demoBanner", tr("Demo data notice"))
        self.banner.setProperty("role", "banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.outlets = named(QListWidget(), "outletList", tr("Outlets and today's sales"))
        self.location = named(QLabel(""), "databaseLocation", tr("Database location"))
        for widget in (self.title, self.banner, self.outlets, self.location):
            layout.addWidget(widget)
        self.setCentralWidget(body)

    def start(self) -> None:
        """Fill an empty database with demo data (off the UI thread), then show the overview."""
        self.location.setText(tr("Database: {url}").format(url=self.database.engine.url.render_as_string()))
        if self._is_empty():
            run_operation(self, self._make_demo, self._demo_made, label=tr("Preparing demo data…"))
        else:
            self.refresh()

    def _is_empty(self) -> bool:
        with self.database.reading() as session:
            return not session.scalar(select(func.count()).select_from(Sentra))

    def _make_demo(self) -> DemoResult:
        return build_demo(self.database, days=FIRST_START_DEMO_DAYS)

    def _demo_made(self, result: DemoResult) -> None:
        pins = ", ".join(f"{user} {pin}" for user, pin in result.pins.items())
        self.banner.setText(tr("This is DEMO DATA, made because the database was empty. PINs (note them now): {pins}")
                            .format(pins=pins))  # fmt: skip
        self.banner.setAccessibleName(self.banner.text())
        self.banner.show()
        self.refresh()

    def refresh(self) -> None:
        self.outlets.clear()
        with self.database.reading() as session:
            rows = session.execute(
                select(Outlet.code, Outlet.name, Outlet.kind, func.count(Sale.id))
                .outerjoin(Sale, (Sale.outlet_id == Outlet.id) & (Sale.business_date == date.today()))
                .group_by(Outlet.id, Outlet.code, Outlet.name, Outlet.kind)
                .order_by(Outlet.code)
            ).all()
        for code, name, kind, sales in rows:
            self.outlets.addItem(tr("{code}  {name} ({kind}): {sales} sales today").format(
                code=code, name=name, kind=kind, sales=sales))  # fmt: skip
