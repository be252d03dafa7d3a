"""Customers: phones checked for Indonesia and written +62..., sealed with a keyed hash to find them by, duplicates
refused, searched by name or phone a page at a time, and attached to a sale through the cart."""

from __future__ import annotations

import uuid

import pytest
from shop import Shop, act_as

from ska_pos.db.models import AuditEntry, Customer, Outlet, Sale, Sentra
from ska_pos.domain.settlement import Tender
from ska_pos.sealing.key_store import add_new_current_key
from ska_pos.services import cart_ops, customers, held_sales, receipts, sales
from ska_pos.services.cart import Cart
from ska_pos.services.customers import CustomerForm
from ska_pos.services.errors import PermissionDenied, ValidationError


def _add(shop: Shop, name: str, phone: str = "", notes: str = "") -> uuid.UUID:
    with shop.db.transaction() as s:
        return customers.add_customer(s, shop.cashier, CustomerForm(name, phone, notes)).id


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("0812-3456-7890", "+6281234567890"), ("812 3456 7890", "+6281234567890"), ("+62 812 3456 7890",
     "+6281234567890"), ("(021) 555-1234", "+62215551234"), ("", "")],
)  # fmt: skip
def test_indonesian_numbers_are_written_one_way(typed: str, kept: str) -> None:
    assert customers.check_phone(typed) == kept


@pytest.mark.parametrize("typed", ["12345", "0812", "abc", "0812-3456-7890-1234-5678", "+62 000 0000"])
def test_a_number_no_one_can_call_is_refused_with_a_clear_message(shop: Shop, typed: str) -> None:
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="not a valid phone number"):
        customers.add_customer(s, shop.cashier, CustomerForm("Bu Ani", typed))
    with shop.db.reading() as s:
        assert s.query(Customer).count() == 0


def test_the_number_is_sealed_and_found_again_in_any_writing(shop: Shop) -> None:
    ani = _add(shop, "Bu Ani", "0812-3456-7890")
    _add(shop, "Pak Budi", "0813 1111 2222")
    database = shop.db.engine.url.database
    assert database is not None
    shop.db.dispose()
    raw = open(database, "rb").read()  # noqa: SIM115
    for clear in (b"6281234567890", b"081234567890", b"0812-3456-7890"):
        assert clear not in raw
    with shop.db.reading() as s:
        for typed in ("+6281234567890", "081234567890", "812-3456-7890"):
            assert [row.id for row in customers.search_customers(s, shop.cafe.id, typed).rows] == [ani]
        row = customers.get_customer(s, ani)
    assert row.masked_phone == "••••7890"


def test_a_number_sealed_before_a_new_key_is_still_found(shop: Shop) -> None:
    ani = _add(shop, "Bu Ani", "0812-3456-7890")
    add_new_current_key()
    with shop.db.reading() as s:
        assert [row.id for row in customers.search_customers(s, shop.cafe.id, "0812 3456 7890").rows] == [ani]


def test_a_second_customer_with_the_same_number_is_refused(shop: Shop) -> None:
    _add(shop, "Bu Ani", "0812-3456-7890")
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="Bu Ani already has this phone number"):
        customers.add_customer(s, shop.cashier, CustomerForm("Ani Lain", "+62 812 3456 7890"))


def test_search_by_name_is_paged_in_the_database(shop: Shop) -> None:
    for number in range(7):
        _add(shop, f"Pelanggan {number}")
    _add(shop, "Bu Ani")
    with shop.db.reading() as s:
        page = customers.search_customers(s, shop.cafe.id, "pelang", offset=3, limit=3)
        assert customers.search_customers(s, shop.cafe.id, "ANI").total == 1
    assert page.total == 7
    assert [row.name for row in page.rows] == ["Pelanggan 3", "Pelanggan 4", "Pelanggan 5"]


