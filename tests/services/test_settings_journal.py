"""Settings changed at a till go into its journal through one path: an outlet's capabilities and a share rule
(both were audited but left no journal entry)."""

from __future__ import annotations

import json

from shop import Shop, act_as
from sqlalchemy import select

from ska_pos import clock
from ska_pos.db.models import JournalEntry
from ska_pos.services import journal_verify
from ska_pos.services.actor import Actor
from ska_pos.services.outlet_profiles import set_profile_overrides
from ska_pos.services.sale_context import business_date
from ska_pos.services.share_rules import add_rule


def _manager(shop: Shop) -> Actor:
    return act_as(shop, "manager")


def _settings_entries(shop: Shop) -> list[dict[str, object]]:
    with shop.db.reading() as s:
        rows = s.scalars(select(JournalEntry.payload).where(JournalEntry.type == "setting")).all()
        assert journal_verify.verify(s).ok
    return [json.loads(row) for row in rows]


def test_an_outlets_capabilities_changed_at_a_till_are_journaled(shop: Shop) -> None:
    with shop.db.transaction() as s:
        set_profile_overrides(s, _manager(shop), shop.cafe.id, {"dine_in_and_tables": False})
    [entry] = _settings_entries(shop)
    assert (entry["key"], entry["user_id"]) == ("outlet_profile", str(shop.manager.id))
    assert json.loads(str(entry["value"])) == {"dine_in_and_tables": False}


def test_a_share_rule_added_at_a_till_is_journaled(shop: Shop) -> None:
    with shop.db.transaction() as s:
        rule = add_rule(s, _manager(shop), shop.cafe.id, scope="outlet", percent_bp=9000,
                        valid_from=business_date(shop.cafe, clock.now()))  # fmt: skip
    [entry] = _settings_entries(shop)
    value = json.loads(str(entry["value"]))
    assert (entry["key"], value["id"], value["percent_bp"]) == ("share_rule", str(rule.id), 9000)
