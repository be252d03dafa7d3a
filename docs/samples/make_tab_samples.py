"""Regenerate the kitchen tickets of an open tab (docs/tabs.md) from the fixed data in ska_pos.reports.tab_samples.

.venv/bin/python docs/samples/make_tab_samples.py
"""

from __future__ import annotations

from make_samples import write_samples

from ska_pos.reports.receipt_pdf import render_kitchen_ticket_pdf
from ska_pos.reports.tab_samples import (
    sample_bar_cancellation_ticket,
    sample_cancellation_ticket,
    sample_round_ticket,
    sample_station_ticket,
)

SAMPLES = {
    "kitchen-ticket-tab-round-1-80mm": lambda: render_kitchen_ticket_pdf(sample_round_ticket(1), 80),
    "kitchen-ticket-tab-round-2-80mm": lambda: render_kitchen_ticket_pdf(sample_round_ticket(2), 80),
    "kitchen-ticket-tab-cancelled-80mm": lambda: render_kitchen_ticket_pdf(sample_cancellation_ticket(), 80),
    "kitchen-ticket-tab-round-2-80mm-en": lambda: render_kitchen_ticket_pdf(sample_round_ticket(2, "en"), 80),
    # routed by category: the round's drinks to the bar, its food to the kitchen; a void to the station that got it
    "kitchen-ticket-tab-round-1-bar-80mm": lambda: render_kitchen_ticket_pdf(sample_station_ticket(1, "Bar"), 80),
    "kitchen-ticket-tab-round-1-dapur-80mm": lambda: render_kitchen_ticket_pdf(sample_station_ticket(1, "Dapur"), 80),
    "kitchen-ticket-tab-cancelled-bar-80mm": lambda: render_kitchen_ticket_pdf(sample_bar_cancellation_ticket(), 80),
}

if __name__ == "__main__":
    write_samples(SAMPLES)
