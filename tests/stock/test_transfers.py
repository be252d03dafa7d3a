"""Transfers between outlets of a sentra: sent, visible while on the way, received once, a loss approved."""

from __future__ import annotations

from decimal import Decimal

import pytest
from races import DONE, race
from shop import Shop, act_as, approved
from sqlalchemy import func, select

from ska_pos.db.models import (
    AuditEntry,
    StockMovement,
    StockTransferLine,
    StockTransferReceipt,
    StockTransferReceivedLine,
)
from ska_pos.services.errors import NotFound, PermissionDenied, ValidationError
from ska_pos.services.stock import consigned, receiving, rules, transfers
from ska_pos.services.stock.check import check_stock
from ska_pos.services.stock.receiving import IncomingLine
from ska_pos.services.stock.transfers import Arrived
from stock.helpers import receive, supplier
from stock.transfer_races import receive_transfers
from stock.transfer_steps import at_salon, level, salon_keripik, send

SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]


def test_goods_leave_at_their_cost_wait_on_the_way_and_arrive_into_the_average(shop: Shop) -> None:
    there = salon_keripik(shop)
    tani = supplier(shop)
    receive(shop, tani, shop.keripik.id, 10, 7_000)
    transfer_id = send(shop, 4)
    assert level(shop, shop.keripik.id, shop.cafe.id) == (Decimal(6), 7_000)
    assert level(shop, there, shop.salon.id) == (Decimal(0), 0)
    with shop.db.reading() as s:
        (waiting,) = transfers.in_transit(s, shop.salon.id)
        seen = (waiting.number, waiting.from_code, waiting.to_code, waiting.quantity)
        assert seen == ("KRM-KFE-00001", "KFE", "SLN", Decimal(4))
        assert transfers.in_transit(s, shop.cafe.id) == [waiting]
    with shop.db.transaction() as s:
        transfers.receive_transfer(s, at_salon(shop), transfer_id)
    assert level(shop, there, shop.salon.id) == (Decimal(4), 7_000)
    with shop.db.reading() as s:
        assert transfers.in_transit(s, shop.salon.id) == []
        moved = select(StockMovement.kind, StockMovement.unit_cost).where(StockMovement.document_id == transfer_id)
        kinds = {row.kind: row.unit_cost for row in s.execute(moved)}
        assert kinds == {"transfer_out": 7_000, "transfer_in": 7_000}
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action.in_(["stock.transfer_out", "stock.transfer_in"]))) == 2  # fmt: skip
        assert check_stock(s).ok


def test_what_did_not_arrive_is_a_loss_with_its_reason_and_a_supervisors_approval(shop: Shop) -> None:
    there = salon_keripik(shop)
    receive(shop, supplier(shop), shop.keripik.id, 10, 7_000)
    transfer_id = send(shop, 5)
    with shop.db.reading() as s:
        line_id = s.scalar(select(StockTransferLine.id).where(StockTransferLine.transfer_id == transfer_id))
    assert line_id is not None
    receiver = at_salon(shop)
    with pytest.raises(ValidationError, match="Say why"), shop.db.transaction() as s:
        transfers.receive_transfer(s, receiver, transfer_id, {line_id: Arrived(Decimal(3))})
    with pytest.raises(PermissionDenied, match="approval"), shop.db.transaction() as s:
        transfers.receive_transfer(s, receiver, transfer_id, {line_id: Arrived(Decimal(3), "pecah di jalan")})
    with pytest.raises(ValidationError, match="between 0"), shop.db.transaction() as s:
        transfers.receive_transfer(s, receiver, transfer_id, {line_id: Arrived(Decimal(6))})
    assert level(shop, there, shop.salon.id) == (Decimal(0), 0)
    with shop.db.transaction() as s:
        transfers.receive_transfer(s, receiver, transfer_id, {line_id: Arrived(Decimal(3), "pecah di jalan")},
                                   approval=approved(s, "stock.transit_loss"))  # fmt: skip
    assert level(shop, there, shop.salon.id) == (Decimal(3), 7_000)
    assert level(shop, shop.keripik.id, shop.cafe.id) == (Decimal(5), 7_000)
    with shop.db.reading() as s:
        got = s.execute(select(StockTransferReceivedLine.received, StockTransferReceivedLine.lost,
                               StockTransferReceivedLine.loss_reason)).one()  # fmt: skip
        assert tuple(got) == (Decimal(3), Decimal(2), "pecah di jalan")
        assert s.scalar(select(StockTransferReceipt.approved_by_id)) == shop.supervisor.id


