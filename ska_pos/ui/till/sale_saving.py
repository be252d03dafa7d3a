"""Saving a paid sale or bill part on the database worker: the sale, its tip and its print jobs commit together."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ska_pos.services import print_jobs
from ska_pos.services.actor import Actor
from ska_pos.services.sales import CompletedSale
from ska_pos.ui import op_changes
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.till.sale_tips import record_paid_tip
from ska_pos.ui.till.sale_view import TipChoice

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_presenter import SalePresenter

SALE_CHANGES = frozenset({op_changes.SALES, op_changes.SHIFT, op_changes.EARNINGS, op_changes.PRINTING})
WriteSale = Callable[[Session, Actor], CompletedSale]


def save_paid_sale(
    presenter: SalePresenter, write: WriteSale, *, tip: TipChoice | None, cash: bool, progress: str,
    saved: Callable[[CompletedSale], None], refused: Callable[[Exception], None],
) -> None:  # fmt: skip
    """`write` the sale in one transaction with `tip` and its receipt's print job (`cash`: the receipt opens the
    drawer); `progress` is shown while it is saved, then `saved` or `refused` is told."""
    actor = presenter.session.actor

    def work(session: Session) -> CompletedSale:
        done = write(session, actor)
        record_paid_tip(session, actor, done.sale_id, tip)
        print_jobs.queue_sale_prints(session, actor, done.sale_id, open_drawer=cash)
        return done

    WriteOp(presenter.view.dialog_parent(), presenter.session.database, work, SALE_CHANGES).success(saved).failure(
        refused
    ).with_progress(progress).run_in_background()
