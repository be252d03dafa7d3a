"""WhatsApp messages through the services (services/orders/messages.py): the outlet's templates, the link built
from the order's sealed phone, the events that fit the order now, and each event recorded once."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from order_shop import OrderShop
from shop import act_as
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from ska_pos.db.models import OrderMessage
from ska_pos.domain.orders.messages import MessageEvent
from ska_pos.domain.settlement import Tender
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.messages import (
    message_templates,
    prepare_message,
    record_message,
    sent_events,
    set_message_templates,
)
from ska_pos.services.orders.rules import OrderRules, set_order_rules
from ska_pos.services.orders.stages import collect_order, move_order

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta


def _order(orders: OrderShop, phone: str = "0812-3456-7890") -> uuid.UUID:
    lines = [OrderLineForm(orders.kiloan.id, Decimal(5), workers=(WorkerCredit(orders.shop.siti.id, "Siti"),))]
    with orders.shop.db.transaction() as s:
        taken = take_order(s, orders.laundry_cashier, OrderForm(
            lines, customer_name="Bu Ani & Pak Budi", phone=phone, deposit=Tender("cash", 10_000),
            promised_at=datetime(2026, 12, 8, 3, 0, tzinfo=UTC),
        ))  # fmt: skip
    return taken.order_id


def _text(link: str) -> str:
    return parse_qs(urlsplit(link).query)["text"][0]


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_intake_message_is_filled_linked_and_recorded_once(orders: OrderShop) -> None:
    order_id = _order(orders)
    cashier = orders.laundry_cashier
    with orders.shop.db.reading() as s:
        message = prepare_message(s, cashier, order_id, MessageEvent.INTAKE)
    assert message.link.startswith("https://wa.me/6281234567890?text=")
    assert message.text == _text(message.link)
    assert message.text == ("Halo Bu Ani & Pak Budi, pesanan LDR-261206-001 di Laundry Bersih sudah kami terima. "
                            "Total Rp30.000, perkiraan selesai 08/12/2026 10:00. Terima kasih.")  # fmt: skip
    assert message.sent is None
    assert message.phone_tail == "7890"
    with orders.shop.db.transaction() as s:
        assert record_message(s, cashier, order_id, MessageEvent.INTAKE) is True
    with orders.shop.db.transaction() as s:
        assert record_message(s, cashier, order_id, MessageEvent.INTAKE) is False  # opened again: nothing new
    with orders.shop.db.reading() as s:
        again = prepare_message(s, cashier, order_id, MessageEvent.INTAKE)
        assert again.sent is not None
        assert again.sent.user_name
        assert again.link == message.link
        assert sent_events(s, order_id) == {MessageEvent.INTAKE}
        assert s.scalar(select(func.count()).select_from(OrderMessage)) == 1


@pytest.mark.time_machine(MORNING, tick=True)
def test_ready_collected_and_debt_fit_only_when_the_order_is_so(orders: OrderShop) -> None:
    order_id = _order(orders)
    db, cashier = orders.shop.db, orders.laundry_cashier
    for event, words in ((MessageEvent.READY, "not ready"), (MessageEvent.COLLECTED, "not been collected"),
                         (MessageEvent.DEBT, "Nothing is owed")):  # fmt: skip
        with db.transaction() as s, pytest.raises(ValidationError, match=words):
            record_message(s, cashier, order_id, event)
    with db.transaction() as s:
        move_order(s, cashier, order_id, "ready")
    with db.reading() as s:
        ready = prepare_message(s, cashier, order_id, MessageEvent.READY)
    assert "siap diambil. Sisa yang dibayar Rp20.000" in ready.text
    manager = act_as(orders.shop, "manager", outlet_id=orders.laundry.id, till_id=cashier.till_id)
    with db.transaction() as s:
        set_order_rules(s, manager, orders.laundry.id, OrderRules(pay_later=True))
    with db.transaction() as s:
        collect_order(s, cashier, order_id, [Tender("cash", 5_000)])
    with db.transaction() as s:
        assert record_message(s, cashier, order_id, MessageEvent.DEBT)
        assert record_message(s, cashier, order_id, MessageEvent.COLLECTED)
        assert "Rp15.000" in prepare_message(s, cashier, order_id, MessageEvent.DEBT).text
        assert sent_events(s, order_id) == {MessageEvent.DEBT, MessageEvent.COLLECTED}


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_manager_edits_the_templates_and_bad_ones_change_nothing(orders: OrderShop) -> None:
    order_id = _order(orders)
    db, cashier = orders.shop.db, orders.laundry_cashier
    manager = act_as(orders.shop, "manager", outlet_id=orders.laundry.id, till_id=cashier.till_id)
    with db.transaction() as s:
        set_message_templates(s, manager, orders.laundry.id, {MessageEvent.INTAKE: "Nota {nomor} untuk {nama}."})
    for bad, words in (("Nota {nama", "braces"), ("Nota {nomer}", "{nomer} is not a placeholder"), (" ", "empty")):
        with db.transaction() as s, pytest.raises(ValidationError, match=words):
            set_message_templates(s, manager, orders.laundry.id, {MessageEvent.INTAKE: bad})
    with db.transaction() as s, pytest.raises(PermissionDenied):
        set_message_templates(s, cashier, orders.laundry.id, {MessageEvent.INTAKE: "x"})
    with db.reading() as s:
        assert message_templates(s, orders.laundry.id)[MessageEvent.INTAKE] == "Nota {nomor} untuk {nama}."
        assert message_templates(s, orders.laundry.id)[MessageEvent.READY].startswith("Halo {nama}")
        assert prepare_message(s, cashier, order_id, MessageEvent.INTAKE).text == (
            "Nota LDR-261206-001 untuk Bu Ani & Pak Budi."
        )


@pytest.mark.time_machine(MORNING, tick=True)
def test_an_order_of_another_outlet_or_without_a_phone_gets_no_message(orders: OrderShop) -> None:
    order_id = _order(orders, phone="")
    with orders.shop.db.reading() as s, pytest.raises(ValidationError, match="no phone number"):
        prepare_message(s, orders.laundry_cashier, order_id, MessageEvent.INTAKE)
    with orders.shop.db.transaction() as s, pytest.raises(ValidationError, match="another outlet"):
        record_message(s, orders.tailor_cashier, order_id, MessageEvent.INTAKE)


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_recorded_message_is_never_changed_nor_recorded_twice_by_the_database(orders: OrderShop) -> None:
    order_id = _order(orders)
    with orders.shop.db.transaction() as s:
        record_message(s, orders.laundry_cashier, order_id, MessageEvent.INTAKE)
    for statement in ("UPDATE order_message SET event = 'ready'", "DELETE FROM order_message"):
        with pytest.raises(DBAPIError), orders.shop.db.transaction() as s:
            s.execute(text(statement))
    with orders.shop.db.reading() as s:
        row = s.scalars(select(OrderMessage)).one()
        twice = OrderMessage(order_id=order_id, event="intake", till_id=row.till_id, seq=row.seq + 1,
                             user_id=row.user_id, business_date=row.business_date)  # fmt: skip
    with pytest.raises(DBAPIError), orders.shop.db.transaction() as s:
        s.add(twice)
