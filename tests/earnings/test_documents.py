"""The statement and the payout slip: their figures from the ledger, and what their PDFs say (and never say)."""

from __future__ import annotations

import io
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from moments import LATE_NOVEMBER_2026
from shop import Shop
from sqlalchemy import select

from earnings.ledger_helpers import refund, sell
from ska_pos.db.models import Payout, Sale, Worker
from ska_pos.reports.earnings_report_pdf import render_earnings_report_pdf
from ska_pos.reports.earnings_samples import sample_payout_slip, sample_worker_statement
from ska_pos.reports.payout_slip_pdf import render_payout_slip_pdf
from ska_pos.reports.worker_statement_pdf import render_worker_statement_pdf
from ska_pos.services.actor import Actor
from ska_pos.services.earnings import Period
from ska_pos.services.earnings.report import earnings_report
from ska_pos.services.earnings.slip import payout_slip
from ska_pos.services.earnings.statement import worker_statement
from ska_pos.services.payouts import record_adjustment, record_payout
from ska_pos.services.personal_data import PersonalData, store_personal_data

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from pdf_text import read_pdf

NOV = Period(date(2026, 11, 1), date(2026, 11, 30))
# The ledger below is November's and its bonus is recorded "today": today is a November day.
IN_NOVEMBER = pytest.mark.time_machine(LATE_NOVEMBER_2026)
NIK, PHONE = "3171234567890123", "081234567890"


@pytest.fixture
def siti_month(shop: Shop, manager: Actor) -> Shop:
    """October: 2.000 earned. November: es teh and keripik sold, one keripik refunded, a bonus, two payouts."""
    with shop.db.transaction() as s:
        siti = s.get(Worker, shop.siti.id)
        assert siti is not None
        store_personal_data(siti, PersonalData(NIK, PHONE, date(2026, 1, 5), "BRI", "0123-01-004410-53-1"))
    sell(shop, [(shop.es_teh, Decimal(1), ())], day=date(2026, 10, 30))
    sold = sell(shop, [(shop.es_teh, Decimal(3), ()), (shop.keripik, Decimal(2), ())], day=date(2026, 11, 3))
    with shop.db.reading() as s:
        sale = s.get(Sale, sold)
        assert sale is not None
        keripik_line = sale.lines[1].id
    refund(shop, sold, keripik_line, Decimal(1), day=date(2026, 11, 4))
    with shop.db.transaction() as s:
        record_adjustment(s, manager, shop.siti.id, 1_000, "Bonus pameran")
        record_payout(s, manager, shop.siti.id, 5_000, "cash", paid_on=date(2026, 11, 10))
    with shop.db.transaction() as s:
        record_payout(s, manager, shop.siti.id, 4_000, "transfer", reference="TRF-77", paid_on=date(2026, 11, 20),
                      period=NOV, note="Akhir bulan")  # fmt: skip
    return shop


@IN_NOVEMBER
def test_the_statement_sums_the_period(siti_month: Shop) -> None:
    shop = siti_month
    with shop.db.reading() as s:
        statement = worker_statement(s, shop.siti.id, NOV, manager_name="Agus Manajer")
    lines = [(line.what, line.kind, line.quantity, line.sold_for, line.share, line.rule.percent_bp)
             for line in statement.lines]  # fmt: skip
    assert lines == [
        ("Es Teh Manis", "sale", Decimal(3), 15_000, 6_000, 4000),
        ("Keripik Singkong", "sale", Decimal(2), 25_000, 15_000, 6000),
        ("Keripik Singkong", "return", Decimal(-1), -12_500, -7_500, 6000),
    ]
    assert statement.opening_balance == 2_000
    assert [(a.amount, a.reason) for a in statement.adjustments] == [(1_000, "Bonus pameran")]
    assert [(p.method, p.amount) for p in statement.payments] == [("cash", 5_000), ("transfer", 4_000)]
    assert (statement.earnings, statement.paid, statement.closing_balance) == (14_500, 9_000, 7_500)


@IN_NOVEMBER
def test_the_slip_shows_the_ledger_as_it_stood_at_the_payout(siti_month: Shop) -> None:
    shop = siti_month
    with shop.db.reading() as s:
        second = s.scalars(select(Payout).where(Payout.reference == "TRF-77")).one()
        slip = payout_slip(s, second.id)
    assert (slip.lines_credited, slip.credited_revenue, slip.earnings) == (2, 27_500, 14_500)
    assert (slip.earned_total, slip.paid_before, slip.balance_before, slip.balance_after) == (
        16_500, 5_000, 11_500, 7_500)  # fmt: skip
    assert (slip.method, slip.reference, slip.bank_name, slip.account_tail) == ("transfer", "TRF-77", "BRI", "0531")
    assert slip.manager_name == "Agus Manajer"
    sell(shop, [(shop.es_teh, Decimal(10), ())], day=date(2026, 11, 21))  # later sales change no reprint
    with shop.db.reading() as s:
        assert payout_slip(s, second.id) == slip


