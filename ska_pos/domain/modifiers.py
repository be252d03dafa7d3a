"""Modifier groups (sugar level, ice, size, add-ons) and the rules for choosing their options on a sale line.

A group asks for between `min_choices` and `max_choices` of its options; a group with a minimum is required, and
the till asks for it as soon as its item is added. An option may cost something (per unit of the line) and says
whether its price is taxed (PBJT and service charge) or not. The options chosen are frozen onto the line: name,
price and taxed as they were when chosen.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from ska_pos.i18n import _


@dataclass(frozen=True)
class ModifierOption:
    id: uuid.UUID
    name: str
    price: int
    taxed: bool = True


@dataclass(frozen=True)
class ModifierGroup:
    id: uuid.UUID
    name: str
    min_choices: int
    max_choices: int
    options: tuple[ModifierOption, ...]

    @property
    def required(self) -> bool:
        return self.min_choices > 0


@dataclass(frozen=True)
class ChosenModifier:
    """One option chosen on a line, as it was when chosen."""

    group_id: uuid.UUID
    option_id: uuid.UUID
    group_name: str
    option_name: str
    price: int
    taxed: bool = True


def check_group_limits(min_choices: int, max_choices: int, option_count: int) -> None:
    """A group's limits: 0 <= min <= max, at least one choice allowed, and no more than its options."""
    if min_choices < 0 or max_choices < 1 or min_choices > max_choices:
        raise ValueError(_("Choose between a minimum of 0 or more and a maximum of at least 1, not below the minimum"))
    if option_count < max(min_choices, 1):
        raise ValueError(_("A modifier group needs at least as many options as its minimum, and at least one"))


def choose(groups: Sequence[ModifierGroup], option_ids: Sequence[uuid.UUID]) -> tuple[ChosenModifier, ...]:
    """The options `option_ids` of `groups`, checked against each group's minimum and maximum, in the groups'
    order. Raises ValueError with a message for the cashier."""
    wanted = list(option_ids)
    if len(set(wanted)) != len(wanted):
        raise ValueError(_("An option can be chosen only once"))
    known = {option.id for group in groups for option in group.options}
    if any(option_id not in known for option_id in wanted):
        raise ValueError(_("This option is no longer offered for this item"))
    chosen: list[ChosenModifier] = []
    for group in groups:
        picked = [option for option in group.options if option.id in wanted]
        if len(picked) < group.min_choices:
            raise ValueError(_("Choose at least {count} of {group}", count=group.min_choices, group=group.name))
        if len(picked) > group.max_choices:
            raise ValueError(_("Choose at most {count} of {group}", count=group.max_choices, group=group.name))
        chosen += [ChosenModifier(group.id, o.id, group.name, o.name, o.price, o.taxed) for o in picked]
    return tuple(chosen)


def modifiers_price(chosen: Sequence[ChosenModifier]) -> int:
    """What the chosen options add to one unit of the line."""
    return sum(modifier.price for modifier in chosen)


def untaxed_price(chosen: Sequence[ChosenModifier]) -> int:
    """The part of that price outside PBJT and service charge."""
    return sum(modifier.price for modifier in chosen if not modifier.taxed)
