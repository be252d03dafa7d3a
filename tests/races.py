"""Real races between separate OS processes, as two tills (or two machines) would make them: the one harness every
race test uses. A race module (till_races.py, tab_races.py, ...) keeps only its actions: what a racer does in one
round, `action(session, round_no, *args)`, inside the transaction the harness opened for it.

Each racer is a fresh interpreter (multiprocessing "spawn"): its own engine, its own connections. Before each
round every racer waits at a shared barrier, so their transactions really start at the same moment.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ska_pos.db.database import open_database
from ska_pos.i18n import set_language
from ska_pos.services.errors import ServiceError

DONE = "done"
BARRIER_SECONDS = 60

Action = Callable[..., None]
"""`action(session, round_no, *args)`: one racer's write in one round; a module-level function, so that the racer's
process can import it."""


def race(action: Action, racers: Sequence[tuple[Any, ...]], rounds: int) -> list[list[str]]:
    """Runs `action(session, round_no, *args)` for each racer `(url, *args)`, each in its own process on the database
    at `url`, once per round, each round in a transaction of its own started at the same moment as the other racers'.
    The outcome of each round, as one list per round of what each racer reported (DONE, the refusal's message, or
    any other failure's type and message), in racer order."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(racers))
    results = context.Queue()
    processes = [
        context.Process(target=_racer, args=(action, barrier, results, index, rounds, url, args), daemon=True)
        for index, (url, *args) in enumerate(racers)
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


def _racer(
    action: Action, barrier: Any, results: Any, index: int, rounds: int, url: str, args: Sequence[Any]
) -> None:  # fmt: skip
    """One racer's process: each round, waits for the others at the barrier, then runs `action` in a transaction."""
    set_language("en")
    database = open_database(url)
    try:
        for round_no in range(rounds):
            barrier.wait(timeout=BARRIER_SECONDS)
            try:
                with database.transaction() as session:
                    action(session, round_no, *args)
                outcome = DONE
            except ServiceError as error:
                outcome = error.message
            except Exception as error:  # reported, so the test fails at once saying what, instead of timing out
                outcome = f"{type(error).__name__}: {error}"
            results.put((index, round_no, outcome))
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
