"""The chosen order's detail beside the orders board: its number and customer, stage, promised time, bags, lines,
money held and owed, and a galeri jahit's measurements and fittings, as rich text. Its texts keep the board's
translation context ("OrdersPage"), where they have always been."""

from __future__ import annotations

from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from ska_pos.domain.money import format_quantity, format_rupiah
from ska_pos.ui.orders.counter_actions import Selected
from ska_pos.ui.orders.tailoring_board import TailoringBoard


def order_detail(selected: Selected, language: str, zone: ZoneInfo, tailoring: TailoringBoard) -> str:
    order = selected.order

    def rp(amount: int) -> str:
        return format_rupiah(amount, language)

    lines = [f"<b>{escape(order.order_no)}</b> · {escape(order.customer_name)}"]
    stage = QCoreApplication.translate("OrdersPage", "Cancelled") if order.cancelled else order.stage_name
    lines.append(QCoreApplication.translate("OrdersPage", "Stage: {stage}").format(stage=stage))
    if order.promised_at:
        when = order.promised_at.astimezone(zone).strftime("%d/%m/%Y %H:%M")
        lines.append(QCoreApplication.translate("OrdersPage", "Promised: {when}").format(when=when))
    if order.bags:
        lines.append(QCoreApplication.translate("OrdersPage", "Bags: {count}").format(count=order.bags))
    for line in order.lines:
        text = f"{escape(line.name)} · {format_quantity(line.quantity, language, line.unit)} · {rp(line.amount)}"
        if line.minimum_applied:
            charged = format_quantity(line.charged_quantity, language, line.unit)
            text += " · " + QCoreApplication.translate("OrdersPage", "minimum {minimum} charged").format(
                minimum=charged
            )
        lines.append(text)
    money = order.money
    lines.append(QCoreApplication.translate("OrdersPage", "Down payment held: {amount}").format(amount=rp(money.held)))
    if money.debt:
        lines.append(
            QCoreApplication.translate("OrdersPage", "Owed by the customer: {amount}").format(amount=rp(money.debt))
        )
    if selected.due:
        lines.append(
            QCoreApplication.translate("OrdersPage", "To pay at collection: {amount}").format(amount=rp(selected.due))
        )
    lines += [escape(text) for text in tailoring.detail_lines(selected.measured, selected.fittings)]
    return "<br>".join(lines)
