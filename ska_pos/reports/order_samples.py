"""A fixed laundry order's ticket and bag tags, and a galeri jahit's ticket with its measurements, own cloth and
fitting (docs/samples/make_order_samples.py): a weighed line charged at its
minimum, pieces beside it, a note, a down payment and the promised time, as `services/orders/ticket.py` makes them."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from ska_pos.domain.orders.measures import garment_name, measure_name
from ska_pos.reports.bag_tags import BagTags
from ska_pos.reports.order_ticket import OrderTicket, OrderTicketLine, TicketMeasurement

OUTLET = "Laundry Bersih Sentosa"
TAKEN_AT = datetime(2026, 12, 7, 19, 40, tzinfo=ZoneInfo("Asia/Jakarta"))


def sample_order_ticket(language: str = "id") -> OrderTicket:
    lines = (
        OrderTicketLine("Cuci Kering Setrika", Decimal("2.5"), Decimal(3), "kg", 21_000, "Jangan pakai pewangi"),
        OrderTicketLine("Selimut", Decimal(1), Decimal(1), "pcs", 25_000),
    )
    promised = (TAKEN_AT + timedelta(days=2)).replace(hour=8, minute=0)  # past closing: the next opening
    return OrderTicket(OUTLET, "LDR-261207-014", "Ibu Anisa Rahma", TAKEN_AT, promised, lines, 20_000, language)


def sample_bag_tags(language: str = "id") -> BagTags:
    return BagTags(OUTLET, "LDR-261207-014", "Ibu Anisa Rahma", 2, language)


def sample_tailoring_ticket(language: str = "id") -> OrderTicket:
    lines = (OrderTicketLine("Jahit Kebaya", Decimal(1), Decimal(1), "jasa", 350_000, "Kerah shanghai"),)
    values = (("chest", "88.5"), ("waist", "70"), ("hips", "96"), ("shoulder", "38"), ("sleeve", "56"))
    taking = TicketMeasurement(garment_name("kebaya", language),
                               tuple((measure_name(code, language), Decimal(cm)) for code, cm in values))  # fmt: skip
    fitting = (TAKEN_AT + timedelta(days=7)).replace(hour=10, minute=0)
    promised = (TAKEN_AT + timedelta(days=14)).replace(hour=15, minute=0)
    return OrderTicket("Galeri Jahit Karya Mandiri", "JHT-261207-003", "Ibu Ratna Sari", TAKEN_AT, promised, lines,
                       210_000, language, (taking,), True, "Batik tulis 2 m", (fitting,))  # fmt: skip
