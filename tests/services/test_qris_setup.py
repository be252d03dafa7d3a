"""An outlet's QRIS code set up by a manager: read from pasted text or a picture, checked, saved with an audit and a
journal entry; a broken code refused with its reason and nothing changed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import segno
from PIL import Image
from shop import Shop, log_in
from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import AuditEntry, JournalEntry, Outlet
from ska_pos.demo.qris_sample import sample_static_qris
from ska_pos.domain.qris import make_dynamic, merchant_name
from ska_pos.i18n import set_language
from ska_pos.services.actor import Actor
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.qris_setup import (
    TEST_AMOUNT,
    checked_payload,
    outlet_qris,
    read_qris_picture,
    set_outlet_qris,
    trial_payment_code,
)


@pytest.fixture(autouse=True)
def _indonesian() -> None:
    """The reasons are read in Indonesian, the till's first language (the suite resets the language after)."""
    set_language("id")


CODE = sample_static_qris("Salon SKA Mandiri", "KOTA BEKASI")


def manager(session: Session, shop: Shop, role: str = "manager") -> Actor:
    return log_in(session, role, shop.cafe.id, shop.cashier.till_id)


def qr_png(text: str, scale: int = 6) -> Image.Image:
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def photo_of(*codes: str) -> Image.Image:
    """What a phone gives: the printed code(s) on a grey counter, turned a little, scaled, JPEG-compressed."""
    counter = Image.new("L", (1400, 900), 170)
    for index, text in enumerate(codes):
        counter.paste(qr_png(text), (80 + index * 680, 120))
    turned = counter.rotate(7, expand=True, fillcolor=150).resize((1100, 760))
    buffer = io.BytesIO()
    turned.save(buffer, format="JPEG", quality=70)
    buffer.seek(0)
    return Image.open(buffer)


def test_pasted_text_is_saved_without_the_line_breaks_and_outer_spaces_a_paste_brings(shop: Shop) -> None:
    pasted = f"  {CODE[:40]}\n  {CODE[40:]} \r\n"
    with shop.db.transaction() as s:
        merchant = set_outlet_qris(s, manager(s, shop), shop.salon.id, pasted)
    assert (merchant.name, merchant.city, merchant.nmid) == ("SALON SKA MANDIRI", "KOTA BEKASI", "ID1026000000001")
    with shop.db.reading() as s:
        now = outlet_qris(s, shop.salon.id)
        outlet = s.get(Outlet, shop.salon.id)
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "outlet_qris")).one()
        entry = s.scalars(
            select(JournalEntry).where(JournalEntry.type == "setting").order_by(JournalEntry.seq.desc())
        ).first()
    assert outlet is not None
    assert outlet.qris_payload == CODE
    assert (now.merchant, now.problem) == (merchant, "")
    details = json.loads(audit.details)
    assert (details["nmid"], details["merchant"]) == ("ID1026000000001", "SALON SKA MANDIRI")
    assert details["replaced"] is False  # the salon had no code before
    assert entry is not None
    assert entry.till_id == shop.cashier.till_id
    assert json.loads(entry.payload)["value"] == CODE


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "Tempel kode QRIS"),
        (CODE[:-1] + ("0" if CODE[-1] != "0" else "1"), "Checksum"),
        (make_dynamic(CODE, 5_000), "satu pembayaran"),
        ("https://example.com/menu", "QRIS"),
    ],
)
def test_a_broken_code_is_refused_with_its_reason_and_changes_nothing(shop: Shop, text: str, reason: str) -> None:
    with shop.db.reading() as s:
        before = outlet_qris(s, shop.cafe.id).payload
    with shop.db.transaction() as s, pytest.raises(ValidationError, match=reason):
        set_outlet_qris(s, manager(s, shop), shop.cafe.id, text)
    with shop.db.reading() as s:
        assert outlet_qris(s, shop.cafe.id).payload == before
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "outlet_qris")).first() is None


