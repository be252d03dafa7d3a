"""An outlet's settings, its tills and its logo through the services (issue 11, part 3): who may change them, what
is refused, what is audited and journaled, and that the next sale and its receipt use every changed value."""

from __future__ import annotations

import io
import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pdfplumber
import pytest
from PIL import Image
from shop import Shop, act_as, as_admin
from sqlalchemy import func, select

from ska_pos.db.models import AuditEntry, JournalEntry, Outlet, Sale, Till
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.reports.receipt_pdf import render_receipt_pdf
from ska_pos.services import cart_ops, outlets, receipts, sales, settings, shifts
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError
from ska_pos.services.permissions import NotAllowed
from ska_pos.services.receipt_logo import MAX_HEIGHT_DOTS, MAX_WIDTH_DOTS, set_receipt_logo, thermal_logo
from ska_pos.services.this_till import till_places

NOON_JAKARTA = datetime(2026, 11, 29, 5, 0, tzinfo=UTC)


def current(shop: Shop, outlet_id: uuid.UUID | None = None) -> outlets.OutletSettings:
    with shop.db.reading() as s:
        return outlets.outlet_settings(s, outlet_id or shop.cafe.id)


def save(shop: Shop, values: outlets.OutletSettings, who: str = "manager") -> list[str]:
    actor = act_as(shop, who)
    with shop.db.transaction() as s:
        return outlets.update_outlet_settings(s, actor, shop.cafe.id, values)


def count(shop: Shop, model: type[AuditEntry] | type[JournalEntry]) -> int:
    with shop.db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def sell_kopi(shop: Shop, tenders: list[Tender]) -> sales.CompletedSale:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990002")  # Kopi Tubruk, Rp8.000 on the menu
        return sales.complete_sale(s, shop.cashier, cart, tenders, now=NOON_JAKARTA)


def receipt_text(shop: Shop, sale_id: uuid.UUID) -> tuple[str, int]:
    """What the rendered receipt says, and how many pictures it holds."""
    with shop.db.reading() as s:
        data = receipts.receipt_data(s, sale_id, language="id")
    with pdfplumber.open(io.BytesIO(render_receipt_pdf(data, 80))) as pdf:
        page = pdf.pages[0]
        return " ".join((page.extract_text() or "").split()), len(page.images)


def test_the_cafes_settings_read_as_one_form(shop: Shop) -> None:
    values = current(shop)
    assert (values.name, values.tax_rate_bp, values.service_rate_bp, values.cash_rounding_unit) == (
        "Kafe Budi Luhur", 1000, 500, 0)  # fmt: skip
    assert (values.discount_limit_bp, values.idle_lock_minutes) == (
        settings.DISCOUNT_LIMIT_BP.default, settings.IDLE_LOCK_MINUTES.default)  # fmt: skip
    assert values.show_workers_on_receipt
    assert not values.service_included


def test_a_managers_save_is_written_audited_and_journaled_at_the_till(shop: Shop) -> None:
    changed = replace(current(shop), name="  Kafe Inklusif ", phone="021-555", discount_limit_bp=2000,
                      idle_lock_minutes=9, show_workers_on_receipt=False)  # fmt: skip
    assert save(shop, changed) == ["discount_limit_bp", "idle_lock_minutes", "name", "phone",
                                   "show_workers_on_receipt"]  # fmt: skip
    after = current(shop)
    assert (after.name, after.phone, after.discount_limit_bp, after.idle_lock_minutes) == (
        "Kafe Inklusif", "021-555", 2000, 9)  # fmt: skip
    assert not after.show_workers_on_receipt
    with shop.db.reading() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "outlet_settings")).one()
        assert entry.entity_id == str(shop.cafe.id)
        assert json.loads(entry.details)["changed"]["name"] == ["Kafe Budi Luhur", "Kafe Inklusif"]
        journaled = s.scalars(select(JournalEntry).where(JournalEntry.type == "setting")).all()
        assert {json.loads(e.payload)["key"] for e in journaled} == {
            "discount_limit_bp", "idle_lock_minutes", "name", "phone", "show_workers_on_receipt"}  # fmt: skip
        assert {e.till_id for e in journaled} == {shop.cashier.till_id}
        assert len(journaled) == 5
    # the same form saved again changes nothing and writes nothing
    audits = count(shop, AuditEntry)
    assert save(shop, after) == []
    assert count(shop, AuditEntry) == audits
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).where(JournalEntry.type == "setting")) == 5


