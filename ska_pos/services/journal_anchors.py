"""Anchors outside the database for `ska-pos verify`: a chain that was rewritten and re-sealed from some entry on
still holds together, but its hashes no longer equal the copies in the backup folder, nor the closings printed on
paper ("KFE T1 shift_close 3 54e1f78d0a1b2c3d": outlet, till, closing type, closing number, first digits of its
last hash)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from contextlib import closing
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.backups import list_backups
from ska_pos.db.models import JournalEntry, Outlet, Till
from ska_pos.i18n import _
from ska_pos.services import journal, journal_payloads

Hashes = dict[tuple[uuid.UUID, int], str]


def chain_hashes(session: Session) -> Hashes:
    rows = session.execute(select(JournalEntry.till_id, JournalEntry.seq, JournalEntry.hash))
    return {(till_id, seq): hash_ for till_id, seq, hash_ in rows}


def check_backups(hashes: Hashes, folder: Path, database: str, codes: Mapping[uuid.UUID, str]) -> list[str]:
    """Each backup's chains must be a prefix of today's: same hash at every seq it holds."""
    problems: list[str] = []
    last: dict[uuid.UUID, int] = {}
    for (till_id, seq), _hash in hashes.items():
        last[till_id] = max(last.get(till_id, 0), seq)
    for backup in list_backups(folder, database, checked=False):
        reported: set[uuid.UUID] = set()
        for till_id, seq, hash_ in _backup_entries(backup.path):
            if till_id in reported:
                continue
            till = codes.get(till_id, str(till_id))
            if seq > last.get(till_id, 0):
                reported.add(till_id)
                problems.append(_("The backup {file} holds entry {seq} of till {till}, but the journal ends at {last}",
                                  file=backup.path.name, seq=seq, till=till, last=last.get(till_id, 0)))  # fmt: skip
            elif hashes.get((till_id, seq)) != hash_:
                reported.add(till_id)
                problems.append(_("Entry {seq} of till {till} differs from the backup {file}: the journal was "
                                  "rewritten since", seq=seq, till=till, file=backup.path.name))  # fmt: skip
    return problems


def _backup_entries(path: Path) -> Iterable[tuple[uuid.UUID, int, str]]:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as copy:
            rows = copy.execute("SELECT till_id, seq, hash FROM journal_entry ORDER BY till_id, seq").fetchall()
    except sqlite3.Error:
        return []  # a copy from before the journal, or not a database: nothing to compare
    return [(uuid.UUID(hex=str(till)), int(seq), str(hash_)) for till, seq, hash_ in rows]


def check_anchor(session: Session, anchor: str) -> str | None:
    """The problem with one printed anchor, None when the journal holds it."""
    parts = anchor.split()
    if len(parts) != 5 or not parts[3].isdigit() or len(parts[4].rstrip(".…")) < 8:
        return _("The anchor {anchor} is not in the form: outlet, till, type, number, hash", anchor=anchor)
    outlet, till, type_, number, prefix = parts
    till_id = session.scalar(
        select(Till.id).join(Outlet, Outlet.id == Till.outlet_id).where(Outlet.code == outlet.upper(),
                                                                          Till.code == till.upper())
    )  # fmt: skip
    if till_id is None or type_ not in journal.CLOSING_TYPES:
        return _("The anchor {anchor} names no till's closing", anchor=anchor)
    payloads = session.scalars(
        select(JournalEntry.payload).where(JournalEntry.till_id == till_id, JournalEntry.type == type_)
    )
    wanted = prefix.lower().rstrip(".…")
    closings = [closing for payload in payloads if (closing := journal_payloads.readable(type_, payload)) is not None]
    if not any(c["closing_no"] == int(number) and c["last_hash"].startswith(wanted) for c in closings):
        return _("The printed closing {anchor} is not in the journal: it was rewritten, or the closing removed",
                 anchor=anchor)  # fmt: skip
    return None