@pytest.mark.parametrize("role", ["cashier", "supervisor"])
def test_only_a_manager_sets_the_qris_code(shop: Shop, role: str) -> None:
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        set_outlet_qris(s, manager(s, shop, role), shop.cafe.id, CODE)


def test_a_saved_code_that_no_longer_passes_the_checks_says_why(shop: Shop) -> None:
    with shop.db.transaction() as s:
        outlet = s.get(Outlet, shop.cafe.id)
        assert outlet is not None
        outlet.qris_payload = CODE[:-4] + "0000"
    with shop.db.reading() as s:
        now = outlet_qris(s, shop.cafe.id)
    assert now.merchant is None
    assert "Checksum" in now.problem


def test_the_test_code_is_for_one_thousand_rupiah_at_the_same_merchant() -> None:
    trial = trial_payment_code(CODE)
    assert "5404" + str(TEST_AMOUNT) in trial
    assert merchant_name(trial) == "SALON SKA MANDIRI"
    assert checked_payload(CODE)[1].nmid == "ID1026000000001"


def test_a_phone_photo_of_the_printed_code_is_read(tmp_path: Path) -> None:
    path = tmp_path / "qris.jpg"
    photo_of(CODE).save(path)
    assert read_qris_picture(path) == CODE


def test_a_screenshot_png_is_read(tmp_path: Path) -> None:
    path = tmp_path / "layar.png"
    qr_png(CODE, scale=3).save(path)
    assert read_qris_picture(path) == CODE


def test_a_picture_with_two_qris_codes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dua.jpg"
    photo_of(CODE, sample_static_qris("Kafe Lain")).save(path)
    with pytest.raises(ValidationError, match="lebih dari satu"):
        read_qris_picture(path)


def test_a_qris_code_beside_another_qr_code_is_the_one_read(tmp_path: Path) -> None:
    path = tmp_path / "meja.jpg"
    photo_of("https://example.com/menu", CODE).save(path)
    assert read_qris_picture(path) == CODE


def test_a_picture_without_a_code_or_not_a_picture_is_refused_in_words(tmp_path: Path) -> None:
    blank = tmp_path / "kosong.png"
    Image.new("L", (400, 300), 200).save(blank)
    with pytest.raises(ValidationError, match="Tidak ada kode QR"):
        read_qris_picture(blank)
    text = tmp_path / "catatan.png"
    text.write_text("bukan gambar")
    with pytest.raises(ValidationError, match="bukan gambar"):
        read_qris_picture(text)
    with pytest.raises(ValidationError, match="sudah tidak ada"):
        read_qris_picture(tmp_path / "hilang.png")


def test_a_full_resolution_photo_of_a_200_megapixel_phone_camera_is_read(tmp_path: Path) -> None:
    """Phones take 200 MP pictures (16320 x 12240); Pillow refuses any picture past twice its 89 MP bomb limit
    unread, and a 108 MP one was decoded at full size (hundreds of MB) before the code was looked for."""
    photo = Image.new("L", (16320, 12240), 170)
    photo.paste(qr_png(CODE, scale=60), (5000, 3000))
    path = tmp_path / "qris-200mp.jpg"
    photo.save(path, quality=80)
    del photo
    assert read_qris_picture(path) == CODE


def test_an_outlet_created_with_a_code_passes_the_same_checks_as_the_dialog(shop: Shop) -> None:
    from shop import as_admin

    from ska_pos.db.models import Outlet
    from ska_pos.services import setup

    with shop.db.transaction() as s:
        sentra = s.get(Outlet, shop.cafe.id).sentra  # type: ignore[union-attr]
        admin, one_payment = as_admin(s), make_dynamic(CODE, 5_000)
        with pytest.raises(ValidationError, match="satu pembayaran"):
            setup.create_outlet(s, admin, sentra, "KF2", "Kafe Dua", "kafe", qris_payload=one_payment)
