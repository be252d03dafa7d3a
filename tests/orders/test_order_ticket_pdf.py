"""At a till without a thermal printer the order ticket is saved as a PDF (number, QR, customer, lines with the
minimum charged, down payment, balance, promised time, outlet), and the laundry's bag tags as one tag a page, each
with the order number, the customer's initials and "n of N"; on a thermal printer they are queued, cut apart."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from order_shop import OrderShop
from reports.pdf_text import read_pdf
from sqlalchemy import func, select

from ska_pos.db.models import CustomerOrder
from ska_pos.domain.settlement import Tender
from ska_pos.printing.escpos_receipt import escpos_bytes, render_bag_tags_escpos
from ska_pos.printing.print_queue import PrintQueue
from ska_pos.reports.bag_tags import BagTags, bag_tag_blocks, initials
from ska_pos.reports.blocks import Qr
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.state import load_order
from ska_pos.services.print_jobs import DatabaseJobStore
from ska_pos.services.receipt_output import TillPrinting, dispatch_bag_tags, dispatch_order_ticket

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # Monday 09:00 in Jakarta
PROMISED = datetime(2026, 12, 9, 1, 0, tzinfo=UTC)  # Wednesday 08:00 there


def _printing(orders: OrderShop) -> TillPrinting:
    db, till_id = orders.shop.db, orders.laundry_cashier.till_id
    store = DatabaseJobStore(db, till_id)
    return TillPrinting(db, till_id, store, PrintQueue(store))


def _order(orders: OrderShop, bags: int = 0) -> uuid.UUID:
    with orders.shop.db.transaction() as s:
        taken = take_order(s, orders.laundry_cashier, OrderForm(
            [OrderLineForm(orders.kiloan.id, Decimal("2.5"), "tanpa pewangi"), OrderLineForm(orders.selimut.id,
             Decimal(1))], customer_name="Ibu Anisa Rahma", deposit=Tender("cash", 20_000), promised_at=PROMISED,
            bags=bags,
        ))  # fmt: skip
    return taken.order_id


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_ticket_is_saved_as_a_pdf_with_everything_the_customer_needs(orders: OrderShop) -> None:
    order_id = _order(orders)
    outcome = dispatch_order_ticket(_printing(orders), order_id, "id")
    assert not outcome.queued
    assert outcome.receipt_no == "LDR-261207-001"
    text = read_pdf(Path(outcome.where).read_bytes()).texts[0]
    for words in ("Laundry Bersih", "LDR-261207-001", "Ibu Anisa Rahma", "dihitung minimal 3 kg", "Rp18.000",
                  "Selimut", "Uang muka Rp20.000", "Sisa bayar, sebelum pajak Rp23.000",
                  "Dijanjikan 9 Des 2026 08:00"):  # fmt: skip
        assert words in text


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_tag_for_each_bag_one_a_page(orders: OrderShop) -> None:
    order_id = _order(orders)
    outcome = dispatch_bag_tags(_printing(orders), order_id, 3, "en")
    pages = read_pdf(Path(outcome.where).read_bytes()).texts
    assert len(pages) == 3
    for number, text in enumerate(pages, start=1):
        assert "LDR-261207-001" in text
        assert "AR" in text
        assert "IAR" not in text  # "Ibu" is how she is addressed, not her name
        assert f"bag {number} of 3" in text
    with pytest.raises(ValidationError):
        dispatch_bag_tags(_printing(orders), order_id, 0, "en")


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_bags_taken_in_are_kept_and_reprinting_uses_them(orders: OrderShop) -> None:
    order_id = _order(orders, bags=2)
    with orders.shop.db.reading() as s:
        assert load_order(s, order_id).bags == 2
    outcome = dispatch_bag_tags(_printing(orders), order_id, None, "en")  # None: as many as were taken in
    assert len(read_pdf(Path(outcome.where).read_bytes()).texts) == 2
    with pytest.raises(ValidationError):  # an order taken without counting its bags has none to reprint
        dispatch_bag_tags(_printing(orders), _order(orders), None, "en")


@pytest.mark.time_machine(MORNING, tick=True)
@pytest.mark.parametrize(("tailoring", "bags"), [(False, -1), (False, 21), (True, 1)])
def test_a_bag_count_the_outlet_cannot_have_is_refused(orders: OrderShop, tailoring: bool, bags: int) -> None:
    actor, item = (orders.tailor_cashier, orders.kemeja) if tailoring else (orders.laundry_cashier, orders.kiloan)
    with pytest.raises(ValidationError), orders.shop.db.transaction() as s:
        take_order(s, actor, OrderForm([OrderLineForm(item.id, Decimal(1))], customer_name="Bu Ani", bags=bags))
    with orders.shop.db.reading() as s:
        assert s.scalar(select(func.count(CustomerOrder.id))) == 0


def test_a_tag_carries_the_number_in_its_qr_and_the_initials() -> None:
    tags = BagTags("Laundry", "LDR-261207-014", "ibu  anisa rahma putri", 2)
    assert Qr("LDR-261207-014") in bag_tag_blocks(tags, 1)
    assert initials(tags.customer) == "ARP"
    assert initials("") == ""


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ibu Anisa Rahma", "AR"),
        ("Bu Anisa", "A"),
        ("Bapak Joko Widodo", "JW"),
        ("Pak. Budi Santoso Putra Wijaya", "BSP"),
        ("bp. Agus", "A"),
        ("Sdr Dimas Aji", "DA"),
        ("Sdri. Rara", "R"),
        ("Mbak Rina Lestari", "RL"),
        ("Mas Bayu", "B"),
        ("Kak Nia", "N"),
        ("Ibu Hj. Siti Aminah", "SA"),
        ("Masitoh Rahayu", "MR"),  # a name that starts like one is a name
        ("Pak", "P"),  # nothing but the honorific: it is all there is to go by
    ],
)
def test_the_initials_leave_out_the_honorific(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_on_the_thermal_printer_each_tag_is_cut_off() -> None:
    payload = escpos_bytes(partial(render_bag_tags_escpos, BagTags("Laundry", "LDR-261207-014", "Ibu Anisa", 3)))
    assert payload.count(b"\x1dV") == 3  # GS V: the cut after each tag
    assert payload.count(b"LDR-261207-014") >= 3
