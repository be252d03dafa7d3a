"""A till selling until it is killed with SIGKILL, again and again: a plug pulled during sales.

`run_loop(config, kills, seed)` forks a child till per round. The child opens the database as the till does
(`open_database`: the opening checks, the till's pragmas, recovery of a log left by the last kill) and runs the
till's checkpointer thread, then rings up and completes sales exactly as the sale screen does (`complete_sale` and
`queue_sale_prints` in one transaction). After each commit it appends the receipt number it was told was saved to
the acknowledgement file and fsyncs it: what the till said was saved. The parent kills the child with SIGKILL (no
handler, no rollback, no `finally` runs) and starts the next one:

- a random kill: at a random moment (fixed seed) up to `RANDOM_WINDOW_S` after the child's database is open;
- an early kill: at a random moment up to `EARLY_WINDOW_S` after the fork, which may land while the till opens the
  database (the opening checks, SQLite recovering the log the last kill left) or in its first sales;
- an aimed kill: as soon as the child is inside a commit (after the transaction's last statement, before the
  driver's COMMIT returns), once one to three sales went through. A commit under synchronous=FULL spends its time in
  fsync, so a poll sees it.

Each child writes its phase to a shared byte, and the parent records the phase it saw just before each kill (the
child may have moved on by the time the signal lands, so it is what the parent saw, not proof).

Run as a program by tests/crash/test_kill_during_sales.py (so that the fork happens in a plain interpreter, not
inside pytest with Qt): `python sale_loop.py CONFIG.json KILLS SEED` prints a JSON `LoopReport`.
"""

from __future__ import annotations

import json
import mmap
import os
import random
import signal
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from shop import Shop, act_as, log_in
from sqlalchemy import event

from ska_pos.db.checkpoint import Checkpointer
from ska_pos.db.database import Database, open_database
from ska_pos.db.models import Outlet
from ska_pos.domain.settlement import Tender
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services import cart_ops, print_jobs, sales
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ServiceError
from ska_pos.services.printer_settings import TillPrinters, save_printers
from ska_pos.services.sale_context import tax_settings

PHASES = ("starting", "opening", "ringing up", "writing", "committing", "acknowledging")
RANDOM_WINDOW_S = 0.3
EARLY_WINDOW_S = 0.4
KINDS = ("random", "aimed", "early", "aimed")  # taken in turn: half the kills aimed at a commit
CHILD_START_LIMIT_S = 60.0


@dataclass(frozen=True)
class TillConfig:
    """Where the child sells: the database and the café till's ids (plain strings: it is read from JSON)."""

    url: str
    acknowledged: str  # the side file
    user_id: str
    outlet_id: str
    till_id: str
    items: list[str]

    def log_in(self, database: Database) -> Actor:
        """The cashier, logged in by PIN as at the till (each restart is a new login)."""
        with database.transaction() as session:
            return log_in(session, "cashier", uuid.UUID(self.outlet_id), uuid.UUID(self.till_id))

    @classmethod
    def read(cls, path: Path) -> TillConfig:
        return cls(**json.loads(path.read_text()))

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)))


@dataclass
class LoopReport:
    kills: int = 0
    aimed: int = 0
    early: int = 0
    sales: int = 0  # acknowledged, as the children counted them
    seen_phases: dict[str, int] = field(default_factory=dict)
    not_killed: list[str] = field(default_factory=list)  # children that ended some other way (their exit status)
    seconds: float = 0.0


def till_config(shop: Shop, folder: Path) -> TillConfig:
    """The café till, with a receipt and a kitchen printer, so that each sale queues both print jobs."""
    actor = shop.cashier
    supervisor = act_as(shop, "supervisor")
    nowhere = PrinterSettings("network", "127.0.0.1:9")  # never printed: nothing runs the queue here
    with shop.db.transaction() as s:
        save_printers(s, supervisor, actor.till_id, TillPrinters(nowhere, nowhere))
    return TillConfig(
        url=shop.db.url,
        acknowledged=str(folder / "acknowledged.txt"),
        user_id=str(actor.user_id),
        outlet_id=str(actor.outlet_id),
        till_id=str(actor.till_id),
        items=[str(item.id) for item in (shop.es_teh, shop.kopi, shop.keripik)],
    )


def _set_phase(shared: mmap.mmap, phase: str) -> None:
    shared[0] = PHASES.index(phase)


def _count_sale(shared: mmap.mmap) -> None:
    shared[1:5] = (int.from_bytes(shared[1:5], "little") + 1).to_bytes(4, "little")


class Child:
    """The parent's view of one child till: its phase and sales so far (shared memory), and its exit."""

    def __init__(self, pid: int, shared: mmap.mmap) -> None:
        self.pid, self.shared = pid, shared
        self.status: int | None = None

    @property
    def phase(self) -> str:
        return PHASES[self.shared[0]]

    @property
    def sales(self) -> int:
        return int.from_bytes(self.shared[1:5], "little")

    def alive(self) -> bool:
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
        return self.status is None

    def wait_until(self, done: Callable[[], bool], deadline: float) -> bool:
        """Polls (a commit under synchronous=FULL lasts milliseconds); False when the child ended or time ran out."""
        while not done():
            if time.monotonic() > deadline or not self.alive():
                return False
            time.sleep(0.0002)
        return True

    def kill(self) -> int:
        if self.alive():
            os.kill(self.pid, signal.SIGKILL)
            _, self.status = os.waitpid(self.pid, 0)
        assert self.status is not None
        return self.status


