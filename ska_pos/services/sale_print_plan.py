"""What a till prints for each sale (its printers, and whether its outlet sends tickets to a kitchen), kept for
the shift instead of being read from the settings inside every sale's transaction.

Kept per till, for one outlet and one shift, and read again when any of them differs, when someone logs in at
the till, or when this process has written a setting since (`settings.settings_generation`): a supervisor's
printer change at the till counts from the next sale. A change written by another computer (a manager's outlet
profile on the sentra's server) reaches the till at its next login, as the profile's editor says."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ska_pos.services.outlet_profiles import profile_of
from ska_pos.services.prep_stations import Routing, load_routing
from ska_pos.services.printer_settings import TillPrinters, load_printers
from ska_pos.services.settings import settings_generation


@dataclass(frozen=True)
class SalePrintPlan:
    printers: TillPrinters
    kitchen_tickets: bool  # the outlet's profile sends a sale's kitchen ticket to a kitchen printer
    routing: Routing = field(default_factory=Routing)  # the station (kitchen, bar) of each category


@dataclass(frozen=True)
class _Kept:
    outlet_id: uuid.UUID
    shift_id: uuid.UUID
    generation: int
    plan: SalePrintPlan


_kept: dict[uuid.UUID, _Kept] = {}
_lock = threading.Lock()


def sale_print_plan(
    session: Session, till_id: uuid.UUID, outlet_id: uuid.UUID, shift_id: uuid.UUID | None
) -> SalePrintPlan:
    generation = settings_generation()  # before reading: a write during the read makes the result stale at once
    with _lock:
        kept = _kept.get(till_id)
    if kept is not None and (kept.outlet_id, kept.shift_id, kept.generation) == (outlet_id, shift_id, generation):
        return kept.plan
    kitchen_tickets = profile_of(session, outlet_id).kitchen_tickets
    routing = load_routing(session, outlet_id) if kitchen_tickets else Routing()
    plan = SalePrintPlan(load_printers(session, till_id), kitchen_tickets, routing)
    if shift_id is not None:  # a sale outside any shift (none is made today) is never kept
        with _lock:
            _kept[till_id] = _Kept(outlet_id, shift_id, generation, plan)
    return plan


def forget_sale_print_plan(till_id: uuid.UUID) -> None:
    """Someone logged in at the till: its next sale reads the printers and the outlet's profile again."""
    with _lock:
        _kept.pop(till_id, None)
