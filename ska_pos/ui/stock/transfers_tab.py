"""Transfers between outlets of the sentra, as the manager sees them at this outlet: what was sent and is not
received yet (from here or to here), a button to receive what came, all of it, and one to receive it line by line
with what really arrived (a loss on the way, with its reason and a supervisor's PIN), one to send goods and one to
print the chosen transfer's note; below, the transfers received lately with what was lost on the way and why."""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.reports import formatting as fmt
from ska_pos.services.stock import transfers
from ska_pos.services.stock.transfers import InTransit
from ska_pos.services.stock.transit_losses import ReceivedTransfer, received_lately
from ska_pos.ui import op_changes
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import CATALOG, SALES, refresh_on
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named

# A transfer moves stock: the screens that show stock listen for these.
TRANSFER_CHANGES = frozenset({op_changes.CATALOG})


class InTransitModel(RowsModel):
    numeric_columns = frozenset({4, 5})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Number"), self.tr("From"), self.tr("To"), self.tr("Sent"), self.tr("Lines"),
                self.tr("Quantity"))  # fmt: skip

    def text(self, row: InTransit, column: int) -> str:
        if column == 3:
            return fmt.short_date(row.sent_at.date(), self.language)
        values = (row.number, row.from_code, row.to_code, "", row.lines, f"{row.quantity.normalize():f}")
        return str(values[column])