@IN_NOVEMBER
def test_the_statement_pdf_speaks_plain_indonesian_in_large_print(siti_month: Shop) -> None:
    with siti_month.db.reading() as s:
        statement = worker_statement(s, siti_month.siti.id, NOV, manager_name="Agus Manajer")
    pdf = read_pdf(render_worker_statement_pdf(statement))
    for text in ("Catatan Penghasilan Anda", "Siti Rahayu, pekerja nomor W001", "Yang Anda buat atau kerjakan",
                 "Terjual seharga", "Bagian Anda", "dikembalikan pembeli", "Sisa yang belum dibayar Rp7.500",
                 "Cap jempol", "Nama: Agus Manajer", "Bonus pameran", "Transfer bank (TRF-77)"):  # fmt: skip
        assert text in pdf.text
    assert NIK not in pdf.text
    assert PHONE not in pdf.text
    assert pdf.sizes[0] == pytest.approx((595.3, 841.9), abs=1)


def test_the_statement_is_in_large_print() -> None:
    with pdfplumber.open(io.BytesIO(render_worker_statement_pdf(sample_worker_statement()))) as document:
        small = [
            "".join(char["text"] for char in page.chars if char["size"] < 13.9 and char["top"] < page.height - 50)
            for page in document.pages
        ]
    # Only the label of the thumbprint box is smaller (the page footer aside).
    assert "".join(small) == "Cap jempol"


def test_the_statement_in_english_on_request() -> None:
    pdf = read_pdf(render_worker_statement_pdf(sample_worker_statement("en")))
    assert "Your earnings" in pdf.text
    assert "Still owed to you Rp170,000" in pdf.text
    assert "Thumbprint" in pdf.text


@pytest.mark.parametrize(("paper", "width"), [("a4", 595.3), ("thermal80", 226.8), ("thermal58", 164.4)])
def test_the_payout_slip_on_a4_and_thermal_paper(paper: str, width: float) -> None:
    pdf = read_pdf(render_payout_slip_pdf(sample_payout_slip("id", transfer=True), paper))  # type: ignore[arg-type]
    assert pdf.sizes[0][0] == pytest.approx(width, abs=1)
    for text in ("SLIP PEMBAYARAN PENGHASILAN", "Siti Rahayu (W007)", "Rp1.500.000", "Cap jempol",
                 "Diterima oleh (pekerja)", "Dibayar oleh (pengelola)", "Nama: Bu Ratna Pengelola",
                 "BRI berakhiran 4410", "Rp412.500", "1 Nov 2026 sampai 30 Nov 2026"):  # fmt: skip
        assert text in pdf.text.upper() if text.isupper() else text in pdf.text
    assert len(pdf.texts) == 1
    if paper == "a4":
        assert "Saldo sesudah pembayaran ini Rp412.500" in pdf.text


@IN_NOVEMBER
def test_a_slip_from_the_ledger_never_prints_personal_data(siti_month: Shop) -> None:
    with siti_month.db.reading() as s:
        payout_id = s.scalars(select(Payout.id).where(Payout.reference == "TRF-77")).one()
        slip = payout_slip(s, payout_id, language="en")
    for paper in ("a4", "thermal80"):
        text = read_pdf(render_payout_slip_pdf(slip, paper)).text  # type: ignore[arg-type]
        assert "Payout slip" in text or "PAYOUT SLIP" in text
        assert NIK not in text
        assert PHONE not in text
        assert "0123-01-004410" not in text  # only the last digits of the account
        assert "BRI account ending 0531" in text


def test_the_statement_and_the_report_print_their_time_in_the_outlets_zone(siti_month: Shop) -> None:
    """Made at 09:20 UTC in a Jakarta outlet: the paper says 16:20, like every other paper of the outlet."""
    made = datetime(2026, 11, 30, 9, 20, tzinfo=UTC)
    with siti_month.db.reading() as s:
        statement = worker_statement(s, siti_month.siti.id, NOV, now=made)
        report = earnings_report(s, NOV, now=made)
    assert "Dibuat 30 Nov 2026 16:20" in read_pdf(render_worker_statement_pdf(statement)).text
    assert "Dibuat 30 Nov 2026 16:20" in read_pdf(render_earnings_report_pdf(report)).text