@pytest.mark.parametrize("who", ["cashier", "supervisor"])
def test_below_a_manager_nothing_is_changed(shop: Shop, who: str) -> None:
    before = current(shop)
    with pytest.raises(NotAllowed):
        save(shop, replace(before, name="Warung"), who)
    assert current(shop) == before


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"name": "   "}, "required"),
        ({"name": "x" * 201}, "at most 200"),
        ({"phone": "0" * 41}, "at most 40"),
        ({"tax_rate_bp": 1001}, "between 0% and 10%"),
        ({"tax_rate_bp": -1}, "between 0% and 10%"),
        ({"service_rate_bp": 10001}, "between 0% and 100%"),
        ({"cash_rounding_unit": -100}, "between Rp0 and Rp1000"),
        ({"cash_rounding_unit": 5000}, "between Rp0 and Rp1000"),
        ({"discount_limit_bp": 10001}, "discount limit"),
        ({"idle_lock_minutes": 0}, "between 1 and 240 minutes"),
        ({"prices_include_tax": True, "service_included": True, "service_before_discount": True}, "before the disc"),
    ],
)
def test_a_wrong_value_is_refused_in_plain_words_and_changes_nothing(
    shop: Shop, change: dict[str, object], words: str
) -> None:
    before, audits = current(shop), count(shop, AuditEntry)
    with pytest.raises(ValidationError, match=words):
        save(shop, replace(before, **{"name": "Kafe Baru", **change}))  # type: ignore[arg-type]
    assert current(shop) == before
    assert count(shop, AuditEntry) == audits


def test_nett_prices_make_the_next_sale_cost_the_menu_price(shop: Shop) -> None:
    """Service 5 % and PBJT 10 % inside the Rp8.000 menu price: the customer pays Rp8.000, not Rp9.240."""
    assert sell_kopi(shop, [Tender("qris", 9240)]).total == 9240  # today: tax and service on top
    save(shop, replace(current(shop), prices_include_tax=True, service_included=True))
    done = sell_kopi(shop, [Tender("qris", 8000)])
    assert done.total == 8000
    text, _pictures = receipt_text(shop, done.sale_id)
    assert "Biaya layanan 5% (termasuk)" in text
    assert "PBJT 10% (termasuk) Rp727" in text  # 8.000 - 8.000 / 1,1
    assert "Biaya layanan 5% (termasuk) Rp346" in text  # 7.273 - 7.273 / 1,05 = 346,3


def test_service_before_discount_makes_the_next_sale_charge_service_on_the_undiscounted_amount(shop: Shop) -> None:
    """Kopi Rp8.000 less Rp2.000: service 5 % of 8.000 = 400 (not 300), PBJT 10 % of 6.400 = 640 (docs/pbjt.md)."""
    save(shop, replace(current(shop), service_before_discount=True))
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id, sale_discount=Discount.rupiah(2000), sale_discount_approved_by=shop.supervisor.id)
        cart_ops.add_by_code(s, cart, "8990002")
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("qris", 7040)], now=NOON_JAKARTA)
    assert done.total == 6000 + 400 + 640
    with shop.db.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        assert (sale.service_charge, sale.tax_amount, sale.service_before_discount) == (400, 640, True)


def test_a_new_cash_rounding_unit_rounds_the_next_cash_sale(shop: Shop) -> None:
    save(shop, replace(current(shop), tax_rate_bp=0, service_rate_bp=0, cash_rounding_unit=500))
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990003")  # Rp12.500
        cart_ops.add_by_code(s, cart, "8990001")  # Rp5.000 -> 17.500: nothing to round
        cart_ops.add_by_code(s, cart, "8990002")  # Rp8.000 -> 25.500: rounds down to 25.500
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 30_000)], now=NOON_JAKARTA)
    assert (done.total, done.rounding, done.change) == (25500, 0, 4500)
    save(shop, replace(current(shop), cash_rounding_unit=1000))
    done = sell_kopi(shop, [Tender("cash", 10_000)])
    assert done.total == 8000
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990003")  # Rp12.500 -> Rp12.000 in cash
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 12_000)], now=NOON_JAKARTA)
    assert (done.rounding, done.change) == (-500, 0)


def test_a_changed_discount_limit_decides_the_next_discount(shop: Shop) -> None:
    cart = Cart(shop.cafe.id)
    with shop.db.reading() as s:
        assert cart_ops.discount_needs_approval(s, cart, Discount.percent(2000), 8000)
    save(shop, replace(current(shop), discount_limit_bp=2500))
    with shop.db.reading() as s:
        assert not cart_ops.discount_needs_approval(s, cart, Discount.percent(2000), 8000)
        assert cart_ops.discount_needs_approval(s, cart, Discount.percent(2600), 8000)


def test_a_changed_header_footer_phone_and_worker_names_are_on_the_next_receipt(shop: Shop) -> None:
    first = sell_kopi(shop, [Tender("qris", 9240)])
    text, pictures = receipt_text(shop, first.sale_id)
    assert "Oleh: Budi" in text
    assert pictures == 0
    save(shop, replace(current(shop), receipt_header="Halal · Tanpa MSG", receipt_footer="Sampai jumpa lagi!",
                       phone="0812-1111-2222", show_workers_on_receipt=False))  # fmt: skip
    second = sell_kopi(shop, [Tender("qris", 9240)])
    text, _pictures = receipt_text(shop, second.sale_id)
    assert "Halal · Tanpa MSG" in text
    assert "Sampai jumpa lagi!" in text
    assert "Telp. 0812-1111-2222" in text
    assert "Oleh:" not in text


