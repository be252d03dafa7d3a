"""Sharing a customer's tip between the workers of a bill, in proportion to what each was credited on it."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

from ska_pos.domain.discounts import allocate
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
