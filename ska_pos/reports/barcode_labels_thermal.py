"""Barcode labels on a thermal printer's roll as blocks (reports/blocks.py): the same labels print as a PDF
(`thermal_pdf`) or straight to an ESC/POS printer, which draws the barcode itself (`printing/escpos_blocks`)."""

from __future__ import annotations

from ska_pos.domain.money import format_rupiah
from ska_pos.reports.barcode_label_model import LabelRun
from ska_pos.reports.blocks import Block, ProductBarcode, Rule, Text


def label_blocks(run: LabelRun) -> list[Block]:
    """Each label's name, price and barcode, a dashed line to tear or cut along between labels."""
    blocks: list[Block] = []
    for index, label in enumerate(run.labels):
        if index:
            blocks.append(Rule())
        blocks += [
            Text(label.name, "bold", "center"),
            Text(format_rupiah(label.price, run.language), "total", "center"),
            ProductBarcode(label.code),
        ]
    return blocks
