from __future__ import annotations

from dataclasses import replace

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from ska_pos.reports.daily_model import WorkerRevenue
from ska_pos.reports.daily_pdf import render_daily_summary_pdf
from ska_pos.reports.samples import sample_daily_summary, sample_sentra_summary

from .pdf_text import read_pdf

WORKERS = ("Siti Rahayu", "Budi Santoso", "Dewi Anggraini", "Muhammad Rizky Pratama")


def test_a4_has_every_section_the_workers_totals_and_signatures() -> None:
    pdf = read_pdf(render_daily_summary_pdf(sample_daily_summary(), "a4"))
    assert pdf.sizes[0] == pytest.approx(A4, abs=0.01)
    text = pdf.text
    for name in WORKERS:
        assert name in text
    assert "PM-014 Siti Rahayu Rp1.512.000 Rp907.200" in text
    assert "Total Rp3.992.430 Rp2.395.458" in text  # the workers' totals row
    assert "Total diterima Rp4.611.255" in text
    assert "Pembatalan (2) -Rp108.570" in text
    assert "Tunai 51 Rp2.807.500" in text
    assert "Minggu, 29 November 2026" in text
    for heading in ("Ringkasan", "Pembayaran per metode", "Kas per shift", "Penjualan per kategori", "Produk terlaris"):
        assert heading in text
    assert "Kasir" in text
    assert "Pengelola" in text
    assert "Nama: Hj. Nurhayati, S.Sos." in text
    assert "Per gerai" not in text  # only a sentra lists its outlets


def test_a4_numbers_its_pages() -> None:
    many = tuple(WorkerRevenue(f"PM-{n:03}", f"Penerima Manfaat {n}", 100000 + n, 60000 + n) for n in range(250))
    pdf = read_pdf(render_daily_summary_pdf(replace(sample_daily_summary(), workers=many), "a4"))
    count = len(pdf.texts)
    assert count > 3
    for number, page in enumerate(pdf.texts, start=1):
        assert f"Halaman {number} dari {count}" in page
    assert "Penerima Manfaat 249" in pdf.text
    assert "Kode Pekerja" in pdf.texts[1]  # the header row repeats on a new page


def test_sentra_lists_each_outlet_with_a_total() -> None:
    text = read_pdf(render_daily_summary_pdf(sample_sentra_summary(), "a4")).text
    assert "Per gerai" in text
    assert "KSB Kafe Sentra Budi Luhur 87" in text
    assert "SLN Salon Budi Luhur 12 Rp640.000 Rp640.000" in text
    assert "Total 99 Rp4.632.430 Rp5.251.255" in text


def test_only_ten_top_items() -> None:
    text = read_pdf(render_daily_summary_pdf(sample_daily_summary(), "a4")).text
    assert "10. Roti Bakar Cokelat" in text
    assert "Air Mineral" not in text


@pytest.mark.parametrize(("paper", "width_mm"), [("thermal80", 80), ("thermal58", 58)])
def test_thermal_has_the_same_content(paper: str, width_mm: int) -> None:
    pdf = read_pdf(render_daily_summary_pdf(sample_daily_summary(), paper))  # type: ignore[arg-type]
    assert len(pdf.sizes) == 1
    assert pdf.sizes[0][0] == pytest.approx(width_mm * mm, abs=0.01)
    for name in WORKERS:
        assert name in pdf.text
    assert "Total diterima Rp4.611.255" in pdf.text
    assert "Tunai (51) Rp2.807.500" in pdf.text
    assert pdf.fits_width()
    assert "Kasir" in pdf.text
    assert "Pengelola" in pdf.text


def test_open_shift_shows_no_count() -> None:
    text = read_pdf(render_daily_summary_pdf(sample_daily_summary(), "a4")).text
    assert "T1 · Ahmad Fauzi Rp300.000 Rp962.500 Rp50.000 Rp0 Rp1.312.500 – – (15:10–masih buka)" in text


@pytest.mark.parametrize("paper", ["a4", "thermal80"])
def test_english(paper: str) -> None:
    text = read_pdf(render_daily_summary_pdf(sample_daily_summary(language="en"), paper)).text  # type: ignore[arg-type]
    assert "Cashier" in text
    assert "Manager" in text
    assert "Total collected Rp4,611,255" in text
    assert "revenue per ppks worker" in text.lower()
    if paper == "a4":
        assert "Page 1 of 2" in text


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="thermal58"):
        render_daily_summary_pdf(sample_daily_summary(), "letter")  # type: ignore[arg-type]
