"""Checking the journal: every till's chain recomputed, its closings re-added, and the sales tables compared
with it. Plain results; `ska-pos verify` and the manager's area say them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import JournalCheck, JournalEntry, Outlet, Till
from ska_pos.i18n import _
from ska_pos.services import journal, journal_payloads
from ska_pos.services.journal_closings import period_totals
from ska_pos.services.journal_cross_check import cross_check


@dataclass
class ChainReport:
    till_id: uuid.UUID
    till_code: str
    entries: int = 0
    problems: list[str] = field(default_factory=list)
    drawer_openings: int = 0  # its own `drawer_open` entries and the sales whose entry says their receipt opened it


@dataclass
class VerifyReport:
    chains: list[ChainReport]
    problems: list[str]  # between the journal and the other tables
    notes: list[str] = field(default_factory=list)  # not problems, but what the reader must know (restores)

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
            yield _("Till {till}: {count} entries checked, the cash drawer opened {drawers} times",
                    till=chain.till_code, count=chain.entries, drawers=chain.drawer_openings)  # fmt: skip
            yield from (f"  - {problem}" for problem in chain.problems)
        yield from (f"- {problem}" for problem in self.problems)
        yield from (f"* {note}" for note in self.notes)
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
    tills = session.execute(
        select(Till.id, Outlet.code, Till.code, Outlet.timezone).join(Outlet, Outlet.id == Till.outlet_id)
    ).all()
    codes = {till_id: f"{outlet} {till}" for till_id, outlet, till, _zone in tills}
    zones = {till_id: zone for till_id, _outlet, _till, zone in tills}
    rows = list(session.scalars(select(JournalEntry).order_by(JournalEntry.till_id, JournalEntry.seq)))
    by_till: dict[uuid.UUID, list[JournalEntry]] = {}
    for row in rows:
        by_till.setdefault(row.till_id, []).append(row)
    chains = [_check_chain(till_id, codes.get(till_id, str(till_id)), entries) for till_id, entries in
              by_till.items()]  # fmt: skip
    readable = [(row, payload) for row in rows if (payload := _payload(row)) is not None]
    return VerifyReport(chains, cross_check(session, readable, codes, zones))


def _check_chain(till_id: uuid.UUID, code: str, entries: list[JournalEntry]) -> ChainReport:
    report = ChainReport(till_id, code, len(entries))
    expected_seq, prev_hash = 1, journal.chain_start(till_id)
    sales: list[tuple[int, dict[str, Any]]] = []
    closings: list[tuple[JournalEntry, dict[str, Any]]] = []
    cash = ShiftCash()
    for entry in entries:
        if entry.seq != expected_seq:
            report.problems.append(_("Entries {first} to {last} are missing (a gap in the sequence)",
                                     first=expected_seq, last=entry.seq - 1))  # fmt: skip
        payload = _payload(entry)
        digest = journal.entry_hash(entry.prev_hash, till_id, entry.seq, entry.type, entry.schema_version,
                                    entry.payload)  # fmt: skip
        if entry.prev_hash != prev_hash or digest != entry.hash:  # each changed entry, not only the first
            what = _describe(entry, payload)
            report.problems.append(_("The chain is broken at entry {seq} ({what}): it was changed, or an entry "
                                     "before it was removed", seq=entry.seq, what=what))  # fmt: skip
        prev_hash, expected_seq = entry.hash, entry.seq + 1
        if payload is None:
            report.problems.append(_("Entry {seq} ({type}) does not hold the fields of its type: it cannot be "
                                     "checked further", seq=entry.seq, type=entry.type))  # fmt: skip
            continue
        cash.add(entry.type, payload)
        report.drawer_openings += opens_drawer(entry.type, payload)
        if entry.type in journal.SALE_TYPES:
            sales.append((entry.seq, payload))
        if entry.type in journal.CLOSING_TYPES:
            closings.append((entry, payload))
        if entry.type == "shift_close" and not cash.balances(payload):
            report.problems.append(_("The expected cash of the shift closed in entry {seq} is not its float plus "
                                     "its cash payments and movements in the journal", seq=entry.seq))  # fmt: skip
    _check_closings(report, till_id, entries, sales, closings)
    return report


def opens_drawer(type_: str, payload: dict[str, Any]) -> bool:
    """A drawer opening of its own, or a sale whose receipt opened the drawer (said in its entry from version 3)."""
    return type_ == "drawer_open" or (type_ in journal.SALE_TYPES and payload.get("drawer_opened") is True)


HELD_CASH_TYPES = ("order_payment", "package_sale", "package_refund")  # a refund's amount is negative


@dataclass
class ShiftCash:
    """Each shift's cash as the journal tells it: float, cash payments (refunds negative), cash in and out."""

    expected: dict[str, int] = field(default_factory=dict)

    def add(self, type_: str, payload: dict[str, Any]) -> None:
        shift = str(payload.get("shift_id"))
        if type_ == "shift_open":
            self.expected[shift] = self.expected.get(shift, 0) + payload["opening_float"]
        elif type_ in journal.SALE_TYPES:
            cash = sum(p["amount"] for p in payload.get("payments", []) if p["method"] == "cash")
            self.expected[shift] = self.expected.get(shift, 0) + cash
        elif type_ in ("cash_in", "cash_out"):
            sign = 1 if type_ == "cash_in" else -1
            self.expected[shift] = self.expected.get(shift, 0) + sign * payload["amount"]
        elif type_ in HELD_CASH_TYPES and payload["method"] == "cash":  # money held for customers
            self.expected[shift] = self.expected.get(shift, 0) + payload["amount"]

    def balances(self, closing: dict[str, Any]) -> bool:
        return bool(self.expected.get(str(closing.get("shift_id"))) == closing.get("expected_cash"))


