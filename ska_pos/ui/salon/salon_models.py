"""The salon page's two views: the walk-in queue (a row per visit, with the stylist and the estimated wait) and the
day per worker (a column per worker, a row per half hour, each appointment over the half hours it takes)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ska_pos.services.salon.appointment_views import Appointment, DayView
from ska_pos.services.salon.queue import QueueEntry, QueueView

Index = QModelIndex | QPersistentModelIndex
STYLIST, CUSTOMER, WAIT = range(3)  # the order number under the stylist, the services under the customer
SLOT_MINUTES = 30
FIRST_HOUR, LAST_HOUR = 8, 21
BOOKED = QColor("#dbeafe")  # with the text in the cell: colour is never the only sign
ARRIVED = QColor("#dcfce7")


class QueueModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue: QueueView | None = None
        self.rows: list[QueueEntry] = []
        self.names: dict[object, str] = {}

    def set_queue(self, queue: QueueView) -> None:
        self.beginResetModel()
        self.queue = queue
        self.names = dict(queue.stylists)
        # the stylists' columns one after another, as the counter calls them; "any" with no stylist free last
        order = [stylist for stylist, _name in queue.stylists] + [None]
        self.rows = [entry for stylist in order for entry in queue.column(stylist)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Stylist"), self.tr("Customer"), self.tr("Wait"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) or not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if column == STYLIST:
            name = self.names.get(entry.stylist, self.tr("Any stylist"))
            who = name if entry.asked_for else self.tr("{name} (any)").format(name=name)
            return f"{who}\n{entry.order_no}"
        if column == CUSTOMER:
            return f"{entry.customer_name}\n{entry.services}"
        if entry.serving:
            return self.tr("Being served")
        return self.tr("about {minutes} min").format(minutes=entry.wait)

    def entry(self, row: int) -> QueueEntry | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class DayModel(QAbstractTableModel):
    def __init__(self, zone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(zone)
        self.view: DayView | None = None
        self.starts: list[datetime] = []

    def set_day(self, view: DayView) -> None:
        self.beginResetModel()
        self.view = view
        first = datetime.combine(view.day, time(FIRST_HOUR), tzinfo=self.zone)
        count = (LAST_HOUR - FIRST_HOUR) * 60 // SLOT_MINUTES
        self.starts = [first + timedelta(minutes=SLOT_MINUTES * n) for n in range(count)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.starts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.view is None else len(self.view.workers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.view is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            name = self.view.workers[section][1]
            if role == Qt.ItemDataRole.DisplayRole:  # a word a line: a long name fits a narrow column's header
                return "\n".join(name.split())
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return name
            return None
        return f"{self.starts[section]:%H:%M}" if role == Qt.ItemDataRole.DisplayRole else None

    def start_of(self, row: int) -> datetime | None:
        return self.starts[row] if 0 <= row < len(self.starts) else None

    def appointment_at(self, row: int, column: int) -> Appointment | None:
        if self.view is None or not (0 <= row < len(self.starts)) or not (0 <= column < len(self.view.workers)):
            return None
        slot_start = self.starts[row]
        slot_end = slot_start + timedelta(minutes=SLOT_MINUTES)
        for booked in self.view.of_worker(self.view.workers[column][0]):
            if booked.starts_at < slot_end and slot_start < booked.ends_at:
                return booked
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        booked = self.appointment_at(index.row(), index.column())
        if booked is None:
            return self.tr("free") if role == Qt.ItemDataRole.AccessibleTextRole else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ARRIVED if booked.status == "arrived" else BOOKED)
        start, end = booked.starts_at.astimezone(self.zone), booked.ends_at.astimezone(self.zone)
        arrived = self.tr("arrived")
        state = f" · {arrived}" if booked.status == "arrived" else ""
        phone = f" (…{booked.phone_tail})" if booked.phone_tail else ""  # a walk-in's phone: its last digits
        whole = f"{start:%H:%M}-{end:%H:%M} {booked.customer_name}{phone}, {booked.item_name}{state}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return whole
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        # each cell of a narrow column says one part: who, then what, then that it goes on
        first = next(row for row in range(len(self.starts)) if self.appointment_at(row, index.column()) == booked)
        part = index.row() - first
        if part == 0:
            return f"{start:%H:%M} {booked.customer_name}"
        if part == 1:
            return f"{booked.item_name}{state}"
        return "│"
