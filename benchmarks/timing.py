"""Timing a piece of work the way the benchmarks report it: the first run (cold caches) and the best of the others."""

from __future__ import annotations

import time
from collections.abc import Callable


def first_and_best(work: Callable[[], object], runs: int = 3) -> tuple[float, float]:
    """Seconds of the first of `runs` runs of `work`, and of the fastest run after it."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return timings[0], min(timings[1:])
