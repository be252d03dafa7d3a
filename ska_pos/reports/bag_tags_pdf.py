"""Bag tags as a PDF on thermal-paper width, one tag a page (for a till without a thermal printer)."""

from __future__ import annotations

from ska_pos.reports.bag_tags import BagTags, every_bag
from ska_pos.reports.thermal_pdf import render_pages_pdf


def render_bag_tags_pdf(tags: BagTags, paper_mm: int = 58) -> bytes:
    return render_pages_pdf(every_bag(tags), paper_mm, title=tags.order_no)
