"""Timing a piece of work the way the benchmarks report it: the first run (cold caches) and the best of the others."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def first_and_best(work: Callable[[], object], runs: int = 3) -> tuple[float, float]:
    """Seconds of the first of `runs` runs of `work`, and of the fastest run after it."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return timings[0], min(timings[1:])


def wall_and_cpu(work: Callable[[], T]) -> tuple[T, float, float]:
    """What `work` returns, with the seconds it took on the clock and of this process's CPU time: on a machine
    others load, the CPU time is the figure that does not move with their work."""
    started, cpu_started = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - started, time.process_time() - cpu_started
