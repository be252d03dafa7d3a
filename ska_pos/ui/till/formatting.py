"""How the till writes quantities, percentages and worker credits for people, in the current language."""

from __future__ import annotations

from decimal import Decimal

from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import BP_WHOLE, format_rupiah
from ska_pos.services.cart import WorkerCredit


def _decimal_text(value: Decimal, language: str) -> str:
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "id" else text


def format_quantity(quantity: Decimal, unit: str, language: str) -> str:
    """`2`, `1,5 kg` (`1.5 kg` in English); pieces and services without a unit."""
    number = _decimal_text(quantity, language)
    return f"{number} {unit}" if unit in ("kg", "m") else number


def format_percent(bp: int, language: str) -> str:
    return f"{_decimal_text(Decimal(bp) / 100, language)}%"


def format_discount(discount: Discount, language: str) -> str:
    if discount.kind == "percent":
        return format_percent(discount.value, language)
    return format_rupiah(discount.value, language)


def format_workers(workers: tuple[WorkerCredit, ...], language: str) -> str:
    if len(workers) == 1 and workers[0].split_bp == BP_WHOLE:
        return workers[0].display_name
    return ", ".join(f"{w.display_name} {format_percent(w.split_bp, language)}" for w in workers)
