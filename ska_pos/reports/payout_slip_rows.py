"""What a payout slip says, as labelled rows: shared by the A4 and the 80 mm layouts so both say the same."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Literal

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.earnings_model import PayoutSlip
from ska_pos.reports.labels import payment_method_label

RowStyle = Literal["normal", "bold", "total"]


@dataclass(frozen=True)
class SlipRow:
    label: str
    value: str
    style: RowStyle = "normal"


def slip_title(slip: PayoutSlip) -> str:
    return gettext("Payout slip", slip.language)


def heading_rows(slip: PayoutSlip) -> list[SlipRow]:
    lang = slip.language
    return [
        SlipRow(gettext("Slip no.", lang), slip.slip_no),
        SlipRow(gettext("Date paid", lang), fmt.short_date(slip.paid_on, lang)),
        SlipRow(gettext("Paid to", lang), f"{slip.worker_name} ({slip.worker_code})", "bold"),
        SlipRow(gettext("Period", lang), period_text(slip)),
    ]


def earnings_rows(slip: PayoutSlip) -> list[SlipRow]:
    lang = slip.language
    money = _money(lang)
    sales = gettext("Sales credited ({count} lines)", lang).format(count=slip.lines_credited)
    return [
        SlipRow(sales, money(slip.credited_revenue)),
        SlipRow(gettext("Worker's share in the period", lang), money(slip.earnings)),
        SlipRow(gettext("Earned in total until this payout", lang), money(slip.earned_total)),
        SlipRow(gettext("Paid earlier", lang), fmt.minus_rupiah(slip.paid_before, lang)),
        SlipRow(gettext("Balance before this payout", lang), money(slip.balance_before), "bold"),
    ]


def payment_rows(slip: PayoutSlip) -> list[SlipRow]:
    lang = slip.language
    money = _money(lang)
    rows = [
        SlipRow(gettext("AMOUNT PAID", lang), money(slip.amount), "total"),
        SlipRow(gettext("Paid by", lang), payment_method_label(slip.method, lang)),
    ]
    if slip.bank_name or slip.account_tail:
        account = gettext("{bank} account ending {digits}", lang).format(bank=slip.bank_name, digits=slip.account_tail)
        rows.append(SlipRow(gettext("To", lang), account.strip()))
    if slip.reference:
        rows.append(SlipRow(gettext("Reference", lang), slip.reference))
    rows.append(SlipRow(gettext("Balance after this payout", lang), money(slip.balance_after), "bold"))
    return rows


def remarks(slip: PayoutSlip) -> list[str]:
    """Free text printed under the amounts: why more than the balance was paid, and the manager's note."""
    lang = slip.language
    texts = []
    if slip.over_balance_reason:
        reason = gettext("Paid more than the balance. Reason: {reason}", lang)
        texts.append(reason.format(reason=slip.over_balance_reason))
    if slip.note:
        texts.append(gettext("Note: {note}", lang).format(note=slip.note))
    return texts


def period_text(slip: PayoutSlip) -> str:
    lang = slip.language
    if slip.period_from is None or slip.period_to is None:
        return gettext("Everything until {date}", lang).format(date=fmt.short_date(slip.paid_on, lang))
    return fmt.period(slip.period_from, slip.period_to, lang)


def _money(language: str) -> Callable[[int], str]:
    return partial(fmt.rupiah, language=language)
