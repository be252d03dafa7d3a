"""Which till this machine is, and who may log in at it.

Several tills share one database, so the choice of till belongs to the machine, not to the database: it is kept in
a small JSON file in the data folder (`till.json`), together with the machine's large-text preference and the
random id that tells this computer from another one configured as the same till (services/till_claims.py).
"""

from __future__ import annotations

import json
import socket
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Outlet, Till, User
from ska_pos.i18n import _
from ska_pos.paths import data_dir
from ska_pos.services.actor import ROLE_RANK, Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.sale_context import open_shift_id
from ska_pos.services.till_claims import Machine

CONFIG_FILE = "till.json"
BACKUP_DAYS = 30  # how long backups of the till's SQLite file are kept
DEMO_TILL = ("KFE", "T1")  # the till the demo enrols the computer it is made on as


@dataclass(frozen=True)
class LocalConfig:
    till_id: uuid.UUID | None = None
    large_text: bool = False
    machine_id: uuid.UUID | None = None
    backup_folder: Path | None = None  # None: `backups/` beside the database file
    backup_days: int = BACKUP_DAYS

    @property
    def keep_days(self) -> int:
        return max(self.backup_days, 1)

    def with_till(self, till_id: uuid.UUID) -> LocalConfig:
        return replace(self, till_id=till_id)

    def with_large_text(self, large_text: bool) -> LocalConfig:
        return replace(self, large_text=large_text)


def config_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / CONFIG_FILE


def load_local_config(folder: Path | None = None) -> LocalConfig:
    """The machine's choices; a missing or damaged file means none were made yet."""
    try:
        raw = json.loads(config_path(folder).read_text(encoding="utf-8"))
        till_id = uuid.UUID(raw["till_id"]) if raw.get("till_id") else None
        machine_id = uuid.UUID(raw["machine_id"]) if raw.get("machine_id") else None
        folder = raw.get("backup_folder")
        days = raw.get("backup_days", BACKUP_DAYS)
        return LocalConfig(
            till_id=till_id,
            large_text=bool(raw.get("large_text", False)),
            machine_id=machine_id,
            backup_folder=Path(folder).expanduser() if folder else None,
            backup_days=days if isinstance(days, int) and not isinstance(days, bool) else BACKUP_DAYS,
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return LocalConfig()


def save_local_config(config: LocalConfig, folder: Path | None = None) -> None:
    path = config_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "till_id": str(config.till_id) if config.till_id else None,
        "large_text": config.large_text,
        "machine_id": str(config.machine_id) if config.machine_id else None,
        "backup_folder": str(config.backup_folder) if config.backup_folder else None,
        "backup_days": config.backup_days,
    }
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=2), encoding="utf-8")
    temporary.replace(path)


def this_machine(folder: Path | None = None) -> Machine:
    """This computer's identity, made once and kept in its settings file."""
    config = load_local_config(folder)
    if config.machine_id is None:
        config = replace(config, machine_id=uuid.uuid4())
        save_local_config(config, folder)
    assert config.machine_id is not None
    return Machine(config.machine_id, socket.gethostname()[:255])


@dataclass(frozen=True)
class TillPlace:
    till_id: uuid.UUID
    till_code: str
    till_name: str
    outlet_id: uuid.UUID
    outlet_code: str
    outlet_name: str
    outlet_kind: str
    outlet_timezone: str = clock.DEFAULT_ZONE

    @property
    def label(self) -> str:
        return f"{self.outlet_code}/{self.till_code} · {self.outlet_name}"


def till_places(session: Session) -> list[TillPlace]:
    """Every active till of every active outlet, by outlet code then till code."""
    rows = session.execute(
        select(Till, Outlet)
        .join(Outlet, Outlet.id == Till.outlet_id)
        .where(Till.active, Outlet.active)
        .order_by(Outlet.code, Till.code)
    ).all()
    return [
        TillPlace(till.id, till.code, till.name, outlet.id, outlet.code, outlet.name, outlet.kind, outlet.timezone)
        for till, outlet in rows
    ]


def resolve_till(session: Session, chosen: uuid.UUID | None) -> TillPlace | None:
    """The chosen till while it is still active, else None: a computer is never quietly made some other till (an
    administrator enrols it: services/till_enrolment.py)."""
    return next((place for place in till_places(session) if place.till_id == chosen), None)


def check_till_change(session: Session, current: uuid.UUID | None, chosen: uuid.UUID) -> None:
    """Refuses to make this machine another till while its own till has a shift open: that shift could then no
    longer be closed here, and its cash would be counted nowhere."""
    if current is None or chosen == current:
        return
    if open_shift_id(session, current) is not None:
        raise ValidationError(
            _("This till still has an open shift. Close the shift first, then choose another till for this machine.")
        )


@dataclass(frozen=True)
class LoginName:
    user_id: uuid.UUID
    username: str
    full_name: str
    role: str
    # Set once this user's PIN was checked at this till: what the services accept as proof.
    actor: Actor | None = None


def login_names(session: Session, outlet_id: uuid.UUID) -> list[LoginName]:
    """The active users who may log in at an outlet: its own staff and the sentra-wide ones, cashiers first."""
    users = session.scalars(
        select(User).where(User.active, (User.outlet_id == outlet_id) | User.outlet_id.is_(None))
    ).all()
    return _ordered(users)


def users_named(session: Session, usernames: Collection[str]) -> list[LoginName]:
    """The users of these user names, in the order of their roles then names (the demo's PIN list)."""
    return _ordered(session.scalars(select(User).where(User.username.in_(list(usernames)))).all())


def _ordered(users: Sequence[User]) -> list[LoginName]:
    ordered = sorted(users, key=lambda user: (ROLE_RANK.get(user.role, 9), user.full_name.lower()))
    return [LoginName(user.id, user.username, user.full_name, user.role) for user in ordered]


def match_login_name(names: list[LoginName], typed: str) -> LoginName | None:
    """What a person typed as their name: the user name, the full name, or the start of one, if only one fits."""
    text = " ".join(typed.split()).lower()
    if not text:
        return None
    for name in names:
        if text in (name.username, name.full_name.lower()):
            return name
    starts = [name for name in names if name.username.startswith(text) or name.full_name.lower().startswith(text)]
    return starts[0] if len(starts) == 1 else None
