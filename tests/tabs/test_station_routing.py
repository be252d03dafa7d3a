"""Routing by category (issue 13: "drinks can go to the bar printer and food to the kitchen"): a round, a café sale
and a cancellation each go to the station that makes their items, on its printer (or the kitchen's)."""

from __future__ import annotations

import base64
import json
import uuid
from decimal import Decimal

import pytest
from shop import Shop, act_as, approved, as_admin
from sqlalchemy import select
from tab_shop import add_tables, rung_up

from ska_pos.db.models import AuditEntry, Item, PrintJob
from ska_pos.domain.settlement import Tender
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services import cart_ops, print_jobs, sales, setup
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError
from ska_pos.services.prep_stations import StationForm, load_routing, save_routing
from ska_pos.services.printer_settings import TillPrinters, save_printers
from ska_pos.services.receipts import kitchen_ticket
from ska_pos.services.tabs import writes
from ska_pos.services.tabs.ticket_output import record_tab_tickets
from ska_pos.services.tabs.tickets import round_tickets, void_tickets

BAR_PRINTER = PrinterSettings("network", "192.0.2.20:9100")
KITCHEN_PRINTER = PrinterSettings("network", "192.0.2.9:9100")


def nasi_goreng(shop: Shop) -> Item:
    with shop.db.transaction() as s:
        seed = as_admin(s)
        cafe = s.get(type(shop.cafe), shop.cafe.id)
        food = setup.create_category(s, seed, cafe, "Makanan")
        return setup.create_item(s, seed, cafe, "NASGOR", "Nasi Goreng", 20000, category=food, maker=shop.siti)


def drinks_to_the_bar(shop: Shop, printer: PrinterSettings = BAR_PRINTER) -> None:
    with shop.db.transaction() as s:
        save_routing(s, act_as(shop, "manager"), shop.cafe.id, [StationForm("Bar", printer)], {shop.drinks.id: 1})


def kitchen_printer(shop: Shop, printer: PrinterSettings = KITCHEN_PRINTER) -> None:
    with shop.db.transaction() as s:
        save_printers(s, act_as(shop, "supervisor"), shop.cashier.till_id,
                      TillPrinters(PrinterSettings("none"), printer))  # fmt: skip


def queued_tickets(shop: Shop) -> list[tuple[str, bytes]]:
    """The ready jobs of the till (tabs' tickets): their printer's address and bytes, oldest first."""
    with shop.db.reading() as s:
        rows = s.scalars(select(PrintJob.payload).where(PrintJob.sale_id.is_(None)).order_by(PrintJob.created_at))
        recipes = [json.loads(row) for row in rows]
    return [(recipe["settings"]["address"], base64.b64decode(recipe["data"])) for recipe in recipes]


def send(shop: Shop, tab_id: uuid.UUID | None, table_id: uuid.UUID, *lines: tuple[Item, int]) -> uuid.UUID:
    cart = rung_up(shop, *lines)
    with shop.db.transaction() as s:
        tab = tab_id or writes.open_tab(s, shop.cashier, table_id)
        sent = writes.send_round(s, shop.cashier, tab, cart)
        record_tab_tickets(s, shop.cashier, round_tickets(s, tab, sent.round_no))
    return tab


def test_a_round_of_a_coffee_and_a_nasi_goreng_makes_a_bar_ticket_and_a_kitchen_ticket(shop: Shop) -> None:
    food, tables = nasi_goreng(shop), add_tables(shop)
    drinks_to_the_bar(shop)
    kitchen_printer(shop)
    tab_id = send(shop, None, tables["3"], (shop.kopi, 1), (food, 2))
    with shop.db.reading() as s:
        tickets = round_tickets(s, tab_id, 1)
    assert [(each.station, each.ticket.station, [i.name for i in each.ticket.items]) for each in tickets] == [
        ("kitchen", "Kitchen", ["Nasi Goreng"]),
        ("s1", "Bar", ["Kopi Tubruk"]),
    ]
    assert all((each.ticket.round_no, each.ticket.table_no) == (1, "3") for each in tickets)
    jobs = queued_tickets(shop)
    assert [address for address, _data in jobs] == ["192.0.2.9:9100", "192.0.2.20:9100"]
    kitchen_bytes, bar_bytes = (data for _address, data in jobs)
    assert b"Nasi Goreng" in kitchen_bytes
    assert b"Kopi" not in kitchen_bytes
    assert b"Kopi Tubruk" in bar_bytes
    assert b"BAR" in bar_bytes
    assert b"Nasi" not in bar_bytes


def test_a_station_with_no_printer_prints_on_the_kitchen_printer_saying_its_station(shop: Shop) -> None:
    food, tables = nasi_goreng(shop), add_tables(shop)
    drinks_to_the_bar(shop, PrinterSettings("none"))
    kitchen_printer(shop)
    send(shop, None, tables["1"], (shop.kopi, 1), (food, 1))
    jobs = queued_tickets(shop)
    assert [address for address, _data in jobs] == ["192.0.2.9:9100", "192.0.2.9:9100"]
    assert b"BAR" in jobs[1][1]
    assert b"Kopi Tubruk" in jobs[1][1]


