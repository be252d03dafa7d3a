"""What the counter's order screens read once when they open: the outlet's workflow and its stages, its order
rules, the workers who can be credited or named for a stage, the outlet's QRIS code for payments and its cash unit."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet
from ska_pos.domain.orders.measures import Template
from ska_pos.domain.orders.opening_hours import DEFAULT_OPENING_HOURS, OpeningHours
from ska_pos.domain.orders.workflow import Stage, workflow
from ska_pos.domain.outlet_profile import default_order_workflow
from ska_pos.i18n import _
from ska_pos.services.catalog import workers_of
from ska_pos.services.errors import NotFound
from ska_pos.services.opening_hours import opening_hours
from ska_pos.services.orders.measure_templates import measure_templates
from ska_pos.services.orders.pause import OrderPause, outlet_pause
from ska_pos.services.orders.rules import OrderRules, order_rules


@dataclass(frozen=True)
class CounterFacts:
    flow_code: str  # "" when the outlet takes no orders that take days
    stages: tuple[Stage, ...]
    rules: OrderRules
    workers: tuple[tuple[uuid.UUID, str], ...]  # (id, name), active, of the outlet
    qris_payload: str
    opening_hours: OpeningHours = DEFAULT_OPENING_HOURS  # the default promised time falls inside them
    cash_rounding_unit: int = 0  # cash given back is a multiple of it (domain.orders.giving_back)
    # A galeri jahit's: the garment types and their measures (empty where the work takes no measurements), and the
    # "not taking orders until" switch as set (the board shows it while it applies).
    templates: tuple[Template, ...] = ()
    pause: OrderPause | None = None

    def stage(self, code: str) -> Stage | None:
        return next((stage for stage in self.stages if stage.code == code), None)

    def next_stage(self, code: str) -> Stage | None:
        """The stage after `code`, or None at the last one."""
        codes = [stage.code for stage in self.stages]
        if code not in codes or codes.index(code) + 1 >= len(codes):
            return None
        return self.stages[codes.index(code) + 1]


def counter_facts(session: Session, outlet_id: uuid.UUID) -> CounterFacts:
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    code = default_order_workflow(outlet.kind)
    stages = workflow(code).stages if code else ()
    workers = tuple((worker.id, worker.display_name) for worker in workers_of(session, outlet_id))
    templates = measure_templates(session, outlet_id) if code and workflow(code).measurements else ()
    return CounterFacts(code, tuple(stages), order_rules(session, outlet_id), workers, outlet.qris_payload or "",
                        opening_hours(session, outlet_id), outlet.cash_rounding_unit, templates,
                        outlet_pause(session, outlet_id))  # fmt: skip
