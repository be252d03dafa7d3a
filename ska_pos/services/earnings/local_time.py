"""The time zone a worker's papers are printed in: that of the outlets they work at, like every other paper."""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.clock import DEFAULT_ZONE
from ska_pos.db.models import Outlet, worker_outlet


def worker_zone(session: Session, worker_id: uuid.UUID) -> ZoneInfo:
    """The zone of the worker's first outlet by code; the sentra's first outlet when they have none."""
    zone = session.scalar(
        select(Outlet.timezone)
        .join(worker_outlet, worker_outlet.c.outlet_id == Outlet.id)
        .where(worker_outlet.c.worker_id == worker_id)
        .order_by(Outlet.code)
        .limit(1)
    )
    return ZoneInfo(zone) if zone else sentra_zone(session)


def sentra_zone(session: Session) -> ZoneInfo:
    """The zone of the sentra's first outlet by code (a sentra's outlets share a town)."""
    zone = session.scalar(select(Outlet.timezone).order_by(Outlet.code).limit(1))
    return ZoneInfo(zone or DEFAULT_ZONE)
