"""What an administrator chooses for this computer at the till: which till it is, and where and how long it keeps
backups of its database. The choices live in the machine's `till.json` (services/this_till.py), not the database,
but each change goes into the journal of the till the administrator is logged in at, like any settings change:
the till's records going to another till's chain, or its backups to another disk, is no one's quiet secret."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from ska_pos.services.actor import Actor
from ska_pos.services.permissions import requires
from ska_pos.services.settings import journal_change, scope_of
from ska_pos.services.this_till import check_till_change, load_local_config, save_local_config


@dataclass(frozen=True)
class MachineChoice:
    till_id: uuid.UUID
    backup_folder: Path | None  # None: `backups/` beside the database file
    backup_days: int


@requires("machine.settings")
def change_machine_settings(session: Session, actor: Actor, chosen: MachineChoice, folder: Path | None = None) -> bool:
    """Journals each choice that differs from the machine's, then saves them (`folder`: where `till.json` is); the
    last step of the caller's transaction, so a file that cannot be saved leaves no entry. True: another till."""
    check_till_change(session, actor.till_id, chosen.till_id)
    config = load_local_config(folder)
    scope = scope_of("machine", config.machine_id)
    now_values = {"till_id": actor.till_id, "backup_folder": config.backup_folder, "backup_days": config.keep_days}
    new_values = {"till_id": chosen.till_id, "backup_folder": chosen.backup_folder, "backup_days": chosen.backup_days}
    for key, value in new_values.items():
        if value != now_values[key]:
            journal_change(session, actor, scope, key, json.dumps(None if value is None else _plain(value)))
    updated = replace(config.with_till(chosen.till_id), backup_folder=chosen.backup_folder,
                      backup_days=chosen.backup_days)  # fmt: skip
    if updated != config:
        save_local_config(updated, folder)
    return chosen.till_id != actor.till_id


def _plain(value: object) -> object:
    return value if isinstance(value, int) else str(value)
