"""Typed settings with defaults, per scope (`global`, `outlet:<id>`, `till:<id>`), declared once here."""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Setting, Till
from ska_pos.services import journal
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.permissions import require_outlet, requires

T = TypeVar("T", int, str, bool)


@dataclass(frozen=True)
class SettingKey(Generic[T]):
    key: str
    default: T


DISCOUNT_LIMIT_BP = SettingKey("discount_limit_bp", 1000)
SHIFT_DIFFERENCE_LIMIT = SettingKey("shift_difference_limit", 10_000)
IDLE_LOCK_MINUTES = SettingKey("idle_lock_minutes", 5)
LANGUAGE = SettingKey("language", "id")
DEMO_MODE = SettingKey("demo_mode", False)  # practice data in use (ska_pos.demo.builder sets it)


class _Generation:
    """A number that grows whenever this process writes a setting: a cache of settings (a till's printers, an
    outlet's profile) remembers the number it read them at and reads them again once it has grown. It grows at
    the write (so the writing transaction reads its own change) and again when that transaction ends (so a reader
    that read the old rows in between does not keep them)."""

    def __init__(self) -> None:
        self._value = 0
        self._lock = threading.Lock()

    @property
    def value(self) -> int:
        return self._value

    def grow(self, *_args: Any) -> None:
        with self._lock:
            self._value += 1


_generation = _Generation()
_WATCHED = "ska_pos_settings_written"


def settings_generation() -> int:
    return _generation.value


def settings_changed(session: Session | None = None) -> None:
    """Settings (may) have changed: caches of them are stale now and again when `session`'s transaction ends."""
    _generation.grow()
    if session is not None and not session.info.get(_WATCHED):
        session.info[_WATCHED] = True
        event.listen(session, "after_transaction_end", _generation.grow)


def scope_of(kind: str, entity_id: uuid.UUID | None = None) -> str:
    return kind if entity_id is None else f"{kind}:{entity_id}"


def get_setting(session: Session, scope: str, key: SettingKey[T]) -> T:
    row = session.get(Setting, (scope, key.key))
    return key.default if row is None else _decoded(row.value, key)


class ScopeSettings:
    """Every setting of one scope read in one query, for code that needs many of them (a till's printers)."""

    def __init__(self, session: Session, scope: str) -> None:
        rows = session.scalars(select(Setting).where(Setting.scope == scope))
        self._raw = {row.key: row.value for row in rows}

    def get(self, key: SettingKey[T]) -> T:
        raw = self._raw.get(key.key)
        return key.default if raw is None else _decoded(raw, key)


def _decoded(raw: str, key: SettingKey[T]) -> T:
    value = json.loads(raw)
    return value if isinstance(value, type(key.default)) else key.default


@requires("setting.set")
def set_setting(session: Session, actor: Actor, scope: str, key: SettingKey[T], value: T) -> None:
    require_outlet(session, actor, _outlet_of_scope(session, scope))
    store_setting(session, actor, scope, key, value)


def _outlet_of_scope(session: Session, scope: str) -> uuid.UUID | None:
    """The outlet an `outlet:` or `till:` scope belongs to; None for the sentra's (`global`, `sentra:`)."""
    kind, _sep, entity = scope.partition(":")
    try:
        entity_id = uuid.UUID(entity) if entity else None
    except ValueError:
        return None
    if kind == "outlet":
        return entity_id
    if kind == "till" and entity_id is not None:
        return session.scalar(select(Till.outlet_id).where(Till.id == entity_id))
    return None


def set_language(session: Session, language: str, till_id: uuid.UUID | None) -> None:
    """Chosen on the login page, before anyone logs in: the display language, no shop data. A change is still a
    settings change: it goes into the journal of the till it was made at (`till_id`; None before the first start
    made one), with no user."""
    encoded = json.dumps(language)
    row = session.get(Setting, ("global", LANGUAGE.key))
    if row is not None and row.value == encoded:
        return
    _store(session, "global", LANGUAGE.key, encoded)
    if till_id is not None:
        change = {"scope": "global", "key": LANGUAGE.key, "value": encoded, "user_id": None, "at": clock.now()}
        journal.append(session, till_id, "setting", change, record_id=None)


def store_setting(session: Session, actor: Actor, scope: str, key: SettingKey[T], value: T) -> None:
    """For the services that checked their own permission (printer settings); callers use `set_setting`."""
    encoded = json.dumps(value)
    _store(session, scope, key.key, encoded)
    journal_change(session, actor, scope, key.key, encoded)


def _store(session: Session, scope: str, key: str, encoded: str) -> None:
    settings_changed(session)
    row = session.get(Setting, (scope, key))
    if row is None:
        session.add(Setting(scope=scope, key=key, value=encoded))
    else:
        row.value = encoded


def journal_change(session: Session, actor: Actor, scope: str, key: str, encoded: str) -> None:
    """The one path of a settings change into the journal: made by someone at a till, it goes in that till's (a
    command's or the seeding actor's is at no till: the audit log has the command)."""
    if actor.system or actor.till_id == NO_PLACE:
        return
    change = {"scope": scope, "key": key, "value": encoded, "user_id": actor.user_id, "at": clock.now()}
    journal.append(session, actor.till_id, "setting", change, record_id=None)


def stored_value(session: Session, scope: str, key: str) -> object:
    """The decoded value of one setting, None when it was never set: for settings that are more than one typed
    value (an outlet's profile adjustments); everything else goes through a `SettingKey`."""
    row = session.get(Setting, (scope, key))
    return None if row is None else json.loads(row.value)


def store_value(session: Session, actor: Actor, scope: str, key: str, value: object) -> None:
    """Like `store_setting`, for a value that is more than one typed setting; the caller checked the permission."""
    encoded = json.dumps(value, sort_keys=True)
    _store(session, scope, key, encoded)
    journal_change(session, actor, scope, key, encoded)
