"""The tip taken off the payments that paid a bill and its tip together: the sale keeps its own payments."""

from __future__ import annotations

import pytest

from ska_pos.domain.settlement import Tender, settle
from ska_pos.domain.tips import take_tip


def test_cash_pays_the_tip_first_and_the_change_stays_what_the_customer_got() -> None:
    tenders = [Tender("qris", 20_000), Tender("cash", 50_000)]  # bill 60.000 + tip 5.000, change 5.000
    kept, method = take_tip(tenders, 5_000)
    assert (kept, method) == ([Tender("qris", 20_000), Tender("cash", 45_000)], "cash")
    assert settle(60_000, kept).change == settle(65_000, tenders).change == 5_000


def test_a_tip_by_qris_comes_off_the_qris_payment() -> None:
    kept, method = take_tip([Tender("qris", 33_000)], 3_000)
    assert (kept, method) == ([Tender("qris", 30_000)], "qris")


def test_a_tip_no_one_method_covers_is_refused() -> None:
    with pytest.raises(ValueError, match="satu cara"):  # said in the language of the till (Indonesian)
        take_tip([Tender("qris", 2_000), Tender("cash", 2_000)], 3_000)


def test_no_tip_keeps_the_payments() -> None:
    assert take_tip([Tender("cash", 10_000)], 0) == ([Tender("cash", 10_000)], "")
