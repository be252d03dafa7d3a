"""Real races between separate OS processes, as two tills (or two machines) would make them.

Each racer is a fresh interpreter (multiprocessing "spawn"): its own engine, its own connections. Before each
round every racer waits at a shared barrier, so their transactions really start at the same moment.
"""

from __future__ import annotations

import multiprocessing
import time
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ska_pos.db.database import open_database
from ska_pos.i18n import set_language
from ska_pos.services import reversals
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.errors import ServiceError

DONE = "done"
BARRIER_SECONDS = 60


def race(target: Callable[..., None], racers: Sequence[tuple[Any, ...]], rounds: int) -> list[list[str]]:
    """Runs `target(barrier, results, racer_index, *args)` in one process per racer; the outcome of each round,
    as one list per round of what each racer reported (DONE or the refusal's message), in racer order."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(racers))
    results = context.Queue()
    processes = [
        context.Process(target=target, args=(barrier, results, index, *args), daemon=True)
        for index, args in enumerate(racers)
    ]
    for process in processes:
        process.start()
    outcomes: dict[tuple[int, int], str] = {}
    for _ in range(rounds * len(racers)):
        index, round_no, outcome = results.get(timeout=BARRIER_SECONDS)
        outcomes[(round_no, index)] = outcome
    for process in processes:
        process.join(timeout=BARRIER_SECONDS)
        assert process.exitcode == 0, f"racer exited with {process.exitcode}"
    return [[outcomes[(round_no, index)] for index in range(len(racers))] for round_no in range(rounds)]


def reverse_sales(
    barrier: Any, results: Any, index: int, url: str, actor: Actor, kind: str,
    sales: Sequence[tuple[uuid.UUID, uuid.UUID, Decimal]], approvals: Sequence[Approval],
) -> None:  # fmt: skip
    """Voids (kind "void") or fully refunds the first line (kind "refund") of each sale in turn, one per round, each
    with its own supervisor's approval (an approval approves one action)."""
    set_language("en")
    database = open_database(url)
    try:
        for round_no, ((sale_id, line_id, quantity), approval) in enumerate(zip(sales, approvals, strict=True)):
            barrier.wait(timeout=BARRIER_SECONDS)
            try:
                with database.transaction() as session:
                    if kind == "void":
                        reversals.void_sale(session, actor, sale_id, "Salah input", approval=approval)
                    else:
                        request = reversals.RefundRequest(line_id, quantity)
                        reversals.refund_lines(session, actor, sale_id, [request], "Rusak", approval=approval)
                results.put((index, round_no, DONE))
            except ServiceError as error:
                results.put((index, round_no, error.message))
            except Exception as error:  # reported, so the test fails at once saying what, instead of timing out
                results.put((index, round_no, f"{type(error).__name__}: {error}"))
    finally:
        database.dispose()


def sell(
    barrier: Any, results: Any, index: int, url: str, actor: Actor, item_id: uuid.UUID, rounds: int
) -> None:  # fmt: skip
    """One cash sale of one item per round; any failure is reported by its type and message, not raised."""
    from ska_pos.domain.settlement import Tender
    from ska_pos.services import cart_ops, sales
    from ska_pos.services.cart import Cart

    set_language("en")
    database = open_database(url)
    try:
        for round_no in range(rounds):
            barrier.wait(timeout=BARRIER_SECONDS)
            try:
                with database.transaction() as session:
                    cart = Cart(actor.outlet_id)
                    cart_ops.add_item(session, cart, item_id, Decimal(1))
                    sales.complete_sale(session, actor, cart, [Tender("cash", 100_000)])
                results.put((index, round_no, DONE))
            except Exception as error:  # the test shows what went wrong, whatever it is
                results.put((index, round_no, f"{type(error).__name__}: {error}"))
    finally:
        database.dispose()


def claim_tills(
    barrier: Any, results: Any, index: int, url: str, machine: Any, till_ids: Sequence[uuid.UUID]
) -> None:  # fmt: skip
    """This process is one computer; each round it claims the next till at the moment the other computer does."""
    from ska_pos.services.till_claims import claim_till

    set_language("en")
    database = open_database(url)
    try:
        for round_no, till_id in enumerate(till_ids):
            barrier.wait(timeout=BARRIER_SECONDS)
            try:
                with database.transaction() as session:
                    claim_till(session, till_id, machine)
                results.put((index, round_no, DONE))
            except ServiceError as error:
                results.put((index, round_no, error.message))
            except Exception as error:  # reported, so the test fails at once saying what, instead of timing out
                results.put((index, round_no, f"{type(error).__name__}: {error}"))
    finally:
        database.dispose()


def open_drawers(barrier: Any, results: Any, index: int, url: str, actor: Actor, rounds: int) -> None:
    """One journaled drawer opening of the same till per round: the journal's sequence under a real race."""
    from ska_pos.services import shifts

    set_language("en")
    database = open_database(url)
    try:
        for round_no in range(rounds):
            barrier.wait(timeout=BARRIER_SECONDS)
            try:
                with database.transaction() as session:
                    shifts.record_drawer_opening(session, actor.till_id, actor.user_id, f"racer {index}")
                results.put((index, round_no, DONE))
            except Exception as error:  # reported, so the test fails at once saying what, instead of timing out
                results.put((index, round_no, f"{type(error).__name__}: {error}"))
    finally:
        database.dispose()


def wait_until_blocked(session: Session) -> None:
    """On PostgreSQL, until another connection waits for a lock (at most 20 s: then the race is lost either way), so
    a thread's transaction is known to be queued behind `session`'s before `session` commits."""
    waiting = text("SELECT count(*) FROM pg_locks WHERE NOT granted")
    for _ in range(200):
        if session.connection().execute(waiting).scalar():
            return
        time.sleep(0.1)
