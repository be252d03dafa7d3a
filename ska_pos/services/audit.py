"""The audit log: who did which sensitive thing, approved by whom."""

from __future__ import annotations

import json
import uuid

from sqlalchemy.orm import Session

from ska_pos.db.models import AuditEntry


def record(
    session: Session,
    action: str,
    *,
    user_id: uuid.UUID | None,
    entity: str = "",
    entity_id: object = "",
    approved_by_id: uuid.UUID | None = None,
    till_id: uuid.UUID | None = None,
    **details: object,
) -> None:
    session.add(
        AuditEntry(
            action=action,
            user_id=user_id,
            approved_by_id=approved_by_id,
            till_id=till_id,
            entity=entity,
            entity_id=str(entity_id),
            details=json.dumps(details, default=str, ensure_ascii=False, sort_keys=True),
        )
    )
