"""Sane bounds on what a till accepts: no outlet of a sentra sells 10.000 of anything in one line, nor a single
item for more than Rp100 juta; a number past these is a slip of the finger (or a scanner reading into the wrong
field) and is refused with a message instead of being sold. `docs/discounts.md` states the same numbers."""

from __future__ import annotations

from decimal import Decimal

from ska_pos.domain.money import format_quantity, format_rupiah
from ska_pos.i18n import _, current_language

MAX_QUANTITY = Decimal("9999.999")
MAX_UNIT_PRICE = 100_000_000
MAX_SALE_TOTAL = 1_000_000_000


def check_quantity_bound(quantity: Decimal) -> None:
    if not -MAX_QUANTITY <= quantity <= MAX_QUANTITY:  # abs() would round, and overflow on 1e999999999
        raise ValueError(
            _("A line can have at most {quantity}", quantity=format_quantity(MAX_QUANTITY, current_language()))
        )


def check_price_bound(price: int) -> None:
    if price > MAX_UNIT_PRICE:
        raise ValueError(_("A price can be at most {amount}", amount=format_rupiah(MAX_UNIT_PRICE, current_language())))


def check_total_bound(amount: int) -> None:
    """A sale's gross total, or one payment: refused past Rp1 miliar."""
    if abs(amount) > MAX_SALE_TOTAL:
        raise ValueError(_("A sale can be at most {amount}", amount=format_rupiah(MAX_SALE_TOTAL, current_language())))


def check_cash_bound(amount: int) -> None:
    """An amount of cash in a drawer (opening float, cash in or out, a count): refused past Rp1 miliar, like a sale."""
    if abs(amount) > MAX_SALE_TOTAL:
        raise ValueError(
            _("An amount of cash can be at most {amount}", amount=format_rupiah(MAX_SALE_TOTAL, current_language()))
        )
