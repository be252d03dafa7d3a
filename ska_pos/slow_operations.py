"""Timing the work the screens hand to the database thread, and noting in the log what was slow or failed.

Plain Python, so the operation runner of the UI (`ska_pos/ui/ops.py`) only calls `run_timed(work)`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from ska_pos.services.errors import ServiceError

SLOW_SECONDS = 0.5

log = logging.getLogger(__name__)
T = TypeVar("T")


def operation_name(work: Callable[..., object]) -> str:
    """Where the work was written (`module:Class.method.<locals>.<lambda>`): code, never the data it carries."""
    module = getattr(work, "__module__", None) or "?"
    name = getattr(work, "__qualname__", None) or type(work).__qualname__
    return f"{module}:{name}"


def run_timed(work: Callable[[], T], *, slow_seconds: float | None = None, name: str | None = None) -> T:
    """`work()`, noting in the log when it took `slow_seconds` or longer, and any failure that is not the user's."""
    name = name or operation_name(work)
    started = time.perf_counter()
    try:
        return work()
    except ServiceError:
        raise  # a refusal with a message for the user (bad input, no permission): not a fault
    except Exception:
        log.exception("operation %s failed", name)
        raise
    finally:
        elapsed = time.perf_counter() - started
        if elapsed >= (SLOW_SECONDS if slow_seconds is None else slow_seconds):
            log.warning("slow operation %s took %d ms", name, round(elapsed * 1000))
