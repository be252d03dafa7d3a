"""Logging in at the till: pick your name from big buttons or type it, then the PIN on the keypad or keyboard.

Wrong PINs are counted by `auth.login` (the counter is committed); after five the user waits, and the page says
until when. When the till is locked, the page says whose sale is kept. A user whose PIN a manager reset (or who
was just added) logs in with the PIN they were given, then types a new PIN of their own twice on the same keypad
(`auth.change_pin_at_login`, which checks the given PIN again) and is logged in.

Signals: `loggedIn(object)` with the `LoginName` (carrying the `Actor` the login issued);
`languageChosen(str)`; `largeTextToggled(bool)`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.services import auth
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.this_till import LoginName, TillPlace, match_login_name
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import USERS
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.pin_pad import PinPad
from ska_pos.ui.session import look
from ska_pos.ui.session.preferences_bar import PreferencesBar
from ska_pos.ui.session.roles import role_name
from ska_pos.ui.session.warm_imports import import_while_idle, load_number_formats
from ska_pos.ui.widgets import big_button, named

NAME_COLUMNS = 2


@dataclass(frozen=True)
class LoginContext:
    place: TillPlace
    users: list[LoginName]
    demo_mode: bool
    locked_user: LoginName | None = None


@dataclass(frozen=True)
class LoginOutcome:
    ok: bool
    message: str
    locked_until: datetime | None
    actor: Actor | None = None
    must_change_pin: bool = False


class LoginPage(QWidget):
    loggedIn = Signal(object)
    languageChosen = Signal(str)
    largeTextToggled = Signal(bool)

    def __init__(
        self, database: Database, context: LoginContext, *, large_text: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database, self.context = database, context
        self.selected: LoginName | None = None
        self._typed_pin = ""
        # Choosing a new PIN: the PIN the user was given, then the new one typed once (to be typed again).
        self.given_pin: str | None = None
        self.new_pin: str | None = None
        named(self, "loginPage", self.tr("Log in"))
        self.pin_pad = PinPad(self, object_prefix="loginPin")
        self.pin_pad.submitted.connect(self._submit)
        self.pin_heading = look.heading(self.tr("Choose your name first"), "loginPinHeading")
        self.message = look.text("", "loginMessage", self.tr("Login message"))
        self.message.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.preferences = PreferencesBar(large_text=large_text, languages=context.locked_user is None, parent=self)
        self.preferences.languageChosen.connect(self.languageChosen)
        self.preferences.largeTextToggled.connect(self.largeTextToggled)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(self._names_column(), 3)
        columns.addLayout(self._pin_column(), 2)
        layout = QVBoxLayout()
        layout.setContentsMargins(32, 16, 32, 16)
        for widget in self._banners():
            layout.addWidget(widget)
        layout.addLayout(columns, 1)
        layout.addWidget(self.preferences)
        self.setLayout(layout)
        self._tab_order()
        self.setFocusProxy(self.name_field)
        if context.locked_user is not None:
            self.select(context.locked_user)
        # what the sale screen needs first, so that the PIN opens it without waiting for it
        import_while_idle(self)
        load_number_formats(self)

    def _tab_order(self) -> None:
        """Names, then the typed name, then the PIN, then language and text size."""
        chain = [*self.name_buttons.values(), self.name_field, self.pin_pad.display]
        chain += [button for button in self.preferences.findChildren(QPushButton) if button.isVisibleTo(self)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _banners(self) -> list[QWidget]:
        place = self.context.place
        widgets: list[QWidget] = [
            look.title(f"SKA POS · {place.outlet_name}", "loginTitle"),
            look.text(self.tr("Till {code}").format(code=place.till_code), "loginTill"),
        ]
        if self.context.demo_mode:
            banner = look.text(self.tr("DATA DEMO: this till holds demo data, not real sales."), "demoBanner")
            banner.setProperty("role", "banner")
            widgets.append(look.scaled(banner, look.HEADING))
        if self.context.locked_user is not None:
            locked = look.text(
                self.tr("The till is locked. The sale of {name} is kept: log in to carry on.").format(
                    name=self.context.locked_user.full_name
                ),
                "lockedBanner",
            )
            locked.setProperty("role", "banner")
            widgets.append(locked)
        return widgets

    def _names_column(self) -> QVBoxLayout:
        grid_host = QWidget()
        grid_host.setStyleSheet("QPushButton { min-height: 64px; }")  # style sheet minimums beat setMinimumHeight
        grid = QGridLayout(grid_host)
        self.name_buttons: dict[str, QWidget] = {}
        for index, user in enumerate(self.context.users):
            button = big_button(
                f"{user.full_name}\n{role_name(user.role)}", f"loginUser_{user.username}", user.full_name
            )
            look.scaled(button, 1.15, bold=False)
            button.clicked.connect(lambda _checked=False, user=user: self.select(user))
            grid.addWidget(button, index // NAME_COLUMNS, index % NAME_COLUMNS)
            self.name_buttons[user.username] = button
        grid.setRowStretch(len(self.context.users) // NAME_COLUMNS + 1, 1)
        scroll = named(QScrollArea(), "loginNames", self.tr("Names"))
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        self.name_field = named(
            QLineEdit(), "loginNameField", self.tr("Type your name"), self.tr("Type your name or user name, then Enter")
        )
        self.name_field.setPlaceholderText(self.tr("Or type your name, then Enter"))
        self.name_field.setMinimumHeight(48)
        self.name_field.returnPressed.connect(self._typed_name)
        column = QVBoxLayout()
        column.addWidget(look.heading(self.tr("Who are you?"), "loginWhoHeading"))
        column.addWidget(scroll, 1)
        column.addWidget(self.name_field)
        return column

    def _pin_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(self.pin_heading)
        column.addWidget(self.pin_pad)
        column.addWidget(self.message)
        column.addStretch(1)
        return column

    def _typed_name(self) -> None:
        user = match_login_name(self.context.users, self.name_field.text())
        if user is None:
            self._say(self.tr("No one of that name can log in here. Check the spelling or touch your name."))
            return
        self.select(user)

    def select(self, user: LoginName) -> None:
        self.selected = user
        self.given_pin = self.new_pin = None
        look.set_text(self.pin_heading, self.tr("PIN of {name}").format(name=user.full_name))
        self._say("")
        self.setFocusProxy(self.pin_pad)
        self.pin_pad.clear()

    def _submit(self, pin: str) -> None:
        if self.selected is None:
            self._say(self.tr("Choose your name first"))
            self.pin_pad.clear()
            return
        if self.given_pin is not None:
            self._new_pin_typed(pin)
            return
        username, place = self.selected.username, self.context.place

        def work(session: Session) -> LoginOutcome:
            result = auth.login(session, username, pin, outlet_id=place.outlet_id, till_id=place.till_id)
            outcome = LoginOutcome(result.ok, result.message, result.locked_until, result.actor)
            return replace(outcome, must_change_pin=result.must_change_pin)

        self.pin_pad.setEnabled(False)
        self._typed_pin = pin
        WriteOp(self, self.database, work, {USERS}).success(self._answered).failure(self._failed).run_in_background()

    def _new_pin_typed(self, pin: str) -> None:
        """The new PIN once, then again; the second time it goes to the database with the given one."""
        self.pin_pad.clear()
        if self.new_pin is None:
            try:
                auth.check_pin_format(pin)
            except ValidationError as error:
                self._say(str(error))
                return
            self.new_pin = pin
            look.set_text(self.pin_heading, self.tr("Type the new PIN again"))
            self._say("")
            return
        if pin != self.new_pin:
            self.new_pin = None
            look.set_text(self.pin_heading, self.tr("Choose a new PIN (4 to 8 digits)"))
            self._say(self.tr("The two PINs were not the same. Choose a new PIN again."))
            return
        assert self.selected is not None
        assert self.given_pin is not None
        username, place, given = self.selected.username, self.context.place, self.given_pin

        def work(session: Session) -> LoginOutcome:
            result = auth.change_pin_at_login(session, username, given, pin, outlet_id=place.outlet_id,
                                              till_id=place.till_id)  # fmt: skip
            return LoginOutcome(result.ok, result.message, result.locked_until, result.actor)

        self.pin_pad.setEnabled(False)
        WriteOp(self, self.database, work, {USERS}).success(self._answered).failure(
            self._new_pin_refused
        ).run_in_background()

    def _new_pin_refused(self, error: Exception) -> None:
        self.new_pin = None
        look.set_text(self.pin_heading, self.tr("Choose a new PIN (4 to 8 digits)"))
        self._failed(error)

    def _answered(self, outcome: LoginOutcome) -> None:
        self.pin_pad.setEnabled(True)
        if outcome.ok and self.selected is not None:
            self.given_pin = self.new_pin = None
            self.loggedIn.emit(replace(self.selected, actor=outcome.actor))
            return
        if outcome.must_change_pin:
            self.given_pin, self.new_pin = self._typed_pin, None
            look.set_text(self.pin_heading, self.tr("Choose a new PIN (4 to 8 digits)"))
            self._say(self.tr("Your PIN was given to you by a manager: choose a new PIN of your own."))
            self.pin_pad.clear()
            return
        if self.given_pin is not None and self.selected is not None:
            self.select(self.selected)  # the given PIN no longer works (changed elsewhere, or locked): start over
        message = outcome.message
        if outcome.locked_until is not None:
            until = outcome.locked_until.astimezone(ZoneInfo(self.context.place.outlet_timezone)).strftime("%H:%M:%S")
            message += " " + self.tr("Wait until {time}.").format(time=until)
        self._say(message)
        self.pin_pad.clear()

    def _failed(self, error: Exception) -> None:
        self.pin_pad.setEnabled(True)
        self._say(error_text(error))
        self.pin_pad.clear()

    def _say(self, text: str) -> None:
        look.set_text(self.message, text, text or self.tr("Login message"))
