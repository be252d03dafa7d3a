"""Keeping this computer's claim on its till while someone works at it: renewed, lost (the sale in progress held,
the reason told) and released (`services/till_claims.py`)."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QEventLoop, QTimer

from ska_pos.services.cart import Cart
from ska_pos.services.errors import plain_database_error
from ska_pos.services.till_claims import Machine, release_till, renew_claim
from ska_pos.ui.messages import error_text, show_error, show_info, tr
from ska_pos.ui.op_changes import SALES, TILLS
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.session.around_sale import AroundTheSale

RELEASE_WAIT_S = 3.0


class KeepsTheTillClaim(AroundTheSale):
    claimed_till: uuid.UUID | None
    renewal: QTimer
    machine: Machine

    def end_session(self) -> None:
        raise NotImplementedError

    def show_login(self) -> None:
        raise NotImplementedError

    def _renew_claim(self) -> None:
        till_id, database, machine = self.claimed_till, self.database, self.machine
        if till_id is None:
            return

        # no timeout: a slow answer is not a lost claim (the claim outlives several renewals)
        WriteOp(self, database, lambda session: renew_claim(session, till_id, machine), {TILLS}).success(
            self._claimed_again
        ).failure(self._claim_lost).with_timeout(None).run_in_background()

    def _claimed_again(self, notice: str | None) -> None:
        if notice:
            show_info(self, notice)

    def _claim_lost(self, error: Exception) -> None:
        """Any refusal (taken over, in use elsewhere, ...) ends the session and is told; the till is not ours."""
        if plain_database_error(error) is not None:
            return  # a busy or unreachable database: the next renewal tries again
        cart, actor, database = self._cart_in_progress(), self.session.actor if self.session else None, self.database
        self.claimed_till = None
        self.renewal.stop()
        self.end_session()
        self.show_login()
        if cart is None or actor is None:
            show_error(self, error)
            return
        held_text = tr("The sale in progress was held at this till: F9 brings it back after logging in.")

        def tell(after: str) -> None:
            show_error(self, f"{error_text(error)}\n\n{after}")

        from ska_pos.services import held_sales  # not before the login page: only a till taken away needs it

        # nothing the cashier rang up is lost with the till
        WriteOp(self, database, lambda session: held_sales.hold(session, actor, cart), {SALES}).success(
            lambda _held: tell(held_text)
        ).failure(lambda failed: tell(error_text(failed))).run_in_background()

    def _cart_in_progress(self) -> Cart | None:
        """A copy of the cart on the sale screen, None when there is none or it is empty."""
        presenter = getattr(self.till_page.sale_screen, "presenter", None) if self.till_page else None
        cart = getattr(presenter, "cart", None)
        return replace(cart, lines=list(cart.lines)) if isinstance(cart, Cart) and not cart.is_empty() else None

    def _release_claim(self, *, wait: bool = False) -> None:
        """Another computer may open the till at once; on closing the program this waits for it."""
        till_id, database, machine = self.claimed_till, self.database, self.machine
        self.claimed_till = None
        self.renewal.stop()
        if till_id is None:
            return

        # closing anyway when it fails: a claim left behind goes stale in minutes
        release = WriteOp(None, database, lambda session: release_till(session, till_id, machine), {TILLS}).failure(
            lambda _error: None
        )
        operation = release.with_timeout(RELEASE_WAIT_S if wait else None).run_in_background()
        if wait and not operation.done:  # the program is closing: nothing on screen waits, but the release should land
            loop = QEventLoop()
            operation.finished.connect(loop.quit)
            loop.exec()
