"""What must hold in a till's database after any crash: every sale the till said was saved is there whole, no
sale is there in part, numbers have no gaps or duplicates, the file is sound and the journal verifies.

`check_sales(database, acknowledged)` reads only; it returns a `SaleChecks` with the counts it saw and a list of
problems in words (empty when all is well). Used by tests/crash/ and benchmarks/crash_loop.py.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.checkpoint import database_file
from ska_pos.db.database import Database
from ska_pos.db.models import EarningEntry, Item, JournalEntry, Payment, PrintJob, Sale, SaleLine, StockMovement
from ska_pos.domain.money import BP_WHOLE
from ska_pos.services import journal_verify


@dataclass
class SaleChecks:
    sales: int = 0
    lines: int = 0
    payments: int = 0
    earnings: int = 0
    stock_movements: int = 0
    journal_entries: int = 0
    print_jobs: int = 0
    acknowledged: int = 0
    saved_but_not_acknowledged: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.sales} sales whole ({self.lines} lines, {self.payments} payments, {self.earnings} earnings, "
            f"{self.stock_movements} stock movements, {self.print_jobs} print jobs, {self.journal_entries} journal "
            f"entries); {self.acknowledged} acknowledged by the till, all there; {self.saved_but_not_acknowledged} "
            "saved but killed before it could say so"
        )


def read_acknowledged(path: Path) -> list[str]:
    """The receipt numbers the till said were saved; a last line without its newline was never finished."""
    if not path.exists():
        return []
    text = path.read_text()
    return text.split("\n")[:-1] if text else []


def check_sales(database: Database, acknowledged: list[str], print_kinds: set[str]) -> SaleChecks:
    """`print_kinds`: the print jobs each sale queues with it (the till's printers, e.g. receipt and kitchen)."""
    checks = SaleChecks(acknowledged=len(acknowledged))
    problems = checks.problems
    path = database_file(database.engine)
    if path is not None:
        problems += _file_problems(path)
    with database.reading() as session:
        sales = _sales(session, checks)
        receipts = Counter(receipt for receipt, _total, _net, _paid in sales.values())
        problems += [f"receipt number {number} used {count} times" for number, count in receipts.items() if count > 1]
        problems += [f"receipt {number} was acknowledged twice" for number, count in Counter(acknowledged).items()
                     if count > 1]  # fmt: skip
        problems += [f"receipt {number} was acknowledged but is not in the database"
                     for number in sorted(set(acknowledged) - set(receipts))]  # fmt: skip
        checks.saved_but_not_acknowledged = len(set(receipts) - set(acknowledged))
        problems += _numbering_problems(session)
        problems += _line_problems(session, sales, checks)
        problems += _payment_problems(session, sales, checks)
        problems += _print_problems(session, sales, print_kinds, checks)
        problems += _journal_problems(session, sales, checks)
    return checks


def _file_problems(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()
    problems = [] if integrity == ["ok"] else [f"integrity_check: {'; '.join(integrity)}"]
    return problems + [f"foreign_key_check: {row}" for row in foreign]


def _sales(session: Session, checks: SaleChecks) -> dict[uuid.UUID, tuple[str, int, int, int]]:
    rows = session.execute(select(Sale.id, Sale.receipt_no, Sale.total, Sale.net_total, Sale.paid, Sale.rounding))
    sales = {}
    for sale_id, receipt, total, net, paid, rounding in rows:
        sales[sale_id] = (receipt, total, net, paid)
        if paid != total + rounding:
            checks.problems.append(f"receipt {receipt}: paid {paid} is not its total {total} and rounding {rounding}")
    checks.sales = len(sales)
    return sales


def _numbering_problems(session: Session) -> list[str]:
    by_day: dict[tuple[uuid.UUID, object], list[int]] = defaultdict(list)
    for till_id, day, seq in session.execute(select(Sale.till_id, Sale.business_date, Sale.seq)):
        by_day[till_id, day].append(seq)
    return [f"till {till_id} on {day}: receipt sequence {sorted(seqs)} has gaps or duplicates"
            for (till_id, day), seqs in by_day.items() if sorted(seqs) != list(range(1, len(seqs) + 1))]  # fmt: skip


def _line_problems(
    session: Session, sales: dict[uuid.UUID, tuple[str, int, int, int]], checks: SaleChecks
) -> list[str]:
    problems: list[str] = []
    lines = session.execute(
        select(SaleLine.id, SaleLine.sale_id, SaleLine.net_amount, Item.maker_worker_id, Item.track_stock).join(
            Item, Item.id == SaleLine.item_id
        )
    ).all()
    checks.lines = len(lines)
    line_sale = {line_id: sale_id for line_id, sale_id, *_rest in lines}
    net: Counter[uuid.UUID] = Counter()
    for _line_id, sale_id, amount, _maker, _tracked in lines:
        net[sale_id] += amount
    for sale_id, (receipt, _total, net_total, _paid) in sales.items():
        if sale_id not in net:
            problems.append(f"receipt {receipt} has no lines")
        elif net[sale_id] != net_total:
            problems.append(f"receipt {receipt}: its lines add up to {net[sale_id]}, the sale says {net_total}")
    problems += [f"{count} lines of a sale that is not there" for count in [len(set(net) - set(sales))] if count]
    split: Counter[uuid.UUID] = Counter()
    entries = session.execute(select(EarningEntry.sale_line_id, EarningEntry.sale_id, EarningEntry.split_bp)).all()
    checks.earnings = len(entries)
    for line_id, sale_id, split_bp in entries:
        if line_id not in line_sale or line_sale[line_id] != sale_id:
            problems.append(f"an earning of sale {sale_id} names line {line_id}, which is not a line of it")
        split[line_id] += split_bp
    moved = Counter(session.scalars(select(StockMovement.sale_line_id).where(StockMovement.sale_line_id.is_not(None))))
    checks.stock_movements = sum(moved.values())
    for line_id, sale_id, _amount, maker, tracked in lines:
        receipt = sales[sale_id][0] if sale_id in sales else str(sale_id)
        if maker is not None and split[line_id] != BP_WHOLE:
            problems.append(f"receipt {receipt}: a line's earnings split {split[line_id]} of {BP_WHOLE}")
        if moved[line_id] != int(tracked):
            problems.append(f"receipt {receipt}: a line of a {'tracked' if tracked else 'untracked'} item has "
                            f"{moved[line_id]} stock movements")  # fmt: skip
    return problems


def _payment_problems(
    session: Session, sales: dict[uuid.UUID, tuple[str, int, int, int]], checks: SaleChecks
) -> list[str]:
    paid: Counter[uuid.UUID] = Counter()
    rows = session.execute(select(Payment.sale_id, Payment.amount)).all()
    checks.payments = len(rows)
    for sale_id, amount in rows:
        paid[sale_id] += amount
    problems = [f"receipt {receipt}: payments of {paid[sale_id]} for a sale that took {took}"
                for sale_id, (receipt, _total, _net, took) in sales.items() if paid[sale_id] != took]  # fmt: skip
    return problems + [f"payments of a sale that is not there: {sale_id}" for sale_id in set(paid) - set(sales)]


def _print_problems(
    session: Session, sales: dict[uuid.UUID, tuple[str, int, int, int]], kinds: set[str], checks: SaleChecks
) -> list[str]:
    jobs: dict[uuid.UUID | None, list[str]] = defaultdict(list)
    rows = session.execute(select(PrintJob.sale_id, PrintJob.kind)).all()
    checks.print_jobs = len(rows)
    for sale_id, kind in rows:
        jobs[sale_id].append(kind)
    problems = [f"receipt {receipt}: print jobs {sorted(jobs[sale_id])}, expected {sorted(kinds)}"
                for sale_id, (receipt, *_rest) in sales.items() if sorted(jobs[sale_id]) != sorted(kinds)]  # fmt: skip
    return problems + [f"print jobs of a sale that is not there: {sale_id}" for sale_id in set(jobs) - set(sales)]


def _journal_problems(
    session: Session, sales: dict[uuid.UUID, tuple[str, int, int, int]], checks: SaleChecks
) -> list[str]:
    entries = Counter(session.scalars(select(JournalEntry.record_id).where(JournalEntry.type == "sale")))
    checks.journal_entries = sum(entries.values())
    problems = [f"receipt {receipt} has {entries[sale_id]} journal entries"
                for sale_id, (receipt, *_rest) in sales.items() if entries[sale_id] != 1]  # fmt: skip
    report = journal_verify.verify(session)
    problems += [f"journal: {line}" for chain in report.chains for line in chain.problems]
    return problems + [f"journal: {line}" for line in report.problems]
