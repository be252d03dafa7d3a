"""The manager's tables, one at a time (issue 13): added, renamed, ordered and retired, each audited; a table with
an open tab is never retired, nor left out of a new list."""

from __future__ import annotations

import pytest
from shop import Shop, act_as
from sqlalchemy import select
from tab_shop import TABLES, add_tables

from ska_pos.db.models import AuditEntry
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.tabs import tables, writes
from ska_pos.services.tabs.state import floor
from ska_pos.services.tabs.tables import TableForm


def names(shop: Shop) -> list[str]:
    with shop.db.reading() as s:
        return [row.name for row in tables.list_tables(s, shop.cafe.id)]


def test_tables_added_renamed_ordered_and_retired_each_audited(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        one = tables.add_table(s, manager, shop.cafe.id, TableForm("1", "Dalam"))
        two = tables.add_table(s, manager, shop.cafe.id, TableForm(" 2 ", "Teras"))
        tables.add_table(s, manager, shop.cafe.id, TableForm("Antre 1"))
    assert names(shop) == ["1", "2", "Antre 1"]
    with shop.db.transaction() as s:
        tables.rename_table(s, manager, two, TableForm("T2", "Teras"))
        tables.move_table(s, manager, two, -1)
    assert names(shop) == ["T2", "1", "Antre 1"]
    with shop.db.transaction() as s:
        tables.move_table(s, manager, two, -1)  # the first already: stays
        tables.retire_table(s, manager, one)
    assert names(shop) == ["T2", "Antre 1"]
    with shop.db.transaction() as s:
        assert tables.add_table(s, manager, shop.cafe.id, TableForm("1")) == one  # back in use, at the end
    assert names(shop) == ["T2", "Antre 1", "1"]
    with shop.db.reading() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "dining_table")))
    assert sorted(set(actions)) == ["table_added", "table_moved", "table_renamed", "table_retired"]


def test_bad_names_are_refused_and_change_nothing(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    ids = add_tables(shop)
    for work, message in [
        (lambda s: tables.add_table(s, manager, shop.cafe.id, TableForm("3")), "same name"),
        (lambda s: tables.add_table(s, manager, shop.cafe.id, TableForm("  ")), "needs a name"),
        (lambda s: tables.rename_table(s, manager, ids["4"], TableForm("5")), "same name"),
        (lambda s: tables.rename_table(s, manager, ids["4"], TableForm("x" * 21)), "at most"),
    ]:
        with pytest.raises(ValidationError, match=message), shop.db.transaction() as s:
            work(s)
    assert names(shop) == [form.name for form in TABLES]
    with pytest.raises(PermissionDenied), shop.db.transaction() as s:
        tables.retire_table(s, shop.cashier, ids["4"])


def test_a_table_with_an_open_tab_cannot_be_retired(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    ids = add_tables(shop)
    with shop.db.transaction() as s:
        writes.open_tab(s, shop.cashier, ids["7"])
    with pytest.raises(ValidationError, match="Table 7 has an open tab"), shop.db.transaction() as s:
        tables.retire_table(s, manager, ids["7"])
    with shop.db.reading() as s:
        assert "7" in [table.name for table in floor(s, shop.cafe.id)]


def test_a_new_list_that_leaves_out_a_table_with_an_open_tab_is_refused(shop: Shop) -> None:
    """`set_tables` put such a table out of use: its open tab vanished from the floor view."""
    manager = act_as(shop, "manager")
    ids = add_tables(shop)
    with shop.db.transaction() as s:
        writes.open_tab(s, shop.cashier, ids["9"])
    without_9 = [form for form in TABLES if form.name != "9"]
    with pytest.raises(ValidationError, match="Table 9 has an open tab"), shop.db.transaction() as s:
        tables.set_tables(s, manager, shop.cafe.id, without_9)
    assert "9" in names(shop)
