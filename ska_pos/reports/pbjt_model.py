"""The PBJT report as plain data: what `services.pbjt_report` reads and `reports.pbjt_pdf` and the CSV print."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date


@dataclass(frozen=True)
class PbjtFigures:
    receipts: int = 0
    sales: int = 0  # after discounts, without tax or service charge
    service_charge: int = 0
    taxable_base: int = 0  # sales + service charge
    pbjt: int = 0
    reversals: int = 0  # voids and refunds issued
    reversed_base: int = 0  # their taxable base (negative)
    reversed_pbjt: int = 0  # their PBJT (negative)

    @property
    def net_base(self) -> int:
        return self.taxable_base + self.reversed_base

    @property
    def net_pbjt(self) -> int:
        return self.pbjt + self.reversed_pbjt

    def plus(self, other: PbjtFigures) -> PbjtFigures:
        return PbjtFigures(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})


@dataclass(frozen=True)
class PbjtDay:
    day: date
    figures: PbjtFigures


@dataclass(frozen=True)
class PbjtReport:
    outlet_code: str
    outlet_name: str
    outlet_address: str
    tax_rate_bp: int  # the outlet's rate now (each sale keeps the rate it was charged at)
    prices_include_tax: bool
    date_from: date
    date_to: date
    days: tuple[PbjtDay, ...]  # the days with sales or reversals, in order
    total: PbjtFigures
