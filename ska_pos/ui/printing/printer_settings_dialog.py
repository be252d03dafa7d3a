"""The printers of this till: connection, address, paper, copies, worker names, drawer, and a café's kitchen
printer, with a test print through the real connection. Supervisors and managers only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ska_pos import clock
from ska_pos.printing.errors import PrinterError
from ska_pos.printing.transports import PrinterSettings, send_receipt
from ska_pos.services.printer_settings import (
    MAX_COPIES,
    TillPrinters,
    check_printer,
    load_printers,
    printer_test_receipt,
    save_printers,
)
from ska_pos.ui.background_op import BackgroundOp
from ska_pos.ui.messages import error_text, translate_buttons
from ska_pos.ui.op_changes import PRINTING
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named

DEVICE_ORDER = ("network", "usb", "serial", "file")


class PrinterSettingsDialog(QDialog):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Printer settings, till {till}").format(till=session.till_code))
        named(self, "printerSettings", self.windowTitle())
        self.loaded: TillPrinters | None = None
        self._build()
        self.setMinimumWidth(620)
        self._set_enabled(False)
        if session.is_supervisor:
            till_id = session.actor.till_id
            ReadOp(self, session.database, lambda s: load_printers(s, till_id)).success(self._fill).failure(
                self._report
            ).run_in_background()
        else:
            self._say(self.tr("Only a supervisor or manager can change the printer settings."))

    # Layout ---------------------------------------------------------------------------------------------------

    def _kind_labels(self) -> dict[str, str]:
        return {
            "network": self.tr("Network (LAN)"),
            "usb": self.tr("USB"),
            "serial": self.tr("Serial port (COM)"),
            "file": self.tr("Device file"),
            "pdf": self.tr("No printer: save PDF files"),
            "none": self.tr("No printer"),
        }

    def _build(self) -> None:
        labels = self._kind_labels()
        self.kind = self._combo("printerKind", self.tr("Printer connection"), [(labels[k], k) for k in labels])
        self.address = named(QLineEdit(), "printerAddress", self.tr("Printer address"))
        self.address_hint = named(QLabel(""), "printerAddressHint", self.tr("Address examples"))
        self.address_hint.setWordWrap(True)
        self.paper = self._combo("printerPaper", self.tr("Paper width"), [("80 mm", 80), ("58 mm", 58)])
        self.copies = named(QSpinBox(), "printerCopies", self.tr("Copies of each receipt"))
        self.copies.setRange(1, MAX_COPIES)
        self.show_workers = named(QCheckBox(self.tr("Show the workers' names on receipts")), "printerShowWorkers",
                                  self.tr("Show the workers' names on receipts"))  # fmt: skip
        self.kick_drawer = named(QCheckBox(self.tr("Open the cash drawer for cash sales")), "printerKickDrawer",
                                 self.tr("Open the cash drawer for cash sales"))  # fmt: skip
        form = QFormLayout()
        form.addRow(self.tr("Connection"), self.kind)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.address_hint)  # across both columns: a wrapped label in one column is cut off
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Copies"), self.copies)
        form.addRow("", self.show_workers)
        form.addRow("", self.kick_drawer)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addWidget(self._kitchen_box(labels))
        self.test_button = named(QPushButton(self.tr("Test print")), "printerTest", self.tr("Test print"),
                                 self.tr("Print a test receipt on the printer as set above"))  # fmt: skip
        self.test_button.clicked.connect(self.test_print)
        self.outcome = named(QLabel(""), "printerTestResult", self.tr("Result"))
        self.outcome.setWordWrap(True)
        layout.addWidget(self.test_button)
        layout.addWidget(self.outcome)
        layout.addWidget(self._buttons())
        self.setLayout(layout)
        for widget in (self.kind, self.address, self.paper, self.copies, self.test_button):
            widget.setMinimumHeight(TOUCH_TARGET_PX)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kitchen_box(self, labels: dict[str, str]) -> QGroupBox:
        box = named(QGroupBox(self.tr("Kitchen printer")), "kitchenPrinter", self.tr("Kitchen printer"))
        choices = [(labels[k], k) for k in (*DEVICE_ORDER, "none")]
        self.kitchen_kind = self._combo("kitchenKind", self.tr("Kitchen printer connection"), choices)
        self.kitchen_address = named(QLineEdit(), "kitchenAddress", self.tr("Kitchen printer address"))
        self.kitchen_paper = self._combo("kitchenPaper", self.tr("Kitchen paper width"), [("80 mm", 80), ("58 mm", 58)])
        form = QFormLayout()
        form.addRow(self.tr("Connection"), self.kitchen_kind)
        form.addRow(self.tr("Address"), self.kitchen_address)
        form.addRow(self.tr("Paper"), self.kitchen_paper)
        box.setLayout(form)
        for widget in (self.kitchen_kind, self.kitchen_address, self.kitchen_paper):
            widget.setMinimumHeight(TOUCH_TARGET_PX)
        box.setVisible(self.session.profile.kitchen_tickets)
        return box

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        named(buttons, "printerButtons", self.tr("Save or cancel"))
        translate_buttons(buttons)
        for button in buttons.buttons():
            button.setMinimumHeight(TOUCH_TARGET_PX)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("printerSave")
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def _combo(self, object_name: str, accessible: str, choices: Sequence[tuple[str, object]]) -> QComboBox:
        combo = named(QComboBox(), object_name, accessible)
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    def _kind_changed(self, *_index: object) -> None:
        hints = {
            "network": self.tr("IP address, and the port when it is not 9100: 192.168.1.50 or 192.168.1.50:9100"),
            "usb": self.tr("Vendor and product id as lsusb shows them: 04b8:0e15"),
            "serial": self.tr("Port and speed: COM3:9600 or /dev/ttyUSB0:19200"),
            "file": self.tr("The printer's device file: /dev/usb/lp0"),
            "pdf": self.tr("Folder for the PDF files; empty: the receipts folder in the data folder"),
            "none": self.tr("Receipts are kept as PDF files in the data folder and shown on screen."),
        }
        kind = str(self.kind.currentData())
        self.address_hint.setText(hints[kind])  # under the field, wrapped: a placeholder would be cut short
        self.address.setEnabled(kind != "none" and self.loaded is not None)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QComboBox | QLineEdit | QSpinBox | QCheckBox | QPushButton):
                widget.setEnabled(enabled)
        self.cancel_button.setEnabled(True)

    # Reading and writing the fields ---------------------------------------------------------------------------

    def _fill(self, printers: TillPrinters) -> None:
        self.loaded = printers
        receipt, kitchen = printers.receipt, printers.kitchen
        _select(self.kind, receipt.kind)
        self.address.setText(receipt.address)
        _select(self.paper, receipt.paper_mm)
        self.copies.setValue(receipt.copies)
        self.show_workers.setChecked(receipt.show_workers)
        self.kick_drawer.setChecked(receipt.kick_drawer)
        _select(self.kitchen_kind, kitchen.kind)
        self.kitchen_address.setText(kitchen.address)
        _select(self.kitchen_paper, kitchen.paper_mm)
        self._set_enabled(True)
        self._kind_changed()

    def printers(self) -> TillPrinters:
        """What the fields say (not checked yet)."""
        base = self.loaded or TillPrinters(PrinterSettings(), PrinterSettings(kick_drawer=False))
        receipt = replace(
            base.receipt,
            kind=self.kind.currentData(),
            address=self.address.text().strip(),
            paper_mm=int(self.paper.currentData()),
            copies=self.copies.value(),
            show_workers=self.show_workers.isChecked(),
            kick_drawer=self.kick_drawer.isChecked(),
        )
        kitchen = replace(
            base.kitchen,
            kind=self.kitchen_kind.currentData(),
            address=self.kitchen_address.text().strip(),
            paper_mm=int(self.kitchen_paper.currentData()),
        )
        return TillPrinters(receipt, kitchen)

    # Actions --------------------------------------------------------------------------------------------------

    def test_print(self) -> None:
        settings = self.printers().receipt
        if settings.kind == "none":
            self._say(self.tr("Choose a printer first."))
            return
        self._say(self.tr("Printing a test receipt…"))
        self.test_button.setEnabled(False)
        BackgroundOp(self, partial(_send_test, self.session, settings)).success(self._tested).failure(
            self._test_failed
        ).with_progress(self.tr("Printing a test receipt…")).run_in_background()

    def _tested(self, settings: PrinterSettings) -> None:
        self.test_button.setEnabled(True)
        if settings.kind == "pdf":
            self._say(self.tr("The test receipt was saved as a PDF file."))
        else:
            self._say(self.tr("The test receipt was sent to the printer. Check that it printed clearly."))

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self._report(error)

    def save(self) -> None:
        printers = self.printers()
        self.save_button.setEnabled(False)
        actor = self.session.actor
        WriteOp(
            self, self.session.database, lambda s: save_printers(s, actor, actor.till_id, printers), {PRINTING}
        ).success(lambda _none: self.accept()).failure(self._save_failed).run_in_background()

    def _save_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self._report(error)

    def _report(self, error: Exception) -> None:
        self._say(error.message if isinstance(error, PrinterError) else error_text(error))

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.setAccessibleName(text)


# The work of the operations below runs on the database thread and holds no Qt object: whatever it holds may be
# released there.


def _send_test(session: TillSession, settings: PrinterSettings) -> PrinterSettings:
    checked = check_printer(settings)
    data = printer_test_receipt(session.outlet_name, session.till_code, session.user_name,
                                clock.now_in(session.outlet_timezone), session.language)  # fmt: skip
    send_receipt(checked, data)
    return checked


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
