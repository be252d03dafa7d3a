"""Barcode labels printed from the catalogue: the rendered page is read back with a barcode reader (zxing-cpp, as
services/qris_setup.py reads QRIS pictures), and what it reads finds the item at the till."""

from __future__ import annotations

import io
import uuid
from typing import Any

import pdfplumber
import pytest
from barcode_reading import read_pages
from shop import Shop, act_as

from ska_pos.domain.money import format_rupiah
from ska_pos.reports.barcode_label_model import BarcodeLabel, LabelRun
from ska_pos.reports.barcode_label_samples import sample_label_run
from ska_pos.reports.barcode_labels_pdf import LAYOUT_NAMES, LAYOUTS, render_labels_pdf
from ska_pos.reports.barcode_labels_thermal import label_blocks
from ska_pos.services import barcode_labels, catalog_admin, item_search, own_barcodes
from ska_pos.services.barcode_labels import LabelChoice
from ska_pos.services.catalog_admin import ItemForm
from ska_pos.services.errors import ValidationError


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_every_label_of_every_layout_scans_back_to_its_code(layout: str) -> None:
    run = sample_label_run("id", copies=1)
    per_page = LAYOUTS[layout].per_page if layout in LAYOUTS else len(run.labels)  # a roll: one long page
    pages = read_pages(render_labels_pdf(run, layout))
    assert len(pages) == -(-len(run.labels) // per_page)
    assert sorted(text for page in pages for text in page) == sorted(label.code for label in run.labels)


def test_a_label_shows_the_name_and_the_price_in_rupiah() -> None:
    run = LabelRun("id", (BarcodeLabel("Tas anyaman pandan", 185_000, "2100000000012"),))
    with pdfplumber.open(io.BytesIO(render_labels_pdf(run, "label-40x30"))) as document:
        text = document.pages[0].extract_text()
    assert "Tas anyaman pandan" in text
    assert format_rupiah(185_000, "id") in text  # Rp185.000


def test_labels_printed_for_new_items_scan_to_those_items_at_the_till(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        bag = catalog_admin.add_item(s, manager, shop.cafe.id, ItemForm("TAS01", "Tas anyaman", 185_000)).id
        key = catalog_admin.add_item(s, manager, shop.cafe.id, ItemForm("GK01", "Gantungan kunci", 15_000)).id
    with shop.db.transaction() as s:
        chosen = barcode_labels.choose_items(s, shop.cafe.id, LabelChoice(without_barcode=True))
        assert set(chosen) >= {bag, key}
        own_barcodes.assign_numbers(s, manager, chosen)
    with shop.db.reading() as s:
        run = barcode_labels.label_run(s, [bag, key, shop.es_teh.id], 2, "id")
    assert [(label.name, label.price) for label in run.labels] == [("Tas anyaman", 185_000)] * 2 + [
        ("Gantungan kunci", 15_000)
    ] * 2 + [("Es Teh Manis", 5_000)] * 2
    (scanned,) = read_pages(render_labels_pdf(run, "a4-3x8"))
    found: list[uuid.UUID] = []
    with shop.db.reading() as s:
        for code in scanned:
            (item,) = item_search.search_page(s, shop.cafe.id, code, limit=1).items
            found.append(item.id)
    assert sorted(found) == sorted([bag, bag, key, key, shop.es_teh.id, shop.es_teh.id])


def test_items_are_chosen_by_category_and_by_search(shop: Shop) -> None:
    with shop.db.reading() as s:
        drinks = barcode_labels.choose_items(s, shop.cafe.id, LabelChoice(category_id=shop.drinks.id))
        searched = barcode_labels.choose_items(s, shop.cafe.id, LabelChoice(text="keripik"))
    assert set(drinks) == {shop.es_teh.id, shop.kopi.id}
    assert searched == [shop.keripik.id]


@pytest.mark.parametrize("copies", [0, 101])
def test_copies_out_of_bounds_are_refused(shop: Shop, copies: int) -> None:
    with pytest.raises(ValidationError, match="100"), shop.db.reading() as s:
        barcode_labels.label_run(s, [shop.es_teh.id], copies, "id")


def test_a_receipt_printer_draws_the_barcodes_itself() -> None:
    """On an ESC/POS printer the label's barcode is the printer's own (GS k): EAN-13 as such, other codes as
    Code 128 (set B), each with its digits below."""
    from ska_pos.printing.escpos_blocks import start_document, write_blocks
    from ska_pos.printing.escpos_receipt import escpos_bytes
    from ska_pos.printing.escpos_text import columns_for

    run = sample_label_run("id", copies=1)

    def render(printer: Any) -> None:
        start_document(printer)
        write_blocks(printer, label_blocks(run), columns_for(58))

    sent = escpos_bytes(render)
    ean = b"\x1dk\x02"  # GS k, EAN-13 (function A), then the 13 digits and NUL
    assert sent.count(ean) == 3  # two of the sentra's own numbers and a maker's
    assert ean + run.labels[0].code.encode() + b"\x00" in sent
    assert b"\x1dkI\x0c{BGLR-SBN-01" in sent  # GS k, Code 128 (function B), its length, code set B
    assert b"Rp185.000" in sent


def test_more_labels_than_one_printing_holds_are_refused(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(barcode_labels, "MAX_LABELS", 5)
    items = [shop.es_teh.id, shop.kopi.id, shop.keripik.id]
    with shop.db.reading() as s:
        assert len(barcode_labels.label_run(s, items[:2], 2, "id").labels) == 4
        with pytest.raises(ValidationError, match="5"):
            barcode_labels.label_run(s, items, 2, "id")
