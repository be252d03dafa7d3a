"""The walk-in queue's estimated wait, per stylist or "any".

Each stylist works through the customers who asked for them, in the order they came; a customer who asked for
"any" stylist goes to whichever is free soonest. The wait of a customer is how long until their service can start:
the remaining minutes of the work ahead of them. A service under way counts what is left of it (never less than
nothing: one running late still frees the stylist "now", as far as the estimate can know).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class QueuedVisit:
    key: uuid.UUID  # the order
    stylist: uuid.UUID | None  # None: any stylist
    minutes: int  # the visit's services, in minutes
    started_minutes_ago: int | None = None  # under way (Dilayani) since then; None: still waiting


@dataclass(frozen=True)
class Estimate:
    key: uuid.UUID
    stylist: uuid.UUID | None  # the one who serves (or is expected to serve) the visit
    wait: int  # minutes until the service starts (0: under way, or next with a free stylist)


def estimate_waits(stylists: Sequence[uuid.UUID], visits: Iterable[QueuedVisit]) -> list[Estimate]:
    """The estimate of each visit, in the order given (the order they came). Visits under way come first for their
    stylist, whatever their place. A visit asking for a stylist who is not working today waits behind their own
    earlier visits only (the counter sees that stylist's column and can reassign it)."""
    visits = list(visits)
    free_in: dict[uuid.UUID, int] = dict.fromkeys(stylists, 0)
    estimates: dict[uuid.UUID, Estimate] = {}
    for visit in visits:
        if visit.started_minutes_ago is not None and visit.stylist is not None:
            left = max(visit.minutes - visit.started_minutes_ago, 0)
            free_in[visit.stylist] = free_in.get(visit.stylist, 0) + left
            estimates[visit.key] = Estimate(visit.key, visit.stylist, 0)
    for visit in visits:
        if visit.key in estimates:
            continue
        stylist = visit.stylist if visit.stylist is not None else soonest_free(free_in, stylists)
        if stylist is None:  # no stylist at work: the wait is unknown; say the work ahead of it in the queue
            estimates[visit.key] = Estimate(visit.key, None, sum(v.minutes for v in visits if v.key in estimates))
            continue
        wait = free_in.get(stylist, 0)
        free_in[stylist] = wait + max(visit.minutes, 0)
        estimates[visit.key] = Estimate(visit.key, stylist, wait)
    return [estimates[visit.key] for visit in visits]


def wait_for_new(stylists: Sequence[uuid.UUID], visits: Iterable[QueuedVisit], stylist: uuid.UUID | None) -> int:
    """How long a customer who walks in now would wait for `stylist` (None: any)."""
    probe = QueuedVisit(uuid.UUID(int=0), stylist, 0)
    return estimate_waits(stylists, [*visits, probe])[-1].wait


def soonest_free(free_in: dict[uuid.UUID, int], stylists: Sequence[uuid.UUID]) -> uuid.UUID | None:
    """The stylist free soonest; on a tie the first in `stylists` (the counter's order), so the estimate is stable."""
    if not stylists:
        return None
    return min(stylists, key=lambda stylist: (free_in.get(stylist, 0), stylists.index(stylist)))
