"""How the till writes percentages and worker credits for people, in the current language."""

from __future__ import annotations

from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import BP_WHOLE, format_rupiah, percent_text
from ska_pos.services.cart import WorkerCredit


def format_percent(bp: int, language: str) -> str:
    return f"{percent_text(bp, language)}%"


def format_discount(discount: Discount, language: str) -> str:
    if discount.kind == "percent":
        return format_percent(discount.value, language)
    return format_rupiah(discount.value, language)


def format_workers(workers: tuple[WorkerCredit, ...], language: str) -> str:
    if len(workers) == 1 and workers[0].split_bp == BP_WHOLE:
        return workers[0].display_name
    return ", ".join(f"{w.display_name} {format_percent(w.split_bp, language)}" for w in workers)
