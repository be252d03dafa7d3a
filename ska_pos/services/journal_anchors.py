"""Anchors outside the database for `ska-pos verify`: a chain that was rewritten and re-sealed from some entry on
still holds together, but its hashes no longer equal the copies in the backup folder, nor the closings printed on
paper ("KFE T1 shift_close 3 54e1f78d0a1b2c3d": outlet, till, closing type, closing number, first digits of its
last hash)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass
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


@dataclass(frozen=True)
class RestorePoint:
    """A `restore` entry: the chain before it is the backup's, and the replaced file's chain ended at `last_seq`
    (None: that file could not be read) with `last_hash`; `backup_file`, `username` and `at` say what it claims."""

    last_seq: int | None
    last_hash: str | None
    backup_file: str = ""
    username: str | None = None
    at: str = ""


def restore_points(session: Session) -> dict[tuple[uuid.UUID, int], RestorePoint]:
    rows = session.execute(
        select(JournalEntry.till_id, JournalEntry.seq, JournalEntry.payload).where(JournalEntry.type == "restore")
    )
    points = {}
    for till_id, seq, payload in rows:
        point = _restore_point(payload)
        if point is not None:  # a payload that is not a restore's excuses nothing (the chain check reports it)
            points[(till_id, seq)] = point
    return points


def _restore_point(payload: str) -> RestorePoint | None:
    try:
        body = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    last_seq, last_hash = body.get("replaced_last_seq"), body.get("replaced_last_hash")
    if not (last_seq is None or (isinstance(last_seq, int) and not isinstance(last_seq, bool))):
        return None
    if not (last_hash is None or isinstance(last_hash, str)):
        return None
    username = body.get("username")
    return RestorePoint(last_seq, last_hash, str(body.get("backup_file") or ""),
                        username if isinstance(username, str) else None, str(body.get("at") or ""))  # fmt: skip


def restore_notes(restores: Mapping[tuple[uuid.UUID, int], RestorePoint], codes: Mapping[uuid.UUID, str]) -> list[str]:
    """Each restore, said aloud: whoever can write a `restore` entry into the chain (a real restore, or someone who
    rewrote the journal and its hashes) thereby excuses the backups that disagree after it, so verify never passes
    one in silence; the reader judges whether the till was really restored then."""
    notes = []
    for (till_id, seq), point in sorted(restores.items(), key=lambda item: (str(item[0][0]), item[0][1])):
        till = codes.get(till_id, str(till_id))
        who = point.username or _("no one (the till's start-up offer)")
        if point.last_seq is None:
            notes.append(_("Till {till}: entry {seq} is a restore of the backup {file} by {who} at {at}; the "
                           "replaced journal could not be read, so every backup that differs from entry {seq} on "
                           "is accepted as its history", till=till, seq=seq, file=point.backup_file, who=who,
                           at=point.at))  # fmt: skip
        else:
            notes.append(_("Till {till}: entry {seq} is a restore of the backup {file} by {who} at {at}; the replaced "
                           "journal ended at entry {last}", till=till, seq=seq, file=point.backup_file, who=who,
                           at=point.at, last=point.last_seq))  # fmt: skip
    return notes


def check_backups(
    hashes: Hashes,
    folder: Path,
    database: str,
    codes: Mapping[uuid.UUID, str],
    restores: Mapping[tuple[uuid.UUID, int], RestorePoint] | None = None,
    excused: list[str] | None = None,
) -> list[str]:
    """Each backup's chains must be a prefix of today's: same hash at every seq it holds. A copy of a history that a
    restore replaced parts from today's exactly at that `restore` entry, and ends where the replaced chain ended
    or before (with the same hash there); each copy accepted so is named in `excused`."""
    problems: list[str] = []
    last: dict[uuid.UUID, int] = {}
    for (till_id, seq), _hash in hashes.items():
        last[till_id] = max(last.get(till_id, 0), seq)
    for backup in list_backups(folder, database, checked=False):
        by_till: dict[uuid.UUID, list[tuple[int, str]]] = {}
        for till_id, seq, hash_ in _backup_entries(backup.path):
            by_till.setdefault(till_id, []).append((seq, hash_))
        for till_id, entries in by_till.items():
            where = (backup.path.name, codes.get(till_id, str(till_id)))
            problem = _prefix_problem(hashes, last.get(till_id, 0), till_id, entries, restores or {}, where)
            if problem is _EXCUSED:
                if excused is not None:
                    excused.append(_("The backup {file} holds till {till}'s journal that a restore replaced",
                                     file=backup.path.name, till=where[1]))  # fmt: skip
            elif problem is not None:
                problems.append(problem)
    return problems


_EXCUSED = "excused"  # a copy of the history a restore replaced: no problem, but said


def _prefix_problem(
    hashes: Hashes,
    last: int,
    till_id: uuid.UUID,
    entries: list[tuple[int, str]],
    restores: Mapping[tuple[uuid.UUID, int], RestorePoint],
    where: tuple[str, str],
) -> str | None:
    """What is wrong with one till's chain in one backup (`where`: the backup's file name, the till), or None."""
    file, till = where
    for seq, hash_ in entries:
        if hashes.get((till_id, seq)) == hash_:
            continue
        point = restores.get((till_id, seq))
        if point is not None and _replaced_history(point, entries):
            return _EXCUSED
        if seq > last:
            return _("The backup {file} holds entry {seq} of till {till}, but the journal ends at {last}",
                     seq=seq, last=last, file=file, till=till)  # fmt: skip
        return _("Entry {seq} of till {till} differs from the backup {file}: the journal was rewritten since",
                 seq=seq, file=file, till=till)  # fmt: skip
    return None


def _replaced_history(point: RestorePoint, entries: list[tuple[int, str]]) -> bool:
    """Whether a copy's chain (which parts from today's at the restore) fits the chain the restore replaced."""
    if point.last_seq is None:  # the replaced file could not be read: nothing to hold the copy against
        return True
    held = dict(entries)
    if max(held) > point.last_seq:
        return False
    return point.last_seq not in held or held[point.last_seq] == point.last_hash


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
