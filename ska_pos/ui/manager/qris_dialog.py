"""Setting an outlet's QRIS code: paste the static code or open a photo or screenshot of the printed merchant QR;
the app checks it and shows what it read (merchant, city, NMID) and a test code for Rp1.000 to scan with a banking
app; the manager saves only what they saw. A code that fails the checks is refused with its reason.

Opened with `open()`; the picture is decoded and the code saved off the screen thread (ui.ops).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.qris import QrisMerchant
from ska_pos.services.errors import ValidationError
from ska_pos.services.qris_setup import (
    TEST_AMOUNT,
    OutletQris,
    checked_payload,
    outlet_qris,
    read_qris_picture,
    set_outlet_qris,
    trial_payment_code,
)
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.save_dialog import ask_open_path
from ska_pos.ui.till.qr_image import qr_pixmap
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named

TEST_CODE_PX = 180


class QrisDialog(ManagerDialog):
    changes = frozenset({op_changes.SETTINGS})

    def __init__(self, session: TillSession, outlet_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__("qrisDialog", QCoreApplication.translate("QrisDialog", "Outlet's QRIS code"), parent)
        self.session = session
        self.outlet_id = outlet_id
        # The code whose merchant is on screen: Save saves exactly this, never text changed after the check.
        self.checked: str | None = None
        self.saved_now = named(QLabel(self.tr("Reading the outlet's QRIS code…")), "qrisSavedNow",
                               self.tr("The outlet's QRIS code now"))  # fmt: skip
        self.saved_now.setWordWrap(True)
        self.body.insertWidget(1, self.saved_now)  # under the heading, above the code's field
        self.payload = named(QPlainTextEdit(), "qrisPayload", self.tr("QRIS code text"))
        self.payload.setPlaceholderText(self.tr("Paste the code here: it starts with 000201"))
        self.payload.setTabChangesFocus(True)
        self.payload.setFixedHeight(80)
        self.payload.textChanged.connect(self._text_changed)
        self.add_row(self.tr("QRIS &code"), self.payload)
        self.open_picture = self._button(self.tr("Open a &picture…"), "qrisOpenPicture",
                                         self.tr("Open a photo or screenshot of the printed QRIS code"))  # fmt: skip
        self.check_button = self._button(self.tr("C&heck the code"), "qrisCheck", self.tr("Check the QRIS code"))
        self.open_picture.clicked.connect(self.choose_picture)
        self.check_button.clicked.connect(self.check_code)
        row = QHBoxLayout()
        self.body.addLayout(row)
        row.addWidget(self.open_picture)
        row.addWidget(self.check_button)
        row.addStretch(1)
        self.merchant = named(QLabel(), "qrisMerchant", self.tr("What the code says"))
        self.merchant.setWordWrap(True)
        self.merchant.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_code = named(QLabel(), "qrisTestCode", self.tr("Test QRIS code for Rp1.000"))
        self.test_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.merchant, self.test_code):
            label.hide()
            self.body.addWidget(label)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Save"))
        self.finish_layout()
        ReadOp(self, session.database, lambda s: outlet_qris(s, outlet_id)).success(
            self._show_saved
        ).run_in_background()

    def _button(self, text: str, object_name: str, accessible: str) -> QPushButton:
        button = named(QPushButton(text), object_name, accessible)
        button.setAutoDefault(False)
        touch_height(button, 56)
        return button

    # --- what is saved now ---------------------------------------------------------------------------------------
    def _show_saved(self, now: OutletQris) -> None:
        if now.merchant is not None:
            text = self.tr("{outlet} uses the code of {merchant} ({city}), NMID {nmid}.").format(
                outlet=now.outlet_name, merchant=now.merchant.name, city=now.merchant.city, nmid=now.merchant.nmid
            )
        elif now.payload:
            text = self.tr("{outlet}'s saved QRIS code cannot be used: {problem}").format(
                outlet=now.outlet_name, problem=now.problem
            )
        else:
            text = self.tr("{outlet} has no QRIS code yet: its tills cannot take QRIS payments.").format(
                outlet=now.outlet_name
            )
        self.saved_now.setText(text)
        self.saved_now.setAccessibleDescription(text)

    # --- reading a picture -----------------------------------------------------------------------------------------
    def choose_picture(self) -> None:
        path = ask_open_path(self, self.tr("Open a picture of the QRIS code"), Path.home(),
                             self.tr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp)"))  # fmt: skip
        if path is not None:
            self.read_picture(path)

    def read_picture(self, path: Path) -> None:
        # Decoding a phone photo takes a moment: done off the screen thread, by the one operation pattern.
        ReadOp(self, self.session.database, lambda _s: read_qris_picture(path)).success(self._picture_read).failure(
            lambda error: self.show_error(str(error))
        ).with_progress(self.tr("Reading the picture…")).run_in_background()

    def _picture_read(self, text: str) -> None:
        self.payload.setPlainText(text)
        self.check_code()

    # --- checking ------------------------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        self.checked = None
        self.merchant.hide()
        self.test_code.hide()
        self.error.hide()

    def check_code(self) -> bool:
        """Shows what the code says and its test code, or why it is refused; True when it can be saved."""
        try:
            payload, merchant = checked_payload(self.payload.toPlainText())
            trial = trial_payment_code(payload)
        except ValidationError as error:
            self._text_changed()
            self.show_error(str(error))
            return False
        self.error.hide()
        self._show_merchant(merchant)
        self.test_code.setPixmap(qr_pixmap(trial, TEST_CODE_PX))
        self.test_code.show()
        self.checked = payload
        return True

    def _show_merchant(self, merchant: QrisMerchant) -> None:
        amount = format_rupiah(TEST_AMOUNT, self.session.language)
        text = self.tr(
            "Merchant: {name}\nCity: {city}\nNMID: {nmid}\n\nScan the test code below with a banking app: it must show"
            " this merchant and {amount}. Do not pay it. Then save."
        ).format(name=merchant.name, city=merchant.city, nmid=merchant.nmid, amount=amount)
        self.merchant.setText(text)
        self.merchant.setAccessibleDescription(text)
        self.merchant.show()

    def check(self) -> str | None:
        if self.checked is not None:
            return None
        if self.check_code():
            return self.tr("Check the merchant shown, then press Save again.")
        return self.error.accessibleName()

    def save_work(self) -> Callable[[Session], QrisMerchant]:
        actor, outlet_id, payload = self.session.actor, self.outlet_id, self.checked or ""
        return lambda s: set_outlet_qris(s, actor, outlet_id, payload)
