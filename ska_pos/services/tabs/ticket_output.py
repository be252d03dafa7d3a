"""A tab's kitchen tickets (a round, or a cancellation), each on its station's printer (the till's kitchen printer
for the kitchen, and for a station with no printer of its own), written as print jobs in the round's or the void's
own transaction: a crash after the commit cannot lose them. The queue prints them once the transaction commits."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from sqlalchemy.orm import Session

from ska_pos.printing.escpos_receipt import escpos_bytes, render_kitchen_ticket_escpos
from ska_pos.services.actor import Actor
from ska_pos.services.permissions import requires
from ska_pos.services.prep_stations import load_routing
from ska_pos.services.print_jobs import add_ready_job
from ska_pos.services.printer_settings import DEVICE_KINDS, load_printers
from ska_pos.services.tabs.tickets import StationTicket


@requires("receipt.queue")
def record_tab_tickets(session: Session, actor: Actor, tickets: Sequence[StationTicket]) -> list[StationTicket]:
    """Queued for their printers in this transaction; returns the tickets that have no printer to go to (the
    station is then told by hand)."""
    if not tickets:
        return []
    routing = load_routing(session, actor.outlet_id)
    kitchen = load_printers(session, actor.till_id).kitchen
    unprinted = []
    for each in tickets:
        settings = routing.printer_for(each.station, kitchen)
        if settings.kind not in DEVICE_KINDS:
            unprinted.append(each)
            continue
        payload = escpos_bytes(partial(render_kitchen_ticket_escpos, each.ticket, paper_mm=settings.paper_mm))
        add_ready_job(session, actor.till_id, settings, payload, each.ticket.language)
    return unprinted
