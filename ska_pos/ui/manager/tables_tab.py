"""Meja: an outlet's tables (added, renamed, ordered, retired) and its preparation stations (a bar beside the
kitchen, each with its printer) with the station that makes each category. Managers; by keyboard and by touch.

Read and written through `services.tabs.tables` and `services.prep_stations` on the database thread; a table with
an open tab is refused its retirement with the service's message."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.printing.transports import PrinterSettings
from ska_pos.services import catalog
from ska_pos.services.catalog_outlets import catalog_outlets
from ska_pos.services.prep_stations import Routing, StationForm, load_routing, save_routing
from ska_pos.services.printer_settings import PRINTER_KINDS
from ska_pos.services.tabs import tables
from ska_pos.services.tabs.tables import TableForm, TableRow
from ska_pos.services.workers import OutletChoice
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import CATALOG, SETTINGS, refresh_on
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, ButtonRows, index_of_data, named, scrolling, touch_field, touch_push

STATION_PRINTER_KINDS = tuple(kind for kind in PRINTER_KINDS if kind != "pdf")


@dataclass(frozen=True)
class _Read:
    outlets: list[OutletChoice]
    tables: list[TableRow]
    routing: Routing
    categories: list[tuple[uuid.UUID, str]]


class TablesTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "tablesTab", self.tr("Tables and stations"))
        self.session = session
        self.outlet_id = session.actor.outlet_id
        self.read: _Read | None = None
        self.stations: list[StationForm] = []
        self.outlet = named(QComboBox(), "tablesOutlet", self.tr("Outlet whose tables are shown"))
        self.outlet.setMinimumHeight(TOUCH_TARGET_PX)
        self.outlet.activated.connect(self._outlet_picked)
        self.table_list = named(QListWidget(), "tableList", self.tr("Tables of the outlet"))
        self.table_list.setMinimumHeight(TOUCH_TARGET_PX * 4)
        self.table_list.currentRowChanged.connect(self._table_chosen)
        self.table_name = touch_field("tableName", self.tr("Table name or number"))
        self.table_area = touch_field("tableArea", self.tr("Table area"))
        self.add = self._button("addTable", self.tr("&Add the table"), self.add_table)
        self.rename = self._button("renameTable", self.tr("&Rename the table"), self.rename_table)
        self.up = self._button("tableUp", self.tr("Move &up"), lambda: self.move_table(-1))
        self.down = self._button("tableDown", self.tr("Move do&wn"), lambda: self.move_table(1))
        self.retire = self._button("retireTable", self.tr("Retire the ta&ble"), self.retire_table)
        self.station_list = named(QListWidget(), "stationList", self.tr("Stations besides the kitchen"))
        self.station_list.setMinimumHeight(TOUCH_TARGET_PX * 2)
        self.station_list.currentRowChanged.connect(self._station_chosen)
        self.station_name = touch_field("stationName", self.tr("Station name"))
        self.station_kind = named(QComboBox(), "stationPrinterKind", self.tr("Station printer kind"))
        self.station_kind.setMinimumHeight(TOUCH_TARGET_PX)
        for kind in STATION_PRINTER_KINDS:
            self.station_kind.addItem(self._kind_name(kind), kind)
        self.station_address = touch_field("stationPrinterAddress", self.tr("Station printer address"))
        self.add_station = self._button("addStation", self.tr("Add the &station"), self._add_station)
        self.change_station = self._button("changeStation", self.tr("&Change the station"), self._change_station)
        self.remove_station = self._button("removeStation", self.tr("Remove the stat&ion"), self._remove_station)
        self.routes = named(QTableWidget(0, 2), "categoryStations", self.tr("The station of each category"))
        self.routes.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Station")])
        self.routes.verticalHeader().setVisible(False)
        look.whole_columns(self.routes.horizontalHeader())
        self.routes.setMinimumHeight(TOUCH_TARGET_PX * 4)
        self.save_routes = self._button("saveStations", self.tr("Sa&ve the stations"), self.save_routing)
        self.message = look.text("", "tablesMessage", self.tr("Tables and stations message"))
        self.message.setWordWrap(True)
        self._lay_out()
        refresh_on(self, {SETTINGS, CATALOG}, self.reload, first_when_shown=True)

    def _lay_out(self) -> None:
        table_box = named(QGroupBox(self.tr("Tables")), "tablesBox", self.tr("Tables"))
        table_form = QFormLayout()
        table_form.addRow(self.tr("Na&me or number"), self.table_name)
        table_form.addRow(self.tr("Ar&ea"), self.table_area)
        table_buttons, order_buttons = ButtonRows(), ButtonRows()
        table_buttons.set_rows([[self.add, self.rename]])
        order_buttons.set_rows([[self.up, self.down, self.retire]])
        table_layout = QVBoxLayout()
        table_layout.addWidget(self.table_list, 1)
        table_layout.addWidget(order_buttons)
        table_layout.addLayout(table_form)
        table_layout.addWidget(table_buttons)
        table_box.setLayout(table_layout)
        station_box = named(QGroupBox(self.tr("Stations")), "stationsBox", self.tr("Stations"))
        fallback = look.text(
            self.tr("Every category goes to the kitchen unless routed to another station here. A station with no "
                    "printer prints on each till's kitchen printer."), "stationsHint")  # fmt: skip
        fallback.setWordWrap(True)
        station_form = QFormLayout()
        station_form.addRow(self.tr("Station &name"), self.station_name)
        station_form.addRow(self.tr("Printer"), self.station_kind)
        station_form.addRow(self.tr("Printer address"), self.station_address)
        station_buttons = ButtonRows()
        station_buttons.set_rows([[self.add_station, self.change_station, self.remove_station]])
        station_layout = QVBoxLayout()
        station_layout.addWidget(fallback)
        station_layout.addWidget(self.station_list)
        station_layout.addLayout(station_form)
        station_layout.addWidget(station_buttons)
        station_layout.addWidget(self.routes, 1)
        station_layout.addWidget(self.save_routes)
        station_box.setLayout(station_layout)
        left, right = QWidget(), QWidget()
        left_layout = QVBoxLayout()
        outlet_row = QHBoxLayout()
        outlet_label = look.text(self.tr("Outlet:"), "tablesOutletLabel")
        outlet_label.setBuddy(self.outlet)
        outlet_row.addWidget(outlet_label)
        outlet_row.addWidget(self.outlet, 1)
        left_layout.addLayout(outlet_row)
        left_layout.addWidget(table_box, 1)
        left_layout.addWidget(self.message)
        left.setLayout(left_layout)
        QVBoxLayout(right).addWidget(station_box)
        layout = QHBoxLayout(self)
        layout.addWidget(scrolling(left), 1)  # both halves scroll: the tab fits a 1024x768 screen in large text
        layout.addWidget(scrolling(right), 1)

    @staticmethod
    def _button(object_name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = touch_push(object_name, text)
        button.clicked.connect(slot)
        return button

    def _kind_name(self, kind: str) -> str:
        names = {"network": self.tr("Network"), "usb": self.tr("USB"), "serial": self.tr("Serial"),
                 "file": self.tr("Device file"), "none": self.tr("None: the kitchen printer")}  # fmt: skip
        return names.get(kind, kind)

    # Reading -------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        actor, outlet_id = self.session.actor, self.outlet_id

        def work(s: Session) -> _Read:
            categories = [(row.id, row.name) for row in catalog.categories_of(s, outlet_id)]
            return _Read(catalog_outlets(s, actor), tables.list_tables(s, outlet_id), load_routing(s, outlet_id),
                         categories)  # fmt: skip

        ReadOp(self, self.session.database, work).success(self._loaded).run_in_background()

    def _loaded(self, read: _Read) -> None:
        self.read = read
        self.outlet.blockSignals(True)
        self.outlet.clear()
        for outlet in read.outlets:
            self.outlet.addItem(f"{outlet.code} · {outlet.name}", outlet.id)
        self.outlet.setCurrentIndex(max(index_of_data(self.outlet, self.outlet_id), 0))
        self.outlet.setEnabled(len(read.outlets) > 1)
        self.outlet.blockSignals(False)
        row = self.table_list.currentRow()
        self.table_list.clear()
        for table in read.tables:
            self.table_list.addItem(f"{table.name} · {table.area}" if table.area else table.name)
        if read.tables:
            self.table_list.setCurrentRow(min(max(row, 0), len(read.tables) - 1))
        self.stations = [StationForm(station.name, station.printer) for station in read.routing.stations]
        self.routes.setRowCount(len(read.categories))
        for index, (_category_id, name) in enumerate(read.categories):
            label = look.text(name, f"categoryStationName{index}")
            self.routes.setCellWidget(index, 0, label)
            box = named(QComboBox(), f"categoryStation{index}", self.tr("Station of {category}").format(category=name))
            box.setMinimumHeight(TOUCH_TARGET_PX)
            self.routes.setCellWidget(index, 1, box)
            self.routes.setRowHeight(index, TOUCH_TARGET_PX)
        codes = [read.routing.station_of(category_id) for category_id, _name in read.categories]
        self._show_stations([int(code[1:]) if code.startswith("s") else 0 for code in codes])

    def _fill_station_box(self, box: QComboBox, place: int) -> None:
        box.clear()
        box.addItem(self.tr("Kitchen"), 0)
        for number, station in enumerate(self.stations, start=1):
            box.addItem(station.name, number)
        box.setCurrentIndex(max(index_of_data(box, place), 0))

    def _show_stations(self, places: list[int] | None = None) -> None:
        """The stations listed again, and each category's list of them (`places`: each category's station now)."""
        self.station_list.clear()
        for station in self.stations:
            printer = station.printer
            where = printer.address if printer.kind != "none" else ""
            self.station_list.addItem(f"{station.name} · {self._kind_name(printer.kind)} {where}".strip())
        current = places if places is not None else self._places()
        for index, place in enumerate(current):
            box = self.routes.cellWidget(index, 1)
            if isinstance(box, QComboBox):
                self._fill_station_box(box, place)

    def _places(self) -> list[int]:
        boxes = [self.routes.cellWidget(index, 1) for index in range(self.routes.rowCount())]
        return [int(box.currentData() or 0) if isinstance(box, QComboBox) else 0 for box in boxes]

    def _outlet_picked(self, index: int) -> None:
        outlet_id = self.outlet.itemData(index)
        if isinstance(outlet_id, uuid.UUID) and outlet_id != self.outlet_id:
            self.outlet_id = outlet_id
            self.table_list.setCurrentRow(-1)
            self.reload()

    def _table_chosen(self, row: int) -> None:
        if self.read is not None and 0 <= row < len(self.read.tables):
            self.table_name.setText(self.read.tables[row].name)
            self.table_area.setText(self.read.tables[row].area)

    def _station_chosen(self, row: int) -> None:
        if 0 <= row < len(self.stations):
            station = self.stations[row]
            self.station_name.setText(station.name)
            self.station_kind.setCurrentIndex(max(index_of_data(self.station_kind, station.printer.kind), 0))
            self.station_address.setText(station.printer.address)

    # Writing -------------------------------------------------------------------------------------------------

    def _chosen_table(self) -> uuid.UUID | None:
        row = self.table_list.currentRow()
        if self.read is None or not 0 <= row < len(self.read.tables):
            look.set_text(self.message, self.tr("Choose a table first."))
            return None
        return self.read.tables[row].table_id

    def add_table(self) -> None:
        actor, outlet_id = self.session.actor, self.outlet_id
        form = TableForm(self.table_name.text(), self.table_area.text())
        self._write(lambda s: tables.add_table(s, actor, outlet_id, form),
                    self.tr("Table {table} is added.").format(table=form.name.strip()))  # fmt: skip
        self.table_list.setCurrentRow(self.table_list.count())

    def rename_table(self) -> None:
        table_id, actor = self._chosen_table(), self.session.actor
        if table_id is not None:
            form = TableForm(self.table_name.text(), self.table_area.text())
            self._write(lambda s: tables.rename_table(s, actor, table_id, form), self.tr("The table is renamed."))

    def move_table(self, step: int) -> None:
        table_id, actor = self._chosen_table(), self.session.actor
        if table_id is not None:
            self.table_list.setCurrentRow(self.table_list.currentRow() + step)
            self._write(lambda s: tables.move_table(s, actor, table_id, step), "")

    def retire_table(self) -> None:
        table_id, actor = self._chosen_table(), self.session.actor
        if table_id is not None:
            self._write(lambda s: tables.retire_table(s, actor, table_id), self.tr("The table is retired."))

    def _station_form(self) -> StationForm:
        kind = str(self.station_kind.currentData())
        return StationForm(self.station_name.text().strip(), PrinterSettings(kind=kind,  # type: ignore[arg-type]
                           address=self.station_address.text().strip(), kick_drawer=False))  # fmt: skip

    def _add_station(self) -> None:
        self.stations.append(self._station_form())
        self._show_stations()
        look.set_text(self.message, self.tr("Save the stations to keep the change."))

    def _change_station(self) -> None:
        row = self.station_list.currentRow()
        if 0 <= row < len(self.stations):
            self.stations[row] = self._station_form()
            self._show_stations()
            look.set_text(self.message, self.tr("Save the stations to keep the change."))

    def _remove_station(self) -> None:
        row = self.station_list.currentRow()
        if 0 <= row < len(self.stations):
            gone = row + 1  # its categories go back to the kitchen; the later stations move up one place
            places = [0 if place == gone else place - (place > gone) for place in self._places()]
            del self.stations[row]
            self._show_stations(places)
            look.set_text(self.message, self.tr("Save the stations to keep the change."))

    def save_routing(self) -> None:
        if self.read is None:
            return
        actor, outlet_id, stations = self.session.actor, self.outlet_id, list(self.stations)
        categories: dict[uuid.UUID, int] = {}
        for (category_id, _name), place in zip(self.read.categories, self._places(), strict=False):
            if place:
                categories[category_id] = place
        self._write(lambda s: save_routing(s, actor, outlet_id, stations, categories),
                    self.tr("The stations are saved."))  # fmt: skip

    def _write(self, work: Callable[[Session], object], done: str) -> None:
        WriteOp(self, self.session.database, work, {SETTINGS}).success(
            lambda _result: look.set_text(self.message, done)
        ).failure(lambda error: look.set_text(self.message, error_text(error))).run_in_background()
