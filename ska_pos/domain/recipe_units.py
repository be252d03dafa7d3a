"""A recipe's units: an ingredient is written in its stock unit or in a smaller one that converts exactly (18 g of
coffee kept by the kilogram is 0.018 kg). Stock keeps thousandths, so grams of a kilogram item are whole grams."""

from __future__ import annotations

from decimal import Decimal

# (written unit, stock unit) -> how many stock units one written unit is
_SMALLER = {("g", "kg"): Decimal("0.001"), ("cm", "m"): Decimal("0.01")}


def units_for(stock_unit: str) -> list[str]:
    """The units a recipe may write an ingredient kept in `stock_unit` in."""
    return [stock_unit] + [written for written, stock in _SMALLER if stock == stock_unit]


def factor(written_unit: str, stock_unit: str) -> Decimal | None:
    """Stock units per written unit; None when the written unit does not convert to the stock unit."""
    if written_unit == stock_unit:
        return Decimal(1)
    return _SMALLER.get((written_unit, stock_unit))
