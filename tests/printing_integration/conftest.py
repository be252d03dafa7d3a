"""Till printers for the integration tests: settings written through the service, dispatchers closed after use,
and no modal dialog that could block a test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop, act_as

from ska_pos.printing.transports import PrinterSettings
from ska_pos.services.actor import Actor
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.services.printer_settings import TillPrinters, save_printers
from ska_pos.ui import ops
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.till_session import TillSession

NO_PRINTER = PrinterSettings("none", kick_drawer=False)


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: QWidget) -> int:
        raise AssertionError(f"a blocking modal dialog was opened: {self.objectName()} {self.accessibleName()}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


def supervisor_at(shop: Shop, actor: Actor) -> Actor:
    return act_as(shop, "supervisor", outlet_id=actor.outlet_id, till_id=actor.till_id)


def set_printers(
    shop: Shop, receipt: PrinterSettings, kitchen: PrinterSettings = NO_PRINTER, *, salon: bool = False
) -> None:
    actor = shop.salon_cashier if salon else shop.cashier
    with shop.db.transaction() as s:
        save_printers(s, supervisor_at(shop, actor), actor.till_id, TillPrinters(receipt, kitchen))


def network(address: str, **options: object) -> PrinterSettings:
    return PrinterSettings("network", address, **options)  # type: ignore[arg-type]


@pytest.fixture
def make_dispatcher(shop: Shop) -> Iterator[Callable[..., ReceiptDispatcher]]:
    made: list[ReceiptDispatcher] = []

    def make(salon: bool = False) -> ReceiptDispatcher:
        actor = shop.salon_cashier if salon else shop.cashier
        dispatcher = ReceiptDispatcher(shop.db, actor.till_id)
        made.append(dispatcher)
        return dispatcher

    yield make
    for dispatcher in made:
        assert dispatcher.close(timeout=5)


def till_session(shop: Shop, role: str = "supervisor") -> TillSession:
    user = {"cashier": ("kasir", "Rina Kasir"), "supervisor": ("spv", "Dewi Supervisor"),
            "manager": ("manajer", "Agus Manajer")}[role]  # fmt: skip
    actor = act_as(shop, role)
    with shop.db.reading() as s:
        profile = profile_of(s, actor.outlet_id)
    return TillSession(shop.db, actor, user[0], user[1], "KFE", "Kafe Budi Luhur", profile, "T1", "id")


@pytest.fixture(autouse=True)
def _operations_finish(qtbot: QtBot) -> Iterator[None]:
    """Every background operation a test started ends inside that test, before its widgets are deleted."""
    yield
    qtbot.waitUntil(lambda: not ops._running, timeout=10_000)
