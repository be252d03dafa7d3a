"""A reporting period: business days from one date to another, both included."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Outlet
from ska_pos.i18n import _
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.sale_context import business_date


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(_("The period ends before it starts"))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def each_day(self) -> Iterator[date]:
        for offset in range(self.days):
            yield self.start + timedelta(days=offset)

    @classmethod
    def month_of(cls, day: date) -> Period:
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return cls(first, following - timedelta(days=1))


def today_at(session: Session, actor: Actor) -> date:
    """Today in the manager's outlet's own calendar."""
    outlet = session.get(Outlet, actor.outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    return business_date(outlet, clock.now())
