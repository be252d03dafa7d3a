"""Open tabs by table (issue 13, item 2): a tab opened, its rounds sent (each ticket only what is new), moved,
merged, a sent item voided with a supervisor, and paid at the end as any sale, whole, in shares or split by items."""

from __future__ import annotations

from decimal import Decimal

import pytest
from modifier_menu import add_drink_modifiers
from shop import Shop, approved
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from tab_shop import add_tables, rung_up

from ska_pos.db.models import EarningEntry, Sale, TabEvent
from ska_pos.domain.settlement import Tender
from ska_pos.domain.split_bill import part_totals, split_by_items, split_in_shares
from ska_pos.services import sales
from ska_pos.services.cart import Cart
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.sale_context import tax_settings
from ska_pos.services.tabs import paying, writes
from ska_pos.services.tabs.state import floor, load_tab
from ska_pos.services.tabs.tickets import round_ticket, void_ticket


def sale_totals(shop: Shop, sale_ids: list) -> list[int]:  # type: ignore[type-arg]
    with shop.db.reading() as s:
        return [s.get(Sale, sale_id).total for sale_id in sale_ids]  # type: ignore[union-attr]


def test_a_tab_opened_sent_in_two_rounds_moved_split_by_items_and_shares_and_paid_part_by_part(shop: Shop) -> None:
    """The "done when" of issue 13's open tabs."""
    tables = add_tables(shop)
    menu = add_drink_modifiers(shop)
    less, large = menu.option(shop, "Less sugar"), menu.option(shop, "Large")
    normal, regular = menu.option(shop, "Normal"), menu.option(shop, "Regular")
    cashier = shop.cashier
    with shop.db.transaction() as s:
        tab_id = writes.open_tab(s, cashier, tables["4"])
    first = rung_up(shop, (shop.es_teh, 2, [less, large]), (shop.kopi, 1, [normal, regular]))
    second = rung_up(shop, (shop.keripik, 1), (shop.kopi, 2, [normal, regular]))
    with shop.db.transaction() as s:
        assert writes.send_round(s, cashier, tab_id, first).round_no == 1
    with shop.db.transaction() as s:
        assert writes.send_round(s, cashier, tab_id, second).round_no == 2
    with shop.db.reading() as s:
        ticket_1, ticket_2 = round_ticket(s, tab_id, 1), round_ticket(s, tab_id, 2)
    assert [(item.name, item.quantity) for item in ticket_1.items] == [("Es Teh Manis", 2), ("Kopi Tubruk", 1)]
    assert ticket_1.items[0].modifiers == ("Gula: Less sugar", "Ukuran: Large")
    assert [(item.name, item.quantity) for item in ticket_2.items] == [("Keripik Singkong", 1), ("Kopi Tubruk", 2)]
    assert (ticket_2.round_no, ticket_2.table_no, ticket_2.order_type) == (2, "4", "dine_in")

    with shop.db.transaction() as s:
        writes.move_tab(s, cashier, tab_id, tables["7"])
    with shop.db.reading() as s:
        on_floor = {table.name: table for table in floor(s, shop.cafe.id)}
        tab = load_tab(s, tab_id)
        bill = tab.cart()
        whole = bill.priced(tax_settings(shop.cafe)).total
    assert on_floor["4"].tab_id is None
    assert on_floor["7"].tab_id == tab_id
    assert on_floor["7"].total == whole
    assert (tab.table_name, bill.table_no, len(bill.lines)) == ("7", "7", 4)
    # es teh 2 x (5.000 + 5.000), kopi 3 x 8.000, keripik 12.500: 56.500, service 5 %, PBJT 10 % on both
    assert whole == 56_500 + 2_825 + 5_933

    groups = [[0, 2], [1, 3]]
    with shop.db.transaction() as s:
        part_1 = paying.pay_tab_part(s, cashier, tab_id, groups, 0, [Tender("cash", 100_000)])
    with shop.db.reading() as s:
        assert not load_tab(s, tab_id).closed
        assert load_tab(s, tab_id).parts_paid == {1}
    with pytest.raises(ValidationError, match="paid already"), shop.db.transaction() as s:
        writes.send_round(s, cashier, tab_id, rung_up(shop, (shop.keripik, 1)))
    priced = bill.priced(tax_settings(shop.cafe))
    part_2 = part_totals(priced, split_by_items(priced, tax_settings(shop.cafe), groups)[1])
    shares = [share.total for share in split_in_shares(part_2, 2)]
    with shop.db.transaction() as s:
        part_2_sale = paying.pay_tab_part(s, cashier, tab_id, groups, 1, [Tender("cash", shares[0]),
                                                                         Tender("qris", shares[1])])  # fmt: skip
    assert sum(sale_totals(shop, [part_1.sale_id, part_2_sale.sale_id])) == whole
    with shop.db.reading() as s:
        assert load_tab(s, tab_id).closed
        assert s.scalar(select(func.count()).select_from(EarningEntry)) > 0
        on_floor = {table.name: table for table in floor(s, shop.cafe.id)}
    assert on_floor["7"].tab_id is None
    with pytest.raises(ValidationError, match="paid and closed"), shop.db.transaction() as s:
        writes.send_round(s, cashier, tab_id, second)


