"""Regenerate the order ticket and the bag tags of a laundry order, and a tailoring order's ticket (docs/orders.md),
from the fixed data in ska_pos.reports.order_samples.

.venv/bin/python docs/samples/make_order_samples.py
"""

from __future__ import annotations

from make_samples import write_samples

from ska_pos.reports.bag_tags_pdf import render_bag_tags_pdf
from ska_pos.reports.order_samples import sample_bag_tags, sample_order_ticket, sample_tailoring_ticket
from ska_pos.reports.order_ticket_pdf import render_order_ticket_pdf

SAMPLES = {
    "order-ticket-80mm": lambda: render_order_ticket_pdf(sample_order_ticket(), 80),
    "order-ticket-58mm": lambda: render_order_ticket_pdf(sample_order_ticket(), 58),
    "order-ticket-80mm-en": lambda: render_order_ticket_pdf(sample_order_ticket("en"), 80),
    "bag-tags-58mm": lambda: render_bag_tags_pdf(sample_bag_tags(), 58),
    "order-ticket-tailoring-80mm": lambda: render_order_ticket_pdf(sample_tailoring_ticket(), 80),
}

if __name__ == "__main__":
    write_samples(SAMPLES)
