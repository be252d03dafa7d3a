"""Fixed, realistic earnings documents for tests and the samples in docs/samples."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from ska_pos.reports.earnings_model import (
    EarningsReport,
    EarningsRow,
    PayoutSlip,
    ShareText,
    StatementAdjustment,
    StatementLine,
    StatementPayment,
    WorkerStatement,
)

WIB = timezone(timedelta(hours=7), "WIB")
SENTRA = "Sentra Budi Luhur"
_GALERI = "Galeri Jahit Budi Luhur"
_KAFE = "Kafe Budi Luhur"


def sample_payout_slip(language: str = "id", *, transfer: bool = False) -> PayoutSlip:
    return PayoutSlip(
        slip_no="PO-261130-3FA2C1", sentra_name=SENTRA, worker_code="W007", worker_name="Siti Rahayu",
        paid_on=date(2026, 11, 30), period_from=date(2026, 11, 1), period_to=date(2026, 11, 30),
        lines_credited=46, credited_revenue=3_187_500, earnings=1_912_500, earned_total=2_402_500,
        paid_before=490_000, amount=1_500_000, method="transfer" if transfer else "cash",
        reference="TRF-88120431" if transfer else "", bank_name="BRI" if transfer else "",
        account_tail="4410" if transfer else "", note="Pembayaran bulan November",
        manager_name="Bu Ratna Pengelola", language=language,
    )  # fmt: skip


def sample_worker_statement(language: str = "id") -> WorkerStatement:
    sixty, seventy = ShareText("percent", 6000), ShareText("percent", 6500)
    lines = (
        StatementLine("Kemeja Batik Lengan Panjang", _GALERI, "pcs", "sale", Decimal(6), 1_500_000, 975_000, seventy),
        StatementLine("Kemeja Batik Lengan Panjang", _GALERI, "pcs", "return", Decimal(-1), -250_000, -162_500,
                      seventy),
        StatementLine("Permak Celana (potong bawah)", _GALERI, "service", "sale", Decimal(14), 350_000, 210_000,
                      sixty),
        StatementLine("Tas Anyaman Eceng Gondok", _GALERI, "pcs", "sale", Decimal(5), 1_087_500, 652_500, sixty),
        StatementLine("Kue Lapis Legit", _KAFE, "pcs", "sale", Decimal("12"), 500_000, 150_000,
                      ShareText("percent", 3000)),
    )  # fmt: skip
    return WorkerStatement(
        sentra_name=SENTRA, worker_code="W007", worker_name="Siti Rahayu", period_from=date(2026, 11, 1),
        period_to=date(2026, 11, 30), generated_at=datetime(2026, 11, 30, 16, 20, tzinfo=WIB), lines=lines,
        adjustments=(StatementAdjustment(date(2026, 11, 18), 25_000, "Kain sisa dipakai untuk contoh pameran"),),
        payments=(StatementPayment(date(2026, 11, 15), "cash", "", 490_000),
                  StatementPayment(date(2026, 11, 30), "transfer", "TRF-88120431", 1_500_000)),
        opening_balance=310_000, manager_name="Bu Ratna Pengelola", language=language,
    )  # fmt: skip


def sample_earnings_report(language: str = "id") -> EarningsReport:
    rows = (
        EarningsRow("W001", "Agus Santoso", 2_150_000, 645_000, 500_000, 310_000),
        EarningsRow("W002", "Dewi Lestari", 4_020_000, 2_010_000, 2_000_000, 10_000),
        EarningsRow("W007", "Siti Rahayu", 3_187_500, 1_825_000, 1_990_000, 145_000),
        EarningsRow("W012", "Parmin Siregar", 980_000, 392_000, 0, 392_000),
    )
    return EarningsReport(
        sentra_name=SENTRA, period_from=date(2026, 11, 1), period_to=date(2026, 11, 30),
        generated_at=datetime(2026, 11, 30, 16, 20, tzinfo=WIB), rows=rows, net_revenue=14_870_000,
        outlet_share=9_998_000, balanced=True, language=language,
    )  # fmt: skip
