"""`ska-pos report daily`: an outlet and the whole sentra, on A4 and thermal paper, checked against the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reports.pdf_text import read_pdf
from shop import Shop

from ska_pos.cli.main import main
from ska_pos.domain.money import format_rupiah
from ska_pos.i18n import current_language, set_language
from ska_pos.services.daily_summary import daily_summary

from .day import DAY, build_day

pytestmark = pytest.mark.dates


@pytest.fixture
def day_shop(shop: Shop) -> Shop:
    build_day(shop)
    return shop


@pytest.fixture(autouse=True)
def _language_back() -> Iterator[None]:
    previous = current_language()
    yield
    set_language(previous)


def run(shop: Shop, *args: str) -> int:
    return main(["--db", shop.db.url, "report", "daily", "--date", DAY.isoformat(), *args])


def test_an_outlet_on_a4(day_shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kfe.pdf"
    assert run(day_shop, "--outlet", "kfe", "-o", str(out)) == 0
    assert f"Laporan harian Kafe Budi Luhur tanggal 2026-11-29 disimpan ke {out}" in capsys.readouterr().out
    pdf = read_pdf(out.read_bytes())
    with day_shop.db.reading() as s:
        expected = daily_summary(s, DAY, outlet_code="KFE")
    assert f"Penjualan bersih {format_rupiah(expected.net_sales)}" in pdf.text
    assert f"Total diterima {format_rupiah(expected.total_collected)}" in pdf.text
    for worker in expected.workers:
        assert f"{worker.worker_code} {worker.name} {format_rupiah(worker.net_credited)}" in pdf.text
    assert "Per gerai" not in pdf.text
    assert round(pdf.sizes[0][0]) == 595  # A4


@pytest.mark.parametrize(("paper", "width"), [([], 80), (["--paper", "58"], 58)])
def test_the_whole_sentra_on_thermal_paper(day_shop: Shop, tmp_path: Path, paper: list[str], width: int) -> None:
    out = tmp_path / "sentra.pdf"
    assert run(day_shop, "--format", "thermal", *paper, "-o", str(out)) == 0
    pdf = read_pdf(out.read_bytes())
    with day_shop.db.reading() as s:
        expected = daily_summary(s, DAY)
    assert pdf.sizes[0][0] == pytest.approx(width * mm, abs=0.01)
    assert pdf.fits_width()
    assert "Sentra Budi Luhur" in pdf.text
    assert f"Total diterima {format_rupiah(expected.total_collected)}" in pdf.text
    for outlet in expected.outlets:
        assert f"{outlet.outlet_code} {outlet.outlet_name} ({outlet.sales_count})" in pdf.text


def test_english_and_a_bad_outlet(day_shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "en.pdf"
    assert main(["--lang", "en", "--db", day_shop.db.url, "report", "daily", "--date", DAY.isoformat(),
                 "-o", str(out)]) == 0  # fmt: skip
    assert "Total collected" in read_pdf(out.read_bytes()).text
    assert run(day_shop, "--outlet", "NOPE", "-o", str(tmp_path / "x.pdf")) == 1
    assert "Unknown outlet NOPE" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
