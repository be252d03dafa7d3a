"""A tip left with the payment stands on its own line under the total on the receipt, never in the total."""

from __future__ import annotations

from dataclasses import replace

from ska_pos.reports.blocks import Pair
from ska_pos.reports.receipt_layout import receipt_blocks
from ska_pos.reports.samples import sample_receipt


def _pairs(tip: int) -> list[tuple[str, str, str]]:
    data = replace(sample_receipt("en"), tip=tip)
    return [(block.left, block.right, block.style) for block in receipt_blocks(data) if isinstance(block, Pair)]


def test_the_tip_is_the_line_under_the_total() -> None:
    without, with_tip = _pairs(0), _pairs(5_000)
    total = next(pair for pair in without if pair[0] == "TOTAL")
    at = with_tip.index(total)  # the total is the same, tip or not
    assert with_tip[at + 1] == ("Tip", "Rp5,000", "normal")
    assert [pair for pair in with_tip if pair[0] != "Tip"] == without
    assert not any(pair[0] == "Tip" for pair in without)
