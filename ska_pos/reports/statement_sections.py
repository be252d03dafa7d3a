"""The worker's statement as plain-language rows of text, for the large-print A4 layout."""

from __future__ import annotations

from dataclasses import dataclass

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.earnings_model import ShareText, StatementLine, WorkerStatement
from ska_pos.reports.labels import payment_method_label


@dataclass(frozen=True)
class WorkRow:
    what: str
    detail: str  # the share rule, and "returned" for returns
    how_many: str
    sold_for: str
    share: str


@dataclass(frozen=True)
class WorkGroup:
    outlet_name: str  # empty when the worker worked in one outlet only
    rows: tuple[WorkRow, ...]


def summary_rows(statement: WorkerStatement) -> list[tuple[str, str]]:
    lang = statement.language
    closing = statement.closing_balance
    closing_label = gettext("Still owed to you", lang) if closing >= 0 else gettext("Paid to you in advance", lang)
    return [
        (gettext("Left over from before", lang), fmt.rupiah(statement.opening_balance, lang)),
        (gettext("You earned in this period", lang), fmt.rupiah(statement.earnings, lang)),
        (gettext("Paid to you in this period", lang), fmt.minus_rupiah(statement.paid, lang)),
        (closing_label, fmt.rupiah(abs(closing), lang)),
    ]


def work_groups(statement: WorkerStatement) -> list[WorkGroup]:
    outlets = list(dict.fromkeys(line.outlet_name for line in statement.lines))
    named = len(outlets) > 1
    return [
        WorkGroup(outlet if named else "", tuple(_work_row(line, statement.language) for line in statement.lines
                                                 if line.outlet_name == outlet))
        for outlet in outlets
    ]  # fmt: skip


def work_total(statement: WorkerStatement) -> tuple[str, str]:
    lang = statement.language
    return fmt.rupiah(statement.sold_for, lang), fmt.rupiah(sum(line.share for line in statement.lines), lang)


def _work_row(line: StatementLine, lang: str) -> WorkRow:
    detail = share_text(line.rule, line.unit, lang)
    if line.kind == "return":
        detail = gettext("returned by the buyer", lang) + (f" · {detail}" if detail else "")
    how_many = f"{fmt.quantity(abs(line.quantity), lang)} {unit_label(line.unit, lang)}"
    return WorkRow(line.what, detail, how_many, fmt.rupiah(line.sold_for, lang), fmt.rupiah(line.share, lang))


def share_text(rule: ShareText, unit: str, lang: str) -> str:
    if rule.kind == "percent":
        return gettext("your share {rate}", lang).format(rate=fmt.rate_bp(rule.percent_bp, lang))
    if rule.kind == "fixed":
        return gettext("your share {amount} per {unit}", lang).format(
            amount=fmt.rupiah(rule.fixed_per_unit, lang), unit=unit_label(unit, lang)
        )
    return gettext("no share rule", lang)


def unit_label(unit: str, lang: str) -> str:
    """Pieces and services by a word; kg, m, l and ml are written as they are."""
    labels = {"pcs": gettext("pcs", lang), "service": gettext("times", lang)}
    return labels.get(unit, unit)


def adjustment_rows(statement: WorkerStatement) -> list[tuple[str, str, str]]:
    lang = statement.language
    return [(fmt.short_date(a.business_date, lang), a.reason, fmt.rupiah(a.amount, lang))
            for a in statement.adjustments]  # fmt: skip


def payment_rows(statement: WorkerStatement) -> list[tuple[str, str, str]]:
    lang = statement.language
    rows = []
    for payment in statement.payments:
        how = payment_method_label(payment.method, lang)
        if payment.reference:
            how = f"{how} ({payment.reference})"
        if payment.amount < 0:
            how = gettext("{method}, cancelled", lang).format(method=how)
        rows.append((fmt.short_date(payment.paid_on, lang), how, fmt.rupiah(payment.amount, lang)))
    return rows
