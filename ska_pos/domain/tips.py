"""Sharing a customer's tip between the workers of a bill, in proportion to what each was credited on it."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from ska_pos.domain.discounts import allocate
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import _

Worker = TypeVar("Worker", bound=Hashable)


def share_tip(tip: int, credited: Mapping[Worker, int]) -> dict[Worker, int]:
    """`tip` shared by largest remainder over the workers credited on the bill, by their credited revenue.

    A worker credited nothing (or less than nothing) on the bill gets no part; the parts add up to the tip exactly,
    and a worker whose part rounds to Rp0 is left out.
    """
    if tip <= 0:
        raise ValueError(_("A tip is a whole amount of rupiah more than zero"))
    workers = [worker for worker, amount in credited.items() if amount > 0]
    if not workers:
        raise ValueError(_("No worker is credited on this bill: name the worker who gets the tip"))
    parts = allocate(tip, [credited[worker] for worker in workers])
    return {worker: part for worker, part in zip(workers, parts, strict=True) if part}


def take_tip(tenders: Sequence[Tender], tip: int) -> tuple[list[Tender], str]:
    """The payments that paid a bill and its tip together, split into the sale's own payments and the tip's method.

    The tip is taken off the payments of one method: cash where the cash covers it (the drawer then holds the tip as
    a cash movement of its own), otherwise the method of the last payment that covers it, so the sale's payments
    settle the sale alone and its change stays what the customer got back.
    """
    if tip <= 0:
        return list(tenders), ""
    methods = [tender.method for tender in reversed(tenders)]
    ordered = (["cash"] if "cash" in methods else []) + [method for method in methods if method != "cash"]
    for method in ordered:
        if sum(tender.amount for tender in tenders if tender.method == method) < tip:
            continue
        left, kept = tip, list(tenders)
        for index in reversed(range(len(kept))):
            tender = kept[index]
            if tender.method != method or not left:
                continue
            taken = min(left, tender.amount)
            left -= taken
            if taken == tender.amount:
                del kept[index]
            else:
                kept[index] = replace(tender, amount=tender.amount - taken)
        return kept, method
    raise ValueError(_("The tip is paid by one method: cash, QRIS, transfer or e-wallet"))