def test_a_tab_paid_in_equal_shares_is_one_sale_with_a_payment_per_share(shop: Shop) -> None:
    tables = add_tables(shop)
    with shop.db.transaction() as s:
        tab_id = writes.open_tab(s, shop.cashier, tables["1"], order_type="takeaway")
        writes.send_round(s, shop.cashier, tab_id, rung_up(shop, (shop.kopi, 3), (shop.keripik, 1)))
    with shop.db.reading() as s:
        bill = load_tab(s, tab_id).cart()
    shares = split_in_shares(bill.priced(tax_settings(shop.cafe)), 3)
    with shop.db.transaction() as s:
        tenders = [Tender(method, share.total) for method, share in zip(("cash", "qris", "qris"), shares, strict=True)]
        done = paying.pay_tab(s, shop.cashier, tab_id, tenders)
    with shop.db.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        assert (sale.order_type, sale.total) == ("takeaway", bill.priced(tax_settings(shop.cafe)).total)
        assert sorted(payment.amount for payment in sale.payments) == sorted(share.total for share in shares)
        assert load_tab(s, tab_id).closed


def test_a_bill_that_is_not_the_tab_as_sent_is_refused_and_nothing_is_written(shop: Shop) -> None:
    tables = add_tables(shop)
    with shop.db.transaction() as s:
        tab_id = writes.open_tab(s, shop.cashier, tables["2"])
        writes.send_round(s, shop.cashier, tab_id, rung_up(shop, (shop.kopi, 2)))
    with shop.db.reading() as s:
        bill = load_tab(s, tab_id).cart()
    fewer = Cart(bill.outlet_id, [bill.lines[0].__class__(**{**bill.lines[0].__dict__, "quantity": Decimal(1)})],
                 tab_id=tab_id)  # fmt: skip
    with pytest.raises(ValidationError, match="not the tab as sent"), shop.db.transaction() as s:
        sales.complete_sale(s, shop.cashier, fewer, [Tender("cash", 50_000)])
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 0
        assert not load_tab(s, tab_id).closed


