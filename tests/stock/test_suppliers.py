"""The manager keeps the suppliers: edited with the audit keeping what they were, retired (receiving no longer offers
them and refuses them) and brought back; never deleted."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from shop import Shop, act_as
from sqlalchemy import select

from ska_pos.db.models import AuditEntry, Supplier
from ska_pos.services.errors import NotFound, PermissionDenied, ValidationError
from ska_pos.services.stock import receiving, suppliers
from ska_pos.services.stock.receiving import IncomingLine
from stock.helpers import supplier


def test_an_edit_keeps_the_code_and_the_audit_keeps_what_it_was(shop: Shop) -> None:
    tani = supplier(shop)
    with shop.db.transaction() as s:
        suppliers.edit_supplier(s, act_as(shop, "manager"), tani, " Koperasi Tani Jaya ", phone="0812", address="Jl. A")
    with shop.db.reading() as s:
        (row,) = suppliers.all_suppliers(s, shop.cafe.id)
        assert (row.code, row.name, row.phone, row.address, row.active) == ("TANI", "Koperasi Tani Jaya", "0812",
                                                                             "Jl. A", True)  # fmt: skip
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "supplier.edit")).one()
        details = json.loads(entry.details)
        assert details["before"] == {"name": "Koperasi Tani Makmur", "phone": "", "address": ""}
        assert details["after"]["name"] == "Koperasi Tani Jaya"


def test_a_name_is_needed_and_nothing_changes_without_one(shop: Shop) -> None:
    tani = supplier(shop)
    with pytest.raises(ValidationError), shop.db.transaction() as s:
        suppliers.edit_supplier(s, act_as(shop, "manager"), tani, "  ")
    with shop.db.reading() as s:
        assert s.get(Supplier, tani).name == "Koperasi Tani Makmur"  # type: ignore[union-attr]


def test_a_retired_supplier_is_not_offered_nor_received_from_until_brought_back(shop: Shop) -> None:
    tani = supplier(shop)
    manager, supervisor = act_as(shop, "manager"), act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        suppliers.set_supplier_active(s, manager, tani, False)
    with shop.db.reading() as s:
        assert receiving.list_suppliers(s, shop.cafe.id) == []
        assert [row.active for row in suppliers.all_suppliers(s, shop.cafe.id)] == [False]
    line = IncomingLine(shop.keripik.id, Decimal(1), 7_000)
    with pytest.raises(NotFound, match="Unknown supplier"), shop.db.transaction() as s:
        receiving.receive_goods(s, supervisor, tani, [line])
    with shop.db.transaction() as s:
        suppliers.set_supplier_active(s, manager, tani, True)
        receiving.receive_goods(s, supervisor, tani, [line])
    with shop.db.reading() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "supplier").order_by(AuditEntry.at))
        assert list(actions) == ["supplier.add", "supplier.retire", "supplier.reactivate"]


def test_only_a_manager_changes_suppliers(shop: Shop) -> None:
    tani = supplier(shop)
    with pytest.raises(PermissionDenied), shop.db.transaction() as s:
        suppliers.set_supplier_active(s, act_as(shop, "supervisor"), tani, False)
