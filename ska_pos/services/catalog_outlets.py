"""Which outlets' catalogues a manager may open in the window: an item belongs to one outlet (`Item.outlet_id`), so
the catalogue screens show one outlet at a time. An administrator, or a manager of the whole sentra (no home
outlet), chooses among every active outlet; a manager of one outlet sees that outlet's only, as with users."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet, User
from ska_pos.services.actor import Actor
from ska_pos.services.workers import OutletChoice


def catalog_outlets(session: Session, actor: Actor) -> list[OutletChoice]:
    """By code; never empty for a logged-in manager (the outlet they logged in at is there at least)."""
    query = select(Outlet.id, Outlet.code, Outlet.name).where(Outlet.active).order_by(Outlet.code)
    home = None
    if not actor.system and actor.role != "admin":
        user = session.get(User, actor.user_id)
        home = user.outlet_id if user is not None else None
    if home is not None:
        query = query.where(Outlet.id == home)
    return [OutletChoice(*row) for row in session.execute(query)]
