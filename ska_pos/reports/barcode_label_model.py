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