def _ring_up(session: Any, config: TillConfig, rng: random.Random) -> Cart:
    cart = Cart(uuid.UUID(config.outlet_id))
    for item in rng.sample(config.items, rng.randint(1, len(config.items))):
        cart_ops.add_item(session, cart, uuid.UUID(item), Decimal(rng.randint(1, 3)))
    return cart


def _tenders(total: int, rng: random.Random) -> list[Tender]:
    way = rng.choice(("cash", "cash", "qris", "split"))
    if way == "cash":
        return [Tender("cash", total + rng.choice((0, 1_000, 50_000)))]
    if way == "qris":
        return [Tender("qris", total, reference=f"Q{rng.randrange(10**6):06d}")]
    part = total // 2
    return [Tender("qris", part), Tender("cash", total - part)]


def _acknowledge(handle: int, receipt_no: str) -> None:
    os.write(handle, f"{receipt_no}\n".encode())
    os.fsync(handle)


def sell_until_killed(config: TillConfig, shared: mmap.mmap, seed: int) -> None:
    """The child till: sells until the parent kills it (a refusal would be a bug the checks then show)."""
    rng = random.Random(seed)
    _set_phase(shared, "opening")
    database = open_database(config.url)
    actor = config.log_in(database)
    event.listen(database.engine, "commit", lambda _connection: _set_phase(shared, "committing"))
    checkpointer = Checkpointer.for_engine(database.engine)
    if checkpointer is not None:
        checkpointer.start()
    handle = os.open(config.acknowledged, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with database.reading() as session:
        outlet = session.get(Outlet, actor.outlet_id)
        assert outlet is not None
        tax = tax_settings(outlet)
    while True:
        _set_phase(shared, "ringing up")
        with database.reading() as session:
            cart = _ring_up(session, config, rng)
        tenders = _tenders(cart.priced(tax).total, rng)
        cash = any(tender.method == "cash" for tender in tenders)
        _set_phase(shared, "writing")
        try:
            with database.transaction() as session:  # the sale screen's one write (ui/till/sale_flow.py)
                done = sales.complete_sale(session, actor, cart, tenders, open_drawer=cash)
                print_jobs.queue_sale_prints(session, actor, done.sale_id, open_drawer=cash)
        except ServiceError as error:
            print(f"refused: {error}", file=sys.stderr)
            os._exit(3)
        _set_phase(shared, "acknowledging")
        _acknowledge(handle, done.receipt_no)
        _count_sale(shared)


def _child(config: TillConfig, shared: mmap.mmap, seed: int) -> None:
    try:
        sell_until_killed(config, shared, seed)
    except BaseException as error:  # anything but the kill is a failure the parent reports
        print(f"till ended: {error!r}", file=sys.stderr)
        os._exit(2)
    os._exit(1)


def _one_round(config: TillConfig, rng: random.Random, kind: str, report: LoopReport) -> None:
    shared = mmap.mmap(-1, 8)  # shared with the child across fork
    seed = rng.randrange(2**32)
    pid = os.fork()
    if pid == 0:
        _child(config, shared, seed)
    child = Child(pid, shared)
    deadline = time.monotonic() + CHILD_START_LIMIT_S
    if kind == "early":
        time.sleep(rng.uniform(0, EARLY_WINDOW_S))
    elif child.wait_until(lambda: child.phase not in ("starting", "opening"), deadline):
        if kind == "aimed":
            after = rng.randint(1, 3)  # let a sale or a few through first
            child.wait_until(lambda: child.sales >= after and child.phase == "committing", deadline)
        else:
            time.sleep(rng.uniform(0, RANDOM_WINDOW_S))
    seen = child.phase
    report.sales += child.sales
    status = child.kill()
    shared.close()
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
        report.kills += 1
        report.aimed += kind == "aimed"
        report.early += kind == "early"
        report.seen_phases[seen] = report.seen_phases.get(seen, 0) + 1
    else:
        report.not_killed.append(f"exit status {status} in phase {seen}")


def run_loop(config: TillConfig, kills: int, seed: int) -> LoopReport:
    """`kills` rounds of the `KINDS` in turn; the caller must hold no open database connection."""
    rng = random.Random(seed)
    report = LoopReport()
    started = time.monotonic()
    for round_no in range(kills):
        _one_round(config, rng, KINDS[round_no % len(KINDS)], report)
    report.seconds = round(time.monotonic() - started, 2)
    report.seen_phases = dict(Counter(report.seen_phases).most_common())
    return report


if __name__ == "__main__":
    settings, rounds, first_seed = TillConfig.read(Path(sys.argv[1])), int(sys.argv[2]), int(sys.argv[3])
    print(json.dumps(asdict(run_loop(settings, rounds, first_seed))))
