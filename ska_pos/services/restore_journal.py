"""Who may restore a backup, and the journal entry a restore leaves in the database it restored.

A restore replaces every record of the till at once, so it needs the name and PIN of someone the permission table
allows (`backup.restore`). The PIN is checked in the database being replaced, the till as it is today; only when
that file is missing or cannot be read (a damaged disk, the reason one restores) is it checked among the users of
the backup itself. The till's own start-up offer of its newest backup, for a damaged file, asks no PIN: no one's
can be read then, and its entry says so.

The entry (type `restore`) goes into each chain of the restored database, just before the file is put in place:
from which backup (file name and SHA-256 of its bytes), by whom, when, and where the replaced file's chain ended
(its entries after the backup are not in the restored database; the file is kept aside).
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.db.models import JournalEntry, User
from ska_pos.db.sqlite_file import wal_path
from ska_pos.i18n import _
from ska_pos.services import auth, journal
from ska_pos.services.actor import Actor
from ska_pos.services.errors import PermissionDenied
from ska_pos.services.permissions import requires


@dataclass(frozen=True)
class Credentials:
    username: str
    pin: str = field(repr=False)


@dataclass(frozen=True)
class Restorer:
    """Who restored: `checked_in` is where their PIN was checked ("replaced": the database the restore replaces,
    "backup": the backup's own users), or None for the till's start-up offer, where no PIN can be read."""

    user_id: uuid.UUID | None
    username: str | None
    role: str | None
    checked_in: str | None


NO_ONE = Restorer(None, None, None, None)


class RestoreNotAllowed(PermissionDenied):
    """The name and PIN given may not restore: unknown, wrong, locked out, or a role the table does not allow."""


def restorer_in(database: Database, credentials: Credentials, checked_in: str) -> Restorer:
    """The PIN checked in `database` like a command's login, then the table; raises `RestoreNotAllowed`."""
    with database.transaction() as session:  # committed even when the PIN is wrong: it counts towards the lockout
        result = auth.login_for_command(session, credentials.username, credentials.pin)
    if result.actor is None:
        raise RestoreNotAllowed(_("{reason} Nothing was restored.", reason=_sentence(result.message)))
    try:
        with database.transaction() as session:
            return authorise_restore(session, result.actor, checked_in)
    except PermissionDenied as refusal:
        raise RestoreNotAllowed(_("{reason} Nothing was restored.", reason=_sentence(str(refusal)))) from refusal


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


@requires("backup.restore")
def authorise_restore(session: Session, actor: Actor, checked_in: str) -> Restorer:
    """The restorer, once the table allows their role (in the session where their PIN was checked)."""
    username = session.scalar(select(User.username).where(User.id == actor.user_id))
    return Restorer(actor.user_id, username, actor.role, checked_in)


@dataclass(frozen=True)
class ChainEnd:
    seq: int
    hash: str


def chain_ends(path: Path) -> dict[uuid.UUID, ChainEnd] | None:
    """Where each till's chain ends in the SQLite file at `path`: {} for no journal, None when it cannot be read."""
    if not path.is_file():
        return {}
    # immutable when no WAL is beside it: a read-only connection would leave a -shm file behind
    mode = "mode=ro" if wal_path(path).exists() else "mode=ro&immutable=1"
    try:
        with closing(sqlite3.connect(f"file:{quote(str(path))}?{mode}", uri=True)) as connection:
            known = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'journal_entry'").fetchone()
            rows = connection.execute(
                "SELECT till_id, seq, hash FROM journal_entry AS j "
                "WHERE seq = (SELECT max(seq) FROM journal_entry WHERE till_id = j.till_id)"
            ).fetchall() if known else []  # fmt: skip
    except sqlite3.Error:
        return None
    return {_uuid(till): ChainEnd(int(seq), str(hash_)) for till, seq, hash_ in rows}


def _uuid(stored: Any) -> uuid.UUID:
    return stored if isinstance(stored, uuid.UUID) else uuid.UUID(hex=str(stored))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class RestoreFacts:
    backup: Path
    backup_sha256: str
    backup_schema: str
    kept: Path | None
    replaced: Mapping[uuid.UUID, ChainEnd] | None  # None: the replaced file's journal could not be read
    despite_journal_problems: bool
    restorer: Restorer
    at: datetime


def journal_restore(session: Session, facts: RestoreFacts, fallback_tills: Iterable[uuid.UUID] = ()) -> int:
    """One `restore` entry in each chain of the restored database or of the one it replaces (or, with no chain in
    either, in each of `fallback_tills`), in the caller's transaction; the number of entries written."""
    tills = set(session.scalars(select(JournalEntry.till_id).distinct())) | set(facts.replaced or {})
    chosen = sorted(tills) if tills else sorted(set(fallback_tills))
    for till_id in chosen:
        end = facts.replaced.get(till_id) if facts.replaced is not None else None
        last_seq = None if facts.replaced is None else end.seq if end else 0
        payload = {
            "till_id": till_id,
            "backup_file": facts.backup.name,
            "backup_sha256": facts.backup_sha256,
            "backup_schema": facts.backup_schema,
            "kept_file": facts.kept.name if facts.kept else None,
            "replaced_last_seq": last_seq,
            "replaced_last_hash": end.hash if end else None,
            "despite_journal_problems": facts.despite_journal_problems,
            "user_id": facts.restorer.user_id,
            "username": facts.restorer.username,
            "role": facts.restorer.role,
            "pin_checked_in": facts.restorer.checked_in,
            "at": facts.at,
        }
        journal.append(session, till_id, "restore", payload, record_id=None)
    return len(chosen)
