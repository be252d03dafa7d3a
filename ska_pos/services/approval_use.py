"""An approval approves one action: spent once the transaction that used it commits.

An `Approval` lives only in the process that asked for it (the till's window passes it from the PIN dialog to the
one write it was asked for), so the spent ones are kept here, in memory, until they would have expired anyway. The
action may check its approval more than once inside its own transaction; a transaction that rolls back (a refusal,
a database error) spends nothing, so the cashier can try again without calling the supervisor back.
"""

from __future__ import annotations

import threading
import uuid
from datetime import datetime

from sqlalchemy import event
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.services.actor import Approval

_PENDING = "approvals_used"  # Session.info key: the approvals this transaction used, spent at its commit
_spent: dict[uuid.UUID, datetime] = {}  # nonce -> when it would have expired
_lock = threading.Lock()  # the database thread spends, the window's thread may ask


def approval_spent(approval: Approval) -> bool:
    with _lock:
        return approval.nonce in _spent


def spend_on_commit(session: Session, approval: Approval) -> None:
    pending: dict[uuid.UUID, datetime] | None = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = {}
        event.listen(session, "after_commit", _spend_pending)
        event.listen(session, "after_rollback", _forget_pending)
    pending[approval.nonce] = approval.expires_at


def _spend_pending(session: Session) -> None:
    pending: dict[uuid.UUID, datetime] = session.info.get(_PENDING, {})
    now = clock.now()
    with _lock:
        for nonce in [nonce for nonce, expires in _spent.items() if expires < now]:
            del _spent[nonce]  # refused by its age now; no need to remember it
        _spent.update(pending)
    pending.clear()


def _forget_pending(session: Session) -> None:
    session.info.get(_PENDING, {}).clear()