def test_a_tab_moves_only_to_a_free_table_and_two_tabs_merge_into_one(shop: Shop) -> None:
    tables = add_tables(shop)
    with shop.db.transaction() as s:
        one = writes.open_tab(s, shop.cashier, tables["1"])
        three = writes.open_tab(s, shop.cashier, tables["3"])
        writes.send_round(s, shop.cashier, one, rung_up(shop, (shop.kopi, 1)))
        writes.send_round(s, shop.cashier, three, rung_up(shop, (shop.es_teh, 2)))
    with pytest.raises(ValidationError, match="Table 3 has an open tab already"), shop.db.transaction() as s:
        writes.move_tab(s, shop.cashier, one, tables["3"])
    with pytest.raises(ValidationError, match="Table 1 has an open tab already"), shop.db.transaction() as s:
        writes.open_tab(s, shop.cashier, tables["1"])
    with shop.db.transaction() as s:
        writes.merge_tabs(s, shop.cashier, one, three)
    with shop.db.reading() as s:
        merged = load_tab(s, one)
        assert [line.cart_line.name for line in merged.open_lines] == ["Kopi Tubruk", "Es Teh Manis"]
        assert load_tab(s, three).merged_into == one
        on_floor = {table.name: table.tab_id for table in floor(s, shop.cafe.id)}
    assert (on_floor["1"], on_floor["3"]) == (one, None)
    with pytest.raises(ValidationError, match="merged into another"), shop.db.transaction() as s:
        writes.send_round(s, shop.cashier, three, rung_up(shop, (shop.kopi, 1)))
    with shop.db.transaction() as s:
        writes.send_round(s, shop.cashier, one, rung_up(shop, (shop.kopi, 1)))
        assert writes.open_tab(s, shop.cashier, tables["3"])  # free again
    with shop.db.transaction() as s:
        done = paying.pay_tab(s, shop.cashier, one, [Tender("cash", 100_000)])
    with shop.db.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        assert [line.name for line in sale.lines] == ["Kopi Tubruk", "Es Teh Manis", "Kopi Tubruk"]


def test_voiding_an_item_already_sent_needs_a_supervisor_and_prints_a_cancellation(shop: Shop) -> None:
    tables = add_tables(shop)
    with shop.db.transaction() as s:
        tab_id = writes.open_tab(s, shop.cashier, tables["5"])
        writes.send_round(s, shop.cashier, tab_id, rung_up(shop, (shop.kopi, 1), (shop.keripik, 2)))
    with shop.db.reading() as s:
        line = load_tab(s, tab_id).lines[1]
    with pytest.raises(PermissionDenied), shop.db.transaction() as s:
        writes.void_sent_line(s, shop.cashier, tab_id, line.line_id, "Salah pesan")
    with pytest.raises(ValidationError, match="Say why"), shop.db.transaction() as s:
        writes.void_sent_line(s, shop.cashier, tab_id, line.line_id, " ", approval=approved(s, "tab.void"))
    with shop.db.transaction() as s:
        writes.void_sent_line(s, shop.cashier, tab_id, line.line_id, "Salah pesan", approval=approved(s, "tab.void"))
    with pytest.raises(ValidationError, match="voided already"), shop.db.transaction() as s:
        writes.void_sent_line(s, shop.cashier, tab_id, line.line_id, "Lagi", approval=approved(s, "tab.void"))
    with shop.db.reading() as s:
        tab = load_tab(s, tab_id)
        ticket = void_ticket(s, tab_id, line.line_id)
        event = s.scalar(select(TabEvent).where(TabEvent.kind == "void"))
        assert event is not None
        assert event.approved_by_id == shop.supervisor.id
    assert [line.cart_line.name for line in tab.open_lines] == ["Kopi Tubruk"]
    assert len(tab.lines) == 2  # the round is as it was sent
    assert ticket.cancelled
    assert ticket.round_no == 1
    assert [(item.name, item.quantity) for item in ticket.items] == [("Keripik Singkong", 2)]
    with shop.db.transaction() as s:
        done = paying.pay_tab(s, shop.cashier, tab_id, [Tender("cash", 50_000)])
    with shop.db.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        assert [line.name for line in sale.lines] == ["Kopi Tubruk"]


@pytest.mark.parametrize("table", ["tab", "tab_event", "tab_line"])
def test_tab_rows_are_never_updated_or_deleted(shop: Shop, table: str) -> None:
    tables = add_tables(shop)
    with shop.db.transaction() as s:
        tab_id = writes.open_tab(s, shop.cashier, tables["1"])
        writes.send_round(s, shop.cashier, tab_id, rung_up(shop, (shop.kopi, 1)))
    for statement in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}"):
        with pytest.raises((DBAPIError, IntegrityError), match="never"), shop.db.transaction() as s:
            s.execute(text(statement))


def test_a_cart_keeps_its_tab_when_held(shop: Shop) -> None:
    cart = Cart(shop.cafe.id, tab_id=shop.cafe.id)
    assert Cart.from_json(cart.to_json()).tab_id == shop.cafe.id