class ReceivedModel(RowsModel):
    numeric_columns = frozenset({4, 5, 6})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Number"), self.tr("From"), self.tr("To"), self.tr("Received"), self.tr("Sent"),
                self.tr("Arrived"), self.tr("Lost on the way"), self.tr("Why"))  # fmt: skip

    def __init__(self, language: str, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.zone = ZoneInfo(zone)

    def text(self, row: ReceivedTransfer, column: int) -> str:
        language = self.language
        if column == 3:  # the outlet's own day and time, not the stored UTC
            return fmt.date_time(row.received_at.astimezone(self.zone), language)
        lost = fmt.quantity(row.lost, language) if row.lost else ""
        values = (row.number, row.from_code, row.to_code, "", fmt.quantity(row.sent, language),
                  fmt.quantity(row.received, language), lost, row.reasons)  # fmt: skip
        return values[column]


class TransfersTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        refresh_on(self, {CATALOG, SALES}, self.reload, first_when_shown=True)
        named(self, "transfersTab", self.tr("Transfers between outlets"))
        self.session = session
        self.model = InTransitModel(session.language, self)
        self.table = named(QTableView(), "transfersTable", self.tr("Transfers on the way"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        look.whole_columns(self.table.horizontalHeader())
        self.received = ReceivedModel(session.language, session.outlet_timezone, self)
        self.received_table = named(QTableView(), "transfersReceived",
                                    self.tr("Transfers received lately, with what was lost on the way"))  # fmt: skip
        self.received_table.setModel(self.received)
        self.received_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.received_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        look.whole_columns(self.received_table.horizontalHeader())
        self.received_table.horizontalHeader().setStretchLastSection(True)
        self.status = named(QLabel(""), "transfersStatus", self.tr("Transfers status"))
        self.status.setWordWrap(True)
        self.notice = ""
        self.receive_button = named(QPushButton(self.tr("&Receive all of it")), "transferReceive",
                                    self.tr("Receive the chosen transfer, all of it"))  # fmt: skip
        self.receive_short_button = named(QPushButton(self.tr("Receive &less than sent…")), "transferReceiveShort",
                                          self.tr("Receive the chosen transfer, typing what arrived"))  # fmt: skip
        self.send_button = named(QPushButton(self.tr("&Send goods…")), "transferSend",
                                 self.tr("Send goods to another outlet"))  # fmt: skip
        self.note_button = named(QPushButton(self.tr("Transfer &note")), "transferNote",
                                 self.tr("The chosen transfer's note, to print or save"))  # fmt: skip
        for button in (self.receive_button, self.receive_short_button, self.send_button, self.note_button):
            button.setMinimumHeight(TOUCH_TARGET_PX)
        self.receive_button.clicked.connect(self.receive_chosen)
        self.receive_short_button.clicked.connect(lambda: self.open_receive_short())
        self.send_button.clicked.connect(self.open_send)
        self.note_button.clicked.connect(self.print_note)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen_changed())
        self.received_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen_changed())
        buttons = QHBoxLayout()
        for button in (self.send_button, self.receive_button, self.receive_short_button, self.note_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout()
        title = self.tr("Sent and not received yet")
        layout.addWidget(named(QLabel(title), "transfersTitle", title))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        received = self.tr("Received lately")
        layout.addWidget(named(QLabel(received), "transfersReceivedTitle", received))
        layout.addWidget(self.received_table, 1)
        self.setLayout(layout)
        self._chosen_changed()

    def reload(self) -> None:
        outlet_id = self.session.actor.outlet_id

        def work(s: Session) -> tuple[list[InTransit], list[ReceivedTransfer]]:
            return transfers.in_transit(s, outlet_id), received_lately(s, outlet_id)

        ReadOp(self, self.session.database, work).success(self._loaded).run_in_background()

    def _loaded(self, loaded: tuple[list[InTransit], list[ReceivedTransfer]]) -> None:
        rows, received = loaded
        self.model.set_rows(rows)
        self.received.set_rows(received)
        # what was last done here stays in view after the reload its write causes
        self.status.setText(
            " · ".join(filter(None, (self.notice, self.tr("%n transfer(s) on the way", "", len(rows)))))
        )
        self._chosen_changed()

    def chosen(self) -> InTransit | None:
        rows = self.table.selectionModel().selectedRows()
        row: InTransit | None = self.model.row_at(rows[0].row()) if rows else None
        return row

    def chosen_number(self) -> str | None:
        """The transfer whose note to print: the one chosen on the way, else the one chosen among those received."""
        chosen = self.chosen()
        if chosen is not None:
            return chosen.number
        rows = self.received_table.selectionModel().selectedRows()
        received: ReceivedTransfer | None = self.received.row_at(rows[0].row()) if rows else None
        return received.number if received is not None else None

    def _chosen_changed(self) -> None:
        chosen = self.chosen()
        receivable = chosen is not None and chosen.to_code == self.session.outlet_code
        self.receive_button.setEnabled(receivable)
        self.receive_short_button.setEnabled(receivable)
        self.note_button.setEnabled(self.chosen_number() is not None)

    def receive_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        transfer_id: uuid.UUID = chosen.transfer_id
        actor = self.session.actor

        def work(s: Session) -> str:
            transfers.receive_transfer(s, actor, transfer_id)
            return chosen.number

        done = self.tr("Transfer {number} received")
        WriteOp(self, self.session.database, work, TRANSFER_CHANGES).success(
            lambda number: self._tell(done.format(number=number))
        ).failure(lambda error: self._tell(error_text(error))).with_progress(self.tr("Receiving…")).run_in_background()

    def _tell(self, notice: str) -> None:
        self.notice = notice
        self.status.setText(notice)

    def open_receive_short(self) -> QWidget | None:
        from ska_pos.ui.stock.transfer_receive_dialog import TransferReceiveDialog

        chosen = self.chosen()
        if chosen is None or chosen.to_code != self.session.outlet_code:
            return None
        dialog = TransferReceiveDialog(self.session, chosen, self)
        done = self.tr("Transfer {number} received")
        dialog.saved.connect(lambda number: self._tell(done.format(number=number)))
        dialog.open()
        return dialog

    def print_note(self) -> None:
        """The chosen transfer's note (A4) in the preview, to print or save."""
        from ska_pos.ui.manager.documents import show_pdf

        number, language = self.chosen_number(), self.session.language
        if number is None:
            return

        def work(s: Session) -> bytes:
            from ska_pos.reports.transfer_pdf import render_transfer_note_pdf
            from ska_pos.services.stock.transfer_views import transfer_note

            return render_transfer_note_pdf(transfer_note(s, number), language)

        ReadOp(self, self.session.database, work).success(lambda pdf: show_pdf(self, pdf, number)).failure(
            lambda error: self._tell(error_text(error))
        ).with_progress(self.tr("Preparing the transfer note…")).run_in_background()

    def open_send(self) -> None:
        from ska_pos.ui.stock.transfers_send_dialog import TransferSendDialog

        TransferSendDialog(self.session, self).open()
