"""What did not arrive of a transfer: shown on the transfers' screen (received lately, with what was lost and why)
and in the stock report; a maker's consigned pieces lost on the way are owed to the maker at the agreed price (the
rule in docs/inventory.md), in the earnings ledger and in the maker's settlement at the sending outlet, alike."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from shop import Shop, act_as, approved
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, StockTransferLine
from ska_pos.services import journal_verify
from ska_pos.services.earnings.period import Period
from ska_pos.services.stock import receiving, transfers
from ska_pos.services.stock.queries import stock_report
from ska_pos.services.stock.receiving import IncomingLine
from ska_pos.services.stock.settlement import maker_settlement
from ska_pos.services.stock.transfers import Arrived, SendLine
from ska_pos.services.stock.transit_losses import received_lately
from stock.helpers import receive, supplier
from stock.transfer_steps import at_salon, salon_keripik, send

ALWAYS = Period(date(2000, 1, 1), date(2100, 12, 31))


def _receive_with_loss(shop: Shop, transfer_id: object, arrived: int, reason: str) -> None:
    with shop.db.reading() as s:
        line_id = s.scalar(select(StockTransferLine.id).where(StockTransferLine.transfer_id == transfer_id))
    assert line_id is not None
    with shop.db.transaction() as s:
        transfers.receive_transfer(s, at_salon(shop), transfer_id, {line_id: Arrived(Decimal(arrived), reason)},
                                   approval=approved(s, "stock.transit_loss"))  # fmt: skip


def test_a_loss_shows_on_the_transfers_screen_and_in_the_stock_report(shop: Shop) -> None:
    salon_keripik(shop)
    receive(shop, supplier(shop), shop.keripik.id, 10, 7_000)
    transfer_id = send(shop, 5)
    _receive_with_loss(shop, transfer_id, 3, "pecah di jalan")
    with shop.db.reading() as s:
        for outlet_id in (shop.cafe.id, shop.salon.id):  # seen from both ends
            (row,) = received_lately(s, outlet_id)
            assert (row.number, row.sent, row.received, row.lost, row.reasons) == (
                "KRM-KFE-00001", Decimal(5), Decimal(3), Decimal(2), "pecah di jalan")  # fmt: skip
        report = stock_report(s, "SLN")
        assert [(r.sku, r.quantity, r.lost_in_transit) for r in report.rows] == [("KRPK", Decimal(3), Decimal(2))]
        assert stock_report(s, "KFE").rows[0].lost_in_transit == 0
        assert s.scalar(select(func.count()).select_from(EarningEntry)) == 0  # the outlet's own goods: no one owed


def test_a_makers_pieces_lost_in_transit_are_owed_to_the_maker_in_the_ledger_and_the_settlement(shop: Shop) -> None:
    salon_keripik(shop)
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        receiving.consign_in(s, supervisor, shop.siti.id, [IncomingLine(shop.keripik.id, Decimal(5), 9_000)])
        transfer_id = transfers.send_transfer(s, supervisor, shop.salon.id,
                                              [SendLine(shop.keripik.id, Decimal(5), shop.siti.id)]).id  # fmt: skip
    _receive_with_loss(shop, transfer_id, 3, "jatuh dari motor")
    with shop.db.reading() as s:
        (entry,) = s.scalars(select(EarningEntry))
        assert (entry.worker_id, entry.outlet_id, entry.kind, entry.amount, entry.quantity) == (
            shop.siti.id, shop.cafe.id, "adjustment", 18_000, Decimal(2))  # fmt: skip
        assert entry.approved_by_id == shop.supervisor.id
        assert "KRM-KFE-00001" in entry.reason
        assert "jatuh dari motor" in entry.reason
        statement = maker_settlement(s, shop.siti.id, shop.cafe.id, ALWAYS)
        assert [(x.sku, x.brought, x.sold, x.returned, x.lost, x.owed) for x in statement.lines] == [
            ("KRPK", Decimal(5), Decimal(0), Decimal(0), Decimal(2), 18_000)]  # fmt: skip
        assert statement.owed == entry.amount
        report = journal_verify.verify(s)  # the credit is journaled like any adjustment
        assert report.ok, list(report.lines())
