"""Fixed sample stock documents for docs/samples and the tests: a supplier's delivery, a maker's consignment, a
month's gross margin and a transfer received short."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from ska_pos.reports.stock_models import MarginReport, MarginRow, NoteLine, StockNote, TransferNote, TransferNoteLine

RECEIVED_AT = datetime(2026, 11, 30, 2, 15, tzinfo=UTC)  # 10:15 in Banjarbaru (WITA)


def sample_receiving_note() -> StockNote:
    lines = [
        NoteLine("KRPK", "Keripik Singkong 250 g", "pcs", Decimal(24), 7_250),
        NoteLine("GULA", "Gula Aren Cair", "kg", Decimal("2.5"), 38_000),
        NoteLine("KOPI-B", "Biji Kopi Robusta Kalsel", "kg", Decimal(5), 92_500),
    ]
    return StockNote("receive", "TRM-KFE-00012", "Kafe Budi Luhur", "KFE", "Koperasi Tani Makmur (TANI)",
                     "INV/2026/11/0457", "Dus keripik satu penyok, isi utuh", RECEIVED_AT, "Asia/Makassar",
                     "Dewi Supervisor", lines)  # fmt: skip


def sample_consignment_note() -> StockNote:
    lines = [
        NoteLine("TAS-ANY", "Tas anyaman purun", "pcs", Decimal(12), 85_000),
        NoteLine("TKR-PRN", "Tikar purun kecil", "pcs", Decimal(4), 60_000),
    ]
    return StockNote("consign_in", "TTP-GLR-00003", "Galeri Budi Luhur", "GLR", "Siti Rahayu (W001)", "", "",
                     RECEIVED_AT, "Asia/Makassar", "Dewi Supervisor", lines)  # fmt: skip


def sample_margin_report() -> MarginReport:
    rows = [
        MarginRow("GLR", "Kerajinan", "TAS-ANY", "Tas anyaman purun", Decimal(7), 875_000, 595_000),
        MarginRow("GLR", "Kerajinan", "TKR-PRN", "Tikar purun kecil", Decimal(2), 160_000, 120_000),
        MarginRow("KFE", "Camilan", "KRPK", "Keripik Singkong 250 g", Decimal(61), 693_182, 442_250),
        MarginRow("KFE", "Minuman", "KOPI-B", "Kopi susu gula aren", Decimal("143"), 2_145_000, 1_001_000),
    ]
    return MarginReport(date(2026, 11, 1), date(2026, 11, 30), ["GLR", "KFE"], rows)


def sample_transfer_note() -> TransferNote:
    """The workshop's goods to the galeri: one line a maker's consigned pieces, one short on arrival."""
    lines = [
        TransferNoteLine(uuid.UUID(int=1), "TAS-ANY", "Tas anyaman purun", "pcs", Decimal(6), "Siti Rahayu",
                         Decimal(5), Decimal(1), "Sobek kena paku di bak mobil"),
        TransferNoteLine(uuid.UUID(int=2), "TKR-PRN", "Tikar purun kecil", "pcs", Decimal(4), "", Decimal(4),
                         Decimal(0), ""),
    ]  # fmt: skip
    return TransferNote("KRM-BGK-00004", "Bengkel Budi Luhur (BGK)", "Galeri Budi Luhur (GLR)", "Asia/Makassar",
                        "Untuk pameran Desember", datetime(2026, 11, 29, 1, 30, tzinfo=UTC), "Rudi Manajer",
                        RECEIVED_AT, "Dewi Supervisor", "Dewi Supervisor", lines)  # fmt: skip