def test_the_search_lists_the_customers_of_the_outlets_sentra_only(shop: Shop) -> None:
    """Several sentras' rows in one database (synced to one server): a till's search, a booking's and the manager's
    customer list offer only customers the outlet may serve."""
    ani = _add(shop, "Bu Ani", "0812-3456-7890")
    with shop.db.transaction() as s:
        other = Sentra(code="LAIN", name="Sentra Lain")
        s.add(other)
        s.flush()
        s.add(Customer(sentra_id=other.id, name="Bu Anita", phone_tail=""))
        far = Outlet(sentra_id=other.id, code="FAR", name="Kafe Lain", kind="kafe")
        s.add(far)
        s.flush()
        far_id = far.id
    with shop.db.reading() as s:
        for outlet_id in (shop.cafe.id, shop.salon.id):
            page = customers.search_customers(s, outlet_id, "ani")
            assert ([row.id for row in page.rows], page.total) == ([ani], 1)
            assert customers.the_customer(s, outlet_id, "Bu Ani").id == ani
        assert [row.name for row in customers.search_customers(s, far_id).rows] == ["Bu Anita"]
        with pytest.raises(ValidationError, match="No customer"):
            customers.the_customer(s, shop.cafe.id, "Bu Anita")


def test_a_phone_number_kept_by_another_sentras_customer_neither_blocks_nor_names_them(shop: Shop) -> None:
    """The duplicate check looks within the sentra: the cashier could not choose the other sentra's customer, and
    their name is not the till's to show."""
    with shop.db.transaction() as s:
        other = Sentra(code="LAIN", name="Sentra Lain")
        s.add(other)
        s.flush()
        far = Customer(sentra_id=other.id, name="Bu Anita Lain", phone_tail="")
        s.add(far)
        s.flush()
        customers._store_phone(far, customers.check_phone("0812-3456-7890"))
    ani = _add(shop, "Bu Ani", "0812-3456-7890")
    with shop.db.reading() as s:
        assert customers.search_customers(s, shop.cafe.id, "0812-3456-7890").rows[0].id == ani
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="Bu Ani already has") as refused:
        customers.add_customer(s, shop.cashier, CustomerForm("Bu Ana", "0812 3456 7890"))
    assert "Anita" not in str(refused.value)


def test_a_supervisor_edits_and_sees_the_whole_number_a_cashier_does_not(shop: Shop) -> None:
    ani = _add(shop, "Bu Ani", "0812-3456-7890", "laundry kiloan")
    with shop.db.reading() as s, pytest.raises(PermissionDenied):
        customers.phone_of(s, shop.cashier, ani)
    supervisor = act_as(shop, "supervisor")
    with shop.db.reading() as s:
        assert customers.phone_of(s, supervisor, ani) == "0812-3456-7890"
    with shop.db.transaction() as s:
        edited = customers.edit_customer(s, supervisor, ani, CustomerForm("Ibu Ani", "", "langganan"))
    assert (edited.name, edited.phone_tail, edited.notes) == ("Ibu Ani", "", "langganan")
    with shop.db.reading() as s:
        assert customers.search_customers(s, shop.cafe.id, "0812-3456-7890").total == 0
        actions = [row.action for row in s.query(AuditEntry).filter(AuditEntry.entity == "customer")]
    assert sorted(actions) == ["customer_added", "customer_edited"]


def test_the_customer_goes_with_the_cart_to_the_sale_and_its_receipt(shop: Shop) -> None:
    ani = _add(shop, "Bu Ani", "0812-3456-7890")
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id, customer_id=ani)
        cart_ops.add_item(s, cart, shop.es_teh.id)
        held = held_sales.hold(s, shop.cashier, cart)
    with shop.db.transaction() as s:
        recalled = held_sales.recall(s, shop.cashier, held)
        assert recalled.customer_id == ani
        sale_id = sales.complete_sale(s, shop.cashier, recalled, [Tender("cash", 10_000)]).sale_id
    with shop.db.reading() as s:
        sale = s.get(Sale, sale_id)
        assert sale is not None
        assert sale.customer_id == ani
        assert receipts.receipt_data(s, sale_id).customer_name == "Bu Ani"
