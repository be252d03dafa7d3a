"""The board's rows: one order a row (its number, customer, stage, promised time, since when at its stage)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ska_pos.services.orders.lookup import OrderRow
from ska_pos.ui.rows_model import RowsModel

NUMBER, CUSTOMER, STAGE, PROMISED, SINCE = range(5)
_HEADERS = (
    str(QT_TRANSLATE_NOOP("OrdersModel", "Order")),
    str(QT_TRANSLATE_NOOP("OrdersModel", "Customer")),
    str(QT_TRANSLATE_NOOP("OrdersModel", "Stage")),
    str(QT_TRANSLATE_NOOP("OrdersModel", "Promised")),
    str(QT_TRANSLATE_NOOP("OrdersModel", "Since")),  # at its stage
)


class OrdersModel(RowsModel):
    def __init__(self, language: str, timezone: str, parent: Any = None) -> None:
        super().__init__(language, parent)
        self.zone = ZoneInfo(timezone)

    def headers(self) -> tuple[str, ...]:
        return tuple(QCoreApplication.translate("OrdersModel", header) for header in _HEADERS)

    def text(self, row: OrderRow, column: int) -> str:
        if column == NUMBER:
            return row.order_no
        if column == CUSTOMER:
            return f"{row.customer_name} ••••{row.phone_tail}" if row.phone_tail else row.customer_name
        if column == STAGE:
            if row.cancelled:
                return QCoreApplication.translate("OrdersModel", "Cancelled")
            return row.stage_name
        if column == PROMISED:
            return row.promised_at.astimezone(self.zone).strftime("%d/%m %H:%M") if row.promised_at else ""
        return row.reached_at.astimezone(self.zone).strftime("%d/%m %H:%M")
