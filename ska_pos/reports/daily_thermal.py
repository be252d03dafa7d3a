"""The daily summary condensed for 58 or 80 mm thermal paper, as blocks."""

from __future__ import annotations

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.blocks import Block, Gap, Pair, Rule, Style, Text
from ska_pos.reports.daily_model import DailySummary
from ska_pos.reports.daily_sections import Table, daily_tables


def daily_blocks(summary: DailySummary) -> list[Block]:
    blocks = _heading(summary)
    for table in daily_tables(summary):
        blocks.extend(_table(table))
    return [*blocks, *_signatures(summary)]


def _heading(summary: DailySummary) -> list[Block]:
    lang = summary.language
    made = gettext("Generated {moment}", lang).format(moment=fmt.date_time(summary.generated_at, lang))
    return [
        Text(gettext("Daily summary", lang).upper(), "title", "center"),
        Text(summary.scope_name, "bold", "center"),
        Text(fmt.long_date(summary.business_date, lang), "normal", "center"),
        Text(gettext("Outlets: {codes}", lang).format(codes=", ".join(summary.outlet_codes)), "small", "center"),
        Text(made, "small", "center"),
        Rule(heavy=True),
    ]


def _table(table: Table) -> list[Block]:
    blocks: list[Block] = [Text(table.title.upper(), "bold")]
    if not table.rows and table.total is None:
        blocks.append(Text("–"))
    for row in table.rows:
        blocks.extend(_row(table, row, bold=False))
    if table.total is not None:
        blocks.append(Rule())
        blocks.extend(_row(table, table.total, bold=True))
    return [*blocks, Rule(heavy=True)]


def _row(table: Table, row: tuple[str, ...], bold: bool) -> list[Block]:
    """A table row on narrow paper: counts join the label, one amount sits on its line, more amounts get their own
    labelled lines."""
    cells = list(zip(table.columns, row, strict=True))
    label = " ".join(cell for column, cell in cells if column.kind == "text" and cell)
    counts = [cell for column, cell in cells if column.kind == "count" and cell]
    if counts:
        label = f"{label} ({' · '.join(counts)})"
    amounts = [(column.header, cell) for column, cell in cells if column.kind == "money"]
    style: Style = "bold" if bold else "normal"
    if len(amounts) == 1:
        return [Pair(label, amounts[0][1], style)]
    return [Text(label, "bold"), *[Pair(header, value, "small", indent=True) for header, value in amounts]]


def _signatures(summary: DailySummary) -> list[Block]:
    lang = summary.language
    date_text = gettext("Date: {date}", lang).format(date=fmt.short_date(summary.generated_at.date(), lang))
    blocks: list[Block] = []
    for role, name in (
        (gettext("Cashier", lang), summary.cashier_name),
        (gettext("Manager", lang), summary.manager_name),
    ):
        blocks += [Gap(), Text(role, "bold"), Gap(), Gap(), Gap(), Gap(), Rule(heavy=True)]
        blocks += [Text(gettext("Name: {name}", lang).format(name=name)), Text(date_text, "small")]
    return blocks
