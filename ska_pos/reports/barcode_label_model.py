"""Barcode labels as plain data: each item's name, price and barcode, as many times as it is to be printed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BarcodeLabel:
    name: str
    price: int
    code: str  # an EAN-13 number prints as EAN-13; any other code as Code 128


@dataclass(frozen=True)
class LabelRun:
    language: str
    labels: tuple[BarcodeLabel, ...]  # in printing order, copies already repeated


# The label papers by name (their sizes: reports/barcode_labels_pdf.py); here, without ReportLab, for the command
# line's choices: the till's start imports the commands, and ReportLab is left out of it.
SHEET_LAYOUT_NAMES = ("a4-3x8", "a4-4x10", "label-40x30", "label-50x30")
ROLL_LAYOUT_NAMES = ("roll-58", "roll-80")
LAYOUT_NAMES = (*SHEET_LAYOUT_NAMES, *ROLL_LAYOUT_NAMES)
DEFAULT_LAYOUT = "a4-3x8"
