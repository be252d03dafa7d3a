"""The shift report as blocks: the same layout prints on thermal paper, on A4 and (later) through ESC/POS."""

from __future__ import annotations

from functools import partial

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.blocks import Block, Gap, Pair, Rule, Text
from ska_pos.reports.labels import payment_method_label
from ska_pos.reports.shift_report_model import ShiftReport


def _kind_label(kind: str, language: str) -> str:
    labels = {
        "sale": gettext("Sales", language),
        "void": gettext("Voids", language),
        "refund": gettext("Refunds", language),
    }
    return labels.get(kind, kind)


def shift_report_title(report: ShiftReport) -> str:
    day = fmt.short_date(report.opened_at.date(), report.language)
    return f"{gettext('Shift report', report.language)} {report.outlet_code}/{report.till_code} {day}"


def shift_report_blocks(report: ShiftReport) -> list[Block]:
    return [
        *_heading(report),
        *_cash(report),
        *_count(report),
        *_movements(report),
        *_takings(report),
        *_signatures(report),
    ]


def _heading(report: ShiftReport) -> list[Block]:
    lang = report.language
    opened = gettext("Opened {moment} by {name}", lang).format(
        moment=fmt.date_time(report.opened_at, lang), name=report.opened_by
    )
    if report.closed_at is None:
        closed = gettext("Shift still open: interim report", lang)
    else:
        closed = gettext("Closed {moment} by {name}", lang).format(
            moment=fmt.date_time(report.closed_at, lang), name=report.closed_by
        )
    made = gettext("Generated {moment}", lang).format(moment=fmt.date_time(report.generated_at, lang))
    return [
        Text(gettext("Shift report", lang).upper(), "title", "center"),
        Text(report.outlet_name, "bold", "center"),
        Text(gettext("Till {code}", lang).format(code=report.till_code), "normal", "center"),
        Gap(),
        Text(opened, "small"),
        Text(closed, "bold" if report.closed_at is None else "small"),
        *_closing(report),
        Text(made, "small"),
        Rule(heavy=True),
    ]


def _closing(report: ShiftReport) -> list[Block]:
    if not report.closing_no:
        return []
    line = gettext("Closing no. {number} · journal {hash}", report.language)
    return [Text(line.format(number=report.closing_no, hash=report.closing_hash[:16]), "small")]


def _cash(report: ShiftReport) -> list[Block]:
    lang = report.language
    money = partial(fmt.rupiah, language=lang)
    blocks: list[Block] = [
        Text(gettext("Cash in the drawer", lang).upper(), "bold"),
        Pair(gettext("Opening float", lang), money(report.opening_float)),
        Pair(gettext("Cash sales", lang), money(report.cash_sales)),
        Pair(gettext("Cash in", lang), money(report.cash_in)),
        Pair(gettext("Cash out", lang), fmt.minus_rupiah(report.cash_out, lang) if report.cash_out else money(0)),
        *([Pair(gettext("Cash for orders", lang), money(report.order_cash))] if report.order_cash else []),
        Rule(),
        Pair(gettext("Expected cash", lang), money(report.expected), "bold"),
    ]
    if report.counted is not None and report.difference is not None:
        blocks += [
            Pair(gettext("Counted cash", lang), money(report.counted), "bold"),
            Pair(gettext("Difference", lang), _signed(report.difference, lang), "total"),
        ]
        if report.approved_by:
            blocks.append(Text(gettext("Approved by {name}", lang).format(name=report.approved_by), "small"))
    if report.note:
        blocks.append(Text(gettext("Note: {note}", lang).format(note=report.note), "small"))
    return [*blocks, Rule(heavy=True)]


def _signed(amount: int, language: str) -> str:
    return f"+{fmt.rupiah(amount, language)}" if amount > 0 else fmt.rupiah(amount, language)


def _count(report: ShiftReport) -> list[Block]:
    if not report.denominations:
        return []
    lang = report.language
    blocks: list[Block] = [Text(gettext("Counted notes and coins", lang).upper(), "bold")]
    for item in report.denominations:
        label = f"{fmt.rupiah(item.value, lang)} × {item.count}"
        blocks.append(Pair(label, fmt.rupiah(item.amount, lang), indent=True))
    return [*blocks, Rule(heavy=True)]


def _movements(report: ShiftReport) -> list[Block]:
    if not report.movements:
        return []
    lang = report.language
    blocks: list[Block] = [Text(gettext("Cash movements", lang).upper(), "bold")]
    for move in report.movements:
        what = gettext("Cash in", lang) if move.direction == "in" else gettext("Cash out", lang)
        amount = fmt.rupiah(move.amount, lang) if move.direction == "in" else fmt.minus_rupiah(move.amount, lang)
        blocks.append(Pair(f"{fmt.time_of_day(move.at, lang)} {what}: {move.reason}", amount))
        who = move.user_name
        if move.approved_by:
            who += " · " + gettext("Approved by {name}", lang).format(name=move.approved_by)
        blocks.append(Text(who, "small", indent=True))
    return [*blocks, Rule(heavy=True)]


def _takings(report: ShiftReport) -> list[Block]:
    lang = report.language
    blocks: list[Block] = [Text(gettext("Sales", lang).upper(), "bold")]
    for kind in report.kinds:
        label = f"{_kind_label(kind.kind, lang)} ({kind.count})"
        blocks.append(Pair(label, fmt.rupiah(kind.amount, lang)))
    blocks += [Rule(), Text(gettext("Payments by method", lang), "bold")]
    if not report.payments:
        blocks.append(Text("–"))
    for payment in report.payments:
        label = f"{payment_method_label(payment.method, lang)} ({payment.count})"
        blocks.append(Pair(label, fmt.rupiah(payment.amount, lang), indent=True))
    return [*blocks, Rule(heavy=True)]


def _signatures(report: ShiftReport) -> list[Block]:
    lang = report.language
    blocks: list[Block] = []
    people = ((gettext("Cashier", lang), report.closed_by or report.opened_by), (gettext("Supervisor", lang), ""))
    for role, name in people:
        blocks += [Gap(), Text(role, "bold"), Gap(), Gap(), Gap(), Rule(heavy=True)]
        blocks.append(Text(gettext("Name: {name}", lang).format(name=name)))
    return blocks
