from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from reportlab.lib.units import mm

from ska_pos.reports.receipt_model import ReceiptLine, ReceiptPayment
from ska_pos.reports.receipt_pdf import render_kitchen_ticket_pdf, render_receipt_pdf
from ska_pos.reports.samples import SAMPLE_LINES, sample_kitchen_ticket, sample_receipt, sample_void_receipt

from .pdf_text import read_pdf


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_receipt_shows_number_lines_total_and_change(paper_mm: int) -> None:
    data = sample_receipt()
    pdf = read_pdf(render_receipt_pdf(data, paper_mm))
    assert data.receipt_no in pdf.text
    for line in data.lines:
        assert line.name in pdf.text
    assert "TOTAL Rp108.570" in pdf.text
    assert "KEMBALIAN Rp1.430" in pdf.text
    assert "Uang diterima Rp110.000" in pdf.text
    assert "Kasir Dewi Lestari" in pdf.text
    assert "29 Nov 2026 14:05" in pdf.text
    assert "2 x Rp25.000 Rp50.000" in pdf.text
    assert "Diskon -Rp5.000" in pdf.text
    assert "Biaya layanan 5% Rp4.700" in pdf.text
    assert "PBJT 10% Rp9.870" in pdf.text
    assert "Oleh: Dewi Anggraini, Budi Santoso" in pdf.text
    assert "Makan di sini · Meja 7" in pdf.text
    assert "SALINAN" not in pdf.text
    assert pdf.fits_width()


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_one_page_exactly_the_paper_width(paper_mm: int) -> None:
    pdf = read_pdf(render_receipt_pdf(sample_receipt(), paper_mm))
    assert len(pdf.sizes) == 1
    width, _height = pdf.sizes[0]
    assert width == pytest.approx(paper_mm * mm, abs=0.01)


def test_page_grows_with_the_lines() -> None:
    short = replace(sample_receipt(), lines=SAMPLE_LINES[:1])
    long = replace(sample_receipt(), lines=SAMPLE_LINES * 10)
    heights = [read_pdf(render_receipt_pdf(data)).sizes[0][1] for data in (short, sample_receipt(), long)]
    assert heights[0] < heights[1] < heights[2]
    assert len(read_pdf(render_receipt_pdf(long)).sizes) == 1


def test_fonts_are_the_shipped_ones() -> None:
    fonts = read_pdf(render_receipt_pdf(sample_receipt())).fonts
    assert fonts
    assert all(font.startswith("DejaVuSans") for font in fonts), fonts


def test_copy_says_so() -> None:
    text = read_pdf(render_receipt_pdf(sample_receipt(is_copy=True), 58)).text
    assert text.startswith("SALINAN")
    assert text.count("SALINAN") == 2  # at the top and again under the QR code


def test_void_names_the_original_and_the_reason() -> None:
    data = sample_void_receipt()
    text = read_pdf(render_receipt_pdf(data)).text
    assert text.startswith("PEMBATALAN")
    assert f"Struk asal {data.original_receipt_no}" in text
    assert "Alasan: Pesanan dobel" in text
    assert "KEMBALIAN" not in text


def test_refund_heading_and_total_label() -> None:
    data = replace(sample_void_receipt(), kind="refund", reason="Rasa tidak sesuai")
    text = read_pdf(render_receipt_pdf(data)).text
    assert text.startswith("PENGEMBALIAN")
    assert "TOTAL Rp108.570" in text
    assert "Alasan: Rasa tidak sesuai" in text


def test_english_labels_and_amounts() -> None:
    text = read_pdf(render_receipt_pdf(sample_receipt(language="en", is_copy=True))).text
    assert text.startswith("COPY")
    assert "CHANGE Rp1,430" in text
    assert "TOTAL Rp108,570" in text
    assert "By: Siti Rahayu" in text
    assert "Service charge 5% Rp4,700" in text


def test_tax_included_is_marked_and_rates_keep_their_decimals() -> None:
    data = replace(sample_receipt(), tax_included=True, tax_rate_bp=1000, service_rate_bp=550)
    text = read_pdf(render_receipt_pdf(data)).text
    assert "PBJT 10% (termasuk) Rp9.870" in text
    assert "Biaya layanan 5,5%" in text


def test_workers_hidden_when_the_outlet_does_not_want_them() -> None:
    text = read_pdf(render_receipt_pdf(replace(sample_receipt(), show_workers=False))).text
    assert "Oleh:" not in text
    assert "Siti Rahayu" not in text


def test_payment_references_rounding_and_weights() -> None:
    weighed = ReceiptLine("Cuci Kering Setrika", Decimal("2.500"), "kg", 7000, 17500, 0, 17500, ("Rina Marlina",))
    data = replace(
        sample_receipt(),
        lines=(weighed,),
        rounding=-70,
        payments=(ReceiptPayment("qris", 50000, "QR-123"), ReceiptPayment("transfer", 58500, "BRI 0042")),
        tendered=0,
        change=0,
    )
    text = read_pdf(render_receipt_pdf(data)).text
    assert "2,5 kg x Rp7.000 Rp17.500" in text
    assert "Pembulatan -Rp70" in text
    assert "QRIS Rp50.000 Ref: QR-123" in text
    assert "Transfer bank Rp58.500 Ref: BRI 0042" in text
    assert "KEMBALIAN" not in text


def test_long_values_wrap_instead_of_overflowing() -> None:
    name = "Kemeja Batik Tulis Motif Sasirangan Khas Banjar Lengan Panjang Ukuran XL " * 2
    line = ReceiptLine(name.strip(), Decimal(1), "", 1250000, 1250000, 0, 1250000, ("Siti Rahayu",))
    data = replace(sample_receipt(), lines=(line,), cashier_name="Raden Ajeng Siti Nurhaliza Kusumawardhani")
    pdf = read_pdf(render_receipt_pdf(data, 58))
    assert " ".join(name.split()) in pdf.text
    assert "Raden Ajeng Siti Nurhaliza Kusumawardhani" in pdf.text
    assert pdf.fits_width()


def test_unknown_paper_width_is_refused() -> None:
    with pytest.raises(ValueError, match="58 or 80"):
        render_receipt_pdf(sample_receipt(), 76)


def test_kitchen_ticket() -> None:
    ticket = sample_kitchen_ticket()
    pdf = read_pdf(render_kitchen_ticket_pdf(ticket, 58))
    assert pdf.sizes[0][0] == pytest.approx(58 * mm, abs=0.01)
    assert pdf.text.startswith("DAPUR Meja 7 MAKAN DI SINI")
    assert "2 x Nasi Goreng Kampung Spesial Telur Mata Sapi" in pdf.text
    assert "- Gula sedikit - Es banyak" in pdf.text
    assert "Catatan: Tanpa acar" in pdf.text
    assert "Catatan: Tamu menunggu di teras" in pdf.text
    assert "Rp" not in pdf.text  # the kitchen needs no prices


def test_a_word_longer_than_the_paper_is_cut_not_lost() -> None:
    code = "TRX" + "0123456789" * 6
    data = replace(sample_receipt(), footer_lines=(code,))
    pdf = read_pdf(render_receipt_pdf(data, 58))
    assert code in pdf.text.replace(" ", "")
    assert pdf.fits_width()
