"""Fixed kitchen tickets of an open tab (docs/samples/make_tab_samples.py): round 1, round 2 (only what it added)
and a cancellation of an item already sent, as `services/tabs/tickets.py` makes them."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from ska_pos.reports.receipt_model import KitchenItem, KitchenTicket
from ska_pos.reports.samples import SOLD_AT

OUTLET = "Kafe Sentra Budi Luhur"


def sample_round_ticket(round_no: int, language: str = "id") -> KitchenTicket:
    items = {
        1: (
            KitchenItem("Es Teh Manis", Decimal(2), ("Gula: Sedikit", "Ukuran: Besar")),
            KitchenItem("Nasi Goreng Kampung", Decimal(2), ("Level pedas: Sedang",), "Tanpa acar"),
        ),
        2: (
            KitchenItem("Pisang Goreng Keju", Decimal(1)),
            KitchenItem("Kopi Susu Gula Aren", Decimal(1), ("Suhu: Panas",)),
        ),
    }[round_no]
    return KitchenTicket(OUTLET, "", SOLD_AT + timedelta(minutes=25 * (round_no - 1)), "7", "dine_in", items,
                         language=language, round_no=round_no)  # fmt: skip


def sample_cancellation_ticket(language: str = "id") -> KitchenTicket:
    item = KitchenItem("Pisang Goreng Keju", Decimal(1))
    return KitchenTicket(OUTLET, "", SOLD_AT + timedelta(minutes=31), "7", "dine_in", (item,), language=language,
                         round_no=2, cancelled=True)  # fmt: skip


def sample_station_ticket(round_no: int, station: str, language: str = "id") -> KitchenTicket:
    """Round `round_no` at a café whose drinks go to the bar (services/prep_stations): only `station`'s lines."""
    drinks = ("Es Teh Manis", "Kopi Susu Gula Aren")
    whole = sample_round_ticket(round_no, language)
    at_bar = station == "Bar"
    items = tuple(item for item in whole.items if (item.name in drinks) == at_bar)
    return replace(whole, items=items, station=station)


def sample_bar_cancellation_ticket(language: str = "id") -> KitchenTicket:
    item = KitchenItem("Kopi Susu Gula Aren", Decimal(1), ("Suhu: Panas",))
    return replace(sample_cancellation_ticket(language), items=(item,), station="Bar")
