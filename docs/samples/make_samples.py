"""Regenerate the sample receipts and reports in this folder from the fixed data in ska_pos.reports.samples.

    .venv/bin/python docs/samples/make_samples.py

Each PDF gets a PNG of every page at 100 dpi (by `pdftoppm` from poppler-utils when installed, else pypdfium2),
small enough to keep in the repository and to look at in a review.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from reportlab import rl_config

from ska_pos.reports.daily_pdf import render_daily_summary_pdf
from ska_pos.reports.receipt_pdf import render_kitchen_ticket_pdf, render_receipt_pdf
from ska_pos.reports.samples import (
    sample_daily_summary,
    sample_kitchen_ticket,
    sample_receipt,
    sample_sentra_summary,
    sample_void_receipt,
)
from ska_pos.reports.stock_pdf import render_margin_pdf, render_stock_note_pdf
from ska_pos.reports.stock_samples import (
    sample_consignment_note,
    sample_margin_report,
    sample_receiving_note,
    sample_transfer_note,
)
from ska_pos.reports.transfer_pdf import render_transfer_note_pdf

HERE = Path(__file__).resolve().parent
DPI = 100

SAMPLES: dict[str, Callable[[], bytes]] = {
    "receipt-sale-80mm": lambda: render_receipt_pdf(sample_receipt(), 80),
    "receipt-sale-58mm": lambda: render_receipt_pdf(sample_receipt(), 58),
    "receipt-copy-58mm": lambda: render_receipt_pdf(sample_receipt(is_copy=True), 58),
    "receipt-void-80mm": lambda: render_receipt_pdf(sample_void_receipt(), 80),
    "receipt-sale-80mm-en": lambda: render_receipt_pdf(sample_receipt(language="en"), 80),
    "kitchen-ticket-80mm": lambda: render_kitchen_ticket_pdf(sample_kitchen_ticket(), 80),
    "daily-summary-a4": lambda: render_daily_summary_pdf(sample_sentra_summary(), "a4"),
    "daily-summary-thermal80": lambda: render_daily_summary_pdf(sample_daily_summary(), "thermal80"),
    "receiving-note-a4": lambda: render_stock_note_pdf(sample_receiving_note(), "id"),
    "consignment-note-a4": lambda: render_stock_note_pdf(sample_consignment_note(), "id"),
    "transfer-note-a4": lambda: render_transfer_note_pdf(sample_transfer_note(), "id"),
    "margin-report-a4": lambda: render_margin_pdf(sample_margin_report(), "id"),
}


def to_png(pdf: Path) -> None:
    for old in HERE.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", str(DPI), str(pdf), str(HERE / pdf.stem)], check=True)
        return
    import pypdfium2  # type: ignore[import-untyped]

    document = pypdfium2.PdfDocument(str(pdf))
    width = len(str(len(document)))
    for index, page in enumerate(document, start=1):
        page.render(scale=DPI / 72).to_pil().save(HERE / f"{pdf.stem}-{index:0{width}}.png")


def write_samples(samples: dict[str, Callable[[], bytes]]) -> None:
    """Each sample as a PDF beside this script, with a PNG of every page."""
    rl_config.invariant = 1  # no timestamps or random ids: regenerating unchanged samples changes no bytes
    for name, render in samples.items():
        pdf = HERE / f"{name}.pdf"
        pdf.write_bytes(render())
        to_png(pdf)
        print(pdf.relative_to(HERE.parent.parent))


def main() -> None:
    write_samples(SAMPLES)


if __name__ == "__main__":
    main()
