"""What a transaction wrote of a sale, for the services after it in the same transaction (its print jobs), so
they neither read back the row just inserted nor decide again what the sale already decided (whether its receipt
opens the cash drawer, on which printers). Kept in the session's `info`; forgotten when the transaction ends."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from ska_pos.services.sale_print_plan import SalePrintPlan

_KEY = "ska_pos.written_sales"


@dataclass(frozen=True)
class WrittenSale:
    outlet_id: uuid.UUID
    shift_id: uuid.UUID | None
    kind: str
    plan: SalePrintPlan | None  # the printers the sale's entry was decided on, when it asked them
    drawer_opened: bool  # the sale's journal entry says its receipt opens the drawer


def remember(session: Session, sale_id: uuid.UUID, written: WrittenSale) -> None:
    session.info.setdefault(_KEY, {})[sale_id] = written


def written_sale(session: Session, sale_id: uuid.UUID) -> WrittenSale | None:
    """The sale as this transaction wrote it; None for a sale of another transaction."""
    written: dict[uuid.UUID, WrittenSale] = session.info.get(_KEY, {})
    return written.get(sale_id)


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_KEY, None)
