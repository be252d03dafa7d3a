"""The sentra's own EAN-13 numbers: given only to items without a barcode, audited, never given twice (not even a
number an item dropped), and two tills giving numbers at once get different ones, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest
from barcode_races import assign_numbers
from hypothesis import given
from hypothesis import strategies as st
from races import DONE, race
from shop import Shop, act_as, as_admin
from sqlalchemy import select

from ska_pos.db.models import AuditEntry, Barcode, OwnBarcode
from ska_pos.domain.own_barcodes import PrefixError, check_prefix, is_ean13, own_code, serial_room
from ska_pos.services import catalog_admin, item_search, own_barcodes
from ska_pos.services.catalog_admin import ItemForm
from ska_pos.services.errors import ValidationError

SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]


def _check_digit(body: str) -> str:
    """GS1's rule written out: odd places weigh 1, even places 3, the digit brings the sum to a multiple of ten."""
    total = sum(int(digit) * (3 if place % 2 else 1) for place, digit in enumerate(body))
    return str((10 - total % 10) % 10)


@given(st.sampled_from(["20", "21", "29", "2045", "299999"]), st.integers(min_value=1, max_value=999_999))
def test_a_number_is_the_prefix_a_serial_and_the_gs1_check_digit(prefix: str, serial: int) -> None:
    code = own_code(prefix, min(serial, serial_room(prefix)))
    assert len(code) == 13
    assert code.startswith(prefix)
    assert code[-1] == _check_digit(code[:12])
    assert is_ean13(code)
    assert not is_ean13(code[:12] + str((int(code[-1]) + 1) % 10))


@pytest.mark.parametrize("prefix", ["19", "30", "2", "2000000", "2a", "٢١", ""])
def test_a_prefix_outside_the_in_store_range_is_refused(prefix: str) -> None:
    with pytest.raises(PrefixError):
        check_prefix(prefix)


def new_items(shop: Shop, count: int, prefix: str = "X") -> list[uuid.UUID]:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        return [
            catalog_admin.add_item(
                s, manager, shop.cafe.id, ItemForm(f"{prefix}{n:03d}", f"Tas {prefix}{n}", 10_000)
            ).id
            for n in range(count)
        ]


def set_prefix(shop: Shop, prefix: str) -> None:
    with shop.db.transaction() as s:
        own_barcodes.set_prefix(s, as_admin(s), shop.cafe.sentra_id, prefix)


def test_items_without_a_barcode_get_the_next_numbers_of_the_range_and_are_found_by_them(shop: Shop) -> None:
    set_prefix(shop, "21")
    bag, cup = new_items(shop, 2)
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        given_ = own_barcodes.assign_numbers(s, manager, [bag, shop.es_teh.id, cup])
    assert [(each.item_id, each.code) for each in given_] == [(bag, own_code("21", 1)), (cup, own_code("21", 2))]
    with shop.db.reading() as s:
        found = item_search.search_page(s, shop.cafe.id, own_code("21", 2), limit=5).items
        assert [item.id for item in found] == [cup]
        assert catalog_admin.get_item(s, shop.es_teh.id).barcodes == ("8990001",)  # its own barcode kept
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "barcode_assigned")).all()
        assert {(entry.entity_id, entry.user_id) for entry in audited} == {(str(bag), manager.user_id),
                                                                          (str(cup), manager.user_id)}  # fmt: skip


def test_a_number_an_item_dropped_is_never_given_again(shop: Shop) -> None:
    first, second = new_items(shop, 2)
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        own_barcodes.assign_numbers(s, manager, [first])
    with shop.db.transaction() as s:  # the manager clears the item's barcode in the item form
        item = catalog_admin.get_item(s, first)
        catalog_admin.edit_item(s, manager, first, ItemForm(item.sku, item.name, item.price, barcodes=()))
    with shop.db.transaction() as s:
        codes = [each.code for each in own_barcodes.assign_numbers(s, manager, [second, first])]
    assert codes == [own_code("20", 2), own_code("20", 3)]


def test_a_number_typed_into_an_item_by_hand_is_skipped(shop: Shop) -> None:
    typed, plain = new_items(shop, 2)
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        item = catalog_admin.get_item(s, typed)
        catalog_admin.edit_item(s, manager, typed, ItemForm(item.sku, item.name, item.price,
                                                            barcodes=(own_code("20", 1),)))  # fmt: skip
    with shop.db.transaction() as s:
        assert [each.code for each in own_barcodes.assign_numbers(s, manager, [plain])] == [own_code("20", 2)]


def test_issued_numbers_are_never_changed_or_deleted(shop: Shop) -> None:
    (item,) = new_items(shop, 1)
    with shop.db.transaction() as s:
        own_barcodes.assign_numbers(s, act_as(shop, "manager"), [item])
    with pytest.raises(Exception, match="never updated or deleted"), shop.db.transaction() as s:
        s.execute(OwnBarcode.__table__.delete())


def test_a_bad_prefix_is_refused_plainly_and_changes_nothing(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="20 to 29"), shop.db.transaction() as s:
        own_barcodes.set_prefix(s, as_admin(s), shop.cafe.sentra_id, "899")
    with shop.db.reading() as s:
        assert own_barcodes.prefix_of(s, shop.cafe.sentra_id) == "20"
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "barcode_prefix_set")).all() == []


ROUNDS = 8
PER_ROUND = 3


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_giving_numbers_at_once_never_give_one_twice(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    manager = act_as(shop, "manager")
    items = new_items(shop, 2 * ROUNDS * PER_ROUND)
    batches = [[items[(2 * round_no + racer) * PER_ROUND + n] for n in range(PER_ROUND)] for round_no in range(ROUNDS)
               for racer in (0, 1)]  # fmt: skip
    racers = [(shop.db.url, manager, batches[racer::2]) for racer in (0, 1)]
    outcomes = race(assign_numbers, racers, ROUNDS)
    assert outcomes == [[DONE, DONE]] * ROUNDS
    with shop.db.reading() as s:
        codes = list(s.scalars(select(Barcode.code).where(Barcode.item_id.in_(items))))
    assert sorted(codes) == [own_code("20", serial) for serial in range(1, len(items) + 1)]


def retype(shop: Shop, item_id: uuid.UUID, *barcodes: str) -> None:
    """The manager types the item's barcodes into its form and saves it."""
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        item = catalog_admin.get_item(s, item_id)
        form = ItemForm(item.sku, item.name, item.price, barcodes=barcodes)
        catalog_admin.edit_item(s, manager, item_id, form)


def test_a_number_issued_to_one_item_cannot_be_typed_into_another(shop: Shop) -> None:
    first, second = new_items(shop, 2)
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        (issued,) = own_barcodes.assign_numbers(s, manager, [first])
    retype(shop, first)  # the first item drops it
    with pytest.raises(ValidationError, match=issued.code):
        retype(shop, second, issued.code)
    form = ItemForm("NEW", "Tas baru", 1_000, barcodes=(issued.code,))
    with pytest.raises(ValidationError, match=issued.code), shop.db.transaction() as s:
        catalog_admin.add_item(s, manager, shop.cafe.id, form)
    retype(shop, first, issued.code)  # its own item may take it back
