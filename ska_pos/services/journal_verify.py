"""Checking the journal: every till's chain recomputed, its closings re-added, and the sales tables compared
with it. Plain results; `ska-pos verify` and the manager's area say them."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import JournalCheck, JournalEntry, Outlet, Sale, ShiftClosing, Till
from ska_pos.i18n import _
from ska_pos.services import journal
from ska_pos.services.journal_closings import period_totals

# Fields of the sale row that must equal the sale's journal payload.
_COMPARED = ("receipt_no", "kind", "subtotal", "line_discount_total", "sale_discount_total", "net_total",
             "service_charge", "tax_amount", "total", "rounding", "paid", "change")  # fmt: skip


@dataclass
class ChainReport:
    till_id: uuid.UUID
    till_code: str
    entries: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass
class VerifyReport:
    chains: list[ChainReport]
    problems: list[str]  # between the journal and the other tables

    @property
    def entries(self) -> int:
        return sum(chain.entries for chain in self.chains)

    @property
    def problem_count(self) -> int:
        return len(self.problems) + sum(len(chain.problems) for chain in self.chains)

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def lines(self) -> Iterator[str]:
        for chain in self.chains:
            yield _("Till {till}: {count} entries checked", till=chain.till_code, count=chain.entries)
            yield from (f"  - {problem}" for problem in chain.problems)
        yield from (f"- {problem}" for problem in self.problems)
        if self.ok:
            yield _("All is well: {count} entries checked, no problems", count=self.entries)
        else:
            yield _("{problems} problems found in {count} entries", problems=self.problem_count, count=self.entries)


@dataclass(frozen=True)
class LastCheck:
    checked_at: datetime
    entries: int
    problems: int


def verify(session: Session) -> VerifyReport:
    """Read everything; write nothing (the caller records the result with `record_check` if it wants)."""
    tills = session.execute(select(Till.id, Outlet.code, Till.code).join(Outlet, Outlet.id == Till.outlet_id))
    codes = {till_id: f"{outlet} {till}" for till_id, outlet, till in tills}
    rows = list(session.scalars(select(JournalEntry).order_by(JournalEntry.till_id, JournalEntry.seq)))
    by_till: dict[uuid.UUID, list[JournalEntry]] = {}
    for row in rows:
        by_till.setdefault(row.till_id, []).append(row)
    chains = [_check_chain(till_id, codes.get(till_id, str(till_id)), entries) for till_id, entries in
              by_till.items()]  # fmt: skip
    return VerifyReport(chains, _cross_check(session, rows, codes))


def _check_chain(till_id: uuid.UUID, code: str, entries: list[JournalEntry]) -> ChainReport:
    report = ChainReport(till_id, code, len(entries))
    expected_seq, prev_hash, broken = 1, journal.chain_start(till_id), False
    sales: list[tuple[int, dict[str, Any]]] = []
    closings: list[tuple[JournalEntry, dict[str, Any]]] = []
    for entry in entries:
        if entry.seq != expected_seq:
            report.problems.append(_("Entries {first} to {last} are missing (a gap in the sequence)",
                                     first=expected_seq, last=entry.seq - 1))  # fmt: skip
        payload = _payload(entry)
        digest = journal.entry_hash(entry.prev_hash, till_id, entry.seq, entry.type, entry.schema_version,
                                    entry.payload)  # fmt: skip
        if not broken and (entry.prev_hash != prev_hash or digest != entry.hash):
            broken = True  # every later link follows from the first broken one: say only that one
            what = _describe(entry, payload)
            report.problems.append(_("The chain is broken at entry {seq} ({what}): it was changed, or an entry "
                                     "before it was removed", seq=entry.seq, what=what))  # fmt: skip
        prev_hash, expected_seq = entry.hash, entry.seq + 1
        if entry.type in journal.SALE_TYPES and payload is not None:
            sales.append((entry.seq, payload))
        if entry.type in journal.CLOSING_TYPES and payload is not None:
            closings.append((entry, payload))
    _check_closings(report, entries, sales, closings)
    return report


def _check_closings(
    report: ChainReport,
    entries: list[JournalEntry],
    sales: list[tuple[int, dict[str, Any]]],
    closings: list[tuple[JournalEntry, dict[str, Any]]],
) -> None:
    last_seq = entries[-1].seq if entries else 0
    hashes = {entry.seq: entry.hash for entry in entries}
    grand: dict[str, int] = {}
    for entry, closing in closings:
        covered = [sale for seq, sale in sales if closing["first_seq"] <= seq <= closing["last_seq"]]
        totals = period_totals(covered)
        if totals != closing["totals"]:
            report.problems.append(_("The totals of closing {number} (entry {seq}) differ from the entries it "
                                     "covers", number=closing["closing_no"], seq=entry.seq))  # fmt: skip
        grand[entry.type] = grand.get(entry.type, 0) + totals["total"]
        if grand[entry.type] != closing["grand_total"]:
            report.problems.append(_("The grand total of closing {number} (entry {seq}) is not the sum of the "
                                     "sales before it", number=closing["closing_no"], seq=entry.seq))  # fmt: skip
        if closing["last_seq"] and hashes.get(closing["last_seq"], closing["last_hash"]) != closing["last_hash"]:
            report.problems.append(_("Closing {number} (entry {seq}) ends on an entry that has changed since",
                                     number=closing["closing_no"], seq=entry.seq))  # fmt: skip
    if closings and max(payload["last_seq"] for _e, payload in closings) > last_seq:
        report.problems.append(_("The chain ends at entry {last} but a closing covers entries up to {covered}: "
                                 "the last entries are missing", last=last_seq,
                                 covered=max(payload["last_seq"] for _e, payload in closings)))  # fmt: skip


def _cross_check(session: Session, rows: list[JournalEntry], codes: dict[uuid.UUID, str]) -> list[str]:
    problems: list[str] = []
    journaled = {row.record_id: row for row in rows if row.type in journal.SALE_TYPES}
    sales = session.execute(select(Sale)).scalars().all()
    for sale in sales:
        entry = journaled.pop(sale.id, None)
        if entry is None:
            problems.append(_("Receipt {receipt} has no journal entry", receipt=sale.receipt_no))
            continue
        payload = _payload(entry) or {}
        if any(payload.get(name) != getattr(sale, name) for name in _COMPARED):
            problems.append(_("Receipt {receipt} differs from its journal entry {seq} on till {till}",
                              receipt=sale.receipt_no, seq=entry.seq, till=codes.get(entry.till_id, "")))  # fmt: skip
    for entry in journaled.values():
        payload = _payload(entry) or {}
        problems.append(_("Receipt {receipt} is in the journal (entry {seq}) but its sale is gone",
                          receipt=payload.get("receipt_no", "?"), seq=entry.seq))  # fmt: skip
    closed = {row.record_id for row in rows if row.type == "shift_close"}
    for closing_id, closed_at in session.execute(select(ShiftClosing.id, ShiftClosing.closed_at)).all():
        if closing_id not in closed:
            problems.append(_("The shift closed at {moment} has no closing entry in the journal",
                              moment=closed_at.isoformat(timespec="minutes")))  # fmt: skip
    return problems


def _payload(entry: JournalEntry) -> dict[str, Any] | None:
    try:
        value = json.loads(entry.payload)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _describe(entry: JournalEntry, payload: dict[str, Any] | None) -> str:
    if entry.type in journal.SALE_TYPES and payload:
        return _("receipt {receipt}", receipt=payload.get("receipt_no", "?"))
    return entry.type


def record_check(session: Session, report: VerifyReport) -> None:
    summary = "\n".join(report.lines())
    session.add(JournalCheck(checked_at=clock.now(), entries=report.entries, problems=report.problem_count,
                             summary=summary))  # fmt: skip


def last_check(session: Session) -> LastCheck | None:
    row = session.execute(
        select(JournalCheck.checked_at, JournalCheck.entries, JournalCheck.problems)
        .order_by(JournalCheck.checked_at.desc())
        .limit(1)
    ).first()
    return LastCheck(row.checked_at, row.entries, row.problems) if row else None
