"""Fixed labels for the samples in docs/samples and the tests: goods of a craft gallery, with the sentra's own
EAN-13 numbers, a maker's EAN-13 and a shop code that is not EAN-13."""

from __future__ import annotations

from ska_pos.domain.own_barcodes import own_code
from ska_pos.reports.barcode_label_model import BarcodeLabel, LabelRun

SAMPLE_ITEMS = (
    BarcodeLabel("Tas anyaman pandan besar, motif bunga warna alam", 185_000, own_code("21", 1)),
    BarcodeLabel("Kopi bubuk robusta 250 g", 45_000, own_code("21", 2)),
    BarcodeLabel("Gantungan kunci batik", 15_000, "8991234567891"),
    BarcodeLabel("Sabun sereh wangi", 12_500, "GLR-SBN-01"),
)


def sample_label_run(language: str = "id", copies: int = 2) -> LabelRun:
    return LabelRun(language, tuple(label for label in SAMPLE_ITEMS for _ in range(copies)))
