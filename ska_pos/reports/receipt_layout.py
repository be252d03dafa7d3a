"""What a customer receipt says, top to bottom, as thermal blocks."""

from __future__ import annotations

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.blocks import Block, Gap, Pair, Picture, Qr, Rule, Text
from ska_pos.reports.labels import order_type_label, payment_method_label
from ska_pos.reports.receipt_model import ReceiptData, ReceiptLine, ReceiptModifier


def receipt_blocks(data: ReceiptData) -> list[Block]:
    return [
        *_banners(data),
        *_outlet(data),
        Rule(),
        *_identity(data),
        Rule(),
        *[block for line in data.lines for block in _line(line, data)],
        Rule(),
        *_totals(data),
        *_payments(data),
        *_footer(data),
    ]


def _banners(data: ReceiptData) -> list[Block]:
    lang = data.language
    banners: list[Block] = []
    if data.is_copy:
        banners.append(Text(gettext("COPY", lang), "banner", "center"))
    if data.kind == "void":
        banners.append(Text(gettext("VOID", lang), "banner", "center"))
    elif data.kind == "refund":
        banners.append(Text(gettext("REFUND", lang), "banner", "center"))
    return [*banners, Gap()] if banners else []


def _outlet(data: ReceiptData) -> list[Block]:
    blocks: list[Block] = []
    if data.logo is not None:
        blocks.append(Picture(data.logo.png, data.logo.width, data.logo.height))
    blocks.append(Text(data.outlet_name, "title", "center"))
    if data.outlet_address:
        blocks.append(Text(data.outlet_address, "small", "center"))
    if data.outlet_phone:
        blocks.append(Text(gettext("Phone {phone}", data.language).format(phone=data.outlet_phone), "small", "center"))
    blocks.extend(Text(line, "small", "center") for line in data.header_lines)
    return blocks


def _identity(data: ReceiptData) -> list[Block]:
    lang = data.language
    blocks: list[Block] = [
        Pair(gettext("Receipt no.", lang), data.receipt_no),
        Pair(gettext("Date", lang), fmt.date_time(data.sold_at, lang)),
        Pair(gettext("Cashier", lang), data.cashier_name),
        Pair(gettext("Till", lang), data.till_code),
    ]
    if data.original_receipt_no:
        blocks.append(Pair(gettext("Original receipt", lang), data.original_receipt_no))
    if data.reason:
        blocks.append(Text(gettext("Reason: {reason}", lang).format(reason=data.reason)))
    where = [order_type_label(data.order_type, lang)] if data.order_type else []
    if data.table_no:
        where.append(gettext("Table {table}", lang).format(table=data.table_no))
    if where:
        blocks.append(Text(" · ".join(where), "bold"))
    if data.customer_name:
        blocks.append(Pair(gettext("Customer", lang), data.customer_name))
    return blocks


def _line(line: ReceiptLine, data: ReceiptData) -> list[Block]:
    lang = data.language
    count = fmt.quantity(line.quantity, lang, line.unit)
    blocks: list[Block] = [
        Text(line.name, "bold"),
        *(_modifier(modifier, lang) for modifier in line.modifiers),
        Pair(f"{count} x {fmt.rupiah(line.unit_price, lang)}", fmt.rupiah(line.gross, lang), indent=True),
    ]
    if line.discount:
        blocks.append(Pair(gettext("Discount", lang), fmt.minus_rupiah(line.discount, lang), "small", indent=True))
    if line.note:
        blocks.append(Text(line.note, "small", indent=True))
    if data.show_workers and line.workers:
        names = ", ".join(line.workers)
        blocks.append(Text(gettext("By: {names}", lang).format(names=names), "small", indent=True))
    return blocks


def _modifier(modifier: ReceiptModifier, lang: str) -> Block:
    """An option under its line's name; its price (per unit, already in the line's unit price) when it has one."""
    text = f"+ {modifier.option}"
    if not modifier.price:
        return Text(text, "small", indent=True)
    return Pair(text, f"+{fmt.rupiah(modifier.price, lang)}", "small", indent=True)


def _totals(data: ReceiptData) -> list[Block]:
    lang = data.language
    blocks: list[Block] = [Pair(gettext("Subtotal", lang), fmt.rupiah(data.subtotal, lang))]
    if data.discount_total:
        blocks.append(Pair(gettext("Discount", lang), fmt.minus_rupiah(data.discount_total, lang)))
    if data.service_charge:
        rate = fmt.rate_bp(data.service_rate_bp, lang)
        if data.service_included:
            label = gettext("Service charge {rate} (included)", lang).format(rate=rate)
        else:
            label = gettext("Service charge {rate}", lang).format(rate=rate)
        blocks.append(Pair(label, fmt.rupiah(data.service_charge, lang)))
    if data.tax_amount:
        rate = fmt.rate_bp(data.tax_rate_bp, lang)
        if data.tax_included:
            label = gettext("PBJT {rate} (included)", lang).format(rate=rate)
        else:
            label = gettext("PBJT {rate}", lang).format(rate=rate)
        blocks.append(Pair(label, fmt.rupiah(data.tax_amount, lang)))
    if data.rounding:
        blocks.append(Pair(gettext("Rounding", lang), fmt.rupiah(data.rounding, lang)))
    total = Pair(gettext("TOTAL", lang), fmt.rupiah(data.total, lang), "total")
    tip = [Pair(gettext("Tip", lang), fmt.rupiah(data.tip, lang))] if data.tip else []
    return [*blocks, Rule(heavy=True), total, *tip, Rule()]


def _payments(data: ReceiptData) -> list[Block]:
    lang = data.language
    blocks: list[Block] = []
    for payment in data.payments:
        label = payment_method_label(payment.method, lang)
        blocks.append(Pair(label, fmt.rupiah(payment.amount, lang)))
        if payment.reference:
            reference = gettext("Ref: {reference}", lang).format(reference=payment.reference)
            blocks.append(Text(reference, "small", indent=True))
    if data.paid_in_cash and data.tendered:
        blocks.append(Pair(gettext("Cash received", lang), fmt.rupiah(data.tendered, lang)))
        blocks.append(Pair(gettext("CHANGE", lang), fmt.rupiah(data.change, lang), "bold"))
    return blocks


def _footer(data: ReceiptData) -> list[Block]:
    blocks: list[Block] = [Gap()]
    blocks.extend(Text(line, "normal", "center") for line in data.footer_lines)
    blocks.extend([Gap(), Qr(data.receipt_no), Text(data.receipt_no, "small", "center")])
    if data.journal_seq:
        journal = gettext("Journal {seq} · {hash}", data.language)
        blocks.append(Text(journal.format(seq=data.journal_seq, hash=data.journal_hash[:8]), "small", "center"))
    if data.is_copy:
        blocks.append(Text(gettext("COPY", data.language), "bold", "center"))
    return blocks