def test_a_round_with_no_printer_at_all_says_which_stations_must_be_told(shop: Shop) -> None:
    food, tables = nasi_goreng(shop), add_tables(shop)
    drinks_to_the_bar(shop, PrinterSettings("none"))
    with shop.db.transaction() as s:
        tab = writes.open_tab(s, shop.cashier, tables["2"])
        sent = writes.send_round(s, shop.cashier, tab, rung_up(shop, (shop.kopi, 1), (food, 1)))
        unprinted = record_tab_tickets(s, shop.cashier, round_tickets(s, tab, sent.round_no))
    assert [each.ticket.station for each in unprinted] == ["Kitchen", "Bar"]
    assert queued_tickets(shop) == []


def test_a_void_cancellation_goes_to_the_station_that_got_the_item(shop: Shop) -> None:
    food, tables = nasi_goreng(shop), add_tables(shop)
    drinks_to_the_bar(shop)
    kitchen_printer(shop)
    tab_id = send(shop, None, tables["5"], (food, 1), (shop.kopi, 1))
    with shop.db.reading() as s:
        from ska_pos.services.tabs.state import load_tab

        coffee = next(line for line in load_tab(s, tab_id).lines if line.cart_line.name == "Kopi Tubruk")
    with shop.db.transaction() as s:
        writes.void_sent_line(s, shop.cashier, tab_id, coffee.line_id, "spilt",
                              approval=approved(s, "tab.void"))  # fmt: skip
        tickets = void_tickets(s, tab_id, coffee.line_id)
        record_tab_tickets(s, shop.cashier, tickets)
    assert [(each.station, each.ticket.cancelled, [i.name for i in each.ticket.items]) for each in tickets] == [
        ("s1", True, ["Kopi Tubruk"])
    ]
    address, data = queued_tickets(shop)[-1]
    assert address == "192.0.2.20:9100"
    assert b"BAR" in data
    assert b"Kopi Tubruk" in data


def test_a_cafe_sale_queues_one_kitchen_ticket_per_station_with_only_its_lines(shop: Shop) -> None:
    food = nasi_goreng(shop)
    drinks_to_the_bar(shop)
    kitchen_printer(shop)
    with shop.db.transaction() as s:
        cart = Cart(shop.cashier.outlet_id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(1))
        cart_ops.add_item(s, cart, food.id, Decimal(1))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 40_000)])
        assert print_jobs.queue_sale_prints(s, shop.cashier, done.sale_id) == 2
    with shop.db.reading() as s:
        rows = s.scalars(select(PrintJob).where(PrintJob.sale_id == done.sale_id).order_by(PrintJob.created_at))
        recipes = [(row.kind, json.loads(row.payload)) for row in rows]
        assert [(kind, r["station"], r["settings"]["address"]) for kind, r in recipes] == [
            ("kitchen", "kitchen", "192.0.2.9:9100"),
            ("kitchen", "s1", "192.0.2.20:9100"),
        ]
        pending = print_jobs.DatabaseJobStore(shop.db, shop.cashier.till_id).pending()
        by_station = {job.payload.station: [i.name for i in job.payload.items] for job in pending}  # type: ignore[union-attr]
        assert by_station == {"Kitchen": ["Nasi Goreng"], "Bar": ["Kopi Tubruk"]}
        assert [job.settings.address for job in pending] == ["192.0.2.9:9100", "192.0.2.20:9100"]
        assert [i.name for i in kitchen_ticket(s, done.sale_id).items] == ["Kopi Tubruk", "Nasi Goreng"]


def test_an_outlet_that_routes_nothing_keeps_one_kitchen_ticket(shop: Shop) -> None:
    food, tables = nasi_goreng(shop), add_tables(shop)
    kitchen_printer(shop)
    tab_id = send(shop, None, tables["4"], (shop.kopi, 1), (food, 1))
    with shop.db.reading() as s:
        (only,) = round_tickets(s, tab_id, 1)
    assert (only.station, only.ticket.station, len(only.ticket.items)) == ("kitchen", "", 2)
    assert len(queued_tickets(shop)) == 1


def test_routing_is_checked_audited_and_a_refusal_changes_nothing(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        salon_category = setup.create_category(s, as_admin(s), s.get(type(shop.salon), shop.salon.id), "X").id
    for stations, categories, message in [
        ([StationForm("Bar"), StationForm("bar")], {}, "same name"),
        ([StationForm("Dapur")], {}, "same name"),
        ([StationForm("")], {}, "needs a name"),
        ([StationForm("Bar")], {shop.drinks.id: 2}, "does not exist"),
        ([StationForm("Bar", PrinterSettings("network", "not an address:x"))], {}, ""),
    ]:
        with pytest.raises(ValidationError, match=message or None), shop.db.transaction() as s:
            save_routing(s, manager, shop.cafe.id, stations, categories)
    with pytest.raises(ValidationError, match="another outlet"), shop.db.transaction() as s:
        save_routing(s, manager, shop.cafe.id, [StationForm("Bar")], {salon_category: 1})
    with shop.db.reading() as s:
        assert not load_routing(s, shop.cafe.id).routes
    drinks_to_the_bar(shop)
    with shop.db.reading() as s:
        routing = load_routing(s, shop.cafe.id)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "prep_stations_set")).one()
    assert routing.station_of(shop.drinks.id) == "s1"
    assert routing.station_of(None) == "kitchen"
    assert entry.entity_id == str(shop.cafe.id)
