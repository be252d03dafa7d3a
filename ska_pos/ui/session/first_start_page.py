"""The first start of an empty database: a short setup, or demo data to try the till.

Signals: `setUp(object)` with a `FirstStartResult`; `demoBuilt(object)` with the demo builder's `DemoResult`.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ska_pos.db.database import Database
from ska_pos.demo import builder
from ska_pos.domain.outlet_profile import OUTLET_KINDS
from ska_pos.services.first_start import FirstStart, FirstStartResult, create_first_start
from ska_pos.services.till_claims import Machine
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import EVERYTHING
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.service_op import ServiceOp
from ska_pos.ui.session import look
from ska_pos.ui.session.preferences_bar import PreferencesBar
from ska_pos.ui.widgets import big_button, hint_room, named

DEMO_DAYS = 14


class FirstStartPage(QWidget):
    setUp = Signal(object)
    demoBuilt = Signal(object)

    def __init__(
        self, database: Database, machine: Machine, *, large_text: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database, self.machine = database, machine
        named(self, "firstStartPage", self.tr("First start"))
        self.preferences = PreferencesBar(large_text=large_text, parent=self)
        self.error = look.text("", "setupError", self.tr("Setup problem"))
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        columns = QHBoxLayout()
        columns.addWidget(self._setup_box(), 3)
        columns.addWidget(self._demo_box(), 2)
        layout = QVBoxLayout()
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(look.title(self.tr("Welcome to SKA POS"), "firstStartTitle"))
        layout.addWidget(
            look.text(
                self.tr("This database is empty. Set up your sentra, or try the till with demo data."),
                "firstStartIntro",
            )
        )
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.preferences)
        self.setLayout(layout)
        self.setFocusProxy(self.sentra_name)

    def _setup_box(self) -> QFrame:
        box = named(QFrame(), "setupBox", self.tr("Set up"))
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.sentra_name = self._field("setupSentraName", self.tr("Sentra name"))
        self.sentra_name.setPlaceholderText(self.tr("For example: Sentra Budi Luhur"))
        hint_room(self.sentra_name)
        self.outlet_name = self._field("setupOutletName", self.tr("Outlet name"))
        self.outlet_kind = named(QComboBox(), "setupOutletKind", self.tr("Outlet kind"))
        for kind in OUTLET_KINDS:
            self.outlet_kind.addItem(self._kind_name(kind), kind)
        self.till_code = self._field("setupTillCode", self.tr("Till code"), "T1")
        self.till_code.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{1,16}"), self))
        self.admin_name = self._field("setupAdminName", self.tr("Administrator's name"))
        self.pin = self._pin_field("setupPin", self.tr("Administrator's PIN (4 to 8 digits)"))
        self.pin_again = self._pin_field("setupPinAgain", self.tr("The same PIN again"))
        form = QFormLayout()
        for label, field in (
            (self.tr("Sentra name"), self.sentra_name),
            (self.tr("Outlet name"), self.outlet_name),
            (self.tr("Outlet kind"), self.outlet_kind),
            (self.tr("Till code"), self.till_code),
            (self.tr("Administrator's name"), self.admin_name),
            (self.tr("PIN"), self.pin),
            (self.tr("PIN again"), self.pin_again),
        ):
            form.addRow(label, field)
        self.set_up = big_button(self.tr("Set up and start"), "setupButton")
        self.set_up.setProperty("role", "primary")
        self.set_up.clicked.connect(self._create)
        self.pin_again.returnPressed.connect(self._create)
        layout = QVBoxLayout()
        layout.addWidget(look.heading(self.tr("Set up this till"), "setupHeading"))
        layout.addLayout(form)
        layout.addWidget(self.set_up)
        layout.addStretch(1)
        box.setLayout(layout)
        return box

    def _demo_box(self) -> QFrame:
        box = named(QFrame(), "demoBox", self.tr("Demo data"))
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.use_demo = big_button(self.tr("Use demo data"), "useDemoButton")
        self.use_demo.clicked.connect(self._build_demo)
        self.demo_status = look.text("", "demoStatus", self.tr("Demo data progress"))
        layout = QVBoxLayout(box)
        layout.addWidget(look.heading(self.tr("Just looking?"), "demoHeading"))
        layout.addWidget(
            look.text(
                self.tr(
                    "Demo data makes a sentra with five outlets, workers, items and two "
                    "weeks of sales. The login screen says DATA DEMO while it is in use."
                ),
                "demoExplanation",
            )
        )
        layout.addWidget(self.use_demo)
        layout.addWidget(self.demo_status)
        layout.addStretch(1)
        return box

    def _field(self, object_name: str, label: str, text: str = "") -> QLineEdit:
        field = named(QLineEdit(text), object_name, label)
        field.setMinimumHeight(44)
        return field

    def _pin_field(self, object_name: str, label: str) -> QLineEdit:
        field = self._field(object_name, label)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"), self))
        return field

    def _kind_name(self, kind: str) -> str:
        names = {
            "kafe": self.tr("Café"),
            "salon": self.tr("Salon"),
            "laundry": self.tr("Laundry"),
            "jahit": self.tr("Tailoring (jahit)"),
            "toko": self.tr("Shop or gallery"),
        }
        return names.get(kind, kind)

    def request(self) -> FirstStart:
        return FirstStart(
            self.sentra_name.text(),
            self.outlet_name.text(),
            str(self.outlet_kind.currentData()),
            self.till_code.text(),
            self.admin_name.text(),
            self.pin.text(),
            self.pin_again.text(),
        )

    def _create(self) -> None:
        request, machine = self.request(), self.machine

        self._busy(True)
        create = WriteOp(
            self, self.database, lambda session: create_first_start(session, request, machine=machine), EVERYTHING
        )
        create.success(self._created).failure(self._failed).with_progress(self.tr("Setting up…")).run_in_background()

    def _created(self, result: FirstStartResult) -> None:
        self._busy(False)
        self.setUp.emit(result)

    def _build_demo(self) -> None:
        self._busy(True)
        look.set_text(self.demo_status, self.tr("Preparing demo data… this takes a few seconds."))
        make = partial(builder.build_demo, days=DEMO_DAYS, machine=self.machine)
        build = ServiceOp(self, self.database, make, EVERYTHING)
        build.success(self._demo_made).failure(self._failed).with_progress(self.tr("Preparing demo data…"))
        build.with_timeout(None).run_in_background()  # as long as it takes: the administrator asked for it

    def _demo_made(self, result: builder.DemoResult) -> None:
        self._busy(False)
        self.demoBuilt.emit(result)

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        look.set_text(self.demo_status, "")
        look.set_text(self.error, error_text(error))
        self.pin.clear()
        self.pin_again.clear()

    def _busy(self, busy: bool) -> None:
        self.set_up.setEnabled(not busy)
        self.use_demo.setEnabled(not busy)
