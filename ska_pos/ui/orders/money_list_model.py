"""The rows of the debt list and the deposits-held list: one order a row (its number, customer, stage, since which
day, how many days, the amount)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ska_pos.domain.money import format_rupiah
from ska_pos.services.orders.lookup import MoneyRow
from ska_pos.ui.rows_model import RowsModel

NUMBER, CUSTOMER, STAGE, SINCE, DAYS, AMOUNT = range(6)
_HEADERS = (
    str(QT_TRANSLATE_NOOP("MoneyListModel", "Order")),
    str(QT_TRANSLATE_NOOP("MoneyListModel", "Customer")),
    str(QT_TRANSLATE_NOOP("MoneyListModel", "Stage")),
    str(QT_TRANSLATE_NOOP("MoneyListModel", "Since")),
    str(QT_TRANSLATE_NOOP("MoneyListModel", "Days")),
    str(QT_TRANSLATE_NOOP("MoneyListModel", "Amount")),
)


class MoneyListModel(RowsModel):
    numeric_columns = frozenset({DAYS, AMOUNT})

    def headers(self) -> tuple[str, ...]:
        return tuple(QCoreApplication.translate("MoneyListModel", header) for header in _HEADERS)

    def text(self, row: MoneyRow, column: int) -> str:
        order = row.order
        if column == NUMBER:
            return order.order_no
        if column == CUSTOMER:
            return f"{order.customer_name} ••••{order.phone_tail}" if order.phone_tail else order.customer_name
        if column == STAGE:
            return QCoreApplication.translate("MoneyListModel", "Cancelled") if order.cancelled else order.stage_name
        if column == SINCE:
            return row.since.strftime("%d/%m/%Y")
        if column == DAYS:
            return str(row.age_days)
        return format_rupiah(row.amount, self.language)
