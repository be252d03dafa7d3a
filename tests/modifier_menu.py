"""The test café's drink modifiers, defined through the services by the shop's manager: sugar (required), ice
(optional) and size (required, large costs Rp5.000), offered on the drinks category."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from shop import Shop, act_as

from ska_pos.services import modifiers
from ska_pos.services.modifiers import GroupForm, OptionForm

SUGAR = GroupForm("Gula", 1, 1, (OptionForm("Normal"), OptionForm("Less sugar"), OptionForm("No sugar")))
ICE = GroupForm("Es", 0, 1, (OptionForm("Normal ice"), OptionForm("Less ice"), OptionForm("No ice")))
SIZE = GroupForm("Ukuran", 1, 1, (OptionForm("Regular"), OptionForm("Large", 5_000)))


@dataclass(frozen=True)
class Menu:
    sugar: uuid.UUID
    ice: uuid.UUID
    size: uuid.UUID

    def option(self, shop: Shop, name: str) -> uuid.UUID:
        with shop.db.reading() as s:
            groups = modifiers.groups_for_item(s, shop.es_teh.id)
        return next(option.id for group in groups for option in group.options if option.name == name)


def add_drink_modifiers(shop: Shop, *groups: GroupForm) -> Menu:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        ids = [modifiers.add_group(s, manager, shop.cafe.id, form) for form in groups or (SUGAR, ICE, SIZE)]
        for group_id in ids:
            modifiers.offer_group(s, manager, group_id, category_ids=[shop.drinks.id])
    return Menu(*ids) if len(ids) == 3 else Menu(ids[0], ids[0], ids[0])
