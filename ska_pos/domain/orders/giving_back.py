"""How much of a deposit is handed back when the customer asks for part of it (a tailoring order changed to less
work): by QRIS, transfer or e-wallet exactly what was asked; in cash a multiple of the outlet's cash unit, rounded
up in the customer's favour as a sale's cash refunds are, but never more than is held (rounded down to the unit when
that cap decides, so a few rupiah may stay held until they are given back another way)."""

from __future__ import annotations

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.orders.money import OrderMoneyRefused
from ska_pos.i18n import _, current_language


def given_back(asked: int, held: int, method: str, cash_unit: int) -> int:
    """What leaves the drawer (or the account) for `asked`, or OrderMoneyRefused saying why nothing can."""
    if asked <= 0:
        raise OrderMoneyRefused(_("The amount must be more than Rp0"))
    if asked > held:
        raise OrderMoneyRefused(
            _("Only {held} is held for the customer on this order", held=format_rupiah(held, current_language()))
        )
    if method != "cash" or cash_unit <= 1:
        return asked
    rounded_up = -(-asked // cash_unit) * cash_unit
    at_most = held // cash_unit * cash_unit
    amount = min(rounded_up, at_most)
    if amount <= 0:
        raise OrderMoneyRefused(
            _("Less than {unit} is held: give it back by QRIS or transfer",
              unit=format_rupiah(cash_unit, current_language()))
        )  # fmt: skip
    return amount
