"""Typed settings with defaults, per scope (`global`, `outlet:<id>`, `till:<id>`), declared once here."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from ska_pos.db.models import Setting
from ska_pos.db.types import utcnow
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
    if row is None:
        return key.default
    value = json.loads(row.value)
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
    if till_id is not None:
        journal.append(session, till_id, "setting", {"scope": scope, "key": key.key, "value": encoded,
                                                     "user_id": user_id, "at": utcnow()}, record_id=None)  # fmt: skip