def _picture(size: tuple[int, int], kind: str = "PNG") -> bytes:
    image = Image.new("RGBA" if kind == "PNG" else "RGB", size, (200, 30, 30))
    out = io.BytesIO()
    image.save(out, format=kind)
    return out.getvalue()


def test_a_chosen_logo_is_scaled_for_thermal_paper_and_printed_on_the_next_receipt(shop: Shop) -> None:
    logo = thermal_logo(_picture((1200, 600)))
    with Image.open(io.BytesIO(logo)) as image:
        assert (image.format, image.mode) == ("PNG", "1")
        assert image.size == (MAX_WIDTH_DOTS - 64, MAX_HEIGHT_DOTS)  # 2:1 kept, 160 dots high at most
    assert thermal_logo(_picture((100, 50), "JPEG"))  # a JPG photo too
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        set_receipt_logo(s, manager, shop.cafe.id, logo)
    text, pictures = receipt_text(shop, sell_kopi(shop, [Tender("qris", 9240)]).sale_id)
    assert pictures == 1
    assert "Kafe Budi Luhur" in text
    with shop.db.transaction() as s:
        set_receipt_logo(s, manager, shop.cafe.id, None)
    assert receipt_text(shop, sell_kopi(shop, [Tender("qris", 9240)]).sale_id)[1] == 0


@pytest.mark.parametrize("picture", [b"not a picture", b"GIF89a" + b"\0" * 40])
def test_a_file_that_is_no_png_or_jpg_is_refused(picture: bytes) -> None:
    with pytest.raises(ValidationError, match=r"PNG atau JPG|PNG or JPG"):
        thermal_logo(picture)


def test_a_gif_is_refused_even_when_it_is_a_picture() -> None:
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, format="GIF")
    with pytest.raises(ValidationError):
        thermal_logo(out.getvalue())


def test_an_administrator_adds_an_outlet_of_any_kind_and_its_tills(shop: Shop) -> None:
    with shop.db.transaction() as s:
        admin = as_admin(s)
        laundry = outlets.add_outlet(s, admin, "ldr", "Laundry Bersih", "laundry")
        till = outlets.add_till(s, admin, laundry, "t1", "Kasir depan")
    with shop.db.reading() as s:
        outlet = s.get(Outlet, laundry)
        assert outlet is not None
        assert (outlet.code, outlet.kind, outlet.cash_rounding_unit) == ("LDR", "laundry", 100)
        assert ("LDR", "T1") in [(p.outlet_code, p.till_code) for p in till_places(s)]
        assert {e.action for e in s.scalars(select(AuditEntry))} >= {"outlet_add", "till_add"}
        assert s.get(Till, till) is not None


@pytest.mark.parametrize(
    ("code", "name", "kind", "words"),
    [("KFE", "Kafe Dua", "kafe", "taken"), ("X-1", "Toko", "toko", "letters and digits"),
     ("TKO", "Toko", "bengkel", "Unknown outlet kind"), ("TKO", " ", "toko", "required")],
)  # fmt: skip
def test_a_wrong_outlet_is_refused(shop: Shop, code: str, name: str, kind: str, words: str) -> None:
    with shop.db.transaction() as s, pytest.raises(ValidationError, match=words):
        outlets.add_outlet(s, as_admin(s), code, name, kind)


def test_only_an_administrator_adds_outlets_and_tills(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s, pytest.raises(NotAllowed):
        outlets.add_outlet(s, manager, "TKO", "Toko", "toko")
    with shop.db.transaction() as s, pytest.raises(NotAllowed):
        outlets.add_till(s, manager, shop.cafe.id, "T2")


def test_a_till_code_is_unique_in_its_outlet_only(shop: Shop) -> None:
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="taken in this outlet"):
        outlets.add_till(s, as_admin(s), shop.cafe.id, "t1")


def test_a_till_is_deactivated_only_once_its_shift_is_closed(shop: Shop) -> None:
    salon_till = shop.salon_cashier.till_id
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="open shift"):
        outlets.set_till_active(s, as_admin(s), salon_till, False)
    with shop.db.transaction() as s:
        shifts.close_shift(s, shop.salon_cashier, {100_000: 1})
    with shop.db.transaction() as s:
        outlets.set_till_active(s, as_admin(s), salon_till, False)
    with shop.db.reading() as s:
        assert salon_till not in [p.till_id for p in till_places(s)]
        rows = outlets.outlet_rows(s)
        salon = next(row for row in rows if row.code == "SLN")
        assert [(t.code, t.active) for t in salon.tills] == [("T1", False)]
