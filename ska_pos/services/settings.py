"""Typed settings with defaults, per scope (`global`, `outlet:<id>`, `till:<id>`), declared once here."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Setting
from ska_pos.services import journal

T = TypeVar("T", int, str, bool)


@dataclass(frozen=True)
class SettingKey(Generic[T]):
    key: str
    default: T


DISCOUNT_LIMIT_BP = SettingKey("discount_limit_bp", 1000)
SHIFT_DIFFERENCE_LIMIT = SettingKey("shift_difference_limit", 10_000)
IDLE_LOCK_MINUTES = SettingKey("idle_lock_minutes", 5)
LANGUAGE = SettingKey("language", "id")


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


def set_setting(
    session: Session, scope: str, key: SettingKey[T], value: T, *, till_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
) -> None:  # fmt: skip
    """Save a setting; a change made by someone at a till goes in that till's journal."""
    encoded = json.dumps(value)
    row = session.get(Setting, (scope, key.key))
    if row is None:
        session.add(Setting(scope=scope, key=key.key, value=encoded))
    else:
        row.value = encoded
    journal_change(session, scope, key.key, encoded, till_id=till_id, user_id=user_id)


def journal_change(
    session: Session, scope: str, key: str, encoded: str, *, till_id: uuid.UUID | None, user_id: uuid.UUID | None
) -> None:
    """The one path of a settings change into the journal: made by someone at a till, it goes in that till's."""
    if till_id is not None:
        change = {"scope": scope, "key": key, "value": encoded, "user_id": user_id, "at": clock.now()}
        journal.append(session, till_id, "setting", change, record_id=None)


def stored_value(session: Session, scope: str, key: str) -> object:
    """The decoded value of one setting, None when it was never set: for settings that are more than one typed
    value (an outlet's profile adjustments); everything else goes through a `SettingKey`."""
    row = session.get(Setting, (scope, key))
    return None if row is None else json.loads(row.value)


def store_value(
    session: Session, scope: str, key: str, value: object, *, till_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
) -> None:  # fmt: skip
    encoded = json.dumps(value, sort_keys=True)
    journal_change(session, scope, key, encoded, till_id=till_id, user_id=user_id)
    row = session.get(Setting, (scope, key))
    if row is None:
        session.add(Setting(scope=scope, key=key, value=encoded))
    else:
        row.value = encoded
