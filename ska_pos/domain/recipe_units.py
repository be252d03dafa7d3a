"""A recipe's units: an ingredient is written in its stock unit or in a smaller one that converts exactly (18 g of
coffee kept by the kilogram is 0.018 kg; 150 ml of milk kept by the litre is 0.15 l). Stock keeps thousandths, so
grams of a kilogram item and millilitres of a litre item are whole grams and millilitres."""

from __future__ import annotations

from decimal import Decimal

# (written unit, stock unit) -> how many stock units one written unit is
_SMALLER = {("g", "kg"): Decimal("0.001"), ("ml", "l"): Decimal("0.001"), ("cm", "m"): Decimal("0.01")}


def units_for(stock_unit: str) -> list[str]:
    """The units a recipe may write an ingredient kept in `stock_unit` in."""
    return [stock_unit] + [written for written, stock in _SMALLER if stock == stock_unit]


def factor(written_unit: str, stock_unit: str) -> Decimal | None:
    """Stock units per written unit; None when the written unit does not convert to the stock unit."""
    if written_unit == stock_unit:
        return Decimal(1)
    return _SMALLER.get((written_unit, stock_unit))


def in_stock_units(quantity: Decimal, written_unit: str, stock_unit: str) -> Decimal:
    """`quantity` written in `written_unit`, in the stock unit: exact (a power of ten), never a float. A unit that
    does not convert is refused where the recipe is written; one met here anyway is refused, not taken as 1."""
    ratio = factor(written_unit, stock_unit)
    if ratio is None:
        raise ValueError(f"{written_unit} does not convert to {stock_unit}")
    return quantity * ratio


def in_written_units(quantity: Decimal, written_unit: str, stock_unit: str) -> Decimal:
    """The other way: a stock quantity in the written unit (to show a recipe's use in grams or millilitres)."""
    ratio = factor(written_unit, stock_unit)
    if ratio is None:
        raise ValueError(f"{written_unit} does not convert to {stock_unit}")
    return quantity / ratio
