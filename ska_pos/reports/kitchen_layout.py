"""What a kitchen ticket says: where the order goes and what to make, large enough to read at arm's length."""

from __future__ import annotations

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.blocks import Block, Gap, Pair, Rule, Text
from ska_pos.reports.labels import order_type_label
from ska_pos.reports.receipt_model import KitchenItem, KitchenTicket


def kitchen_blocks(ticket: KitchenTicket) -> list[Block]:
    lang = ticket.language
    station = ticket.station.upper() or gettext("KITCHEN", lang)
    banner = gettext("CANCELLED", lang) if ticket.cancelled else station
    blocks: list[Block] = [Text(banner, "banner", "center"), Gap()]
    if ticket.cancelled and ticket.station:
        blocks.append(Text(station, "title", "center"))
    if ticket.table_no:
        blocks.append(Text(gettext("Table {table}", lang).format(table=ticket.table_no), "title", "center"))
    if ticket.order_type:
        blocks.append(Text(order_type_label(ticket.order_type, lang).upper(), "title", "center"))
    blocks += [
        Text(ticket.outlet_name, "small", "center"),
        Rule(),
        *([Pair(gettext("Receipt no.", lang), ticket.receipt_no)] if ticket.receipt_no else []),
        *([Pair(gettext("Round", lang), str(ticket.round_no))] if ticket.round_no else []),
        Pair(gettext("Time", lang), fmt.date_time(ticket.sold_at, lang)),
        Rule(heavy=True),
    ]
    for item in ticket.items:
        blocks.extend(_item(item, lang))
    if ticket.note:
        blocks += [Rule(), Text(gettext("Note: {note}", lang).format(note=ticket.note), "bold")]
    return [*blocks, Rule(heavy=True)]


def _item(item: KitchenItem, language: str) -> list[Block]:
    blocks: list[Block] = [Text(f"{fmt.quantity(item.quantity, language)} x {item.name}", "total")]
    blocks.extend(Text(f"- {modifier}", "bold", indent=True) for modifier in item.modifiers)
    if item.note:
        note = gettext("Note: {note}", language).format(note=item.note)
        blocks.append(Text(note, "bold", indent=True))
    return [*blocks, Gap()]
