"""A printable price list as plain data: the outlet, the day whose prices it shows, items by category."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PriceListItem:
    name: str
    sku: str
    unit: str
    price: int


@dataclass(frozen=True)
class PriceListSection:
    title: str  # the category
    items: list[PriceListItem]


@dataclass(frozen=True)
class PriceList:
    outlet_name: str
    day: date
    language: str
    sections: tuple[PriceListSection, ...]
