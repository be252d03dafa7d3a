"""Who may see and change the workers' money and personal data: managers and admins."""

from __future__ import annotations

from ska_pos.i18n import _
from ska_pos.services.actor import Actor
from ska_pos.services.errors import PermissionDenied


def is_manager(actor: Actor) -> bool:
    return actor.has_role("manager")


def require_manager(actor: Actor) -> None:
    if not is_manager(actor):
        raise PermissionDenied(_("Only a manager can do this"))
