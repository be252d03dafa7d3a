"""Discounts, and sharing a whole-rupiah amount out in proportion without losing a rupiah."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ska_pos.domain.money import BP_WHOLE, apply_bp
from ska_pos.i18n import _


@dataclass(frozen=True)
class Discount:
    """A discount of `value` basis points (kind "percent") or `value` rupiah (kind "amount")."""

    kind: Literal["percent", "amount"]
    value: int

    def __post_init__(self) -> None:
        if self.kind not in ("percent", "amount"):
            raise ValueError(_("Unknown kind of discount: {kind}", kind=self.kind))
        if self.value < 0:
            raise ValueError(_("A discount cannot be negative"))
        if self.kind == "percent" and self.value > BP_WHOLE:
            raise ValueError(_("A discount cannot be more than 100%"))

    @classmethod
    def percent(cls, bp: int) -> Discount:
        return cls("percent", bp)

    @classmethod
    def rupiah(cls, amount: int) -> Discount:
        return cls("amount", amount)

    def amount_off(self, base: int) -> int:
        """The rupiah this discount takes off `base`: never more than `base`, nothing off a base <= 0."""
        if base <= 0:
            return 0
        off = apply_bp(base, self.value) if self.kind == "percent" else self.value
        return min(off, base)


def allocate(total: int, weights: Sequence[int]) -> list[int]:
    """`total` shared out in proportion to `weights` by largest remainder; the parts sum to `total` exactly.

    Ties go to the earlier index. A negative total is shared as its magnitude, then negated. When every weight
    is zero the total is spread evenly.
    """
    if any(weight < 0 for weight in weights):
        raise ValueError(_("Shares cannot be weighted by a negative number"))
    if not weights:
        if total:
            raise ValueError(_("Cannot share out {total} among nobody", total=total))
        return []
    if total < 0:
        return [-part for part in allocate(-total, weights)]
    return _largest_remainder(total, list(weights) if any(weights) else [1] * len(weights))


def _largest_remainder(total: int, weights: list[int]) -> list[int]:
    whole = sum(weights)
    parts = [total * weight // whole for weight in weights]
    remainders = [total * weight % whole for weight in weights]
    short = total - sum(parts)
    # Fewer rupiah are short than there are non-zero remainders, so a zero weight never receives one.
    for index in sorted(range(len(weights)), key=lambda i: (-remainders[i], i))[:short]:
        parts[index] += 1
    return parts
