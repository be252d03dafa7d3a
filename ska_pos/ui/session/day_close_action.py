"""Menu > Close the day: seal the till's business day in its journal (`journal_closings.close_day`), after a yes.

The closing's number and the first digits of its hash are said on screen as the daily summary prints them, so a
supervisor can write them in the outlet's book.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ska_pos.services.journal_closings import Closing, close_day
from ska_pos.ui.messages import confirm, show_info, tr
from ska_pos.ui.op_changes import SALES
from ska_pos.ui.ops import Operation, WriteOp
from ska_pos.ui.till_session import TillSession


def close_the_day(parent: QWidget, session: TillSession) -> Operation | None:
    """None when the supervisor said no."""
    question = tr(
        "Close the business day {day} on till {till}? Its totals are sealed in the journal. Do it after the last "
        "shift of the day is closed."
    ).format(day=session.today().isoformat(), till=session.till_code)
    if not confirm(parent, question, tr("Close the day")):
        return None
    actor = session.actor

    def close(db_session: Session) -> Closing:
        return close_day(db_session, actor)

    def closed(closing: Closing) -> None:
        text = tr("The day is closed: closing no. {number}, journal entries {first} to {last}, hash {hash}.").format(
            number=closing.closing_no, first=closing.first_seq, last=closing.last_seq, hash=closing.short_hash
        )
        show_info(parent, text, tr("Close the day"))

    return (
        WriteOp(parent, session.database, close, {SALES})
        .success(closed)
        .with_progress(tr("Closing the day…"))
        .run_in_background()
    )