def _check_closings(
    report: ChainReport,
    till_id: uuid.UUID,
    entries: list[JournalEntry],
    sales: list[tuple[int, dict[str, Any]]],
    closings: list[tuple[JournalEntry, dict[str, Any]]],
) -> None:
    last_seq = entries[-1].seq if entries else 0
    hashes = {entry.seq: entry.hash for entry in entries}
    grand: dict[str, int] = {}
    previous_last: dict[str, int] = {}
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
        if not _contiguous(closing, previous_last.get(entry.type, 0), entry.seq, till_id, hashes):
            report.problems.append(_("Closing {number} (entry {seq}) does not cover the entries since the previous "
                                     "closing up to itself", number=closing["closing_no"], seq=entry.seq))  # fmt: skip
        elif closing["last_seq"] and hashes.get(closing["last_seq"], closing["last_hash"]) != closing["last_hash"]:
            report.problems.append(_("Closing {number} (entry {seq}) ends on an entry that has changed since",
                                     number=closing["closing_no"], seq=entry.seq))  # fmt: skip
        previous_last[entry.type] = closing["last_seq"]
    if closings and max(payload["last_seq"] for _e, payload in closings) > last_seq:
        report.problems.append(_("The chain ends at entry {last} but a closing covers entries up to {covered}: "
                                 "the last entries are missing", last=last_seq,
                                 covered=max(payload["last_seq"] for _e, payload in closings)))  # fmt: skip


def _contiguous(
    closing: dict[str, Any], previous_last: int, seq: int, till_id: uuid.UUID, hashes: dict[int, str]
) -> bool:
    """A period runs from the previous closing's last entry + 1 to the entry before this closing; an empty one
    (the till's first entry is the closing) has last_seq 0 and the till's UUID as its last hash."""
    if closing["first_seq"] != previous_last + 1 or closing["last_seq"] != seq - 1:
        return False
    return bool(closing["last_seq"] != 0 or closing["last_hash"] == journal.chain_start(till_id))


def _payload(entry: JournalEntry) -> dict[str, Any] | None:
    return journal_payloads.readable(entry.type, entry.payload)


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