def test_only_the_receiving_outlet_receives_and_only_once(shop: Shop) -> None:
    salon_keripik(shop)
    receive(shop, supplier(shop), shop.keripik.id, 10, 7_000)
    transfer_id = send(shop, 2)
    with pytest.raises(NotFound), shop.db.transaction() as s:
        transfers.receive_transfer(s, act_as(shop, "supervisor"), transfer_id)
    with shop.db.transaction() as s:
        transfers.receive_transfer(s, at_salon(shop), transfer_id)
    with pytest.raises(ValidationError, match="received already"), shop.db.transaction() as s:
        transfers.receive_transfer(s, at_salon(shop), transfer_id)


def test_a_transfer_is_refused_without_the_same_item_there_or_enough_here(shop: Shop) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 3, 7_000)
    with pytest.raises(ValidationError, match="has no item KRPK"):
        send(shop, 2)
    salon_keripik(shop)
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        rules.set_allow_negative_stock(s, manager, shop.cafe.id, False)
    with pytest.raises(ValidationError, match="Only 3"):
        send(shop, 4)
    assert level(shop, shop.keripik.id, shop.cafe.id) == (Decimal(3), 7_000)


def test_a_makers_consigned_pieces_stay_theirs_across_a_transfer(shop: Shop) -> None:
    there = salon_keripik(shop)
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        receiving.consign_in(s, supervisor, shop.siti.id, [IncomingLine(shop.keripik.id, Decimal(5), 9_000)])
    with pytest.raises(ValidationError, match="maker has only 5"):
        send(shop, 6, maker_id=shop.siti.id)
    transfer_id = send(shop, 2, maker_id=shop.siti.id)
    with shop.db.transaction() as s:
        transfers.receive_transfer(s, at_salon(shop), transfer_id)
    with shop.db.reading() as s:
        assert consigned.balances(s, shop.salon.id, [there]) == {there: consigned.Consigned(shop.siti.id, Decimal(2),
                                                                                            9_000)}  # fmt: skip
        assert consigned.balances(s, shop.cafe.id, [shop.keripik.id])[shop.keripik.id].quantity == 3
    assert level(shop, there, shop.salon.id) == (Decimal(2), 9_000)


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_receiving_the_same_transfer_at_once_receive_it_once(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    there = salon_keripik(shop)
    receive(shop, supplier(shop), shop.keripik.id, 30, 7_000)
    rounds = 3
    sent = [send(shop, 2) for _ in range(rounds)]
    with shop.db.reading() as s:
        assert [row.transfer_id for row in transfers.in_transit(s, shop.salon.id)] == sent
    receivers = [at_salon(shop, "supervisor"), at_salon(shop, "manager")]
    outcomes = race(receive_transfers, [(shop.db.url, actor, sent) for actor in receivers], rounds)
    for outcome in outcomes:
        assert sorted(outcome) == sorted([DONE, f"Transfer {outcome_number(outcome)} was received already"]), outcome
    assert level(shop, there, shop.salon.id)[0] == 2 * rounds
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(StockTransferReceipt)) == rounds
        assert transfers.in_transit(s, shop.salon.id) == []
        assert check_stock(s).ok


def outcome_number(outcome: list[str]) -> str:
    refused = next(message for message in outcome if message != DONE)
    return refused.removeprefix("Transfer ").removesuffix(" was received already")


def test_an_arrived_quantity_past_the_thousandth_is_refused_in_words(shop: Shop) -> None:
    salon_keripik(shop)
    receive(shop, supplier(shop), shop.keripik.id, 10, 7_000)
    transfer_id = send(shop, 5)
    with shop.db.reading() as s:
        line_id = s.scalar(select(StockTransferLine.id).where(StockTransferLine.transfer_id == transfer_id))
    assert line_id is not None
    with pytest.raises(ValidationError, match="three decimal places"), shop.db.transaction() as s:
        transfers.receive_transfer(s, at_salon(shop), transfer_id, {line_id: Arrived(Decimal("3.0005"), "pecah")},
                                   approval=approved(s, "stock.transit_loss"))  # fmt: skip
    with shop.db.reading() as s:
        assert s.scalar(select(StockTransferReceipt.id)) is None
